// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriccatalogmodel.h"

#include "editor/metricqueryeditor.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>
#include <map>

namespace kx {

MetricCatalogModel::MetricCatalogModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

MetricCatalogModel::~MetricCatalogModel() = default;

QString MetricCatalogModel::groupName(const MetricInfo& metric)
{
    return metric.integrationName.isEmpty()
        ? QCoreApplication::translate("kx::MetricCatalogModel", "No integration")
        : metric.integrationName;
}

void MetricCatalogModel::setMetrics(const QList<MetricInfo>& metrics)
{
    beginResetModel();
    m_metrics = metrics;
    m_groups.clear();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::map<QString, size_t> byName;
    for (int i = 0; i < m_metrics.size(); ++i) {
        const QString name = groupName(m_metrics[i]);
        auto it = byName.find(name);
        if (it == byName.end()) {
            it = byName.emplace(name, m_groups.size()).first;
            m_groups.push_back({ name, m_metrics[i].integrationCategory, {} });
        }
        Group& group = m_groups[it->second];
        if (group.category.isEmpty())
            group.category = m_metrics[i].integrationCategory;
        group.metrics.push_back(i);
    }
    for (Group& group : m_groups) {
        std::stable_sort(group.metrics.begin(), group.metrics.end(),
            [&](int a, int b) { return collator.compare(m_metrics[a].name, m_metrics[b].name) < 0; });
    }
    std::stable_sort(m_groups.begin(), m_groups.end(),
        [&](const Group& a, const Group& b) { return collator.compare(a.name, b.name) < 0; });
    endResetModel();
}

QStringList MetricCatalogModel::integrations() const
{
    QStringList names;
    for (const Group& group : m_groups)
        names.append(group.name);
    return names;
}

std::optional<MetricInfo> MetricCatalogModel::metric(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return std::nullopt;
    const Group& group = m_groups[size_t(index.internalId() - 1)];
    return m_metrics[group.metrics[size_t(index.row())]];
}

QModelIndex MetricCatalogModel::indexOfMetric(const QString& id) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<int>& rows = m_groups[g].metrics;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (m_metrics[rows[r]].id == id)
                return createIndex(int(r), 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex MetricCatalogModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    if (parent.internalId() != kGroupId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MetricCatalogModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int MetricCatalogModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups[size_t(parent.row())].metrics.size());
}

int MetricCatalogModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant MetricCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group& group = m_groups[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case IntegrationNameRole:
            return group.name;
        case Qt::ToolTipRole: {
            const int n = int(group.metrics.size());
            const QString count = n == 1 ? tr("1 metric") : tr("%n metrics", nullptr, n);
            return group.category.isEmpty() ? count : tr("%1 · %2").arg(group.category, count);
        }
        case IntegrationCategoryRole:
            return group.category;
        case IsGroupRole:
            return true;
        case MetricCountRole:
            return int(group.metrics.size());
        default:
            return {};
        }
    }
    const MetricInfo& m = m_metrics[m_groups[size_t(index.internalId() - 1)].metrics[size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
    case MetricNameRole:
        return m.name;
    case Qt::ToolTipRole:
        return tr("%1\nIntegration: %2\nId: %3").arg(m.name, groupName(m), m.id);
    case MetricIdRole:
        return m.id;
    case IntegrationNameRole:
        return m.integrationName;
    case IntegrationCategoryRole:
        return m.integrationCategory;
    case IsGroupRole:
        return false;
    case SearchTextRole:
        return QString(m.name + u' ' + m.integrationName);
    default:
        return {};
    }
}

QVariant MetricCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Metric");
    return {};
}

Qt::ItemFlags MetricCatalogModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList MetricCatalogModel::mimeTypes() const
{
    return { QString::fromLatin1(kMetricMimeType) };
}

QMimeData* MetricCatalogModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        const auto m = metric(index);
        if (!m)
            continue;
        auto* mime = new QMimeData;
        const QJsonObject json { { QStringLiteral("id"), m->id }, { QStringLiteral("name"), m->name },
            { QStringLiteral("integration"), m->integrationName } };
        mime->setData(QString::fromLatin1(kMetricMimeType), QJsonDocument(json).toJson(QJsonDocument::Compact));
        mime->setText(m->name);
        return mime;
    }
    return nullptr;
}

Qt::DropActions MetricCatalogModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace kx
