// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoengine.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>
#include <memory>

namespace kx {

class DemoEngineProvider;

namespace demo {
/// The base URL of the in-process demo account: https://demo.klaviyo-explorer.invalid
QUrl baseUrl();
/// Whether @p url points at the demo account.
bool isDemoUrl(const QUrl& url);
} // namespace demo

/**
 * The app's QNetworkAccessManager with the demo account built in: requests to
 * demo::baseUrl() are answered by a DemoEngine in a worker thread through DemoReply (the client
 * stack runs unchanged); every other request goes to the network as usual.
 * @note Create it in the thread that uses it, like any QNetworkAccessManager.
 */
class DemoNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    /// The default demo account (seed 1, today, any key starting with "pk_"), generated in a
    /// worker thread on the first demo request.
    explicit DemoNetworkAccessManager(QObject* parent = nullptr);
    /// Serves @p engine.
    explicit DemoNetworkAccessManager(std::shared_ptr<DemoEngine> engine, QObject* parent = nullptr);
    /// Serves the engine @p factory makes, called once in a worker thread on the first demo request.
    explicit DemoNetworkAccessManager(std::function<std::shared_ptr<DemoEngine>()> factory, QObject* parent = nullptr);
    ~DemoNetworkAccessManager() override;

    /// The engine when it exists (the default one only after the first demo request).
    std::shared_ptr<DemoEngine> engine() const;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    std::shared_ptr<DemoEngineProvider> m_provider;
};

} // namespace kx
