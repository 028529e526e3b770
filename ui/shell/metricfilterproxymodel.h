// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace kx {

/**
 * Filters the metric tree by a search text (matched against the metric name and its integration,
 * case-insensitive, every word must match) and by one integration. A group shows only when one of
 * its metrics matches, and its label counts the metrics on show ("Shopify (3)").
 */
class MetricFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MetricFilterProxyModel(QObject* parent = nullptr);
    ~MetricFilterProxyModel() override;

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /// Only metrics of this integration group (MetricCatalogModel::groupName); empty: all.
    void setIntegration(const QString& name);
    QString integration() const { return m_integration; }

    /// Metrics that pass the filters (group rows not counted).
    int visibleMetricCount() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The filters changed what is on show.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString m_search;
    QStringList m_words;
    QString m_integration;
};

} // namespace kx
