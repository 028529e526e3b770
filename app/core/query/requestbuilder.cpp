// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbuilder.h"

#include <algorithm>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

QTimeZone queryZone(const MetricQuery& query)
{
    const QTimeZone zone(query.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

qint64 addYears(qint64 utcMs, int years, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).addYears(years).toMSecsSinceEpoch();
}

QString datetimeBound(FilterOp op, const QString& lexeme)
{
    return printFilter(FilterExpr::condition(op, u"datetime"_s, FilterValue::dateTime(lexeme)));
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

struct Pinned
{
    int index;
    QString text;
};

/// Rebuilds `filter[]`: unpinned strings keep their order and pinned ones go back to the index
/// they were imported from (inserting in ascending index order restores the original array).
QStringList assemble(QStringList unpinned, QList<Pinned> pinned)
{
    std::stable_sort(pinned.begin(), pinned.end(), [](const Pinned& a, const Pinned& b) { return a.index < b.index; });
    for (const Pinned& p : std::as_const(pinned))
        unpinned.insert(std::clamp<qsizetype>(p.index, 0, unpinned.size()), p.text);
    return unpinned;
}

QJsonObject aggregateBody(const MetricQuery& query, const QStringList& filters)
{
    QJsonObject attributes;
    attributes.insert("metric_id"_L1, query.metricId);
    QJsonArray measurements;
    for (Measurement m : query.measurements)
        measurements.append(measurementName(m));
    attributes.insert("measurements"_L1, measurements);
    attributes.insert("filter"_L1, toArray(filters));
    attributes.insert("interval"_L1, intervalName(query.interval));
    attributes.insert("timezone"_L1, query.timezone);
    if (!query.by.isEmpty())
        attributes.insert("by"_L1, toArray(query.by));
    if (query.pageSize)
        attributes.insert("page_size"_L1, *query.pageSize);
    if (!query.sort.isEmpty())
        attributes.insert("sort"_L1, query.sort);
    if (!query.returnFields.isEmpty())
        attributes.insert("return_fields"_L1, toArray(query.returnFields));
    return QJsonObject { { "data"_L1,
        QJsonObject { { "type"_L1, u"metric-aggregate"_s }, { "attributes"_L1, attributes } } } };
}

} // namespace

namespace {

/// @p lexeme with the offset of @p zone appended when it has none; unchanged when it has one or
/// does not parse.
QString withExplicitOffset(const QString& lexeme, const QTimeZone& zone)
{
    qint64 ms = 0;
    if (calendar::isoHasOffset(lexeme) || !calendar::parseIsoInstant(lexeme, &ms, zone))
        return lexeme;
    return calendar::formatLocalIso(ms, zone);
}

} // namespace

QList<ResolvedRange> splitAggregateRange(const ResolvedRange& range, Interval interval, const QTimeZone& zone)
{
    QList<ResolvedRange> out;
    if (range.endUtcMs <= range.startUtcMs)
        return out;
    qint64 start = range.startUtcMs;
    for (;;) {
        const qint64 limit = addYears(start, kMaxAggregateRangeYears, zone);
        if (range.endUtcMs <= limit) {
            out.append({ start, range.endUtcMs });
            break;
        }
        qint64 boundary = calendar::floorToBucket(limit, interval, zone);
        // Buckets are at most a month long, so the floor of "start + 1 year" lies after start;
        // the guard only keeps a pathological zone from stalling the loop.
        if (boundary <= start)
            boundary = limit;
        out.append({ start, boundary });
        start = boundary;
    }
    return out;
}

QStringList metricAggregateFilters(const MetricQuery& query, const ResolvedRange& range, bool first, bool last)
{
    const QTimeZone zone = queryZone(query);
    const bool absolute = query.range.kind == DateRange::Kind::Absolute;
    const QString startLexeme =
        absolute && first ? query.range.startText : calendar::formatLocalIso(range.startUtcMs, zone);
    const FilterOp startOp = absolute && first ? query.range.startOp : FilterOp::GreaterOrEqual;
    const QString endLexeme = absolute && last ? query.range.endText : calendar::formatLocalIso(range.endUtcMs, zone);
    const FilterOp endOp = absolute && last ? query.range.endOp : FilterOp::LessThan;

    QStringList dimensions;
    for (const FilterExpr& f : query.filters)
        dimensions << printFilter(f);

    QList<Pinned> pinned;
    const int startIndex = std::max(0, query.datetimeFilterIndex);
    if (query.datetimeBoundsCombined) {
        const FilterExpr both =
            FilterExpr::conjunction({ FilterExpr::condition(startOp, u"datetime"_s, FilterValue::dateTime(startLexeme)),
                                        FilterExpr::condition(endOp, u"datetime"_s, FilterValue::dateTime(endLexeme)) },
                true);
        pinned.append({ startIndex, printFilter(both) });
    } else {
        const int endIndex = query.datetimeEndFilterIndex >= 0 && query.datetimeEndFilterIndex != startIndex
            ? query.datetimeEndFilterIndex
            : startIndex + 1;
        pinned.append({ startIndex, datetimeBound(startOp, startLexeme) });
        pinned.append({ endIndex, datetimeBound(endOp, endLexeme) });
    }
    for (const VerbatimFilter& v : query.verbatimFilters)
        pinned.append({ v.index, v.text });
    return assemble(dimensions, pinned);
}

QList<AggregateChunk> metricAggregateChunks(const MetricQuery& query, qint64 nowUtcMs)
{
    QList<AggregateChunk> out;
    const QTimeZone zone = queryZone(query);
    const auto range = tryResolveRange(query.range, zone, nowUtcMs);
    if (!range)
        return out;
    const QList<ResolvedRange> pieces = splitAggregateRange(*range, query.interval, zone);
    // A single request keeps the user's lexemes verbatim. A split run writes the outer bounds with
    // an explicit offset (the inner ones always have one): how Klaviyo reads an offset-less bound is not documented [INF], and a chunk
    // that is exactly one year long must be one year under any reading.
    MetricQuery sent = query;
    if (pieces.size() > 1 && query.range.kind == DateRange::Kind::Absolute) {
        sent.range.startText = withExplicitOffset(query.range.startText, zone);
        sent.range.endText = withExplicitOffset(query.range.endText, zone);
    }
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringList filters = metricAggregateFilters(sent, pieces.at(i), i == 0, i == pieces.size() - 1);
        out.append({ pieces.at(i), aggregateBody(query, filters) });
    }
    return out;
}

