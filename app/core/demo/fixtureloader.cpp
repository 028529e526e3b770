// SPDX-License-Identifier: GPL-3.0-or-later
// loadFixture(): the `--dataset FILE` format, documented in FIXTURE-FORMAT.md.
#include "demostore.h"
#include "util/calendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::DemoStore)
};

class FixtureReader
{
public:
    explicit FixtureReader(DemoStore* store)
        : m_store(store)
    {
    }

    bool read(const QJsonObject& root);
    QString error() const { return m_error; }

private:
    bool fail(const QString& where, const QString& what)
    {
        //: %1 is the place in the file ("events[3].datetime"), %2 the problem
        m_error = Text::tr("%1: %2").arg(where, what);
        return false;
    }
    bool requireString(const QJsonObject& o, const QString& where, const QString& key, QString* out);
    QString optionalString(const QJsonObject& o, const QString& key, const QString& fallback = {}) const
    {
        const QJsonValue v = o.value(key);
        return v.isString() ? v.toString() : fallback;
    }
    bool checkUnique(QSet<QString>* ids, const QString& id, const QString& where);
    bool readTags(const QJsonObject& o, const QString& where, QList<DemoStore::Tag>* out);
    bool readEvents(const QJsonArray& events);

    DemoStore* m_store;
    QString m_error;
    QSet<QString> m_messageIds;
};

bool FixtureReader::requireString(const QJsonObject& o, const QString& where, const QString& key, QString* out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return fail(where, Text::tr("\"%1\" must be a non-empty string").arg(key));
    *out = v.toString();
    return true;
}

bool FixtureReader::checkUnique(QSet<QString>* ids, const QString& id, const QString& where)
{
    if (ids->contains(id))
        return fail(where, Text::tr("duplicate id \"%1\"").arg(id));
    ids->insert(id);
    return true;
}

bool FixtureReader::readTags(const QJsonObject& o, const QString& where, QList<DemoStore::Tag>* out)
{
    const QJsonArray tags = o.value(u"tags"_s).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QJsonObject t = tags.at(i).toObject();
        DemoStore::Tag tag;
        const QString w = where + u".tags["_s + QString::number(i) + u']';
        if (!requireString(t, w, u"id"_s, &tag.id) || !requireString(t, w, u"name"_s, &tag.name))
            return false;
        out->append(tag);
    }
    return true;
}

