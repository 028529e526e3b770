// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

namespace kx {

/**
 * A file written next to its destination under a temporary name and renamed over it by commit(),
 * so that a failed or cancelled write leaves an existing file as it was (as QSaveFile does). Unlike
 * QSaveFile it does not flush the data to the disk before the rename: the command line writes
 * exports that can be produced again, and syncing a 170 MB CSV costs about a tenth of a second.
 * The desktop app saves the user's query files with QSaveFile.
 *
 * An existing destination keeps its permissions; a new one gets the default permissions (0666
 * less the umask), where QTemporaryFile would give 0600. The temporary file is removed by cancel()
 * and by the destructor unless commit() succeeded.
 */
class ReplacingFile : public QFile
{
    Q_OBJECT

public:
    explicit ReplacingFile(const QString& destination, QObject* parent = nullptr);
    ~ReplacingFile() override;

    /// Creates the temporary file and opens it for writing; false with errorString() otherwise.
    bool openForWriting();
    /// Writes what is buffered, closes and renames the file to the destination; false with
    /// errorString() when any step fails (the temporary file is then removed).
    bool commit();
    /// Closes and removes the temporary file; the destination is untouched.
    void cancel();

    QString destination() const
    {
        return m_destination;
    }

private:
    void discard();

    QString m_destination;
    bool m_created = false; ///< the temporary file is ours to remove
    bool m_committed = false;
};

} // namespace kx
