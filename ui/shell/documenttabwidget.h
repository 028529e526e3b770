// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTabWidget>

namespace kx {

class QueryDocumentWidget;

/**
 * The document tabs: one QueryDocumentWidget per tab, titled with its name and a `*` while it
 * has unsaved changes, its file path as tooltip. Closing a tab is a request (closeRequested());
 * the main window decides after asking about unsaved changes.
 */
class DocumentTabWidget : public QTabWidget
{
    Q_OBJECT

public:
    explicit DocumentTabWidget(QWidget* parent = nullptr);
    ~DocumentTabWidget() override;

    /// Adds @p document (taking ownership) and makes it current.
    void addDocument(QueryDocumentWidget* document);
    /// Removes and deletes @p document.
    void closeDocument(QueryDocumentWidget* document);
    QList<QueryDocumentWidget*> documents() const;
    QueryDocumentWidget* currentDocument() const;
    QueryDocumentWidget* document(int index) const;
    /// The open document of @p path, if any.
    QueryDocumentWidget* documentForPath(const QString& path) const;
    /// The tab text of @p document ("Name*" while modified).
    QString tabTitle(const QueryDocumentWidget* document) const;

Q_SIGNALS:
    void closeRequested(kx::QueryDocumentWidget* document);
    void currentDocumentChanged(kx::QueryDocumentWidget* document);
    /// Title, modified state or running state of a document changed.
    void documentStateChanged(kx::QueryDocumentWidget* document);

private:
    void updateTab(QueryDocumentWidget* document);
};

} // namespace kx