bool FixtureReader::read(const QJsonObject& root)
{
    const QString defaultTime = u"2020-01-01T00:00:00+00:00"_s;
    const QJsonObject account = root.value(u"account"_s).toObject();
    m_store->accountName = account.value(u"name"_s).toString(u"Demo account"_s);
    m_store->timezone = account.value(u"timezone"_s).toString(u"UTC"_s);
    m_store->currency = account.value(u"currency"_s).toString(u"USD"_s);
    m_store->zone = QTimeZone(m_store->timezone.toUtf8());
    if (!m_store->zone.isValid())
        return fail(u"account.timezone"_s, Text::tr("unknown timezone \"%1\"").arg(m_store->timezone));
    if (account.contains(u"today"_s)) {
        m_store->anchorDate = QDate::fromString(account.value(u"today"_s).toString(), Qt::ISODate);
        if (!m_store->anchorDate.isValid())
            return fail(u"account.today"_s, Text::tr("expected a date YYYY-MM-DD"));
    }

    QSet<QString> ids;
    const QJsonArray metrics = root.value(u"metrics"_s).toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QJsonObject o = metrics.at(i).toObject();
        const QString where = u"metrics["_s + QString::number(i) + u']';
        DemoStore::Metric m;
        if (!requireString(o, where, u"id"_s, &m.id) || !requireString(o, where, u"name"_s, &m.name)
            || !checkUnique(&ids, m.id, where))
            return false;
        m.created = optionalString(o, u"created"_s, defaultTime);
        m.updated = optionalString(o, u"updated"_s, m.created);
        const QJsonObject integration = o.value(u"integration"_s).toObject();
        m.integration.id = integration.value(u"id"_s).toString(u"0rG4eQ"_s);
        m.integration.name = integration.value(u"name"_s).toString(u"Klaviyo"_s);
        m.integration.category = integration.value(u"category"_s).toString(u"Internal"_s);
        m.hidden = o.value(u"hidden"_s).toBool(false);
        m_store->metrics.append(m);
    }

    ids.clear();
    const QJsonArray flows = root.value(u"flows"_s).toArray();
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const QJsonObject o = flows.at(i).toObject();
        const QString where = u"flows["_s + QString::number(i) + u']';
        DemoStore::Flow f;
        if (!requireString(o, where, u"id"_s, &f.id) || !requireString(o, where, u"name"_s, &f.name)
            || !checkUnique(&ids, f.id, where))
            return false;
        f.status = optionalString(o, u"status"_s, u"live"_s);
        f.archived = o.value(u"archived"_s).toBool(false);
        f.created = optionalString(o, u"created"_s, defaultTime);
        f.updated = optionalString(o, u"updated"_s, f.created);
        f.triggerType = optionalString(o, u"trigger_type"_s, u"Metric"_s);
        f.triggerMetricId = optionalString(o, u"trigger_metric_id"_s);
        const QJsonArray messages = o.value(u"messages"_s).toArray();
        for (qsizetype j = 0; j < messages.size(); ++j) {
            const QJsonObject mo = messages.at(j).toObject();
            const QString mw = where + u".messages["_s + QString::number(j) + u']';
            DemoStore::FlowMessage fm;
            if (!requireString(mo, mw, u"id"_s, &fm.id) || !checkUnique(&m_messageIds, fm.id, mw))
                return false;
            fm.name = optionalString(mo, u"name"_s);
            fm.channel = optionalString(mo, u"channel"_s, u"email"_s);
            fm.created = f.created;
            fm.updated = f.updated;
            f.messages.append(fm);
        }
        if (!readTags(o, where, &f.tags))
            return false;
        m_store->flows.append(f);
    }

    ids.clear();
    const QJsonArray campaigns = root.value(u"campaigns"_s).toArray();
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        const QJsonObject o = campaigns.at(i).toObject();
        const QString where = u"campaigns["_s + QString::number(i) + u']';
        DemoStore::Campaign c;
        if (!requireString(o, where, u"id"_s, &c.id) || !requireString(o, where, u"name"_s, &c.name)
            || !checkUnique(&ids, c.id, where))
            return false;
        c.channel = optionalString(o, u"channel"_s, u"email"_s);
        c.status = optionalString(o, u"status"_s, u"Sent"_s);
        c.archived = o.value(u"archived"_s).toBool(false);
        c.sendTime = optionalString(o, u"send_time"_s);
        if (!c.sendTime.isEmpty() && !calendar::parseIsoInstant(c.sendTime, &c.sendTimeMs))
            return fail(where + u".send_time"_s, Text::tr("expected an ISO 8601 date-time"));
        c.createdAt = optionalString(o, u"created_at"_s, c.sendTime.isEmpty() ? defaultTime : c.sendTime);
        c.updatedAt = optionalString(o, u"updated_at"_s, c.createdAt);
        c.scheduledAt = optionalString(o, u"scheduled_at"_s, c.sendTime);
        const QJsonArray messages = o.value(u"messages"_s).toArray();
        for (qsizetype j = 0; j < messages.size(); ++j) {
            const QJsonObject mo = messages.at(j).toObject();
            const QString mw = where + u".messages["_s + QString::number(j) + u']';
            DemoStore::CampaignMessage cm;
            if (!requireString(mo, mw, u"id"_s, &cm.id) || !checkUnique(&m_messageIds, cm.id, mw))
                return false;
            cm.label = optionalString(mo, u"label"_s, c.name);
            cm.channel = optionalString(mo, u"channel"_s, c.channel);
            c.messages.append(cm);
        }
        if (!readTags(o, where, &c.tags))
            return false;
        m_store->campaigns.append(c);
    }

    ids.clear();
    const QJsonArray lists = root.value(u"lists"_s).toArray();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const QJsonObject o = lists.at(i).toObject();
        const QString where = u"lists["_s + QString::number(i) + u']';
        DemoStore::List l;
        if (!requireString(o, where, u"id"_s, &l.id) || !requireString(o, where, u"name"_s, &l.name)
            || !checkUnique(&ids, l.id, where))
            return false;
        l.created = optionalString(o, u"created"_s, defaultTime);
        l.updated = optionalString(o, u"updated"_s, l.created);
        l.optInProcess = optionalString(o, u"opt_in_process"_s, u"single_opt_in"_s);
        m_store->lists.append(l);
    }

    ids.clear();
    const QJsonArray segments = root.value(u"segments"_s).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject o = segments.at(i).toObject();
        const QString where = u"segments["_s + QString::number(i) + u']';
        DemoStore::Segment s;
        if (!requireString(o, where, u"id"_s, &s.id) || !requireString(o, where, u"name"_s, &s.name)
            || !checkUnique(&ids, s.id, where))
            return false;
        s.created = optionalString(o, u"created"_s, defaultTime);
        s.updated = optionalString(o, u"updated"_s, s.created);
        s.isActive = o.value(u"is_active"_s).toBool(true);
        s.isStarred = o.value(u"is_starred"_s).toBool(false);
        s.baseMembers = o.value(u"base_members"_s).toInteger(0);
        const QJsonArray changes = o.value(u"changes"_s).toArray();
        for (qsizetype j = 0; j < changes.size(); ++j) {
            const QJsonObject co = changes.at(j).toObject();
            DemoStore::SegmentChange change;
            if (!calendar::parseIsoInstant(co.value(u"datetime"_s).toString(), &change.timeMs))
                return fail(where + u".changes["_s + QString::number(j) + u"].datetime"_s,
                    Text::tr("expected an ISO 8601 date-time"));
            change.added = co.value(u"added"_s).toInt(0);
            change.removed = co.value(u"removed"_s).toInt(0);
            s.changes.push_back(change);
        }
        m_store->segments.append(s);
    }

    ids.clear();
    const QJsonArray forms = root.value(u"forms"_s).toArray();
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QJsonObject o = forms.at(i).toObject();
        const QString where = u"forms["_s + QString::number(i) + u']';
        DemoStore::Form f;
        if (!requireString(o, where, u"id"_s, &f.id) || !requireString(o, where, u"name"_s, &f.name)
            || !checkUnique(&ids, f.id, where))
            return false;
        f.status = optionalString(o, u"status"_s, u"live"_s);
        f.abTest = o.value(u"ab_test"_s).toBool(false);
        f.createdAt = optionalString(o, u"created_at"_s, defaultTime);
        f.updatedAt = optionalString(o, u"updated_at"_s, f.createdAt);
        for (const QJsonValue& v : o.value(u"versions"_s).toArray())
            f.versionIds.append(v.toString());
        m_store->forms.append(f);
    }

    return readEvents(root.value(u"events"_s).toArray());
}

