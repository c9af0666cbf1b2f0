#include "app/bridge/comparison_plot_view.h"

// FOUNDATION STUB: the plots helper replaces this file.

namespace murnau {

ComparisonPlotView::ComparisonPlotView(QQuickItem* parent) : QQuickPaintedItem(parent) {}

void ComparisonPlotView::paint(QPainter*) {}

void ComparisonPlotView::setComparison(ShotComparison* comparison)
{
    if (m_comparison == comparison)
        return;
    m_comparison = comparison;
    emit comparisonChanged();
    update();
}

} // namespace murnau
