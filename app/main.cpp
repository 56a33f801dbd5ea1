#include "mainwindow.h"
#include "settings.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace {

// The window's command line, described in the language current when it is made.
struct CommandLine {
    CommandLine();
    QCommandLineParser parser;
    // Help and version are EdgeShift's own options: Qt's say "Displays help on commandline
    // options." in English even in a Japanese run (Qt's translations lack it).
    const QCommandLineOption help {
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("main", "Show this help.")};
    const QCommandLineOption version {
        {QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("main", "Show the version.")};
    const QCommandLineOption lang {QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language: en, ja or zh_CN."), QCoreApplication::translate("main", "LANG")};
};

CommandLine::CommandLine()
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Moves IoT Edge deployments from Azure Stack Edge Pro FPGA to GPU devices."));
    parser.addOptions({help, version, lang});
    parser.addPositionalArgument(QStringLiteral("manifest"),
        QCoreApplication::translate("main", "A deployment manifest to open."),
        QCoreApplication::translate("main", "[MANIFEST]"));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version only print: they need no display, so they get no QApplication (which
    // would end the program where there is none).
    bool printOnly = false;
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        CommandLine commandLine;
        commandLine.parser.parse(arguments); // Qt's own options (-platform …) are unknown here: no matter
        printOnly = commandLine.parser.isSet(commandLine.help) || commandLine.parser.isSet(commandLine.version);
    }
    const std::unique_ptr<QCoreApplication> app
        = printOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeShift"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeShift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGESHIFT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("edgeshift"));

    // The language comes first, so that --help is in it too: the options are read once to find it,
    // then described again in that language.
    QString requested;
    {
        CommandLine first;
        first.parser.parse(QCoreApplication::arguments());
        // --lang for this run; otherwise the language chosen in View → Language, else the system's.
        requested = first.parser.isSet(first.lang) ? first.parser.value(first.lang) : EdgeShift::Settings::language();
    }
    const QString language = EdgeShift::Translator::resolve(requested);
    if (language.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "edgeshift: unknown language %1; use en, ja or zh_CN.")
                                   .arg(requested)
                            << '\n';
        return 64;
    }
    EdgeShift::Translator::setLanguage(language);
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    // Help and version whatever else is written (Qt's own options, such as -platform, are unknown
    // to the parser where no QApplication took them away).
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parser.isSet(commandLine.help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(commandLine.version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    }
    if (!parsed) {
        QTextStream(stderr) << QCoreApplication::translate("main", "edgeshift: %1").arg(parser.errorText()) << '\n'
                            << QCoreApplication::translate("main", "Run edgeshift --help for the options.") << '\n';
        return 64;
    }

    EdgeShift::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app->exec();
}
