#include "cli.h"

#include "catalogue.h"
#include "engine.h"
#include "fileio.h"
#include "messages.h"
#include "report.h"
#include "secrets.h"
#include "translator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <set>
#include <span>

namespace EdgeShift {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One finding of --format json, on a line of its own.
// `reason`: why its change is not made, when accepted (Messages::notMadeBecause), or empty.
// `convert`: the changes are made (convert), or only to make (check: "to-change").
std::string findingJson(const Analysis &a, const Result &r, const Finding &f, const Decisions &decisions,
    FindingState state, const QString &reason, const QString &file, bool convert)
{
    Json o = Json::object();
    json::append(o, "rule", std::string(f.rule));
    json::append(o, "module", f.module);
    json::append(o, "kind", kindId(f.kind));
    json::append(o, "accepted", f.kind == Kind::Info ? Json() : Json(decisions.accepted(f)));
    // Whether accepting it changes anything (a manual finding may have no proposal; one that
    // removes a value has no "after").
    json::append(o, "proposal", f.kind != Kind::Info && f.hasProposal);
    json::append(o, "state",
        state == FindingState::Applied          ? (convert ? "applied" : "to-change")
            : state == FindingState::Rejected   ? "rejected"
            : state == FindingState::Open       ? "open"
            : state == FindingState::Superseded ? "superseded"
            : state == FindingState::Replaced   ? "replaced"
            : state == FindingState::NotNeeded  ? "not-needed"
                                                : "note");
    json::append(o, "message", Messages::message(a, r, decisions, f).toStdString());
    if (!reason.isEmpty())
        json::append(o, "reason", reason.toStdString());
    json::append(o, "file", QDir::toNativeSeparators(file).toStdString());
    json::append(o, "path", f.path);
    if (!f.before.empty())
        json::append(o, "before", maskJsonText(f.before.str()));
    if (const std::string after = proposalOf(a, r, decisions, f); !after.empty())
        json::append(o, "after", maskJsonText(after));
    return json::compact(o);
}

// A JSON string, escaped.
std::string quoted(const QString &text)
{
    return json::compact(Json(text.toStdString()));
}

QStringList splitIds(const QStringList &values)
{
    QStringList ids;
    for (const QString &value : values) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed();
    }
    return ids;
}

int usage(const QString &message)
{
    err() << Cli::tr("edgeshift-cli: %1").arg(message) << '\n'
          << Cli::tr("Run edgeshift-cli --help for the commands and options.") << '\n';
    err().flush();
    return Cli::UsageError;
}

// A converted manifest is ready when nothing is left for the operator; a checked one, only when
// it needs no change at all.
bool isReady(const Result &r, bool convert)
{
    return r.gpuReady && (convert || !r.changed);
}

} // namespace

struct Cli::Input {
    QString path;
    std::shared_ptr<Analysis> analysisPtr;
    const Analysis &analysis() const { return *analysisPtr; }
    Result result;
    QString output; // where the result goes ("-": stdout; empty for check)
};

struct Cli::Assignment {
    std::string rule, module, path, name, value; // path: one finding's, as --format json prints it
    bool accepts = true; // its rule's changes too: not when --reject names the rule
    // What it sets, as written: RULE, RULE@MODULE or RULE@MODULE[PATH].
    QString target() const
    {
        return QString::fromStdString(
            module.empty() ? rule : rule + '@' + module + (path.empty() ? std::string() : '[' + path + ']'));
    }
    // The whole assignment, as written: RULE[@MODULE[[PATH]]].PARAM=VALUE.
    QString text() const { return target() + QLatin1Char('.') + QString::fromStdString(name + '=' + value); }
    bool matches(const Finding &f) const
    {
        return f.rule == rule && (module.empty() || f.module == module) && (path.empty() || f.path == path);
    }
};

