// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiparsers.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace kx {

class MessageBanner;
class MetricCatalogModel;
class MetricFilterProxyModel;

/**
 * The metric browser dock: the account's metrics grouped by integration, a search box (name and
 * integration), an integration filter with counts, a details pane (id, integration, created,
 * updated, copy id), and when the list was last refreshed with a refresh button. Double-click or
 * Enter on a metric asks for a new query tab; metrics can be dragged onto an editor.
 */
class MetricBrowserWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MetricBrowserWidget(QWidget* parent = nullptr);
    ~MetricBrowserWidget() override;

    void setMetrics(const QList<MetricInfo>& metrics);
    void setRefreshedAt(const QDateTime& utc);
    void setRefreshing(bool refreshing);
    /// A note above the list (offline, key missing, scope missing); empty text hides it.
    void setNotice(const QString& text, bool isError);
    /// Greys out the browser with @p reason (a missing scope); empty enables it.
    void setBlockedReason(const QString& reason);
    /// Clock for "last refreshed …" (UTC ms); default the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    MetricCatalogModel* catalogModel() const { return m_model; }
    MetricFilterProxyModel* filterModel() const { return m_proxy; }
    QTreeView* treeView() const { return m_tree; }
    /// The selected metric, if a metric (not a group) is selected.
    std::optional<MetricInfo> currentMetric() const;
    /// Selects the metric with @p id (expanding its group); false when it is not listed.
    bool selectMetric(const QString& id);
    QString countText() const;
    QString refreshedText() const;

Q_SIGNALS:
    void metricActivated(const kx::MetricInfo& metric);
    void refreshRequested();

private:
    void updateCount();
    void updateDetails();
    void updateRefreshed();
    void rebuildIntegrations();

    MetricCatalogModel* m_model;
    MetricFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_integration;
    QLabel* m_count;
    MessageBanner* m_notice;
    QTreeView* m_tree;
    QWidget* m_details;
    QLabel* m_detailName;
    QLabel* m_detailId;
    QLabel* m_detailIntegration;
    QLabel* m_detailCreated;
    QLabel* m_detailUpdated;
    QToolButton* m_copyId;
    QLabel* m_refreshed;
    QToolButton* m_refresh;
    QTimer m_refreshedTimer;
    QDateTime m_refreshedAt;
    bool m_refreshing = false;
    std::function<qint64()> m_clock;
};

} // namespace kx
