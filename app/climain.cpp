#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edgeshift-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGESHIFT_VERSION));
    return EdgeShift::Cli().run(QCoreApplication::arguments());
}
