// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/metric-aggregates: validation (digest §4.1–4.3) and the aggregation over the
// store's sorted event arrays.
#include "demoengine_p.h"
#include "demofiltermatcher.h"
#include "demojsonwriter.h"
#include "query/metricquery.h"
#include "query/revision.h"
#include "util/calendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace kx::demoimpl {

namespace {

constexpr int kDefaultPageSize = 500;
constexpr int kMaxPageSize = 10'000; // [INF] the spec gives no maximum

struct AggregateRequest {
    int metric = -1;
    QList<Measurement> measurements;
    Interval interval = Interval::Day;
    int pageSize = kDefaultPageSize;
    QStringList by;
    QTimeZone zone = QTimeZone::utc();
    QString sort;
    qint64 offset = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; ///< exclusive
    QList<FilterExpr> dimensionFilters;
    QList<bool> negated; ///< per dimension filter: written as not(<condition>)
    QSet<QString> fields; ///< fields[metric-aggregate]; empty: all
};

const QString kAttr = u"/data/attributes/"_s;

std::optional<DemoError> parseRequest(const RequestContext& ctx, AggregateRequest* out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.http->body, &parseError);
    if (!doc.isObject())
        return invalidBody(u"The request body is not valid JSON: %1."_s.arg(parseError.errorString()), u"/data"_s);
    const QJsonValue dataValue = doc.object().value(u"data"_s);
    if (!dataValue.isObject())
        return invalidBody(u"'data' is a required field."_s, u"/data"_s);
    const QJsonObject data = dataValue.toObject();
    if (data.value(u"type"_s).toString() != u"metric-aggregate"_s)
        return invalidBody(u"'type' must be \"metric-aggregate\"."_s, u"/data/type"_s);
    if (!data.value(u"attributes"_s).isObject())
        return invalidBody(u"'attributes' is a required field."_s, u"/data/attributes"_s);
    const QJsonObject a = data.value(u"attributes"_s).toObject();
    static const QStringList known { u"metric_id"_s, u"measurements"_s, u"filter"_s, u"interval"_s, u"page_size"_s,
        u"page_cursor"_s, u"by"_s, u"return_fields"_s, u"timezone"_s, u"sort"_s };
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!known.contains(it.key()))
            return invalidBody(u"'%1' is not a valid field for the resource 'metric-aggregate'."_s.arg(it.key()), kAttr + it.key());
    }
    const bool nullable = ctx.since(20240215); // nullability arrived in 2024-02-15
    auto isAbsent = [&](const QString& key) {
        const QJsonValue v = a.value(key);
        return v.isUndefined() || (nullable && v.isNull());
    };

    // metric_id
    const QJsonValue metricId = a.value(u"metric_id"_s);
    if (!metricId.isString() || metricId.toString().isEmpty())
        return invalidBody(u"'metric_id' is a required field."_s, kAttr + u"metric_id"_s);
    out->metric = ctx.store->metricIndex(metricId.toString());
    if (out->metric < 0 || ctx.store->metrics[out->metric].hidden)
        return invalidBody(u"Metric %1 does not exist."_s.arg(metricId.toString()), kAttr + u"metric_id"_s);

    // measurements
    const QJsonValue measurements = a.value(u"measurements"_s);
    if (!measurements.isArray() || measurements.toArray().isEmpty())
        return invalidBody(u"'measurements' is a required field."_s, kAttr + u"measurements"_s);
    for (qsizetype i = 0; i < measurements.toArray().size(); ++i) {
        const QJsonValue m = measurements.toArray().at(i);
        const auto parsed = measurementFromName(m.toString());
        if (!m.isString() || !parsed)
            return invalidBody(u"\"%1\" is not a valid choice for 'measurements'; use count, sum_value or unique."_s.arg(
                                   m.toVariant().toString()),
                kAttr + u"measurements/"_s + QString::number(i));
        if (!out->measurements.contains(*parsed))
            out->measurements.append(*parsed);
    }

    // interval
    if (!isAbsent(u"interval"_s)) {
        const QJsonValue v = a.value(u"interval"_s);
        if (!v.isString() || !parseInterval(v.toString(), &out->interval))
            return invalidBody(u"\"%1\" is not a valid choice for 'interval'; use hour, day, week or month."_s.arg(
                                   v.toVariant().toString()),
                kAttr + u"interval"_s);
    }

    // page_size
    if (!isAbsent(u"page_size"_s)) {
        const QJsonValue v = a.value(u"page_size"_s);
        const double size = v.toDouble(-1);
        if (!v.isDouble() || size != std::floor(size) || size < 1 || size > kMaxPageSize)
            return invalidBody(u"'page_size' must be an integer between 1 and %1."_s.arg(kMaxPageSize), kAttr + u"page_size"_s);
        out->pageSize = int(size);
    }

    // by
    if (!isAbsent(u"by"_s)) {
        const QJsonValue v = a.value(u"by"_s);
        if (!v.isArray())
            return invalidBody(u"'by' must be a list of dimensions."_s, kAttr + u"by"_s);
        const QStringList allowed = revision::aggregateDimensions(ctx.revision);
        const QJsonArray by = v.toArray();
        for (qsizetype i = 0; i < by.size(); ++i) {
            const QString dim = by.at(i).toString();
            if (!by.at(i).isString() || !allowed.contains(dim))
                return invalidBody(u"\"%1\" is not a valid choice for 'by'."_s.arg(by.at(i).toVariant().toString()),
                    kAttr + u"by/"_s + QString::number(i));
            out->by.append(dim);
        }
    }

    // return_fields: accepted and ignored, as the API documents no effect for them [INF]
    if (!isAbsent(u"return_fields"_s) && !a.value(u"return_fields"_s).isArray())
        return invalidBody(u"'return_fields' must be a list of strings."_s, kAttr + u"return_fields"_s);

    // timezone
    if (!isAbsent(u"timezone"_s)) {
        const QJsonValue v = a.value(u"timezone"_s);
        const QString name = v.toString();
        const QTimeZone zone(name.toUtf8());
        if (!v.isString() || name.isEmpty() || !zone.isValid() || revision::unsupportedTimezones().contains(name))
            return invalidBody(u"\"%1\" is not a valid timezone."_s.arg(v.toVariant().toString()), kAttr + u"timezone"_s);
        out->zone = zone;
    }

    // sort
    if (!isAbsent(u"sort"_s)) {
        const QJsonValue v = a.value(u"sort"_s);
        if (!v.isString() || !revision::aggregateSortValues(ctx.revision).contains(v.toString()))
            return invalidBody(u"\"%1\" is not a valid choice for 'sort'."_s.arg(v.toVariant().toString()), kAttr + u"sort"_s);
        out->sort = v.toString();
    }

    // page_cursor (body or, when following links.next, the query)
    QString cursor = a.value(u"page_cursor"_s).toString();
    if (cursor.isEmpty())
        cursor = ctx.param(u"page_cursor");
    if (!cursor.isEmpty() && !decodeCursor(cursor, u"metric-aggregate", &out->offset))
        return invalidBody(u"Invalid cursor provided."_s, kAttr + u"page_cursor"_s);

    // fields[metric-aggregate]
    if (ctx.hasParam(u"fields[metric-aggregate]")) {
        for (const QString& f : ctx.param(u"fields[metric-aggregate]").split(u',', Qt::SkipEmptyParts)) {
            if (f != u"data"_s && f != u"dates"_s && f != u"id"_s)
                return invalidParameter(u"'%1' is not a valid field for the resource 'metric-aggregate'."_s.arg(f),
                    u"fields[metric-aggregate]"_s);
            out->fields.insert(f);
        }
    }

    // filter: the datetime bounds plus dimension conditions
    const QJsonValue filter = a.value(u"filter"_s);
    if (!filter.isArray() || filter.toArray().isEmpty())
        return invalidBody(u"'filter' is a required field and must include a datetime range."_s, kAttr + u"filter"_s);
    std::optional<qint64> start;
    std::optional<qint64> end;
    const QStringList dimensions = revision::aggregateDimensions(ctx.revision);
    const QTimeZone naiveZone = ctx.options->naiveDatetimeInRequestTimezone ? out->zone : QTimeZone::utc();
    const QJsonArray filters = filter.toArray();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString pointer = kAttr + u"filter/"_s + QString::number(i);
        if (!filters.at(i).isString())
            return invalidBody(u"Each filter must be a string."_s, pointer);
        if (ctx.options->acceptNegatedFilters) {
            if (const auto negated = parseNegatedCondition(filters.at(i).toString())) {
                if (!dimensions.contains(negated->field))
                    return invalidBody(
                        u"'%1' is not a valid filter field for metric aggregates."_s.arg(negated->field), pointer);
                if (const QString problem = demoFilterConditionProblem(*negated); !problem.isEmpty())
                    return invalidBody(problem, pointer);
                out->dimensionFilters.append(*negated);
                out->negated.append(true);
                continue;
            }
        }
        DemoError error;
        const auto conditions = parseConditions(filters.at(i).toString(), &error, {}, pointer);
        if (!conditions)
            return error;
        for (const FilterExpr& c : *conditions) {
            if (c.field == u"datetime"_s) {
                if (!c.value || (c.value->type != FilterValue::Type::DateTime && c.value->type != FilterValue::Type::String))
                    return invalidBody(u"The datetime filter needs an ISO 8601 date-time value."_s, pointer);
                qint64 ms = 0;
                if (!calendar::parseIsoInstant(c.value->text, &ms, naiveZone))
                    return invalidBody(u"\"%1\" is not a valid ISO 8601 date-time."_s.arg(c.value->text), pointer);
                switch (c.op) {
                case FilterOp::GreaterOrEqual:
                case FilterOp::GreaterThan:
                    if (start)
                        return invalidBody(u"The start of the time range is given twice."_s, pointer);
                    start = c.op == FilterOp::GreaterThan ? ms + 1 : ms;
                    break;
                case FilterOp::LessThan:
                case FilterOp::LessOrEqual:
                    if (end)
                        return invalidBody(u"The end of the time range is given twice."_s, pointer);
                    end = c.op == FilterOp::LessOrEqual ? ms + 1 : ms;
                    break;
                default:
                    return invalidBody(u"Operator '%1' is not supported for datetime; use greater-or-equal, greater-than, "
                                       "less-than or less-or-equal."_s.arg(filterOpName(c.op)),
                        pointer);
                }
                continue;
            }
            if (!dimensions.contains(c.field))
                return invalidBody(u"'%1' is not a valid filter field for metric aggregates."_s.arg(c.field), pointer);
            if (const QString problem = demoFilterConditionProblem(c); !problem.isEmpty())
                return invalidBody(problem, pointer);
            out->dimensionFilters.append(c);
            out->negated.append(false);
        }
    }
    if (!start || !end)
        return invalidBody(u"A time range is required: filter must include greater-or-equal(datetime,…) and "
                           "less-than(datetime,…)."_s,
            kAttr + u"filter"_s);
    if (ctx.options->singleDimensionFilter && out->dimensionFilters.size() > 1)
        return invalidBody(u"Only one filter besides the datetime range is supported."_s, kAttr + u"filter"_s);
    if (*end <= *start)
        return invalidBody(u"The end of the time range must be after its start."_s, kAttr + u"filter"_s);
    const QDateTime startDt = QDateTime::fromMSecsSinceEpoch(*start, QTimeZone::utc());
    if (*end > startDt.addYears(1).toMSecsSinceEpoch())
        return invalidBody(u"The time range may span a maximum of one year."_s, kAttr + u"filter"_s);
    if (*start < QDateTime::fromMSecsSinceEpoch(ctx.nowMs, QTimeZone::utc()).addYears(-5).toMSecsSinceEpoch())
        return invalidBody(u"Time range dates may be set to a maximum of 5 years prior to the current date."_s,
            kAttr + u"filter"_s);
    out->startMs = *start;
    out->endMs = *end;
    return std::nullopt;
}

