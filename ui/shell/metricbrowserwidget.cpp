// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricbrowserwidget.h"

#include "messagebanner.h"
#include "metriccatalogmodel.h"
#include "metricfilterproxymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kx {

namespace {
QLabel* detailValue(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString formatDate(const QDateTime& utc)
{
    if (!utc.isValid())
        return QCoreApplication::translate("kx::MetricBrowserWidget", "unknown");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

MetricBrowserWidget::MetricBrowserWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new MetricCatalogModel(this))
    , m_proxy(new MetricFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_integration(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_notice(new MessageBanner(this))
    , m_tree(new QTreeView(this))
    , m_details(new QWidget(this))
    , m_detailName(new QLabel(m_details))
    , m_detailId(detailValue(m_details, QStringLiteral("detailId")))
    , m_detailIntegration(detailValue(m_details, QStringLiteral("detailIntegration")))
    , m_detailCreated(detailValue(m_details, QStringLiteral("detailCreated")))
    , m_detailUpdated(detailValue(m_details, QStringLiteral("detailUpdated")))
    , m_copyId(new QToolButton(m_details))
    , m_refreshed(new QLabel(this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(QStringLiteral("metricBrowser"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("metricSearch"));
    m_search->setPlaceholderText(tr("Search metrics or integrations"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_integration->setObjectName(QStringLiteral("integrationFilter"));
    m_integration->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_integration->setMinimumContentsLength(10);
    m_integration->setToolTip(tr("Show the metrics of one integration"));
    m_count->setObjectName(QStringLiteral("metricCount"));
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_count->setPalette(muted);
    m_refreshed->setPalette(muted);

    m_tree->setObjectName(QStringLiteral("metricTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAnimated(false);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setToolTip(tr("Double-click a metric to open a query for it, or drag it onto a query editor."));

    // Details pane.
    QFont bold = m_detailName->font();
    bold.setWeight(QFont::DemiBold);
    m_detailName->setFont(bold);
    m_detailName->setObjectName(QStringLiteral("detailName"));
    m_detailName->setWordWrap(true);
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setText(tr("Copy id"));
    m_copyId->setToolTip(tr("Copy the metric id to the clipboard"));
    m_copyId->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_detailId, 1);
    idRow->addWidget(m_copyId);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(3);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Id"), idRow);
    form->addRow(tr("Integration"), m_detailIntegration);
    form->addRow(tr("Created"), m_detailCreated);
    form->addRow(tr("Updated"), m_detailUpdated);
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(2, 6, 2, 2);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_detailName);
    detailsLayout->addLayout(form);
    m_details->setObjectName(QStringLiteral("metricDetails"));

    m_refreshed->setObjectName(QStringLiteral("lastRefreshed"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Refresh the metric list from Klaviyo"));
    m_refresh->setAutoRaise(true);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_search, 3);
    filterRow->addWidget(m_integration, 2);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_refreshed, 1);
    footer->addWidget(m_refresh);

    m_notice->setClosable(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_count);
    layout->addWidget(m_notice);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &MetricFilterProxyModel::setSearchText);
    connect(m_integration, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_proxy->setIntegration(index <= 0 ? QString() : m_integration->itemData(index).toString()); });
    connect(m_proxy, &MetricFilterProxyModel::filterChanged, this, [this] {
        // A search shows every match, so open the groups.
        m_tree->expandAll();
        updateCount();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const auto m = m_model->metric(m_proxy->mapToSource(index)))
            Q_EMIT metricActivated(*m);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MetricBrowserWidget::updateDetails);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (const auto m = currentMetric())
            QApplication::clipboard()->setText(m->id);
    });
    connect(m_refresh, &QToolButton::clicked, this, &MetricBrowserWidget::refreshRequested);
    m_refreshedTimer.setInterval(30000);
    connect(&m_refreshedTimer, &QTimer::timeout, this, &MetricBrowserWidget::updateRefreshed);
    m_refreshedTimer.start();

    rebuildIntegrations();
    updateCount();
    updateDetails();
    updateRefreshed();
}

MetricBrowserWidget::~MetricBrowserWidget() = default;

void MetricBrowserWidget::setMetrics(const QList<MetricInfo>& metrics)
{
    const auto previous = currentMetric();
    m_model->setMetrics(metrics);
    rebuildIntegrations();
    m_tree->expandAll();
    if (previous)
        selectMetric(previous->id);
    updateCount();
    updateDetails();
}

void MetricBrowserWidget::rebuildIntegrations()
{
    const QString current = m_proxy->integration();
    QSignalBlocker blocker(m_integration);
    m_integration->clear();
    m_integration->addItem(tr("All integrations (%1)").arg(m_model->metricCount()));
    int select = 0;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        const QString name = group.data(MetricCatalogModel::IntegrationNameRole).toString();
        m_integration->addItem(tr("%1 (%2)").arg(name).arg(m_model->rowCount(group)), name);
        if (name == current)
            select = m_integration->count() - 1;
    }
    m_integration->setCurrentIndex(select);
    m_proxy->setIntegration(select == 0 ? QString() : current);
}

void MetricBrowserWidget::setRefreshedAt(const QDateTime& utc)
{
    m_refreshedAt = utc;
    updateRefreshed();
}

void MetricBrowserWidget::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_refresh->setEnabled(!refreshing);
    updateRefreshed();
}

void MetricBrowserWidget::setNotice(const QString& text, bool isError)
{
    if (text.isEmpty()) {
        m_notice->dismiss();
        return;
    }
    m_notice->showMessage(isError ? MessageBanner::Kind::Error : MessageBanner::Kind::Warning, text);
}

void MetricBrowserWidget::setBlockedReason(const QString& reason)
{
    m_tree->setEnabled(reason.isEmpty());
    m_search->setEnabled(reason.isEmpty());
    m_integration->setEnabled(reason.isEmpty());
    m_tree->setToolTip(reason.isEmpty()
            ? tr("Double-click a metric to open a query for it, or drag it onto a query editor.")
            : reason);
}

std::optional<MetricInfo> MetricBrowserWidget::currentMetric() const
{
    return m_model->metric(m_proxy->mapToSource(m_tree->currentIndex()));
}

bool MetricBrowserWidget::selectMetric(const QString& id)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexOfMetric(id));
    if (!proxyIndex.isValid())
        return false;
    m_tree->expand(proxyIndex.parent());
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    return true;
}

