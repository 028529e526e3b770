// SPDX-License-Identifier: GPL-3.0-or-later
// The seven Reporting API endpoints (digest §5): validation per type and revision, timeframes
// in the account timezone, and the statistics of the Reporting API overview's formula table,
// computed from the store's events.
#include "demoengine_p.h"
#include "demofiltermatcher.h"
#include "demojsonwriter.h"
#include "query/revision.h"
#include "util/calendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kx::demoimpl {

namespace {

const QString kAttr = u"/data/attributes/"_s;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 86'400'000;

enum class Family { Campaign, Flow, Form, Segment };

Family familyOf(ReportType t)
{
    switch (t) {
    case ReportType::CampaignValues:
        return Family::Campaign;
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        return Family::Flow;
    case ReportType::FormValues:
    case ReportType::FormSeries:
        return Family::Form;
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        return Family::Segment;
    }
    return Family::Campaign;
}

/// Counters behind the statistics; one set per result row and time bucket.
enum Counter {
    RecvEmail,
    RecvSms,
    RecvPush,
    URecvPush,
    BouncedEmail,
    BouncedPush,
    FailedSms,
    OpensEmail,
    OpensPush,
    UOpensEmail,
    UOpensPush,
    ClicksEmail,
    ClicksSms,
    UClicksEmail,
    UClicksSms,
    Spam,
    Unsubs,
    UUnsubs,
    Conversions,
    ConversionValue,
    UConversions,
    SmsSegments,
    SmsCredits,
    // forms
    ViewedForm,
    UViewedForm,
    Submits,
    USubmits,
    ClosedForm,
    UClosedForm,
    QualifiedForm,
    UQualifiedForm,
    ViewedStep,
    UViewedStep,
    SubmittedStep,
    USubmittedStep,
    // segments
    MembersAdded,
    MembersRemoved,
    TotalMembers,
    CounterCount
};

struct StreamDef {
    const char* metric;
    Counter count;
    Counter unique; ///< CounterCount: none
    Counter valueSum = CounterCount;
};

// Metrics by name behind each family's statistics. Push and failed-SMS streams count when an
// account (fixture) has them; the generated account sends no push.
constexpr StreamDef kMessageStreams[] = {
    { "Received Email", RecvEmail, CounterCount }, { "Received SMS", RecvSms, CounterCount },
    { "Received Push", RecvPush, URecvPush }, { "Bounced Email", BouncedEmail, CounterCount },
    { "Bounced Push", BouncedPush, CounterCount }, { "Failed to Deliver SMS", FailedSms, CounterCount },
    { "Opened Email", OpensEmail, UOpensEmail }, { "Opened Push", OpensPush, UOpensPush },
    { "Clicked Email", ClicksEmail, UClicksEmail }, { "Clicked SMS", ClicksSms, UClicksSms },
    { "Marked Email as Spam", Spam, CounterCount }, { "Unsubscribed", Unsubs, UUnsubs },
    { "Unsubscribed from SMS", Unsubs, UUnsubs },
};
constexpr StreamDef kFormStreams[] = {
    { "Viewed Form", ViewedForm, UViewedForm }, { "Submitted Form", Submits, USubmits },
    { "Closed Form", ClosedForm, UClosedForm }, { "Qualified for Form", QualifiedForm, UQualifiedForm },
    { "Viewed Form Step", ViewedStep, UViewedStep }, { "Submitted Form Step", SubmittedStep, USubmittedStep },
};

/// Sums of prices carry binary noise: report them in micro-units.
double clean(double v)
{
    return std::round(v * 1e6) / 1e6;
}

double ratio(double a, double b)
{
    return b == 0 ? 0.0 : a / b;
}

/// The statistic @p name from the counters @p c (formula table of the Reporting API overview).
double statistic(const QString& name, const double* c, double creditPrice)
{
    const double delivered = c[RecvEmail] + c[RecvSms] + c[RecvPush];
    const double recipients = delivered + c[BouncedEmail] + c[FailedSms] + c[BouncedPush];
    const double spend = c[SmsCredits] * creditPrice;
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const char* names[] = { "average_order_value", "bounce_rate", "bounced", "bounced_or_failed",
            "bounced_or_failed_rate", "click_rate", "click_to_open_rate", "clicks", "clicks_unique", "conversion_rate",
            "conversion_uniques", "conversion_value", "conversions", "delivered", "delivery_rate", "failed", "failed_rate",
            "message_segment_count_sum", "open_rate", "opens", "opens_unique", "recipients", "revenue_per_recipient",
            "spam_complaint_rate", "spam_complaints", "text_message_credit_usage_amount", "text_message_roi",
            "text_message_spend", "unsubscribe_rate", "unsubscribe_uniques", "unsubscribes", "viewed_form",
            "viewed_form_uniques", "submits", "submit_rate", "closed_form", "closed_form_uniques", "qualified_form",
            "qualified_form_uniques", "viewed_form_step", "viewed_form_step_uniques", "submitted_form_step",
            "submitted_form_step_uniques", "total_members", "members_added", "members_removed", "net_members_changed" };
        for (int i = 0; i < int(std::size(names)); ++i)
            h.insert(QString::fromLatin1(names[i]), i);
        return h;
    }();
    switch (index.value(name, -1)) {
    case 0: return ratio(c[ConversionValue], c[Conversions]);
    case 1: return ratio(c[BouncedEmail] + c[BouncedPush], c[RecvEmail] + c[RecvPush] + c[BouncedEmail] + c[BouncedPush]);
    case 2: return c[BouncedEmail] + c[BouncedPush];
    case 3: return c[BouncedEmail] + c[FailedSms] + c[BouncedPush];
    case 4: return ratio(c[BouncedEmail] + c[FailedSms] + c[BouncedPush], recipients);
    case 5: return ratio(c[UClicksEmail] + c[UClicksSms], c[RecvEmail] + c[RecvSms]);
    case 6: return ratio(c[UClicksEmail], c[UOpensEmail]);
    case 7: return c[ClicksEmail] + c[ClicksSms];
    case 8: return c[UClicksEmail] + c[UClicksSms];
    case 9: return ratio(c[UConversions], delivered);
    case 10: return c[UConversions];
    case 11: return c[ConversionValue];
    case 12: return c[Conversions];
    case 13: return delivered;
    // Literally the table of seed 002: the numerator has "Bounced pushes", not received ones
    // (the digest gives no other formula; identical without push).
    case 14: return ratio(c[RecvEmail] + c[RecvSms] + c[BouncedPush], recipients);
    case 15: return c[FailedSms];
    case 16: return ratio(c[FailedSms], c[RecvSms] + c[FailedSms]);
    case 17: return c[SmsSegments];
    // Seed 002: "(Unique email opens + Unique push opens) / (Received emails + Received push uniques)".
    case 18: return ratio(c[UOpensEmail] + c[UOpensPush], c[RecvEmail] + c[URecvPush]);
    case 19: return c[OpensEmail] + c[OpensPush];
    case 20: return c[UOpensEmail] + c[UOpensPush];
    case 21: return recipients;
    case 22: return ratio(c[ConversionValue], delivered);
    case 23: return ratio(c[Spam], c[RecvEmail]);
    case 24: return c[Spam];
    case 25: return c[SmsCredits];
    case 26: return ratio(c[ConversionValue] * (c[RecvSms] > 0 ? 1 : 0), spend); // [INF] revenue per dollar of SMS spend
    case 27: return spend;
    case 28: return ratio(c[UUnsubs], c[RecvEmail] + c[RecvSms]);
    case 29: return c[UUnsubs];
    case 30: return c[Unsubs];
    case 31: return c[ViewedForm];
    case 32: return c[UViewedForm];
    case 33: return c[Submits];
    case 34: return ratio(c[Submits], c[ViewedForm]);
    case 35: return c[ClosedForm];
    case 36: return c[UClosedForm];
    case 37: return c[QualifiedForm];
    case 38: return c[UQualifiedForm];
    case 39: return c[ViewedStep];
    case 40: return c[UViewedStep];
    case 41: return c[SubmittedStep];
    case 42: return c[USubmittedStep];
    case 43: return c[TotalMembers];
    case 44: return c[MembersAdded];
    case 45: return c[MembersRemoved];
    case 46: return c[MembersAdded] - c[MembersRemoved];
    default: return 0;
    }
}

