// Every real manifest of ../shared/corpus loads, converts, and keeps the properties of RULES.md.
#include "catalogue.h"
#include "diff.h"
#include "testutil.h"

#include <QDirIterator>

#include <algorithm>
#include <sstream>

using namespace EdgeShift;
using namespace EdgeShift::Test;

namespace {

Decisions all(bool accepted)
{
    return everyRule(accepted);
}

Decisions only(const std::string &id)
{
    Decisions d = all(false);
    d.setRule(id, true);
    return d;
}

// The module objects of a document, by name, in order.
std::vector<std::pair<std::string, Json>> modulesOf(const Json &document, ManifestForm form)
{
    std::vector<std::pair<std::string, Json>> out;
    Manifest::forEachModule(
        document, form, [&](const ModuleRef &ref, const Json &module) { out.emplace_back(ref.name, module); });
    return out;
}

// The document without its modules, to compare everything else.
Json withoutModules(Json document, ManifestForm form)
{
    Manifest::forEachModule(document, form, [](const ModuleRef &, Json &module) { module = nullptr; });
    return document;
}

} // namespace

class TestCorpus : public QObject {
    Q_OBJECT

private slots:
    void manifests();
    void dataBoxEdgeBecomesGpuReady();
    void loadsAndConverts_data() { corpusRows(); }
    void loadsAndConverts();
    void rejectAllGivesInputBack_data() { corpusRows(); }
    void rejectAllGivesInputBack();
    void idempotent_data() { corpusRows(); }
    void idempotent();
    void onlyAcceptedChangesDiffer_data() { corpusRows(); }
    void onlyAcceptedChangesDiffer();

private:
    static void corpusRows();
};

void TestCorpus::corpusRows()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(EDGESHIFT_CORPUS));
    const QStringList files = corpus.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP(qPrintable(QStringLiteral(
            "No corpus at %1: the real manifests sit in ../shared/corpus beside the repository (CI always has them).")
                             .arg(corpus.absolutePath())));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestCorpus::manifests()
{
    // The corpus is what operators migrate: the Data Box Edge (FPGA) deployment must be among it.
    const QDir corpus(QStringLiteral(EDGESHIFT_CORPUS));
    if (!corpus.exists())
        QSKIP("No corpus beside the repository.");
    QVERIFY(!corpus.entryList({QStringLiteral("aiep-databoxedge.*")}, QDir::Files).isEmpty());
}

void TestCorpus::dataBoxEdgeBecomesGpuReady()
{
    // What an operator migrates can be made GPU-ready: every proposal accepted, and the one value
    // only the operator knows (the GPU build of the model's image) given.
    const QDir corpus(QStringLiteral(EDGESHIFT_CORPUS));
    const QStringList names = corpus.entryList({QStringLiteral("aiep-databoxedge.*")}, QDir::Files);
    if (names.isEmpty())
        QSKIP("No corpus beside the repository.");
    const Analysis a = loadOrFail(readAll(corpus.filePath(names.front())).toStdString());
    Decisions d = all(true);
    for (const Finding &f : a.findings) {
        if (f.rule == std::string_view("fpga-image"))
            d.setParam(f.key(), "image", "myregistry.azurecr.io/azureml-host-gpu:1.0");
    }
    const Result r = apply(a, d);
    for (std::size_t i = 0; i < a.findings.size(); ++i)
        QVERIFY2(!leftForOperator(a.findings[i].kind, r.states[i]), std::string(a.findings[i].rule).c_str());
    QVERIFY(r.gpuReady);
    // Checked again, the converted manifest has nothing left to change, and nothing for the operator.
    const Analysis converted = loadOrFail(outputText(a, r));
    const Result again = apply(converted, Decisions());
    QVERIFY(again.gpuReady);
    QVERIFY(!again.changed);
}

