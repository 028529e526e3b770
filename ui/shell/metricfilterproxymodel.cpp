// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricfilterproxymodel.h"

#include "metriccatalogmodel.h"

namespace kx {

MetricFilterProxyModel::MetricFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setDynamicSortFilter(true);
}

MetricFilterProxyModel::~MetricFilterProxyModel() = default;

void MetricFilterProxyModel::setSearchText(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    m_words = simplified.split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void MetricFilterProxyModel::setIntegration(const QString& name)
{
    if (name == m_integration)
        return;
    m_integration = name;
    refilter();
}

void MetricFilterProxyModel::refilter()
{
    invalidateFilter();
    // Group labels count their visible metrics: tell views the labels changed.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::DisplayRole });
    Q_EMIT filterChanged();
}

int MetricFilterProxyModel::visibleMetricCount() const
{
    int count = 0;
    for (int g = 0; g < rowCount(); ++g)
        count += rowCount(index(g, 0));
    return count;
}

QVariant MetricFilterProxyModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid() && !index.parent().isValid()) {
        const QString name = QSortFilterProxyModel::data(index, role).toString();
        return tr("%1 (%2)").arg(name).arg(rowCount(index));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool MetricFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Groups are never accepted for themselves; recursive filtering shows them for their metrics.
    if (index.data(MetricCatalogModel::IsGroupRole).toBool())
        return false;
    if (!m_integration.isEmpty() && sourceParent.data(MetricCatalogModel::IntegrationNameRole).toString() != m_integration)
        return false;
    const QString haystack = index.data(MetricCatalogModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace kx