struct ReportRequest {
    ReportType type;
    Family family;
    QStringList statistics;
    qint64 startMs = 0;
    qint64 endMs = 0; ///< exclusive
    Interval interval = Interval::Day;
    bool series = false;
    int conversionMetric = -1;
    QStringList groupBy;
    QList<FilterExpr> filters;
    qint64 offset = 0;
};

/// The instant of an ISO text read as wall time in @p zone, its offset ignored (custom timeframes).
bool wallTimeIn(const QString& text, const QTimeZone& zone, qint64* ms)
{
    QString wall = text.trimmed();
    if (wall.endsWith(u'Z') || wall.endsWith(u'z'))
        wall.chop(1);
    if (wall.size() > 19) {
        const qsizetype sign = std::max(wall.lastIndexOf(u'+'), wall.lastIndexOf(u'-'));
        if (sign > 10)
            wall.truncate(sign);
    }
    return calendar::parseIsoInstant(wall, ms, zone) && !calendar::isoHasOffset(wall);
}

/// [start, end) of a timeframe key in the account timezone (Reporting API overview table;
/// "last N days" includes today as the table says for last_7_days [INF for the others]).
bool resolveKey(const QString& key, qint64 nowMs, const QTimeZone& zone, qint64* start, qint64* end)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate toInclusive;
    if (key == u"today"_s) {
        from = toInclusive = today;
    } else if (key == u"yesterday"_s) {
        from = toInclusive = today.addDays(-1);
    } else if (key == u"this_week"_s) {
        from = monday;
        toInclusive = monday.addDays(6);
    } else if (key == u"last_week"_s) {
        from = monday.addDays(-7);
        toInclusive = monday.addDays(-1);
    } else if (key == u"last_7_days"_s) {
        from = today.addDays(-6);
        toInclusive = today;
    } else if (key == u"last_30_days"_s) {
        from = today.addDays(-29);
        toInclusive = today;
    } else if (key == u"last_90_days"_s) {
        from = today.addDays(-89);
        toInclusive = today;
    } else if (key == u"last_365_days"_s) {
        from = today.addDays(-364);
        toInclusive = today;
    } else if (key == u"this_month"_s) {
        from = monthStart;
        toInclusive = monthStart.addMonths(1).addDays(-1);
    } else if (key == u"last_month"_s) {
        from = monthStart.addMonths(-1);
        toInclusive = monthStart.addDays(-1);
    } else if (key == u"last_3_months"_s) {
        from = monthStart.addMonths(-2);
        toInclusive = monthStart.addMonths(1).addDays(-1);
    } else if (key == u"last_12_months"_s) {
        from = monthStart.addMonths(-12);
        toInclusive = monthStart.addDays(-1);
    } else if (key == u"this_year"_s) {
        from = QDate(today.year(), 1, 1);
        toInclusive = QDate(today.year(), 12, 31);
    } else if (key == u"last_year"_s) {
        from = QDate(today.year() - 1, 1, 1);
        toInclusive = QDate(today.year() - 1, 12, 31);
    } else {
        return false;
    }
    *start = calendar::startOfDay(from, zone);
    *end = calendar::startOfDay(toInclusive.addDays(1), zone);
    return true;
}

