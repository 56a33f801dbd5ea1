// writeEdited(): the result written as edits of the text it came from. Each case gives a text,
// the result and the exact text expected; every case also checks that what is written reads as
// the result.
#include "jsonreader.h"
#include "testutil.h"
#include "textedits.h"

#include <QTest>

using namespace EdgeShift;
using namespace EdgeShift::Test;

namespace {

std::string edited(const std::string &original, const Json &result)
{
    std::string out;
    if (!writeEdited(original, result, detectIndentation(original), out))
        qFatal("writeEdited refused a text it should follow");
    return out;
}

} // namespace

class TestTextEdits : public QObject {
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void keepsTextWhenNothingChanged_data();
    void keepsTextWhenNothingChanged();
    void refusesWhatItCannotFollow_data();
    void refusesWhatItCannotFollow();
    void readsAsResultWhateverTheText_data();
    void readsAsResultWhateverTheText();
};

void TestTextEdits::edits_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("comments and spacing around a changed value stay")
        << QByteArray("{\n  // the deployment\n  \"a\":   1, /* one */\n  \"b\": \"x\" // last\n}\n")
        << QByteArray(R"({"a": 1, "b": "y"})")
        << QByteArray("{\n  // the deployment\n  \"a\":   1, /* one */\n  \"b\": \"y\" // last\n}\n");
    QTest::newRow("a member removed at the end leaves no comma")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}\n") << QByteArray(R"({"a": 1})")
        << QByteArray("{\n  \"a\": 1\n}\n");
    QTest::newRow("a member removed in the middle")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}") << QByteArray(R"({"a": 1, "c": 3})")
        << QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}");
    QTest::newRow("the first member removed")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}") << QByteArray(R"({"b": 2})") << QByteArray("{\n  \"b\": 2\n}");
    QTest::newRow("a new member is indented at its depth")
        << QByteArray("{\n    \"a\": {\n        \"x\": 1\n    }\n}\n")
        << QByteArray(R"({"a": {"x": 1, "y": {"z": [1]}}})")
        << QByteArray("{\n    \"a\": {\n        \"x\": 1,\n        \"y\": {\n            \"z\": [\n                1\n"
                      "            ]\n        }\n    }\n}\n");
    QTest::newRow("a new member before the one it precedes")
        << QByteArray("{\n  \"a\": 1\n}") << QByteArray(R"({"n": 0, "a": 1})")
        << QByteArray("{\n  \"n\": 0,\n  \"a\": 1\n}");
    QTest::newRow("a one-line object stays on one line")
        << QByteArray(R"({"s": { "image": "a", "c": "b" }})")
        << QByteArray(R"({"s": {"image": "a", "c": "B", "d": {"e": 1}}})")
        << QByteArray(R"({"s": { "image": "a", "c": "B", "d": {"e":1} }})");
    QTest::newRow("a renamed member keeps its place and layout")
        << QByteArray("{\n  \"modules\": {\n    \"a_b\": { \"x\": 1 },\n    \"c\": 2\n  }\n}")
        << QByteArray(R"({"modules": {"a-b": {"x": 1}, "c": 2}})")
        << QByteArray("{\n  \"modules\": {\n    \"a-b\": { \"x\": 1 },\n    \"c\": 2\n  }\n}");
    QTest::newRow("strings and numbers equal to the result stay as written")
        << QByteArray("{\"k\\u0041\": \"caf\\u00e9 \\/\", \"n\": 1.50, \"e\": 1E2, \"t\": true, \"z\": null, \"x\": 0}")
        << QByteArray(R"({"kA": "café /", "n": 1.5, "e": 100.0, "t": true, "z": null, "x": 1})")
        << QByteArray(
               "{\"k\\u0041\": \"caf\\u00e9 \\/\", \"n\": 1.50, \"e\": 1E2, \"t\": true, \"z\": null, \"x\": 1}");
    QTest::newRow("new lines end as the text's lines do")
        << QByteArray("{\r\n\t\"a\": [\r\n\t\t1\r\n\t]\r\n}\r\n") << QByteArray(R"({"a": [1, {"b": 2}]})")
        << QByteArray("{\r\n\t\"a\": [\r\n\t\t1,\r\n\t\t{\r\n\t\t\t\"b\": 2\r\n\t\t}\r\n\t]\r\n}\r\n");
    QTest::newRow("a byte-order mark stays")
        << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << QByteArray(R"({"a": 2})") << QByteArray("\xEF\xBB\xBF{\"a\": 2}");
    QTest::newRow("an array shorter and longer")
        << QByteArray("{\"l\": [\"a\", \"b\", \"c\"], \"m\": [1]}") << QByteArray(R"({"l": ["a", "c"], "m": [1, 2]})")
        << QByteArray("{\"l\": [\"a\", \"c\"], \"m\": [1, 2]}");
    QTest::newRow("strings that become objects in a list of lines")
        << QByteArray("{\n  \"Binds\": [\n    \"/a:/b\"\n  ]\n}")
        << QByteArray(R"({"Mounts": [{"Target": "/b", "Source": "/a"}]})")
        << QByteArray("{\n  \"Mounts\": [\n    {\n      \"Target\": \"/b\",\n      \"Source\": \"/a\"\n    }\n  ]\n}");
    QTest::newRow("an empty object filled") << QByteArray("{\n  \"a\": {}\n}") << QByteArray(R"({"a": {"x": 1}})")
                                            << QByteArray("{\n  \"a\": {\n    \"x\": 1\n  }\n}");
    QTest::newRow("an object emptied") << QByteArray("{\n  \"a\": {\n    \"x\": 1\n  }\n}")
                                       << QByteArray(R"({"a": {}})") << QByteArray("{\n  \"a\": {}\n}");
    QTest::newRow("a compact text stays compact")
        << QByteArray(R"({"a":{"b":[1,2]},"c":"d"})") << QByteArray(R"({"a":{"b":[1,3],"n":{"x":[true]}},"c":"d"})")
        << QByteArray(R"({"a":{"b":[1,3],"n":{"x":[true]}},"c":"d"})");
    QTest::newRow("a member removed goes with its comment, before a member kept")
        << QByteArray("{\n  // input\n  \"Binds\": [],\n  // the FPGA\n  \"Devices\": [1],\n  // kept\n  "
                      "\"Privileged\": true\n}")
        << QByteArray(R"({"Mounts": [], "Privileged": true})")
        << QByteArray("{\n  // input\n  \"Mounts\": [],\n  // kept\n  \"Privileged\": true\n}");
    QTest::newRow("elements removed go with their comments; those kept keep theirs")
        << QByteArray("[\n  // goes\n  \"W=1\",\n  // stays\n  \"K=1\",\n  /* goes too */ {\"a\": 1},\n  \"L\"\n]")
        << QByteArray(R"(["K=1", "L"])") << QByteArray("[\n  // stays\n  \"K=1\",\n  \"L\"\n]");
    QTest::newRow("an element changed in its place, one removed, one new")
        << QByteArray("[\n  \"A:B=1\", // renamed\n  \"W=1\",\n  \"K\"\n]") << QByteArray(R"(["A__B=1", "K", "N"])")
        << QByteArray("[\n  \"A__B=1\", // renamed\n  \"K\",\n  \"N\"\n]");
    QTest::newRow("a comment at the end of a line stays with its member")
        << QByteArray("{\n  \"R\": \"nvidia\", // runtime\n  \"P\": true, // camera\n  \"N\": 1 // last\n}")
        << QByteArray(R"({"P": true})") << QByteArray("{\n  \"P\": true // camera\n}");
    QTest::newRow("a comment at the end of a line stays with its element")
        << QByteArray("[\n  \"A=1\", // first\n  \"W=x\", // wire\n  \"B=2\" // second\n]")
        << QByteArray(R"(["A=1", "B=2"])") << QByteArray("[\n  \"A=1\", // first\n  \"B=2\" // second\n]");
    QTest::newRow("a member added after one whose line ends with a comment")
        << QByteArray("{\n  \"a\": 1 // one\n}") << QByteArray(R"({"a": 1, "b": 2})")
        << QByteArray("{\n  \"a\": 1, // one\n  \"b\": 2\n}");
    QTest::newRow("the first element removed from a one-line array")
        << QByteArray(R"({"l": ["a", "b", "c"]})") << QByteArray(R"({"l": ["b", "c"]})")
        << QByteArray(R"({"l": ["b", "c"]})");
    QTest::newRow("what follows the document stays")
        << QByteArray("{\"a\": 1}\n// end\n") << QByteArray(R"({"a": 2})") << QByteArray("{\"a\": 2}\n// end\n");
}

