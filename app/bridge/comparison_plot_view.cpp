#include "app/bridge/comparison_plot_view.h"

#include <limits>

#include <QMouseEvent>
#include <QPainter>

namespace murnau {

ComparisonPlotView::ComparisonPlotView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setFillColor(m_painter.style().background);
    setAntialiasing(true);
}

void ComparisonPlotView::setComparison(ShotComparison* comparison)
{
    if (m_comparison == comparison)
        return;
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
    m_comparison = comparison;
    if (m_comparison) {
        connect(m_comparison, &ShotComparison::comparisonChanged, this, [this] { update(); });
        connect(m_comparison, &ShotComparison::timeChanged, this, [this] { update(); });
    }
    emit comparisonChanged();
    update();
}

void ComparisonPlotView::paint(QPainter* painter)
{
    ComparisonPlotInput input;
    if (!m_comparison || !m_comparison->isActive()) {
        input.message = tr("No comparison open.");
    } else if (!m_comparison->errorText().isEmpty() || !m_comparison->readouts()) {
        input.message = m_comparison->errorText().isEmpty() ? tr("No readouts.") : m_comparison->errorText();
    } else {
        input.readouts = m_comparison->readouts();
        if (const Comparison* comparison = m_comparison->comparison())
            input.sides = comparison->sides;
        input.playheadFrame = m_comparison->frame();
    }
    m_painter.paint(*painter, QRectF(0.0, 0.0, width(), height()), input);
}

int ComparisonPlotView::frameAt(double x) const
{
    const ComparisonReadouts* readouts = m_comparison ? m_comparison->readouts() : nullptr;
    if (!readouts || readouts->frames.empty())
        return -1;
    const ComparisonPlotLayout layout = comparisonPlotLayout(QRectF(0.0, 0.0, width(), height()), *readouts,
                                                             m_painter.style());
    return static_cast<int>(layout.frameAt(x));
}

double ComparisonPlotView::xOfFrame(int frame) const
{
    const ComparisonReadouts* readouts = m_comparison ? m_comparison->readouts() : nullptr;
    if (!readouts || readouts->frames.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const ComparisonPlotLayout layout = comparisonPlotLayout(QRectF(0.0, 0.0, width(), height()), *readouts,
                                                             m_painter.style());
    return layout.xOfFrame(frame);
}

void ComparisonPlotView::scrubTo(double x)
{
    const int frame = frameAt(x);
    if (frame >= 0 && m_comparison && frame != m_comparison->frame())
        m_comparison->setFrame(frame);
}

void ComparisonPlotView::mousePressEvent(QMouseEvent* event)
{
    if (!m_comparison || frameAt(event->position().x()) < 0) {
        event->ignore();
        return;
    }
    m_scrubbing = true;
    m_comparison->pause();
    scrubTo(event->position().x());
    event->accept();
}

void ComparisonPlotView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_scrubbing)
        return;
    scrubTo(event->position().x());
    event->accept();
}

void ComparisonPlotView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_scrubbing)
        scrubTo(event->position().x());
    m_scrubbing = false;
    event->accept();
}

} // namespace murnau
