// Reading and writing manifests: every input form of RULES.md, and the refusals.
#include "catalogue.h"
#include "handedit.h"
#include "report.h"
#include "secrets.h"
#include "testutil.h"

#include <functional>

using namespace EdgeShift;
using namespace EdgeShift::Test;

class TestReader : public QObject {
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void syntaxErrorPosition();
    void reportIsTextNotMarkup();
    void bomAndComments();
    void singleQuotedCreateOptions();
    void handEditsReadBack();
    void emptyCreateOptionsMeansNone();
    void chunksJoinInSuffixOrder();
    void longResultIsResplit();
    void splitKeepsCodePoints();
    void tooManyChunksIsAProblem();
    void sameNameTwiceKeepsKeysApart();
    void simdjsonReadsAsNlohmann_data();
    void simdjsonReadsAsNlohmann();
    void writerMatchesLibrary_data();
    void writerMatchesLibrary();
    void indentationKept_data();
    void indentationKept();
    void layeredDeployment();
    void wrappedContent();
    void bareCreateOptions();
    void templatePlaceholdersUntouched();
    void duplicateKeysRecorded();
    void invalidCreateOptionsLeftAlone();
    void unexpectedTypesLeaveModuleAlone();
    void secretsMasked_data();
    void secretsMasked();
    void whatIsNoSecretIsShown();
    void commandLineSecretsMasked();
    void secretsRestoredAroundAnEdit();
};

void TestReader::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("jsonCode");
    QTest::addColumn<QString>("pointer");

    const int json = int(LoadErrorCode::Json);
    QTest::newRow("empty") << QByteArray("  \n") << json << int(JsonErrorCode::Empty) << QString();
    QTest::newRow("truncated") << QByteArray("{\"modulesContent\": {") << json << int(JsonErrorCode::Truncated)
                               << QString();
    QTest::newRow("truncated in a string")
        << QByteArray("{\"modulesContent\": \"ab") << json << int(JsonErrorCode::Truncated) << QString();
    QTest::newRow("two documents") << QByteArray("{} {}") << json << int(JsonErrorCode::Syntax) << QString();
    QTest::newRow("nul byte") << QByteArray("{\"a\":1}\0", 8) << json << int(JsonErrorCode::NulByte) << QString();
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}") << json << int(JsonErrorCode::InvalidUtf8)
                                   << QString();
    QTest::newRow("number too large") << QByteArray("{\"HostConfig\":{\"Memory\":1e400}}") << json
                                      << int(JsonErrorCode::NumberTooLarge) << QString();
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << json << int(JsonErrorCode::TooDeep) << QString();
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    QTest::newRow("deep objects") << objects << json << int(JsonErrorCode::TooDeep) << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << int(LoadErrorCode::NotAnObject) << 0 << QString();
    QTest::newRow("string") << QByteArray("\"modulesContent\"") << int(LoadErrorCode::NotAnObject) << 0 << QString();
    QTest::newRow("unrelated object") << QByteArray("{\"name\":\"x\"}") << int(LoadErrorCode::NotAManifest) << 0
                                      << QString();
    QTest::newRow("modules not an object")
        << QByteArray(R"({"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":[]}}}})")
        << int(LoadErrorCode::WrongType) << 0
        << QStringLiteral("/modulesContent/$edgeAgent/properties.desired/modules");
    QTest::newRow("settings not an object")
        << QByteArray(R"({"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{"a":{"settings":"x"}}}}}})")
        << int(LoadErrorCode::WrongType) << 0
        << QStringLiteral("/modulesContent/$edgeAgent/properties.desired/modules/a/settings");
    QTest::newRow("route not a string") << QByteArray(
        R"({"modulesContent":{"$edgeHub":{"properties.desired":{"routes":{"r":5}}}}})")
                                        << int(LoadErrorCode::WrongType) << 0
                                        << QStringLiteral("/modulesContent/$edgeHub/properties.desired/routes/r");
}

void TestReader::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    QFETCH(int, jsonCode);
    QFETCH(QString, pointer);
    LoadError error;
    QVERIFY(!load(std::string_view(text.constData(), std::size_t(text.size())), error));
    QCOMPARE(int(error.code), code);
    if (code == int(LoadErrorCode::Json))
        QCOMPARE(int(error.json.code), jsonCode);
    QCOMPARE(QString::fromStdString(error.pointer), pointer);
}