// The command line's parser and options, described in the language current when it is made.
struct Cli::CommandLine {
    CommandLine();
    // -o -: the manifest goes to standard output.
    bool toStdout() const { return parser.value(output) == QLatin1String("-"); }
    QCommandLineParser parser;
    // Help and version are EdgeShift's own options: Qt's say "Displays help on commandline
    // options." in English even in a Japanese run (Qt's translations lack it).
    const QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")};
    const QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")}, Cli::tr("Show the version.")};
    const QCommandLineOption output {{QStringLiteral("o"), QStringLiteral("output")},
        Cli::tr("Write the converted manifest to FILE (\"-\": standard output)."), Cli::tr("FILE")};
    const QCommandLineOption outDir {
        QStringLiteral("out-dir"), Cli::tr("Write each converted manifest into DIR."), Cli::tr("DIR")};
    const QCommandLineOption accept {
        QStringLiteral("accept"), Cli::tr("Accept these rules (comma-separated ids, or all)."), Cli::tr("IDS")};
    const QCommandLineOption reject {
        QStringLiteral("reject"), Cli::tr("Reject these rules (comma-separated ids, or all)."), Cli::tr("IDS")};
    const QCommandLineOption set {QStringLiteral("set"),
        Cli::tr("Set a parameter of a rule, optionally for one module or one finding: "
                "RULE[@MODULE[[PATH]]].PARAM=VALUE. The rule's changes (that module's, that finding) are then "
                "accepted, unless --reject names the rule."),
        Cli::tr("ASSIGNMENT")};
    const QCommandLineOption report {
        QStringLiteral("report"), Cli::tr("Write a report of the conversion (.html or .md)."), Cli::tr("FILE")};
    const QCommandLineOption force {QStringLiteral("force"), Cli::tr("Replace output files that exist.")};
    const QCommandLineOption format {
        QStringLiteral("format"), Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), QStringLiteral("text")};
    const QCommandLineOption lang {
        QStringLiteral("lang"), Cli::tr("Language of messages and reports: en, ja or zh_CN."), Cli::tr("LANG")};
};

Cli::CommandLine::CommandLine()
{
    parser.setApplicationDescription(
        Cli::tr("Converts IoT Edge deployment manifests written for Azure Stack Edge Pro FPGA devices "
                "to run on Azure Stack Edge Pro GPU devices (IoT Edge on Kubernetes).\n\n"
                "Commands:\n"
                "  check INPUT...    list what must change; exit 0 when GPU-ready, 1 when not\n"
                "  convert INPUT...  write the converted manifests; list what is left for you\n"
                "  rules             list the rules"));
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("check, convert or rules"));
    parser.addPositionalArgument(
        QStringLiteral("inputs"), Cli::tr("Deployment manifests (or createOptions) to read."), Cli::tr("INPUT..."));
    parser.addOptions({help, version, output, outDir, accept, reject, set, report, force, format, lang});
}

// Reads the options once, to find the language, and makes it the current one.
int Cli::chooseLanguage(const QStringList &arguments)
{
    CommandLine first;
    first.parser.parse(arguments);
    const QString language = Translator::resolve(first.parser.value(first.lang));
    if (first.parser.isSet(first.lang) && language.isEmpty())
        return usage(tr("unknown language %1; use en, ja or zh_CN.").arg(first.parser.value(first.lang)));
    Translator::setLanguage(language.isEmpty() ? QStringLiteral("en") : language);
    return Ready;
}

int Cli::checkGivenOnce(const CommandLine &commandLine)
{
    // An option that takes one value, given twice, would silently lose one of them.
    for (const QCommandLineOption *option :
        {&commandLine.output, &commandLine.outDir, &commandLine.report, &commandLine.format, &commandLine.lang}) {
        if (commandLine.parser.values(*option).size() > 1)
            return usage(tr("--%1 is given more than once; give it once.").arg(option->names().constLast()));
    }
    return Ready;
}

// The rules command: every rule, as a table or as JSON.
int Cli::listRules(const QStringList &inputs, bool asJson)
{
    if (!inputs.isEmpty())
        return usage(tr("rules takes no input files."));
    QJsonArray list;
    for (const RuleInfo &info : allRuleInfos()) {
        const QString id = QString::fromLatin1(info.id);
        if (asJson) {
            QJsonObject o;
            o[QStringLiteral("id")] = id;
            o[QStringLiteral("kind")] = QString::fromLatin1(kindId(info.kind));
            o[QStringLiteral("section")] = Messages::sectionName(info.section);
            o[QStringLiteral("title")] = Messages::ruleTitle(id);
            o[QStringLiteral("explanation")] = Messages::ruleExplanation(id);
            list.append(o);
        } else {
            out() << id.leftJustified(24) << ' ' << Messages::kindName(info.kind).leftJustified(7) << ' '
                  << Messages::ruleTitle(id) << '\n';
        }
    }
    if (asJson)
        out() << QJsonDocument(list).toJson();
    return Ready;
}