std::optional<DemoError> parseRequest(const RequestContext& ctx, ReportType type, ReportRequest* out)
{
    out->type = type;
    out->family = familyOf(type);
    out->series = isSeriesReport(type);
    const QString typeName = reportTypeName(type);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.http->body, &parseError);
    if (!doc.isObject())
        return invalidBody(u"The request body is not valid JSON: %1."_s.arg(parseError.errorString()), u"/data"_s);
    const QJsonValue dataValue = doc.object().value(u"data"_s);
    if (!dataValue.isObject())
        return invalidBody(u"'data' is a required field."_s, u"/data"_s);
    const QJsonObject data = dataValue.toObject();
    if (data.value(u"type"_s).toString() != typeName)
        return invalidBody(u"'type' must be \"%1\"."_s.arg(typeName), u"/data/type"_s);
    if (!data.value(u"attributes"_s).isObject())
        return invalidBody(u"'attributes' is a required field."_s, u"/data/attributes"_s);
    const QJsonObject a = data.value(u"attributes"_s).toObject();

    const bool conversion = out->family == Family::Campaign || out->family == Family::Flow;
    const QStringList groupByValues = revision::reportGroupByValues(type, ctx.revision);
    QStringList known { u"statistics"_s, u"timeframe"_s, u"filter"_s };
    if (out->series)
        known << u"interval"_s;
    if (conversion)
        known << u"conversion_metric_id"_s;
    if (!groupByValues.isEmpty())
        known << u"group_by"_s;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!known.contains(it.key()))
            return invalidBody(u"'%1' is not a valid field for the resource '%2'."_s.arg(it.key(), typeName), kAttr + it.key());
    }

    // statistics
    const QStringList allowedStats = revision::reportStatistics(type, ctx.revision);
    const QJsonValue stats = a.value(u"statistics"_s);
    if (!stats.isArray() || stats.toArray().isEmpty())
        return invalidBody(u"'statistics' is a required field."_s, kAttr + u"statistics"_s);
    for (qsizetype i = 0; i < stats.toArray().size(); ++i) {
        const QJsonValue s = stats.toArray().at(i);
        if (!s.isString() || !allowedStats.contains(s.toString()))
            return invalidBody(u"\"%1\" is not a valid statistic for %2."_s.arg(s.toVariant().toString(), typeName),
                kAttr + u"statistics/"_s + QString::number(i));
        if (!out->statistics.contains(s.toString()))
            out->statistics.append(s.toString());
    }

    // timeframe
    const QJsonValue tf = a.value(u"timeframe"_s);
    if (!tf.isObject())
        return invalidBody(u"'timeframe' is a required field."_s, kAttr + u"timeframe"_s);
    const QJsonObject timeframe = tf.toObject();
    const QTimeZone& zone = ctx.store->zone;
    if (timeframe.contains(u"key"_s)) {
        if (timeframe.size() != 1)
            return invalidBody(u"Use either a timeframe key or a custom start and end, not both."_s, kAttr + u"timeframe"_s);
        const QString key = timeframe.value(u"key"_s).toString();
        if (!revision::timeframeKeys().contains(key) || !resolveKey(key, ctx.nowMs, zone, &out->startMs, &out->endMs))
            return invalidBody(u"\"%1\" is not a valid timeframe key."_s.arg(timeframe.value(u"key"_s).toVariant().toString()),
                kAttr + u"timeframe/key"_s);
    } else {
        if (!timeframe.value(u"start"_s).isString() || !timeframe.value(u"end"_s).isString() || timeframe.size() != 2)
            return invalidBody(u"A custom timeframe needs exactly 'start' and 'end'."_s, kAttr + u"timeframe"_s);
        qint64 start = 0;
        qint64 end = 0;
        if (!wallTimeIn(timeframe.value(u"start"_s).toString(), zone, &start))
            return invalidBody(u"'start' is not a valid ISO 8601 date-time."_s, kAttr + u"timeframe/start"_s);
        if (!wallTimeIn(timeframe.value(u"end"_s).toString(), zone, &end))
            return invalidBody(u"'end' is not a valid ISO 8601 date-time."_s, kAttr + u"timeframe/end"_s);
        if (end < start)
            return invalidBody(u"The timeframe must end after it starts."_s, kAttr + u"timeframe"_s);
        // Inclusive at both ends; the end is rounded up to the last second of its hour (digest §5.2).
        out->startMs = start;
        out->endMs = calendar::floorToBucket(end, Interval::Hour, zone) + kHourMs;
    }
    const QDateTime startDt = QDateTime::fromMSecsSinceEpoch(out->startMs, zone);
    if (out->endMs - 1 > startDt.addYears(1).toMSecsSinceEpoch())
        return invalidBody(u"The timeframe cannot be longer than 1 year."_s, kAttr + u"timeframe"_s);
    if (out->family == Family::Segment && out->startMs < calendar::startOfDay(QDate(2023, 6, 1), zone))
        return invalidBody(u"Data is unavailable before June 1st, 2023."_s, kAttr + u"timeframe"_s);

    // interval
    if (out->series) {
        const QJsonValue iv = a.value(u"interval"_s);
        const QString interval = iv.isUndefined() ? QString() : iv.toString();
        if (!iv.isString() || !revision::reportIntervals().contains(interval))
            return invalidBody(iv.isUndefined() ? u"'interval' is a required field."_s
                                                : u"\"%1\" is not a valid interval; use daily, hourly, weekly or monthly."_s.arg(
                                                    iv.toVariant().toString()),
                kAttr + u"interval"_s);
        const qint64 length = out->endMs - out->startMs;
        if (interval == u"hourly"_s) {
            out->interval = Interval::Hour;
            if (length > 7 * kDayMs + kHourMs)
                return invalidBody(u"If hourly is used, the timeframe cannot be longer than 7 days."_s, kAttr + u"interval"_s);
        } else if (interval == u"daily"_s) {
            out->interval = Interval::Day;
            if (length > 60 * kDayMs + kHourMs)
                return invalidBody(u"If daily is used, the timeframe cannot be longer than 60 days."_s, kAttr + u"interval"_s);
        } else if (interval == u"weekly"_s) {
            out->interval = Interval::Week;
        } else {
            out->interval = Interval::Month;
            if (length > 52 * 7 * kDayMs + kHourMs)
                return invalidBody(u"If monthly is used, the timeframe cannot be longer than 52 weeks."_s, kAttr + u"interval"_s);
        }
    }

    // conversion metric
    if (conversion) {
        const QJsonValue m = a.value(u"conversion_metric_id"_s);
        if (!m.isString() || m.toString().isEmpty())
            return invalidBody(u"'conversion_metric_id' is a required field."_s, kAttr + u"conversion_metric_id"_s);
        out->conversionMetric = ctx.store->metricIndex(m.toString());
        if (out->conversionMetric < 0 || ctx.store->metrics[out->conversionMetric].hidden)
            return invalidBody(u"Metric %1 does not exist."_s.arg(m.toString()), kAttr + u"conversion_metric_id"_s);
        if (!ctx.options->conversionMetricNames.contains(ctx.store->metrics[out->conversionMetric].name))
            return invalidBody(u"Passed in conversion metric does not support querying for values data"_s,
                kAttr + u"conversion_metric_id"_s);
    }

    // group_by
    out->groupBy = revision::reportDefaultGroupBy(type, ctx.revision);
    if (a.contains(u"group_by"_s) && !a.value(u"group_by"_s).isNull()) {
        const QJsonValue g = a.value(u"group_by"_s);
        if (!g.isArray())
            return invalidBody(u"'group_by' must be a list."_s, kAttr + u"group_by"_s);
        QStringList groupBy;
        for (qsizetype i = 0; i < g.toArray().size(); ++i) {
            const QString v = g.toArray().at(i).toString();
            if (!groupByValues.contains(v))
                return invalidBody(u"\"%1\" is not a valid group_by value; use %2."_s.arg(g.toArray().at(i).toVariant().toString(),
                                       groupByValues.join(u", "_s)),
                    kAttr + u"group_by/"_s + QString::number(i));
            if (!groupBy.contains(v))
                groupBy.append(v);
        }
        for (const QString& required : revision::reportRequiredGroupBy(type, ctx.revision)) {
            if (!groupBy.contains(required))
                return invalidBody(u"The following group by attributes are required: %1."_s.arg(
                                       revision::reportRequiredGroupBy(type, ctx.revision).join(u", "_s)),
                    kAttr + u"group_by"_s);
        }
        for (const QString& v : std::as_const(groupBy)) {
            const QString prerequisite = revision::reportGroupByPrerequisite(type, v, ctx.revision);
            if (!prerequisite.isEmpty() && !groupBy.contains(prerequisite))
                return invalidBody(u"Can group by %1 only if %2 are also passed in together"_s.arg(v, prerequisite),
                    u"/data/attributes/group_bys"_s);
        }
        if (!groupBy.isEmpty())
            out->groupBy = groupBy;
    }

    // filter
    if (a.contains(u"filter"_s) && !a.value(u"filter"_s).isNull()) {
        if (!a.value(u"filter"_s).isString())
            return invalidBody(u"'filter' must be a string."_s, kAttr + u"filter"_s);
        DemoError error;
        const auto conditions = parseConditions(a.value(u"filter"_s).toString(), &error, {}, kAttr + u"filter"_s);
        if (!conditions)
            return error;
        const QList<ReportFilterField> fields = revision::reportFilterFields(type, ctx.revision);
        const QStringList channels = revision::reportSendChannels(type, ctx.revision);
        QSet<QString> seen;
        for (const FilterExpr& c : *conditions) {
            const auto rule = std::find_if(fields.begin(), fields.end(), [&](const ReportFilterField& f) { return f.field == c.field; });
            if (rule == fields.end())
                return invalidBody(u"'%1' is not a valid filter attribute for %2."_s.arg(c.field, typeName), kAttr + u"filter"_s);
            if (!rule->operators.contains(filterOpName(c.op)))
                return invalidBody(u"Operator '%1' is not supported for '%2'; use %3."_s.arg(filterOpName(c.op), c.field,
                                       rule->operators.join(u", "_s)),
                    kAttr + u"filter"_s);
            if (seen.contains(c.field))
                return invalidBody(u"Only one filter can be used per attribute ('%1')."_s.arg(c.field), kAttr + u"filter"_s);
            seen.insert(c.field);
            if (!c.value)
                return invalidBody(u"'%1' needs a value."_s.arg(c.field), kAttr + u"filter"_s);
            const bool list = c.value->type == FilterValue::Type::Array;
            const bool wantsList = c.op != FilterOp::Equals;
            if (list != wantsList)
                return invalidBody(u"'%1' needs %2."_s.arg(filterOpName(c.op), wantsList ? u"a list of strings"_s : u"a string"_s),
                    kAttr + u"filter"_s);
            const QList<FilterValue> items = list ? c.value->items : QList<FilterValue> { *c.value };
            if (items.size() > revision::reportFilterMaxListItems())
                return invalidBody(u"Max of %1 items per list filter."_s.arg(revision::reportFilterMaxListItems()), kAttr + u"filter"_s);
            for (const FilterValue& item : items) {
                if (item.type != FilterValue::Type::String)
                    return invalidBody(u"'%1' needs string values."_s.arg(c.field), kAttr + u"filter"_s);
                if (c.field == u"send_channel"_s && !channels.contains(item.text))
                    return invalidBody(u"When filtering on send_channel, allowed values are %1."_s.arg(channels.join(u", "_s)),
                        kAttr + u"filter"_s);
            }
            out->filters.append(c);
        }
    }

    // page_cursor (campaign and flow reports)
    if (ctx.hasParam(u"page_cursor") && !decodeCursor(ctx.param(u"page_cursor"), typeName, &out->offset))
        return invalidParameter(u"Invalid cursor provided."_s, u"page_cursor"_s);
    return std::nullopt;
}

