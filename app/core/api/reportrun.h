// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apioperation.h"

#include "query/reportquery.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace kx {

/**
 * Runs one Reporting API request: POST the report body to the type's path, then follow the
 * top-level `links.next` URL (it carries `page_cursor`) by re-POSTing the same body to it, until
 * there is no next page. Result: the raw page bodies, parsed by the results module.
 * Reports need revision ≥ 2024-02-15 (forms and segments ≥ 2024-10-15): see setRevision().
 */
class ReportRun : public ApiOperation
{
    Q_OBJECT

public:
    ReportRun(ApiClient* client, ReportType type, const QJsonObject& body, QObject* parent = nullptr);

    /// Safety bound against a cursor that never ends (default 1000 pages).
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }

    ReportType type() const { return m_type; }
    /// The first request of the run (for the curl command).
    ApiRequest firstRequest() const;
    RunPlan plan() const override;

    /// Every page body in order. Valid after a successful finished().
    const QList<QByteArray>& pages() const { return m_pages; }

protected:
    void run() override;

private:
    void fetch(const ApiRequest& request);

    ReportType m_type;
    QByteArray m_body;
    QList<QByteArray> m_pages;
    QSet<QString> m_seenNextUrls;
    int m_maxPages = 1000;
};

} // namespace kx
