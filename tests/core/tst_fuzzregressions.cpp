// Every input the fuzzer ever crashed on (tests/fuzz/regressions) goes through the engine the way
// the fuzz target drives it, and must keep its properties.
#include "catalogue.h"
#include "jsonreader.h"
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
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    LoadError error;
    const std::optional<Analysis> analysis
        = load(std::string_view(bytes.constData(), std::size_t(bytes.size())), error);
    if (!analysis)
        return; // refused cleanly
    Decisions all;
    Decisions none;
    for (const Rule *rule : catalogue()) {
        all.setRule(rule->info().id, true);
        none.setRule(rule->info().id, false);
    }
    for (const Decisions &decisions : {Decisions(), all}) {
        const std::string out = outputText(*analysis, apply(*analysis, decisions));
        LoadError again;
        if (analysis->manifest->form() == ManifestForm::BareOptions)
            QVERIFY(readJson(out).value.is_object()); // createOptions, maybe without a key that says so
        else
            QVERIFY(load(out, again).has_value());
    }
    QCOMPARE(outputText(*analysis, apply(*analysis, none)), analysis->manifest->text());
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
