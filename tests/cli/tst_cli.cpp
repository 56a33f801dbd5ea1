// edgeshift-cli as pipelines run it: a real process, real files, exit codes.
#include "../hostile.h"
#include "catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace EdgeShift;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(EDGESHIFT_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("edgeshift-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void rulesListsEveryId();
    void checkExitCodes();
    void convertBesideInput();
    void neverOverwrites();
    void outputToStdout();
    void outDir();
    void rejectAllGivesInputBack();
    void laterDecisionsOverrideEarlier();
    void problemsListedWithTheirModule();
    void jsonOutput();
    void solvedProblemSaysSo();
    void usageErrors_data();
    void usageErrors();
    void badInput();
    void reportsMaskSecrets();
    void reportNeverReplacesInputOrOutput();
    void nothingWrittenWhenTheReportFails();
    void reportSaysProposalsTaken();
    void reportOfSeveralInputs();
    void setParameter();
    void setParameterAcceptsItsChange();
    void saysWhyAnAcceptedChangeIsNotMade();
    void languages_data();
    void hostileInputs_data();
    void hostileInputs();
    void badPaths();
    void hundredMegabytes();
    void languages();
    void sentencesSayWhatIsThere_data();
    void sentencesSayWhatIsThere();
    void englishPlurals_data();
    void englishPlurals();
    void helpInTheChosenLanguage();
    void windowVersionAndUsage();
    void devicesAndPipes();
    void outputNoMoreReadableThanInput();
    void reportThroughDanglingLink();

private:
    static QProcessEnvironment withoutDisplay();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sample = m_dir->filePath(QStringLiteral("sample.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_SAMPLE), m_sample));
}

void TestCli::rulesListsEveryId()
{
    const Run text = cli({QStringLiteral("rules")});
    QCOMPARE(text.exitCode, 0);
    const Run json = cli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QStringList ids;
    for (const QJsonValue &rule : QJsonDocument::fromJson(json.out).array())
        ids << rule[QStringLiteral("id")].toString();
    for (const RuleInfo &info : allRuleInfos()) {
        QVERIFY2(ids.contains(QLatin1String(info.id)), info.id);
        QVERIFY2(text.out.contains(info.id), info.id);
    }
}

void TestCli::checkExitCodes()
{
    const QByteArray before = read(m_sample);
    const Run notReady = cli({QStringLiteral("check"), m_sample});
    QCOMPARE(notReady.exitCode, 1);
    QVERIFY(notReady.out.contains("fpga-to-gpu"));
    QCOMPARE(read(m_sample), before); // check never writes
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);

    const Run ready = cli({QStringLiteral("check"), QStringLiteral(EDGESHIFT_TEST_DATA "/gpu-ready/input.json")});
    QCOMPARE(ready.exitCode, 0);

    // Fixes EdgeShift would make on its own still mean the manifest as it is is not GPU-ready;
    // once converted, it is.
    const QString compute = m_dir->filePath(QStringLiteral("compute.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/article-compute/input.json"), compute));
    const Run pending = cli({QStringLiteral("check"), compute});
    QCOMPARE(pending.exitCode, 1);
    QVERIFY(pending.out.contains("not GPU-ready yet"));
    QVERIFY(pending.out.contains("[fix, to change] fpga-to-gpu"));
    const Run json = cli({QStringLiteral("check"), compute, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out)["files"][0]["gpuReady"].toBool(true), false);
    const QString converted = m_dir->filePath(QStringLiteral("compute.gpu.json"));
    QCOMPARE(cli({QStringLiteral("convert"), compute}).exitCode, 0);
    const Run after = cli({QStringLiteral("check"), converted});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.out.contains(": GPU-ready"));
}

void TestCli::convertBesideInput()
{
    const QByteArray before = read(m_sample);
    const Run run = cli({QStringLiteral("convert"), m_sample});
    QCOMPARE(run.exitCode, 1); // converted; manual items are left
    const QByteArray converted = read(m_dir->filePath(QStringLiteral("sample.gpu.json")));
    QVERIFY(!converted.isEmpty());
    QVERIFY(converted.contains("nvidia.com/gpu"));
    QVERIFY(!converted.contains("fpga_catapult"));
    QCOMPARE(read(m_sample), before);
}

void TestCli::neverOverwrites()
{
    const QString target = m_dir->filePath(QStringLiteral("sample.gpu.json"));
    write(target, "keep me");
    Run run = cli({QStringLiteral("convert"), m_sample});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("sample.gpu.json"));
    QCOMPARE(read(target), QByteArray("keep me"));

    run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(read(target).contains("nvidia.com/gpu"));

    // Not over the input, not even with --force.
    const QByteArray input = read(m_sample);
    run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), m_sample, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(read(m_sample), input);

    // Nor over another input: sample.json's output is sample.gpu.json, converted in the same run.
    const QByteArray second = read(target);
    run = cli({QStringLiteral("convert"), m_sample, target, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("sample.gpu.json"));
    QCOMPARE(read(target), second);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("sample.gpu.gpu.json"))));
}

void TestCli::outputToStdout()
{
    const Run run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.object().contains(QStringLiteral("modulesContent")));
    QVERIFY(run.err.contains("fpga-image")); // what is left for the operator goes to stderr
    QVERIFY(!run.err.contains("fpga-to-gpu")); // the changes made are in the manifest (and --report)
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);
}

void TestCli::outDir()
{
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(QFile::copy(m_sample, second));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    Run run = cli({QStringLiteral("convert"), m_sample, second, QStringLiteral("--out-dir"), out});
    QCOMPARE(run.exitCode, 2); // the folder does not exist
    QVERIFY(run.err.contains("out"));
    QVERIFY(QDir().mkpath(out));
    run = cli({QStringLiteral("convert"), m_sample, second, QStringLiteral("--out-dir"), out});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QDir(out).entryList(QDir::Files),
        QStringList({QStringLiteral("sample.gpu.json"), QStringLiteral("second.gpu.json")}));
}

