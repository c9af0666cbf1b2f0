#include "app/bridge/comparison_sheet.h"

// FOUNDATION STUB: the sheet helper replaces this file.

namespace murnau {

ComparisonSheet::ComparisonSheet(QObject* parent) : QObject(parent) {}

bool ComparisonSheet::exportSheet(const QString&)
{
    m_errorText = QStringLiteral("not built yet");
    return false;
}

void ComparisonSheet::cancel() {}

void ComparisonSheet::setComparison(ShotComparison* comparison)
{
    m_comparison = comparison;
    emit comparisonChanged();
}

void ComparisonSheet::setViews(const QVariantList& views)
{
    m_views = views;
    emit viewsChanged();
}

} // namespace murnau
