// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiparsers.h"
#include "query/queryfile.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QUndoGroup;

namespace kx {

class AccountSession;
class AutosaveManager;
class DialogService;
class DocumentTabWidget;
class MetricBrowserWidget;
class QueryDocumentWidget;
class RecentFiles;
class SettingsDialog;
class StatusBarWidget;
class ThemeManager;
class WelcomePage;

/// What the main window works with; all owned by the composition root and outliving the window.
struct ShellServices {
    AccountSession* session = nullptr;
    DialogService* dialogs = nullptr;
    RecentFiles* recentFiles = nullptr;
    AutosaveManager* autosave = nullptr; ///< may be null (no autosave)
    ThemeManager* theme = nullptr;
    QSettings* settings = nullptr;
};

/**
 * The application's main window: document tabs (a query editor above its results each), the
 * metric browser dock, a status bar with account, revision, connection and rate limits, and the
 * menus (File, Edit, Query, View, Help). Shows the welcome page while no account is chosen.
 * Asks before closing documents with unsaved changes; geometry and dock layout persist.
 * @note Every dialog goes through the DialogService; nothing here blocks the event loop.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ShellServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// A new query tab, on @p metric when given.
    QueryDocumentWidget* newDocument(const std::optional<MetricInfo>& metric = std::nullopt);
    /// A new report tab (File → New Report), on @p query when given.
    QueryDocumentWidget* newReportDocument(const std::optional<ReportQuery>& query = std::nullopt);
    /// A tab for @p document read from @p path (empty: not from a file).
    QueryDocumentWidget* openDocument(const QueryDocument& document, const QString& path);
    /// Opens a .kmq file (or a raw request body); a bad file is refused with a message.
    bool openFile(const QString& path);
    void openFiles(const QStringList& paths);

    /// Saves @p document (asking for a name when it has none or @p saveAs); @p done(saved).
    void saveDocument(QueryDocumentWidget* document, bool saveAs, std::function<void(bool)> done = {});
    /// Closes @p document, asking Save / Discard / Cancel when it has unsaved changes.
    void requestCloseDocument(QueryDocumentWidget* document, std::function<void(bool)> done = {});
    /// Asks about every document with unsaved changes; @p done(true) when all may close.
    void confirmCloseAll(std::function<void(bool)> done);

    void showSettings();
    SettingsDialog* settingsDialog() const;
    void showShortcuts();

    DocumentTabWidget* documentTabs() const { return m_tabs; }
    QueryDocumentWidget* currentDocument() const;
    MetricBrowserWidget* metricBrowser() const { return m_browser; }
    QDockWidget* metricBrowserDock() const { return m_browserDock; }
    WelcomePage* welcomePage() const { return m_welcome; }
    StatusBarWidget* statusBarWidget() const { return m_statusWidget; }
    /// Whether the central area shows the welcome page.
    bool isShowingWelcome() const;

    /// Writes geometry and dock layout to the settings (also done on close).
    void saveWindowState();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void connectSession();
    QueryDocumentWidget* createDocument();
    void updateCentral();
    void updateActions();
    void updateAccount();
    void updateBrowser();
    void rebuildRecentMenu();
    void runCurrent();
    void exportCsv();
    void exportJson();
    /// Writes the current query as the raw API request body (.json), as a connector would send it.
    void exportRequestBody();
    void exportReportChart(QueryDocumentWidget* doc, bool svg);
    void exportChart(bool svg);
    void copy();
    void showAbout();
    void setTheme(int theme);
    void confirmNext(QList<QPointer<QueryDocumentWidget>> pending, std::function<void(bool)> done);
    QString fileFilter() const;
    QString suggestedPath(const QueryDocumentWidget* document, const QString& suffix) const;
    /// Where an export goes by default: the last export folder and "<metric> <first> to <last>".
    QString exportPath(const QueryDocumentWidget* document, const QString& suffix) const;
    /// Remembers the export folder and says where the file went.
    void exported(const QString& path);

    ShellServices m_services;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QWidget* m_emptyPage;
    DocumentTabWidget* m_tabs;
    MetricBrowserWidget* m_browser;
    QDockWidget* m_browserDock;
    StatusBarWidget* m_statusWidget;
    QUndoGroup* m_undoGroup;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_closeConfirmed = false;
    bool m_closing = false;
    int m_untitledCounter = 0;

    QAction* m_newAction = nullptr;
    QAction* m_newReportAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_saveResultsAction = nullptr;
    QAction* m_exportRequestAction = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_exportPngAction = nullptr;
    QAction* m_exportSvgAction = nullptr;
    QAction* m_closeTabAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QMenu*> m_menus;
};

} // namespace kx