void TestCli::rejectAllGivesInputBack()
{
    const QString out = m_dir->filePath(QStringLiteral("same.json"));
    const Run run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--reject"),
        QStringLiteral("all")});
    QCOMPARE(run.exitCode, 1); // rejected fixes leave the manifest not GPU-ready
    QCOMPARE(read(out), read(m_sample));

    // Written in a way EdgeShift would not write it (a comment, spaces before colons, CRLF): still
    // given back byte for byte, to a file and to stdout, though the command line keeps no text.
    const QByteArray odd = "// kept\r\n{ \"modulesContent\" : { \"$edgeAgent\" : { \"properties.desired\" : {\r\n"
                           "  \"modules\" : { \"app\" : { \"settings\" : { \"image\" : \"a:1\", \"createOptions\" :"
                           " \"{\\\"HostConfig\\\":{\\\"Binds\\\":[\\\"/data:/data\\\"]}}\" } } } } } } }\r\n";
    const QString oddPath = m_dir->filePath(QStringLiteral("odd.json"));
    write(oddPath, odd);
    const QString oddOut = m_dir->filePath(QStringLiteral("odd.gpu.json"));
    QCOMPARE(cli({QStringLiteral("convert"), oddPath, QStringLiteral("--reject"), QStringLiteral("all")}).exitCode, 1);
    QCOMPARE(read(oddOut), odd);
    const Run toStdout = cli({QStringLiteral("convert"), oddPath, QStringLiteral("-o"), QStringLiteral("-"),
        QStringLiteral("--reject"), QStringLiteral("all")});
    QCOMPARE(toStdout.out, odd);
    // Accepted, the change is made in the input's own text: the comment, the spacing and the line
    // endings stay, to a file and to stdout alike.
    QByteArray converted = odd;
    converted.replace(R"(\"Binds\":[\"/data:/data\"])",
        R"(\"Mounts\":[{\"Target\":\"/data\",\"Source\":\"/data\",\"Type\":\"bind\"}])");
    QVERIFY(converted != odd);
    QCOMPARE(cli({QStringLiteral("convert"), oddPath, QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(read(oddOut), converted);
    QCOMPARE(cli({QStringLiteral("convert"), oddPath, QStringLiteral("-o"), QStringLiteral("-")}).out, converted);
}

void TestCli::problemsListedWithTheirModule()
{
    // Two renames to one name, refused while applying, are each listed under its module, once.
    const QString input = m_dir->filePath(QStringLiteral("names.json"));
    write(input, R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {
        "sensor_one": {"settings": {"image": "a:1", "createOptions": "{\"Env\": [\"WIRESERVER_ADDRESS=1\"]}"}},
        "sensor_two": {"settings": {"image": "b:1", "createOptions": ""}},
        "sensor-three": {"settings": {"image": "c:1", "createOptions": ""}}}}}}})");
    const Run run = cli(
        {QStringLiteral("check"), input, QStringLiteral("--set"), QStringLiteral("module-name@sensor_one.name=sensor"),
            QStringLiteral("--set"), QStringLiteral("module-name@sensor_two.name=sensor")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count("\n  sensor_one\n"), 1);
    QCOMPARE(run.out.count("cannot be renamed to sensor"), 2);
    const qsizetype problem = run.out.indexOf("sensor_one cannot be renamed"),
                    next = run.out.indexOf("\n  sensor_two\n");
    QVERIFY2(problem >= 0 && next > problem, run.out.constData());
    // A name another module has already is refused before anything is converted.
    const Run taken = cli({QStringLiteral("check"), input, QStringLiteral("--set"),
        QStringLiteral("module-name@sensor_one.name=sensor-three")});
    QCOMPARE(taken.exitCode, 64);
    QVERIFY2(taken.err.contains("module sensor_one): Another module has this name"), taken.err.constData());
}

void TestCli::laterDecisionsOverrideEarlier()
{
    // --reject all --accept wireserver-env: that change alone.
    const QString one = m_dir->filePath(QStringLiteral("one.json"));
    QCOMPARE(cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), one, QStringLiteral("--reject"),
                     QStringLiteral("all"), QStringLiteral("--accept"), QStringLiteral("wireserver-env")})
                 .exitCode,
        1);
    const QByteArray converted = read(one);
    QVERIFY(!converted.contains("WIRESERVER_ADDRESS"));
    QVERIFY(converted.contains("microsoft.com/fpga_catapult"));
    // The other way round, everything is rejected: the input comes back.
    const QString none = m_dir->filePath(QStringLiteral("none.json"));
    QCOMPARE(cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), none, QStringLiteral("--accept"),
                     QStringLiteral("wireserver-env"), QStringLiteral("--reject"), QStringLiteral("all")})
                 .exitCode,
        1);
    QCOMPARE(read(none), read(m_sample));
}