void TestTextEdits::edits()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, result);
    QFETCH(QByteArray, expected);
    const Json wanted = Json::parse(result.toStdString());
    const std::string out = edited(original.toStdString(), wanted);
    QCOMPARE(QByteArray::fromStdString(out), expected);
    const JsonReadResult read = readJson(out);
    QVERIFY(!read.error);
    COMPARE_JSON(read.value, wanted);
}

void TestTextEdits::keepsTextWhenNothingChanged_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("the sample") << readAll(QStringLiteral(EDGESHIFT_SAMPLE));
    QTest::newRow("odd spacing, comments, escapes")
        << QByteArray("\xEF\xBB\xBF /* head */ {\"a\" :[ 1 ,2,\n\n 3 ] , \"\\u00e9\":{ } // x\n, \"b\": -0.0e0 }  \n");
}

void TestTextEdits::keepsTextWhenNothingChanged()
{
    QFETCH(QByteArray, original);
    const JsonReadResult read = readJson(original.toStdString());
    QVERIFY(!read.error);
    QCOMPARE(QByteArray::fromStdString(edited(original.toStdString(), read.value)), original);
}

void TestTextEdits::refusesWhatItCannotFollow_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}");
    QTest::newRow("cut short") << QByteArray("{\"a\": [1, 2");
    QTest::newRow("an unterminated comment") << QByteArray("{\"a\": 1 /* and");
    QTest::newRow("two documents") << QByteArray("{\"a\": 1} {\"a\": 1}");
    QTest::newRow("a lone slash") << QByteArray("{\"a\": [1 / 2]}");
    QTest::newRow("empty") << QByteArray("");
}