/// Attributes of one event's row: every groupable attribute, lists for tags.
struct RowAttributes {
    QHash<QString, QString> scalars;
    QStringList tagIds;
    QStringList tagNames;
    QString entityId;  ///< campaign / flow / form / segment id (relationships)
    QString messageId; ///< flow message id (relationships)
};

bool filterPasses(const QList<FilterExpr>& filters, const RowAttributes& row)
{
    for (const FilterExpr& c : filters) {
        const bool isTag = c.field == u"tag_id"_s || c.field == u"tag_name"_s;
        const QList<FilterValue> items = c.value->type == FilterValue::Type::Array ? c.value->items : QList<FilterValue> { *c.value };
        if (isTag) {
            const QStringList& tags = c.field == u"tag_id"_s ? row.tagIds : row.tagNames;
            bool any = false;
            bool all = true;
            for (const FilterValue& item : items) {
                const bool has = tags.contains(item.text);
                any |= has;
                all &= has;
            }
            if (c.op == FilterOp::ContainsAll ? !all : !any)
                return false;
            continue;
        }
        const QString value = row.scalars.value(c.field);
        bool match = false;
        for (const FilterValue& item : items)
            match |= item.text == value;
        if (!match)
            return false;
    }
    return true;
}

class ReportBuilder
{
public:
    ReportBuilder(const RequestContext& ctx, const ReportRequest& req)
        : m_ctx(ctx)
        , m_req(req)
        , m_store(*ctx.store)
    {
        if (req.series) {
            m_bounds.push_back(calendar::floorToBucket(req.startMs, req.interval, m_store.zone));
            // Interval caps keep this small (at most 7 days of hours); the bound guards the loop.
            while (m_bounds.back() < req.endMs && m_bounds.size() <= 400)
                m_bounds.push_back(calendar::addBuckets(m_bounds.front(), req.interval, int(m_bounds.size()), m_store.zone));
        } else {
            m_bounds = { req.startMs, req.endMs };
        }
        m_buckets = m_bounds.size() - 1;
    }

