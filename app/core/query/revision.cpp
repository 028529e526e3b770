// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision.h"

#include <algorithm>

#include <QDate>

using namespace Qt::StringLiterals;

// The tables below are compiled by hand from
// ../shared/klaviyo-api-raw/klaviyo-enums-and-limits-by-revision.json (the official OpenAPI
// branches, one entry per revision). Each entry carries the first revision that has it, so a
// table row reads "value, since"; `kNever` marks the end of an entry that was later removed.
// tests/core/query/tst_revision.cpp checks every table against that JSON for every revision.

namespace kx::revision {

namespace {

using Rev = int; // yyyymmdd

constexpr Rev kNever = 99999999;

constexpr Rev kRevisions[] = { 20231015, 20231215, 20240215, 20240515, 20240615, 20240715, 20241015, 20250115, 20250415,
    20250715, 20251015, 20260115, 20260415, 20260715 };
constexpr Rev k2023_10_15 = 20231015;
constexpr Rev k2023_12_15 = 20231215;
constexpr Rev k2024_02_15 = 20240215;
constexpr Rev k2024_06_15 = 20240615;
constexpr Rev k2024_07_15 = 20240715;
constexpr Rev k2024_10_15 = 20241015;
constexpr Rev k2025_01_15 = 20250115;
constexpr Rev k2025_07_15 = 20250715;
constexpr Rev k2025_10_15 = 20251015;
constexpr Rev k2026_01_15 = 20260115;
constexpr Rev k2026_04_15 = 20260415;

static_assert(kRevisions[6] == k2024_10_15, "keep the named constants in step with the list");

struct Since
{
    const char* value;
    Rev since;
    Rev until = kNever; ///< exclusive
};

bool activeIn(const Since& s, Rev rev)
{
    return rev >= s.since && rev < s.until;
}

template <std::size_t N> QStringList valuesFor(const Since (&table)[N], Rev rev)
{
    QStringList out;
    for (const Since& s : table) {
        if (activeIn(s, rev))
            out << QString::fromLatin1(s.value);
    }
    return out;
}

QStringList splitList(const char* commaSeparated)
{
    QStringList out;
    for (const QString& part : QString::fromLatin1(commaSeparated).split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

// query_metric_aggregates `by` items_enum (spec order: ASCII sort) — digest §4.2.
constexpr Since kDimensions[] = {
    { "$attributed_channel", k2023_10_15 },
    { "$attributed_flow", k2023_10_15 },
    { "$attributed_message", k2023_10_15 },
    { "$attributed_variation", k2023_10_15 },
    { "$campaign_channel", k2023_10_15 },
    { "$flow", k2023_10_15 },
    { "$flow_channel", k2023_10_15 },
    { "$message", k2023_10_15 },
    { "$message_send_cohort", k2023_10_15 },
    { "$usage_amount", k2025_07_15 },
    { "$value_currency", k2025_01_15 },
    { "$variation", k2023_10_15 },
    { "$variation_send_cohort", k2023_10_15 },
    { "Bot Click", k2024_07_15 },
    { "Bounce Type", k2023_10_15 },
    { "Campaign Name", k2023_10_15 },
    { "Client Canonical", k2023_10_15 },
    { "Client Name", k2023_10_15 },
    { "Client Type", k2023_10_15 },
    { "Email Domain", k2023_10_15 },
    { "Failure Source", k2023_10_15 },
    { "Failure Type", k2023_10_15 },
    { "From Number", k2023_10_15 },
    { "From Phone Region", k2023_10_15 },
    { "Inbox Provider", k2024_06_15 },
    { "List", k2023_10_15 },
    { "Message Format", k2026_04_15 },
    { "Message Name", k2023_10_15 },
    { "Message Type", k2023_10_15 },
    { "Method", k2023_10_15 },
    { "Segment Count", k2025_07_15 },
    { "Subject", k2023_10_15 },
    { "To Number", k2023_10_15 },
    { "To Phone Region", k2023_10_15 },
    { "URL", k2023_10_15 },
    { "form_id", k2023_10_15 },
};

// The dimensions a marketer reaches for first, in the order the editor offers them.
constexpr const char* kCommonDimensions[] = { "$attributed_message", "$attributed_flow", "$message", "$flow",
    "$attributed_channel", "$campaign_channel", "Campaign Name", "Message Name", "Subject", "URL", "List",
    "Client Type", "Email Domain", "Inbox Provider", "$value_currency" };

// Campaign and flow report statistics (same enum for campaign-values, flow-values, flow-series).
constexpr Since kMessageStatistics[] = {
    { "average_order_value", k2024_02_15 },
    { "bounce_rate", k2024_02_15 },
    { "bounced", k2024_02_15 },
    { "bounced_or_failed", k2024_02_15 },
    { "bounced_or_failed_rate", k2024_02_15 },
    { "click_rate", k2024_02_15 },
    { "click_to_open_rate", k2024_02_15 },
    { "clicks", k2024_02_15 },
    { "clicks_unique", k2024_02_15 },
    { "conversion_rate", k2024_02_15 },
    { "conversion_uniques", k2024_02_15 },
    { "conversion_value", k2024_02_15 },
    { "conversions", k2024_02_15 },
    { "delivered", k2024_02_15 },
    { "delivery_rate", k2024_02_15 },
    { "failed", k2024_02_15 },
    { "failed_rate", k2024_02_15 },
    { "message_segment_count_sum", k2025_10_15 },
    { "open_rate", k2024_02_15 },
    { "opens", k2024_02_15 },
    { "opens_unique", k2024_02_15 },
    { "recipients", k2024_02_15 },
    { "revenue_per_recipient", k2024_02_15 },
    { "spam_complaint_rate", k2024_02_15 },
    { "spam_complaints", k2024_02_15 },
    { "text_message_credit_usage_amount", k2025_10_15 },
    { "text_message_roi", k2025_10_15 },
    { "text_message_spend", k2025_10_15 },
    { "unsubscribe_rate", k2024_02_15 },
    { "unsubscribe_uniques", k2024_02_15 },
    { "unsubscribes", k2024_02_15 },
};

constexpr Since kFormStatistics[] = {
    { "closed_form", k2024_10_15 },
    { "closed_form_uniques", k2024_10_15 },
    { "qualified_form", k2024_10_15 },
    { "qualified_form_uniques", k2024_10_15 },
    { "submit_rate", k2024_10_15 },
    { "submits", k2024_10_15 },
    { "submitted_form_step", k2024_10_15 },
    { "submitted_form_step_uniques", k2024_10_15 },
    { "viewed_form", k2024_10_15 },
    { "viewed_form_step", k2024_10_15 },
    { "viewed_form_step_uniques", k2024_10_15 },
    { "viewed_form_uniques", k2024_10_15 },
};

constexpr Since kSegmentStatistics[] = {
    { "members_added", k2024_10_15 },
    { "members_removed", k2024_10_15 },
    { "net_members_changed", k2024_10_15 },
    { "total_members", k2024_10_15 },
};

// group_by items_enum. Campaign/flow got group_by in 2025-10-15 with the three default values;
// the name/tag/variation/format values came in 2026-01-15 (digest §5.2).
constexpr Since kCampaignGroupBy[] = {
    { "campaign_id", k2025_10_15 },
    { "campaign_message_id", k2025_10_15 },
    { "campaign_message_name", k2026_01_15 },
    { "group", k2026_01_15 },
    { "group_name", k2026_01_15 },
    { "send_channel", k2025_10_15 },
    { "tag_id", k2026_01_15 },
    { "tag_name", k2026_01_15 },
    { "text_message_format", k2026_01_15 },
    { "variation", k2026_01_15 },
    { "variation_name", k2026_01_15 },
};

constexpr Since kFlowGroupBy[] = {
    { "flow_id", k2025_10_15 },
    { "flow_message_id", k2025_10_15 },
    { "flow_message_name", k2026_01_15 },
    { "flow_name", k2026_01_15 },
    { "send_channel", k2025_10_15 },
    { "tag_id", k2026_01_15 },
    { "tag_name", k2026_01_15 },
    { "text_message_format", k2026_01_15 },
    { "variation", k2026_01_15 },
    { "variation_name", k2026_01_15 },
};

constexpr Since kFormGroupBy[] = {
    { "form_id", k2024_10_15 },
    { "form_version_id", k2024_10_15 },
};

// Report filter rules. The spec only states them in the `filter` description (digest §5.2):
// "Allowed filters are …" / "Scalar attributes (…): Supported operators: …" /
// "List attributes (…): Supported operators: …". Fields are listed in the description's order.
struct FilterRule
{
    const char* field;
    const char* operators; ///< comma separated
    bool isList;
    Rev since;
    Rev until = kNever;
};

constexpr const char* kScalarMessageOps = "equals,contains-any";
constexpr const char* kListMessageOps = "contains-any,contains-all";
constexpr const char* kIdOps = "equals,any";

constexpr FilterRule kCampaignFilters[] = {
    // 2024-02-15 … 2025-10-15: "Allowed filters are send_channel, campaign_id[, campaign_message_id]"
    { "send_channel", kScalarMessageOps, false, k2024_02_15, k2026_01_15 },
    { "campaign_id", kScalarMessageOps, false, k2024_02_15, k2026_01_15 },
    { "campaign_message_id", kScalarMessageOps, false, k2025_01_15, k2026_01_15 },
    // 2026-01-15+: scalar and list attributes
    { "send_channel", kScalarMessageOps, false, k2026_01_15 },
    { "campaign_id", kScalarMessageOps, false, k2026_01_15 },
    { "campaign_message_id", kScalarMessageOps, false, k2026_01_15 },
    { "campaign_message_name", kScalarMessageOps, false, k2026_01_15 },
    { "variation", kScalarMessageOps, false, k2026_01_15 },
    { "variation_name", kScalarMessageOps, false, k2026_01_15 },
    { "text_message_format", kScalarMessageOps, false, k2026_01_15 },
    { "tag_id", kListMessageOps, true, k2026_01_15 },
    { "tag_name", kListMessageOps, true, k2026_01_15 },
};

constexpr FilterRule kFlowFilters[] = {
    { "flow_id", kScalarMessageOps, false, k2024_02_15, k2026_01_15 },
    { "send_channel", kScalarMessageOps, false, k2024_02_15, k2026_01_15 },
    { "flow_message_id", kScalarMessageOps, false, k2024_02_15, k2026_01_15 },
    { "flow_id", kScalarMessageOps, false, k2026_01_15 },
    { "flow_name", kScalarMessageOps, false, k2026_01_15 },
    { "send_channel", kScalarMessageOps, false, k2026_01_15 },
    { "flow_message_id", kScalarMessageOps, false, k2026_01_15 },
    { "flow_message_name", kScalarMessageOps, false, k2026_01_15 },
    { "text_message_format", kScalarMessageOps, false, k2026_01_15 },
    { "variation", kScalarMessageOps, false, k2026_01_15 },
    { "variation_name", kScalarMessageOps, false, k2026_01_15 },
    { "tag_id", kListMessageOps, true, k2026_01_15 },
    { "tag_name", kListMessageOps, true, k2026_01_15 },
};

constexpr FilterRule kFormFilters[] = {
    { "form_id", kIdOps, false, k2024_10_15 },
    { "form_version_id", kIdOps, false, k2024_10_15 },
};

constexpr FilterRule kSegmentFilters[] = {
    { "segment_id", kIdOps, false, k2024_10_15 },
};

// "When filtering on send_channel, allowed values are …" (campaign and flow reports).
constexpr Since kSendChannels[] = {
    { "email", k2024_02_15 },
    { "push-notification", k2024_02_15, k2025_01_15 },
    { "sms", k2024_02_15 },
    { "push-notification", k2025_01_15 },
    { "whatsapp", k2026_01_15 },
};

// GET /api/campaigns `messages.channel` values. Machine-readable only from 2026-04-15
// (x-klaviyo-filters: email, sms, mobile_push); the 2023-10-15 operation description offers
// email and sms only. When mobile_push became accepted between those is not documented [INF]:
// we assume 2024-10-15, the revision that reworked these endpoints.
constexpr Since kCampaignChannels[] = {
    { "email", k2023_10_15 },
    { "sms", k2023_10_15 },
    { "mobile_push", k2024_10_15 },
};

template <std::size_t N> QList<ReportFilterField> filterFieldsFor(const FilterRule (&table)[N], Rev rev)
{
    QList<ReportFilterField> out;
    for (const FilterRule& rule : table) {
        if (rev >= rule.since && rev < rule.until)
            out.append(ReportFilterField { QString::fromLatin1(rule.field), splitList(rule.operators), rule.isList });
    }
    return out;
}

Rev parseRevText(QStringView text, bool* ok)
{
    *ok = false;
    if (text.size() < 10)
        return 0;
    for (int i : { 0, 1, 2, 3, 5, 6, 8, 9 }) {
        if (text[i] < u'0' || text[i] > u'9')
            return 0;
    }
    if (text[4] != u'-' || text[7] != u'-')
        return 0;
    if (text.size() > 10) {
        // "[.suffix]": a dot followed by letters/digits, e.g. "2024-07-15.pre"
        if (text[10] != u'.' || text.size() == 11)
            return 0;
        for (qsizetype i = 11; i < text.size(); ++i) {
            const QChar c = text[i];
            if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
                return 0;
        }
    }
    const int y = text.sliced(0, 4).toInt();
    const int m = text.sliced(5, 2).toInt();
    const int d = text.sliced(8, 2).toInt();
    if (!QDate(y, m, d).isValid())
        return 0;
    *ok = true;
    return y * 10000 + m * 100 + d;
}

/// The known revision in force on @p rev: the newest one on or before it; before the first,
/// the first; unparseable text maps to the default revision.
Rev resolve(const QString& rev)
{
    bool ok = false;
    const Rev date = parseRevText(rev, &ok);
    if (!ok)
        return kRevisions[std::size(kRevisions) - 1];
    Rev result = kRevisions[0];
    for (Rev known : kRevisions) {
        if (known <= date)
            result = known;
    }
    return result;
}

QString revText(Rev rev)
{
    return u"%1-%2-%3"_s.arg(rev / 10000, 4, 10, QChar(u'0'))
        .arg((rev / 100) % 100, 2, 10, QChar(u'0'))
        .arg(rev % 100, 2, 10, QChar(u'0'));
}

bool isMessageReport(ReportType type)
{
    return type == ReportType::CampaignValues || type == ReportType::FlowValues || type == ReportType::FlowSeries;
}

bool isFlowReport(ReportType type)
{
    return type == ReportType::FlowValues || type == ReportType::FlowSeries;
}

bool isFormReport(ReportType type)
{
    return type == ReportType::FormValues || type == ReportType::FormSeries;
}

} // namespace

QString defaultRevision()
{
    return revText(kRevisions[std::size(kRevisions) - 1]);
}

QStringList knownRevisions()
{
    QStringList out;
    for (Rev rev : kRevisions)
        out << revText(rev);
    return out;
}

bool isValidRevisionText(QStringView text)
{
    bool ok = false;
    parseRevText(text, &ok);
    return ok;
}

QString resolveRevision(const QString& rev)
{
    return revText(resolve(rev));
}

QStringList aggregateDimensions(const QString& rev)
{
    return valuesFor(kDimensions, resolve(rev));
}

QStringList aggregateSortValues(const QString& rev)
{
    // The spec's enum is every `by` value and every measurement, ASCII-sorted, each followed by
    // its descending form (verified for every revision by tst_revision).
    QStringList keys = aggregateDimensions(rev);
    keys << u"count"_s << u"sum_value"_s << u"unique"_s;
    std::sort(keys.begin(), keys.end());
    QStringList out;
    out.reserve(keys.size() * 2);
    for (const QString& key : std::as_const(keys))
        out << key << (u'-' + key);
    return out;
}

QStringList commonAggregateDimensions(const QString& rev)
{
    const QStringList available = aggregateDimensions(rev);
    QStringList out;
    for (const char* name : kCommonDimensions) {
        const QString value = QString::fromLatin1(name);
        if (available.contains(value))
            out << value;
    }
    return out;
}

QStringList unsupportedTimezones()
{
    return { u"Factory"_s, u"Europe/Kyiv"_s, u"Pacific/Kanton"_s };
}

bool reportAvailable(ReportType type, const QString& rev)
{
    const Rev r = resolve(rev);
    switch (type) {
    case ReportType::CampaignValues:
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        return r >= k2024_02_15;
    case ReportType::FormValues:
    case ReportType::FormSeries:
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        return r >= k2024_10_15;
    }
    return false;
}

bool formsEndpointAvailable(const QString& rev)
{
    return resolve(rev) >= k2024_07_15;
}

QStringList reportStatistics(ReportType type, const QString& rev)
{
    if (!reportAvailable(type, rev))
        return {};
    const Rev r = resolve(rev);
    if (isMessageReport(type))
        return valuesFor(kMessageStatistics, r);
    if (isFormReport(type))
        return valuesFor(kFormStatistics, r);
    return valuesFor(kSegmentStatistics, r);
}

QStringList reportGroupByValues(ReportType type, const QString& rev)
{
    if (!reportAvailable(type, rev))
        return {};
    const Rev r = resolve(rev);
    if (type == ReportType::CampaignValues)
        return valuesFor(kCampaignGroupBy, r);
    if (isFlowReport(type))
        return valuesFor(kFlowGroupBy, r);
    if (isFormReport(type))
        return valuesFor(kFormGroupBy, r);
    return {};
}

QStringList reportDefaultGroupBy(ReportType type, const QString& rev)
{
    if (!reportAvailable(type, rev))
        return {};
    const Rev r = resolve(rev);
    // Where group_by exists, its description says "If not passed in, the data will be grouped
    // by …" (digest §5.2). Before campaign/flow reports had group_by (2025-10-15) the grouping was
    // fixed; the spec's response examples show campaign `send_channel, campaign_id` (plus
    // `campaign_message_id` from 2025-01-15) and flow `flow_id, send_channel, flow_message_id`.
    switch (type) {
    case ReportType::CampaignValues:
        if (r >= k2025_10_15)
            return { u"campaign_id"_s, u"campaign_message_id"_s, u"send_channel"_s };
        if (r >= k2025_01_15)
            return { u"send_channel"_s, u"campaign_id"_s, u"campaign_message_id"_s };
        return { u"send_channel"_s, u"campaign_id"_s };
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        if (r >= k2025_10_15)
            return { u"flow_id"_s, u"flow_message_id"_s, u"send_channel"_s };
        return { u"flow_id"_s, u"send_channel"_s, u"flow_message_id"_s };
    case ReportType::FormValues:
    case ReportType::FormSeries:
        return { u"form_id"_s };
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        return { u"segment_id"_s };
    }
    return {};
}

QStringList reportRequiredGroupBy(ReportType type, const QString& rev)
{
    // "The following group by attributes are required: …" (digest §5.2), only where group_by exists.
    if (reportGroupByValues(type, rev).isEmpty())
        return {};
    if (type == ReportType::CampaignValues)
        return { u"campaign_id"_s, u"campaign_message_id"_s };
    if (isFlowReport(type))
        return { u"flow_message_id"_s, u"flow_id"_s };
    return {};
}

QString reportGroupByPrerequisite(ReportType type, const QString& groupBy, const QString& rev)
{
    // "The prerequisites for form_version_id is form_id" (form reports, digest §5.2).
    if (isFormReport(type) && groupBy == u"form_version_id" && reportAvailable(type, rev))
        return u"form_id"_s;
    return {};
}

QList<ReportFilterField> reportFilterFields(ReportType type, const QString& rev)
{
    if (!reportAvailable(type, rev))
        return {};
    const Rev r = resolve(rev);
    if (type == ReportType::CampaignValues)
        return filterFieldsFor(kCampaignFilters, r);
    if (isFlowReport(type))
        return filterFieldsFor(kFlowFilters, r);
    if (isFormReport(type))
        return filterFieldsFor(kFormFilters, r);
    return filterFieldsFor(kSegmentFilters, r);
}

QStringList reportSendChannels(ReportType type, const QString& rev)
{
    if (!isMessageReport(type) || !reportAvailable(type, rev))
        return {};
    return valuesFor(kSendChannels, resolve(rev));
}

int reportFilterMaxListItems()
{
    return 100;
}

QStringList reportIntervals()
{
    return { u"daily"_s, u"hourly"_s, u"monthly"_s, u"weekly"_s };
}

QStringList timeframeKeys()
{
    return { u"last_12_months"_s, u"last_30_days"_s, u"last_365_days"_s, u"last_3_months"_s, u"last_7_days"_s,
        u"last_90_days"_s, u"last_month"_s, u"last_week"_s, u"last_year"_s, u"this_month"_s, u"this_week"_s,
        u"this_year"_s, u"today"_s, u"yesterday"_s };
}

QStringList campaignChannels(const QString& rev)
{
    return valuesFor(kCampaignChannels, resolve(rev));
}

QString campaignMessageNameField(const QString& rev)
{
    return resolve(rev) >= k2025_01_15 ? u"definition.label"_s : u"label"_s;
}

QString flowMessageNameField(const QString& rev)
{
    return resolve(rev) >= k2025_10_15 ? u"definition.name"_s : u"name"_s;
}

RateLimit rateLimit(EndpointFamily family, const QString& rev)
{
    const Rev r = resolve(rev);
    switch (family) {
    case EndpointFamily::Metrics:
    case EndpointFamily::Campaigns:
        return { 10, 150, 0 };
    case EndpointFamily::MetricAggregates:
    case EndpointFamily::Flows:
        return { 3, 60, 0 };
    case EndpointFamily::Reports:
        return r >= k2024_02_15 ? RateLimit { 1, 2, 225 } : RateLimit {};
    case EndpointFamily::Forms:
        return r >= k2024_07_15 ? RateLimit { 3, 60, 0 } : RateLimit {};
    case EndpointFamily::Segments:
    case EndpointFamily::Lists:
        return r >= k2026_01_15 ? RateLimit { 75, 750, 0 } : RateLimit { 75, 700, 0 };
    }
    return {};
}

QString scopeFor(EndpointFamily family, const QString& rev)
{
    switch (family) {
    case EndpointFamily::Metrics:
    case EndpointFamily::MetricAggregates:
        return u"metrics:read"_s;
    case EndpointFamily::Reports:
        return {};
    case EndpointFamily::Flows:
        return u"flows:read"_s;
    case EndpointFamily::Campaigns:
        return u"campaigns:read"_s;
    case EndpointFamily::Forms:
        return u"forms:read"_s;
    case EndpointFamily::Segments:
        return u"segments:read"_s;
    case EndpointFamily::Lists:
        // The 2023-10-15 spec spells it in the singular; 2023-12-15 fixed it.
        return resolve(rev) >= k2023_12_15 ? u"lists:read"_s : u"list:read"_s;
    }
    return {};
}

QString reportScope(ReportType type)
{
    if (type == ReportType::CampaignValues)
        return u"campaigns:read"_s;
    if (isFlowReport(type))
        return u"flows:read"_s;
    if (isFormReport(type))
        return u"forms:read"_s;
    return u"segments:read"_s;
}

bool pathsHaveTrailingSlash(const QString& rev)
{
    return resolve(rev) < k2024_10_15;
}

QString requestContentType(const QString& rev)
{
    return resolve(rev) >= k2024_10_15 ? u"application/vnd.api+json"_s : u"application/json"_s;
}

} // namespace kx::revision