void TestCorpus::loadsAndConverts()
{
    QFETCH(QString, path);
    const QByteArray text = readAll(path);
    const Analysis a = loadOrFail(text.toStdString());
    QVERIFY(!a.modules.empty());
    const Result r = apply(a, Decisions());
    QVERIFY(r.changed);
    // Applied in place (as the command line does, letting the text go and given it again to
    // write), the output is the same.
    LoadError error;
    std::optional<Analysis> once = load(text.toStdString(), error, AnalysisUse::SingleConversion);
    QVERIFY(once && !once->manifest->keepsText());
    const Result inPlace = applyInPlace(*once, Decisions());
    QCOMPARE(outputText(*once, inPlace, text.toStdString()), outputText(a, r));
    // Streamed to a file, the output is the same text.
    std::ostringstream streamed;
    writeOutput(a, r, streamed);
    QCOMPARE(streamed.str(), outputText(a, r));
    // EdgeShift's writer gives the library's bytes, on the input and on the result alike.
    for (const Json *document : {&a.manifest->document(), &r.document}) {
        for (const int indent : {-1, 2, 4}) {
            std::string out;
            json::write(out, *document, indent);
            QCOMPARE(out, document->dump(indent, ' ', false, Json::error_handler_t::replace));
        }
    }
    // The result is a manifest too, and reads back to the same document.
    const Analysis again = loadOrFail(outputText(a, r));
    COMPARE_JSON(again.manifest->document(), r.document);
    // Written as edits of the input, it changes fewer lines of it than the result written whole
    // (which lays every line out anew), and the input's other lines stay as they were.
    auto changedLines = [&](const std::string &output) {
        const SideBySide diff = diffLines(text.toStdString(), output);
        return std::count_if(diff.left.begin(), diff.left.end(), [](LineChange c) { return c != LineChange::Same; });
    };
    const auto edited = changedLines(outputText(a, r));
    const auto whole = changedLines(r.text());
    QVERIFY2(
        edited <= whole, qPrintable(QStringLiteral("%1 lines changed, %2 when written whole").arg(edited).arg(whole)));
    QVERIFY(std::size_t(edited) < splitLines(text.toStdString()).size());
    // Every finding renders its message arguments and names its rule.
    for (const Finding &f : a.findings) {
        QVERIFY2(isKnownId(f.rule), std::string(f.rule).c_str());
        QVERIFY2(pathResolves(a, f), (std::string(f.rule) + " at " + f.path.str()).c_str());
        for (const Decisions &d : {Decisions(), all(true)})
            (void)messageOf(f, d); // (a rule that reads a parameter its finding lacks throws)
    }
}

void TestCorpus::rejectAllGivesInputBack()
{
    QFETCH(QString, path);
    const QByteArray text = readAll(path);
    const Analysis a = loadOrFail(text.toStdString());
    const Result r = apply(a, all(false));
    COMPARE_JSON(r.document, a.manifest->document());
    QCOMPARE(QByteArray::fromStdString(outputText(a, r)), text);
}

void TestCorpus::idempotent()
{
    QFETCH(QString, path);
    const Analysis a = loadOrFail(readAll(path).toStdString());
    for (const Decisions &decisions : {Decisions(), all(true)}) {
        const Result first = apply(a, decisions);
        const Analysis converted = loadOrFail(outputText(a, first));
        const Result second = apply(converted, decisions);
        COMPARE_JSON(second.document, first.document);
        // What a conversion calls GPU-ready is GPU-ready when checked again.
        QVERIFY(!first.gpuReady || second.gpuReady);
        // With the defaults, converting again proposes no change: no fix is left to make (one the
        // module does not need, as decided, may be found again: recreate-strategy for binds).
        if (decisions == Decisions()) {
            for (std::size_t i = 0; i < converted.findings.size(); ++i) {
                const Finding &f = converted.findings[i];
                QVERIFY2(f.kind != Kind::Fix
                        || (f.rule == std::string_view("recreate-strategy")
                            && second.states[i] == FindingState::NotNeeded),
                    (std::string(f.rule) + " on " + f.module.str()).c_str());
            }
        }
    }
}

