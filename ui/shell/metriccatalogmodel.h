// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiparsers.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>
#include <vector>

namespace kx {

/**
 * The account's metrics as a tree: integration groups (sorted by name) → metrics (sorted by
 * name). One column. Metrics can be dragged (MIME kMetricMimeType: {"id","name","integration"}).
 * No widget code; the metric browser shows it through MetricFilterProxyModel.
 */
class MetricCatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        MetricIdRole = Qt::UserRole,
        MetricNameRole,
        IntegrationNameRole,
        IntegrationCategoryRole,
        IsGroupRole,
        MetricCountRole, ///< groups: number of metrics in the group
        SearchTextRole,  ///< metrics: "name integration" for the search box
    };

    explicit MetricCatalogModel(QObject* parent = nullptr);
    ~MetricCatalogModel() override;

    void setMetrics(const QList<MetricInfo>& metrics);
    QList<MetricInfo> metrics() const { return m_metrics; }
    int metricCount() const { return int(m_metrics.size()); }
    /// Integration names in display order.
    QStringList integrations() const;

    /// The metric at @p index, nothing for a group row or an invalid index.
    std::optional<MetricInfo> metric(const QModelIndex& index) const;
    /// Index of the metric with @p id, invalid when absent.
    QModelIndex indexOfMetric(const QString& id) const;

    /// Display name of a metric's integration group ("No integration" when it has none).
    static QString groupName(const MetricInfo& metric);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Group {
        QString name;
        QString category;
        std::vector<int> metrics; ///< indexes into m_metrics, sorted by name
    };
    static constexpr quintptr kGroupId = 0; ///< internalId of group rows; metric rows store group + 1

    QList<MetricInfo> m_metrics;
    std::vector<Group> m_groups;
};

} // namespace kx
