// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregateparser.h"

#include <simdjson.h>
#include <string_view>

#include "aggregatepagebuilder.h"
#include "jsonparserlease.h"
#include "util/calendar.h"

namespace kx {

namespace {

using namespace detail;
namespace dom = simdjson::dom;

static_assert(kAggregateParsePadding >= qsizetype(simdjson::SIMDJSON_PADDING),
    "kAggregateParsePadding must cover simdjson's padding");

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString jsonErrorText(const QByteArray& body, simdjson::error_code code)
{
    if (code == simdjson::EMPTY)
        return aggregatetext::emptyBody();
    if (looksLikeHtml(body))
        return aggregatetext::htmlPage();
    if (looksTruncated(body))
        return aggregatetext::truncated();
    return aggregatetext::notJson(QString::fromUtf8(simdjson::error_message(code)));
}

/// Walks the DOM of one response. simdjson's DOM API is used (not On-Demand) because the DOM
/// parser dispatches at run time to the best SIMD kernel of the CPU, whereas On-Demand code is
/// compiled for the build machine's baseline (the scalar fallback on plain x86-64), and because it
/// validates the whole document.
class Walker
{
public:
    explicit Walker(QString* error)
        : m_error(error)
    {
    }

    bool walk(dom::element root)
    {
        dom::object top;
        if (root.get(top))
            return fail(aggregatetext::notJsonObject());
        bool haveData = false;
        QString errorDetail;
        for (const auto field : top) {
            if (field.key == "data") {
                if (!walkData(field.value))
                    return false;
                haveData = true;
            } else if (field.key == "links") {
                takeNext(field.value, &m_topNext);
            } else if (field.key == "errors") {
                errorDetail = firstErrorDetail(field.value);
            }
        }
        if (!haveData) {
            if (!errorDetail.isEmpty())
                return fail(aggregatetext::errorDocument(errorDetail));
            return fail(aggregatetext::missing(QStringLiteral("data")));
        }
        if (!m_haveAttributes)
            return fail(aggregatetext::missing(QStringLiteral("data.attributes")));
        if (!m_haveDates)
            return fail(aggregatetext::missing(QStringLiteral("data.attributes.dates")));
        if (!m_haveRows)
            return fail(aggregatetext::missing(QStringLiteral("data.attributes.data")));
        if (!m_builder.finish(m_error))
            return false;
        // [INF] The spec shows no next link for aggregates; the top-level links.next is the
        // documented place for cursors elsewhere, data.links.next is accepted as a fallback.
        m_builder.page.nextUrl = !m_topNext.isEmpty() ? m_topNext : m_dataNext;
        m_builder.page.nextCursor = cursorFromNextUrl(m_builder.page.nextUrl);
        return true;
    }

    AggregatePage takePage()
    {
        return std::move(m_builder.page);
    }

private:
    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    static void takeNext(dom::element links, QString* out)
    {
        dom::object object;
        if (links.get(object))
            return;
        std::string_view next;
        if (!object["next"].get(next))
            *out = fromView(next);
    }

    static QString firstErrorDetail(dom::element errors)
    {
        dom::array array;
        if (errors.get(array))
            return {};
        for (const dom::element item : array) {
            std::string_view text;
            if (!item["detail"].get(text) || !item["title"].get(text))
                return fromView(text);
        }
        return {};
    }

    bool walkData(dom::element data)
    {
        dom::object object;
        if (data.get(object))
            return fail(aggregatetext::notObject(QStringLiteral("data")));
        for (const auto field : object) {
            if (field.key == "type") {
                std::string_view type;
                if (field.value.get(type))
                    return fail(aggregatetext::notString(QStringLiteral("data.type")));
                if (type != "metric-aggregate")
                    return fail(aggregatetext::unexpectedType(fromView(type)));
            } else if (field.key == "attributes") {
                if (!walkAttributes(field.value))
                    return false;
            } else if (field.key == "links") {
                takeNext(field.value, &m_dataNext);
            }
        }
        return true;
    }

    bool walkAttributes(dom::element attributes)
    {
        m_haveAttributes = true;
        dom::object object;
        if (attributes.get(object))
            return fail(aggregatetext::notObject(QStringLiteral("data.attributes")));
        // Dates first, whatever the key order, so the value vectors can be sized once.
        if (dom::element dates; !object["dates"].get(dates)) {
            m_haveDates = true;
            if (!walkDates(dates))
                return false;
        }
        if (dom::element rows; !object["data"].get(rows)) {
            m_haveRows = true;
            if (!walkRows(rows))
                return false;
        }
        return true;
    }