// The options that say where the results go, for check or convert and `inputCount` inputs.
int Cli::checkOutputOptions(const CommandLine &commandLine, bool convert, bool asJson, qsizetype inputCount)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (!convert) {
        for (const QCommandLineOption *option :
            {&commandLine.output, &commandLine.outDir, &commandLine.report, &commandLine.force}) {
            if (parser.isSet(*option))
                return usage(tr("--%1 is an option of convert, not of check.").arg(option->names().constLast()));
        }
    }
    if (parser.isSet(commandLine.output) && parser.isSet(commandLine.outDir))
        return usage(tr("use either -o or --out-dir, not both."));
    if (parser.isSet(commandLine.output) && inputCount > 1)
        return usage(tr("-o takes one input; use --out-dir for several."));
    if (commandLine.toStdout() && asJson)
        return usage(tr("-o - writes the manifest to standard output; it cannot be combined with --format json."));
    return Ready;
}

// The report's format, from its file name.
int Cli::readReportFormat(const CommandLine &commandLine, ReportFormat &reportFormat)
{
    if (commandLine.parser.isSet(commandLine.report)) {
        const QString suffix = QFileInfo(commandLine.parser.value(commandLine.report)).suffix().toLower();
        if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
            reportFormat = ReportFormat::Html;
        else if (suffix != QLatin1String("md") && suffix != QLatin1String("markdown"))
            return usage(tr("the report must be a .html or .md file."));
    }
    return Ready;
}

int Cli::readDecisions(const CommandLine &commandLine, Decisions &decisions, std::vector<Assignment> &assignments)
{
    const QCommandLineParser &parser = commandLine.parser;
    // Decisions from the command line, in the order written: a later --accept or --reject
    // overrides an earlier one (--reject all --accept fpga-to-gpu takes that rule alone).
    const QStringList names = parser.optionNames();
    const QStringList accepted = parser.values(commandLine.accept), rejected = parser.values(commandLine.reject);
    qsizetype nextAccepted = 0, nextRejected = 0;
    std::set<std::string> namedRejected; // rules --reject names (not "all"), and no later --accept
    for (const QString &name : names) {
        const bool isAccept = name == QLatin1String("accept");
        if (!isAccept && name != QLatin1String("reject"))
            continue;
        const QString value = isAccept ? accepted.value(nextAccepted++) : rejected.value(nextRejected++);
        for (const QString &id : splitIds({value})) {
            if (id == QLatin1String("all")) {
                for (const RuleInfo &info : allRuleInfos())
                    decisions.setRule(info.id, isAccept);
            } else if (findRule(id.toStdString())) {
                decisions.setRule(id.toStdString(), isAccept);
                if (isAccept)
                    namedRejected.erase(id.toStdString());
                else
                    namedRejected.insert(id.toStdString());
            } else {
                return usage(tr("unknown rule id %1; edgeshift-cli rules lists them.").arg(id));
            }
        }
    }
    for (const QString &text : parser.values(commandLine.set)) {
        Assignment assignment;
        if (const int code = readAssignment(text, assignment); code != Ready)
            return code;
        // One finding's value is set once the inputs are read (acceptAssigned()).
        if (assignment.path.empty())
            decisions.setRuleParam(assignment.rule, assignment.module, assignment.name, assignment.value);
        // A value given is a change wanted, as in the window: for every module, or (once the inputs
        // are read) for the module or the finding named.
        assignment.accepts = !namedRejected.count(assignment.rule);
        if (assignment.accepts && assignment.module.empty())
            decisions.setRule(assignment.rule, true);
        assignments.push_back(std::move(assignment));
    }
    return Ready;
}

