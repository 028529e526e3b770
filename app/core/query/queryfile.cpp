// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryfile.h"

#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "requestbuilder.h"

using namespace Qt::StringLiterals;

namespace kx::queryfile {

namespace {

// A saved query with a large results snapshot stays far below this; anything bigger is not ours.
constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::QueryFile)
};

QString dataKindName(QueryDocument::Kind kind)
{
    return kind == QueryDocument::Kind::Report ? u"report"_s : u"metric-aggregate"_s;
}

/**
 * Typed access to a JSON object that remembers the first problem, so every reader below can
 * run straight through and the caller reports one precise sentence.
 */
class Reader
{
public:
    bool failed() const
    {
        return !m_error.isEmpty();
    }
    QString error() const
    {
        return m_error;
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    void wrongType(const QString& key, const QString& expected)
    {
        fail(Text::tr("“%1” has the wrong type: it must be %2. Fix the file or save the query again.")
                 .arg(key, expected));
    }

    std::optional<QJsonObject> object(const QJsonObject& from, QLatin1StringView key, bool required)
    {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isObject()) {
            wrongType(QString(key), Text::tr("an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    QString string(const QJsonObject& from, QLatin1StringView key, bool required, const QString& fallback = {})
    {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                missing(key);
            return fallback;
        }
        if (!v.isString()) {
            wrongType(QString(key), Text::tr("text"));
            return fallback;
        }
        return v.toString();
    }

    QStringList strings(const QJsonObject& from, QLatin1StringView key, bool required)
    {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                missing(key);
            return {};
        }
        if (!v.isArray()) {
            wrongType(QString(key), Text::tr("a list of texts"));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString()) {
                wrongType(QString(key), Text::tr("a list of texts"));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    std::optional<int> integer(const QJsonObject& from, QLatin1StringView key)
    {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(qQNaN());
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 2147483647.0) {
            wrongType(QString(key), Text::tr("a whole number"));
            return std::nullopt;
        }
        return int(d);
    }

    bool boolean(const QJsonObject& from, QLatin1StringView key, bool fallback)
    {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            wrongType(QString(key), Text::tr("true or false"));
            return fallback;
        }
        return v.toBool();
    }

    void missing(QLatin1StringView key)
    {
        fail(Text::tr("“%1” is missing. Add it or save the query again from the application.").arg(QString(key)));
    }

private:
    QString m_error;
};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// ---------------------------------------------------------------------------------------------
// .kmq query objects

QJsonObject metricToJson(const MetricQuery& q)
{
    QJsonObject out;
    out.insert("metric"_L1,
        QJsonObject { { "id"_L1, q.metricId }, { "name"_L1, q.metricName }, { "integration"_L1, q.integrationName } });
    QJsonArray measurements;
    for (Measurement m : q.measurements)
        measurements.append(measurementName(m));
    out.insert("measurements"_L1, measurements);
    out.insert("by"_L1, toArray(q.by));
    QJsonArray filters;
    for (const FilterExpr& f : q.filters)
        filters.append(printFilter(f));
    out.insert("filters"_L1, filters);
    QJsonObject range;
    if (q.range.kind == DateRange::Kind::Preset) {
        range.insert("preset"_L1, rangePresetKey(q.range.preset));
    } else {
        range.insert("start"_L1, q.range.startText);
        range.insert("end"_L1, q.range.endText);
        range.insert("startOp"_L1, filterOpName(q.range.startOp));
        range.insert("endOp"_L1, filterOpName(q.range.endOp));
    }
    out.insert("range"_L1, range);
    out.insert("interval"_L1, intervalName(q.interval));
    out.insert("timezone"_L1, q.timezone);
    if (q.pageSize)
        out.insert("pageSize"_L1, *q.pageSize);
    if (!q.sort.isEmpty())
        out.insert("sort"_L1, q.sort);
    if (!q.returnFields.isEmpty())
        out.insert("returnFields"_L1, toArray(q.returnFields));
    // The layout of an imported request's filter list; written only when it differs from what a
    // query built in the editor produces.
    const MetricQuery defaults;
    if (q.datetimeFilterIndex != defaults.datetimeFilterIndex
        || q.datetimeEndFilterIndex != defaults.datetimeEndFilterIndex
        || q.datetimeBoundsCombined != defaults.datetimeBoundsCombined || !q.verbatimFilters.isEmpty()) {
        QJsonObject layout;
        layout.insert("datetimeFilterIndex"_L1, q.datetimeFilterIndex);
        layout.insert("datetimeEndFilterIndex"_L1, q.datetimeEndFilterIndex);
        layout.insert("datetimeBoundsCombined"_L1, q.datetimeBoundsCombined);
        QJsonArray verbatim;
        for (const VerbatimFilter& v : q.verbatimFilters)
            verbatim.append(QJsonObject { { "index"_L1, v.index }, { "text"_L1, v.text } });
        layout.insert("verbatimFilters"_L1, verbatim);
        out.insert("requestLayout"_L1, layout);
    }
    return out;
}

std::optional<FilterOp> boundOp(Reader& r, const QString& name, bool start)
{
    const auto op = filterOpFromName(name);
    const bool ok = op
        && (start ? (*op == FilterOp::GreaterOrEqual || *op == FilterOp::GreaterThan)
                  : (*op == FilterOp::LessThan || *op == FilterOp::LessOrEqual));
    if (!ok) {
        r.fail(start ? Text::tr("The range start operator “%1” is not valid; use greater-or-equal or greater-than.")
                           .arg(name)
                     : Text::tr("The range end operator “%1” is not valid; use less-than or less-or-equal.").arg(name));
        return std::nullopt;
    }
    return op;
}

std::optional<MetricQuery> metricFromJson(Reader& r, const QJsonObject& o, MetricChoice choice)
{
    MetricQuery q;
    const auto metric = r.object(o, "metric"_L1, false);
    if (metric) {
        q.metricId = r.string(*metric, "id"_L1, false);
        q.metricName = r.string(*metric, "name"_L1, false);
        q.integrationName = r.string(*metric, "integration"_L1, false);
    }
    if (r.failed())
        return std::nullopt;
    if (q.metricId.isEmpty() && q.metricName.isEmpty() && choice == MetricChoice::Required) {
        r.fail(Text::tr("The query names no metric. Open the query editor, choose a metric and save again."));
        return std::nullopt;
    }
    for (const QString& name : r.strings(o, "measurements"_L1, false)) {
        const auto m = measurementFromName(name);
        if (!m) {
            r.fail(Text::tr("The measurement “%1” is unknown; use count, sum_value or unique.").arg(name));
            return std::nullopt;
        }
        q.measurements << *m;
    }
    q.by = r.strings(o, "by"_L1, false);
    const QStringList filters = r.strings(o, "filters"_L1, false);
    for (qsizetype i = 0; i < filters.size(); ++i) {
        FilterParseError error;
        const auto expr = parseFilter(filters.at(i), &error);
        if (!expr) {
            r.fail(Text::tr("Filter %1 (“%2”) cannot be read: %3").arg(i + 1).arg(filters.at(i), error.message));
            return std::nullopt;
        }
        q.filters << *expr;
    }
    if (const auto range = r.object(o, "range"_L1, false)) {
        if (range->contains("preset"_L1)) {
            const QString key = r.string(*range, "preset"_L1, true);
            const auto preset = rangePresetFromKey(key);
            if (!r.failed() && !preset) {
                r.fail(Text::tr("The date range “%1” is unknown. Choose a range in the query editor and save again.")
                           .arg(key));
                return std::nullopt;
            }
            q.range.kind = DateRange::Kind::Preset;
            q.range.preset = preset.value_or(RangePreset::Last30Days);
        } else {
            q.range.kind = DateRange::Kind::Absolute;
            q.range.startText = r.string(*range, "start"_L1, true);
            q.range.endText = r.string(*range, "end"_L1, true);
            const auto startOp = boundOp(r, r.string(*range, "startOp"_L1, false, u"greater-or-equal"_s), true);
            const auto endOp = boundOp(r, r.string(*range, "endOp"_L1, false, u"less-than"_s), false);
            if (startOp && endOp) {
                q.range.startOp = *startOp;
                q.range.endOp = *endOp;
            }
        }
    }
    const QString interval = r.string(o, "interval"_L1, false, u"day"_s);
    if (!r.failed() && !parseInterval(interval, &q.interval)) {
        r.fail(Text::tr("The interval “%1” is unknown; use hour, day, week or month.").arg(interval));
        return std::nullopt;
    }
    q.timezone = r.string(o, "timezone"_L1, false, u"UTC"_s);
    q.pageSize = r.integer(o, "pageSize"_L1);
    q.sort = r.string(o, "sort"_L1, false);
    q.returnFields = r.strings(o, "returnFields"_L1, false);
    if (const auto layout = r.object(o, "requestLayout"_L1, false)) {
        q.datetimeFilterIndex = r.integer(*layout, "datetimeFilterIndex"_L1).value_or(0);
        q.datetimeEndFilterIndex = r.integer(*layout, "datetimeEndFilterIndex"_L1).value_or(-1);
        q.datetimeBoundsCombined = r.boolean(*layout, "datetimeBoundsCombined"_L1, false);
        const QJsonValue verbatim = layout->value("verbatimFilters"_L1);
        if (!verbatim.isUndefined() && !verbatim.isArray()) {
            r.wrongType(u"verbatimFilters"_s, Text::tr("a list of objects"));
        } else {
            const QJsonArray items = verbatim.toArray();
            for (const QJsonValue& item : items) {
                if (!item.isObject()) {
                    r.wrongType(u"verbatimFilters"_s, Text::tr("a list of objects"));
                    break;
                }
                VerbatimFilter v;
                v.index = r.integer(item.toObject(), "index"_L1).value_or(0);
                v.text = r.string(item.toObject(), "text"_L1, true);
                q.verbatimFilters << v;
            }
        }
    }
    if (r.failed())
        return std::nullopt;
    return q;
}

QJsonObject timeframeToJson(const Timeframe& t)
{
    if (!t.key.isEmpty())
        return QJsonObject { { "key"_L1, t.key } };
    return QJsonObject { { "start"_L1, t.start }, { "end"_L1, t.end } };
}

std::optional<Timeframe> timeframeFromJson(Reader& r, const QJsonObject& o)
{
    Timeframe t;
    const bool hasKey = o.contains("key"_L1);
    const bool hasCustom = o.contains("start"_L1) || o.contains("end"_L1);
    if (hasKey == hasCustom) {
        r.fail(
            Text::tr("The timeframe must have either a key (such as last_30_days) or a start and an end, not both."));
        return std::nullopt;
    }
    if (hasKey) {
        t.key = r.string(o, "key"_L1, true);
        if (!r.failed() && t.key.isEmpty())
            r.fail(Text::tr("The timeframe key is empty. Use a key such as last_30_days."));
    } else {
        t.start = r.string(o, "start"_L1, true);
        t.end = r.string(o, "end"_L1, true);
    }
    if (r.failed())
        return std::nullopt;
    return t;
}

std::optional<FilterExpr> reportFilterFromText(Reader& r, const QString& text)
{
    FilterParseError error;
    const auto expr = parseFilter(text, &error);
    if (!expr) {
        r.fail(Text::tr("The report filter “%1” cannot be read: %2").arg(text, error.message));
        return std::nullopt;
    }
    return expr;
}

QJsonObject reportToJson(const ReportQuery& q)
{
    QJsonObject out;
    out.insert("type"_L1, reportTypeName(q.type));
    out.insert("statistics"_L1, toArray(q.statistics));
    out.insert("timeframe"_L1, timeframeToJson(q.timeframe));
    if (!q.interval.isEmpty())
        out.insert("interval"_L1, q.interval);
    if (!q.conversionMetricId.isEmpty())
        out.insert("conversionMetricId"_L1, q.conversionMetricId);
    if (!q.groupBy.isEmpty())
        out.insert("groupBy"_L1, toArray(q.groupBy));
    if (q.filter)
        out.insert("filter"_L1, printFilter(*q.filter));
    return out;
}

std::optional<ReportType> reportType(Reader& r, const QString& name)
{
    const auto type = reportTypeFromName(name);
    if (!type && !r.failed()) {
        r.fail(Text::tr("The report type “%1” is unknown. Use one of campaign-values-report, flow-values-report, "
                        "flow-series-report, form-values-report, form-series-report, segment-values-report or "
                        "segment-series-report.")
                   .arg(name));
    }
    return type;
}

std::optional<ReportQuery> reportFromJson(Reader& r, const QJsonObject& o)
{
    ReportQuery q;
    const auto type = reportType(r, r.string(o, "type"_L1, true));
    if (!type)
        return std::nullopt;
    q.type = *type;
    q.statistics = r.strings(o, "statistics"_L1, false);
    if (const auto timeframe = r.object(o, "timeframe"_L1, false)) {
        const auto t = timeframeFromJson(r, *timeframe);
        if (!t)
            return std::nullopt;
        q.timeframe = *t;
    }
    q.interval = r.string(o, "interval"_L1, false);
    q.conversionMetricId = r.string(o, "conversionMetricId"_L1, false);
    q.groupBy = r.strings(o, "groupBy"_L1, false);
    const QString filter = r.string(o, "filter"_L1, false);
    if (r.failed())
        return std::nullopt;
    if (!filter.isEmpty()) {
        q.filter = reportFilterFromText(r, filter);
        if (!q.filter)
            return std::nullopt;
    }
    return q;
}

// ---------------------------------------------------------------------------------------------
// raw API request bodies

bool refuseUnknownAttributes(
    Reader& r, const QJsonObject& attributes, std::initializer_list<QLatin1StringView> known, const QString& what)
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        bool found = false;
        for (QLatin1StringView k : known)
            found = found || it.key() == k;
        if (!found) {
            r.fail(Text::tr(
                "The request has an attribute “%1” that %2 does not accept. Remove it and open the file again.")
                       .arg(it.key(), what));
            return false;
        }
    }
    return true;
}

