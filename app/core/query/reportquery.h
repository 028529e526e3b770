// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterexpr.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kx {

/// The seven Reporting API endpoints.
enum class ReportType { CampaignValues, FlowValues, FlowSeries, FormValues, FormSeries, SegmentValues, SegmentSeries };

QString reportTypeName(ReportType t); ///< JSON:API type: "campaign-values-report", …
std::optional<ReportType> reportTypeFromName(QStringView name);
QString reportPath(ReportType t);     ///< "/api/campaign-values-reports"
bool isSeriesReport(ReportType t);
QList<ReportType> allReportTypes(); ///< the seven types in enum order

/// `timeframe`: either one of the 14 keys or a custom start/end (inclusive, account timezone).
struct Timeframe {
    QString key;   ///< non-empty for a key timeframe ("last_30_days")
    QString start; ///< custom: ISO lexeme as written
    QString end;
    friend bool operator==(const Timeframe&, const Timeframe&) = default;
};

/// A Reporting API request as the user builds it (value type).
struct ReportQuery {
    ReportType type = ReportType::CampaignValues;
    QStringList statistics;
    Timeframe timeframe { QStringLiteral("last_30_days"), {}, {} };
    QString interval;           ///< series only: daily, hourly, weekly, monthly
    QString conversionMetricId; ///< campaign and flow reports
    QStringList groupBy;        ///< empty: the API default
    std::optional<FilterExpr> filter;

    friend bool operator==(const ReportQuery&, const ReportQuery&) = default;
};

} // namespace kx
