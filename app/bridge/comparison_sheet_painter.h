#pragma once
// Composes the comparison sheet's page (comparison_sheet.h) into any QPainter: a QImage for the
// PNG, a QPdfWriter for the PDF page. The page is laid out in its own units (kSheetPageSize:
// A4 landscape at 120 units per inch) and scaled to the device, so both files show the same
// composition: the title, the grid of grabbed frames (rows start, middle, end; one column per
// side, each cell captioned with the side's lens and distance at that frame), the readout plots
// (ComparisonPlotPainter, print style) and the cost table.

#include <vector>

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"

class QPainter;

namespace murnau {

// The page in layout units: A4 landscape, 297 x 210 mm, at 120 units per inch.
inline constexpr QSizeF kSheetPageSize{297.0 / 25.4 * 120.0, 210.0 / 25.4 * 120.0};

// One row of the frame grid: the same frame of every side.
struct SheetFrameRow {
    QString title;                 // "Start", "Middle", "End"
    int frame = 0;                 // 0-based frame of the shots
    QString timecode;              // shot time at the frame ("00:00:02:12")
    std::vector<QImage> pictures;  // one per side, in the comparison's side order (null: not grabbed)
};

// One row of the cost table (ShotComparison::costRows).
struct SheetCostRow {
    QString label;                 // "Track to lay"
    QStringList values;            // one per side
    QList<bool> ok;                // per side: false prints the value as a problem
};

// Everything the page shows.
struct ComparisonSheetContent {
    QString heading = QStringLiteral("Track out vs zoom out");
    QString projectTitle;          // the project's title (or file name)
    QString sourceLabel;           // "shot 1/1  Anna walks the aisle"
    QString subject;               // the actor framed
    QString framing;               // "MCU → FS"
    QStringList sideTitles;        // "A  Track out", per side
    QStringList sidePositions;     // "travels 2.4 → 10.2 m from Anna", per side
    std::vector<SheetFrameRow> rows;
    const ComparisonReadouts* readouts = nullptr;   // the plots (must outlive painting)
    std::vector<CompareSide> sides;                 // the comparison's sides
    std::vector<SheetCostRow> costs;
    QString footer;                // "Murnau · 2026-11-22 14:03"
};

// The frame grid's rectangle on the page, in layout units (for tests that look at its pixels).
[[nodiscard]] QRectF sheetFrameGridRect(const ComparisonSheetContent& content);
// The rectangle of the picture of side `side` in row `row`, layout units (empty if out of range).
[[nodiscard]] QRectF sheetPictureRect(const ComparisonSheetContent& content, std::size_t row, std::size_t side);

// Paints the page into `painter`, whose device spans `deviceSize` pixels (the layout is scaled to fit it).
void paintComparisonSheet(QPainter& painter, const QSizeF& deviceSize, const ComparisonSheetContent& content);

} // namespace murnau
