// SPDX-License-Identifier: GPL-3.0-or-later
// The QJsonDocument reference implementation of parseAggregatePage: slower, simpler, written
// independently of the simdjson walker so that the tests can compare the two on every fixture.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "aggregatepagebuilder.h"
#include "aggregateparser.h"
#include "util/calendar.h"

namespace kx {

namespace {

using namespace detail;

class QtWalker
{
public:
    explicit QtWalker(QString* error)
        : m_error(error)
    {
    }

    bool walk(const QJsonObject& top)
    {
        const QJsonValue data = top.value(QLatin1StringView("data"));
        if (data.isUndefined()) {
            const QJsonArray errors = top.value(QLatin1StringView("errors")).toArray();
            for (const QJsonValue& item : errors) {
                const QJsonObject e = item.toObject();
                const QJsonValue text = e.contains(QLatin1StringView("detail")) ? e.value(QLatin1StringView("detail"))
                                                                                : e.value(QLatin1StringView("title"));
                if (text.isString())
                    return fail(aggregatetext::errorDocument(text.toString()));
            }
            return fail(aggregatetext::missing(QStringLiteral("data")));
        }
        if (!data.isObject())
            return fail(aggregatetext::notObject(QStringLiteral("data")));
        const QJsonObject dataObject = data.toObject();

        const QJsonValue type = dataObject.value(QLatin1StringView("type"));
        if (!type.isUndefined()) {
            if (!type.isString())
                return fail(aggregatetext::notString(QStringLiteral("data.type")));
            if (type.toString() != QLatin1StringView("metric-aggregate"))
                return fail(aggregatetext::unexpectedType(type.toString()));
        }

        const QJsonValue attributes = dataObject.value(QLatin1StringView("attributes"));
        if (attributes.isUndefined())
            return fail(aggregatetext::missing(QStringLiteral("data.attributes")));
        if (!attributes.isObject())
            return fail(aggregatetext::notObject(QStringLiteral("data.attributes")));
        const QJsonObject attributesObject = attributes.toObject();

        const QJsonValue dates = attributesObject.value(QLatin1StringView("dates"));
        if (!dates.isUndefined() && !walkDates(dates))
            return false;
        const QJsonValue rows = attributesObject.value(QLatin1StringView("data"));
        if (!rows.isUndefined() && !walkRows(rows))
            return false;
        if (dates.isUndefined())
            return fail(aggregatetext::missing(QStringLiteral("data.attributes.dates")));
        if (rows.isUndefined())
            return fail(aggregatetext::missing(QStringLiteral("data.attributes.data")));
        if (!m_builder.finish(m_error))
            return false;

        QString next = nextOf(top.value(QLatin1StringView("links")));
        if (next.isEmpty())
            next = nextOf(dataObject.value(QLatin1StringView("links")));
        m_builder.page.nextUrl = next;
        m_builder.page.nextCursor = cursorFromNextUrl(next);
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

    static QString nextOf(const QJsonValue& links)
    {
        const QJsonValue next = links.toObject().value(QLatin1StringView("next"));
        return next.isString() ? next.toString() : QString();
    }

    bool walkDates(const QJsonValue& dates)
    {
        if (!dates.isArray())
            return fail(aggregatetext::notArray(QStringLiteral("data.attributes.dates")));
        const QJsonArray array = dates.toArray();
        m_builder.page.dates.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString())
                return fail(aggregatetext::notString(QStringLiteral("data.attributes.dates[%1]").arg(i)));
            const QString text = item.toString();
            qint64 ms = 0;
            if (!calendar::parseIsoInstant(text, &ms))
                return fail(aggregatetext::badDate(i, text));
            m_builder.page.dates.push_back(ms);
        }
        return true;
    }

    bool walkRows(const QJsonValue& rows)
    {
        if (!rows.isArray())
            return fail(aggregatetext::notArray(QStringLiteral("data.attributes.data")));
        const QJsonArray array = rows.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("data.attributes.data[%1]").arg(i);
            const QJsonValue item = array.at(i);
            if (!item.isObject())
                return fail(aggregatetext::notObject(path));
            const QJsonObject object = item.toObject();
            const qsizetype row = m_builder.beginRow();

            const QJsonValue dims = object.value(QLatin1StringView("dimensions"));
            if (!dims.isUndefined()) {
                if (!dims.isArray())
                    return fail(aggregatetext::notArray(path + QStringLiteral(".dimensions")));
                const QJsonArray dimArray = dims.toArray();
                QStringList& out = m_builder.page.rows[size_t(row)].dimensions;
                for (qsizetype d = 0; d < dimArray.size(); ++d) {
                    const QJsonValue dim = dimArray.at(d);
                    if (dim.isNull())
                        out.append(QString());
                    else if (!dim.isString())
                        return fail(aggregatetext::notString(path + QStringLiteral(".dimensions[%1]").arg(d)));
                    else
                        out.append(dim.toString());
                }
            }

            const QJsonValue measurements = object.value(QLatin1StringView("measurements"));
            if (measurements.isUndefined())
                continue; // AggregatePageBuilder::finish reports the missing object
            if (!measurements.isObject())
                return fail(aggregatetext::notObject(path + QStringLiteral(".measurements")));
            m_builder.setHasMeasurements(row);
            const QJsonObject mObject = measurements.toObject();
            for (auto it = mObject.begin(); it != mObject.end(); ++it) {
                const QString mPath = path + QStringLiteral(".measurements.") + it.key();
                if (!it.value().isArray())
                    return fail(aggregatetext::notArray(mPath));
                const QByteArray name = it.key().toUtf8();
                std::vector<double>* out =
                    m_builder.measurementValues(row, std::string_view(name.constData(), size_t(name.size())), m_error);
                if (!out)
                    return false;
                const QJsonArray values = it.value().toArray();
                out->reserve(size_t(values.size()));
                for (qsizetype v = 0; v < values.size(); ++v) {
                    const QJsonValue value = values.at(v);
                    if (!value.isDouble())
                        return fail(aggregatetext::notNumber(mPath + QStringLiteral("[%1]").arg(v)));
                    out->push_back(value.toDouble());
                }
            }
        }
        return true;
    }

    QString* m_error;
    AggregatePageBuilder m_builder;
};

} // namespace

std::optional<AggregatePage> parseAggregatePageQt(const QByteArray& body, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<AggregatePage> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            return fail(aggregatetext::emptyBody());
        if (looksLikeHtml(body))
            return fail(aggregatetext::htmlPage());
        if (looksTruncated(body))
            return fail(aggregatetext::truncated());
        return fail(aggregatetext::notJson(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(aggregatetext::notJsonObject());
    QtWalker walker(error);
    if (!walker.walk(document.object()))
        return std::nullopt;
    return walker.takePage();
}

} // namespace kx