void TestCli::jsonOutput()
{
    const Run run = cli({QStringLiteral("check"), m_sample, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    const QJsonArray files = doc[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), 1);
    const QJsonArray findings = files[0][QStringLiteral("findings")].toArray();
    QVERIFY(!findings.isEmpty());
    QSet<QString> kinds, proposals;
    for (const QJsonValue &f : findings) {
        for (const char *key : {"rule", "module", "kind", "accepted", "proposal", "message", "file"})
            QVERIFY2(f.toObject().contains(QLatin1String(key)), key);
        const QString kind = f[QStringLiteral("kind")].toString();
        kinds.insert(kind);
        // Every fix and advice proposes its change; a note proposes nothing; manual findings, some.
        if (kind == QLatin1String("fix") || kind == QLatin1String("advice"))
            QVERIFY(f[QStringLiteral("proposal")].toBool());
        if (kind == QLatin1String("info"))
            QVERIFY(!f[QStringLiteral("proposal")].toBool());
        proposals.insert(kind + (f[QStringLiteral("proposal")].toBool() ? QLatin1String("+") : QLatin1String("-")));
        if (kind == QLatin1String("info"))
            QVERIFY(f[QStringLiteral("accepted")].isNull());
        else
            QVERIFY(f[QStringLiteral("accepted")].isBool());
        if (kind == QLatin1String("fix"))
            QVERIFY(f[QStringLiteral("accepted")].toBool());
        if (kind == QLatin1String("advice"))
            QVERIFY(!f[QStringLiteral("accepted")].toBool());
        QVERIFY(f[QStringLiteral("file")].toString().endsWith(QLatin1String("sample.json")));
    }
    QCOMPARE(kinds, QSet<QString>({"fix", "advice", "manual", "info"}));
    QVERIFY(proposals.contains(QStringLiteral("manual+")) && proposals.contains(QStringLiteral("manual-")));

    // check makes no change: its accepted changes are "to-change", and the summary counts them so;
    // convert made them: "applied".
    auto states = [](const QJsonObject &file) {
        QSet<QString> out;
        for (const QJsonValue &f : file[QStringLiteral("findings")].toArray())
            out.insert(f[QStringLiteral("state")].toString());
        return out;
    };
    const QJsonObject checked = files[0].toObject();
    QVERIFY(
        states(checked).contains(QStringLiteral("to-change")) && !states(checked).contains(QStringLiteral("applied")));
    QVERIFY(checked[QStringLiteral("summary")][QStringLiteral("toChange")].toInt() > 0);
    const Run converted = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"),
        m_dir->filePath(QStringLiteral("json.gpu.json")), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject made
        = QJsonDocument::fromJson(converted.out).object()[QStringLiteral("files")].toArray()[0].toObject();
    QVERIFY(states(made).contains(QStringLiteral("applied")) && !states(made).contains(QStringLiteral("to-change")));
    QCOMPARE(made[QStringLiteral("summary")][QStringLiteral("applied")].toInt(),
        checked[QStringLiteral("summary")][QStringLiteral("toChange")].toInt());
}

void TestCli::solvedProblemSaysSo()
{
    // One file mounted twice is one volume mounted twice, until both mounts are dropped: the
    // problem is then solved.
    const QString input = m_dir->filePath(QStringLiteral("twice.json"));
    write(input,
        R"({"HostConfig":{"Mounts":[{"Type":"bind","Source":"/etc/hosts","Target":"/etc/hosts"},)"
        R"({"Type":"bind","Source":"/etc/hosts","Target":"/etc/hosts","ReadOnly":true}]}})");
    const Run open = cli({QStringLiteral("check"), input});
    QCOMPARE(open.exitCode, 1);
    QVERIFY(open.out.contains("[manual, open] volume-name-collision"));
    const Run solved = cli({QStringLiteral("check"), input, QStringLiteral("--accept"), QStringLiteral("bind-file")});
    QVERIFY2(solved.out.contains("[manual, solved] volume-name-collision"), solved.out.constData());
    QVERIFY(solved.out.contains("Solved:"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList({"fix", "x.json"});
    QTest::newRow("no input") << QStringList({"check"});
    QTest::newRow("unknown rule") << QStringList({"convert", "SAMPLE", "--accept", "no-such-rule"});
    QTest::newRow("unknown option") << QStringList({"convert", "SAMPLE", "--frobnicate"});
    QTest::newRow("bad format") << QStringList({"check", "SAMPLE", "--format", "xml"});
    QTest::newRow("-o with two inputs") << QStringList({"convert", "SAMPLE", "SAMPLE", "-o", "x.json"});
    QTest::newRow("bad report extension") << QStringList({"convert", "SAMPLE", "--report", "r.pdf"});
    QTest::newRow("bad parameter") << QStringList({"convert", "SAMPLE", "--set", "fpga-to-gpu.count=zero"});
    QTest::newRow("bad assignment") << QStringList({"convert", "SAMPLE", "--set", "fpga-to-gpu"});
    QTest::newRow("unknown language") << QStringList({"check", "SAMPLE", "--lang", "xx"});
    QTest::newRow("a word, not a language") << QStringList({"check", "SAMPLE", "--lang", "japanese"});
    // A parameter is checked against its rule, whatever the inputs hold.
    QTest::newRow("no such parameter") << QStringList({"convert", "SAMPLE", "--set", "fpga-to-gpu.bogus=1"});
    QTest::newRow("rule without parameters") << QStringList({"convert", "SAMPLE", "--set", "wireserver-env.x=1"});
    QTest::newRow("value checked without a finding")
        << QStringList({"convert", "SAMPLE", "--set", "docker-gpu.count=abc"});
    QTest::newRow("count too large") << QStringList(
        {"convert", "SAMPLE", "--set", "fpga-to-gpu.count=99999999999999999999"});
    QTest::newRow("no such module") << QStringList({"convert", "SAMPLE", "--set", "fpga-to-gpu@nomodule.count=2"});
    QTest::newRow("-o twice") << QStringList({"convert", "SAMPLE", "-o", "a.json", "-o", "b.json"});
    QTest::newRow("--format twice") << QStringList({"check", "SAMPLE", "--format", "json", "--format", "text"});
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("SAMPLE"), m_sample);
    const Run run = cli(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 64);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1); // nothing written
}

void TestCli::badInput()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    write(broken, "{\n  \"modulesContent\": {\n    \"$edgeAgent\": tru\n}\n");
    const QByteArray before = read(broken);
    Run run = cli({QStringLiteral("convert"), broken, m_sample});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("broken.json:3:"), run.err.constData());
    QCOMPARE(read(broken), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // not even the good input was converted

    run = cli({QStringLiteral("check"), m_dir->filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("missing.json"));
    run = cli({QStringLiteral("check"), m_dir->path()});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::reportsMaskSecrets()
{
    const QString input = m_dir->filePath(QStringLiteral("secret.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/secrets/input.json"), input));
    const QString out = m_dir->filePath(QStringLiteral("secret.gpu.json"));
    for (const QString &report : {QStringLiteral("report.md"), QStringLiteral("report.html")}) {
        const Run run = cli({QStringLiteral("convert"), input, QStringLiteral("--force"), QStringLiteral("--report"),
            m_dir->filePath(report), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QByteArray text = read(m_dir->filePath(report));
        QVERIFY(text.contains("env-value-equals"));
        QVERIFY(text.contains("reader"));
        QVERIFY(!text.contains("SuperSecretAccountKey"));
        QVERIFY(!run.out.contains("SuperSecretAccountKey"));
        QVERIFY(!run.err.contains("SuperSecretAccountKey"));
        if (report.endsWith(QLatin1String(".html")))
            QVERIFY(text.startsWith("<!DOCTYPE html>"));
        else
            QVERIFY(text.startsWith("# "));
    }
    // The saved manifest keeps the secrets intact.
    const QByteArray saved = read(out);
    QVERIFY(saved.contains("SuperSecretAccountKey=="));
    QVERIFY(saved.contains("TopSecretRegistryPassword"));

    // A sentence whose argument ends in a secret is masked once, and kept whole.
    const QString wire = m_dir->filePath(QStringLiteral("wire.json"));
    write(wire, R"({"Env": ["WIRESERVER_ADDRESS=http://wire/?sig=Wire5ecret"]})");
    const Run run = cli(
        {QStringLiteral("convert"), wire, QStringLiteral("--report"), m_dir->filePath(QStringLiteral("wire.md"))});
    const QByteArray text = read(m_dir->filePath(QStringLiteral("wire.md")));
    QVERIFY2(!text.contains("Wire5ecret"), text.constData());
    QVERIFY2(text.contains("is removed: the GPU device needs no wire server."), text.constData());
    QVERIFY(!run.out.contains("Wire5ecret"));
}

void TestCli::reportNeverReplacesInputOrOutput()
{
    // A report named like the input, or like the converted manifest, is refused before anything
    // is written, --force or not.
    const QString input = m_dir->filePath(QStringLiteral("in.md"));
    QVERIFY(QFile::copy(m_sample, input));
    const QByteArray before = read(input);
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    Run run = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--report"), input,
        QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("in.md"));
    QCOMPARE(read(input), before);
    QVERIFY(!QFile::exists(out));

    const QString same = m_dir->filePath(QStringLiteral("same.md"));
    run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), same, QStringLiteral("--report"), same});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("same.md"));
    QVERIFY(!QFile::exists(same));
}