void TestReader::syntaxErrorPosition()
{
    LoadError error;
    QVERIFY(!load("{\n  \"modulesContent\": {\n    \"a\": tru\n  }\n}", error));
    QCOMPARE(error.json.line, 3);
    QCOMPARE(error.json.column, 10);
    // Columns count characters, not bytes.
    QVERIFY(!load("{\"名前\": x}", error));
    QCOMPARE(error.json.line, 1);
    QCOMPARE(error.json.column, 8);
    QCOMPARE(error.json.detail, std::string("x}"));
    // What follows is shown to the end of its line, or cut after whole characters and marked so.
    QVERIFY(!load("{\"a\": x 名前名前名前名前名前名前名前名前\n}", error));
    QCOMPARE(error.json.detail, std::string("x 名前名前名前名\u2026"));
    QVERIFY(!load("{\"a\": x 名前\n}", error));
    QCOMPARE(error.json.detail, std::string("x 名前"));
    // A number too large is named alone; a file cut short, where it ends.
    QVERIFY(!load("{\"HostConfig\": {\"Memory\": 1e400}}", error));
    QCOMPARE(int(error.json.code), int(JsonErrorCode::NumberTooLarge));
    QCOMPARE(error.json.detail, std::string("1e400"));
    // Numbers a double cannot keep as written are refused too, rather than written back as others.
    for (const char *number : {"123456789012345678901234567890", "1e-400", "-1.5e-999"}) {
        QVERIFY2(!load(std::string("{\"HostConfig\": {\"Memory\": ") + number + "}}", error), number);
        QCOMPARE(int(error.json.code), int(JsonErrorCode::NumberInexact));
        QCOMPARE(error.json.detail, std::string(number));
        QCOMPARE(error.json.column, 27);
    }
    // Zeros of every spelling, and the largest integers, are kept.
    for (const char *number :
        {"0", "0.0", "-0.0", "0e10", "18446744073709551615", "-9223372036854775808", "1e-300", "-0.0000e-999"})
        QVERIFY2(load(std::string("{\"HostConfig\": {\"Memory\": ") + number + "}}", error), number);
    QVERIFY(!load("{\n  \"a\": [1,\n", error));
    QCOMPARE(int(error.json.code), int(JsonErrorCode::Truncated));
    QCOMPARE(error.json.line, 3);
    QCOMPARE(error.json.column, 1);
    // What is shown of the text never holds a secret, nor a control character for the terminal.
    QVERIFY(!load("{\"registryCredentials\": {\"password\": s3cr3tValue}}", error));
    QCOMPARE(error.json.detail, std::string(kMask) + "}}");
    // Nor where the key is written apart from its value: a space before the colon, another line.
    for (const char *text : {"{\"password\" : s3cr3tValue}", "{\"registryPassword\":\n    s3cr3tValue\n}",
             "{\"a\": {\"password\":\n\t\"s3cr3tValue\u0001\"}}", "{\"Cmd\": [\"--password\", \"s3cr3tValue\u0001\"]}",
             "{\"Cmd\": [\"--password\",\n  \"s3cr3tValue\u0001\"]}",
             "{\"Cmd\": [\"sh -c 'app --password s3cr3tValue\u0001'\"]}",
             // Broken argument lists: the comma missing, the value without quotes.
             "{\"Cmd\": [\"--password\" \"s3cr3tValue\"]}", "{\"Cmd\": [\"--password\", s3cr3tValue]}",
             "{\"Cmd\": [\"--password\"\n s3cr3tValue]}"}) {
        QVERIFY2(!load(text, error), text);
        QVERIFY2(error.json.detail.find("s3cr3t") == std::string::npos, error.json.detail.c_str());
    }
    QVERIFY(!load("{\"Env\": [\"CONN=AccountKey=s3cr3tValue\u0001\"]}", error));
    QVERIFY2(error.json.detail.find("s3cr3t") == std::string::npos, error.json.detail.c_str());
    QVERIFY(!load("{\"a\": x\u001b[31m}", error));
    QCOMPARE(error.json.detail, std::string("x\\u001B[31m}"));
}

void TestReader::reportIsTextNotMarkup()
{
    // A module name and values holding what Markdown and HTML would take for markup.
    const Analysis a
        = loadOrFail(manifestWith({{"a<b>c", moduleWith(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=1|2``3"]})"))}}));
    const Result r = apply(a, Decisions());
    ReportStrings text;
    text.title = "t";
    text.rule = "rule", text.module = "module", text.before = "before", text.after = "after", text.what = "what";
    text.removed = "(removed)";
    text.message = [](const Finding &f, FindingState) { return std::string(f.rule); };
    const std::string markdown = writeReport(a, r, Decisions(), text, ReportFormat::Markdown);
    QVERIFY(markdown.find("| a<b>c") == std::string::npos); // (in a code span it is literal text)
    // Renamed, as it was and as it is.
    QVERIFY(markdown.find("| a&lt;b&gt;c → a-b-c |") != std::string::npos);
    int rows = 0;
    for (std::size_t start = 0, end; (end = markdown.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = markdown.substr(start, end - start);
        if (line.find("| ` wireserver-env ` |") != 0)
            continue;
        ++rows;
        // Five cells: six '|' that are not escaped, whatever the value holds.
        int cells = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
        QCOMPARE(cells, 6);
        QVERIFY(line.find("``` \"WIRESERVER_ADDRESS=1\\|2``3\" ```") != std::string::npos);
        // The variable removed: said in words, not shown as a value.
        QVERIFY(line.find("| (removed) |") != std::string::npos);
    }
    QCOMPARE(rows, 1);
    const std::string html = writeReport(a, r, Decisions(), text, ReportFormat::Html);
    QVERIFY(html.find("<b>") == std::string::npos);
    QVERIFY(html.find("a&lt;b&gt;c") != std::string::npos);
    QVERIFY(html.find("<td>(removed)</td>") != std::string::npos);
}

void TestReader::bomAndComments()
{
    const std::string text = "\xEF\xBB\xBF{\n  // a template\n  /* block */ \"HostConfig\": {\"Privileged\": true}\n}";
    LoadError error;
    QVERIFY(load(text, error));
}

