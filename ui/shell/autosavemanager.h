// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;

namespace kx {

/// One unsaved document as the autosave writes it.
struct AutosaveItem {
    QString id;           ///< stable per open document
    QString title;        ///< tab title without the unsaved mark
    QString originalPath; ///< the file it came from, empty for a new document
    QByteArray content;   ///< the .kmq JSON (without the results snapshot)
    /// The results snapshot to keep with it (compact JSON of resultsnapshot::toJson()), or empty.
    /// Written to a file of its own only when it changes: a large snapshot is not rewritten at
    /// every tick while the query is edited.
    QByteArray snapshot;
};

/// A document left behind by a session that did not end cleanly.
struct RecoveredDocument {
    QString title;
    QString originalPath;
    QByteArray content; ///< the .kmq JSON, with its snapshot put back when one was kept
    QDateTime savedAt;
};

/**
 * Writes unsaved documents every few seconds into a per-session folder of the application data
 * folder (`<root>/<session>/`, atomically with QSaveFile), and finds the folders of sessions that
 * crashed so their documents can be offered back. A session holds a QLockFile for its folder: a
 * folder whose lock can be taken belongs to a dead process.
 * @note GUI thread only; the source callback is called from the timer.
 */
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<QList<AutosaveItem>()>;

    explicit AutosaveManager(const QString& rootDir, QObject* parent = nullptr);
    ~AutosaveManager() override;

    /// Where the unsaved documents are collected from (only documents with unsaved changes).
    void setSource(Source source) { m_source = std::move(source); }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }

    /// Creates and locks this session's folder and starts the timer. False and @p error on failure.
    bool start(QString* error = nullptr);
    bool isStarted() const { return m_lock != nullptr; }
    QString sessionDir() const { return m_sessionDir; }

    /// Collects the documents now and writes what changed; deletes files of documents no longer listed.
    void saveNow();
    /// Documents of crashed sessions, oldest session first.
    QList<RecoveredDocument> recoverable() const;
    /// Deletes the folders of crashed sessions (after their documents were restored or declined).
    void discardRecoverable();
    /// Clean shutdown: stops and deletes this session's folder.
    void finish();
    /// Test seam: stops and releases the lock but leaves the files, as a crash would.
    void abandon();

Q_SIGNALS:
    /// @p count documents are in the autosave folder now.
    void saved(int count);
    /// Writing failed (disk full, permissions); @p message is translated.
    void failed(const QString& message);

private:
    QStringList deadSessionDirs() const;
    bool writeManifest(const QList<AutosaveItem>& items, QString* error);

    QString m_root;
    QString m_sessionDir;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    Source m_source;
    QHash<QString, size_t> m_written; ///< id → hash of the content on disk
    QHash<QString, QByteArray> m_writtenSnapshots; ///< id → the snapshot on disk (shared, not copied)
};

} // namespace kx
