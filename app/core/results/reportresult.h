// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include "query/reportquery.h"

namespace kx {

/**
 * The answer to a Reporting API query (digest §5.3), all pages together; plain value type.
 * A values report has one value per statistic and row; a series report one per `dateTimes` entry.
 * Missing or null statistics are NaN (rates with no denominator, entities without a statistic).
 */
struct ReportResult
{
    struct Row
    {
        QList<QPair<QString, QString>> groupings; ///< in response order, e.g. {"campaign_id", "01GM…"}
        QMap<QString, std::vector<double>> values; ///< statistic → 1 value (values) or 1 per date (series)

        /// The value of grouping @p key, "" when the row has no such grouping.
        QString grouping(QStringView key) const;
        /// Value of @p statistic at @p dateIndex (0 for values reports); NaN when absent.
        double value(const QString& statistic, qsizetype dateIndex = 0) const;
    };

    ReportType type = ReportType::CampaignValues;
    bool series = false;
    QString timezone = QStringLiteral("UTC"); ///< zone to show dateTimes in; the caller sets the account's
    std::vector<qint64> dateTimes; ///< series only: bucket starts, UTC ms
    QStringList statistics; ///< column order: first appearance in the response
    QStringList groupingKeys; ///< every grouping key, first appearance order
    std::vector<Row> rows;
    QMap<QString, QStringList> relationships; ///< relationship name ("campaigns", "flow-messages") → ids

    bool isEmpty() const
    {
        return rows.empty();
    }
};

/**
 * Parses the pages of one report run (in page order) into one ReportResult. `results: []` is a
 * valid empty result and a missing `data.links` is fine; a series statistic whose array is not
 * aligned with `date_times`, pages with different `date_times`, a response of another report type,
 * non-JSON or wrong types give nullopt and a translated @p error naming the part. Thread-safe.
 * [INF] A series statistic written as an object {"2024-03-01": 20, …} (as in one documentation
 * example) is accepted: its keys are matched to `date_times`, or become the dates when the page
 * has none.
 */
std::optional<ReportResult> parseReportPages(ReportType type, const QList<QByteArray>& pages, QString* error);

} // namespace kx
