// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "util/replacingfile.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// The names in @p dir, hidden ones included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestReplacingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitReplacesTheDestinationAndKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        writeFile(path, "old");
        const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(path, permissions));

        kx::ReplacingFile file(path);
        QVERIFY2(file.openForWriting(), qPrintable(file.errorString()));
        QVERIFY(file.fileName() != path);
        QCOMPARE(QFileInfo(file.fileName()).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(file.write("new text"), 8);
        QCOMPARE(contents(path), QByteArray("old")); // untouched until commit
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(contents(path), QByteArray("new text"));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0640));
        QCOMPARE(entries(dir.path()), QStringList { u"out.csv"_s });
    }

    void aNewFileGetsTheDefaultPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.csv"_s);
        const mode_t mask = ::umask(022);
        ::umask(022);
        {
            kx::ReplacingFile file(path);
            QVERIFY(file.openForWriting());
            file.write("x");
            QVERIFY(file.commit());
        }
        ::umask(mask);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0644)); // not QTemporaryFile's 0600
    }

    void cancelAndDestructionLeaveTheOldFileAndNoTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        writeFile(path, "old");
        {
            kx::ReplacingFile file(path);
            QVERIFY(file.openForWriting());
            file.write("half");
            file.cancel();
            QVERIFY(!file.isOpen());
        }
        {
            kx::ReplacingFile file(path);
            QVERIFY(file.openForWriting());
            file.write("half"); // a run that ends without committing
        }
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(entries(dir.path()), QStringList { u"out.csv"_s });
    }

    void unwritablePlacesFailWithAReason()
    {
        QTemporaryDir dir;
        kx::ReplacingFile missing(dir.filePath(u"no/such/folder/out.csv"_s));
        QVERIFY(!missing.openForWriting());
        QVERIFY(!missing.errorString().isEmpty());

        kx::ReplacingFile folder(dir.path());
        QVERIFY(!folder.openForWriting());
        QVERIFY(!folder.errorString().isEmpty());

        if (::geteuid() != 0) { // root writes anywhere
            const QString locked = dir.filePath(u"locked"_s);
            QVERIFY(QDir().mkdir(locked));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            kx::ReplacingFile denied(locked + u"/out.csv"_s);
            QVERIFY(!denied.openForWriting());
            QVERIFY(!denied.errorString().isEmpty());
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QCOMPARE(entries(dir.path()), QStringList {});
    }

    void aFailedRenameKeepsTheOldFile()
    {
        // The destination became a non-empty folder while writing: rename(2) refuses to replace it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out"_s);
        kx::ReplacingFile file(path);
        QVERIFY(file.openForWriting());
        file.write("data");
        QVERIFY(QDir().mkdir(path));
        writeFile(path + u"/keep.txt"_s, "kept");
        QVERIFY(!file.commit());
        QVERIFY(!file.errorString().isEmpty());
        QCOMPARE(contents(path + u"/keep.txt"_s), QByteArray("kept"));
        QCOMPARE(entries(dir.path()), QStringList {}); // the temporary file is gone
    }
};

QTEST_GUILESS_MAIN(TestReplacingFile)
#include "tst_replacingfile.moc"
