#pragma once

#include "engine.h"

#include <QIcon>

namespace EdgeShift {

// Small round icons for a module's status: green GPU-ready, blue changes proposed, amber needs
// the operator. Drawn, so they look the same on every platform and in every language.
QIcon statusIcon(ModuleStatus status);
QIcon kindIcon(Kind kind);

} // namespace EdgeShift