struct Bound
{
    int index = -1;
    FilterOp op = FilterOp::GreaterOrEqual;
    QString lexeme;
};

/// A datetime condition of an imported filter list: checks it is a usable bound.
bool readBound(Reader& r, const FilterExpr& c, qsizetype filterIndex, Bound* start, Bound* end)
{
    const bool isStart = c.op == FilterOp::GreaterOrEqual || c.op == FilterOp::GreaterThan;
    const bool isEnd = c.op == FilterOp::LessThan || c.op == FilterOp::LessOrEqual;
    const int shown = int(filterIndex) + 1;
    if (!isStart && !isEnd) {
        r.fail(
            Text::tr("Filter %1 compares datetime with %2. Set the range with greater-or-equal and less-than instead.")
                .arg(shown)
                .arg(filterOpName(c.op)));
        return false;
    }
    if (!c.value || c.value->type != FilterValue::Type::DateTime) {
        if (c.value && c.value->type == FilterValue::Type::String)
            r.fail(Text::tr(
                "Filter %1 puts its datetime in quotes, which Klaviyo rejects. Remove the quotes around the date.")
                       .arg(shown));
        else
            r.fail(Text::tr("Filter %1 must compare datetime with a date such as 2024-01-01T00:00:00.").arg(shown));
        return false;
    }
    Bound* slot = isStart ? start : end;
    if (slot->index >= 0) {
        r.fail(isStart
                ? Text::tr("The request sets the start of its range twice (filters %1 and %2). Keep one of them.")
                      .arg(slot->index + 1)
                      .arg(shown)
                : Text::tr("The request sets the end of its range twice (filters %1 and %2). Keep one of them.")
                      .arg(slot->index + 1)
                      .arg(shown));
        return false;
    }
    slot->index = int(filterIndex);
    slot->op = c.op;
    slot->lexeme = c.value->text;
    return true;
}