void TestCli::nothingWrittenWhenTheReportFails()
{
    // Exit 2 means nothing was written: the manifest waits until the report can be written too.
    write(m_dir->filePath(QStringLiteral("plain")), "x");
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    const Run run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--report"),
        m_dir->filePath(QStringLiteral("plain/report.md"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("report.md"));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // the sample and "plain"
}

void TestCli::reportSaysProposalsTaken()
{
    // Among the changes made, a manual finding's proposal or an advice says it was taken; what is
    // left reads as a proposal still.
    const QString input = m_dir->filePath(QStringLiteral("taken.json"));
    write(input,
        R"({"Entrypoint":["/x"],"Env":["WIRESERVER_ADDRESS=10.0.0.1"],"HostConfig":{"Binds":["/etc/localtime:/etc/localtime:ro"]}})");
    const QString report = m_dir->filePath(QStringLiteral("taken.md"));
    const Run run = cli(
        {QStringLiteral("convert"), input, QStringLiteral("--accept"), QStringLiteral("bind-file,resource-limits"),
            QStringLiteral("--report"), report, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const QList<QByteArray> lines = read(report).split('\n');
    auto rowOf = [&](const char *text) {
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const QByteArray &l) { return l.contains(text); });
        return it == lines.end() ? QByteArray() : *it;
    };
    const QByteArray localtime = rowOf("/etc/localtime → /etc/localtime");
    QVERIFY2(localtime.contains("(removed)") && localtime.endsWith("Accepted and made. |"), localtime.constData());
    for (const char *other : {"Entrypoint is not carried over", "WIRESERVER_ADDRESS (10.0.0.1) is removed"})
        QVERIFY2(!rowOf(other).isEmpty() && !rowOf(other).contains("Accepted and made."), other);
    QVERIFY2(rowOf("memory 128Mi").endsWith("Accepted and made. |"), read(report).constData());
}

void TestCli::reportOfSeveralInputs()
{
    const QString second = m_dir->filePath(QStringLiteral("compute.json"));
    QVERIFY(QFile::copy(QStringLiteral(EDGESHIFT_TEST_DATA "/article-compute/input.json"), second));
    const QString outDir = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkdir(outDir));
    for (const QString &name : {QStringLiteral("report.md"), QStringLiteral("report.html")}) {
        const QString report = m_dir->filePath(name);
        const Run run = cli({QStringLiteral("convert"), m_sample, second, QStringLiteral("--out-dir"), outDir,
            QStringLiteral("--report"), report, QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 1);
        const QByteArray text = read(report);
        QVERIFY(text.contains("EdgeShift report: sample.json"));
        QVERIFY(text.contains("EdgeShift report: compute.json"));
        QVERIFY(text.contains("WIRESERVER_ADDRESS")); // a change of the second input
        QVERIFY(text.contains("image_classifier")); // a module of the first
        if (name.endsWith(QLatin1String(".html"))) {
            QCOMPARE(text.count("<html"), 1);
            QVERIFY(text.contains("<title>EdgeShift report: 2 manifests</title>"));
        }
    }

    // Two inputs of the same name, in two folders: each is named by its path.
    const QString a = m_dir->filePath(QStringLiteral("a/deployment.json")),
                  b = m_dir->filePath(QStringLiteral("b/deployment.json"));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("a")) && QDir(m_dir->path()).mkpath(QStringLiteral("b")));
    QVERIFY(QFile::copy(m_sample, a) && QFile::copy(second, b));
    const QString report = m_dir->filePath(QStringLiteral("same-names.md"));
    const Run run = cli({QStringLiteral("convert"), a, b, QStringLiteral("--report"), report});
    QCOMPARE(run.exitCode, 1);
    const QByteArray text = read(report);
    QVERIFY2(text.contains("EdgeShift report: " + QDir::toNativeSeparators(a).toUtf8()), text.left(400));
    QVERIFY(text.contains("EdgeShift report: " + QDir::toNativeSeparators(b).toUtf8()));
}

