#pragma once
// Paints a comparison's readouts (core/analysis/comparison_readouts.h) into a rectangle with a
// QPainter, for the compare view's plots (comparison_plot_view.h) and the comparison sheet
// (comparison_sheet.h): stacked lanes over the shots' frames (distance to the subject, focal
// length, horizontal angle of view, the subject's size in the frame, and the background
// magnification A/B measured with the optics' prediction dashed over it), each lane with its own
// value axis and unit (core/timeline/value_axis.h), one line colour per side with a legend, the
// time axis in seconds and the playhead. It draws what core computed; it knows nothing of input
// or of Qt Quick.

#include <array>
#include <cstdint>
#include <vector>

#include <QColor>
#include <QRectF>
#include <QString>

#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"

class QPainter;

namespace murnau {

// The quantities plotted, one lane each, top to bottom.
enum class ComparisonLane { Distance, FocalLength, AngleOfView, SubjectSize, BackgroundMagnification };
inline constexpr int kComparisonLaneCount = 5;

// Colours and sizes, pixels of the painter's coordinates.
struct ComparisonPlotStyle {
    QColor background;
    QColor laneFill;                  // behind each lane's graph
    QColor grid;                      // value and time grid lines
    QColor frameLine;                 // a lane's border
    QColor text;                      // titles, legend
    QColor textDim;                   // tick labels
    QColor playhead;
    QColor marker;                    // the sheet's start, middle and end frames
    QColor measured;                  // the measured background magnification
    QColor predicted;                 // the optics' prediction (dashed)
    std::array<QColor, 3> sides;      // A, B, C lines
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPx = 11.0;             // titles and labels
    double gutterWidthPx = 64.0;      // value labels left of the lanes
    double legendHeightPx = 20.0;     // the legend row on top
    double axisHeightPx = 18.0;       // the time labels under the lanes
    double laneGapPx = 6.0;           // between lanes
    double lineWidthPx = 1.6;         // the thinnest side's line (earlier sides are drawn wider under it)

    // The compare view's dark theme (qml/Theme.qml).
    static ComparisonPlotStyle dark();
    // Ink on white paper, for the comparison sheet.
    static ComparisonPlotStyle print();
};

// What to paint (the readouts must outlive paint()).
struct ComparisonPlotInput {
    const ComparisonReadouts* readouts = nullptr;
    std::vector<CompareSide> sides;             // the comparison's sides, for the legend (Comparison::sides)
    int playheadFrame = -1;                     // the playhead's frame; -1: none
    std::vector<int> markedFrames;              // frames marked with dashed lines (the sheet's grabbed frames)
    QString message;                            // shown instead of the lanes when not empty (no comparison...)
};

// Where the lanes and frames go in a rectangle.
struct ComparisonPlotLayout {
    QRectF rect;                                        // the whole area painted
    QRectF plotArea;                                    // the lanes' span: frames left to right
    std::array<QRectF, kComparisonLaneCount> lanes;     // each lane, title row included
    double titleHeightPx = 0.0;                         // each lane's title row; its graph lies below it
    std::int64_t firstFrame = 0;                        // the frame at plotArea's left edge
    std::int64_t lastFrame = 0;                         // the frame at its right edge

    // The x of `frame` (fractional frames allowed); the middle of the plot area for a one-frame comparison.
    [[nodiscard]] double xOfFrame(double frame) const noexcept;
    // The frame nearest to `x`, clamped to [firstFrame, lastFrame].
    [[nodiscard]] std::int64_t frameAt(double x) const noexcept;
    // The graph of `lane`: its rectangle below the title row.
    [[nodiscard]] QRectF graphRect(ComparisonLane lane) const noexcept;
};

// The layout of `readouts` painted into `rect` with `style`.
[[nodiscard]] ComparisonPlotLayout comparisonPlotLayout(const QRectF& rect, const ComparisonReadouts& readouts,
                                                        const ComparisonPlotStyle& style);

// A lane's title and the unit of its values ("Distance to subject", "m").
[[nodiscard]] QString comparisonLaneTitle(ComparisonLane lane);
[[nodiscard]] QString comparisonLaneUnit(ComparisonLane lane);
// The value a lane plots for side `side` of `frame`, in the lane's unit: metres, millimetres,
// degrees, the subject's stature in percent of the frame height; the magnification lane plots
// the frame's measured A/B magnification whatever the side.
[[nodiscard]] double comparisonLaneValue(ComparisonLane lane, const ComparisonFrame& frame, std::size_t side);
// A side's letter in the legend and the panels' titles: "A", "B", "C".
[[nodiscard]] QString comparisonSideLetter(std::size_t side);

class ComparisonPlotPainter {
public:
    explicit ComparisonPlotPainter(ComparisonPlotStyle style = ComparisonPlotStyle::dark());

    [[nodiscard]] const ComparisonPlotStyle& style() const { return m_style; }
    void paint(QPainter& painter, const QRectF& rect, const ComparisonPlotInput& input) const;

private:
    void paintLegend(QPainter& painter, const ComparisonPlotLayout& layout, const ComparisonPlotInput& input) const;
    void paintLane(QPainter& painter, const ComparisonPlotLayout& layout, const ComparisonPlotInput& input,
                   ComparisonLane lane) const;
    void paintTimeAxis(QPainter& painter, const ComparisonPlotLayout& layout, const ComparisonPlotInput& input) const;
    void paintPlayhead(QPainter& painter, const ComparisonPlotLayout& layout, const ComparisonPlotInput& input) const;

    ComparisonPlotStyle m_style;
};

} // namespace murnau