std::optional<MetricQuery> metricFromRaw(Reader& r, const QJsonObject& a)
{
    if (!refuseUnknownAttributes(r, a,
            { "metric_id"_L1, "measurements"_L1, "filter"_L1, "interval"_L1, "page_size"_L1, "page_cursor"_L1, "by"_L1,
                "return_fields"_L1, "timezone"_L1, "sort"_L1 },
            Text::tr("Query Metric Aggregates")))
        return std::nullopt;
    MetricQuery q;
    q.metricId = r.string(a, "metric_id"_L1, false);
    if (!r.failed() && q.metricId.isEmpty()) {
        r.fail(Text::tr("The request has no metric_id. Add the id of the metric to query and open the file again."));
        return std::nullopt;
    }
    const QJsonValue measurementsValue = a.value("measurements"_L1);
    if (measurementsValue.isUndefined()) {
        r.missing("measurements"_L1);
        return std::nullopt;
    }
    for (const QString& name : r.strings(a, "measurements"_L1, true)) {
        const auto m = measurementFromName(name);
        if (!m) {
            r.fail(Text::tr("The measurement “%1” is unknown; use count, sum_value or unique.").arg(name));
            return std::nullopt;
        }
        q.measurements << *m;
    }
    const QString interval = r.string(a, "interval"_L1, false, u"day"_s);
    if (!r.failed() && !parseInterval(interval, &q.interval)) {
        r.fail(Text::tr("The interval “%1” is unknown; use hour, day, week or month.").arg(interval));
        return std::nullopt;
    }
    q.timezone = r.string(a, "timezone"_L1, false, u"UTC"_s);
    q.by = r.strings(a, "by"_L1, false);
    q.pageSize = r.integer(a, "page_size"_L1);
    q.sort = r.string(a, "sort"_L1, false);
    q.returnFields = r.strings(a, "return_fields"_L1, false);
    // page_cursor belongs to one run of the query, not to the query itself; it is not kept.
    r.string(a, "page_cursor"_L1, false);
    const QStringList filters = r.strings(a, "filter"_L1, true);
    if (r.failed())
        return std::nullopt;

    Bound start;
    Bound end;
    int combinedIndex = -1;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString& text = filters.at(i);
        FilterParseError error;
        const auto expr = parseFilter(text, &error);
        if (!expr) {
            if (error.unsupportedCombinator) {
                q.verbatimFilters << VerbatimFilter { int(i), text };
                continue;
            }
            r.fail(Text::tr("Filter %1 (“%2”) cannot be read: %3").arg(i + 1).arg(text, error.message));
            return std::nullopt;
        }
        const QList<FilterExpr> conditions = flattenConditions(*expr);
        const auto datetimeCount = std::count_if(
            conditions.cbegin(), conditions.cend(), [](const FilterExpr& c) { return c.field == u"datetime"; });
        if (datetimeCount == 0) {
            q.filters << *expr;
            continue;
        }
        if (expr->kind == FilterExpr::Kind::Condition) {
            if (!readBound(r, *expr, i, &start, &end))
                return std::nullopt;
            continue;
        }
        // "greater-or-equal(datetime,…),less-than(datetime,…)" in one string (seed 001).
        const bool combined = expr->implicitAnd && expr->children.size() == 2 && datetimeCount == 2
            && expr->children.at(0).kind == FilterExpr::Kind::Condition
            && expr->children.at(1).kind == FilterExpr::Kind::Condition;
        if (!combined) {
            r.fail(Text::tr("Filter %1 mixes the datetime range with other conditions. Put the range bounds in filter "
                            "strings of their own.")
                       .arg(i + 1));
            return std::nullopt;
        }
        if (!readBound(r, expr->children.at(0), i, &start, &end)
            || !readBound(r, expr->children.at(1), i, &start, &end))
            return std::nullopt;
        if (start.index != int(i) || end.index != int(i) || combinedIndex >= 0
            || !(expr->children.at(0).op == FilterOp::GreaterOrEqual
                || expr->children.at(0).op == FilterOp::GreaterThan)) {
            r.fail(Text::tr("Filter %1 must give the start of the range before its end. Swap the two conditions.")
                       .arg(i + 1));
            return std::nullopt;
        }
        combinedIndex = int(i);
    }
    if (start.index < 0 || end.index < 0) {
        r.fail(Text::tr("The request has no complete datetime range. Add greater-or-equal(datetime,…) and "
                        "less-than(datetime,…) to its filter list."));
        return std::nullopt;
    }
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = start.lexeme;
    q.range.endText = end.lexeme;
    q.range.startOp = start.op;
    q.range.endOp = end.op;
    q.datetimeBoundsCombined = combinedIndex >= 0;
    q.datetimeFilterIndex = start.index;
    q.datetimeEndFilterIndex = combinedIndex >= 0 || end.index == start.index + 1 ? -1 : end.index;
    return q;
}