void TestReader::singleQuotedCreateOptions()
{
    Json module = moduleWith(Json::object());
    module["settings"]["createOptions"]
        = "{'Env': ['WIRESERVER_ADDRESS=10.0.0.1', 'NAME=it\\'s \"x\"'], 'HostConfig': {'Privileged': true}}";
    const Analysis a = loadOrFail(manifestWith({{"app", module}}));
    QVERIFY(!a.modules[2].invalid());
    QVERIFY(a.modules[2].options.singleQuoted);
    const Result r = apply(a, Decisions());
    const std::string written = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"]
                                          ["settings"]["createOptions"]
                                              .get<std::string>();
    const Json parsed = Json::parse(written); // strict JSON now
    COMPARE_JSON(parsed["Env"], Json::array({"NAME=it's \"x\""}));
    COMPARE_JSON(parsed["HostConfig"], Json::parse(R"({"Privileged":true})"));
    QVERIFY(!findingsOf(a, "wireserver-env").empty());

    // A bare createOptions document may be single-quoted too; a manifest may not.
    const std::string bare = "{'Env': ['WIRESERVER_ADDRESS=1', 'k1=v1'], 'HostConfig': {'Binds': ['/a:/b']}}";
    const Analysis b = loadOrFail(bare);
    QCOMPARE(findingsOf(b, "wireserver-env").size(), std::size_t(1));
    Decisions none;
    for (const RuleInfo &rule : allRuleInfos())
        none.setRule(rule.id, false);
    QCOMPARE(outputText(b, apply(b, none)), bare); // given back as it was
    COMPARE_JSON(Json::parse(outputText(b, apply(b, Decisions()))),
        Json::parse(R"({"Env":["k1=v1"],"HostConfig":{"Mounts":[{"Target":"/b","Source":"/a","Type":"bind"}]}})"));
    LoadError error;
    QVERIFY(!load("{'modulesContent': {}}", error));
    QCOMPARE(error.code, LoadErrorCode::Json);
    QVERIFY(!load("['Env']", error));
    QCOMPARE(error.code, LoadErrorCode::Json);
}

void TestReader::handEditsReadBack()
{
    // What the operator types over the masked GPU side: its secrets come back where the masks stay.
    const Json shown = Json::parse(
        R"({"Env":["STORAGE=DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net"]})");
    const std::string masked = json::pretty(maskSecrets(shown));
    QVERIFY(masked.find("c2VjcmV0") == std::string::npos);
    std::string typed = masked;
    typed.insert(typed.rfind('}'), ",\n    \"User\": \"edge\"\n");
    HandEditReading edit = readHandEdit(typed, shown);
    QCOMPARE(edit.error, HandEditReading::Error::None);
    QCOMPARE(edit.value["Env"], shown["Env"]); // the key, not its mask
    QCOMPARE(edit.value["User"], Json("edge"));

    edit = readHandEdit("{\n  \"Env\": [\n}", shown);
    QCOMPARE(edit.error, HandEditReading::Error::Json);
    QCOMPARE(edit.json.line, 3);
    QCOMPARE(readHandEdit("[1]", shown).error, HandEditReading::Error::NotAnObject);
    QCOMPARE(readHandEdit("{} // note", shown).error, HandEditReading::Error::Json); // no comments kept
    // A mask typed where no secret was shown stands for nothing that could be put back.
    QCOMPARE(
        readHandEdit(R"({"Env":["OTHER=AccountKey=)" + std::string(kMask) + R"("]})", Json::parse(R"({"Env":["A=1"]})"))
            .error,
        HandEditReading::Error::SecretChanged);
}

void TestReader::emptyCreateOptionsMeansNone()
{
    const Analysis a = loadOrFail(manifestWith(Json::object()));
    for (const ModuleState &m : a.modules) {
        QCOMPARE(m.options.form, OptionsForm::Empty);
        QVERIFY(!m.invalid());
    }
    QVERIFY(findingsOf(a, "invalid-create-options").empty());
}