void Cli::acceptAssigned(
    const std::vector<Assignment> &assignments, const std::vector<Input> &inputs, Decisions &decisions)
{
    for (const Assignment &a : assignments) {
        if ((!a.accepts || a.module.empty()) && a.path.empty())
            continue;
        for (const Input &input : inputs) {
            for (const Finding &f : input.analysis().findings) {
                if (!a.matches(f))
                    continue;
                if (!a.path.empty())
                    decisions.setParam(f.key(), a.name, a.value);
                if (a.accepts)
                    decisions.setFinding(f.key(), true);
            }
        }
    }
    // A host port given that another mapping's proposal has: that proposal moves to a free port,
    // as in the window, rather than leave the two to clash. (With every value given set first, a
    // proposal moves to none of them.)
    for (const Assignment &a : assignments) {
        for (const Input &input : inputs) {
            for (const Finding &f : input.analysis().findings) {
                // (Not a value a later --set gave the finding instead.)
                if (!a.matches(f) || f.params.empty() || decisions.param(f, f.params.front()) != a.value)
                    continue;
                for (const auto &[index, port] : proposalsMovedBy(input.analysis(), decisions, f, a.value)) {
                    const Finding &moved = input.analysis().findings[index];
                    decisions.setParam(moved.key(), std::string(moved.params.front().name), port);
                    //: %1 RULE.PARAM=VALUE, %2 the host port, %3 the rule whose proposal moves, %4 its module, %5 the
                    //: new proposal
                    err() << tr("edgeshift-cli: note: --set %1 gives host port %2, which %3 proposed for module %4; "
                                "%3 proposes %5 there instead.")
                                 .arg(a.text(), QString::fromStdString(a.value),
                                     QString::fromStdString(std::string(moved.rule)),
                                     QString::fromStdString(moved.module.str()), QString::fromStdString(port))
                          << '\n';
                }
            }
        }
    }
}

// One --set RULE[@MODULE[[PATH]]].PARAM=VALUE.
int Cli::readAssignment(const QString &text, Assignment &assignment)
{
    // A finding's path ("/HostConfig/Binds/1") may hold anything: it ends at "].".
    QString path, written = text;
    const auto eqAt = text.indexOf(QLatin1Char('='));
    const auto open = text.indexOf(QLatin1Char('['));
    const auto close = open < 0 ? -1 : text.indexOf(QLatin1String("]."), open);
    if (open >= 0 && (eqAt < 0 || open < eqAt)) {
        if (close < 0 || close == open + 1 || text.lastIndexOf(QLatin1Char('@'), open) < 0)
            return usage(tr("--set %1: write RULE@MODULE[PATH].PARAM=VALUE, with the finding's path as "
                            "check --format json prints it.")
                             .arg(text));
        path = text.mid(open + 1, close - open - 1);
        written = text.left(open) + text.mid(close + 1);
    }
    const auto eq = written.indexOf(QLatin1Char('='));
    const QString left = written.left(eq);
    const auto dot = left.lastIndexOf(QLatin1Char('.'));
    const auto at = left.left(dot).indexOf(QLatin1Char('@'));
    if (eq < 0 || dot < 0 || at == dot - 1) // (nothing after '@': no module named)
        return usage(tr("--set %1: write RULE.PARAM=VALUE, RULE@MODULE.PARAM=VALUE or RULE@MODULE[PATH].PARAM=VALUE.")
                         .arg(text));
    QString rule = left.left(dot), module;
    if (at >= 0) {
        module = rule.mid(at + 1);
        rule = rule.left(at);
    }
    const Rule *found = findRule(rule.toStdString());
    if (!found)
        return usage(tr("unknown rule id %1; edgeshift-cli rules lists them.").arg(rule));
    // The parameter must be one the rule has, and the value one it takes, whatever the inputs.
    const std::string name = left.mid(dot + 1).toStdString(), value = written.mid(eq + 1).toStdString();
    const std::span<const ParamSpec> specs = found->info().params;
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ParamSpec &p) { return p.name == name; });
    if (spec == specs.end()) {
        QStringList names;
        for (const ParamSpec &p : specs)
            names << QString::fromUtf8(p.name.data(), qsizetype(p.name.size()));
        return usage(names.isEmpty()
                ? tr("--set %1: %2 has no parameters.").arg(text, rule)
                : tr("--set %1: %2 has no parameter %3; it has %4.")
                      .arg(text, rule, QString::fromStdString(name), names.join(Messages::listSeparator())));
    }
    if (const ParamError e = validateParam(spec->type, value); e != ParamError::None)
        return usage(tr("--set %1: %2").arg(text, Messages::paramError(e, spec->type)));
    assignment = {rule.toStdString(), module.toStdString(), path.toStdString(), name, value};
    return Ready;
}

// Reads every input: each that cannot be read is reported, not only the first.
int Cli::readInputs(const QStringList &paths, std::vector<Input> &inputs)
{
    int exitCode = Ready;
    for (const QString &path : paths) {
        QString error;
        const std::shared_ptr<Analysis> analysis = FileIo::load(path, error, AnalysisUse::SingleConversion);
        if (!analysis) {
            err() << error << '\n';
            exitCode = IoError;
            continue;
        }
        inputs.push_back({path, analysis, {}, {}});
    }
    if (exitCode == IoError)
        err().flush();
    return exitCode;
}

