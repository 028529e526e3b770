// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace kx {

/**
 * The most recently opened or saved query files, newest first, persisted in QSettings
 * ("recentFiles"). Paths are stored absolute and canonical, each at most once.
 * @note Does not own the settings. GUI thread only.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QSettings* settings, QObject* parent = nullptr);
    ~RecentFiles() override;

    static constexpr int kMaxFiles = 10;

    QStringList files() const { return m_files; }
    /// Moves @p path to the front (adding it when new) and drops the oldest beyond kMaxFiles.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    /// Drops entries whose file no longer exists.
    void pruneMissing();

Q_SIGNALS:
    void changed();

private:
    void store();

    QSettings* m_settings;
    QStringList m_files;
};

} // namespace kx
