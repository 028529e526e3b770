// SPDX-License-Identifier: GPL-3.0-or-later
#include "whynote.h"

#include <QCoreApplication>

#include "query/revision.h"

using namespace Qt::StringLiterals;

namespace kx::whynote {

namespace {

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::WhyNote)
};

bool isMessageMetric(const QString& name)
{
    for (const char* word : { "Email", "SMS", "Push" }) {
        if (name.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isClickMetric(const QString& name)
{
    return name.contains(u"Click"_s, Qt::CaseInsensitive);
}

QString timezoneNote(const QString& used, const QString& account)
{
    if (!account.isEmpty() && used != account) {
        return Text::tr("Days here are cut at midnight in %1, but this profile says the account uses %2: events near "
                        "midnight fall on different days than on Klaviyo's pages.")
            .arg(used, account);
    }
    return Text::tr(
        "Days are cut at midnight in %1. Klaviyo's pages use the account's timezone; if the account is set to "
        "another one, totals per day differ.")
        .arg(used);
}

} // namespace

QStringList forMetricQuery(const MetricQuery& query, const QString& accountTimezone)
{
    QStringList notes;
    const QString metric = query.metricName.isEmpty() ? Text::tr("this metric") : query.metricName;
    if (isMessageMetric(query.metricName)) {
        notes << Text::tr(
            "This query counts %1 events when they happened (event time). Klaviyo's campaign and flow pages "
            "count them by the send date of the message, so opens and clicks of a message sent before the "
            "range are included here and missing there. Use a campaign or flow report to match them.")
                     .arg(metric);
    } else {
        notes << Text::tr(
            "This query counts %1 events when they happened (event time). Klaviyo's campaign and flow pages "
            "attribute by send date and use an attribution window, so their totals cover other events.")
                     .arg(metric);
    }
    notes << timezoneNote(query.timezone, accountTimezone);
    if (query.measurements.contains(Measurement::Unique)) {
        notes << Text::tr(
            "Unique profiles are counted separately in each interval and group. They do not add up: the sum "
            "of daily uniques is larger than the uniques of the whole range.");
    }
    if (isClickMetric(query.metricName)) {
        notes << Text::tr("Clicked events include clicks by link scanners; Klaviyo's pages can leave out clicks it "
                          "detects as bot clicks, so they show fewer.");
    }
    return notes;
}

QStringList forReport(const ReportQuery& query, const QString& accountTimezone)
{
    QStringList notes;
    switch (query.type) {
    case ReportType::CampaignValues:
        notes << Text::tr(
            "Campaign reports attribute by send date: a campaign's opens, clicks and conversions count in the "
            "timeframe it was sent in, even when they happened later. A metric query counts events by when "
            "they happened, so the two differ.");
        break;
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        notes << Text::tr("Flow reports attribute by the send date of each flow message, not by when opens, clicks or "
                          "orders happened; a metric query on the same events gives other numbers.");
        break;
    case ReportType::FormValues:
    case ReportType::FormSeries:
        notes << Text::tr(
            "Form reports count form views and submits as Klaviyo records them for forms; the Viewed Form and "
            "Submitted Form metrics can include events from other sources.");
        break;
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        notes << Text::tr(
            "Segment reports count membership changes as Klaviyo recorded them (from June 2023); profiles "
            "that were suppressed or deleted since may still be in the totals.");
        break;
    }
    notes << Text::tr(
        "Klaviyo computes the timeframe in the account's timezone and ignores offsets in custom dates; this "
        "profile assumes %1. A different account timezone shifts the day boundaries.")
                 .arg(accountTimezone.isEmpty() ? u"UTC"_s : accountTimezone);
    notes << Text::tr(
        "Unique counts and rates are not additive: adding rows, or averaging rates over rows or dates, does "
        "not give the total Klaviyo shows for the whole timeframe.");
    if (query.type == ReportType::CampaignValues || query.type == ReportType::FlowValues
        || query.type == ReportType::FlowSeries) {
        notes << Text::tr(
            "Clicks in reports may leave out clicks Klaviyo detects as bot clicks (link scanners), so they can "
            "be lower than a count of Clicked Email events.");
    }
    return notes;
}

bool hasEquivalentReport(const MetricQuery& query)
{
    return isMessageMetric(query.metricName)
        && (query.by.contains(u"$message"_s) || query.by.contains(u"$flow"_s) || query.by.contains(u"Campaign Name"_s));
}

ReportQuery equivalentReport(const MetricQuery& query)
{
    ReportQuery report;
    const bool flow = query.by.contains(u"$flow"_s);
    report.type = flow ? ReportType::FlowValues : ReportType::CampaignValues;
    const QString name = query.metricName;
    if (name.contains(u"Opened"_s, Qt::CaseInsensitive))
        report.statistics = { u"opens"_s, u"opens_unique"_s, u"open_rate"_s };
    else if (isClickMetric(name))
        report.statistics = { u"clicks"_s, u"clicks_unique"_s, u"click_rate"_s };
    else if (name.contains(u"Received"_s, Qt::CaseInsensitive))
        report.statistics = { u"delivered"_s, u"delivery_rate"_s };
    else if (name.contains(u"Bounced"_s, Qt::CaseInsensitive))
        report.statistics = { u"bounced"_s, u"bounce_rate"_s };
    else if (name.contains(u"Unsubscribe"_s, Qt::CaseInsensitive))
        report.statistics = { u"unsubscribes"_s, u"unsubscribe_rate"_s };
    else
        report.statistics = { u"recipients"_s, u"opens_unique"_s, u"clicks_unique"_s };
    if (query.range.kind == DateRange::Kind::Preset) {
        if (const QString key = rangePresetKey(query.range.preset); revision::timeframeKeys().contains(key))
            report.timeframe = Timeframe { key, {}, {} };
    }
    return report;
}

} // namespace kx::whynote
