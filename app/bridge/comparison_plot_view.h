#pragma once
// The compare view's plots (QML: ComparisonPlotView): core's readouts of the open comparison
// (document.compare) over the shots' frames, one lane per quantity (distance, focal length,
// angle of view, subject size, background magnification with the optics' prediction), one
// line per side, and the shared playhead; a click or drag in it moves the playhead.
// Painting is ComparisonPlotPainter's (comparison_plot_painter.h), shared with the sheet.

#include <QMetaObject>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/comparison_plot_painter.h"
#include "app/bridge/shot_comparison.h"

namespace murnau {

class ComparisonPlotView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ShotComparison* comparison READ comparison WRITE setComparison NOTIFY comparisonChanged)

public:
    explicit ComparisonPlotView(QQuickItem* parent = nullptr);

    void paint(QPainter* painter) override;

    ShotComparison* comparison() const { return m_comparison; }
    void setComparison(ShotComparison* comparison);

    // The frame under item x `x` (clamped to the comparison's frames), or -1 without readouts.
    [[nodiscard]] int frameAt(double x) const;
    // The item x of `frame`'s playhead line, or NaN without readouts (for tests and tooling).
    Q_INVOKABLE double xOfFrame(int frame) const;

signals:
    void comparisonChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    // Moves the playhead to the frame under `x`.
    void scrubTo(double x);

    QPointer<ShotComparison> m_comparison;
    ComparisonPlotPainter m_painter{ComparisonPlotStyle::dark()};
    bool m_scrubbing = false;
};

} // namespace murnau
