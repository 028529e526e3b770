// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/apiclient.h"
#include "editor/metricqueryeditor.h"
#include "query/filterexpr.h"
#include "reports/reportdocumentpane.h"
#include "reports/reportresultswidget.h"
#include "results/chartimageexporter.h"
#include "results/csvwriter.h"
#include "results/resultchartview.h"
#include "results/resultswidget.h"
#include "results/resulttableview.h"
#include "shell/accountsession.h"
#include "shell/autosavemanager.h"
#include "shell/dialogservice.h"
#include "results/chartexportdialog.h"
#include "shell/dimensionnames.h"
#include "shell/documenttabwidget.h"
#include "shell/metricbrowserwidget.h"
#include "shell/querydocumentwidget.h"
#include "shell/queryrunner.h"
#include "shell/recentfiles.h"
#include "shell/settingsdialog.h"
#include "shell/shortcutsdialog.h"
#include "shell/statusbarwidget.h"
#include "shell/thememanager.h"
#include "shell/welcomepage.h"
#include "util/savefile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kx {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLastDirKey = QStringLiteral("ui/lastDirectory");
const QString kLastExportDirKey = QStringLiteral("ui/lastExportDirectory");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(const ShellServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_emptyPage(new QWidget(this))
    , m_tabs(new DocumentTabWidget(this))
    , m_browser(new MetricBrowserWidget(this))
    , m_browserDock(new QDockWidget(tr("Metrics"), this))
    , m_statusWidget(new StatusBarWidget(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Klaviyo Metrics Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/klaviyo-explorer.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    resize(1280, 800);

    // The page shown when an account is chosen but no document is open.
    auto* hint = new QLabel(tr("Double-click a metric on the left to chart it, or choose File → New Query."), m_emptyPage);
    hint->setObjectName(QStringLiteral("emptyHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);
    auto* newButton = new QPushButton(tr("New query"), m_emptyPage);
    newButton->setObjectName(QStringLiteral("emptyNewButton"));
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(newButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(newButton, &QPushButton::clicked, this, [this] { newDocument(m_browser->currentMetric()); });

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_emptyPage);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_browserDock->setObjectName(QStringLiteral("metricBrowserDock"));
    m_browserDock->setWidget(m_browser);
    m_browserDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_browserDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_browser->setMinimumWidth(240);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    resizeDocks({ m_browserDock }, { 300 }, Qt::Horizontal);

    statusBar()->addPermanentWidget(m_statusWidget);
    statusBar()->setSizeGripEnabled(true);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::showSettings);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { m_services.session->activateDemo(); });
    connect(m_browser, &MetricBrowserWidget::metricActivated, this,
        [this](const MetricInfo& metric) { newDocument(metric); });
    connect(m_browser, &MetricBrowserWidget::refreshRequested, this, [this] { m_services.session->refreshMetrics(); });
    connect(m_tabs, &DocumentTabWidget::closeRequested, this,
        [this](QueryDocumentWidget* doc) { requestCloseDocument(doc); });
    connect(m_tabs, &DocumentTabWidget::currentDocumentChanged, this, [this](QueryDocumentWidget* doc) {
        if (doc)
            m_undoGroup->addStack(doc->undoStack()); // a report's stack joins when it becomes one
        m_undoGroup->setActiveStack(doc ? doc->undoStack() : nullptr);
        updateActions();
    });
    connect(m_tabs, &DocumentTabWidget::documentStateChanged, this, [this] { updateActions(); });
    connect(m_services.recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connectSession();

    if (m_services.autosave) {
        m_services.autosave->setSource([this] {
            QList<AutosaveItem> items;
            for (QueryDocumentWidget* doc : m_tabs->documents()) {
                if (!doc->isModified())
                    continue;
                // The snapshot goes separately (serialised once per result, not at every tick), so a
                // restored document that keeps its results in the file still has them to save.
                items.append({ doc->id(), doc->title(), doc->filePath(),
                    queryfile::toJson(doc->documentWithoutSnapshot()), doc->autosaveSnapshot() });
            }
            return items;
        });
        connect(m_services.autosave, &AutosaveManager::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    }

    const QSettings* settings = m_services.settings;
    restoreGeometry(settings->value(kGeometryKey).toByteArray());
    restoreState(settings->value(kStateKey).toByteArray(), kStateVersion);

    rebuildRecentMenu();
    updateAccount();
    updateBrowser();
    updateCentral();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString& objectName, const QString& text, const QList<QKeySequence>& keys = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        addAction(action);
        return action;
    };
    m_newAction = make(QStringLiteral("newAction"), tr("&New Query"), { QKeySequence::New });
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newReportAction = make(QStringLiteral("newReportAction"), tr("New &Report"), { QKeySequence(tr("Ctrl+Shift+N")) });
    m_newReportAction->setStatusTip(tr("A campaign, flow, form or segment report, with Klaviyo's send-date numbers"));
    m_openAction = make(QStringLiteral("openAction"), tr("&Open…"), { QKeySequence::Open });
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction = make(QStringLiteral("saveAction"), tr("&Save"), { QKeySequence::Save });
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveAsAction = make(QStringLiteral("saveAsAction"), tr("Save &As…"), { QKeySequence::SaveAs });
    m_saveResultsAction = make(QStringLiteral("saveResultsAction"), tr("Save &Results in File"));
    m_saveResultsAction->setCheckable(true);
    m_saveResultsAction->setStatusTip(tr("Keep the last results in the query file, to see them again offline"));
    m_exportRequestAction = make(QStringLiteral("exportRequestAction"), tr("Export Request &Body…"));
    m_exportRequestAction->setStatusTip(tr(
        "Save the query as the JSON body of its API request, for scripts and connectors; it opens again as a query"));
    m_exportCsvAction = make(QStringLiteral("exportCsvAction"), tr("Results as &CSV…"));
    m_exportJsonAction = make(QStringLiteral("exportJsonAction"), tr("Report Results as &JSON…"));
    m_exportPngAction = make(QStringLiteral("exportPngAction"), tr("Chart as &PNG Image…"));
    m_exportSvgAction = make(QStringLiteral("exportSvgAction"), tr("Chart as &SVG Image…"));
    m_closeTabAction = make(QStringLiteral("closeTabAction"), tr("&Close Tab"), { QKeySequence::Close });
    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), { QKeySequence::Quit });
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_copyAction = make(QStringLiteral("copyAction"), tr("&Copy"));
    // Copy acts on the focused widget; a window-wide Ctrl+C would steal it from text fields.
    m_copyAction->setShortcuts(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_settingsAction = make(QStringLiteral("settingsAction"), tr("&Accounts and Keys…"), { QKeySequence::Preferences });
    if (m_settingsAction->shortcuts().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_runAction = make(QStringLiteral("runAction"), tr("&Run"),
        { QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_runAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_runAction->setStatusTip(tr("Run the query of the current tab"));
    m_cancelAction = make(QStringLiteral("cancelAction"), tr("&Cancel Run"), { QKeySequence(Qt::Key_Escape) });
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_refreshAction = make(QStringLiteral("refreshMetricsAction"), tr("Re&fresh Metric List"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    m_themeGroup = new QActionGroup(this);
    const struct {
        ThemeManager::Theme theme;
        QString name;
        QString text;
    } themes[] = {
        { ThemeManager::Theme::System, QStringLiteral("themeSystemAction"), tr("&System") },
        { ThemeManager::Theme::Light, QStringLiteral("themeLightAction"), tr("&Light") },
        { ThemeManager::Theme::Dark, QStringLiteral("themeDarkAction"), tr("&Dark") },
    };
    for (const auto& t : themes) {
        QAction* action = make(t.name, t.text);
        action->setCheckable(true);
        action->setData(int(t.theme));
        action->setChecked(m_services.theme->theme() == t.theme);
        m_themeGroup->addAction(action);
    }
    m_shortcutsAction = make(QStringLiteral("shortcutsAction"), tr("&Keyboard Shortcuts"), { QKeySequence::HelpContents });
    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Klaviyo Metrics Explorer"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, this, [this] { newDocument(m_browser->currentMetric()); });
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = m_services.settings->value(kLastDirKey,
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .toString();
        m_services.dialogs->getOpenFileName(this, tr("Open query"), dir, fileFilter(), this, [this](const QString& path) {
            if (!path.isEmpty())
                openFile(path);
        });
    });
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (auto* doc = currentDocument())
            saveDocument(doc, false);
    });
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        if (auto* doc = currentDocument())
            saveDocument(doc, true);
    });
    connect(m_saveResultsAction, &QAction::toggled, this, [this](bool on) {
        if (auto* doc = currentDocument())
            doc->setSaveResults(on);
    });
    connect(m_newReportAction, &QAction::triggered, this, [this] { newReportDocument(); });
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_exportRequestAction, &QAction::triggered, this, &MainWindow::exportRequestBody);
    connect(m_exportPngAction, &QAction::triggered, this, [this] { exportChart(false); });
    connect(m_exportSvgAction, &QAction::triggered, this, [this] { exportChart(true); });
    connect(m_closeTabAction, &QAction::triggered, this, [this] {
        if (auto* doc = currentDocument())
            requestCloseDocument(doc);
    });
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copy);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runCurrent);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (auto* doc = currentDocument())
            doc->cancel();
    });
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_services.session->refreshMetrics(); });
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction* action) { setTheme(action->data().toInt()); });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_newReportAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_saveResultsAction);
    file->addAction(m_exportRequestAction);
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(m_exportCsvAction);
    m_exportMenu->addAction(m_exportJsonAction);
    m_exportMenu->addAction(m_exportPngAction);
    m_exportMenu->addAction(m_exportSvgAction);
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu* query = menuBar()->addMenu(tr("&Query"));
    query->setObjectName(QStringLiteral("queryMenu"));
    query->addAction(m_runAction);
    query->addAction(m_cancelAction);
    query->addSeparator();
    query->addAction(m_refreshAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* dockToggle = m_browserDock->toggleViewAction();
    dockToggle->setObjectName(QStringLiteral("showBrowserAction"));
    dockToggle->setText(tr("&Metric Browser"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    view->addAction(dockToggle);
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    theme->addActions(m_themeGroup->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    m_menus = { file, edit, query, view, help };
}

void MainWindow::connectSession()
{
    AccountSession* session = m_services.session;
    connect(session, &AccountSession::profileChanged, this, [this] {
        updateAccount();
        updateCentral();
        updateActions();
    });
    connect(session, &AccountSession::metricsChanged, this, &MainWindow::updateBrowser);
    connect(session, &AccountSession::connectionStateChanged, this, [this] {
        updateAccount();
        updateBrowser();
    });
    connect(session, &AccountSession::scopesChanged, this, [this] {
        updateBrowser();
        updateActions();
    });
    m_statusWidget->setRateLimiter(session->client()->rateLimiter());
}

void MainWindow::updateAccount()
{
    AccountSession* session = m_services.session;
    if (session->hasProfile()) {
        m_statusWidget->setProfile(session->profile().name, session->profile().isDemo);
        m_statusWidget->setRevision(session->client()->revision());
        setWindowTitle(tr("%1 — Klaviyo Metrics Explorer").arg(session->profile().name));
    } else {
        m_statusWidget->setProfile({}, false);
        m_statusWidget->setRevision({});
        setWindowTitle(tr("Klaviyo Metrics Explorer"));
    }
    m_statusWidget->setConnectionState(session->connectionState(), session->connectionMessage());
}

void MainWindow::updateBrowser()
{
    AccountSession* session = m_services.session;
    m_browser->setMetrics(session->metrics());
    m_browser->setRefreshedAt(session->metricsRefreshedAt());
    m_browser->setRefreshing(session->isRefreshing());
    const QString blocked = session->scopeBlockReason(EndpointFamily::Metrics);
    m_browser->setBlockedReason(blocked);
    using State = AccountSession::ConnectionState;
    switch (session->connectionState()) {
    case State::NoAccount:
        m_browser->setNotice(tr("Connect an account or explore the demo account to see its metrics."), false);
        break;
    case State::Offline:
        m_browser->setNotice(session->metrics().isEmpty()
                ? session->connectionMessage()
                : tr("Klaviyo cannot be reached; the list below is the one saved on this computer."),
            false);
        break;
    case State::NoKey:
    case State::KeyRejected:
    case State::Failed:
        m_browser->setNotice(blocked.isEmpty() ? session->connectionMessage() : blocked, true);
        break;
    case State::Connecting:
    case State::Connected:
        m_browser->setNotice(QString(), false);
        break;
    }
    m_refreshAction->setEnabled(session->hasProfile() && !session->isRefreshing());
}

void MainWindow::updateCentral()
{
    if (m_tabs->count() > 0)
        m_central->setCurrentWidget(m_tabs);
    else if (!m_services.session->hasProfile())
        m_central->setCurrentWidget(m_welcome);
    else
        m_central->setCurrentWidget(m_emptyPage);
}

bool MainWindow::isShowingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::updateActions()
{
    QueryDocumentWidget* doc = currentDocument();
    const bool hasDoc = doc != nullptr;
    m_saveAction->setEnabled(hasDoc);
    m_saveAsAction->setEnabled(hasDoc);
    m_closeTabAction->setEnabled(hasDoc);
    m_exportRequestAction->setEnabled(hasDoc);
    {
        QSignalBlocker blocker(m_saveResultsAction);
        // Report results are not kept in files yet: the option is for metric queries.
        m_saveResultsAction->setEnabled(hasDoc && !doc->isReport());
        m_saveResultsAction->setChecked(hasDoc && !doc->isReport() && doc->saveResults());
    }
    const bool hasResult = hasDoc && doc->hasResult();
    m_exportCsvAction->setEnabled(hasResult);
    m_exportJsonAction->setEnabled(hasResult && doc->isReport());
    m_exportPngAction->setEnabled(hasResult);
    m_exportSvgAction->setEnabled(hasResult);
    m_exportMenu->setEnabled(hasResult);

    const QString blocked = m_services.session->scopeBlockReason(EndpointFamily::Metrics);
    const bool running = hasDoc && doc->isRunning();
    m_runAction->setEnabled(hasDoc && !running && doc->canRun());
    m_runAction->setToolTip(blocked.isEmpty() ? tr("Run the query (F5)") : blocked);
    m_runAction->setStatusTip(blocked.isEmpty() ? tr("Run the query of the current tab") : blocked);
    m_cancelAction->setEnabled(
        running || (hasDoc && (doc->isQueued() || (doc->runner() && doc->runner()->isPrepared()))));
    bool anyRunning = false;
    for (QueryDocumentWidget* d : m_tabs->documents())
        anyRunning = anyRunning || d->isRunning();
    m_statusWidget->setBusy(anyRunning);
    updateCentral();
}

QueryDocumentWidget* MainWindow::currentDocument() const
{
    return m_tabs->currentDocument();
}

QueryDocumentWidget* MainWindow::createDocument()
{
    auto* doc = new QueryDocumentWidget(m_services.session, m_tabs);
    m_undoGroup->addStack(doc->editor()->undoStack());
    connect(doc, &QueryDocumentWidget::resultArrived, this, &MainWindow::updateActions);
    connect(doc, &QueryDocumentWidget::runFailed, this, &MainWindow::updateActions);
    connect(doc, &QueryDocumentWidget::openReportRequested, this,
        [this](const ReportQuery& query) { newReportDocument(query); });
    return doc;
}

QueryDocumentWidget* MainWindow::newReportDocument(const std::optional<ReportQuery>& query)
{
    QueryDocumentWidget* doc = createDocument();
    doc->newReport(ReportType::CampaignValues, query);
    m_undoGroup->addStack(doc->undoStack());
    m_tabs->addDocument(doc);
    m_undoGroup->setActiveStack(doc->undoStack());
    updateCentral();
    updateActions();
    return doc;
}

QueryDocumentWidget* MainWindow::newDocument(const std::optional<MetricInfo>& metric)
{
    QueryDocumentWidget* doc = createDocument();
    doc->newQuery(metric);
    m_tabs->addDocument(doc);
    updateCentral();
    updateActions();
    doc->editor()->setFocus();
    return doc;
}

QueryDocumentWidget* MainWindow::openDocument(const QueryDocument& document, const QString& path)
{
    QueryDocumentWidget* doc = createDocument();
    doc->setDocument(document, path);
    m_undoGroup->addStack(doc->undoStack());
    m_tabs->addDocument(doc);
    m_undoGroup->setActiveStack(doc->undoStack());
    updateCentral();
    updateActions();
    return doc;
}

bool MainWindow::openFile(const QString& path)
{
    if (QueryDocumentWidget* open = m_tabs->documentForPath(path)) {
        m_tabs->setCurrentWidget(open);
        return true;
    }
    QString error;
    const auto document = queryfile::load(path, &error);
    if (!document) {
        // Nothing changes, the recent list included: a file that cannot be read now (being
        // written, on a drive not mounted yet) may open later; "Clear List" removes it.
        m_services.dialogs->inform(this, QMessageBox::Warning, tr("Cannot open the file"), error);
        return false;
    }
    const QFileInfo info(path);
    // A raw request body is not a .kmq file: open it as a new, unsaved document.
    const bool isKmq = info.suffix().compare(queryfile::fileExtension(), Qt::CaseInsensitive) == 0;
    QueryDocumentWidget* doc = openDocument(*document, isKmq ? info.absoluteFilePath() : QString());
    if (!isKmq)
        doc->markModified();
    m_services.recentFiles->add(info.absoluteFilePath());
    m_services.settings->setValue(kLastDirKey, info.absolutePath());
    return true;
}

void MainWindow::openFiles(const QStringList& paths)
{
    for (const QString& path : paths)
        openFile(path);
}

QString MainWindow::fileFilter() const
{
    return tr("Query files (*.kmq);;Request bodies (*.json);;All files (*)");
}

QString MainWindow::suggestedPath(const QueryDocumentWidget* document, const QString& suffix) const
{
    const QString dir = document && !document->filePath().isEmpty()
        ? QFileInfo(document->filePath()).absolutePath()
        : m_services.settings->value(kLastDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = document ? document->title() : tr("query");
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    return dir + u'/' + name + u'.' + suffix;
}

void MainWindow::saveDocument(QueryDocumentWidget* document, bool saveAs, std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    QPointer<QueryDocumentWidget> doc(document);
    const auto write = [this, doc, done](QString path) {
        if (!doc) {
            done(false);
            return;
        }
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + queryfile::fileExtension();
        doc->save(path, [this, path, done](bool ok, const QString& error) {
            if (ok) {
                m_services.recentFiles->add(path);
                m_services.settings->setValue(kLastDirKey, QFileInfo(path).absolutePath());
                statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
            } else {
                m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot save the file"), error);
            }
            done(ok);
        });
    };
    if (!saveAs && !document->filePath().isEmpty()) {
        write(document->filePath());
        return;
    }
    m_services.dialogs->getSaveFileName(this, tr("Save query"), suggestedPath(document, queryfile::fileExtension()),
        tr("Query files (*.kmq)"), this, [write, done](const QString& path) {
            if (path.isEmpty())
                done(false);
            else
                write(path);
        });
}

void MainWindow::requestCloseDocument(QueryDocumentWidget* document, std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    QPointer<QueryDocumentWidget> doc(document);
    const auto close = [this, doc, done] {
        if (doc) {
            m_undoGroup->removeStack(doc->editor()->undoStack());
            m_undoGroup->removeStack(doc->undoStack());
            m_tabs->closeDocument(doc);
        }
        updateCentral();
        updateActions();
        done(true);
    };
    if (!document->isModified()) {
        close();
        return;
    }
    m_tabs->setCurrentWidget(document);
    m_services.dialogs->ask(this, QMessageBox::Warning, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.").arg(document->title()), tr("Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, this,
        [this, doc, close, done](QMessageBox::StandardButton answer) {
            if (!doc || answer == QMessageBox::Cancel) {
                done(false);
                return;
            }
            if (answer == QMessageBox::Discard) {
                close();
                return;
            }
            saveDocument(doc, false, [close, done](bool saved) {
                if (saved)
                    close();
                else
                    done(false);
            });
        });
}

void MainWindow::confirmCloseAll(std::function<void(bool)> done)
{
    QList<QPointer<QueryDocumentWidget>> pending;
    for (QueryDocumentWidget* doc : m_tabs->documents()) {
        if (doc->isModified())
            pending.append(doc);
    }
    confirmNext(pending, std::move(done));
}

void MainWindow::confirmNext(QList<QPointer<QueryDocumentWidget>> pending, std::function<void(bool)> done)
{
    while (!pending.isEmpty() && (!pending.first() || !pending.first()->isModified()))
        pending.removeFirst();
    if (pending.isEmpty()) {
        done(true);
        return;
    }
    QPointer<QueryDocumentWidget> doc = pending.takeFirst();
    m_tabs->setCurrentWidget(doc);
    m_services.dialogs->ask(this, QMessageBox::Warning, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.").arg(doc->title()), tr("Save them before quitting?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, this,
        [this, doc, pending, done](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Cancel) {
                done(false);
                return;
            }
            if (answer == QMessageBox::Discard || !doc) {
                confirmNext(pending, done);
                return;
            }
            saveDocument(doc, false, [this, pending, done](bool saved) {
                if (saved)
                    confirmNext(pending, done);
                else
                    done(false);
            });
        });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed) {
        saveWindowState();
        for (QueryDocumentWidget* doc : m_tabs->documents())
            doc->cancel();
        if (m_services.autosave)
            m_services.autosave->finish();
        event->accept();
        return;
    }
    const QList<QueryDocumentWidget*> docs = m_tabs->documents();
    if (std::none_of(docs.cbegin(), docs.cend(), [](QueryDocumentWidget* d) { return d->isModified(); })) {
        m_closeConfirmed = true;
        closeEvent(event);
        return;
    }
    // Ask about unsaved work; the answers arrive later, and close() is called again then.
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    confirmCloseAll([this](bool ok) {
        m_closing = false;
        if (!ok)
            return;
        m_closeConfirmed = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
}

void MainWindow::saveWindowState()
{
    m_services.settings->setValue(kGeometryKey, saveGeometry());
    m_services.settings->setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_services.recentFiles->files();
    int number = 1;
    for (const QString& path : files) {
        QString label = QFileInfo(path).fileName();
        label.replace(u'&', QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(number < 10 ? tr("&%1 %2").arg(number).arg(label) : label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction* clear = m_recentMenu->addAction(tr("Clear List"));
        clear->setObjectName(QStringLiteral("clearRecentAction"));
        connect(clear, &QAction::triggered, m_services.recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::runCurrent()
{
    QueryDocumentWidget* doc = currentDocument();
    if (!doc)
        return;
    doc->run();
    updateActions();
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services.session, m_services.dialogs, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (QMenu* menu : std::as_const(m_menus)) {
        ShortcutsDialog::Group group;
        group.title = menu->title().remove(u'&');
        for (QAction* action : menu->actions()) {
            if (action->menu()) {
                group.actions.append(action->menu()->actions());
                continue;
            }
            group.actions.append(action);
        }
        groups.append(group);
    }
    auto* dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    m_services.dialogs->inform(this, QMessageBox::Information, tr("About Klaviyo Metrics Explorer"),
        tr("Klaviyo Metrics Explorer %1").arg(QCoreApplication::applicationVersion()),
        tr("Explore your Klaviyo metrics visually: chart any metric over time, grouped and filtered, and export the "
           "results. Free software under the GNU GPL, version 3 or later."));
}

void MainWindow::setTheme(int theme)
{
    const auto t = ThemeManager::Theme(theme);
    m_services.theme->setTheme(t);
    m_services.settings->setValue(kThemeKey, ThemeManager::themeKey(t));
    for (QAction* action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == theme);
}

void MainWindow::copy()
{
    QWidget* focus = QApplication::focusWidget();
    for (QWidget* w = focus; w; w = w->parentWidget()) {
        if (auto* table = qobject_cast<ResultTableView*>(w)) {
            table->copySelection();
            return;
        }
        if (auto* chart = qobject_cast<ResultChartView*>(w)) {
            if (QueryDocumentWidget* doc = currentDocument(); doc && doc->results()->preparedResult()) {
                ChartImageExporter exporter(doc->results()->preparedResult());
                exporter.copySettings(*chart->builder());
                exporter.setNameProvider(doc->nameProvider());
                ChartImageExporter::copyToClipboard(exporter.renderImage({}));
            }
            return;
        }
    }
    if (auto* line = qobject_cast<QLineEdit*>(focus))
        line->copy();
    else if (auto* text = qobject_cast<QTextEdit*>(focus))
        text->copy();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(focus))
        plain->copy();
}

void MainWindow::exportCsv()
{
    QueryDocumentWidget* doc = currentDocument();
    if (doc && doc->isReport()) {
        if (!doc->hasResult())
            return;
        QPointer<QueryDocumentWidget> guard(doc);
        m_services.dialogs->getSaveFileName(this, tr("Export results as CSV"), exportPath(doc, QStringLiteral("csv")),
            tr("CSV files (*.csv)"), this, [this, guard](QString path) {
                if (path.isEmpty() || !guard || !guard->isReport())
                    return;
                if (QFileInfo(path).suffix().isEmpty())
                    path += QStringLiteral(".csv");
                QString error;
                if (saveFile(
                        path,
                        [guard](QIODevice* device, QString* message) {
                            return guard->reportPane()->results()->writeCsv(device, message);
                        },
                        &error))
                    exported(path);
                else
                    m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the results"), error);
            });
        return;
    }
    if (!doc || !doc->lastResult())
        return;
    QPointer<QueryDocumentWidget> guard(doc);
    m_services.dialogs->getSaveFileName(this, tr("Export results as CSV"), exportPath(doc, QStringLiteral("csv")),
        tr("CSV files (*.csv)"), this, [this, guard](QString path) {
            if (path.isEmpty() || !guard || !guard->lastResult())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".csv");
            const AggregateResult result = guard->lastResult()->result;
            CsvWriter::Options options;
            const auto* layout = guard->results()->findChild<QComboBox*>(QStringLiteral("layoutCombo"));
            options.layout = layout && layout->currentIndex() == 0 ? CsvWriter::Layout::Wide : CsvWriter::Layout::Long;
            for (qsizetype d = 0; d < result.by.size(); ++d) {
                for (const AggregateResult::Group& g : result.groups) {
                    const QString& value = g.dimensions.value(d);
                    if (const auto kind = nameKindForDimension(result.by[d], value);
                        kind && m_services.session->hasCachedName(*kind, value))
                        options.names[result.by[d]].insert(value, m_services.session->cachedName(*kind, value));
                }
            }
            auto* watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
                watcher->deleteLater();
                const QString error = watcher->result();
                if (error.isEmpty())
                    exported(path);
                else
                    m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the results"), error);
            });
            // Writing a large result takes a while: off the UI thread.
            watcher->setFuture(QtConcurrent::run([result, options, path]() -> QString {
                QString error;
                saveFile(
                    path,
                    [&](QIODevice* device, QString* message) {
                        CsvWriter writer(options);
                        if (writer.write(result, device))
                            return true;
                        *message = writer.errorString();
                        return false;
                    },
                    &error);
                return error;
            }));
        });
}

void MainWindow::exportJson()
{
    QueryDocumentWidget* doc = currentDocument();
    if (!doc || !doc->isReport() || !doc->hasResult())
        return;
    QPointer<QueryDocumentWidget> guard(doc);
    m_services.dialogs->getSaveFileName(this, tr("Export results as JSON"), exportPath(doc, QStringLiteral("json")),
        tr("JSON files (*.json)"), this, [this, guard](QString path) {
            if (path.isEmpty() || !guard || !guard->isReport())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".json");
            QString error;
            if (saveFile(
                    path,
                    [guard](QIODevice* device, QString* message) {
                        return guard->reportPane()->results()->writeJson(device, message);
                    },
                    &error))
                exported(path);
            else
                m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the results"), error);
        });
}

void MainWindow::exportRequestBody()
{
    QueryDocumentWidget* doc = currentDocument();
    if (!doc)
        return;
    QPointer<QueryDocumentWidget> guard(doc);
    m_services.dialogs->getSaveFileName(this, tr("Export request body"), suggestedPath(doc, QStringLiteral("json")),
        tr("Request bodies (*.json)"), this, [this, guard](QString path) {
            if (path.isEmpty() || !guard)
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".json");
            // Presets are resolved now, as the request would be sent now.
            const QByteArray body =
                queryfile::toRawRequest(guard->documentWithoutSnapshot(), m_services.session->now());
            QString error;
            if (saveFile(path, body, &error)) {
                m_services.settings->setValue(kLastDirKey, QFileInfo(path).absolutePath());
                statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
            } else {
                m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the request body"), error);
            }
        });
}

void MainWindow::exportReportChart(QueryDocumentWidget* doc, bool svg)
{
    QPointer<QueryDocumentWidget> guard(doc);
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    m_services.dialogs->getSaveFileName(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
        exportPath(doc, suffix), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), this,
        [this, guard, svg, suffix](QString path) {
            if (path.isEmpty() || !guard || !guard->isReport())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += u'.' + suffix;
            QString error;
            if (guard->reportPane()->results()->saveChart(path, svg, &error))
                exported(path);
            else
                m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the chart"), error);
        });
}

void MainWindow::exportChart(bool svg)
{
    QueryDocumentWidget* doc = currentDocument();
    if (doc && doc->isReport()) {
        if (doc->hasResult())
            exportReportChart(doc, svg);
        return;
    }
    if (!doc || !doc->results()->preparedResult())
        return;
    const auto prepared = doc->results()->preparedResult();
    auto exporter = std::make_shared<ChartImageExporter>(prepared);
    exporter->copySettings(*doc->results()->chartView()->builder());
    exporter->setNameProvider(doc->nameProvider());
    QStringList filters;
    for (const FilterExpr& f : doc->editor()->query().filters)
        filters.append(printFilter(f));
    const QTimeZone zone = prepared->zone.isValid() ? prepared->zone : QTimeZone::utc();
    ChartImageOptions defaults;
    defaults.title = prepared->result.metricName.isEmpty() ? doc->title() : prepared->result.metricName;
    defaults.caption = ChartImageExporter::captionLines(*prepared, filters.join(QStringLiteral(", ")),
        QDateTime::fromMSecsSinceEpoch(m_services.session->now(), zone));

    QPointer<QueryDocumentWidget> guard(doc);
    const auto save = [this, guard, exporter](ChartImageExporter::Format format, const ChartImageOptions& options) {
        if (!guard)
            return;
        const bool svg = format == ChartImageExporter::Format::Svg;
        const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
        m_services.dialogs->getSaveFileName(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
            exportPath(guard, suffix), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), this,
            [this, exporter, format, options, suffix](QString path) {
                if (path.isEmpty())
                    return;
                if (QFileInfo(path).suffix().isEmpty())
                    path += u'.' + suffix;
                QString error;
                if (exporter->saveFile(path, format, options, &error))
                    exported(path);
                else
                    m_services.dialogs->inform(this, QMessageBox::Critical, tr("Cannot export the chart"), error);
            });
    };
    const auto format = svg ? ChartImageExporter::Format::Svg : ChartImageExporter::Format::Png;
    if (!m_services.dialogs->isInteractive()) {
        save(format, defaults);
        return;
    }
    // Size, resolution, title and caption first, then where to write it.
    auto* dialog = new ChartExportDialog(*exporter, format, defaults, m_services.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [dialog, exporter, save] { save(dialog->format(), dialog->options()); });
    dialog->open();
}

QString MainWindow::exportPath(const QueryDocumentWidget* document, const QString& suffix) const
{
    // The last export folder, and a name that says what the file holds: metric and date range.
    QString dir = m_services.settings->value(kLastExportDirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QFileInfo(suggestedPath(document, suffix)).absolutePath();
    QString name = document ? document->title() : tr("results");
    if (name.endsWith(u'.' + queryfile::fileExtension()))
        name.chop(queryfile::fileExtension().size() + 1);
    if (document && !document->isReport()) {
        if (const auto prepared = document->results()->preparedResult()) {
            const AggregateResult& r = prepared->result;
            const QTimeZone zone = prepared->zone.isValid() ? prepared->zone : QTimeZone::utc();
            if (!r.metricName.isEmpty())
                name = r.metricName;
            if (r.rangeEndUtcMs > r.rangeStartUtcMs) {
                // The end is exclusive: name the last day the range covers.
                const QDate first = QDateTime::fromMSecsSinceEpoch(r.rangeStartUtcMs, zone).date();
                const QDate last = QDateTime::fromMSecsSinceEpoch(r.rangeEndUtcMs - 1, zone).date();
                name = tr("%1 %2 to %3", "export file name: metric, first day, last day")
                           .arg(name, first.toString(Qt::ISODate), last.toString(Qt::ISODate));
            }
        }
    }
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    return dir + u'/' + name + u'.' + suffix;
}

void MainWindow::exported(const QString& path)
{
    m_services.settings->setValue(kLastExportDirKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

} // namespace kx