void TestTextEdits::refusesWhatItCannotFollow()
{
    QFETCH(QByteArray, original);
    std::string out = "kept";
    QVERIFY(!writeEdited(original.toStdString(), Json::parse(R"({"a": [1, 3]})"), Indentation(), out));
    QCOMPARE(out, std::string("kept"));
}

void TestTextEdits::readsAsResultWhateverTheText_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("another document") << QByteArray("{\n  \"z\": [1, 2],\n  \"q\": {\"r\": null}\n}")
                                      << QByteArray(R"({"a": [{"b": 1}], "z": "s"})");
    QTest::newRow("keys out of order") << QByteArray(R"({"a": 1, "b": 2, "c": 3})")
                                       << QByteArray(R"({"c": 3, "a": 1, "b": 2})");
    QTest::newRow("a key written twice") << QByteArray(R"({"a": 1, "a": 2, "b": 3})")
                                         << QByteArray(R"({"a": 2, "b": 3})");
    QTest::newRow("types swapped") << QByteArray(R"({"a": [1], "b": {"c": 1}, "d": "x"})")
                                   << QByteArray(R"({"a": {"c": 1}, "b": [1], "d": 5})");
    QTest::newRow("a module renamed and one added")
        << readAll(QStringLiteral(EDGESHIFT_SAMPLE)) << QByteArray(R"({"modulesContent": {"n": {}, "$edgeAgent": 1}})");
}

void TestTextEdits::readsAsResultWhateverTheText()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, result);
    const Json wanted = Json::parse(result.toStdString());
    const JsonReadResult read = readJson(edited(original.toStdString(), wanted));
    QVERIFY(!read.error);
    COMPARE_JSON(read.value, wanted);
}

QTEST_APPLESS_MAIN(TestTextEdits)
#include "tst_textedits.moc"
