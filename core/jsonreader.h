#pragma once

#include "json.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace EdgeShift {

// Why a text could not be read as JSON. Codes, not sentences: the text is made by the caller.
enum class JsonErrorCode {
    Empty, // nothing but white space
    Syntax, // not JSON; `detail` holds the text where it breaks
    Truncated, // the text ends before the JSON does (a file cut short)
    NumberTooLarge, // a number beyond the range of a double (1e400)
    NumberInexact, // a number a double cannot keep as written: an integer beyond 64 bits, 1e-400
    TooDeep, // nesting deeper than JsonReadOptions::maxDepth
    InvalidUtf8, // bytes that are not UTF-8
    NulByte, // a NUL byte outside any string
    Utf16, // UTF-16 text (as Windows PowerShell 5 writes with '>'), not UTF-8
};

struct JsonError {
    JsonErrorCode code = JsonErrorCode::Syntax;
    std::size_t offset = 0; // byte offset in the text
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters (code points)
    std::string detail; // the text where it breaks, for Syntax; the number, for NumberTooLarge and NumberInexact
};

// A key that appeared twice in one object. As in every JSON reader IoT Edge uses, the last one
// wins; the first position is kept.
struct DuplicateKey {
    std::string pointer; // JSON pointer of the object
    std::string key;
};

struct JsonReadOptions {
    bool comments = true; // accept // and /* */ comments (template files have them)
    bool singleQuotes = false; // accept 'single-quoted' strings, as the IoT Edge agent does
    int maxDepth = 256; // deeper nesting is refused before it can exhaust the stack
    // Let simdjson find the structure first (nlohmann reads what it refuses, and gives the errors).
    // Off, nlohmann reads everything: the tests and the fuzzer compare the two.
    bool simdjson = true;
    // How many bytes after the text may be read (a std::string's capacity beyond its size): with
    // 64, simdjson reads the text where it is instead of copying it into a padded buffer.
    std::size_t padding = 0;
};

struct JsonReadResult {
    Json value;
    std::optional<JsonError> error;
    std::vector<DuplicateKey> duplicates;
    bool usedSingleQuotes = false; // the text only parsed after reading single quotes leniently
};

// The padding JsonReadOptions::padding needs to spare a copy.
constexpr std::size_t kJsonReadPadding = 64;

// Parses `text` (UTF-8 byte-order marks are skipped). Never throws.
JsonReadResult readJson(std::string_view text, const JsonReadOptions &options = {});

// How many bytes of UTF-8 byte-order marks `text` starts with, which readJson() skips (a tool that
// adds one to a file that has one makes two).
std::size_t byteOrderMarks(std::string_view text);

// Line and column (1-based; column in code points) of a byte offset.
void lineAndColumn(std::string_view text, std::size_t offset, int &line, int &column);

// The indentation a JSON text uses: the first indented line decides. Compact text gives -1.
struct Indentation {
    int width = 4; // -1: compact, on one line
    char character = ' ';
    bool finalNewline = true;
    bool crlf = false; // lines end in "\r\n" (as files written on Windows do)
    const char *lineEnd() const { return crlf ? "\r\n" : "\n"; }
};
Indentation detectIndentation(std::string_view text);

// Serialises `value` with `indentation`.
std::string writeJson(const Json &value, const Indentation &indentation);

} // namespace EdgeShift