QJsonObject metricAggregateBody(const MetricQuery& query, qint64 nowUtcMs)
{
    // An absolute range is written from its lexemes, so even a range that does not resolve (or is
    // reversed) exports exactly as it was imported.
    const ResolvedRange range = query.range.kind == DateRange::Kind::Absolute
        ? ResolvedRange {}
        : resolveRange(query.range, queryZone(query), nowUtcMs);
    return aggregateBody(query, metricAggregateFilters(query, range, true, true));
}

QJsonObject reportBody(const ReportQuery& query)
{
    QJsonObject attributes;
    attributes.insert("statistics"_L1, toArray(query.statistics));
    QJsonObject timeframe;
    if (!query.timeframe.key.isEmpty()) {
        timeframe.insert("key"_L1, query.timeframe.key);
    } else {
        timeframe.insert("start"_L1, query.timeframe.start);
        timeframe.insert("end"_L1, query.timeframe.end);
    }
    attributes.insert("timeframe"_L1, timeframe);
    if (!query.interval.isEmpty())
        attributes.insert("interval"_L1, query.interval);
    if (!query.conversionMetricId.isEmpty())
        attributes.insert("conversion_metric_id"_L1, query.conversionMetricId);
    if (!query.groupBy.isEmpty())
        attributes.insert("group_by"_L1, toArray(query.groupBy));
    if (query.filter)
        attributes.insert("filter"_L1, printFilter(*query.filter));
    return QJsonObject { { "data"_L1,
        QJsonObject { { "type"_L1, reportTypeName(query.type) }, { "attributes"_L1, attributes } } } };
}

} // namespace kx