    QByteArray run();

private:
    struct Row {
        QStringList groupValues;
        QString entityId;
        QString messageId;
        bool active = false;
    };

    /// Rows (row indexes) an event tuple belongs to; empty when filtered out.
    const std::vector<int>& rowsForTuple(int metric, int tuple, bool conversion);
    bool attributesFor(int tuple, bool conversion, RowAttributes* out);
    int rowFor(const QStringList& values, const RowAttributes& attrs);
    void addEvent(const std::vector<int>& rows, qint64 timeMs, Counter counter, Counter unique, int profile, double amount);
    void scanStream(int metric, Counter count, Counter unique, Counter valueSum, bool conversion);
    void scanSegments();
    size_t bucketOf(qint64 timeMs) const
    {
        return size_t(std::upper_bound(m_bounds.begin(), m_bounds.end(), timeMs) - m_bounds.begin() - 1);
    }

    const RequestContext& m_ctx;
    const ReportRequest& m_req;
    const DemoStore& m_store;
    std::vector<qint64> m_bounds;
    size_t m_buckets = 1;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowIndex;
    std::vector<std::array<double, CounterCount>> m_counters; ///< [row * buckets + bucket]
    std::vector<std::tuple<int, int, int>> m_uniqueKeys;      ///< (cell, counter, profile)
    QHash<qint64, std::vector<int>> m_tupleRows;               ///< (metric, tuple, conversion) → rows
    QSet<QString> m_campaignsInFrame;                          ///< send-time attribution
    bool m_bySendTime = false;
};

