// Golden cases: tests/data/<case>/input.json converts to expected.json under decisions.json.
#include "testutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

using namespace EdgeShift;
using namespace EdgeShift::Test;

namespace {

// decisions.json: {"accept": [ids], "reject": [ids], "set": {"rule[@module].param": "value"}}
Decisions decisionsFrom(const QString &path)
{
    Decisions d;
    if (!QFile::exists(path))
        return d;
    const Json spec = Json::parse(readAll(path).toStdString());
    for (const char *list : {"accept", "reject"}) {
        if (const Json *ids = json::find(spec, list)) {
            for (const Json &id : *ids)
                d.setRule(id.get<std::string>(), std::string(list) == "accept");
        }
    }
    if (const Json *set = json::find(spec, "set")) {
        for (const auto &[key, value] : set->items()) {
            const auto dot = key.rfind('.');
            std::string rule = key.substr(0, dot), module;
            if (const auto at = rule.find('@'); at != std::string::npos) {
                module = rule.substr(at + 1);
                rule = rule.substr(0, at);
            }
            d.setRuleParam(rule, module, key.substr(dot + 1), value.get<std::string>());
        }
    }
    return d;
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
};

void TestGolden::cases_data()
{
    QTest::addColumn<QString>("dir");
    QDir data(QStringLiteral(EDGESHIFT_TEST_DATA));
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(data.filePath(name + QStringLiteral("/expected.json"))))
            QTest::newRow(qPrintable(name)) << data.filePath(name);
    }
}

void TestGolden::cases()
{
    QFETCH(QString, dir);
    const Analysis a = loadOrFail(readAll(dir + QStringLiteral("/input.json")).toStdString());
    const Decisions d = decisionsFrom(dir + QStringLiteral("/decisions.json"));
    const Result r = apply(a, d);
    const Json expected = Json::parse(readAll(dir + QStringLiteral("/expected.json")).toStdString());
    COMPARE_JSON(r.document, expected);
    // Converting the expected result again changes nothing more.
    const Analysis again = loadOrFail(outputText(a, r));
    COMPARE_JSON(apply(again, d).document, expected);
}

QTEST_APPLESS_MAIN(TestGolden)
#include "tst_golden.moc"
