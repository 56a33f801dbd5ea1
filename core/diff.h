#pragma once

#include <string>
#include <vector>

namespace EdgeShift {

// How a line of one side of a side-by-side diff compares with the other side.
enum class LineChange { Same, Removed, Added, Changed };

// A line diff of two texts, as the FPGA | GPU view draws it: a change for every line of each side,
// and for every line the line of the other side it faces (for scrolling the two together).
struct SideBySide {
    std::vector<LineChange> left, right; // one per line of each text
    std::vector<int> leftToRight, rightToLeft; // the facing line on the other side
};

SideBySide diffLines(const std::string &left, const std::string &right);
std::vector<std::string> splitLines(const std::string &text);

} // namespace EdgeShift
