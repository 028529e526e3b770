// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include "util/savefile.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QString error = u"unset"_s;
        QVERIFY(kx::saveFile(path, QByteArray("a,b\n1,2\n"), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(contents(path), QByteArray("a,b\n1,2\n"));
        QVERIFY(kx::saveFile(
            path, [](QIODevice* device, QString*) { return device->write("new\n") == 4; }, &error));
        QCOMPARE(contents(path), QByteArray("new\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"out.csv"_s });
    }

    void aFailingWriterLeavesTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(kx::saveFile(path, QByteArray("old\n"), nullptr));
        QString error;
        QVERIFY(!kx::saveFile(
            path,
            [](QIODevice* device, QString* message) {
                device->write("half of it");
                *message = u"The result has no dates."_s;
                return false;
            },
            &error));
        QCOMPARE(error, u"The result has no dates."_s);
        QCOMPARE(contents(path), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"out.csv"_s });
        // A writer that fails without a message gets the device's.
        QVERIFY(!kx::saveFile(path, [](QIODevice*, QString*) { return false; }, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("old\n"));
    }

    void anUnwritablePlaceIsNamed()
    {
        const QString path = u"/proc/no-such-dir/out.csv"_s;
        QString error;
        QVERIFY(!kx::saveFile(path, QByteArray("x"), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.startsWith(u"Could not write"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