void TestReader::chunksJoinInSuffixOrder()
{
    Json module = moduleWith(Json::object());
    const std::string text = R"({"Env":["A=1","WIRESERVER_ADDRESS=10.0.0.1"],"HostConfig":{"Privileged":true}})";
    Json settings = Json::object();
    settings["image"] = "x";
    settings["createOptions02"] = text.substr(40);
    settings["createOptions"] = text.substr(0, 20);
    settings["createOptions01"] = text.substr(20, 20);
    module["settings"] = settings;
    const Analysis a = loadOrFail(manifestWith({{"app", module}}));
    QCOMPARE(a.modules[2].options.form, OptionsForm::Chunked);
    COMPARE_JSON(a.modules[2].options.value, Json::parse(text));
    QVERIFY(!findingsOf(a, "wireserver-env").empty());
    // Written back as one string (it now fits in one chunk), the chunk keys gone, in place.
    const Result r = apply(a, Decisions());
    const Json &out = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"]["settings"];
    COMPARE_JSON(out,
        Json::parse(R"({"image":"x","createOptions":"{\"Env\":[\"A=1\"],\"HostConfig\":{\"Privileged\":true}}"})"));
}

void TestReader::longResultIsResplit()
{
    Json env = Json::array();
    for (int i = 0; i < 40; ++i)
        env.push_back("VARIABLE_NUMBER_" + std::to_string(i) + "=some value that is long enough");
    env.push_back("WIRESERVER_ADDRESS=10.0.0.1");
    const Analysis a = loadOrFail(manifestWith({{"app", moduleWith({{"Env", env}})}}));
    const Result r = apply(a, Decisions());
    const Json &settings
        = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"]["settings"];
    std::string joined;
    std::vector<std::string> keys;
    for (const auto &[key, value] : settings.items()) {
        if (key.rfind("createOptions", 0) == 0) {
            keys.push_back(key);
            QVERIFY(value.get<std::string>().size() <= 512);
            joined += value.get<std::string>();
        }
    }
    QVERIFY(keys.size() > 1);
    QCOMPARE(keys[0], std::string("createOptions"));
    QCOMPARE(keys[1], std::string("createOptions01"));
    const Json parsed = Json::parse(joined);
    QCOMPARE(parsed["Env"].size(), std::size_t(40));
}

void TestReader::splitKeepsCodePoints()
{
    std::string text;
    for (int i = 0; i < 600; ++i)
        text += "日";
    const auto chunks = splitChunks(text);
    QCOMPARE(chunks.size(), std::size_t(2));
    QCOMPARE(chunks[0].size(), std::size_t(512 * 3));
    QCOMPARE(chunks[0] + chunks[1], text);
}

void TestReader::tooManyChunksIsAProblem()
{
    // createOptions just under 100 chunks, which an accepted advice pushes over them.
    Json options = {{"Labels", Json::object()}};
    for (int i = 0; json::compact(options).size() < 100 * 512 - 40; ++i)
        options["Labels"]["l" + std::to_string(i)] = "v";
    Json module = moduleWith(Json::object());
    module["env"] = {{"WIRESERVER_ADDRESS", {{"value", "10.139.218.1"}}}}; // a change outside createOptions too
    const auto chunks = splitChunks(json::compact(options));
    module["settings"]["createOptions"] = chunks[0];
    for (std::size_t i = 1; i < chunks.size(); ++i)
        module["settings"][(i < 10 ? "createOptions0" : "createOptions") + std::to_string(i)] = chunks[i];
    const Analysis a = loadOrFail(manifestWith({{"app", module}}));
    QCOMPARE(a.modules[2].options.form, OptionsForm::Chunked);
    QCOMPARE(a.modules[2].options.chunkSuffixes.size(), std::size_t(99)); // and the base: 100 chunks
    const Json original = *a.modules[2].original;
    Decisions d;
    d.setRule("resource-limits", true);
    const Result r = apply(a, d);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems.front().rule, std::string("create-options-too-long"));
    COMPARE_JSON(r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"], original);
    QVERIFY(!r.gpuReady);

    // Only createOptions would change, on a module without settings: it is left without them.
    const Json bare = {{"type", "docker"}};
    const Analysis b = loadOrFail(manifestWith({{"app", bare}}));
    Json tooLong = options;
    for (int i = 0; i < 100; ++i)
        tooLong["Labels"]["more" + std::to_string(i)] = "v";
    Decisions hand;
    hand.setHandEdit("app", tooLong);
    const Result rb = apply(b, hand);
    QCOMPARE(rb.problems.size(), std::size_t(1));
    COMPARE_JSON(rb.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"], bare);
}

void TestReader::simdjsonReadsAsNlohmann_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("integers") << QStringLiteral(
        R"([0,5,-5,9223372036854775807,-9223372036854775808,18446744073709551615])");
    QTest::newRow("beyond 64 bits") << QStringLiteral(
        R"([18446744073709551616,-9223372036854775809,123456789012345678901234567890])");
    QTest::newRow("zero") << QStringLiteral(R"([0,0.0,0e5])");
    QTest::newRow("minus zero") << QStringLiteral(R"([0,-0])");
    QTest::newRow("minus zero alone") << QStringLiteral(R"(-0)");
    QTest::newRow("minus zero in a string") << QStringLiteral(R"({"a":0,"b":"x-0"})");
    QTest::newRow("minus zero floats") << QStringLiteral(R"([-0.0,-0e-5,1e-400,-1e-400])");
    QTest::newRow("floats") << QStringLiteral(R"([1.5,-2.25,1E5,1e+300,2.0,0.1,3.141592653589793238462643383279])");
    QTest::newRow("escapes") << QStringLiteral(R"({"a\"b":"q\"\\ \b\f\n\r\t \u0000 \u001f \/"})");
    QTest::newRow("surrogate pair") << QStringLiteral(R"(["\ud83d\ude00","\uD83D\uDE00 x"])");
    QTest::newRow("lone surrogates") << QStringLiteral(R"(["\ud800"])");
    QTest::newRow("ill-paired surrogate") << QStringLiteral(R"(["\ud800\u0041"])");
    QTest::newRow("unicode") << QStringLiteral(R"({"ボリューム":"卷装载 é"})");
    QTest::newRow("duplicates") << QStringLiteral(R"({"a":1,"b":{"c":1,"c":2},"a":[{"d":0,"d":{}}]})");
    QTest::newRow("duplicate in a large object")
        << QStringLiteral(R"({"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,)"
                          R"("k11":11,"k12":12,"k13":13,"k14":14,"k15":15,"k16":16,"k17":17,"k3":33})");
    QTest::newRow("scalars") << QStringLiteral(R"([true,false,null,"",{},[]])");
    QTest::newRow("scalar root") << QStringLiteral(R"( "text" )");
    QTest::newRow("comments") << QStringLiteral("{\"a\": 1 // one\n, /* two */ \"b\": 2}");
    QTest::newRow("trailing text") << QStringLiteral(R"({"a":1} x)");
    QTest::newRow("two documents") << QStringLiteral(R"({} {})");
    QTest::newRow("1e400") << QStringLiteral(R"({"n":1e400})");
    QTest::newRow("cut short") << QStringLiteral(R"({"n":[1,)");
    QTest::newRow("bad literal") << QStringLiteral(R"([tru])");
    QTest::newRow("leading zero") << QStringLiteral(R"([01])");
    QTest::newRow("control character") << QStringLiteral("[\"a\tb\"]");
    QTest::newRow("at the depth limit") << QString(256, u'[') + QString(256, u']');
    QTest::newRow("beyond the depth limit") << QString(257, u'[') + QString(257, u']');
}