void TestCli::setParameterAcceptsItsChange()
{
    // A value given for advice (rejected by default) is a change wanted, as in the window: for
    // every module, or for the one named; --reject naming the rule keeps it rejected.
    const QString input = m_dir->filePath(QStringLiteral("limits.json"));
    write(input, R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {
        "app": {"settings": {"image": "a:1", "createOptions": ""}},
        "other": {"settings": {"image": "b:1", "createOptions": ""}}}}}}})");
    const QString out = m_dir->filePath(QStringLiteral("limits.gpu.json"));
    auto limited = [&](const QStringList &arguments) {
        QFile::remove(out);
        const Run run = cli(QStringList({QStringLiteral("convert"), input, QStringLiteral("-o"), out,
                                QStringLiteral("--force"), QStringLiteral("--format"), QStringLiteral("json")})
            + arguments);
        // Converted (GPU-ready or not, the limits being advice), and written.
        if ((run.exitCode != 0 && run.exitCode != 1) || !QFile::exists(out))
            return QStringList({QStringLiteral("failed: ") + QString::fromUtf8(run.err)});
        const QJsonObject modules
            = QJsonDocument::fromJson(read(out))["modulesContent"]["$edgeAgent"]["properties.desired"]["modules"]
                  .toObject();
        QStringList names;
        for (auto it = modules.begin(); it != modules.end(); ++it) {
            const QJsonObject settings = it.value().toObject().value(QLatin1String("settings")).toObject();
            if (settings.value(QLatin1String("createOptions")).toString().contains(QLatin1String(R"("memory":"1Gi")")))
                names << it.key();
        }
        return names;
    };
    QCOMPARE(limited({}), QStringList());
    QCOMPARE(limited({QStringLiteral("--set"), QStringLiteral("resource-limits.memory=1Gi")}),
        QStringList({QStringLiteral("app"), QStringLiteral("other")}));
    QCOMPARE(limited({QStringLiteral("--set"), QStringLiteral("resource-limits@other.memory=1Gi")}),
        QStringList({QStringLiteral("other")}));
    QCOMPARE(limited({QStringLiteral("--reject"), QStringLiteral("resource-limits"), QStringLiteral("--set"),
                 QStringLiteral("resource-limits.memory=1Gi")}),
        QStringList());
    QCOMPARE(limited({QStringLiteral("--reject"), QStringLiteral("all"), QStringLiteral("--set"),
                 QStringLiteral("resource-limits@app.memory=1Gi")}),
        QStringList({QStringLiteral("app")}));

    // A host port is one mapping's: one value for several would clash, and is refused.
    write(input, R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {
        "app": {"settings": {"image": "a:1", "createOptions": "{\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"35000\"}],\"81/tcp\":[{\"HostPort\":\"35001\"}]}}}"}},
        "other": {"settings": {"image": "b:1", "createOptions": "{\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"35000\"}]}}}"}}}}}}})");
    // Named a module with several, the window is where each gets its own.
    for (const auto &[set, says] :
        {std::pair {QStringLiteral("reserved-ports.hostPort=36000"), QByteArray("the value would go to 3 findings")},
            std::pair {QStringLiteral("reserved-ports@app.hostPort=36000"),
                QByteArray("module app has 2 findings of the rule")}}) {
        const Run refused = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--force"),
            QStringLiteral("--set"), set});
        QCOMPARE(refused.exitCode, 64);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
    }
    QFile::remove(out);
    const Run one = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@other.hostPort=36000")});
    QCOMPARE(one.exitCode, 1); // app's reserved ports are left
    QVERIFY(read(out).contains(R"(\"HostPort\":\"36000\")"));
    // Named by its path (as --format json prints it), each finding takes a value of its own.
    QFile::remove(out);
    const Run each = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/80~1tcp].hostPort=36000"), QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/81~1tcp].hostPort=36001"), QStringLiteral("--set"),
        QStringLiteral("reserved-ports@other.hostPort=36002")});
    QVERIFY2(each.exitCode == 0, each.err.constData());
    QVERIFY2(!each.err.contains("warning"), each.err.constData());
    QVERIFY(read(out).contains(R"(\"80/tcp\":[{\"HostPort\":\"36000\"}],\"81/tcp\":[{\"HostPort\":\"36001\"}])"));
    QVERIFY(read(out).contains(R"(\"HostPort\":\"36002\")"));
    // A host port given that another mapping of the module has as its proposal (app's 35000 would
    // move to 35002): that proposal moves to the next free port, as in the window, and the run says
    // so. (Another module's proposal stays: its Service has an address of its own.)
    QFile::remove(out);
    const Run moves = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--accept"),
        QStringLiteral("reserved-ports"), QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/81~1tcp].hostPort=35002")});
    QVERIFY2(moves.exitCode == 0, moves.err.constData());
    QVERIFY2(moves.err.contains("gives host port 35002, which reserved-ports proposed for module app; "
                                "reserved-ports proposes 35003 there instead."),
        moves.err.constData());
    QVERIFY(read(out).contains(R"(\"80/tcp\":[{\"HostPort\":\"35003\"}],\"81/tcp\":[{\"HostPort\":\"35002\"}])"));
    QVERIFY(read(out).contains(R"(\"80/tcp\":[{\"HostPort\":\"35004\"}])"));
    // A later --set of the same value wins, and moves nothing for the earlier one.
    const Run later = cli({QStringLiteral("check"), input, QStringLiteral("--accept"), QStringLiteral("reserved-ports"),
        QStringLiteral("--set"), QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/81~1tcp].hostPort=35002"),
        QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/81~1tcp].hostPort=36000")});
    QVERIFY2(!later.err.contains("note:"), later.err.constData());
    // The port an exposed port would keep as its own number is a proposal too: it moves.
    const QString exposed = m_dir->filePath(QStringLiteral("exposed.json"));
    write(exposed, R"({"modulesContent": {"$edgeAgent": {"properties.desired": {"modules": {
        "d": {"settings": {"image": "a:1", "createOptions": "{\"ExposedPorts\":{\"9000/tcp\":{}},\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"35001\"}]}}}"}}}}}}})");
    const QString exposedOut = m_dir->filePath(QStringLiteral("exposed.gpu.json"));
    const Run own = cli({QStringLiteral("convert"), exposed, QStringLiteral("-o"), exposedOut, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@d.hostPort=9000")});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    // (To the next free port above it.)
    QVERIFY2(own.err.contains("expose-hostport proposed for module d; expose-hostport proposes 9001 there instead."),
        own.err.constData());
    QVERIFY(read(exposedOut).contains(R"(\"80/tcp\":[{\"HostPort\":\"9000\"}])"));
    QVERIFY(read(exposedOut).contains(R"(\"9000/tcp\":[{\"HostPort\":\"9001\"}])"));
    // A port given to two mappings of a module is still refused: neither is a proposal to move. (To
    // two modules, it is taken.)
    const Run twice = cli({QStringLiteral("check"), input, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/81~1tcp].hostPort=36000"), QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/80~1tcp].hostPort=36000")});
    QCOMPARE(twice.exitCode, 64);
    QVERIFY2(twice.err.contains("Another port mapping of this module has this host port"), twice.err.constData());
    const Run modules = cli({QStringLiteral("check"), input, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@other.hostPort=36000"), QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/80~1tcp].hostPort=36000")});
    QVERIFY2(modules.exitCode == 1, modules.err.constData()); // (app's 81 is left)
    for (const auto &[set, says] :
        {std::pair {QStringLiteral("reserved-ports[/HostConfig/PortBindings/80~1tcp].hostPort=1"),
             QByteArray("RULE@MODULE[PATH].PARAM=VALUE")},
            std::pair {QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/80~1tcp.hostPort=1"),
                QByteArray("RULE@MODULE[PATH].PARAM=VALUE")},
            std::pair {QStringLiteral("reserved-ports@app[].hostPort=1"), QByteArray("RULE@MODULE[PATH].PARAM=VALUE")},
            std::pair {QStringLiteral("reserved-ports@[/HostConfig/PortBindings/80~1tcp].hostPort=1"),
                QByteArray("RULE@MODULE[PATH].PARAM=VALUE")},
            std::pair {QStringLiteral("reserved-ports@.hostPort=1"), QByteArray("RULE@MODULE[PATH].PARAM=VALUE")},
            std::pair {QStringLiteral("reserved-ports@app.hostPort"), QByteArray("RULE@MODULE[PATH].PARAM=VALUE")}}) {
        const Run refused = cli({QStringLiteral("convert"), input, QStringLiteral("-o"), out, QStringLiteral("--force"),
            QStringLiteral("--set"), set});
        QCOMPARE(refused.exitCode, 64);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
    }
    const Run nowhere = cli({QStringLiteral("check"), input, QStringLiteral("--set"),
        QStringLiteral("reserved-ports@app[/HostConfig/PortBindings/82~1tcp].hostPort=36000")});
    QVERIFY2(nowhere.err.contains("sets nothing"), nowhere.err.constData());
    // Counted in each input: two files with one each are two conversions of one each.
    const QString second = m_dir->filePath(QStringLiteral("limits2.json"));
    write(second, read(input));
    const QString dir = m_dir->filePath(QStringLiteral("both"));
    QVERIFY(QDir().mkpath(dir));
    const Run both = cli({QStringLiteral("convert"), input, second, QStringLiteral("--out-dir"), dir,
        QStringLiteral("--set"), QStringLiteral("reserved-ports@other.hostPort=36000")});
    QVERIFY2(both.exitCode == 1, both.err.constData());
}