int Cli::checkAssignedModules(const std::vector<Assignment> &assignments, const std::vector<Input> &inputs)
{
    // A module an assignment names is one of the inputs' (by the name it has there).
    for (const Assignment &a : assignments) {
        const bool known = a.module.empty() || std::any_of(inputs.begin(), inputs.end(), [&](const Input &input) {
            const std::vector<ModuleState> &modules = input.analysis().modules;
            return std::any_of(
                modules.begin(), modules.end(), [&](const ModuleState &m) { return m.name == a.module; });
        });
        if (!known) {
            return usage(tr("--set %1@%2.%3: no input has a module named %2.")
                             .arg(QString::fromStdString(a.rule), QString::fromStdString(a.module),
                                 QString::fromStdString(a.name)));
        }
        // A host port is one mapping's, a name one module's: one value for several would clash. A
        // mount's source for several mounts is allowed, and said.
        const ParamSpec *spec = nullptr;
        for (const ParamSpec &s : findRule(a.rule)->info().params) {
            if (s.name == a.name)
                spec = &s;
        }
        if (!spec
            || (spec->type != ParamType::Port && spec->type != ParamType::ModuleName && spec->type != ParamType::Text))
            continue;
        // (In one manifest: each input is converted on its own.)
        qsizetype count = 0;
        for (const Input &input : inputs) {
            qsizetype here = 0;
            for (const Finding &f : input.analysis().findings)
                here += a.matches(f);
            count = std::max(count, here);
        }
        if (count > 1 && spec->type == ParamType::Text) { // (a mount's source: the rules' one Text parameter)
            //: %1 RULE or RULE@MODULE, %2 PARAM=VALUE, %n how many mounts take it
            err() << tr("edgeshift-cli: warning: --set %1.%2 gives %n mounts the same source (to give one mount "
                        "its own, name its path: RULE@MODULE[PATH].PARAM=VALUE).",
                nullptr, static_cast<int>(count))
                         .arg(a.target(), QString::fromStdString(a.name + '=' + a.value))
                  << '\n';
            continue;
        }
        if (count > 1 && a.module.empty()) {
            //: %1 RULE, %2 the parameter, %n how many findings it would set
            return usage(tr("--set %1.%2: the value would go to %n findings, and one value cannot be theirs "
                            "together; name a module that has one (RULE@MODULE.PARAM=VALUE), or decide in the "
                            "EdgeShift window.",
                nullptr, static_cast<int>(count))
                             .arg(QString::fromStdString(a.rule), QString::fromStdString(a.name)));
        }
        if (count > 1 && a.path.empty()) {
            //: %1 RULE@MODULE, %2 the parameter, %3 the module, %n how many findings it would set
            return usage(tr("--set %1.%2: module %3 has %n findings of the rule, and one value cannot be theirs "
                            "together; name one by its path (RULE@MODULE[PATH].PARAM=VALUE, the path as check "
                            "--format json prints it), or decide in the EdgeShift window.",
                nullptr, static_cast<int>(count))
                             .arg(a.target(), QString::fromStdString(a.name), QString::fromStdString(a.module)));
        }
        if (count > 1) {
            //: %1 RULE@MODULE[PATH], %2 the parameter, %n how many findings it would set
            return usage(tr("--set %1.%2: %n findings have that path, and one value cannot be theirs together; "
                            "give each its own in the EdgeShift window.",
                nullptr, static_cast<int>(count))
                             .arg(a.target(), QString::fromStdString(a.name)));
        }
    }
    return Ready;
}

int Cli::checkAssignedValues(
    const std::vector<Assignment> &assignments, const std::vector<Input> &inputs, const Decisions &decisions)
{
    for (const Assignment &a : assignments) {
        const QString assignment = a.text();
        bool taken = false;
        for (const Input &input : inputs) {
            for (const Finding &f : input.analysis().findings) {
                if (!a.matches(f))
                    continue;
                for (const Param &param : f.params) {
                    if (param.name != a.name)
                        continue;
                    taken = true;
                    const ParamError e = validateParam(input.analysis(), input.result, decisions, f, param, a.value);
                    if (e != ParamError::None) {
                        //: %1 RULE.PARAM=VALUE, %2 the file, %3 the module, %4 why the value is refused
                        return usage(
                            tr("--set %1 (%2, module %3): %4")
                                .arg(assignment, QDir::toNativeSeparators(input.path),
                                    QString::fromStdString(f.module.str()), Messages::paramError(e, param.type)));
                    }
                }
            }
        }
        if (!taken) {
            err() << tr("edgeshift-cli: warning: --set %1 sets nothing: no input has a finding of %2 to take it.")
                         .arg(assignment, a.target())
                  << '\n';
        }
    }
    return Ready;
}