void TestReader::simdjsonReadsAsNlohmann()
{
    // simdjson reads first; what it reads must be what nlohmann alone reads: the same values of
    // the same types, the same duplicate keys, the same error at the same place.
    QFETCH(QString, text);
    const std::string input = text.toStdString();
    JsonReadOptions nlohmannOnly;
    nlohmannOnly.simdjson = false;
    const JsonReadResult fast = readJson(input);
    const JsonReadResult reference = readJson(input, nlohmannOnly);

    std::function<void(const Json &, const Json &)> sameTypes = [&](const Json &a, const Json &b) {
        QCOMPARE(a.type(), b.type());
        if (!a.is_structured())
            return;
        for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end(); ++i, ++j)
            sameTypes(*i, *j);
    };
    COMPARE_JSON(fast.value, reference.value);
    QCOMPARE(fast.value.dump(), reference.value.dump());
    sameTypes(fast.value, reference.value);
    QCOMPARE(fast.duplicates.size(), reference.duplicates.size());
    for (std::size_t i = 0; i < fast.duplicates.size(); ++i) {
        QCOMPARE(fast.duplicates[i].pointer, reference.duplicates[i].pointer);
        QCOMPARE(fast.duplicates[i].key, reference.duplicates[i].key);
    }
    QCOMPARE(fast.error.has_value(), reference.error.has_value());
    if (fast.error) {
        QCOMPARE(int(fast.error->code), int(reference.error->code));
        QCOMPARE(fast.error->offset, reference.error->offset);
        QCOMPARE(fast.error->detail, reference.error->detail);
    }
}

void TestReader::writerMatchesLibrary_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("escapes") << QStringLiteral(R"({"a\"b":"q\"\\ \b\f\n\r\t \u0001\u001f \u007f /"})");
    QTest::newRow("unicode") << QStringLiteral(R"({"ボリューム":"卷装载 é \ud83d\ude00 x\n"})");
    QTest::newRow("numbers") << QStringLiteral(
        R"([0,-1,18446744073709551615,-9223372036854775808,1.5,1e300,-0.0,2.0])");
    QTest::newRow("empty and nested") << QStringLiteral(
        R"({"o":{},"a":[],"n":null,"t":true,"f":false,"x":[[{}],[[]]]})");
    QTest::newRow("scalar") << QStringLiteral(R"("just a string")");
}