void TestCli::setParameter()
{
    const QString out = m_dir->filePath(QStringLiteral("set.json"));
    const Run run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--set"),
        QStringLiteral("fpga-to-gpu.count=1")});
    QVERIFY(run.exitCode == 1);
    QVERIFY(read(out).contains("\\\"nvidia.com/gpu\\\":1"));
    // What is printed says the value set, not the one proposed.
    const Run check
        = cli({QStringLiteral("check"), m_sample, QStringLiteral("--set"), QStringLiteral("fpga-to-gpu.count=3")});
    QVERIFY2(check.out.contains("request nvidia.com/gpu: 3 instead"), check.out.constData());
    // And so does what the JSON and the report say the change writes (the values set, not the
    // proposal's defaults).
    const QString report = m_dir->filePath(QStringLiteral("set.md"));
    const Run set = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--force"),
        QStringLiteral("--set"), QStringLiteral("fpga-to-gpu.count=3"), QStringLiteral("--set"),
        QStringLiteral("binds-to-mounts.type=bind"), QStringLiteral("--set"),
        QStringLiteral("binds-to-mounts.source=/srv/in"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--report"), report});
    QCOMPARE(set.exitCode, 1);
    // One source for every bind of the manifest: taken, and said.
    QVERIFY2(set.err.contains("warning: --set binds-to-mounts.source=/srv/in gives 6 mounts the same source"),
        set.err.constData());
    const QByteArray markdown = read(report);
    // The sentence follows the mount type chosen, and names the source given.
    QVERIFY2(set.out.contains("becomes a mount of type bind of the host path /srv/in"), set.out.constData());
    for (QByteArray text : {set.out, markdown}) {
        text.replace(R"(\")", "\""); // the JSON output holds the values as JSON text in strings
        QVERIFY2(text.contains(R"("nvidia.com/gpu":3)"), text.constData());
        QVERIFY(!text.contains(R"("nvidia.com/gpu":2)"));
        QVERIFY(text.contains(R"("Source":"/srv/in","Type":"bind")"));
    }

    // One mount's source, named by its path: the other mounts keep theirs.
    const Run own = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--force"),
        QStringLiteral("--set"),
        QStringLiteral("binds-to-mounts@image_classifier[/HostConfig/Binds/1].source=results")});
    QVERIFY2(!own.err.contains("warning"), own.err.constData());
    QByteArray written = read(out);
    written.replace(R"(\")", "\"");
    QVERIFY(written.contains(R"("Target":"/home/input","Source":"input")"));
    QVERIFY(written.contains(R"("Target":"/home/output","Source":"results")"));

    // What is wrong with an assignment, and what would do.
    auto refusal = [this](const QString &assignment) {
        const Run refused = cli({QStringLiteral("convert"), m_sample, QStringLiteral("--set"), assignment});
        return refused.exitCode == 64 ? QString::fromUtf8(refused.err) : QString();
    };
    QVERIFY(refusal(QStringLiteral("fpga-to-gpu.count=99999999999999999999")).contains(QLatin1String("from 1 to 64")));
    QVERIFY(refusal(QStringLiteral("fpga-to-gpu.bogus=1")).contains(QLatin1String("it has count")));
    QVERIFY(refusal(QStringLiteral("module-name@image_classifier.name=Bad_Name"))
                .contains(QLatin1String("@image_classifier")));
    QVERIFY(refusal(QStringLiteral("module-name@image-classifier.name=x"))
                .contains(QLatin1String("no input has a module named image-classifier")));
    // A value the finding cannot take in this manifest: said with the file and the module, nothing written.
    const QString fpga = m_dir->filePath(QStringLiteral("fpga.json"));
    const Run stillFpga = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), fpga, QStringLiteral("--set"),
        QStringLiteral("fpga-image.image=acr.io/resnet50-fpga:2.0")});
    QCOMPARE(stillFpga.exitCode, 64);
    QVERIFY2(stillFpga.err.contains("sample.json, module image_classifier): This image still names the FPGA"),
        stillFpga.err.constData());
    QVERIFY(!QFile::exists(fpga));
    // A value no finding takes is said, and the conversion goes on.
    const Run nothing = cli(
        {QStringLiteral("check"), m_sample, QStringLiteral("--set"), QStringLiteral("module-name@edgeHub.name=hub")});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("--set module-name@edgeHub.name=hub sets nothing"), nothing.err.constData());
}

