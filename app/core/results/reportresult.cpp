// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportresult.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <simdjson.h>
#include <string_view>

#include <QCoreApplication>
#include <QHash>

#include "aggregatepagebuilder.h"
#include "jsonparserlease.h"
#include "util/calendar.h"

namespace kx {

QString ReportResult::Row::grouping(QStringView key) const
{
    for (const auto& pair : groupings) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

double ReportResult::Row::value(const QString& statistic, qsizetype dateIndex) const
{
    const auto it = values.constFind(statistic);
    if (it == values.constEnd() || dateIndex < 0 || dateIndex >= qsizetype(it->size()))
        return std::numeric_limits<double>::quiet_NaN();
    return (*it)[size_t(dateIndex)];
}

namespace {

namespace dom = simdjson::dom;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

namespace text {
QString empty()
{
    return QCoreApplication::translate("kx::ReportParser", "The report response is empty.");
}
QString html()
{
    return QCoreApplication::translate(
        "kx::ReportParser", "The server sent an HTML page instead of a report response.");
}
QString truncated()
{
    return QCoreApplication::translate("kx::ReportParser", "The report response ends early (the JSON is truncated).");
}
QString notJson(const QString& detail)
{
    return QCoreApplication::translate("kx::ReportParser", "The report response is not valid JSON: %1").arg(detail);
}
QString notJsonObject()
{
    return QCoreApplication::translate("kx::ReportParser", "The report response is not a JSON object.");
}
QString errorDocument(const QString& detail)
{
    return QCoreApplication::translate("kx::ReportParser", "The server answered with an error instead of a report: %1")
        .arg(detail);
}
QString missing(const QString& path)
{
    return QCoreApplication::translate("kx::ReportParser", "The report response has no “%1”.").arg(path);
}
QString notObject(const QString& path)
{
    return QCoreApplication::translate("kx::ReportParser", "“%1” in the report response is not an object.").arg(path);
}
QString notArray(const QString& path)
{
    return QCoreApplication::translate("kx::ReportParser", "“%1” in the report response is not an array.").arg(path);
}
QString notString(const QString& path)
{
    return QCoreApplication::translate("kx::ReportParser", "“%1” in the report response is not a string.").arg(path);
}
QString notNumber(const QString& path)
{
    return QCoreApplication::translate("kx::ReportParser", "“%1” in the report response is not a number.").arg(path);
}
QString wrongType(const QString& got, const QString& expected)
{
    return QCoreApplication::translate("kx::ReportParser", "The response is a “%1”, not a “%2”.").arg(got, expected);
}
QString badDate(const QString& path, const QString& value)
{
    return QCoreApplication::translate(
        "kx::ReportParser", "“%1” (“%2”) in the report response is not an ISO 8601 date.")
        .arg(path, value);
}
QString lengthMismatch(const QString& statistic, qsizetype result, qsizetype values, qsizetype dates)
{
    return QCoreApplication::translate("kx::ReportParser", "Statistic “%1” of result %2 has %3 values for %4 dates.")
        .arg(statistic)
        .arg(result + 1)
        .arg(values)
        .arg(dates);
}
QString unknownDate(const QString& statistic, qsizetype result, const QString& key)
{
    return QCoreApplication::translate(
        "kx::ReportParser", "Statistic “%1” of result %2 has a value for “%3”, which is not one of the report's dates.")
        .arg(statistic)
        .arg(result + 1)
        .arg(key);
}
QString datesDiffer(qsizetype page)
{
    return QCoreApplication::translate("kx::ReportParser", "Page %1 of the report has other dates than page 1.")
        .arg(page + 1);
}
QString onPage(qsizetype page, const QString& message)
{
    return QCoreApplication::translate("kx::ReportParser", "Page %1 of the report: %2").arg(page + 1).arg(message);
}
QString noPages()
{
    return QCoreApplication::translate("kx::ReportParser", "The report has no pages.");
}
} // namespace text

/// One statistic of one row as the page wrote it, before alignment with the dates.
struct RawStatistic
{
    std::vector<double> values; // values report or series array
    std::vector<std::pair<qint64, double>> keyed; // series object form: date → value
    QStringList keyTexts; // the keys as written, for errors
    bool isKeyed = false;
};

struct RawRow
{
    QList<QPair<QString, QString>> groupings;
    QList<QPair<QString, RawStatistic>> statistics;
};

struct RawPage
{
    std::vector<qint64> dates;
    bool haveDates = false;
    std::vector<RawRow> rows;
    QMap<QString, QStringList> relationships;
};

class PageWalker
{
public:
    PageWalker(ReportType type, QString* error)
        : m_type(type)
        , m_series(isSeriesReport(type))
        , m_error(error)
    {
    }

    bool walk(dom::element root, RawPage* page)
    {
        m_page = page;
        dom::object top;
        if (root.get(top))
            return fail(text::notJsonObject());
        dom::element data;
        if (top["data"].get(data)) {
            dom::array errors;
            if (!top["errors"].get(errors)) {
                for (const dom::element item : errors) {
                    std::string_view detail;
                    if (!item["detail"].get(detail) || !item["title"].get(detail))
                        return fail(text::errorDocument(fromView(detail)));
                }
            }
            return fail(text::missing(QStringLiteral("data")));
        }
        dom::object dataObject;
        if (data.get(dataObject))
            return fail(text::notObject(QStringLiteral("data")));
        if (dom::element type; !dataObject["type"].get(type)) {
            std::string_view name;
            if (type.get(name))
                return fail(text::notString(QStringLiteral("data.type")));
            const QString expected = reportTypeName(m_type);
            if (fromView(name) != expected)
                return fail(text::wrongType(fromView(name), expected));
        }
        dom::element attributes;
        if (dataObject["attributes"].get(attributes))
            return fail(text::missing(QStringLiteral("data.attributes")));
        dom::object attributesObject;
        if (attributes.get(attributesObject))
            return fail(text::notObject(QStringLiteral("data.attributes")));
        if (m_series) {
            if (dom::element dates; !attributesObject["date_times"].get(dates) && !dates.is_null()) {
                if (!walkDates(dates))
                    return false;
            }
        }
        dom::element results;
        if (attributesObject["results"].get(results))
            return fail(text::missing(QStringLiteral("data.attributes.results")));
        if (!walkResults(results))
            return false;
        if (dom::element relationships; !dataObject["relationships"].get(relationships))
            walkRelationships(relationships);
        return true;
    }

private:
    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool walkDates(dom::element dates)
    {
        const QString path = QStringLiteral("data.attributes.date_times");
        dom::array array;
        if (dates.get(array))
            return fail(text::notArray(path));
        m_page->haveDates = true;
        qsizetype i = 0;
        for (const dom::element item : array) {
            std::string_view s;
            if (item.get(s))
                return fail(text::notString(path + QStringLiteral("[%1]").arg(i)));
            qint64 ms = 0;
            if (!calendar::parseIsoInstant(s.data(), qsizetype(s.size()), &ms))
                return fail(text::badDate(path + QStringLiteral("[%1]").arg(i), fromView(s)));
            m_page->dates.push_back(ms);
            ++i;
        }
        return true;
    }

    bool walkResults(dom::element results)
    {
        dom::array array;
        if (results.get(array))
            return fail(text::notArray(QStringLiteral("data.attributes.results")));
        qsizetype index = 0;
        for (const dom::element item : array) {
            const QString path = QStringLiteral("data.attributes.results[%1]").arg(index);
            dom::object object;
            if (item.get(object))
                return fail(text::notObject(path));
            RawRow row;
            if (dom::element groupings; !object["groupings"].get(groupings) && !groupings.is_null()) {
                dom::object g;
                if (groupings.get(g))
                    return fail(text::notObject(path + QStringLiteral(".groupings")));
                for (const auto field : g)
                    row.groupings.append({ fromView(field.key), scalarText(field.value) });
            }
            if (dom::element statistics; !object["statistics"].get(statistics) && !statistics.is_null()) {
                dom::object s;
                if (statistics.get(s))
                    return fail(text::notObject(path + QStringLiteral(".statistics")));
                for (const auto field : s) {
                    RawStatistic stat;
                    if (!walkStatistic(field.value, path + QStringLiteral(".statistics.") + fromView(field.key), &stat))
                        return false;
                    row.statistics.append({ fromView(field.key), std::move(stat) });
                }
            }
            m_page->rows.push_back(std::move(row));
            ++index;
        }
        return true;
    }

    bool number(dom::element item, const QString& path, double* out)
    {
        if (item.is_null()) {
            *out = kNaN; // e.g. a rate with nothing to divide by
            return true;
        }
        if (item.get(*out))
            return fail(text::notNumber(path));
        return true;
    }

    bool walkStatistic(dom::element value, const QString& path, RawStatistic* out)
    {
        if (!m_series) {
            double v = 0;
            if (!number(value, path, &v))
                return false;
            out->values.push_back(v);
            return true;
        }
        if (dom::array array; !value.get(array)) {
            out->values.reserve(array.size());
            qsizetype i = 0;
            for (const dom::element item : array) {
                double v = 0;
                if (!number(item, path + QStringLiteral("[%1]").arg(i), &v))
                    return false;
                out->values.push_back(v);
                ++i;
            }
            return true;
        }
        dom::object object;
        if (value.get(object))
            return fail(text::notArray(path));
        out->isKeyed = true;
        for (const auto field : object) {
            const QString keyPath = path + u'.' + fromView(field.key);
            qint64 ms = 0;
            if (!calendar::parseIsoInstant(field.key.data(), qsizetype(field.key.size()), &ms))
                return fail(text::badDate(keyPath, fromView(field.key)));
            double v = 0;
            if (!number(field.value, keyPath, &v))
                return false;
            out->keyed.emplace_back(ms, v);
            out->keyTexts.append(fromView(field.key));
        }
        return true;
    }

    void walkRelationships(dom::element relationships)
    {
        dom::object object;
        if (relationships.get(object))
            return; // lenient: relationships are informative only
        for (const auto field : object) {
            QStringList& ids = m_page->relationships[fromView(field.key)];
            dom::element data;
            if (field.value["data"].get(data))
                continue;
            auto take = [&ids](dom::element item) {
                std::string_view id;
                if (!item["id"].get(id) && !ids.contains(fromView(id)))
                    ids.append(fromView(id));
            };
            if (dom::array array; !data.get(array)) {
                for (const dom::element item : array)
                    take(item);
            } else if (data.is_object()) {
                take(data);
            }
        }
    }

    static QString scalarText(dom::element value)
    {
        std::string_view s;
        if (!value.get(s))
            return fromView(s);
        if (value.is_null())
            return {};
        bool b = false;
        if (!value.get(b))
            return b ? QStringLiteral("true") : QStringLiteral("false");
        if (int64_t i = 0; !value.get(i))
            return QString::number(i);
        if (double d = 0; !value.get(d))
            return QString::number(d, 'g', 17);
        return QString::fromStdString(simdjson::minify(value));
    }

    ReportType m_type;
    bool m_series;
    QString* m_error;
    RawPage* m_page = nullptr;
};

/// Puts every series statistic of @p page on the page's dates (deriving them from keyed
/// statistics when the page has no date_times).
bool alignPage(RawPage* page, qsizetype firstResult, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!page->haveDates) {
        bool keyed = false;
        for (const auto& row : page->rows) {
            for (const auto& stat : row.statistics) {
                if (stat.second.isKeyed) {
                    keyed = true;
                    for (const auto& kv : stat.second.keyed)
                        page->dates.push_back(kv.first);
                }
            }
        }
        std::sort(page->dates.begin(), page->dates.end());
        page->dates.erase(std::unique(page->dates.begin(), page->dates.end()), page->dates.end());
        if (!keyed && !page->rows.empty())
            return fail(text::missing(QStringLiteral("data.attributes.date_times")));
    }
    QHash<qint64, qsizetype> indexOf;
    for (size_t i = 0; i < page->dates.size(); ++i)
        indexOf.insert(page->dates[i], qsizetype(i));
    const qsizetype n = qsizetype(page->dates.size());
    for (size_t r = 0; r < page->rows.size(); ++r) {
        for (auto& [name, stat] : page->rows[r].statistics) {
            if (!stat.isKeyed) {
                if (qsizetype(stat.values.size()) != n)
                    return fail(
                        text::lengthMismatch(name, firstResult + qsizetype(r), qsizetype(stat.values.size()), n));
                continue;
            }
            stat.values.assign(size_t(n), kNaN);
            for (size_t k = 0; k < stat.keyed.size(); ++k) {
                const auto it = indexOf.constFind(stat.keyed[k].first);
                if (it == indexOf.constEnd())
                    return fail(text::unknownDate(name, firstResult + qsizetype(r), stat.keyTexts[qsizetype(k)]));
                stat.values[size_t(*it)] = stat.keyed[k].second;
            }
        }
    }
    return true;
}

} // namespace

std::optional<ReportResult> parseReportPages(ReportType type, const QList<QByteArray>& pages, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<ReportResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (pages.isEmpty())
        return fail(text::noPages());

    ReportResult result;
    result.type = type;
    result.series = isSeriesReport(type);
    bool haveDates = false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QByteArray& body = pages[p];
        auto pageFail = [&](const QString& message) {
            return fail(pages.size() > 1 ? text::onPage(p, message) : message);
        };
        detail::JsonParserLease lease(body.size());
        dom::element root;
        if (const auto code = lease.parse(body).get(root)) {
            if (code == simdjson::EMPTY)
                return pageFail(text::empty());
            if (detail::looksLikeHtml(body))
                return pageFail(text::html());
            if (detail::looksTruncated(body))
                return pageFail(text::truncated());
            return pageFail(text::notJson(QString::fromUtf8(simdjson::error_message(code))));
        }
        RawPage page;
        QString message;
        PageWalker walker(type, &message);
        if (!walker.walk(root, &page))
            return pageFail(message);
        if (result.series && !alignPage(&page, qsizetype(result.rows.size()), &message))
            return pageFail(message);

        if (result.series && (page.haveDates || !page.dates.empty() || !page.rows.empty())) {
            if (!haveDates) {
                result.dateTimes = page.dates;
                haveDates = true;
            } else if (page.dates != result.dateTimes) {
                return fail(text::datesDiffer(p));
            }
        }
        for (auto& raw : page.rows) {
            ReportResult::Row row;
            row.groupings = std::move(raw.groupings);
            for (const auto& g : std::as_const(row.groupings)) {
                if (!result.groupingKeys.contains(g.first))
                    result.groupingKeys.append(g.first);
            }
            for (auto& [name, stat] : raw.statistics) {
                if (!result.statistics.contains(name))
                    result.statistics.append(name);
                row.values.insert(name, std::move(stat.values));
            }
            result.rows.push_back(std::move(row));
        }
        for (auto it = page.relationships.cbegin(); it != page.relationships.cend(); ++it) {
            QStringList& ids = result.relationships[it.key()];
            for (const QString& id : it.value()) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
    }
    return result;
}

} // namespace kx