void TestReader::writerMatchesLibrary()
{
    // json::write writes runs of text where the library writes characters: the bytes must not change.
    QFETCH(QString, text);
    const Json value = Json::parse(text.toStdString());
    for (const int indent : {-1, 0, 1, 2, 4}) {
        for (const char c : {' ', '\t'}) {
            std::string out;
            json::write(out, value, indent, c);
            QCOMPARE(out, value.dump(indent, c, false, Json::error_handler_t::replace));
        }
    }
    // Invalid UTF-8 made inside the program (the reader refuses it) is replaced as the library does.
    const Json broken = std::string("ok \xff\xfe \xe3\x81 end");
    QCOMPARE(json::compact(broken), broken.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void TestReader::sameNameTwiceKeepsKeysApart()
{
    // A system module and a module both called edgeHub, with the same bind: two findings on the same
    // subject, which keep apart in decisions.
    const Json options = Json::parse(R"({"HostConfig":{"Binds":["/data:/data"]}})");
    const Analysis a = loadOrFail(manifestWith({{"edgeHub", moduleWith(options)}}, {{"edgeHub", moduleWith(options)}}));
    const auto binds = findingsOf(a, "binds-to-mounts", "edgeHub");
    QCOMPARE(binds.size(), std::size_t(2));
    QVERIFY(binds[0]->key() != binds[1]->key());
    Decisions d;
    d.setFinding(binds[1]->key(), false);
    QVERIFY(d.accepted(*binds[0]));
    QVERIFY(!d.accepted(*binds[1]));
}

void TestReader::indentationKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tabs") << QStringLiteral("{\n\t\"HostConfig\": {\n\t\t\"Binds\": [\"/a:/b\"]\n\t}\n}\n");
    QTest::newRow("two spaces") << QStringLiteral(
        "{\n  \"HostConfig\": {\n    \"Binds\": [\n      \"/a:/b\"\n    ]\n  }\n}");
    QTest::newRow("compact") << QStringLiteral("{\"HostConfig\":{\"Binds\":[\"/a:/b\"]}}");
    QTest::newRow("crlf") << QStringLiteral(
        "{\r\n  \"HostConfig\": {\r\n    \"Binds\": [\r\n      \"/a:/b\"\r\n    ]\r\n  }\r\n}\r\n");
    QTest::newRow("crlf, no final newline") << QStringLiteral("{\r\n\t\"HostConfig\": {\"Binds\": [\"/a:/b\"]}\r\n}");
}

void TestReader::indentationKept()
{
    QFETCH(QString, text);
    const Analysis a = loadOrFail(text.toStdString());
    Decisions none;
    none.setRule("binds-to-mounts", false);
    QCOMPARE(QString::fromStdString(outputText(a, apply(a, none))), text); // nothing changed: byte for byte
    Decisions d;
    d.setRule("binds-to-mounts", true);
    d.setRule("recreate-strategy", false);
    const std::string out = outputText(a, apply(a, d));
    const Indentation in = detectIndentation(text.toStdString()), written = detectIndentation(out);
    QCOMPARE(written.width, in.width);
    QCOMPARE(written.character, in.character);
    QCOMPARE(written.finalNewline, in.finalNewline);
    QCOMPARE(written.crlf, in.crlf);
    // Every line ends as the input's do: no "\n" alone among "\r\n", nor the other way round.
    const auto lines = std::count(out.begin(), out.end(), '\n');
    const auto crlfLines = QString::fromStdString(out).count(QStringLiteral("\r\n"));
    QCOMPARE(crlfLines, in.crlf ? lines : 0);
    QVERIFY(lines > 0 || in.width < 0);
}

void TestReader::layeredDeployment()
{
    const std::string text = R"({"content":{"modulesContent":{
        "$edgeAgent":{"properties.desired.modules.my_app":{"type":"docker","settings":{"image":"x","createOptions":"{\"HostConfig\":{\"Binds\":[\"/home/hcsshares/in:/in\"]}}"}}},
        "$edgeHub":{"properties.desired.routes.up":"FROM /messages/modules/my_app/* INTO $upstream"},
        "my_app":{"properties.desired":{"a":1}}}},
        "targetCondition":"tags.gpu=true","priority":10})";
    const Analysis a = loadOrFail(text);
    QVERIFY(a.manifest->layered());
    QCOMPARE(a.manifest->form(), ManifestForm::Wrapped);
    QCOMPARE(a.modules.size(), std::size_t(1));
    QCOMPARE(a.manifest->routes().size(), std::size_t(1));
    const Result r = apply(a, Decisions());
    const Json &mc = r.document["content"]["modulesContent"];
    QVERIFY(json::find(mc["$edgeAgent"], "properties.desired.modules.my-app"));
    QCOMPARE(mc["$edgeHub"]["properties.desired.routes.up"].get<std::string>(),
        std::string("FROM /messages/modules/my-app/* INTO $upstream"));
    QVERIFY(json::find(mc, "my-app"));
    QCOMPARE(r.document["targetCondition"].get<std::string>(), std::string("tags.gpu=true"));
    QCOMPARE(r.document["priority"].get<int>(), 10);
}

void TestReader::wrappedContent()
{
    Json doc = parse(manifestWith({{"app", moduleWith(Json::parse(R"({"Env":["WIRESERVER_ADDRESS=1"]})"))}}));
    Json wrapped = {{"id", "gpu-migration"}, {"content", doc}, {"labels", {{"a", "b"}}}};
    const Analysis a = loadOrFail(wrapped.dump(2));
    const Result r = apply(a, Decisions());
    QCOMPARE(r.document["id"].get<std::string>(), std::string("gpu-migration"));
    QCOMPARE(r.document.begin().key(), std::string("id"));
    QVERIFY(!json::find(r.optionsOf(a, 2), "Env"));
}

void TestReader::bareCreateOptions()
{
    const Analysis a = loadOrFail(R"({"HostConfig":{"Binds":["/home/hcsshares/input:/home/input"]}})");
    QCOMPARE(a.manifest->form(), ManifestForm::BareOptions);
    QCOMPARE(a.modules.size(), std::size_t(1));
    QVERIFY(findingsOf(a, "module-name").empty());
    const Result r = apply(a, Decisions());
    COMPARE_JSON(r.document["HostConfig"]["Mounts"][0],
        Json::parse(R"({"Target":"/home/input","Source":"input","Type":"volume"})"));
}

void TestReader::templatePlaceholdersUntouched()
{
    const std::string text = R"({"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{
        "app":{"type":"docker","settings":{"image":"${MODULES.app}","createOptions":{"HostConfig":{"Binds":["$DATA:/data"]}}}}}}}}})";
    const Analysis a = loadOrFail(text);
    QCOMPARE(a.modules[0].options.form, OptionsForm::Object);
    const Result r = apply(a, Decisions());
    const Json &settings
        = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]["app"]["settings"];
    QCOMPARE(settings["image"].get<std::string>(), std::string("${MODULES.app}"));
    QVERIFY(settings["createOptions"].is_object()); // an object stays an object
    COMPARE_JSON(settings["createOptions"]["HostConfig"]["Mounts"][0],
        Json::parse(R"({"Target":"/data","Source":"$DATA","Type":"bind"})"));
}

void TestReader::duplicateKeysRecorded()
{
    const Analysis a = loadOrFail(R"({"HostConfig":{"Privileged":false,"Privileged":true}})");
    QCOMPARE(a.manifest->duplicateKeys().size(), std::size_t(1));
    QCOMPARE(a.manifest->duplicateKeys().front().pointer, std::string("/HostConfig"));
    QCOMPARE(a.manifest->document()["HostConfig"]["Privileged"].get<bool>(), true); // the last wins
}

