#pragma once
// The shot list table of the PDF (shot_list_pdf.h): one row per shot (scene, shot, setup, INT/EXT
// and location, description, size start → end, angle, movement, lens, camera and sensor, T-stop,
// duration and timecode in, cast, track, status), the header row repeated on every page, rows as
// tall as their wrapped text (at most three lines a cell) and split over as many pages as needed.
// Laid out in print layout units (shot_list_print_style.h).

#include <cstddef>
#include <vector>

#include <QSizeF>
#include <QString>
#include <QStringList>

#include "app/bridge/shot_list_print_style.h"
#include "core/export/shot_list.h"
#include "core/scene/project.h"

class QPainter;

namespace murnau {

class ShotListTablePainter {
public:
    // Lays out `rows` (kept by reference: they must outlive the painter) on pages of `pageSize`
    // layout units, lengths in `units`.
    ShotListTablePainter(const std::vector<ShotListRow>& rows, DisplayUnits units, QSizeF pageSize);

    // Pages the table takes (at least one: an empty list still prints its header).
    [[nodiscard]] int pageCount() const noexcept { return static_cast<int>(m_pages.size()); }
    // The rows on page `page` (0-based): [first, last).
    [[nodiscard]] std::pair<std::size_t, std::size_t> pageRows(int page) const { return m_pages.at(static_cast<std::size_t>(page)); }
    // The cell texts of row `row`, one per column, lines already wrapped to the column's width.
    [[nodiscard]] std::vector<QStringList> cells(std::size_t row) const;
    // The column titles.
    [[nodiscard]] QStringList columnTitles() const;

    // Paints page `page` (0-based) of the table with its heading and footer onto a painter whose
    // coordinates are layout units.
    void paintPage(QPainter& painter, int page, const PrintHeading& heading, const QString& footer) const;

private:
    struct Column {
        QString title;
        double width = 0.0;        // layout units
        int maxLines = 1;
        bool firstLineBold = false;
        bool alignRight = false;
    };
    [[nodiscard]] QStringList cellText(std::size_t row, std::size_t column) const;
    [[nodiscard]] double rowHeight(std::size_t row) const;

    const std::vector<ShotListRow>& m_rows;
    DisplayUnits m_units;
    QSizeF m_pageSize;
    std::vector<Column> m_columns;
    std::vector<double> m_rowHeights;                             // per row, layout units
    std::vector<std::pair<std::size_t, std::size_t>> m_pages;     // row ranges
};

} // namespace murnau