void TestCli::saysWhyAnAcceptedChangeIsNotMade()
{
    // A bind mount of an Edge share needs a host path: until one is set the change waits, and
    // the text, the JSON and the report say which value and why.
    const QString input = m_dir->filePath(QStringLiteral("share.json"));
    write(input, R"({"HostConfig":{"Binds":["/home/hcsshares/input:/in","/home/hcsshares/input/sub:/sub"]}})");
    const QString report = m_dir->filePath(QStringLiteral("share.md"));
    const QStringList bind {QStringLiteral("--set"), QStringLiteral("binds-to-mounts.type=bind")};
    const Run text = cli(QStringList {QStringLiteral("check"), input} + bind);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("[fix, open] binds-to-mounts") && text.out.contains("Not made yet: Mount source"),
        text.out.constData());
    QVERIFY(text.out.contains("takes a path on the node"));
    const Run json = cli(QStringList {QStringLiteral("convert"), input, QStringLiteral("--out-dir"), m_dir->path(),
                             QStringLiteral("--report"), report, QStringLiteral("--format"), QStringLiteral("json")}
        + bind);
    QCOMPARE(json.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(json.out)
                                    .object()[QLatin1String("files")]
                                    .toArray()[0]
                                    .toObject()[QLatin1String("findings")]
                                    .toArray();
    QStringList reasons, states;
    QString notNeeded; // the message of the change not needed
    for (const QJsonValue &f : findings) {
        reasons << f[QLatin1String("reason")].toString();
        states << f[QLatin1String("rule")].toString() + QLatin1Char(' ') + f[QLatin1String("state")].toString();
        if (states.last() == QLatin1String("recreate-strategy not-needed"))
            notNeeded = f[QLatin1String("message")].toString();
    }
    QVERIFY2(states.contains(QLatin1String("recreate-strategy not-needed")), qPrintable(states.join(QLatin1Char('|'))));
    // The share's mount waits for its source (not the sub-folder's); with both binds, the Recreate
    // strategy is not needed, which its sentence says (a reason would say it twice).
    QVERIFY2(reasons.count(QString()) == findings.size() - 1, qPrintable(reasons.join(QLatin1Char('|'))));
    QCOMPARE(reasons.filter(QLatin1String("Not made yet: Mount source")).size(), 1);
    QVERIFY2(notNeeded.contains(QLatin1String("needs no particular strategy")), qPrintable(notNeeded));
    QVERIFY(read(report).contains("Not made yet: Mount source"));

    // share-subfolder accepted: the sub-folder's bind is replaced, and the line says by what. (A
    // folder of another share: input is mounted whole already.)
    write(input, R"({"HostConfig":{"Binds":["/home/hcsshares/input:/in","/home/hcsshares/output/sub:/sub"]}})");
    const Run replaced
        = cli({QStringLiteral("check"), input, QStringLiteral("--accept"), QStringLiteral("share-subfolder")});
    QVERIFY2(replaced.out.contains("[fix, replaced] binds-to-mounts"), replaced.out.constData());
    QVERIFY(replaced.out.contains("(share-subfolder) makes it its own way"));
    QCOMPARE(replaced.exitCode, 1); // check: the changes are still to make
}

void TestCli::languages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected"); // a word of the translation
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("GPU 未対応");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("待更改");
}

void TestCli::languages()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const Run english = cli({QStringLiteral("check"), m_sample});
    const Run run = cli({QStringLiteral("check"), m_sample, QStringLiteral("--lang"), lang});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(expected), qPrintable(text.left(300)));
    QVERIFY(text != QString::fromUtf8(english.out));
    QVERIFY(text.contains(QLatin1String("fpga-to-gpu"))); // rule ids stay as they are
    // Lists are written the language's way.
    QVERIFY(english.out.contains("(/dev/catapult0, /dev/catapult1)"));
    QVERIFY2(text.contains(QStringLiteral("/dev/catapult0、/dev/catapult1")), qPrintable(text));
    // The report is written in the chosen language too.
    const QString report = m_dir->filePath(QStringLiteral("report-%1.md").arg(lang));
    cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"),
        m_dir->filePath(QStringLiteral("out-%1.json").arg(lang)), QStringLiteral("--report"), report,
        QStringLiteral("--lang"), lang});
    const QString written = QString::fromUtf8(read(report));
    QVERIFY(!written.contains(QLatin1String("Changes made")));
    QVERIFY(written.contains(QLatin1String("fpga-to-gpu")));
}

void TestCli::sentencesSayWhatIsThere_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("variable without a value")
        << QByteArray(R"({"Env":["WIRESERVER_ADDRESS"]})")
        << QStringLiteral("WIRESERVER_ADDRESS is removed: the GPU device needs no wire server.");
    QTest::newRow("runtime and device requests")
        << QByteArray(R"({"HostConfig":{"Runtime":"nvidia","DeviceRequests":[{"Count":2,"Capabilities":[["gpu"]]}]}})")
        << QStringLiteral("Runtime nvidia and DeviceRequests ask Docker for a GPU, which Kubernetes ignores; both are "
                          "removed, and nvidia.com/gpu: 2 is requested instead.");
    // A createOptions string nested deeper than any create options: said so, not "not JSON".
    const QByteArray deep = QByteArray(600, '[') + QByteArray(600, ']');
    QTest::newRow("createOptions nested too deeply")
        << QByteArray(
               R"({"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{"m":{"settings":{"image":"a",)"
               R"("createOptions":"{\"x\":)"
               + deep + R"(}"}}}}}}})")
        << QStringLiteral("createOptions is nested too deeply to be Docker's create options (from line 1, column 261)");
}

// Each sentence names what the input has, and nothing it lacks ("()" for a value not there).
void TestCli::sentencesSayWhatIsThere()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, says);
    const QString path = m_dir->filePath(QStringLiteral("input.json"));
    write(path, input);
    const Run run = cli({QStringLiteral("check"), path});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("()")), qPrintable(text));
}

void TestCli::englishPlurals_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("summary"); // the end of the summary line
    QTest::newRow("one change") << QStringLiteral("check")
                                << QStringLiteral(EDGESHIFT_TEST_DATA "/article-storage-bind/input.json")
                                << QStringLiteral(" — 1 change to make, 0 items for you");
    QTest::newRow("one item") << QStringLiteral("check")
                              << QStringLiteral(EDGESHIFT_TEST_DATA "/name-collision/input.json")
                              << QStringLiteral(" — 0 changes to make, 1 item for you");
    QTest::newRow("several") << QStringLiteral("check") << QStringLiteral(EDGESHIFT_SAMPLE)
                             << QStringLiteral(" — 20 changes to make, 10 items for you");
    QTest::newRow("one change made") << QStringLiteral("convert")
                                     << QStringLiteral(EDGESHIFT_TEST_DATA "/article-storage-bind/input.json")
                                     << QStringLiteral(" — 1 change made, 0 items for you");
}

// English has singular and plural forms (translations/edgeshift_en.ts), never "(s)"; in the
// report too.
void TestCli::englishPlurals()
{
    QFETCH(QString, command);
    QFETCH(QString, input);
    QFETCH(QString, summary);
    const QString copy = m_dir->filePath(QStringLiteral("input.json"));
    QVERIFY(QFile::copy(input, copy));
    QStringList arguments = {command, copy};
    const QString report = m_dir->filePath(QStringLiteral("report.md"));
    if (command == QLatin1String("convert"))
        arguments << QStringLiteral("--report") << report;
    const Run run = cli(arguments);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(summary + QLatin1Char('\n')), qPrintable(text.right(300)));
    QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
    if (command == QLatin1String("convert")) {
        const QString written = QString::fromUtf8(read(report));
        QVERIFY2(written.contains(QLatin1String("1 change made, 0 items left for the operator.")), qPrintable(written));
        QVERIFY2(!written.contains(QLatin1String("(s)")), qPrintable(written));
    } else {
        QCOMPARE(cli({command, copy, QStringLiteral("--lang"), QStringLiteral("en")}).out, run.out);
    }
}

