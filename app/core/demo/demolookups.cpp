// SPDX-License-Identifier: GPL-3.0-or-later
// The GET endpoints: /api/metrics and the name look-ups (flows, flow-messages, campaigns,
// campaign-messages, forms, segments, lists), with filters, sorting, sparse fieldsets,
// includes and cursor pagination as digest §3 and §6 describe them.
#include "demoengine_p.h"
#include "demofiltermatcher.h"
#include "query/revision.h"
#include "util/calendar.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kx::demoimpl {

namespace {

enum class FieldType { String, Boolean, DateTime };

struct FilterRule {
    const char* field;
    FieldType type;
    QStringList singleOps; ///< operators taking a scalar
    QStringList listOps;   ///< operators taking an array
    int since = 0;
};

/// Everything that differs between the look-up resources.
struct Resource {
    QString type;          ///< JSON:API type, "flow"
    QString path;          ///< "/api/flows"
    QString cursorTag;
    int count = 0;
    int defaultPageSize = 0;
    int maxPageSize = 0;
    bool pageSizeParam = false;
    QList<FilterRule> filters;
    QStringList sortFields;
    QStringList includes;   ///< include values the demo serves
    QStringList additionalFields;
    bool hidesArchived = false;
    std::function<QString(int)> id;
    std::function<QJsonObject(int)> attributes;
    std::function<QJsonObject(int, const QStringList& includes)> relationships;
    std::function<std::optional<DemoValue>(int, const QString& field)> fieldValue;
    std::function<QJsonObject(int, const QString& name)> additional; ///< additional-fields values
};

DemoValue dateValue(const QString& iso)
{
    DemoValue v = DemoValue::string(iso);
    qint64 ms = 0;
    if (calendar::parseIsoInstant(iso, &ms)) {
        v.type = DemoValue::Type::Number;
        v.number = double(ms);
    }
    return v;
}

QJsonObject relationshipLinks(const RequestContext& ctx, const QString& base, const QString& id, const QString& rel)
{
    const QString self = ctx.link(base + u'/' + id + u"/relationships/"_s + rel);
    const QString related = ctx.link(base + u'/' + id + u'/' + rel);
    return { { u"links"_s, QJsonObject { { u"self"_s, self }, { u"related"_s, related } } } };
}

QJsonObject relationshipWith(const RequestContext& ctx, const QString& base, const QString& id, const QString& rel,
    const QJsonValue& data)
{
    QJsonObject o = relationshipLinks(ctx, base, id, rel);
    o.insert(u"data"_s, data);
    return o;
}

QJsonObject integrationObject(const DemoStore::Integration& i)
{
    return { { u"object"_s, u"integration"_s }, { u"id"_s, i.id }, { u"name"_s, i.name }, { u"category"_s, i.category } };
}

QJsonObject flowAttributes(const DemoStore::Flow& f)
{
    return { { u"name"_s, f.name }, { u"status"_s, f.status }, { u"archived"_s, f.archived }, { u"created"_s, f.created },
        { u"updated"_s, f.updated }, { u"trigger_type"_s, f.triggerType } };
}

QJsonObject campaignAttributes(const DemoStore& store, const DemoStore::Campaign& c)
{
    QJsonArray included;
    if (!store.lists.isEmpty())
        included.append(c.channel == u"sms"_s && store.lists.size() > 1 ? store.lists[1].id : store.lists[0].id);
    QJsonObject strategy { { u"method"_s, u"static"_s } };
    if (!c.sendTime.isEmpty())
        strategy.insert(u"datetime"_s, c.sendTime);
    return { { u"name"_s, c.name }, { u"status"_s, c.status }, { u"archived"_s, c.archived },
        { u"audiences"_s, QJsonObject { { u"included"_s, included }, { u"excluded"_s, QJsonArray {} } } },
        { u"send_options"_s, QJsonObject { { u"use_smart_sending"_s, true } } },
        { u"tracking_options"_s, QJsonObject { { u"add_tracking_params"_s, true }, { u"is_tracking_clicks"_s, true },
                                     { u"is_tracking_opens"_s, c.channel == u"email"_s } } },
        { u"send_strategy"_s, strategy }, { u"created_at"_s, c.createdAt }, { u"scheduled_at"_s, c.scheduledAt.isEmpty() ? QJsonValue() : QJsonValue(c.scheduledAt) },
        { u"updated_at"_s, c.updatedAt }, { u"send_time"_s, c.sendTime.isEmpty() ? QJsonValue() : QJsonValue(c.sendTime) } };
}

QJsonObject campaignMessageAttributes(const RequestContext& ctx, const DemoStore::Campaign& c, const DemoStore::CampaignMessage& m)
{
    const bool email = m.channel == u"email"_s;
    QJsonObject content;
    if (email) {
        content = { { u"subject"_s, m.label }, { u"preview_text"_s, QString() }, { u"from_email"_s, u"hello@northwind-outfitters.example"_s },
            { u"from_label"_s, ctx.store->accountName } };
    } else {
        content = { { u"body"_s, m.label } };
    }
    QJsonArray sendTimes;
    if (!c.sendTime.isEmpty())
        sendTimes.append(QJsonObject { { u"datetime"_s, c.sendTime }, { u"is_local"_s, false } });
    QJsonObject a { { u"send_times"_s, sendTimes }, { u"created_at"_s, c.createdAt }, { u"updated_at"_s, c.updatedAt } };
    // Revision 2025-01-15 moved label/channel/content under `definition` (only email has a label).
    if (ctx.since(20250115)) {
        QJsonObject definition { { u"channel"_s, m.channel }, { u"content"_s, content } };
        if (email)
            definition.insert(u"label"_s, m.label);
        a.insert(u"definition"_s, definition);
    } else {
        a.insert(u"label"_s, m.label);
        a.insert(u"channel"_s, m.channel);
        a.insert(u"content"_s, content);
    }
    return a;
}

QJsonObject flowMessageAttributes(const RequestContext& ctx, const DemoStore::FlowMessage& m)
{
    QJsonObject a { { u"created"_s, m.created }, { u"updated"_s, m.updated } };
    const QJsonObject content = m.channel == u"email"_s ? QJsonObject { { u"subject"_s, m.name } } : QJsonObject { { u"body"_s, m.name } };
    // Revision 2025-10-15 moved name/channel/content under `definition`; 2026-01-15 re-added channel.
    if (ctx.since(20251015)) {
        a.insert(u"definition"_s, QJsonObject { { u"channel"_s, m.channel }, { u"name"_s, m.name }, { u"content"_s, content } });
        if (ctx.since(20260115))
            a.insert(u"channel"_s, m.channel);
    } else {
        a.insert(u"name"_s, m.name);
        a.insert(u"channel"_s, m.channel);
        a.insert(u"content"_s, content);
    }
    return a;
}

/// Keeps the attributes named in a sparse fieldset (top-level or dotted); false on an unknown name.
bool applyFieldset(const QStringList& fields, QJsonObject* attributes, QString* unknown)
{
    QJsonObject kept;
    for (const QString& field : fields) {
        if (field == u"id"_s)
            continue;
        const QStringList parts = field.split(u'.');
        QJsonValue v = *attributes;
        for (const QString& part : parts) {
            if (!v.isObject() || !v.toObject().contains(part)) {
                *unknown = field;
                return false;
            }
            v = v.toObject().value(part);
        }
        if (parts.size() == 1) {
            kept.insert(field, v);
        } else {
            // Rebuild the nested path, merging with siblings already kept.
            std::function<QJsonObject(QJsonObject, qsizetype)> insertPath = [&](QJsonObject into, qsizetype i) {
                if (i == parts.size() - 1) {
                    into.insert(parts[i], v);
                    return into;
                }
                into.insert(parts[i], insertPath(into.value(parts[i]).toObject(), i + 1));
                return into;
            };
            kept = insertPath(kept, 0);
        }
    }
    *attributes = kept;
    return true;
}

Resource makeResource(const RequestContext& ctx, QStringView name)
{
    const DemoStore& s = *ctx.store;
    const QStringList dtOps { u"equals"_s, u"greater-or-equal"_s, u"greater-than"_s, u"less-or-equal"_s, u"less-than"_s };
    const QStringList rangeOps { u"greater-or-equal"_s, u"greater-than"_s, u"less-or-equal"_s, u"less-than"_s };
    Resource r;
    if (name == u"metrics") {
        // Hidden streams are internal: neither listed nor found.
        auto visible = std::make_shared<std::vector<int>>();
        for (int i = 0; i < s.metrics.size(); ++i) {
            if (!s.metrics[i].hidden)
                visible->push_back(i);
        }
        r.type = u"metric"_s;
        r.path = u"/api/metrics"_s;
        r.count = int(visible->size());
        r.defaultPageSize = r.maxPageSize = 200;
        r.filters = { { "integration.name", FieldType::String, { u"equals"_s }, {} },
            { "integration.category", FieldType::String, { u"equals"_s }, {} } };
        if (ctx.since(20241015))
            r.includes = { u"flow-triggers"_s };
        r.id = [&s, visible](int i) { return s.metrics[(*visible)[size_t(i)]].id; };
        r.attributes = [&s, visible](int i) {
            const auto& m = s.metrics[(*visible)[size_t(i)]];
            return QJsonObject { { u"name"_s, m.name }, { u"created"_s, m.created }, { u"updated"_s, m.updated },
                { u"integration"_s, integrationObject(m.integration) } };
        };
        r.relationships = [&ctx, &s, visible](int i, const QStringList& includes) {
            QJsonObject rel;
            if (!ctx.since(20241015))
                return rel;
            const QString id = s.metrics[(*visible)[size_t(i)]].id;
            if (includes.contains(u"flow-triggers"_s)) {
                QJsonArray data;
                for (const auto& f : s.flows) {
                    if (f.triggerMetricId == id)
                        data.append(QJsonObject { { u"type"_s, u"flow"_s }, { u"id"_s, f.id } });
                }
                rel.insert(u"flow-triggers"_s, relationshipWith(ctx, u"/api/metrics"_s, id, u"flow-triggers"_s, data));
            } else {
                rel.insert(u"flow-triggers"_s, relationshipLinks(ctx, u"/api/metrics"_s, id, u"flow-triggers"_s));
            }
            return rel;
        };
        r.fieldValue = [&s, visible](int i, const QString& field) -> std::optional<DemoValue> {
            const auto& m = s.metrics[(*visible)[size_t(i)]];
            if (field == u"integration.name"_s)
                return DemoValue::string(m.integration.name);
            if (field == u"integration.category"_s)
                return DemoValue::string(m.integration.category);
            return std::nullopt;
        };
    } else if (name == u"flows") {
        r.type = u"flow"_s;
        r.path = u"/api/flows"_s;
        r.count = int(s.flows.size());
        r.defaultPageSize = r.maxPageSize = 50;
        r.pageSizeParam = true;
        r.hidesArchived = true;
        r.filters = { { "id", FieldType::String, {}, { u"any"_s } },
            { "name", FieldType::String, { u"contains"_s, u"ends-with"_s, u"equals"_s, u"starts-with"_s }, {} },
            { "status", FieldType::String, { u"equals"_s }, {} }, { "archived", FieldType::Boolean, { u"equals"_s }, {} },
            { "created", FieldType::DateTime, dtOps, {} }, { "updated", FieldType::DateTime, dtOps, {} },
            { "trigger_type", FieldType::String, { u"equals"_s }, {} } };
        r.sortFields = { u"created"_s, u"id"_s, u"name"_s, u"status"_s, u"trigger_type"_s, u"updated"_s };
        r.includes = { u"tags"_s };
        r.id = [&s](int i) { return s.flows[i].id; };
        r.attributes = [&s](int i) { return flowAttributes(s.flows[i]); };
        r.relationships = [&ctx, &s](int i, const QStringList& includes) {
            const auto& f = s.flows[i];
            QJsonObject rel { { u"flow-actions"_s, relationshipLinks(ctx, u"/api/flows"_s, f.id, u"flow-actions"_s) } };
            if (includes.contains(u"tags"_s)) {
                QJsonArray data;
                for (const auto& t : f.tags)
                    data.append(QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, t.id } });
                rel.insert(u"tags"_s, relationshipWith(ctx, u"/api/flows"_s, f.id, u"tags"_s, data));
            } else {
                rel.insert(u"tags"_s, relationshipLinks(ctx, u"/api/flows"_s, f.id, u"tags"_s));
            }
            return rel;
        };
        r.fieldValue = [&s](int i, const QString& field) -> std::optional<DemoValue> {
            const auto& f = s.flows[i];
            if (field == u"id"_s)
                return DemoValue::string(f.id);
            if (field == u"name"_s)
                return DemoValue::string(f.name);
            if (field == u"status"_s)
                return DemoValue::string(f.status);
            if (field == u"archived"_s)
                return DemoValue::boolean(f.archived);
            if (field == u"created"_s)
                return dateValue(f.created);
            if (field == u"updated"_s)
                return dateValue(f.updated);
            if (field == u"trigger_type"_s)
                return DemoValue::string(f.triggerType);
            return std::nullopt;
        };
    } else if (name == u"campaigns") {
        r.type = u"campaign"_s;
        r.path = u"/api/campaigns"_s;
        r.count = int(s.campaigns.size());
        r.defaultPageSize = r.maxPageSize = 100;
        r.pageSizeParam = ctx.since(20260415);
        r.hidesArchived = true;
        r.filters = { { "messages.channel", FieldType::String, { u"equals"_s }, {} },
            { "id", FieldType::String, {}, { u"any"_s }, 20250715 }, { "name", FieldType::String, { u"contains"_s }, {} },
            { "status", FieldType::String, { u"equals"_s }, { u"any"_s, u"equals"_s } },
            { "archived", FieldType::Boolean, { u"equals"_s }, {} }, { "created_at", FieldType::DateTime, rangeOps, {} },
            { "scheduled_at", FieldType::DateTime, rangeOps, {} }, { "updated_at", FieldType::DateTime, rangeOps, {} } };
        r.sortFields = { u"created_at"_s, u"id"_s, u"name"_s, u"scheduled_at"_s, u"updated_at"_s };
        r.includes = { u"campaign-messages"_s, u"tags"_s };
        r.id = [&s](int i) { return s.campaigns[i].id; };
        r.attributes = [&s](int i) { return campaignAttributes(s, s.campaigns[i]); };
        r.relationships = [&ctx, &s](int i, const QStringList& includes) {
            const auto& c = s.campaigns[i];
            QJsonObject rel;
            if (includes.contains(u"campaign-messages"_s)) {
                QJsonArray data;
                for (const auto& m : c.messages)
                    data.append(QJsonObject { { u"type"_s, u"campaign-message"_s }, { u"id"_s, m.id } });
                rel.insert(u"campaign-messages"_s, relationshipWith(ctx, u"/api/campaigns"_s, c.id, u"campaign-messages"_s, data));
            } else {
                rel.insert(u"campaign-messages"_s, relationshipLinks(ctx, u"/api/campaigns"_s, c.id, u"campaign-messages"_s));
            }
            if (includes.contains(u"tags"_s)) {
                QJsonArray data;
                for (const auto& t : c.tags)
                    data.append(QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, t.id } });
                rel.insert(u"tags"_s, relationshipWith(ctx, u"/api/campaigns"_s, c.id, u"tags"_s, data));
            } else {
                rel.insert(u"tags"_s, relationshipLinks(ctx, u"/api/campaigns"_s, c.id, u"tags"_s));
            }
            return rel;
        };
        r.fieldValue = [&s](int i, const QString& field) -> std::optional<DemoValue> {
            const auto& c = s.campaigns[i];
            if (field == u"messages.channel"_s)
                return DemoValue::string(c.channel);
            if (field == u"id"_s)
                return DemoValue::string(c.id);
            if (field == u"name"_s)
                return DemoValue::string(c.name);
            if (field == u"status"_s)
                return DemoValue::string(c.status);
            if (field == u"archived"_s)
                return DemoValue::boolean(c.archived);
            if (field == u"created_at"_s)
                return dateValue(c.createdAt);
            if (field == u"scheduled_at"_s)
                return c.scheduledAt.isEmpty() ? std::optional<DemoValue>() : dateValue(c.scheduledAt);
            if (field == u"updated_at"_s)
                return dateValue(c.updatedAt);
            return std::nullopt;
        };
    } else if (name == u"forms") {
        r.type = u"form"_s;
        r.path = u"/api/forms"_s;
        r.count = int(s.forms.size());
        r.defaultPageSize = 20;
        r.maxPageSize = 100;
        r.pageSizeParam = true;
        r.filters = { { "id", FieldType::String, { u"equals"_s }, { u"any"_s, u"equals"_s } },
            { "name", FieldType::String, { u"contains"_s, u"equals"_s }, { u"any"_s, u"equals"_s } },
            { "ab_test", FieldType::Boolean, { u"equals"_s }, {} }, { "updated_at", FieldType::DateTime, rangeOps, {} },
            { "created_at", FieldType::DateTime, rangeOps, {} }, { "status", FieldType::String, { u"equals"_s }, {} } };
        r.sortFields = { u"created_at"_s, u"updated_at"_s };
        r.id = [&s](int i) { return s.forms[i].id; };
        r.attributes = [&s](int i) {
            const auto& f = s.forms[i];
            return QJsonObject { { u"name"_s, f.name }, { u"status"_s, f.status }, { u"ab_test"_s, f.abTest },
                { u"created_at"_s, f.createdAt }, { u"updated_at"_s, f.updatedAt } };
        };
        r.relationships = [](int, const QStringList&) { return QJsonObject(); };
        r.fieldValue = [&s](int i, const QString& field) -> std::optional<DemoValue> {
            const auto& f = s.forms[i];
            if (field == u"id"_s)
                return DemoValue::string(f.id);
            if (field == u"name"_s)
                return DemoValue::string(f.name);
            if (field == u"ab_test"_s)
                return DemoValue::boolean(f.abTest);
            if (field == u"status"_s)
                return DemoValue::string(f.status);
            if (field == u"created_at"_s)
                return dateValue(f.createdAt);
            if (field == u"updated_at"_s)
                return dateValue(f.updatedAt);
            return std::nullopt;
        };
    } else if (name == u"segments" || name == u"lists") {
        const bool isList = name == u"lists";
        r.type = isList ? u"list"_s : u"segment"_s;
        r.path = isList ? u"/api/lists"_s : u"/api/segments"_s;
        r.count = int(isList ? s.lists.size() : s.segments.size());
        r.defaultPageSize = r.maxPageSize = 10;
        r.pageSizeParam = ctx.since(20260415);
        r.filters = { { "name", FieldType::String, {}, { u"any"_s, u"equals"_s } },
            { "id", FieldType::String, { u"equals"_s }, { u"any"_s, u"equals"_s } },
            { "created", FieldType::DateTime, { u"greater-than"_s }, {} },
            { "updated", FieldType::DateTime, { u"greater-than"_s }, {} } };
        if (!isList) {
            r.filters.append({ "is_active", FieldType::Boolean, { u"equals"_s }, { u"any"_s, u"equals"_s }, 20240215 });
            r.filters.append({ "is_starred", FieldType::Boolean, { u"equals"_s }, {}, 20240215 });
        }
        if (ctx.since(20240515))
            r.sortFields = { u"created"_s, u"id"_s, u"name"_s, u"updated"_s };
        r.includes = { u"tags"_s };
        r.additionalFields = { u"profile_count"_s };
        r.id = [&s, isList](int i) { return isList ? s.lists[i].id : s.segments[i].id; };
        r.attributes = [&ctx, &s, isList](int i) {
            if (isList) {
                const auto& l = s.lists[i];
                QJsonObject a { { u"name"_s, l.name }, { u"created"_s, l.created }, { u"updated"_s, l.updated } };
                if (ctx.since(20240215))
                    a.insert(u"opt_in_process"_s, l.optInProcess);
                return a;
            }
            const auto& g = s.segments[i];
            QJsonObject a { { u"name"_s, g.name }, { u"created"_s, g.created }, { u"updated"_s, g.updated } };
            if (ctx.since(20240215)) {
                a.insert(u"is_active"_s, g.isActive);
                a.insert(u"is_processing"_s, false);
                a.insert(u"is_starred"_s, g.isStarred);
            }
            return a;
        };
        r.relationships = [&ctx, &s, isList, path = r.path](int i, const QStringList& includes) {
            const QString id = isList ? s.lists[i].id : s.segments[i].id;
            QJsonObject rel { { u"profiles"_s, relationshipLinks(ctx, path, id, u"profiles"_s) } };
            // The demo account tags no list or segment: an included relationship is empty.
            rel.insert(u"tags"_s, includes.contains(u"tags"_s) ? relationshipWith(ctx, path, id, u"tags"_s, QJsonArray {})
                                                                : relationshipLinks(ctx, path, id, u"tags"_s));
            return rel;
        };
        r.fieldValue = [&s, isList](int i, const QString& field) -> std::optional<DemoValue> {
            const QString id = isList ? s.lists[i].id : s.segments[i].id;
            if (field == u"id"_s)
                return DemoValue::string(id);
            if (field == u"name"_s)
                return DemoValue::string(isList ? s.lists[i].name : s.segments[i].name);
            if (field == u"created"_s)
                return dateValue(isList ? s.lists[i].created : s.segments[i].created);
            if (field == u"updated"_s)
                return dateValue(isList ? s.lists[i].updated : s.segments[i].updated);
            if (!isList && field == u"is_active"_s)
                return DemoValue::boolean(s.segments[i].isActive);
            if (!isList && field == u"is_starred"_s)
                return DemoValue::boolean(s.segments[i].isStarred);
            return std::nullopt;
        };
        r.additional = [&ctx, &s, isList](int i, const QString&) {
            qint64 members = 0;
            if (isList) {
                const int metric = s.metricIndexByName(u"Subscribed to List");
                const int key = s.keyId(u"List");
                if (metric >= 0 && key >= 0) {
                    for (const auto& e : s.events(metric)) {
                        const int v = s.tupleValue(e.tuple, key);
                        if (v >= 0 && e.timeMs <= ctx.nowMs && s.value(v).text == s.lists[i].id)
                            ++members;
                    }
                }
            } else {
                members = s.segments[i].baseMembers;
                for (const auto& c : s.segments[i].changes) {
                    if (c.timeMs <= ctx.nowMs)
                        members += c.added - c.removed;
                }
            }
            return QJsonObject { { u"profile_count"_s, double(members) } };
        };
    }
    r.cursorTag = r.type;
    return r;
}

} // namespace