bool ReportBuilder::attributesFor(int tuple, bool conversion, RowAttributes* out)
{
    auto prop = [&](QStringView key) -> QString {
        const int v = m_store.tupleValue(tuple, m_store.keyId(key));
        return v < 0 ? QString() : m_store.value(v).text;
    };
    auto channelName = [](const QString& channel) {
        return channel == u"mobile_push"_s || channel == u"push"_s ? u"push-notification"_s : channel;
    };
    switch (m_req.family) {
    case Family::Campaign: {
        const QString messageKey = prop(conversion ? u"$attributed_message" : u"$message");
        if (messageKey.isEmpty())
            return false;
        int campaign = m_store.campaignIndex(messageKey);
        int message = 0;
        if (campaign < 0) {
            std::tie(campaign, message) = m_store.campaignMessage(messageKey);
            if (campaign < 0)
                return false;
        }
        const auto& c = m_store.campaigns[campaign];
        if (m_bySendTime && !m_campaignsInFrame.contains(c.id))
            return false;
        const auto& m = c.messages.value(message);
        out->entityId = c.id;
        out->scalars.insert(u"campaign_id"_s, c.id);
        out->scalars.insert(u"campaign_message_id"_s, m.id.isEmpty() ? c.id : m.id);
        out->scalars.insert(u"campaign_message_name"_s, m.label.isEmpty() ? c.name : m.label);
        out->scalars.insert(u"send_channel"_s, channelName(c.channel));
        const QString variation = prop(conversion ? u"$attributed_variation" : u"$variation");
        out->scalars.insert(u"variation"_s, variation);
        out->scalars.insert(u"variation_name"_s, variation.isEmpty() ? QString() : prop(u"Subject"));
        out->scalars.insert(u"group"_s, prop(u"$group"));
        out->scalars.insert(u"group_name"_s, prop(u"Group Name"));
        out->scalars.insert(u"text_message_format"_s, prop(u"Message Format").toLower());
        for (const auto& t : c.tags) {
            out->tagIds.append(t.id);
            out->tagNames.append(t.name);
        }
        return true;
    }
    case Family::Flow: {
        const QString messageId = prop(conversion ? u"$attributed_message" : u"$message");
        const auto [flow, message] = m_store.flowMessage(messageId);
        if (flow < 0)
            return false;
        const auto& f = m_store.flows[flow];
        const auto& m = f.messages[message];
        out->entityId = f.id;
        out->messageId = m.id;
        out->scalars.insert(u"flow_id"_s, f.id);
        out->scalars.insert(u"flow_name"_s, f.name);
        out->scalars.insert(u"flow_message_id"_s, m.id);
        out->scalars.insert(u"flow_message_name"_s, m.name);
        out->scalars.insert(u"send_channel"_s, channelName(m.channel));
        const QString variation = prop(conversion ? u"$attributed_variation" : u"$variation");
        out->scalars.insert(u"variation"_s, variation);
        out->scalars.insert(u"variation_name"_s, variation.isEmpty() ? QString() : prop(u"Subject"));
        out->scalars.insert(u"text_message_format"_s, prop(u"Message Format").toLower());
        for (const auto& t : f.tags) {
            out->tagIds.append(t.id);
            out->tagNames.append(t.name);
        }
        return true;
    }
    case Family::Form: {
        const QString form = prop(u"form_id");
        if (form.isEmpty())
            return false;
        out->entityId = form;
        out->scalars.insert(u"form_id"_s, form);
        out->scalars.insert(u"form_version_id"_s, prop(u"form_version_id"));
        return true;
    }
    case Family::Segment:
        return false;
    }
    return false;
}

int ReportBuilder::rowFor(const QStringList& values, const RowAttributes& attrs)
{
    const QString key = values.join(QChar(0x1f));
    const auto it = m_rowIndex.constFind(key);
    if (it != m_rowIndex.cend())
        return *it;
    const int index = int(m_rows.size());
    m_rows.push_back({ values, attrs.entityId, attrs.messageId, false });
    m_counters.resize(m_rows.size() * m_buckets, {});
    m_rowIndex.insert(key, index);
    return index;
}

