// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttabwidget.h"

#include "querydocumentwidget.h"

#include <QDir>
#include <QFileInfo>
#include <QTabBar>

namespace kx {

DocumentTabWidget::DocumentTabWidget(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("documentTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    tabBar()->setExpanding(false);
    tabBar()->setElideMode(Qt::ElideRight);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* doc = document(index))
            Q_EMIT closeRequested(doc);
    });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) { Q_EMIT currentDocumentChanged(document(index)); });
}

DocumentTabWidget::~DocumentTabWidget() = default;

void DocumentTabWidget::addDocument(QueryDocumentWidget* document)
{
    const int index = addTab(document, QString());
    updateTab(document);
    const auto update = [this, document] {
        updateTab(document);
        Q_EMIT documentStateChanged(document);
    };
    connect(document, &QueryDocumentWidget::titleChanged, this, update);
    connect(document, &QueryDocumentWidget::modifiedChanged, this, update);
    connect(document, &QueryDocumentWidget::runningChanged, this, update);
    connect(document, &QueryDocumentWidget::canRunChanged, this, update);
    setCurrentIndex(index);
}

void DocumentTabWidget::closeDocument(QueryDocumentWidget* document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    document->cancel();
    removeTab(index);
    document->deleteLater();
}

QList<QueryDocumentWidget*> DocumentTabWidget::documents() const
{
    QList<QueryDocumentWidget*> result;
    for (int i = 0; i < count(); ++i) {
        if (auto* doc = document(i))
            result.append(doc);
    }
    return result;
}

QueryDocumentWidget* DocumentTabWidget::currentDocument() const
{
    return document(currentIndex());
}

QueryDocumentWidget* DocumentTabWidget::document(int index) const
{
    return qobject_cast<QueryDocumentWidget*>(widget(index));
}

QueryDocumentWidget* DocumentTabWidget::documentForPath(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return nullptr;
    for (QueryDocumentWidget* doc : documents()) {
        if (!doc->filePath().isEmpty() && QFileInfo(doc->filePath()).canonicalFilePath() == canonical)
            return doc;
    }
    return nullptr;
}

QString DocumentTabWidget::tabTitle(const QueryDocumentWidget* document) const
{
    const int index = indexOf(const_cast<QueryDocumentWidget*>(document));
    return index < 0 ? QString() : tabText(index);
}

void DocumentTabWidget::updateTab(QueryDocumentWidget* document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    QString title = document->title();
    // Ampersands would become mnemonics in tab labels.
    title.replace(u'&', QStringLiteral("&&"));
    setTabText(index, document->isModified() ? tr("%1*", "tab title of a document with unsaved changes").arg(title) : title);
    setTabToolTip(index,
        document->filePath().isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(document->filePath()));
}

} // namespace kx