void TestReader::invalidCreateOptionsLeftAlone()
{
    Json broken = moduleWith(Json::object());
    broken["settings"]["createOptions"] = "{\"HostConfig\": {\"Binds\": [\"/a:/b\"]";
    Json number = moduleWith(Json::object());
    number["settings"]["createOptions"] = 42;
    const Analysis a = loadOrFail(manifestWith({{"my_broken", broken}, {"number", number}}));
    QCOMPARE(findingsOf(a, "invalid-create-options").size(), std::size_t(2));
    QVERIFY(findingsOf(a, "module-name").empty());
    const Result r = apply(a, Decisions());
    const Json &modules = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"];
    COMPARE_JSON(modules["my_broken"], broken);
    COMPARE_JSON(modules["number"], number);
    QVERIFY(!r.gpuReady);
}

void TestReader::unexpectedTypesLeaveModuleAlone()
{
    // Valid JSON with members of the wrong type where a change would go: no crash, the module is
    // left exactly as it was, and the changes stay open for the operator.
    Json odd = moduleWith(Json::parse(R"({"HostConfig":"","ExposedPorts":{"80/tcp":{}}})"));
    odd["env"] = {{"WIRESERVER_ADDRESS", {{"value", "10.139.218.1"}}}}; // a change outside createOptions too
    const Json list = moduleWith(Json::parse(R"({"k8s-experimental":[],"HostConfig":{"Runtime":"nvidia"}})"));
    const Analysis a = loadOrFail(manifestWith({{"odd", odd}, {"list", list}}));
    const Result r = apply(a, Decisions());
    const Json &modules = r.document["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"];
    COMPARE_JSON(modules["odd"], odd);
    COMPARE_JSON(modules["list"], list);
    QVERIFY(!r.gpuReady);
    for (const std::size_t module : {std::size_t(2), std::size_t(3)}) {
        QCOMPARE(r.status[module], ModuleStatus::NeedsOperator);
        for (std::size_t fi : a.modules[module].findings)
            QVERIFY(r.states[fi] != FindingState::Applied);
    }
    // A bare createOptions the same way (it aborted the command line).
    for (const char *text : {R"({"HostConfig":{"Runtime":"nvidia"},"k8s-experimental":{"resources":"oops"}})",
             R"({"k8s-experimental":["x"]})"}) {
        const Analysis bare = loadOrFail(text);
        Decisions all;
        for (const RuleInfo &info : allRuleInfos())
            all.setRule(info.id, true);
        const Result kept = apply(bare, all);
        COMPARE_JSON(kept.document, Json::parse(text));
        QVERIFY(!kept.gpuReady);
    }
    // A misspelt section that holds no section is not proposed in the place of one written by
    // another change (that would overwrite it).
    const Analysis typo = loadOrFail(R"({"HostConfig":{"Runtime":"nvidia"},"k8s-experimental":{"resorces":"oops"}})");
    QVERIFY(!findingsOf(typo, "unknown-k8s-option").front()->hasProposal);
}

void TestReader::secretsMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("account key") << "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc123==;EndpointSuffix=x"
                                 << "abc123==";
    QTest::newRow("shared access key") << "HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=k3y="
                                       << "k3y=";
    QTest::newRow("quoted password") << "Server=s;Password='p;w'"
                                     << "p;w";
    QTest::newRow("password with a space") << "Server=s;Password=my pass"
                                           << "my pass";
    QTest::newRow("spaces around =") << "Server=s; Password = hunter2; Database=d"
                                     << "hunter2";
    QTest::newRow("json number") << R"({"password": 123456})"
                                 << "123456";
    QTest::newRow("env variable") << "DB_PASSWORD2=hunter2"
                                  << "hunter2";
    QTest::newRow("client secret") << "CLIENT_SECRET=s3cr3t"
                                   << "s3cr3t";
    QTest::newRow("json member") << R"({"dbPassword": "topsecret"})"
                                 << "topsecret";
    QTest::newRow("space before the colon") << R"({"password" : "topsecret"})"
                                            << "topsecret";
    QTest::newRow("value on the next line") << "{\"registryPassword\":\n    \"topsecret\"}"
                                            << "topsecret";
    QTest::newRow("flag in a command line") << "sh -c 'app --db-password hunter3z --port 80'"
                                            << "hunter3z";
    QTest::newRow("flag with a quoted value") << "sh -c \"run --password 'hunter two'\""
                                              << "hunter two";
    QTest::newRow("flag with a double-quoted value") << "run --password \"hunter two\""
                                                     << "hunter two";
    QTest::newRow("flag after a tab") << "run --password\thunter2"
                                      << "hunter2";
    QTest::newRow("flag in an environment variable") << "ARGS=-v --client-secret s3cr3t"
                                                     << "s3cr3t";
    QTest::newRow("mysql's glued password") << "sh -c 'mysql -uroot -ps3cr3tUV db'"
                                            << "s3cr3tUV";
    QTest::newRow("mysql's glued password in JSON text") << R"(["mysqldump","-ps3cr3tUV","db"])"
                                                         << "s3cr3tUV";
    QTest::newRow("mysql's quoted glued password") << "sh -c \"mysql -p'two wordsUV' db\""
                                                   << "two wordsUV";
    QTest::newRow("mysql's glued password in escaped quotes") << R"({"Cmd":"sh -c \"mysql -p\"s3cr3tUV\" db\""})"
                                                              << "s3cr3tUV";
    QTest::newRow("mysql's password variable") << "MYSQL_PWD=s3cr3tUV"
                                               << "s3cr3tUV";
    QTest::newRow("flag in the text of an argument list") << R"(["--password", "s3cr3tUV"])"
                                                          << "s3cr3tUV";
    QTest::newRow("flag without its comma") << R"(["--password" "s3cr3tUV"])"
                                            << "s3cr3tUV";
    QTest::newRow("flag with an unquoted value") << R"(["--password", s3cr3tUV])"
                                                 << "s3cr3tUV";
    QTest::newRow("flag as a json key") << R"({"--password": "s3cr3tUV"})"
                                        << "s3cr3tUV";
    QTest::newRow("password in a uri") << "AMQP=amqps://user:UriS3cret@db_srv:1433/queue"
                                       << "UriS3cret";
    QTest::newRow("password in a uri in json") << R"({"Env":["URL=https://me:p4ss@host/x"]})"
                                               << "p4ss";
    QTest::newRow("sas signature") << "https://a.blob.core.windows.net/c?sv=1&sig=AbC%2Bd&se=2"
                                   << "AbC%2Bd";
}