const std::vector<int>& ReportBuilder::rowsForTuple(int metric, int tuple, bool conversion)
{
    const qint64 cacheKey = (qint64(metric) << 33) | (qint64(tuple) << 1) | (conversion ? 1 : 0);
    auto it = m_tupleRows.find(cacheKey);
    if (it != m_tupleRows.end())
        return *it;
    std::vector<int> rows;
    RowAttributes attrs;
    if (attributesFor(tuple, conversion, &attrs) && filterPasses(m_req.filters, attrs)) {
        // One row per tag when grouping by tags (an untagged entity has one row with "").
        const bool byTag = m_req.groupBy.contains(u"tag_id"_s) || m_req.groupBy.contains(u"tag_name"_s);
        const qsizetype tagRows = byTag ? std::max<qsizetype>(1, attrs.tagIds.size()) : 1;
        for (qsizetype t = 0; t < tagRows; ++t) {
            QStringList values;
            for (const QString& g : m_req.groupBy) {
                if (g == u"tag_id"_s)
                    values.append(attrs.tagIds.value(t));
                else if (g == u"tag_name"_s)
                    values.append(attrs.tagNames.value(t));
                else
                    values.append(attrs.scalars.value(g));
            }
            rows.push_back(rowFor(values, attrs));
        }
    }
    return *m_tupleRows.insert(cacheKey, rows);
}

void ReportBuilder::addEvent(const std::vector<int>& rows, qint64 timeMs, Counter counter, Counter unique, int profile,
    double amount)
{
    const size_t bucket = bucketOf(timeMs);
    if (bucket >= m_buckets)
        return;
    for (const int r : rows) {
        const size_t cell = size_t(r) * m_buckets + bucket;
        m_counters[cell][counter] += amount;
        m_rows[size_t(r)].active = true;
        if (unique != CounterCount)
            m_uniqueKeys.emplace_back(int(cell), int(unique), profile);
    }
}

void ReportBuilder::scanStream(int metric, Counter count, Counter unique, Counter valueSum, bool conversion)
{
    if (metric < 0)
        return;
    const auto& events = m_store.events(metric);
    const int segmentKey = m_store.keyId(u"Segment Count");
    const int usageKey = m_store.keyId(u"$usage_amount");
    auto begin = events.begin();
    auto end = events.end();
    if (!m_bySendTime) {
        const auto byTime = [](const DemoStore::Event& e, qint64 t) { return e.timeMs < t; };
        begin = std::lower_bound(events.begin(), events.end(), m_req.startMs, byTime);
        end = std::lower_bound(begin, events.end(), m_req.endMs, byTime);
    }
    for (auto it = begin; it != end; ++it) {
        if (it->timeMs > m_ctx.nowMs)
            break;
        const std::vector<int>& rows = rowsForTuple(metric, it->tuple, conversion);
        if (rows.empty())
            continue;
        // Send-time attribution puts every event of a campaign in its single values bucket.
        const qint64 t = m_bySendTime ? m_req.startMs : it->timeMs;
        addEvent(rows, t, count, unique, it->profile, 1);
        if (valueSum != CounterCount)
            addEvent(rows, t, valueSum, CounterCount, it->profile, it->value);
        if (count == RecvSms) {
            const int segments = m_store.tupleValue(it->tuple, segmentKey);
            const int usage = m_store.tupleValue(it->tuple, usageKey);
            addEvent(rows, t, SmsSegments, CounterCount, it->profile, segments < 0 ? 1 : m_store.value(segments).number);
            addEvent(rows, t, SmsCredits, CounterCount, it->profile,
                usage >= 0 ? m_store.value(usage).number : segments >= 0 ? m_store.value(segments).number : 1);
        }
    }
}

void ReportBuilder::scanSegments()
{
    RowAttributes attrs;
    for (const auto& s : m_store.segments) {
        attrs.scalars = { { u"segment_id"_s, s.id } };
        attrs.entityId = s.id;
        if (!filterPasses(m_req.filters, attrs))
            continue;
        const int row = rowFor({ s.id }, attrs);
        qint64 total = s.baseMembers;
        size_t change = 0;
        for (size_t b = 0; b < m_buckets; ++b) {
            auto& cell = m_counters[size_t(row) * m_buckets + b];
            const qint64 bucketEnd = std::min(m_bounds[b + 1], m_ctx.nowMs + 1);
            while (change < s.changes.size() && s.changes[change].timeMs < bucketEnd) {
                const auto& c = s.changes[change++];
                total += c.added - c.removed;
                if (c.timeMs >= std::max(m_bounds[b], m_req.startMs) && c.timeMs < m_req.endMs) {
                    cell[MembersAdded] += c.added;
                    cell[MembersRemoved] += c.removed;
                }
            }
            cell[TotalMembers] = double(total);
        }
        m_rows[size_t(row)].active = total > 0 || !s.changes.empty();
    }
}

