#pragma once

#include "json.h"
#include "jsonreader.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace EdgeShift {

// Writes `result` as edits of `original`, the text the document was read from: every value the
// result keeps as it was is copied byte for byte, with the comments, spacing and line layout
// around it; a changed or new value is written in the text's own indentation, at the depth it
// stands (on one line where the value it replaces, or the object it joins, was on one line). A
// renamed member keeps its place and its layout. What is written always reads as `result`,
// whatever `original` holds: a text that is not the one the result came from only keeps less of
// its layout.
// Returns false, with `out` as it was, when `original` cannot be followed (it is not JSON as the
// reader takes it strictly: single quotes, a text cut short); the caller then writes the document
// whole. With `sink`, the text goes to it in blocks as it grows, and `out` only buffers; should
// the text turn out not to be followed after a block went, the sink is failed (never the case
// for a text the reader took strictly, as the fuzzer checks). `passed(n)` is told, now and then,
// that the first n bytes of `original` are behind (a file mapped in memory may let their pages
// go: the editor seldom reads them again).
bool writeEdited(std::string_view original, const Json &result, const Indentation &indentation, std::string &out,
    std::ostream *sink = nullptr, const std::function<void(std::size_t)> &passed = {});

} // namespace EdgeShift
