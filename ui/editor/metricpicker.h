// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchcombobox.h"

#include "api/apiparsers.h"

namespace kx {

/**
 * The searchable metric picker: typing any part of a metric's name or integration ("order",
 * "shopify") narrows the list; entries read "Placed Order — Shopify". A query's metric that is
 * not among the account's metrics (a file from another account) is shown as it was saved.
 */
class MetricPicker : public SearchComboBox
{
    Q_OBJECT

public:
    explicit MetricPicker(QWidget* parent = nullptr);

    void setMetrics(const QList<MetricInfo>& metrics);
    const QList<MetricInfo>& metrics() const { return m_metrics; }
    /// The account's metric with @p id, or nullptr.
    const MetricInfo* findMetric(const QString& id) const;
    void setCurrentMetric(const QString& id, const QString& name, const QString& integration);

    /// "Placed Order — Shopify", or the name alone.
    static QString entryText(const QString& name, const QString& integration);

Q_SIGNALS:
    /// The user chose a metric.
    void metricChosen(const QString& id, const QString& name, const QString& integration);

private:
    QList<MetricInfo> m_metrics;
    QString m_name;
    QString m_integration;
};

} // namespace kx