struct Group {
    std::vector<qint32> values; ///< value id per `by` item, -1 when the event lacks it
    qint64 events = 0;
};

} // namespace

Outcome handleMetricAggregates(const RequestContext& ctx)
{
    AggregateRequest req;
    if (const auto error = parseRequest(ctx, &req))
        return Outcome::fail(*error);
    const DemoStore& store = *ctx.store;

    // Buckets: local calendar boundaries in the request's timezone; the first may start before
    // the range (digest §4.4).
    std::vector<qint64> bounds;
    bounds.push_back(calendar::floorToBucket(req.startMs, req.interval, req.zone));
    // A year of hours is 8 784 buckets; the cap only guards against a calendar that fails to advance.
    constexpr size_t kMaxBuckets = 9000;
    while (bounds.back() < req.endMs && bounds.size() <= kMaxBuckets)
        bounds.push_back(calendar::addBuckets(bounds.front(), req.interval, int(bounds.size()), req.zone));
    if (bounds.back() < req.endMs || bounds.back() <= bounds.front())
        return Outcome::fail(invalidBody(u"The time range cannot be split into %1 buckets."_s.arg(intervalName(req.interval)),
            kAttr + u"interval"_s));
    const size_t bucketCount = bounds.size() - 1;

    // Which measurements to compute: the requested ones plus the sort key.
    bool needCount = req.measurements.contains(Measurement::Count);
    bool needSum = req.measurements.contains(Measurement::SumValue);
    bool needUnique = req.measurements.contains(Measurement::Unique);
    const QString sortKey = req.sort.startsWith(u'-') ? req.sort.mid(1) : req.sort;
    needCount |= sortKey == u"count"_s;
    needSum |= sortKey == u"sum_value"_s;
    needUnique |= sortKey == u"unique"_s;

    // Group of every tuple the metric uses (-1: filtered out).
    std::vector<int> byKeys;
    for (const QString& dim : std::as_const(req.by))
        byKeys.push_back(store.keyId(dim));
    struct Matcher {
        int keyId;
        DemoFilterMatcher matcher;
        bool negated;
    };
    std::vector<Matcher> matchers;
    for (qsizetype i = 0; i < req.dimensionFilters.size(); ++i) {
        const FilterExpr& f = req.dimensionFilters.at(i);
        matchers.push_back({ store.keyId(f.field), DemoFilterMatcher(f), req.negated.value(i) });
    }
    std::vector<int> tupleGroup(size_t(store.tupleCount()), -1);
    std::vector<Group> groups;
    QHash<QByteArray, int> groupIndex;
    for (const qint32 t : store.distinctTuples(req.metric)) {
        bool pass = true;
        for (const auto& [keyId, matcher, negated] : matchers) {
            const int valueId = store.tupleValue(t, keyId);
            if (matcher.matches(valueId < 0 ? nullptr : &store.value(valueId)) == negated) {
                pass = false;
                break;
            }
        }
        if (!pass)
            continue;
        std::vector<qint32> values;
        values.reserve(byKeys.size());
        for (const int k : byKeys)
            values.push_back(store.tupleValue(t, k));
        // Missing and empty-string values are the same group: both print as "".
        for (qint32& v : values) {
            if (v >= 0 && store.value(v).text.isEmpty())
                v = -1;
        }
        const QByteArray key(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(qint32)));
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(key, int(groups.size()));
            groups.push_back({ std::move(values), 0 });
        }
        tupleGroup[size_t(t)] = *it;
    }

    const size_t groupCount = groups.size();
    std::vector<double> counts(needCount ? groupCount * bucketCount : 0);
    std::vector<double> sums(needSum ? groupCount * bucketCount : 0);
    std::vector<double> uniques(needUnique ? groupCount * bucketCount : 0);
    std::vector<quint64> bucketProfiles;
    auto flushUnique = [&](size_t bucket) {
        if (bucketProfiles.empty())
            return;
        std::sort(bucketProfiles.begin(), bucketProfiles.end());
        quint64 previous = ~quint64(0);
        for (const quint64 gp : bucketProfiles) {
            if (gp != previous)
                uniques[size_t(gp >> 32) * bucketCount + bucket] += 1;
            previous = gp;
        }
        bucketProfiles.clear();
    };

    const auto& events = store.events(req.metric);
    const auto byTime = [](const DemoStore::Event& e, qint64 t) { return e.timeMs < t; };
    auto it = std::lower_bound(events.begin(), events.end(), req.startMs, byTime);
    const auto last = std::lower_bound(it, events.end(), req.endMs, byTime);
    size_t bucket = 0;
    for (; it != last; ++it) {
        const DemoStore::Event& e = *it;
        while (e.timeMs >= bounds[bucket + 1]) {
            if (needUnique)
                flushUnique(bucket);
            ++bucket;
        }
        const int g = tupleGroup[size_t(e.tuple)];
        if (g < 0)
            continue;
        const size_t cell = size_t(g) * bucketCount + bucket;
        ++groups[size_t(g)].events;
        if (needCount)
            counts[cell] += 1;
        if (needSum)
            sums[cell] += e.value;
        if (needUnique)
            bucketProfiles.push_back((quint64(g) << 32) | quint32(e.profile));
    }
    if (needUnique)
        flushUnique(bucket);

    // Rows: groups with events (one row with empty dimensions when there is no `by`), ordered
    // by their dimension values [INF: Klaviyo's row order is undocumented], then by `sort`.
    std::vector<int> rows;
    for (size_t g = 0; g < groupCount; ++g) {
        if (groups[g].events > 0)
            rows.push_back(int(g));
    }
    if (req.by.isEmpty() && rows.empty()) {
        groups.push_back({ {}, 0 });
        rows.push_back(int(groups.size() - 1));
        counts.resize(groups.size() * bucketCount);
        sums.resize(needSum ? groups.size() * bucketCount : 0);
        uniques.resize(needUnique ? groups.size() * bucketCount : 0);
    }
    auto text = [&](int g, size_t dim) -> QString {
        const qint32 v = groups[size_t(g)].values[dim];
        return v < 0 ? QString() : store.value(v).text;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        for (size_t i = 0; i < byKeys.size(); ++i) {
            const int c = QString::compare(text(a, i), text(b, i));
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    if (!sortKey.isEmpty()) {
        const bool descending = req.sort.startsWith(u'-');
        const qsizetype dimIndex = req.by.indexOf(sortKey);
        const std::vector<double>* series = sortKey == u"count"_s ? &counts
            : sortKey == u"sum_value"_s                         ? &sums
            : sortKey == u"unique"_s                            ? &uniques
                                                                : nullptr;
        if (series) {
            std::vector<double> totals(groups.size(), 0.0);
            for (const int g : rows)
                totals[size_t(g)] = std::accumulate(series->begin() + qsizetype(size_t(g) * bucketCount),
                    series->begin() + qsizetype(size_t(g + 1) * bucketCount), 0.0);
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                return descending ? totals[size_t(a)] > totals[size_t(b)] : totals[size_t(a)] < totals[size_t(b)];
            });
        } else if (dimIndex >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                const int c = QString::compare(text(a, size_t(dimIndex)), text(b, size_t(dimIndex)));
                return descending ? c > 0 : c < 0;
            });
        }
    }

    // Page of rows.
    const qsizetype total = qsizetype(rows.size());
    const qsizetype from = std::min<qsizetype>(req.offset, total);
    const qsizetype to = std::min<qsizetype>(from + req.pageSize, total);

    const QString selfPath = u"/api/metric-aggregates"_s + (ctx.trailingSlash ? u"/"_s : QString());
    DemoJsonWriter w(qsizetype(64 + (to - from) * qsizetype(bucketCount) * 5 * req.measurements.size()
        + qsizetype(bucketCount) * 28));
    w.beginObject();
    w.key("data"_L1);
    w.beginObject();
    w.key("type"_L1);
    w.value("metric-aggregate"_L1);
    w.key("id"_L1);
    w.value(ephemeralNumericId(ctx.http->body + ctx.http->query));
    w.key("attributes"_L1);
    w.beginObject();
    const bool allFields = req.fields.isEmpty();
    if (allFields || req.fields.contains(u"dates"_s)) {
        w.key("dates"_L1);
        w.beginArray();
        for (size_t b = 0; b < bucketCount; ++b)
            w.value(calendar::formatUtcIso(bounds[b]));
        w.endArray();
    }
    if (allFields || req.fields.contains(u"data"_s)) {
        w.key("data"_L1);
        w.beginArray();
        for (qsizetype r = from; r < to; ++r) {
            const int g = rows[size_t(r)];
            w.beginObject();
            w.key("dimensions"_L1);
            w.beginArray();
            for (size_t i = 0; i < byKeys.size(); ++i)
                w.value(text(g, i));
            w.endArray();
            w.key("measurements"_L1);
            w.beginObject();
            for (const Measurement m : std::as_const(req.measurements)) {
                const std::vector<double>& series = m == Measurement::Count ? counts : m == Measurement::SumValue ? sums : uniques;
                w.key(measurementName(m));
                w.beginArray();
                QByteArray numbers;
                numbers.reserve(qsizetype(bucketCount) * 5);
                for (size_t b = 0; b < bucketCount; ++b) {
                    if (b)
                        numbers += ',';
                    double v = series.empty() ? 0.0 : series[size_t(g) * bucketCount + b];
                    // Sums of prices carry binary noise (77850.4999999996): print micro-units.
                    if (m == Measurement::SumValue)
                        v = std::round(v * 1e6) / 1e6;
                    DemoJsonWriter::appendNumber(numbers, v);
                }
                w.raw(numbers);
                w.endArray();
            }
            w.endObject();
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    w.key("links"_L1);
    w.beginObject();
    w.key("self"_L1);
    w.value(ctx.link(selfPath));
    w.endObject();
    w.endObject();
    w.key("links"_L1);
    w.beginObject();
    w.key("self"_L1);
    w.value(ctx.link(selfPath));
    if (to < total) {
        w.key("next"_L1);
        w.value(QString(ctx.link(selfPath) + u"?page_cursor="_s + encodeCursor(to, u"metric-aggregate")));
    }
    w.endObject();
    w.endObject();
    return Outcome::ok(w.take());
}

} // namespace kx::demoimpl
