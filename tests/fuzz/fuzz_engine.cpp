// libFuzzer target over the whole engine (tests/fuzz/properties.h): any crash, sanitizer report
// or broken property is a bug; tests/fuzz/run.sh builds and runs it.
#include "properties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    EdgeShift::Test::checkEngineProperties(text, [](bool holds, const char *what) {
        if (!holds) {
            std::fprintf(stderr, "property broken: %s\n", what);
            std::abort();
        }
    });
    return 0;
}
