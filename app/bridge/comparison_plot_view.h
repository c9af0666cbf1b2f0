#pragma once
// The compare view's plots (QML: ComparisonPlotView): core's readouts of the open comparison
// (document.compare) over the shots' frames, one lane per quantity (distance, focal length,
// angle of view, subject size, background magnification with the optics' prediction), one
// line per side, and the shared playhead; a click or drag in it moves the playhead.
// Painting is ComparisonPlotPainter's (comparison_plot_painter.h), shared with the sheet.

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

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

signals:
    void comparisonChanged();

private:
    QPointer<ShotComparison> m_comparison;
};

} // namespace murnau