QString MetricBrowserWidget::countText() const
{
    return m_count->text();
}

QString MetricBrowserWidget::refreshedText() const
{
    return m_refreshed->text();
}

void MetricBrowserWidget::updateCount()
{
    const int total = m_model->metricCount();
    const int visible = m_proxy->visibleMetricCount();
    if (total == 0)
        m_count->setText(m_refreshing ? tr("Loading metrics…") : tr("No metrics"));
    else if (visible == total)
        m_count->setText(total == 1 ? tr("1 metric") : tr("%n metrics", nullptr, total));
    else
        m_count->setText(total == 1 ? tr("%1 of 1 metric").arg(visible) : tr("%1 of %n metrics", nullptr, total).arg(visible));
}

void MetricBrowserWidget::updateDetails()
{
    const auto m = currentMetric();
    m_details->setVisible(m.has_value());
    if (!m)
        return;
    m_detailName->setText(m->name);
    m_detailId->setText(m->id);
    m_detailIntegration->setText(m->integrationCategory.isEmpty()
            ? MetricCatalogModel::groupName(*m)
            : tr("%1 (%2)").arg(MetricCatalogModel::groupName(*m), m->integrationCategory));
    m_detailCreated->setText(formatDate(m->created));
    m_detailUpdated->setText(formatDate(m->updated));
}

void MetricBrowserWidget::updateRefreshed()
{
    if (m_refreshing) {
        m_refreshed->setText(tr("Refreshing…"));
        updateCount();
        return;
    }
    if (!m_refreshedAt.isValid()) {
        m_refreshed->setText(tr("Not refreshed yet"));
        return;
    }
    const qint64 nowMs = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    const qint64 minutes = std::max<qint64>(0, (nowMs - m_refreshedAt.toMSecsSinceEpoch()) / 60000);
    QString when;
    if (minutes < 1)
        when = tr("just now");
    else if (minutes < 2)
        when = tr("a minute ago");
    else if (minutes < 60)
        when = tr("%n minutes ago", nullptr, int(minutes));
    else if (minutes < 120)
        when = tr("an hour ago");
    else if (minutes < 24 * 60)
        when = tr("%n hours ago", nullptr, int(minutes / 60));
    else
        when = QLocale().toString(m_refreshedAt.toLocalTime(), QLocale::ShortFormat);
    m_refreshed->setText(tr("Last refreshed %1").arg(when));
    m_refreshed->setToolTip(QLocale().toString(m_refreshedAt.toLocalTime(), QLocale::LongFormat));
}

} // namespace kx
