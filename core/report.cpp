#include "report.h"

#include "secrets.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace EdgeShift {

namespace {

std::string escapeHtml(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Text in Markdown, as text: nothing in it is markup (a module named <b> stays "<b>").
std::string escapeMarkdown(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\' || c == '`' || c == '*') // ('_' inside words is no emphasis)
            out += '\\';
        if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '&')
            out += "&amp;";
        else
            out += c == '\n' ? ' ' : c;
    }
    return out;
}

// A JSON value as a Markdown code span inside a table cell: fenced by more backticks than it holds
// in a row, its '|' escaped (a table's cells end there, code spans or not).
std::string markdownCode(const std::string &text)
{
    std::size_t longest = 0, run = 0;
    std::string body;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        if (c == '|')
            body += '\\';
        body += c == '\n' ? ' ' : c;
    }
    const std::string fence(longest + 1, '`');
    return fence + ' ' + body + ' ' + fence;
}

// Writes a report as it goes: a large manifest has hundreds of thousands of rows.
class Writer {
public:
    Writer(std::ostream &out, ReportFormat format)
        : m_out(out)
        , m_format(format)
    {
    }

    void heading(int level, const std::string &text)
    {
        if (m_format == ReportFormat::Markdown)
            m_out << std::string(static_cast<std::size_t>(level), '#') << ' ' << escapeMarkdown(text) << "\n\n";
        else
            m_out << "<h" << level << '>' << escapeHtml(text) << "</h" << level << ">\n";
    }

    void paragraph(const std::string &text)
    {
        if (m_format == ReportFormat::Markdown)
            m_out << escapeMarkdown(text) << "\n\n";
        else
            m_out << "<p>" << escapeHtml(text) << "</p>\n";
    }

    void tableStart(const std::vector<std::string> &headings)
    {
        if (m_format == ReportFormat::Markdown) {
            m_out << '|';
            for (const std::string &h : headings)
                m_out << ' ' << escapeMarkdown(h) << " |";
            m_out << "\n|";
            for (std::size_t i = 0; i < headings.size(); ++i)
                m_out << " --- |";
            m_out << '\n';
            return;
        }
        m_out << "<table>\n<tr>";
        for (const std::string &h : headings)
            m_out << "<th>" << escapeHtml(h) << "</th>";
        m_out << "</tr>\n";
    }

    // Cells marked `code` are JSON values.
    void row(const std::vector<std::string> &cells, const std::vector<bool> &code)
    {
        if (m_format == ReportFormat::Markdown) {
            m_out << '|';
            for (std::size_t i = 0; i < cells.size(); ++i)
                m_out << ' ' << (code[i] && !cells[i].empty() ? markdownCode(cells[i]) : escapeMarkdown(cells[i]))
                      << " |";
            m_out << '\n';
            return;
        }
        m_out << "<tr>";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (code[i])
                m_out << "<td><code>" << escapeHtml(cells[i]) << "</code></td>";
            else
                m_out << "<td>" << escapeHtml(cells[i]) << "</td>";
        }
        m_out << "</tr>\n";
    }

    void tableEnd() { m_out << (m_format == ReportFormat::Markdown ? "\n" : "</table>\n"); }

private:
    std::ostream &m_out;
    ReportFormat m_format;
};

} // namespace

namespace {

// The sections of a report, in order.
enum class ReportSection { Changes, Open, Rejected, Notes };

ReportSection sectionOf(const Finding &f, FindingState state)
{
    switch (state) {
    case FindingState::Applied:
        return ReportSection::Changes;
    case FindingState::Open:
        return ReportSection::Open;
    case FindingState::Rejected:
        return leftForOperator(f.kind, state) ? ReportSection::Open
                                              : ReportSection::Rejected; // a rejected fix is left to do
    case FindingState::Note:
    case FindingState::Superseded:
    case FindingState::Replaced:
    case FindingState::NotNeeded:
        break;
    }
    return ReportSection::Notes;
}

void writePart(Writer &w, const ReportPart &part)
{
    const ReportStrings &text = part.text;
    w.heading(1, text.title);
    w.paragraph(text.summary);

    const std::vector<Finding> &findings = part.analysis.findings;
    std::array<std::size_t, 4> count {};
    for (std::size_t i = 0; i < findings.size(); ++i)
        ++count[std::size_t(sectionOf(findings[i], part.result.states[i]))];
    count[std::size_t(ReportSection::Open)] += part.result.problems.size();

    const std::array<const std::string *, 4> titles {&text.changes, &text.open, &text.rejected, &text.notes};
    for (const ReportSection section :
        {ReportSection::Changes, ReportSection::Open, ReportSection::Rejected, ReportSection::Notes}) {
        w.heading(2, *titles[std::size_t(section)]);
        if (count[std::size_t(section)] == 0) {
            w.paragraph(text.none);
            continue;
        }
        const bool withValues = section == ReportSection::Changes;
        if (withValues)
            w.tableStart({text.rule, text.module, text.before, text.after, text.what});
        else
            w.tableStart({text.rule, text.module, text.what});
        auto row = [&](const Finding &f, FindingState state) {
            const std::string message = text.message(f, state); // its arguments masked: once is enough
            // A module renamed is named as it was and as it is ("image_classifier → image-classifier").
            std::string module = f.module.str();
            if (f.moduleIndex < part.result.names.size() && !module.empty()
                && part.result.names[f.moduleIndex] != module)
                module += " → " + part.result.names[f.moduleIndex];
            if (!withValues) {
                w.row({std::string(f.rule), module, message}, {true, false, false});
                return;
            }
            // A change that writes nothing in the place of its before removes it.
            const std::string after = proposalOf(part.analysis, part.result, part.decisions, f);
            const bool removed = after.empty() && !f.before.empty();
            w.row({std::string(f.rule), module, maskJsonText(f.before.str()),
                      removed ? text.removed : maskJsonText(after), message},
                {true, false, true, !removed, false});
        };
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (sectionOf(findings[i], part.result.states[i]) == section)
                row(findings[i], part.result.states[i]);
        }
        if (section == ReportSection::Open) {
            for (const Finding &problem : part.result.problems)
                row(problem, FindingState::Open);
        }
        w.tableEnd();
    }
}

} // namespace

void writeReport(std::ostream &out, const std::vector<ReportPart> &parts, ReportFormat format, const std::string &title)
{
    if (format == ReportFormat::Html) {
        const std::string language = parts.empty() ? std::string("en") : parts.front().text.language;
        out << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(language)
            << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << escapeHtml(title)
            << "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:4px "
               "8px;text-align:left;vertical-align:top}code{white-space:pre-wrap}</style>\n"
               "</head>\n<body>\n";
    }
    Writer w(out, format);
    for (const ReportPart &part : parts)
        writePart(w, part);
    if (format == ReportFormat::Html)
        out << "</body>\n</html>\n";
}

std::string writeReport(const std::vector<ReportPart> &parts, ReportFormat format, const std::string &title)
{
    std::ostringstream out;
    writeReport(out, parts, format, title);
    return std::move(out).str();
}

} // namespace EdgeShift