void TestReader::secretsMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const std::string masked = maskSecrets(text.toStdString());
    QVERIFY2(masked.find(secret.toStdString()) == std::string::npos, masked.c_str());
    QVERIFY(masked.find(kMask) != std::string::npos);
}

void TestReader::whatIsNoSecretIsShown()
{
    // Names of keys, and addresses without a password, are shown as they are.
    for (const char *text : {"HostName=h;SharedAccessKeyName=iothubowner;SharedAccessKey=", "secretName=registry",
             "URL=http://web_srv:8080/api", "amqps://user@host:5671/q", "mailto://a@b", "http://h/a:b@c"}) {
        const std::string masked = maskSecrets(std::string(text));
        QVERIFY2(masked.find(kMask) == std::string::npos || std::string_view(text).ends_with("SharedAccessKey="),
            masked.c_str());
    }
    QCOMPARE(maskSecrets(std::string("SharedAccessKeyName=iothubowner;SharedAccessKey=abc")),
        "SharedAccessKeyName=iothubowner;SharedAccessKey=" + std::string(kMask));
}

void TestReader::commandLineSecretsMasked()
{
    // Cmd and Entrypoint pass secrets as the argument after a flag that names one.
    const Json cmd = Json::parse(R"({"Cmd":["--db-password","hunter2","--port","80","--client-secret=s3cr3t","-v"]})");
    const std::string masked = maskJsonText(json::compact(cmd));
    for (const char *secret : {"hunter2", "s3cr3t"})
        QVERIFY2(masked.find(secret) == std::string::npos, masked.c_str());
    COMPARE_JSON(Json::parse(masked)["Cmd"],
        Json::parse(R"(["--db-password",")" + std::string(kMask) + R"(","--port","80","--client-secret=)"
            + std::string(kMask) + R"(","-v"])"));
    COMPARE_JSON(restoreSecrets(Json::parse(masked), cmd), cmd);
    // In one string, and put back from there.
    const Json shell = Json::parse(R"({"Entrypoint":["sh","-c","app --password hunter3z --port 80"]})");
    const Json hidden = maskSecrets(shell);
    QCOMPARE(hidden["Entrypoint"][2].get<std::string>(), "app --password " + std::string(kMask) + " --port 80");
    COMPARE_JSON(restoreSecrets(hidden, shell), shell);
    // A MySQL client glues the password to -p; elsewhere -p is a port or a path, shown as it is.
    const Json mysql = Json::parse(R"({"Cmd":["mysql","-uroot","-phun'ter2","-p","db"]})");
    const Json hiddenMysql = maskSecrets(mysql);
    COMPARE_JSON(hiddenMysql["Cmd"], Json::array({"mysql", "-uroot", "-p" + std::string(kMask), "-p", "db"}));
    COMPARE_JSON(restoreSecrets(hiddenMysql, mysql), mysql);
    const Json ports = Json::parse(R"({"Cmd":["app","-p8080"]})");
    COMPARE_JSON(maskSecrets(ports), ports);
    QCOMPARE(maskSecrets(std::string("app -p8080 -pfile")), std::string("app -p8080 -pfile"));
}

void TestReader::secretsRestoredAroundAnEdit()
{
    const Json original = Json::parse(R"({"Env":["IOT=HostName=a;DeviceId=d;SharedAccessKey=k1=","PASSWORD=p"]})");
    Json edited = maskSecrets(original);
    // The operator changes the device id beside the hidden key, and adds a variable.
    std::string iot = edited["Env"][0].get<std::string>();
    iot.replace(iot.find("DeviceId=d"), 10, "DeviceId=e");
    edited["Env"][0] = iot;
    edited["Env"].push_back("MODE=fast");
    const Json restored = restoreSecrets(edited, original);
    COMPARE_JSON(
        restored, Json::parse(R"({"Env":["IOT=HostName=a;DeviceId=e;SharedAccessKey=k1=","PASSWORD=p","MODE=fast"]})"));
    QVERIFY(!containsMask(restored));
    // A mask that was deleted in part cannot be put back: the edit keeps a mask, and is refused.
    edited["Env"][1] = "PASSWORD=" + std::string(kMask).substr(3);
    QVERIFY(restoreSecrets(edited, original)["Env"][1].get<std::string>() != "PASSWORD=p");
}

QTEST_APPLESS_MAIN(TestReader)
#include "tst_reader.moc"
