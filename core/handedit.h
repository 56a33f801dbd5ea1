#pragma once

#include "json.h"
#include "jsonreader.h"

#include <string_view>

namespace EdgeShift {

// What the operator typed on the GPU side of a module, read as its createOptions.
struct HandEditReading {
    enum class Error {
        None,
        Json, // not JSON: `json` says where it breaks
        NotAnObject, // JSON, but createOptions are an object
        SecretChanged, // a masked secret was changed or moved: it cannot be put back
    };
    Error error = Error::None;
    JsonError json;
    Json value; // with Error::None: the createOptions, every masked secret put back
};

// Reads `text`, typed over `shown` (the module's resulting createOptions, unmasked, as the GPU
// side showed them masked). Comments are not taken: the saved createOptions could not keep them.
HandEditReading readHandEdit(std::string_view text, const Json &shown);

} // namespace EdgeShift
