// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistfetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/namelookup.h"

using namespace Qt::StringLiterals;

namespace kx {

EntityListFetcher::EntityListFetcher(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void EntityListFetcher::fetch(NameKind kind)
{
    if (!m_client || m_started.contains(int(kind)))
        return;
    if (kind != NameKind::Flow && kind != NameKind::Campaign && kind != NameKind::Form && kind != NameKind::Segment)
        return;
    m_started.insert(int(kind));
    if (kind == NameKind::Campaign) {
        // GET /api/campaigns requires a channel filter (digest §6): list email and SMS campaigns.
        m_pending[int(kind)] = 2;
        request(kind, u"email"_s, {}, 1);
        request(kind, u"sms"_s, {}, 1);
    } else {
        m_pending[int(kind)] = 1;
        request(kind, {}, {}, 1);
    }
}

void EntityListFetcher::request(NameKind kind, const QString& channel, const QString& nextUrl, int page)
{
    QString path;
    QString fields;
    EndpointFamily family = EndpointFamily::Flows;
    switch (kind) {
    case NameKind::Flow:
        path = u"/api/flows"_s;
        fields = u"fields[flow]"_s;
        family = EndpointFamily::Flows;
        break;
    case NameKind::Campaign:
        path = u"/api/campaigns"_s;
        fields = u"fields[campaign]"_s;
        family = EndpointFamily::Campaigns;
        break;
    case NameKind::Form:
        path = u"/api/forms"_s;
        fields = u"fields[form]"_s;
        family = EndpointFamily::Forms;
        break;
    default:
        path = u"/api/segments"_s;
        fields = u"fields[segment]"_s;
        family = EndpointFamily::Segments;
        break;
    }
    QList<QueryItem> query { { fields, u"name"_s } };
    if (!channel.isEmpty())
        query.append({ u"filter"_s, u"equals(messages.channel,'%1')"_s.arg(channel) });
    ApiRequest get = ApiRequest::get(path, family, query);
    if (!nextUrl.isEmpty())
        get.absoluteUrl = QUrl(nextUrl);
    ApiCall* call = m_client->send(get, this);
    ++m_inFlight;
    connect(call, &ApiCall::finished, this, [this, call, kind, channel, page] {
        call->deleteLater();
        --m_inFlight;
        if (!call->isSuccess()) {
            finishOne(kind);
            return;
        }
        const QJsonObject root = QJsonDocument::fromJson(call->response().body).object();
        QHash<QString, QString>& names = m_names[int(kind)];
        for (const QJsonValue& item : root.value(u"data"_s).toArray()) {
            const QJsonObject o = item.toObject();
            const QString id = o.value(u"id"_s).toString();
            if (!id.isEmpty())
                names.insert(id, o.value(u"attributes"_s).toObject().value(u"name"_s).toString());
        }
        const QString next = root.value(u"links"_s).toObject().value(u"next"_s).toString();
        if (!next.isEmpty() && page < m_maxPages && m_client) {
            request(kind, channel, next, page + 1);
            return;
        }
        finishOne(kind);
    });
}

void EntityListFetcher::finishOne(NameKind kind)
{
    if (--m_pending[int(kind)] > 0)
        return;
    Q_EMIT namesFetched(kind, m_names.value(int(kind)));
}

} // namespace kx