// Where convert writes the result of `input`.
QString Cli::outputPath(const CommandLine &commandLine, const QString &input)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.output))
        return parser.value(commandLine.output);
    if (parser.isSet(commandLine.outDir))
        return QDir(parser.value(commandLine.outDir)).filePath(FileIo::gpuFileName(input));
    return FileIo::gpuPath(input);
}

int Cli::checkOutputs(const CommandLine &commandLine, const std::vector<Input> &inputs)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.outDir) && !QFileInfo(parser.value(commandLine.outDir)).isDir()) {
        const QString dir = QDir::toNativeSeparators(parser.value(commandLine.outDir));
        err() << (QFileInfo::exists(parser.value(commandLine.outDir))
                ? tr("%1: is a file, not a folder; --out-dir takes a folder.").arg(dir)
                : tr("%1: no such folder; create it first.").arg(dir))
              << '\n';
        return IoError;
    }
    // Refuse before writing anything: never over an input (any of them), never an existing file
    // without --force.
    QSet<QString> inputFiles;
    for (const Input &input : inputs)
        inputFiles.insert(FileIo::identity(input.path));
    auto refused = [&](const QString &path, const QString &ifInput) {
        const QFileInfo target(path);
        const QString name = QDir::toNativeSeparators(path);
        QString why;
        if (inputFiles.contains(FileIo::identity(path)))
            why = ifInput.arg(name);
        else if (target.isDir())
            why = tr("%1: is a folder; give a file name.").arg(name);
        else if (target.exists() && !parser.isSet(commandLine.force))
            why = tr("%1: exists already; use --force to replace it.").arg(name);
        if (!why.isEmpty())
            err() << why << '\n';
        return !why.isEmpty();
    };
    QSet<QString> planned;
    for (const Input &input : inputs) {
        if (input.output == QLatin1String("-"))
            continue;
        if (refused(input.output, tr("%1: is an input; EdgeShift never writes over its input. Choose another output.")))
            return IoError;
        const QString identity = FileIo::identity(input.output);
        if (planned.contains(identity)) {
            err() << tr("%1: two inputs would be written to the same file.").arg(QDir::toNativeSeparators(input.output))
                  << '\n';
            return IoError;
        }
        planned.insert(identity);
    }
    if (parser.isSet(commandLine.report)) {
        const QString path = parser.value(commandLine.report);
        if (refused(path, tr("%1: is an input; EdgeShift never writes over its input. Choose another report file.")))
            return IoError;
        if (planned.contains(FileIo::identity(path))) {
            err() << tr("%1: is also where a converted manifest goes. Choose another report file.")
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
            return IoError;
        }
    }
    return Ready;
}

int Cli::saveOutputs(const CommandLine &commandLine, const std::vector<Input> &inputs, const Decisions &decisions,
    ReportFormat reportFormat)
{
    const QCommandLineParser &parser = commandLine.parser;
    // Every file is written before any replaces its target: a failure to write leaves them all as
    // they were (only a failure to rename one into place, after others were, could leave some).
    SaveSet files;
    QString error;
    for (const Input &input : inputs) {
        if (input.output != QLatin1String("-")
            && !files.addResult(input.path, input.output, input.analysis(), input.result, error)) {
            err() << error << '\n';
            return IoError;
        }
    }
    if (parser.isSet(commandLine.report)) {
        // Each input by its file name, or by its path as given where two share a name.
        QStringList names;
        QHash<QString, int> sameName;
        for (const Input &input : inputs)
            ++sameName[QFileInfo(input.path).fileName()];
        std::vector<ReportPart> parts;
        for (const Input &input : inputs) {
            const QString name = QFileInfo(input.path).fileName();
            names << (sameName.value(name) > 1 ? QDir::toNativeSeparators(input.path) : name);
            parts.push_back({input.analysis(), input.result, decisions,
                Messages::reportStrings(input.analysis(), input.result, decisions, names.back())});
        }
        const std::string title = Messages::reportTitle(names).toStdString();
        if (!files.add(
                parser.value(commandLine.report),
                [&](std::ostream &out) { writeReport(out, parts, reportFormat, title); }, error)) {
            err() << error << '\n';
            return IoError;
        }
    }
    if (!files.commit(error)) {
        err() << error << '\n';
        return IoError;
    }
    return Ready;
}

