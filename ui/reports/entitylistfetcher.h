// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace kx {

class ApiCall;
class ApiClient;
enum class NameKind; // api/namelookup.h

/**
 * Lists the account's flows, campaigns (email and SMS), forms or segments by name, so the report
 * filter pickers can offer them before any report ran. Follows `links.next` for at most
 * setMaxPages() pages per kind; a failure only leaves the list shorter (the pickers still accept
 * typed ids). Each kind is fetched once per fetcher.
 * @note The client must outlive the fetcher's calls; calls are its children.
 */
class EntityListFetcher : public QObject
{
    Q_OBJECT

public:
    EntityListFetcher(ApiClient* client, QObject* parent = nullptr);

    /// Starts listing @p kind unless it was listed or is being listed already. Flow, Campaign,
    /// Form and Segment only.
    void fetch(NameKind kind);
    void setMaxPages(int pages)
    {
        m_maxPages = std::max(1, pages);
    }
    bool isFetching() const
    {
        return m_inFlight > 0;
    }

Q_SIGNALS:
    /// Names of @p kind arrived (id → name); emitted once per kind when its listing ends.
    void namesFetched(kx::NameKind kind, const QHash<QString, QString>& names);

private:
    void request(NameKind kind, const QString& channel, const QString& nextUrl, int page);
    void finishOne(NameKind kind);

    QPointer<ApiClient> m_client;
    QSet<int> m_started;
    QHash<int, QHash<QString, QString>> m_names;
    QHash<int, int> m_pending; ///< kind → listings still running (campaigns: one per channel)
    int m_inFlight = 0;
    int m_maxPages = 5;
};

} // namespace kx