std::optional<ReportQuery> reportFromRaw(Reader& r, ReportType type, const QJsonObject& a)
{
    if (!refuseUnknownAttributes(r, a,
            { "statistics"_L1, "timeframe"_L1, "interval"_L1, "conversion_metric_id"_L1, "group_by"_L1, "filter"_L1 },
            reportTypeName(type)))
        return std::nullopt;
    ReportQuery q;
    q.type = type;
    q.statistics = r.strings(a, "statistics"_L1, true);
    const auto timeframe = r.object(a, "timeframe"_L1, true);
    if (!timeframe)
        return std::nullopt;
    const auto t = timeframeFromJson(r, *timeframe);
    if (!t)
        return std::nullopt;
    q.timeframe = *t;
    q.interval = r.string(a, "interval"_L1, false);
    q.conversionMetricId = r.string(a, "conversion_metric_id"_L1, false);
    q.groupBy = r.strings(a, "group_by"_L1, false);
    const QString filter = r.string(a, "filter"_L1, false);
    if (r.failed())
        return std::nullopt;
    if (!filter.isEmpty()) {
        q.filter = reportFilterFromText(r, filter);
        if (!q.filter)
            return std::nullopt;
    }
    return q;
}

std::optional<QueryDocument> documentFromRaw(Reader& r, const QJsonObject& root)
{
    const auto data = r.object(root, "data"_L1, true);
    if (!data)
        return std::nullopt;
    const QString type = r.string(*data, "type"_L1, true);
    const auto attributes = r.object(*data, "attributes"_L1, true);
    if (r.failed() || !attributes)
        return std::nullopt;
    QueryDocument doc;
    if (type == u"metric-aggregate") {
        doc.kind = QueryDocument::Kind::MetricAggregate;
        const auto q = metricFromRaw(r, *attributes);
        if (!q)
            return std::nullopt;
        doc.metric = *q;
        return doc;
    }
    const auto reportKind = reportType(r, type);
    if (!reportKind)
        return std::nullopt;
    doc.kind = QueryDocument::Kind::Report;
    const auto q = reportFromRaw(r, *reportKind, *attributes);
    if (!q)
        return std::nullopt;
    doc.report = *q;
    return doc;
}