    bool walkDates(dom::element dates)
    {
        dom::array array;
        if (dates.get(array))
            return fail(aggregatetext::notArray(QStringLiteral("data.attributes.dates")));
        auto& out = m_builder.page.dates;
        out.reserve(array.size());
        qsizetype index = 0;
        for (const dom::element item : array) {
            std::string_view text;
            if (item.get(text))
                return fail(aggregatetext::notString(QStringLiteral("data.attributes.dates[%1]").arg(index)));
            qint64 ms = 0;
            if (!calendar::parseIsoInstant(text.data(), qsizetype(text.size()), &ms))
                return fail(aggregatetext::badDate(index, fromView(text)));
            out.push_back(ms);
            ++index;
        }
        return true;
    }

    bool walkRows(dom::element rows)
    {
        dom::array array;
        if (rows.get(array))
            return fail(aggregatetext::notArray(QStringLiteral("data.attributes.data")));
        m_builder.page.rows.reserve(array.size());
        qsizetype index = 0;
        for (const dom::element item : array) {
            if (!walkRow(item, index))
                return false;
            ++index;
        }
        return true;
    }

    bool walkRow(dom::element item, qsizetype index)
    {
        const auto path = [index](const char* member) -> QString {
            return QStringLiteral("data.attributes.data[%1]").arg(index) + QLatin1StringView(member);
        };
        dom::object object;
        if (item.get(object))
            return fail(aggregatetext::notObject(path("")));
        const qsizetype row = m_builder.beginRow();
        for (const auto field : object) {
            if (field.key == "dimensions") {
                if (!walkDimensions(field.value, row, path(".dimensions")))
                    return false;
            } else if (field.key == "measurements") {
                dom::object measurements;
                if (field.value.get(measurements))
                    return fail(aggregatetext::notObject(path(".measurements")));
                m_builder.setHasMeasurements(row);
                for (const auto m : measurements) {
                    if (!walkValues(m.value, row, m.key, path(".measurements.")))
                        return false;
                }
            }
        }
        return true;
    }

    bool walkDimensions(dom::element dims, qsizetype row, const QString& path)
    {
        dom::array array;
        if (dims.get(array))
            return fail(aggregatetext::notArray(path));
        QStringList& out = m_builder.page.rows[size_t(row)].dimensions;
        qsizetype index = 0;
        for (const dom::element item : array) {
            std::string_view text;
            if (item.is_null())
                out.append(QString()); // lenient: a null dimension is "no value", like ""
            else if (item.get(text))
                return fail(aggregatetext::notString(path + QStringLiteral("[%1]").arg(index)));
            else
                out.append(fromView(text));
            ++index;
        }
        return true;
    }

    bool walkValues(dom::element values, qsizetype row, std::string_view name, const QString& pathPrefix)
    {
        dom::array array;
        if (values.get(array))
            return fail(aggregatetext::notArray(pathPrefix + fromView(name)));
        std::vector<double>* out = m_builder.measurementValues(row, name, m_error);
        if (!out)
            return false;
        out->reserve(array.size());
        for (const dom::element item : array) {
            double v = 0;
            if (item.get(v)) [[unlikely]]
                return fail(
                    aggregatetext::notNumber(pathPrefix + fromView(name) + QStringLiteral("[%1]").arg(out->size())));
            out->push_back(v);
        }
        return true;
    }

    QString* m_error;
    AggregatePageBuilder m_builder;
    QString m_topNext;
    QString m_dataNext;
    bool m_haveAttributes = false;
    bool m_haveDates = false;
    bool m_haveRows = false;
};

} // namespace

void releaseParserMemory()
{
    detail::JsonParserLease::releaseCache();
}

std::optional<AggregatePage> parseAggregatePage(const QByteArray& body, QString* error)
{
    JsonParserLease lease(body.size());
    dom::element root;
    const auto code = lease.parse(body).get(root);
    if (code) {
        if (error)
            *error = jsonErrorText(body, code);
        return std::nullopt;
    }
    Walker walker(error);
    if (!walker.walk(root))
        return std::nullopt;
    return walker.takePage();
}

QString cursorFromNextUrl(const QString& nextUrl)
{
    if (nextUrl.isEmpty())
        return {};
    const qsizetype question = nextUrl.indexOf(u'?');
    if (question < 0) {
        // [INF] Where aggregates return their cursor is undocumented; a bare token (no URL) is
        // taken as the cursor itself.
        return nextUrl.contains(u'/') || nextUrl.contains(u':') ? QString() : nextUrl;
    }
    QStringView query = QStringView(nextUrl).mid(question + 1);
    if (const qsizetype hash = query.indexOf(u'#'); hash >= 0)
        query = query.left(hash);
    for (const QStringView item : query.split(u'&')) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            continue;
        const QByteArray key = QByteArray::fromPercentEncoding(item.left(eq).toUtf8());
        if (key == "page_cursor" || key == "page[cursor]") {
            // '+' stays '+': cursors are base64 and the API encodes a literal plus as %2B.
            return QString::fromUtf8(QByteArray::fromPercentEncoding(item.mid(eq + 1).toUtf8()));
        }
    }
    return {};
}

} // namespace kx