void TestCli::helpInTheChosenLanguage()
{
    const Run english = cli({QStringLiteral("--help")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains("Converts IoT Edge deployment manifests"));
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("zh_CN")}) {
        const Run help = cli({QStringLiteral("--lang"), lang, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(!help.out.contains("Converts IoT Edge"), help.out.constData());
        QVERIFY2(!help.out.contains("Replace output files that exist."), help.out.constData());
        QVERIFY(help.out.contains("--force"));
        QVERIFY2(!help.out.contains("Displays"), help.out.constData()); // Qt's help lines are English in ja
        // The rules' kinds, too.
        const Run rules = cli({QStringLiteral("rules"), QStringLiteral("--lang"), lang});
        QVERIFY2(!rules.out.contains(" manual "), rules.out.constData());
        // And the window's own --help, which needs no display (over SSH, say).
        QProcess window;
        window.setProcessEnvironment(withoutDisplay());
        window.start(QStringLiteral(EDGESHIFT_APP), {QStringLiteral("--lang"), lang, QStringLiteral("--help")});
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        const QByteArray text = window.readAllStandardOutput();
        QVERIFY(text.contains("--lang"));
        QVERIFY2(!text.contains("Moves IoT Edge deployments"), text.constData());
        QVERIFY2(!text.contains("Displays"), text.constData());
    }
}

QProcessEnvironment TestCli::withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

void TestCli::windowVersionAndUsage()
{
    QProcess window;
    window.setProcessEnvironment(withoutDisplay());
    window.start(QStringLiteral(EDGESHIFT_APP), {QStringLiteral("--version")});
    QVERIFY(window.waitForFinished(60000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY(window.readAllStandardOutput().startsWith("EdgeShift " EDGESHIFT_VERSION));

    // An unknown option is a usage error, said in words (offscreen: this one does make a window).
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(offscreen);
    window.start(QStringLiteral(EDGESHIFT_APP), {QStringLiteral("--no-such-option")});
    QVERIFY(window.waitForFinished(60000));
    QCOMPARE(window.exitCode(), 64);
    QVERIFY(window.readAllStandardError().contains("no-such-option"));
}

void TestCli::devicesAndPipes()
{
    // A pipe as the output is written into, not replaced by a file.
    const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    const Run run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), fifo, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(reader.waitForFinished(60000));
    QVERIFY(reader.readAllStandardOutput().contains("\"modulesContent\""));
    QVERIFY(!QFileInfo(fifo).isFile());

    // A manifest read from a pipe (or /proc) is read to its end, not taken for an empty file.
    QProcess writer;
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat \"$0\" > \"$1\""), m_sample, fifo});
    QVERIFY(writer.waitForStarted());
    const Run check = cli({QStringLiteral("check"), fifo});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("binds-to-mounts"), check.out.constData());
    // Converted from a pipe, which cannot be read twice, with everything rejected: the input back.
    QProcess again;
    again.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat \"$0\" > \"$1\""), m_sample, fifo});
    QVERIFY(again.waitForStarted());
    const Run same = cli({QStringLiteral("convert"), fifo, QStringLiteral("-o"), QStringLiteral("-"),
        QStringLiteral("--reject"), QStringLiteral("all")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(same.exitCode, 1);
    QCOMPARE(same.out, read(m_sample));

    // Standard output that cannot be written (a full disk) is an output problem, said so.
    QProcess full;
    full.setStandardOutputFile(QStringLiteral("/dev/full"));
    full.start(QStringLiteral(EDGESHIFT_CLI),
        {QStringLiteral("convert"), m_sample, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitCode(), 2);
    QVERIFY(full.readAllStandardError().contains("standard output"));
}

void TestCli::outputNoMoreReadableThanInput()
{
    QVERIFY(QFile::setPermissions(m_sample, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString out = m_dir->filePath(QStringLiteral("private.gpu.json"));
    QCOMPARE(cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out}).exitCode, 1);
    QCOMPARE(QFile::permissions(out),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

void TestCli::reportThroughDanglingLink()
{
    // report.md links to the converted manifest's file, not written yet: the report would replace it.
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    const QString link = m_dir->filePath(QStringLiteral("report.md"));
    QVERIFY(QFile::link(out, link));
    const Run run
        = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--report"), link});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("report.md"), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCli::hostileInputs_data()
{
    Test::addHostileRows();
}

void TestCli::hostileInputs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const QString input = m_dir->filePath(name);
    write(input, bytes);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("convert")}) {
        const Run run = cli({command, input});
        QCOMPARE(run.exitCode, 2);
        const QString message = QString::fromUtf8(run.err);
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(read(input), bytes); // byte for byte
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // the sample and the input: nothing written
}

void TestCli::badPaths()
{
    // A folder, a missing file, an output folder that does not exist, one that cannot hold files.
    Run run = cli({QStringLiteral("convert"), m_dir->path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("folder"));
    run = cli({QStringLiteral("convert"), m_dir->filePath(QStringLiteral("nowhere.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nowhere.json"));
    run = cli(
        {QStringLiteral("convert"), m_sample, QStringLiteral("--out-dir"), m_dir->filePath(QStringLiteral("missing"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("missing"));
    run = cli({QStringLiteral("convert"), m_sample, QStringLiteral("-o"),
        m_dir->filePath(QStringLiteral("missing/out.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("out.json"));
    QVERIFY2(run.err.contains("does not exist; create it first"), run.err.constData());
    // A regular file where a folder should be: no one can write below it, root included.
    write(m_dir->filePath(QStringLiteral("plain")), "x");
    run = cli(
        {QStringLiteral("convert"), m_sample, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("plain/out.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("out.json"));
    run = cli(
        {QStringLiteral("convert"), m_sample, QStringLiteral("--out-dir"), m_dir->filePath(QStringLiteral("plain"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a file, not a folder"), run.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void TestCli::hundredMegabytes()
{
    // A 100 MB manifest: a module twin holding a large blob. It converts, and what is written is whole.
    const QString input = m_dir->filePath(QStringLiteral("large.json"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(read(m_sample).replace(
            "\"frameRate\": 5", "\"frameRate\": 5, \"blob\": \"" + QByteArray(100 * 1024 * 1024, 'a') + "\""));
    }
    QVERIFY(QFileInfo(input).size() > 100 * 1024 * 1024);
    const QString out = m_dir->filePath(QStringLiteral("large.gpu.json"));
    const Run run = cli({QStringLiteral("convert"), input});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo(out).size() > 100 * 1024 * 1024);
    QJsonParseError error;
    QJsonDocument::fromJson(read(out), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
