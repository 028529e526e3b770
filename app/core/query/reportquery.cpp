// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquery.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

struct ReportTypeInfo
{
    ReportType type;
    QLatin1StringView name; ///< JSON:API type
    QLatin1StringView path; ///< spec path without trailing slash (2024-10-15+ spelling)
    bool series;
};

constexpr ReportTypeInfo kReportTypes[] = {
    { ReportType::CampaignValues, "campaign-values-report"_L1, "/api/campaign-values-reports"_L1, false },
    { ReportType::FlowValues, "flow-values-report"_L1, "/api/flow-values-reports"_L1, false },
    { ReportType::FlowSeries, "flow-series-report"_L1, "/api/flow-series-reports"_L1, true },
    { ReportType::FormValues, "form-values-report"_L1, "/api/form-values-reports"_L1, false },
    { ReportType::FormSeries, "form-series-report"_L1, "/api/form-series-reports"_L1, true },
    { ReportType::SegmentValues, "segment-values-report"_L1, "/api/segment-values-reports"_L1, false },
    { ReportType::SegmentSeries, "segment-series-report"_L1, "/api/segment-series-reports"_L1, true },
};

const ReportTypeInfo& info(ReportType t)
{
    for (const auto& entry : kReportTypes) {
        if (entry.type == t)
            return entry;
    }
    return kReportTypes[0];
}

} // namespace

QString reportTypeName(ReportType t)
{
    return QString(info(t).name);
}

std::optional<ReportType> reportTypeFromName(QStringView name)
{
    for (const auto& entry : kReportTypes) {
        if (name == entry.name)
            return entry.type;
    }
    return std::nullopt;
}

QString reportPath(ReportType t)
{
    return QString(info(t).path);
}

bool isSeriesReport(ReportType t)
{
    return info(t).series;
}

QList<ReportType> allReportTypes()
{
    QList<ReportType> out;
    for (const auto& entry : kReportTypes)
        out << entry.type;
    return out;
}

} // namespace kx
