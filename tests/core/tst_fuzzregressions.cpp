// Every input the fuzzer ever crashed on (tests/fuzz/regressions) goes through the engine the way
// the fuzz target drives it, and must keep its properties.
#include "../fuzz/properties.h"
#include "testutil.h"

using namespace EdgeShift;
using namespace EdgeShift::Test;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(EDGESHIFT_FUZZ_REGRESSIONS));
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    if (files.isEmpty())
        QSKIP("No fuzzer regressions recorded.");
}

void TestFuzzRegressions::replay()
{
    // Every property the fuzzer checks holds on it.
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    QStringList broken;
    checkEngineProperties(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), [&](bool holds, const char *what) {
            if (!holds)
                broken << QString::fromUtf8(what);
        });
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