// The manifest of -o -, once every file is in place.
int Cli::writeToStdout(const std::vector<Input> &inputs)
{
    QString error;
    for (const Input &input : inputs) {
        if (input.output != QLatin1String("-"))
            continue;
        const bool written = FileIo::writeResult(input.path, input.analysis(), input.result, std::cout, error);
        std::cout.flush();
        if (!written || !std::cout.good()) {
            // (a full disk or a closed pipe behind standard output)
            err() << (written ? tr("edgeshift-cli: the manifest could not be written to standard output.") : error)
                  << '\n';
            return IoError;
        }
    }
    return Ready;
}

void Cli::printText(QTextStream &summary, const std::vector<Input> &inputs, const Decisions &decisions, bool convert)
{
    for (const Input &input : inputs) {
        const Analysis &a = input.analysis();
        const Result &r = input.result;
        const Summary counts = summarize(a, r);
        const bool ready = isReady(r, convert);
        //: %1 file, %2 GPU-ready or not, %3 "N changes made" (convert) or "N changes to make" (check),
        //: %4 "N items for you"
        summary << tr("%1: %2 — %3, %4")
                       .arg(QDir::toNativeSeparators(input.path),
                           ready         ? tr("GPU-ready")
                               : convert ? tr("not GPU-ready")
                                         : tr("not GPU-ready yet"),
                           convert ? tr("%n change(s) made", nullptr, counts.applied)
                                   : tr("%n change(s) to make", nullptr, counts.applied),
                           tr("%n item(s) for you", nullptr, counts.open))
                << '\n';
        QString module = QStringLiteral("\x01");
        auto line = [&](const Finding &f, FindingState state) {
            const QString name = QString::fromStdString(f.module.str());
            if (name != module) {
                module = name;
                summary << "  " << (name.isEmpty() ? tr("(manifest)") : name) << '\n';
            }
            //: One finding: %1 kind, %2 state, %3 rule id, %4 the finding's sentence
            summary << "    "
                    << tr("[%1, %2] %3: %4")
                           .arg(Messages::kindName(f.kind),
                               // check changes nothing: what convert would apply is still to do
                               !convert && state == FindingState::Applied ? tr("to change")
                                                                          : Messages::stateName(state, f.kind),
                               QString::fromUtf8(f.rule), Messages::message(a, r, decisions, f))
                    << '\n';
            if (const QString why = Messages::notMadeBecause(a, r, decisions, f, state); !why.isEmpty())
                summary << "      " << why << '\n';
        };
        // check lists every finding; convert, what is left for the operator (--report lists the changes).
        // A module's problems (found while applying) come with its findings, under its name once.
        std::size_t nextProblem = 0;
        auto problemsBefore = [&](std::size_t module) {
            for (; nextProblem < r.problems.size() && r.problems[nextProblem].moduleIndex < module; ++nextProblem)
                line(r.problems[nextProblem], FindingState::Open);
        };
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            problemsBefore(a.findings[i].moduleIndex);
            const bool left = leftForOperator(a.findings[i].kind, r.states[i]);
            if (!convert || left)
                line(a.findings[i], r.states[i]);
        }
        problemsBefore(static_cast<std::size_t>(-1));
        for (; nextProblem < r.problems.size(); ++nextProblem)
            line(r.problems[nextProblem], FindingState::Open);
        if (convert && input.output != QLatin1String("-"))
            summary << "  → " << QDir::toNativeSeparators(input.output) << '\n';
    }
}

