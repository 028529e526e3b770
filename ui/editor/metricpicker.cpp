// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricpicker.h"

#include <algorithm>

namespace kx {

MetricPicker::MetricPicker(QWidget* parent)
    : SearchComboBox(parent)
{
    setMinimumContentsLength(18);
    setPlaceholderText(tr("Search metrics by name or integration…"));
    connect(this, &SearchComboBox::keyChosen, this, [this](const QString& id) {
        if (const MetricInfo* metric = findMetric(id))
            Q_EMIT metricChosen(metric->id, metric->name, metric->integrationName);
    });
}

QString MetricPicker::entryText(const QString& name, const QString& integration)
{
    if (integration.isEmpty())
        return name;
    return tr("%1 — %2", "metric name — integration name").arg(name, integration);
}

void MetricPicker::setMetrics(const QList<MetricInfo>& metrics)
{
    m_metrics = metrics;
    std::stable_sort(m_metrics.begin(), m_metrics.end(), [](const MetricInfo& a, const MetricInfo& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        if (byName != 0)
            return byName < 0;
        return QString::localeAwareCompare(a.integrationName, b.integrationName) < 0;
    });
    QList<Entry> entries;
    entries.reserve(m_metrics.size());
    for (const MetricInfo& metric : std::as_const(m_metrics)) {
        const QString toolTip = metric.integrationCategory.isEmpty()
            ? tr("Metric id %1").arg(metric.id)
            : tr("Metric id %1 · %2 (%3)").arg(metric.id, metric.integrationName, metric.integrationCategory);
        entries.append({ metric.id, entryText(metric.name.isEmpty() ? metric.id : metric.name, metric.integrationName),
            toolTip });
    }
    setEntries(entries);
}

const MetricInfo* MetricPicker::findMetric(const QString& id) const
{
    for (const MetricInfo& metric : m_metrics) {
        if (metric.id == id)
            return &metric;
    }
    return nullptr;
}

void MetricPicker::setCurrentMetric(const QString& id, const QString& name, const QString& integration)
{
    m_name = name;
    m_integration = integration;
    const QString shown = name.isEmpty() ? tr("Metric %1").arg(id) : name;
    setCurrentKey(id,
        { id, entryText(shown, integration), tr("Metric id %1 — not among this account's metrics").arg(id) });
}

} // namespace kx