bool FixtureReader::readEvents(const QJsonArray& events)
{
    QHash<QString, int> metricById;
    for (int i = 0; i < m_store->metrics.size(); ++i)
        metricById.insert(m_store->metrics[i].id, i);
    qint64 latest = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = u"events["_s + QString::number(i) + u']';
        if (!events.at(i).isObject())
            return fail(where, Text::tr("expected an object"));
        const QJsonObject o = events.at(i).toObject();
        QString metricId;
        QString profileId;
        QString datetime;
        if (!requireString(o, where, u"metric_id"_s, &metricId) || !requireString(o, where, u"profile_id"_s, &profileId)
            || !requireString(o, where, u"datetime"_s, &datetime))
            return false;
        const int metric = metricById.value(metricId, -1);
        if (metric < 0)
            return fail(where + u".metric_id"_s, Text::tr("unknown metric \"%1\"").arg(metricId));
        qint64 timeMs = 0;
        if (!calendar::parseIsoInstant(datetime, &timeMs, m_store->zone))
            return fail(where + u".datetime"_s, Text::tr("expected an ISO 8601 date-time"));
        double value = 0;
        if (o.contains(u"value"_s)) {
            if (!o.value(u"value"_s).isDouble())
                return fail(where + u".value"_s, Text::tr("expected a number"));
            value = o.value(u"value"_s).toDouble();
        }
        DemoStore::Tuple tuple;
        const QJsonObject properties = o.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue v = it.value();
            DemoValue dv;
            if (v.isString())
                dv = DemoValue::string(v.toString());
            else if (v.isDouble())
                dv = DemoValue::numberValue(v.toDouble());
            else if (v.isBool())
                dv = DemoValue::boolean(v.toBool());
            else if (v.isNull())
                continue;
            else
                return fail(where + u".properties."_s + it.key(), Text::tr("expected a string, number or boolean"));
            tuple.emplace_back(m_store->internKey(it.key()), m_store->internValue(dv));
        }
        m_store->addEvent(metric, timeMs, m_store->internProfile(profileId), value,
            m_store->internTuple(std::move(tuple)));
        latest = std::max(latest, timeMs);
    }
    if (!m_store->anchorDate.isValid()) {
        m_store->anchorDate = latest == std::numeric_limits<qint64>::min()
            ? QDate::currentDate()
            : QDateTime::fromMSecsSinceEpoch(latest, m_store->zone).date();
    }
    return true;
}

} // namespace

std::shared_ptr<const DemoStore> loadFixture(const QByteArray& json, QString* error, QDate anchorDate)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error) {
            *error = doc.isNull() ? Text::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                                  : Text::tr("the top level must be a JSON object");
        }
        return nullptr;
    }
    auto store = std::make_shared<DemoStore>();
    FixtureReader reader(store.get());
    if (!reader.read(doc.object())) {
        if (error)
            *error = reader.error();
        return nullptr;
    }
    if (anchorDate.isValid())
        store->anchorDate = anchorDate;
    store->finalize();
    return store;
}

} // namespace kx
