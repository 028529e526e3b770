// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apioperation.h"
#include "apiparsers.h"

#include <QSet>
#include <QStringList>

namespace kx {

/**
 * Lists the account's metrics: GET /api/metrics, optionally filtered by integration name or
 * category, following `links.next` (a full URL) to the last page. Result: metrics() as values.
 */
class MetricsFetch : public ApiOperation
{
    Q_OBJECT

public:
    explicit MetricsFetch(ApiClient* client, QObject* parent = nullptr);

    /// Only metrics of this integration (`equals(integration.name,'…')`); empty: all.
    void setIntegrationName(const QString& name) { m_integrationName = name; }
    /// Only metrics of this integration category (`equals(integration.category,'…')`); empty: all.
    void setIntegrationCategory(const QString& category) { m_integrationCategory = category; }
    /// Sparse fieldset `fields[metric]` (e.g. name, integration); empty: all fields.
    void setFields(const QStringList& fields) { m_fields = fields; }

    /// The first request of the run (for the curl command and tests).
    ApiRequest firstRequest() const;
    RunPlan plan() const override;

    /// All metrics of every page, in the API's order. Valid after a successful finished().
    const QList<MetricInfo>& metrics() const { return m_metrics; }

protected:
    void run() override;

private:
    void fetch(const ApiRequest& request);

    QString m_integrationName;
    QString m_integrationCategory;
    QStringList m_fields;
    QList<MetricInfo> m_metrics;
    QSet<QString> m_seenNextUrls;
};

/// A string literal of the filter grammar: single-quoted, `\` and `'` escaped (digest §2.2).
QString filterStringLiteral(const QString& text);

} // namespace kx
