#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace EdgeShift {

class Decisions;
enum class ReportFormat;

// edgeshift-cli: check, convert and list rules from the command line, with the same engine as
// the window. Exit codes: 0 GPU-ready, 1 the operator must act, 2 an input or output problem,
// 64 a usage error.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ready = 0, NeedsOperator = 1, IoError = 2, UsageError = 64 };

    int run(const QStringList &arguments);

private:
    struct CommandLine;
    struct Input;
    struct Assignment;

    // The steps of run(). Each check, and each step that can fail, returns Ready to go on or the
    // exit code to end with, having said why on standard error; listRules() is the whole rules
    // command, and returns its exit code.
    static int chooseLanguage(const QStringList &arguments);
    static int checkGivenOnce(const CommandLine &commandLine);
    static int listRules(const QStringList &inputs, bool asJson);
    static int checkOutputOptions(const CommandLine &commandLine, bool convert, bool asJson, qsizetype inputCount);
    static int readReportFormat(const CommandLine &commandLine, ReportFormat &reportFormat);
    static int readDecisions(
        const CommandLine &commandLine, Decisions &decisions, std::vector<Assignment> &assignments);
    static int readAssignment(const QString &text, Assignment &assignment);
    static int readInputs(const QStringList &paths, std::vector<Input> &inputs);
    static int checkAssignedModules(const std::vector<Assignment> &assignments, const std::vector<Input> &inputs);
    // Refuses a value --set gives that the finding it goes to cannot take in its manifest (a host
    // port another mapping has, an image that still names the FPGA), and warns of a value no
    // finding of any input takes.
    static int checkAssignedValues(
        const std::vector<Assignment> &assignments, const std::vector<Input> &inputs, const Decisions &decisions);
    // Accepts the changes of the rules --set gives a value for one module, in that module, and
    // moves the proposals off the host ports --set gives.
    static void acceptAssigned(
        const std::vector<Assignment> &assignments, const std::vector<Input> &inputs, Decisions &decisions);
    static QString outputPath(const CommandLine &commandLine, const QString &input);
    static int checkOutputs(const CommandLine &commandLine, const std::vector<Input> &inputs);
    static int saveOutputs(const CommandLine &commandLine, const std::vector<Input> &inputs, const Decisions &decisions,
        ReportFormat reportFormat);
    static int writeToStdout(const std::vector<Input> &inputs);
    static void printText(
        QTextStream &summary, const std::vector<Input> &inputs, const Decisions &decisions, bool convert);
    static void printJson(
        const QString &command, const std::vector<Input> &inputs, const Decisions &decisions, bool convert);
};

} // namespace EdgeShift
