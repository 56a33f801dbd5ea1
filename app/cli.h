#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace EdgeShift {

// edgeshift-cli: check, convert and list rules from the command line, with the same engine as
// the window. Exit codes: 0 GPU-ready, 1 the operator must act, 2 an input or output problem,
// 64 a usage error.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ready = 0, NeedsOperator = 1, IoError = 2, UsageError = 64 };

    int run(const QStringList &arguments);
};

} // namespace EdgeShift
