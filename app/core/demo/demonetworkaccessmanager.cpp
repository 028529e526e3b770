// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonetworkaccessmanager.h"

#include "demoengineprovider.h"
#include "demoreply.h"

#include <QDate>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace kx {

namespace demo {

QUrl baseUrl()
{
    return QUrl(u"https://demo.klaviyo-explorer.invalid"_s);
}

bool isDemoUrl(const QUrl& url)
{
    const QUrl base = baseUrl();
    return url.scheme() == base.scheme() && url.host() == base.host() && url.port(443) == 443;
}

} // namespace demo

DemoNetworkAccessManager::DemoNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
    , m_provider(std::make_shared<DemoEngineProvider>(DemoEngineProvider::Factory([] {
        return std::make_shared<DemoEngine>(generateDemoStore(1, QDate::currentDate()));
    })))
{
}

DemoNetworkAccessManager::DemoNetworkAccessManager(std::shared_ptr<DemoEngine> engine, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_provider(std::make_shared<DemoEngineProvider>(std::move(engine)))
{
}

DemoNetworkAccessManager::DemoNetworkAccessManager(std::function<std::shared_ptr<DemoEngine>()> factory, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_provider(std::make_shared<DemoEngineProvider>(DemoEngineProvider::Factory(std::move(factory))))
{
}

DemoNetworkAccessManager::~DemoNetworkAccessManager() = default;

std::shared_ptr<DemoEngine> DemoNetworkAccessManager::engine() const
{
    return m_provider->existingEngine();
}

QNetworkReply* DemoNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (!demo::isDemoUrl(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);

    HttpRequest r;
    switch (op) {
    case HeadOperation:
        r.method = "HEAD";
        break;
    case GetOperation:
        r.method = "GET";
        break;
    case PutOperation:
        r.method = "PUT";
        break;
    case PostOperation:
        r.method = "POST";
        break;
    case DeleteOperation:
        r.method = "DELETE";
        break;
    case CustomOperation:
        r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        r.method = "GET";
        break;
    }
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (r.path.isEmpty())
        r.path = "/";
    r.query = url.query(QUrl::FullyEncoded).toLatin1();
    r.origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                   .toString(QUrl::FullyEncoded)
                   .toLatin1();
    for (const QByteArray& name : request.rawHeaderList())
        r.headers.append(qMakePair(name, request.rawHeader(name)));
    if (outgoingData) {
        if (!outgoingData->isOpen())
            outgoingData->open(QIODevice::ReadOnly);
        r.body = outgoingData->readAll();
    }
    // Qt's HTTP backend does the same for a body sent without a type.
    if ((op == PostOperation || op == PutOperation) && !r.hasHeader("content-type"))
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return new DemoReply(m_provider, std::move(r), op, request, this);
}

} // namespace kx
