#include "report.h"

#include "secrets.h"

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

std::string escapeMarkdown(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\' || c == '`')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

class Writer {
public:
    Writer(ReportFormat format)
        : m_format(format)
    {
    }

    void heading(int level, const std::string &text)
    {
        if (m_format == ReportFormat::Markdown)
            m_out += std::string(static_cast<std::size_t>(level), '#') + ' ' + escapeMarkdown(text) + "\n\n";
        else
            m_out += "<h" + std::to_string(level) + '>' + escapeHtml(text) + "</h" + std::to_string(level) + ">\n";
    }

    void paragraph(const std::string &text)
    {
        m_out
            += m_format == ReportFormat::Markdown ? escapeMarkdown(text) + "\n\n" : "<p>" + escapeHtml(text) + "</p>\n";
    }

    // Cells marked `code` are JSON values.
    void table(const std::vector<std::string> &headings, const std::vector<std::vector<std::string>> &rows,
        const std::vector<bool> &code)
    {
        if (m_format == ReportFormat::Markdown) {
            auto line = [&](const std::vector<std::string> &cells, bool head) {
                m_out += '|';
                for (std::size_t i = 0; i < cells.size(); ++i) {
                    const bool isCode = !head && code[i] && !cells[i].empty();
                    m_out += ' ' + (isCode ? "`` " + cells[i] + " ``" : escapeMarkdown(cells[i])) + " |";
                }
                m_out += '\n';
            };
            line(headings, true);
            m_out += '|';
            for (std::size_t i = 0; i < headings.size(); ++i)
                m_out += " --- |";
            m_out += '\n';
            for (const auto &row : rows)
                line(row, false);
            m_out += '\n';
            return;
        }
        m_out += "<table>\n<tr>";
        for (const std::string &h : headings)
            m_out += "<th>" + escapeHtml(h) + "</th>";
        m_out += "</tr>\n";
        for (const auto &row : rows) {
            m_out += "<tr>";
            for (std::size_t i = 0; i < row.size(); ++i)
                m_out += code[i] ? "<td><code>" + escapeHtml(row[i]) + "</code></td>"
                                 : "<td>" + escapeHtml(row[i]) + "</td>";
            m_out += "</tr>\n";
        }
        m_out += "</table>\n";
    }

    std::string &text() { return m_out; }

private:
    ReportFormat m_format;
    std::string m_out;
};

} // namespace

namespace {

void writePart(Writer &w, const ReportPart &part)
{
    const ReportStrings &text = part.text;
    w.heading(1, text.title);
    w.paragraph(text.summary);

    std::vector<std::vector<std::string>> changes, open, rejected, notes;
    for (std::size_t i = 0; i < part.analysis.findings.size(); ++i) {
        const Finding &f = part.analysis.findings[i];
        const std::string message = maskSecrets(text.message(f));
        const std::string rule(f.rule);
        switch (part.result.states[i]) {
        case FindingState::Applied:
            changes.push_back({rule, f.module, maskJsonText(f.before), maskJsonText(f.after), message});
            break;
        case FindingState::Open:
            open.push_back({rule, f.module, message});
            break;
        case FindingState::Rejected:
            (f.kind == Kind::Fix ? open : rejected).push_back({rule, f.module, message});
            break;
        case FindingState::Note:
            notes.push_back({rule, f.module, message});
            break;
        }
    }
    for (const Finding &problem : part.result.problems)
        open.push_back({std::string(problem.rule), problem.module, maskSecrets(text.message(problem))});

    auto section = [&](const std::string &title, const std::vector<std::vector<std::string>> &rows, bool withValues) {
        w.heading(2, title);
        if (rows.empty()) {
            w.paragraph(text.none);
        } else if (withValues) {
            w.table(
                {text.rule, text.module, text.before, text.after, text.what}, rows, {true, false, true, true, false});
        } else {
            w.table({text.rule, text.module, text.what}, rows, {true, false, false});
        }
    };
    section(text.changes, changes, true);
    section(text.open, open, false);
    section(text.rejected, rejected, false);
    section(text.notes, notes, false);
}

} // namespace

std::string writeReport(const std::vector<ReportPart> &parts, ReportFormat format, const std::string &title)
{
    Writer w(format);
    for (const ReportPart &part : parts)
        writePart(w, part);
    if (format == ReportFormat::Markdown)
        return w.text();
    const std::string language = parts.empty() ? std::string("en") : parts.front().text.language;
    return "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + escapeHtml(title)
        + "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
          "td,th{border:1px solid #ccc;padding:4px "
          "8px;text-align:left;vertical-align:top}code{white-space:pre-wrap}</style>\n"
          "</head>\n<body>\n"
        + w.text() + "</body>\n</html>\n";
}

} // namespace EdgeShift