QByteArray ReportBuilder::run()
{
    const int conversionMetric = m_req.conversionMetric;
    if (m_req.family == Family::Campaign && m_ctx.options->campaignReportsBySendTime) {
        m_bySendTime = true;
        for (const auto& c : m_store.campaigns) {
            if (!c.sendTime.isEmpty() && c.sendTimeMs >= m_req.startMs && c.sendTimeMs < m_req.endMs)
                m_campaignsInFrame.insert(c.id);
        }
    }
    switch (m_req.family) {
    case Family::Campaign:
    case Family::Flow:
        for (const StreamDef& s : kMessageStreams)
            scanStream(m_store.metricIndexByName(QString::fromLatin1(s.metric)), s.count, s.unique, s.valueSum, false);
        scanStream(conversionMetric, Conversions, UConversions, ConversionValue, true);
        break;
    case Family::Form:
        for (const StreamDef& s : kFormStreams)
            scanStream(m_store.metricIndexByName(QString::fromLatin1(s.metric)), s.count, s.unique, s.valueSum, false);
        break;
    case Family::Segment:
        scanSegments();
        break;
    }
    // Unique profiles per cell and counter.
    std::sort(m_uniqueKeys.begin(), m_uniqueKeys.end());
    m_uniqueKeys.erase(std::unique(m_uniqueKeys.begin(), m_uniqueKeys.end()), m_uniqueKeys.end());
    for (const auto& [cell, counter, profile] : m_uniqueKeys)
        m_counters[size_t(cell)][size_t(counter)] += 1;

    // Only rows with activity, in a stable order (by their grouping values).
    std::vector<int> rows;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].active)
            rows.push_back(int(r));
    }
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QStringList& va = m_rows[size_t(a)].groupValues;
        const QStringList& vb = m_rows[size_t(b)].groupValues;
        for (qsizetype i = 0; i < va.size(); ++i) {
            const int c = QString::compare(va[i], vb[i]);
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    const bool paged = m_req.family == Family::Campaign || m_req.family == Family::Flow;
    const qsizetype total = qsizetype(rows.size());
    const qsizetype from = paged ? std::min<qsizetype>(m_req.offset, total) : 0;
    const qsizetype to = paged ? std::min<qsizetype>(from + m_ctx.options->reportPageSize, total) : total;

    const QString typeName = reportTypeName(m_req.type);
    const QString selfPath = reportPath(m_req.type) + (m_ctx.trailingSlash ? u"/"_s : QString());
    DemoJsonWriter w(4096);
    w.beginObject();
    w.key("data"_L1);
    w.beginObject();
    w.key("type"_L1);
    w.value(typeName);
    w.key("id"_L1);
    w.value(ephemeralUuid(m_ctx.http->body + m_ctx.http->query));
    w.key("attributes"_L1);
    w.beginObject();
    w.key("results"_L1);
    w.beginArray();
    QStringList entityIds;
    QStringList messageIds;
    for (qsizetype k = from; k < to; ++k) {
        const Row& row = m_rows[size_t(rows[size_t(k)])];
        if (!row.entityId.isEmpty() && !entityIds.contains(row.entityId))
            entityIds.append(row.entityId);
        if (!row.messageId.isEmpty() && !messageIds.contains(row.messageId))
            messageIds.append(row.messageId);
        w.beginObject();
        w.key("groupings"_L1);
        w.beginObject();
        const QStringList groupNames = m_req.family == Family::Segment ? QStringList { u"segment_id"_s } : m_req.groupBy;
        for (qsizetype g = 0; g < groupNames.size(); ++g) {
            w.key(groupNames[g]);
            w.value(row.groupValues.value(g));
        }
        w.endObject();
        w.key("statistics"_L1);
        w.beginObject();
        for (const QString& stat : m_req.statistics) {
            w.key(stat);
            const size_t base = size_t(rows[size_t(k)]) * m_buckets;
            if (m_req.series) {
                w.beginArray();
                for (size_t b = 0; b < m_buckets; ++b)
                    w.value(clean(statistic(stat, m_counters[base + b].data(), m_ctx.options->smsCreditPrice)));
                w.endArray();
            } else {
                w.value(clean(statistic(stat, m_counters[base].data(), m_ctx.options->smsCreditPrice)));
            }
        }
        w.endObject();
        w.endObject();
    }
    w.endArray();
    if (m_req.series) {
        w.key("date_times"_L1);
        w.beginArray();
        for (size_t b = 0; b < m_buckets; ++b)
            w.value(calendar::formatUtcIso(m_bounds[b]));
        w.endArray();
    }
    w.endObject();
    auto relationship = [&](QLatin1StringView name, QLatin1StringView type, const QStringList& ids) {
        w.key(name);
        w.beginObject();
        w.key("data"_L1);
        w.beginArray();
        for (const QString& id : ids) {
            w.beginObject();
            w.key("type"_L1);
            w.value(type);
            w.key("id"_L1);
            w.value(id);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    };
    if (m_req.family == Family::Campaign || m_req.family == Family::Flow) {
        w.key("relationships"_L1);
        w.beginObject();
        if (m_req.family == Family::Campaign) {
            relationship("campaigns"_L1, "campaign"_L1, entityIds);
        } else {
            relationship("flows"_L1, "flow"_L1, entityIds);
            relationship("flow-messages"_L1, "flow-message"_L1, messageIds);
        }
        w.endObject();
    }
    w.endObject();
    w.key("links"_L1);
    w.beginObject();
    w.key("self"_L1);
    w.value(m_ctx.link(selfPath));
    w.key("next"_L1);
    if (to < total)
        w.value(m_ctx.link(selfPath) + u"?page_cursor="_s + encodeCursor(to, typeName));
    else
        w.null();
    w.key("prev"_L1);
    if (from > 0)
        w.value(m_ctx.link(selfPath) + u"?page_cursor="_s
            + encodeCursor(std::max<qsizetype>(0, from - m_ctx.options->reportPageSize), typeName));
    else
        w.null();
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace

Outcome handleReport(const RequestContext& ctx, ReportType type)
{
    ReportRequest req;
    if (const auto error = parseRequest(ctx, type, &req))
        return Outcome::fail(*error);
    ReportBuilder builder(ctx, req);
    return Outcome::ok(builder.run());
}

} // namespace kx::demoimpl
