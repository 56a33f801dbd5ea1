#include "mainwindow.h"
#include "settings.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeShift"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeShift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGESHIFT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("edgeshift"));

    // The language comes first, so that --help is in it too: the options are read once to find it,
    // then described again in that language.
    auto describe = [](QCommandLineParser &parser, QCommandLineOption &lang) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Moves IoT Edge deployments from Azure Stack Edge Pro FPGA to GPU devices."));
        parser.addHelpOption();
        parser.addVersionOption();
        lang = QCommandLineOption(QStringLiteral("lang"),
            QCoreApplication::translate("main", "Language: en, ja or zh_CN."),
            QCoreApplication::translate("main", "LANG"));
        parser.addOption(lang);
        parser.addPositionalArgument(QStringLiteral("manifest"),
            QCoreApplication::translate("main", "A deployment manifest to open."),
            QCoreApplication::translate("main", "[MANIFEST]"));
    };
    QCommandLineOption lang(QStringLiteral("lang"));
    QString requested;
    {
        QCommandLineParser first;
        describe(first, lang);
        first.parse(QCoreApplication::arguments());
        // --lang for this run; otherwise the language chosen in View → Language, else the system's.
        requested = first.isSet(lang) ? first.value(lang) : EdgeShift::Settings::language();
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
    QCommandLineParser parser;
    describe(parser, lang);
    parser.process(app);

    EdgeShift::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