Outcome handleLookup(const RequestContext& ctx, QStringView resourceName, bool single)
{
    const DemoStore& s = *ctx.store;

    // The message resources are looked up by id only and embed their own shapes.
    if (resourceName == u"flow-messages" || resourceName == u"campaign-messages") {
        const bool isFlow = resourceName == u"flow-messages";
        const auto [owner, index] = isFlow ? s.flowMessage(ctx.id) : s.campaignMessage(ctx.id);
        if (owner < 0)
            return Outcome::fail(notFound(u"A %1 with id %2 was not found."_s.arg(isFlow ? u"flow message"_s : u"campaign message"_s, ctx.id)));
        const QString type = isFlow ? u"flow-message"_s : u"campaign-message"_s;
        const QString base = isFlow ? u"/api/flow-messages"_s : u"/api/campaign-messages"_s;
        QJsonObject attributes = isFlow ? flowMessageAttributes(ctx, s.flows[owner].messages[index])
                                        : campaignMessageAttributes(ctx, s.campaigns[owner], s.campaigns[owner].messages[index]);
        const QString fieldsParam = u"fields["_s + type + u']';
        if (ctx.hasParam(fieldsParam)) {
            QString unknown;
            if (!applyFieldset(ctx.param(fieldsParam).split(u',', Qt::SkipEmptyParts), &attributes, &unknown))
                return Outcome::fail(invalidParameter(u"'%1' is not a valid field for the resource '%2'."_s.arg(unknown, type), fieldsParam));
        }
        const QStringList includes = ctx.param(u"include").split(u',', Qt::SkipEmptyParts);
        const QStringList allowedIncludes = isFlow ? QStringList {} : QStringList { u"campaign"_s };
        for (const QString& inc : includes) {
            if (!allowedIncludes.contains(inc))
                return Outcome::fail(invalidParameter(u"'%1' is not a valid include for '%2'."_s.arg(inc, type), u"include"_s));
        }
        QJsonObject relationships;
        QJsonArray included;
        if (isFlow) {
            relationships.insert(u"flow-action"_s, relationshipLinks(ctx, base, ctx.id, u"flow-action"_s));
        } else {
            const auto& c = s.campaigns[owner];
            if (includes.contains(u"campaign"_s)) {
                relationships.insert(u"campaign"_s, relationshipWith(ctx, base, ctx.id, u"campaign"_s,
                                                        QJsonObject { { u"type"_s, u"campaign"_s }, { u"id"_s, c.id } }));
                included.append(QJsonObject { { u"type"_s, u"campaign"_s }, { u"id"_s, c.id },
                    { u"attributes"_s, campaignAttributes(s, c) },
                    { u"links"_s, QJsonObject { { u"self"_s, ctx.link(u"/api/campaigns/"_s + c.id) } } } });
            } else {
                relationships.insert(u"campaign"_s, relationshipLinks(ctx, base, ctx.id, u"campaign"_s));
            }
        }
        relationships.insert(u"template"_s, relationshipLinks(ctx, base, ctx.id, u"template"_s));
        QJsonObject data { { u"type"_s, type }, { u"id"_s, ctx.id }, { u"attributes"_s, attributes },
            { u"relationships"_s, relationships }, { u"links"_s, QJsonObject { { u"self"_s, ctx.link(base + u'/' + ctx.id) } } } };
        QJsonObject root { { u"data"_s, data }, { u"links"_s, QJsonObject { { u"self"_s, ctx.selfLink() } } } };
        if (!included.isEmpty())
            root.insert(u"included"_s, included);
        return Outcome::ok(toJson(root));
    }

    const Resource r = makeResource(ctx, resourceName);
    if (r.type.isEmpty())
        return Outcome::fail(notFound(u"Not found."_s));

    // include, fields, additional-fields -------------------------------------------------------
    const QStringList includes = ctx.param(u"include").split(u',', Qt::SkipEmptyParts);
    for (const QString& inc : includes) {
        if (!r.includes.contains(inc))
            return Outcome::fail(invalidParameter(u"'%1' is not a valid include for '%2'."_s.arg(inc, r.type), u"include"_s));
    }
    const QString fieldsParam = u"fields["_s + r.type + u']';
    const QStringList fields = ctx.param(fieldsParam).split(u',', Qt::SkipEmptyParts);
    const QString additionalParam = u"additional-fields["_s + r.type + u']';
    const QStringList additional = ctx.param(additionalParam).split(u',', Qt::SkipEmptyParts);
    for (const QString& a : additional) {
        if (!r.additionalFields.contains(a))
            return Outcome::fail(invalidParameter(u"'%1' is not a valid additional field for '%2'."_s.arg(a, r.type), additionalParam));
    }
    for (const auto& [k, v] : ctx.query) {
        // fields[...] of an included type other than those served here must name known attributes;
        // the demo only validates its own resources' fieldsets.
        if (k.startsWith(u"fields["_s) && k != fieldsParam && v.isEmpty())
            return Outcome::fail(invalidParameter(u"'%1' must name at least one field."_s.arg(k), k));
    }

    auto render = [&](int i) -> std::optional<QJsonObject> {
        QJsonObject attributes = r.attributes(i);
        if (!fields.isEmpty()) {
            QString unknown;
            if (!applyFieldset(fields, &attributes, &unknown))
                return std::nullopt;
        }
        for (const QString& a : additional) {
            const QJsonObject extra = r.additional(i, a);
            for (auto it = extra.begin(); it != extra.end(); ++it)
                attributes.insert(it.key(), it.value());
        }
        const QString id = r.id(i);
        QJsonObject o { { u"type"_s, r.type }, { u"id"_s, id }, { u"attributes"_s, attributes },
            { u"links"_s, QJsonObject { { u"self"_s, ctx.link(r.path + u'/' + id) } } } };
        const QJsonObject rel = r.relationships(i, includes);
        if (!rel.isEmpty())
            o.insert(u"relationships"_s, rel);
        return o;
    };
    auto badFields = [&]() {
        QJsonObject probe = r.count > 0 ? r.attributes(0) : QJsonObject();
        QString unknown;
        applyFieldset(fields, &probe, &unknown);
        return Outcome::fail(invalidParameter(u"'%1' is not a valid field for the resource '%2'."_s.arg(unknown, r.type), fieldsParam));
    };
    auto includedFor = [&](const std::vector<int>& items) {
        QJsonArray included;
        QSet<QString> seen;
        for (const int i : items) {
            if (includes.contains(u"flow-triggers"_s)) {
                const QString id = r.id(i);
                for (const auto& f : s.flows) {
                    if (f.triggerMetricId == id && !seen.contains(u"flow/"_s + f.id)) {
                        seen.insert(u"flow/"_s + f.id);
                        QJsonObject attributes = flowAttributes(f);
                        QString unknown;
                        if (ctx.hasParam(u"fields[flow]"))
                            applyFieldset(ctx.param(u"fields[flow]").split(u',', Qt::SkipEmptyParts), &attributes, &unknown);
                        included.append(QJsonObject { { u"type"_s, u"flow"_s }, { u"id"_s, f.id }, { u"attributes"_s, attributes },
                            { u"links"_s, QJsonObject { { u"self"_s, ctx.link(u"/api/flows/"_s + f.id) } } } });
                    }
                }
            }
            if (r.type == u"campaign"_s && includes.contains(u"campaign-messages"_s)) {
                const auto& c = s.campaigns[i];
                for (const auto& m : c.messages) {
                    included.append(QJsonObject { { u"type"_s, u"campaign-message"_s }, { u"id"_s, m.id },
                        { u"attributes"_s, campaignMessageAttributes(ctx, c, m) },
                        { u"links"_s, QJsonObject { { u"self"_s, ctx.link(u"/api/campaign-messages/"_s + m.id) } } } });
                }
            }
            if (includes.contains(u"tags"_s)) {
                const QList<DemoStore::Tag> tags = r.type == u"campaign"_s ? s.campaigns[i].tags
                    : r.type == u"flow"_s                                 ? s.flows[i].tags
                                                                          : QList<DemoStore::Tag> {};
                for (const auto& t : tags) {
                    if (seen.contains(u"tag/"_s + t.id))
                        continue;
                    seen.insert(u"tag/"_s + t.id);
                    included.append(QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, t.id },
                        { u"attributes"_s, QJsonObject { { u"name"_s, t.name } } },
                        { u"links"_s, QJsonObject { { u"self"_s, ctx.link(u"/api/tags/"_s + t.id) } } } });
                }
            }
        }
        return included;
    };

    // single resource ---------------------------------------------------------------------------
    if (single) {
        int index = -1;
        for (int i = 0; i < r.count; ++i) {
            if (r.id(i) == ctx.id) {
                index = i;
                break;
            }
        }
        if (index < 0)
            return Outcome::fail(notFound(u"A %1 with id %2 was not found."_s.arg(r.type, ctx.id)));
        const auto data = render(index);
        if (!data)
            return badFields();
        QJsonObject root { { u"data"_s, *data }, { u"links"_s, QJsonObject { { u"self"_s, ctx.selfLink() } } } };
        if (!includes.isEmpty())
            root.insert(u"included"_s, includedFor({ index }));
        return Outcome::ok(toJson(root));
    }

    // collection: filter --------------------------------------------------------------------------
    QList<std::pair<QString, DemoFilterMatcher>> matchers;
    QSet<QString> filteredFields;
    if (ctx.hasParam(u"filter")) {
        DemoError error;
        const auto conditions = parseConditions(ctx.param(u"filter"), &error, u"filter"_s);
        if (!conditions)
            return Outcome::fail(error);
        for (const FilterExpr& c : *conditions) {
            const FilterRule* rule = nullptr;
            for (const FilterRule& fr : r.filters) {
                if (c.field == QLatin1StringView(fr.field) && ctx.revisionNumber >= fr.since)
                    rule = &fr;
            }
            const QString op = filterOpName(c.op);
            if (!rule)
                return Outcome::fail(invalidParameter(u"'%1' is not a valid field for filtering %2 resources."_s.arg(c.field, r.type), u"filter"_s));
            const bool isList = c.value && c.value->type == FilterValue::Type::Array;
            if (!(isList ? rule->listOps : rule->singleOps).contains(op))
                return Outcome::fail(invalidParameter(
                    u"Operator '%1' is not valid for field '%2' with a %3 value."_s.arg(op, c.field, isList ? u"list"_s : u"single"_s),
                    u"filter"_s));
            const QList<FilterValue> literals = isList ? c.value->items : QList<FilterValue> { *c.value };
            for (const FilterValue& literal : literals) {
                const bool typeOk = rule->type == FieldType::Boolean ? literal.type == FilterValue::Type::Boolean
                    : rule->type == FieldType::DateTime              ? literal.type == FilterValue::Type::DateTime
                                                                     : literal.type == FilterValue::Type::String;
                if (!typeOk) {
                    const QString expected = rule->type == FieldType::Boolean ? u"a boolean (true or false)"_s
                        : rule->type == FieldType::DateTime                   ? u"an unquoted ISO 8601 date-time"_s
                                                                              : u"a quoted string"_s;
                    return Outcome::fail(invalidParameter(u"The value for '%1' must be %2."_s.arg(c.field, expected), u"filter"_s));
                }
            }
            if (isList && c.value->items.size() > 100)
                return Outcome::fail(invalidParameter(u"A list filter may hold at most 100 items."_s, u"filter"_s));
            if (c.field == u"messages.channel"_s) {
                const QStringList channels = revision::campaignChannels(ctx.revision);
                if (!channels.contains(c.value->text))
                    return Outcome::fail(invalidParameter(u"'%1' is not a valid channel; use %2."_s.arg(c.value->text, channels.join(u", "_s)),
                        u"filter"_s));
            }
            filteredFields.insert(c.field);
            matchers.append({ c.field, DemoFilterMatcher(c) });
        }
    }
    if (r.type == u"campaign"_s && !filteredFields.contains(u"messages.channel"_s)) {
        const QStringList channels = revision::campaignChannels(ctx.revision);
        QStringList options;
        for (const QString& ch : channels)
            options.append(u"?filter=equals(messages.channel,'%1')"_s.arg(ch));
        return Outcome::fail(invalidParameter(
            u"A channel filter is required to list campaigns. Please provide either: %1"_s.arg(options.join(u" or "_s)), u"filter"_s));
    }

    // page size, sort, cursor ---------------------------------------------------------------------
    int pageSize = r.defaultPageSize;
    if (ctx.hasParam(u"page[size]")) {
        bool ok = false;
        const int requested = ctx.param(u"page[size]").toInt(&ok);
        if (!r.pageSizeParam)
            return Outcome::fail(invalidParameter(u"'page[size]' is not a valid query parameter for this endpoint."_s, u"page[size]"_s));
        if (!ok || requested < 1 || requested > r.maxPageSize)
            return Outcome::fail(invalidParameter(u"'page[size]' must be an integer between 1 and %1."_s.arg(r.maxPageSize), u"page[size]"_s));
        pageSize = requested;
    }
    QString sort = ctx.param(u"sort");
    const bool descending = sort.startsWith(u'-');
    if (descending)
        sort.remove(0, 1);
    if (ctx.hasParam(u"sort") && !r.sortFields.contains(sort))
        return Outcome::fail(invalidParameter(u"'%1' is not a valid sort field; use %2."_s.arg(ctx.param(u"sort"), r.sortFields.join(u", "_s)), u"sort"_s));
    qint64 offset = 0;
    if (ctx.hasParam(u"page[cursor]") && !decodeCursor(ctx.param(u"page[cursor]"), r.cursorTag, &offset))
        return Outcome::fail(invalidParameter(u"Invalid cursor provided."_s, u"page[cursor]"_s));

    std::vector<int> items;
    for (int i = 0; i < r.count; ++i) {
        bool pass = true;
        for (const auto& [field, matcher] : matchers) {
            const std::optional<DemoValue> v = r.fieldValue(i, field);
            if (!matcher.matches(v ? &*v : nullptr)) {
                pass = false;
                break;
            }
        }
        if (pass && r.hidesArchived && ctx.options->hideArchivedByDefault && !filteredFields.contains(u"archived"_s)) {
            const auto archived = r.fieldValue(i, u"archived"_s);
            pass = !(archived && archived->text == u"true"_s);
        }
        if (pass)
            items.push_back(i);
    }
    if (!sort.isEmpty()) {
        std::stable_sort(items.begin(), items.end(), [&](int a, int b) {
            const auto va = r.fieldValue(a, sort);
            const auto vb = r.fieldValue(b, sort);
            const QString ta = va ? va->text : QString();
            const QString tb = vb ? vb->text : QString();
            const bool numeric = va && vb && va->type == DemoValue::Type::Number && vb->type == DemoValue::Type::Number;
            const int c = numeric ? (va->number < vb->number ? -1 : va->number > vb->number ? 1 : 0) : QString::compare(ta, tb);
            return descending ? c > 0 : c < 0;
        });
    }
    const qsizetype total = qsizetype(items.size());
    const qsizetype from = std::min<qsizetype>(offset, total);
    const qsizetype to = std::min<qsizetype>(from + pageSize, total);
    QJsonArray data;
    std::vector<int> page;
    for (qsizetype k = from; k < to; ++k) {
        const auto o = render(items[size_t(k)]);
        if (!o)
            return badFields();
        data.append(*o);
        page.push_back(items[size_t(k)]);
    }
    if (!fields.isEmpty() && page.empty() && r.count > 0 && !render(0))
        return badFields();
    QJsonObject links { { u"self"_s, ctx.selfLink() } };
    links.insert(u"next"_s, to < total ? QJsonValue(ctx.linkWithParam(u"page[cursor]"_s, encodeCursor(to, r.cursorTag))) : QJsonValue());
    links.insert(u"prev"_s, from > 0 ? QJsonValue(ctx.linkWithParam(u"page[cursor]"_s, encodeCursor(std::max<qsizetype>(0, from - pageSize), r.cursorTag)))
                                      : QJsonValue());
    QJsonObject root { { u"data"_s, data }, { u"links"_s, links } };
    if (!includes.isEmpty())
        root.insert(u"included"_s, includedFor(page));
    return Outcome::ok(toJson(root));
}

} // namespace kx::demoimpl