// Whether `after` is `before` but for strings in which names of renamed modules were replaced by
// their new names.
bool sameButRenamed(const Json &before, const Json &after, const std::map<std::string, std::string> &renames)
{
    if (before.type() != after.type() || before.size() != after.size())
        return false;
    if (before.is_string()) {
        // The new names put back give the text as it was (a module may be named in some places of
        // a text and not in others: "a_b.x.a_b", of which only the first is a host name).
        if (after == before)
            return true;
        std::string text = after.get<std::string>();
        for (const auto &[from, to] : renames) {
            for (std::size_t at = text.find(to); at != std::string::npos; at = text.find(to, at + from.size()))
                text.replace(at, to.size(), from);
        }
        return text == before.get<std::string>();
    }
    if (before.is_object()) {
        for (auto b = before.begin(), e = after.begin(); b != before.end(); ++b, ++e) {
            if (b.key() != e.key() || !sameButRenamed(b.value(), e.value(), renames))
                return false;
        }
        return true;
    }
    if (before.is_array()) {
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (!sameButRenamed(before[i], after[i], renames))
                return false;
        }
        return true;
    }
    return before == after;
}

void TestCorpus::onlyAcceptedChangesDiffer()
{
    QFETCH(QString, path);
    const Analysis a = loadOrFail(readAll(path).toStdString());
    const ManifestForm form = a.manifest->form();
    const auto before = modulesOf(a.manifest->document(), form);
    for (const Rule *rule : catalogue()) {
        const std::string id = rule->info().id;
        if (id == "module-name")
            continue; // renames are checked below
        const Result r = apply(a, only(id));
        // Outside the modules nothing changes.
        COMPARE_JSON(withoutModules(r.document, form), withoutModules(a.manifest->document(), form));
        const auto after = modulesOf(r.document, form);
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            bool applied = false;
            for (std::size_t fi : a.modules[i].findings)
                applied = applied || r.states[fi] == FindingState::Applied;
            if (!applied)
                COMPARE_JSON(after[i].second, before[i].second);
            else
                QVERIFY2(after[i].second != before[i].second,
                    (id + " applied without a change on " + before[i].first).c_str());
        }
    }

    // Renames: routes that name no renamed module stay as they were; twin sections keep their content.
    const Result r = apply(a, only("module-name"));
    const Json *content = Manifest::modulesContent(a.manifest->document(), form);
    const Json *renamedContent = Manifest::modulesContent(r.document, form);
    const Analysis renamed = loadOrFail(outputText(a, r));
    std::map<std::string, std::string> renames;
    for (std::size_t i = 0; i < a.modules.size(); ++i) {
        if (r.names[i] != a.modules[i].name)
            renames[a.modules[i].name] = r.names[i];
    }
    const std::vector<RouteRef> routes = a.manifest->routes(), renamedRoutes = renamed.manifest->routes();
    QCOMPARE(renamedRoutes.size(), routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const RouteRef &route = routes[i];
        bool names = false;
        for (const auto &[from, to] : renames)
            names = names || route.route.find("/modules/" + from + "/") != std::string::npos;
        QCOMPARE(renamedRoutes[i].name, route.name);
        if (names)
            QVERIFY(renamedRoutes[i].route != route.route);
        else
            QCOMPARE(renamedRoutes[i].route, route.route);
    }
    // Twin sections keep their content, but for strings that name a renamed module.
    for (const std::string &twin : a.manifest->twinSections()) {
        const auto it = renames.find(twin);
        const Json *section = json::find(*renamedContent, it == renames.end() ? twin : it->second);
        QVERIFY2(section, twin.c_str());
        const Json *original = json::find(*content, twin);
        QVERIFY2(sameButRenamed(*original, *section, renames), twin.c_str());
    }
}

QTEST_APPLESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
