#pragma once

#include "engine.h"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace EdgeShift {

enum class ReportFormat { Markdown, Html };

// Every text of a report, in the operator's language; made outside the core.
struct ReportStrings {
    std::string title; // "EdgeShift report: %1" already filled in
    std::string summary; // one sentence with the counts
    std::string language; // "en", "ja", "zh-CN" (the HTML lang attribute)
    std::string changes, open, rejected, notes; // section headings
    std::string none; // "None."
    std::string rule, module, before, after, what; // column headings
    std::string removed; // the after of a change that removes its before: "(removed)"
    std::function<std::string(const Finding &, FindingState)>
        message; // the finding's sentence in that state, its secrets masked
};

// One manifest's part of a report.
struct ReportPart {
    const Analysis &analysis;
    const Result &result;
    const Decisions &decisions; // what the result was made with (the values changes write)
    ReportStrings text;
};

// A report of every change made and everything left for the operator, with secrets masked: one
// section per manifest, in one document titled `title` (an HTML document's <title>).
void writeReport(
    std::ostream &out, const std::vector<ReportPart> &parts, ReportFormat format, const std::string &title);
std::string writeReport(const std::vector<ReportPart> &parts, ReportFormat format, const std::string &title);
inline std::string writeReport(const Analysis &analysis, const Result &result, const Decisions &decisions,
    const ReportStrings &text, ReportFormat format)
{
    return writeReport({ReportPart {analysis, result, decisions, text}}, format, text.title);
}

} // namespace EdgeShift
