#pragma once
// The focus puller's marks sheet as printed pages (writeFocusMarksPdf in shot_list_pdf.h): per
// shot a heading (scene, shot, name, lens, stop, circle of confusion) and a table with a line per
// mark: actor, beat, mark, time, distance, focal length, stop, near and far limits, the rig's
// focus and whether the eyes are sharp there (✓/✗). Shots that do not fit continue on the next
// page under a repeated heading. Laid out in print layout units (shot_list_print_style.h).

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

// The texts of one mark's line, in the column order of focusMarkColumnTitles(); lengths in `units`,
// times in seconds of shot time, an infinite far limit as "∞", no depth of field as "—".
[[nodiscard]] QStringList focusMarkCells(const FocusMark& mark, DisplayUnits units);
// "Actor", "Beat", "Mark", "Time", "Distance", "Focal", "Stop", "Near", "Far", "Rig focus", "Sharp".
[[nodiscard]] QStringList focusMarkColumnTitles();

class FocusMarksPages {
public:
    // Lays out the sheets of `rows` (kept by reference) on pages of `pageSize` layout units.
    FocusMarksPages(const std::vector<ShotListRow>& rows, DisplayUnits units, QSizeF pageSize);

    [[nodiscard]] int pageCount() const noexcept { return static_cast<int>(m_pages.size()); }
    // Paints page `page` (0-based) onto a painter whose coordinates are layout units.
    void paintPage(QPainter& painter, int page, const PrintHeading& heading, const QString& footer) const;

private:
    // A shot's marks [firstMark, lastMark) on one page.
    struct Block {
        std::size_t row = 0;
        std::size_t firstMark = 0;
        std::size_t lastMark = 0;
        bool continued = false;   // the shot began on an earlier page
    };
    const std::vector<ShotListRow>& m_rows;
    DisplayUnits m_units;
    QSizeF m_pageSize;
    std::vector<std::vector<Block>> m_pages;
};

} // namespace murnau