std::optional<QueryDocument> documentFromKmq(Reader& r, const QJsonObject& root, MetricChoice choice)
{
    const QString format = r.string(root, "format"_L1, true);
    if (r.failed())
        return std::nullopt;
    if (format != formatName()) {
        r.fail(Text::tr("The file has the format “%1”, not a Klaviyo Metrics Explorer query. Open a .kmq file or a "
                        "request body.")
                   .arg(format));
        return std::nullopt;
    }
    const QJsonValue versionValue = root.value("version"_L1);
    const auto version = r.integer(root, "version"_L1);
    if (r.failed() || !version || *version < 1) {
        if (!r.failed())
            r.fail(versionValue.isUndefined()
                    ? Text::tr("The file has no format version. It may be damaged; save the query again.")
                    : Text::tr("The file's format version is not valid. It may be damaged; save the query again."));
        return std::nullopt;
    }
    if (*version > kFormatVersion) {
        r.fail(Text::tr("The file was written by a newer version of Klaviyo Metrics Explorer (format %1; this version "
                        "reads format %2). Update the application to open it.")
                   .arg(*version)
                   .arg(kFormatVersion));
        return std::nullopt;
    }
    QueryDocument doc;
    const QString kind = r.string(root, "kind"_L1, true);
    if (r.failed())
        return std::nullopt;
    if (kind == dataKindName(QueryDocument::Kind::MetricAggregate)) {
        doc.kind = QueryDocument::Kind::MetricAggregate;
    } else if (kind == dataKindName(QueryDocument::Kind::Report)) {
        doc.kind = QueryDocument::Kind::Report;
    } else {
        r.fail(
            Text::tr("The query kind “%1” is unknown; it must be metric-aggregate or report. The file may come from a "
                     "newer version.")
                .arg(kind));
        return std::nullopt;
    }
    const auto query = r.object(root, "query"_L1, true);
    if (!query)
        return std::nullopt;
    if (doc.kind == QueryDocument::Kind::MetricAggregate) {
        const auto q = metricFromJson(r, *query, choice);
        if (!q)
            return std::nullopt;
        doc.metric = *q;
    } else {
        const auto q = reportFromJson(r, *query);
        if (!q)
            return std::nullopt;
        doc.report = *q;
    }
    doc.view = r.object(root, "view"_L1, false).value_or(QJsonObject {});
    doc.snapshot = r.object(root, "snapshot"_L1, false).value_or(QJsonObject {});
    if (r.failed())
        return std::nullopt;
    return doc;
}

} // namespace

