#include "diff.h"

#include <dtl/dtl.hpp>

#include <algorithm>

namespace EdgeShift {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) {
            if (start < text.size())
                lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

SideBySide diffLines(const std::string &left, const std::string &right)
{
    const std::vector<std::string> a = splitLines(left), b = splitLines(right);
    SideBySide out;
    out.left.assign(a.size(), LineChange::Same);
    out.right.assign(b.size(), LineChange::Same);
    out.leftToRight.assign(a.size(), 0);
    out.rightToLeft.assign(b.size(), 0);

    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    std::vector<long long> removed, added; // 0-based line numbers of the current run of changes
    int lastLeft = -1, lastRight = -1;
    auto flush = [&] {
        // A run of removed lines facing a run of added lines: pairs are changed lines.
        const std::size_t pairs = std::min(removed.size(), added.size());
        for (std::size_t i = 0; i < removed.size(); ++i) {
            out.left[removed[i]] = i < pairs ? LineChange::Changed : LineChange::Removed;
            out.leftToRight[removed[i]] = i < pairs ? int(added[i]) : std::max(lastRight, 0);
        }
        for (std::size_t i = 0; i < added.size(); ++i) {
            out.right[added[i]] = i < pairs ? LineChange::Changed : LineChange::Added;
            out.rightToLeft[added[i]] = i < pairs ? int(removed[i]) : std::max(lastLeft, 0);
        }
        removed.clear();
        added.clear();
    };
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        (void)line;
        switch (info.type) {
        case dtl::SES_DELETE:
            removed.push_back(info.beforeIdx - 1);
            break;
        case dtl::SES_ADD:
            added.push_back(info.afterIdx - 1);
            break;
        case dtl::SES_COMMON:
            flush();
            lastLeft = int(info.beforeIdx - 1);
            lastRight = int(info.afterIdx - 1);
            out.leftToRight[lastLeft] = lastRight;
            out.rightToLeft[lastRight] = lastLeft;
            break;
        }
    }
    flush();
    return out;
}

} // namespace EdgeShift