void Cli::printJson(const QString &command, const std::vector<Input> &inputs, const Decisions &decisions, bool convert)
{
    // Written as it goes, a finding at a time: a large manifest has a million of them.
    std::ostream &json = std::cout;
    json << "{\n  \"command\": " << quoted(command) << ",\n  \"files\": [\n";
    for (const Input &input : inputs) {
        const Analysis &a = input.analysis();
        const Result &r = input.result;
        const Summary counts = summarize(a, r);
        const bool ready = isReady(r, convert);
        json << (&input == &inputs.front() ? "" : ",\n")
             << "    {\n      \"file\": " << quoted(QDir::toNativeSeparators(input.path));
        if (convert)
            json << ",\n      \"output\": " << quoted(QDir::toNativeSeparators(input.output));
        json << ",\n      \"gpuReady\": " << (ready ? "true" : "false") << ",\n      \"findings\": [";
        const char *separator = "\n        ";
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            json << separator
                 << findingJson(a, r, a.findings[i], decisions, r.states[i],
                        Messages::notMadeBecause(a, r, decisions, a.findings[i], r.states[i]), input.path, convert);
            separator = ",\n        ";
        }
        for (const Finding &problem : r.problems) {
            json << separator << findingJson(a, r, problem, decisions, FindingState::Open, {}, input.path, convert);
            separator = ",\n        ";
        }
        json << (a.findings.empty() && r.problems.empty() ? "]" : "\n      ]") << ",\n      \"summary\": {"
             << (convert ? "\"applied\": " : "\"toChange\": ") << counts.applied
             << ", \"rejected\": " << counts.rejected << ", \"open\": " << counts.open
             << ", \"notes\": " << counts.notes << "}\n    }";
    }
    json << (inputs.empty() ? "" : "\n") << "  ]\n}\n" << std::flush;
}

int Cli::run(const QStringList &arguments)
{
    // The language comes first, so that every later message is in it: the options are read once to
    // find it, then described again in that language (for --help).
    if (const int code = chooseLanguage(arguments); code != Ready)
        return code;
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (const int code = checkGivenOnce(commandLine); code != Ready)
        return code;
    if (parser.isSet(commandLine.help)) {
        out() << parser.helpText();
        return Ready;
    }
    if (parser.isSet(commandLine.version)) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ready;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no command given; use check, convert or rules."));
    const QString command = positional.takeFirst();
    const QString fmt = parser.value(commandLine.format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usage(tr("unknown format %1; use text or json.").arg(fmt));
    const bool asJson = fmt == QLatin1String("json");
    if (command == QLatin1String("rules"))
        return listRules(positional, asJson);

    const bool convert = command == QLatin1String("convert");
    if (!convert && command != QLatin1String("check"))
        return usage(tr("unknown command %1; use check, convert or rules.").arg(command));
    if (positional.isEmpty())
        return usage(tr("%1 needs at least one input file.").arg(command));
    if (const int code = checkOutputOptions(commandLine, convert, asJson, positional.size()); code != Ready)
        return code;
    ReportFormat reportFormat = ReportFormat::Markdown;
    if (const int code = readReportFormat(commandLine, reportFormat); code != Ready)
        return code;
    Decisions decisions;
    std::vector<Assignment> assignments;
    if (const int code = readDecisions(commandLine, decisions, assignments); code != Ready)
        return code;

    // Read every input before writing anything.
    std::vector<Input> inputs;
    if (const int code = readInputs(positional, inputs); code != Ready)
        return code;
    if (const int code = checkAssignedModules(assignments, inputs); code != Ready)
        return code;
    acceptAssigned(assignments, inputs, decisions);
    for (Input &input : inputs) {
        // Each input is converted once: edit its document in place rather than a copy.
        input.result = applyInPlace(*input.analysisPtr, decisions);
        if (convert)
            input.output = outputPath(commandLine, input.path);
    }
    if (const int code = checkAssignedValues(assignments, inputs, decisions); code != Ready)
        return code;
    if (convert) {
        if (const int code = checkOutputs(commandLine, inputs); code != Ready)
            return code;
        if (const int code = saveOutputs(commandLine, inputs, decisions, reportFormat); code != Ready)
            return code;
        if (const int code = writeToStdout(inputs); code != Ready)
            return code;
    }

    // What happened, as text or JSON. With -o - the manifest owns standard output.
    if (asJson)
        printJson(command, inputs, decisions, convert);
    else
        printText(commandLine.toStdout() ? err() : out(), inputs, decisions, convert);
    out().flush();
    err().flush();
    const bool allReady
        = std::all_of(inputs.begin(), inputs.end(), [&](const Input &input) { return isReady(input.result, convert); });
    // The process ends here: freeing every node of large manifests one by one would only cost time
    // (a tenth of a conversion), so the documents are left to the operating system.
    new std::vector<Input>(std::move(inputs));
    return allReady ? Ready : NeedsOperator;
}

} // namespace EdgeShift
