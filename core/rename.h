#pragma once

#include "json.h"
#include "manifest.h"

#include <string>
#include <unordered_map>

namespace EdgeShift {

class ModuleEdit;

// Module renaming (module-name): module name → its new name, applied to everything that names a
// module. Every function here makes one pass over what it looks at, whatever the number of renames.
using Renames = std::unordered_map<std::string, std::string>;

// Renames modules in the whole document: the modules' keys in $edgeAgent (nested or in the
// flattened "properties.desired.modules.<name>" form), the routes of $edgeHub (string and object
// form, in both layouts), the modules' twin sections, and the module names inside those twins'
// strings.
void renameEverywhere(Json &document, ManifestForm form, const Renames &renames);

// Rewrites references to renamed modules in one module's createOptions Env and env section, and in
// Docker's modes that share another module's container ("IpcMode": "container:my_module",
// NetworkMode the same).
void renameReferences(ModuleEdit &edit, const Renames &renames);

// A change's compact JSON (a finding's "after") with the references to renamed modules in its
// strings renamed, as renameReferences() renames them where the change is made.
std::string renamedReferences(std::string_view compactJson, const Renames &renames);

} // namespace EdgeShift