QString formatName()
{
    return u"klaviyo-explorer-query"_s;
}

QString fileExtension()
{
    return u"kmq"_s;
}

QByteArray toJson(const QueryDocument& document)
{
    QJsonObject root;
    root.insert("format"_L1, formatName());
    root.insert("version"_L1, kFormatVersion);
    root.insert("kind"_L1, dataKindName(document.kind));
    root.insert("query"_L1,
        document.kind == QueryDocument::Kind::Report ? reportToJson(document.report) : metricToJson(document.metric));
    root.insert("view"_L1, document.view);
    root.insert("snapshot"_L1, document.snapshot);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QueryDocument> fromJson(const QByteArray& json, QString* error)
{
    return fromJson(json, MetricChoice::Required, error);
}

std::optional<QueryDocument> fromJson(const QByteArray& json, MetricChoice metric, QString* error)
{
    Reader r;
    std::optional<QueryDocument> doc;
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(
            Text::tr("The file is not valid JSON (%1 at byte %2). It may be damaged; open an intact copy or save the "
                     "query again.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    } else if (!parsed.isObject()) {
        r.fail(Text::tr(
            "The file does not contain a query: a JSON object was expected. Open a .kmq file or a request body."));
    } else {
        const QJsonObject root = parsed.object();
        if (root.contains("format"_L1))
            doc = documentFromKmq(r, root, metric);
        else if (root.contains("data"_L1))
            doc = documentFromRaw(r, root);
        else
            r.fail(
                Text::tr("The file is neither a Klaviyo Metrics Explorer query nor a Klaviyo request body. Open a .kmq "
                         "file or a body of the form {\"data\": {\"type\": …, \"attributes\": …}}."));
    }
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return doc;
}

bool save(const QueryDocument& document, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write “%1”: %2. Choose another folder or check its permissions.")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    // Qt 6.4 reports a short write (disk full, file size limit) only through the returned count,
    // without an error state, and commit() would then publish the truncated file. So check the
    // count and cancel: the temporary file is dropped and the previous file stays in place.
    const QByteArray bytes = toJson(document);
    QString reason;
    if (file.write(bytes) != bytes.size()) {
        reason = Text::tr("not all of it could be written, the disk may be full");
        file.cancelWriting();
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Saving “%1” failed (%2). The previous version of the file was kept; free some space or "
                              "choose another folder.")
                         .arg(QFileInfo(path).fileName(), reason.isEmpty() ? file.errorString() : reason);
        return false;
    }
    return true;
}

std::optional<QueryDocument> load(const QString& path, QString* error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot open “%1”: %2. Check that the file exists and that you may read it.")
                         .arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        if (error)
            *error = Text::tr("“%1” is too large to be a saved query. Choose a .kmq file.").arg(name);
        return std::nullopt;
    }
    QString why;
    auto doc = fromJson(file.readAll(), &why);
    if (!doc) {
        if (error)
            *error = Text::tr("“%1” cannot be opened. %2").arg(name, why);
        return std::nullopt;
    }
    return doc;
}

QByteArray toRawRequest(const QueryDocument& document, qint64 nowUtcMs)
{
    const QJsonObject body = document.kind == QueryDocument::Kind::Report
        ? reportBody(document.report)
        : metricAggregateBody(document.metric, nowUtcMs);
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

} // namespace kx::queryfile
