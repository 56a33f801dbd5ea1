#include "textedits.h"

#include "jsonreader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <unordered_set>
#include <vector>

namespace EdgeShift {

namespace {

// The text is not JSON where the editor expected it to be.
struct CannotFollow { };

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, std::uint32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Appends the character of the escape at `inside[i]` (a backslash) to `out`; returns the index
// after the escape.
std::size_t decodeEscape(std::string_view inside, std::size_t i, std::string &out)
{
    auto hex4 = [&](std::size_t at) {
        if (at + 4 > inside.size())
            throw CannotFollow();
        std::uint32_t code = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
            const int digit = hexDigit(inside[k]);
            if (digit < 0)
                throw CannotFollow();
            code = code * 16 + static_cast<std::uint32_t>(digit);
        }
        return code;
    };
    if (++i >= inside.size())
        throw CannotFollow();
    switch (inside[i]) {
    case '"':
    case '\\':
    case '/':
        out += inside[i];
        break;
    case 'b':
        out += '\b';
        break;
    case 'f':
        out += '\f';
        break;
    case 'n':
        out += '\n';
        break;
    case 'r':
        out += '\r';
        break;
    case 't':
        out += '\t';
        break;
    case 'u': {
        std::uint32_t code = hex4(i + 1);
        i += 4;
        if (code >= 0xD800 && code < 0xDC00 && i + 2 < inside.size() && inside[i + 1] == '\\' && inside[i + 2] == 'u') {
            const std::uint32_t low = hex4(i + 3);
            if (low >= 0xDC00 && low < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        appendUtf8(out, code);
        break;
    }
    default:
        throw CannotFollow();
    }
    return i + 1;
}

// Appends the text of a JSON string token's inside (between its quotes) to `out`, escapes resolved.
void decode(std::string_view inside, std::string &out)
{
    for (std::size_t i = 0; i < inside.size();) {
        const std::size_t escape = std::min(inside.find('\\', i), inside.size());
        out.append(inside.substr(i, escape - i));
        i = escape < inside.size() ? decodeEscape(inside, escape, out) : escape;
    }
}

// Whether a JSON string token's inside reads as `text`: compared as it is decoded, up to the
// first difference.
bool sameString(std::string_view inside, std::string_view text)
{
    std::string character;
    for (std::size_t i = 0, j = 0;;) {
        const std::size_t escape = std::min(inside.find('\\', i), inside.size());
        const std::size_t run = escape - i;
        if (text.substr(j, run) != inside.substr(i, run))
            return false;
        j += run;
        if (escape == inside.size())
            return j == text.size();
        character.clear();
        i = decodeEscape(inside, escape, character);
        if (text.substr(j, character.size()) != character)
            return false;
        j += character.size();
    }
}

class Editor {
public:
    Editor(std::string_view text, const Indentation &indentation, std::string &out, std::ostream *sink,
        const std::function<void(std::size_t)> &passed)
        : m_text(text)
        , m_indentation(indentation)
        , m_out(out)
        , m_sink(sink)
        , m_passed(passed)
    {
    }

    void document(const Json &result)
    {
        const std::size_t start = skipTrivia(byteOrderMarks(m_text));
        copy(0, start);
        const std::size_t end = value(result, start, m_indentation.width >= 0);
        if (skipTrivia(end) != m_text.size())
            throw CannotFollow(); // a second document after the first
        copy(end, m_text.size());
        flush(m_text.size(), 0);
    }

    // Whether some of the text went to the sink already.
    bool flushed() const { return m_flushed; }

private:
    // Where a member of an object, or an element of an array, stands in the text.
    struct Item {
        std::size_t lead = 0; // after the '{', '[' or ',' before it: its spacing and comments
        std::size_t key = 0; // its key's opening quote (objects)
        std::size_t colon = 0; // after the key: the ':' and the spacing around it (objects)
        std::size_t value = 0;
        std::size_t valueEnd = 0;
        std::size_t next = 0; // the ',' or the closing bracket after it
        std::string_view raw; // the key as written, inside its quotes (objects)
        std::string decoded; // the key, when it has escapes
        bool escaped = false;
        std::string_view name() const { return escaped ? std::string_view(decoded) : raw; }
    };

    char at(std::size_t pos) const
    {
        if (pos >= m_text.size())
            throw CannotFollow();
        return m_text[pos];
    }

    void copy(std::size_t from, std::size_t to) { m_out.append(m_text.substr(from, to - from)); }

    // Hands what is written to the sink, once there is at least `block` of it; the text is
    // followed up to `done`.
    void flush(std::size_t done, std::size_t block = 1 << 16)
    {
        if (!m_sink || m_out.size() < block || m_out.empty())
            return;
        m_sink->write(m_out.data(), static_cast<std::streamsize>(m_out.size()));
        m_out.clear();
        m_flushed = true;
        if (m_passed && done >= m_passedUpTo + kPassedStep) {
            m_passed(done);
            m_passedUpTo = done;
        }
    }

    std::size_t skipTrivia(std::size_t pos) const
    {
        while (pos < m_text.size()) {
            const char c = m_text[pos];
            if (isSpace(c)) {
                ++pos;
            } else if (c == '/' && pos + 1 < m_text.size() && m_text[pos + 1] == '/') {
                const std::size_t end = m_text.find('\n', pos);
                pos = end == std::string_view::npos ? m_text.size() : end;
            } else if (c == '/' && pos + 1 < m_text.size() && m_text[pos + 1] == '*') {
                const std::size_t end = m_text.find("*/", pos + 2);
                if (end == std::string_view::npos)
                    throw CannotFollow();
                pos = end + 2;
            } else {
                break;
            }
        }
        return pos;
    }

    // Past the closing quote of the string token at `pos`.
    std::size_t stringEnd(std::size_t pos) const
    {
        if (at(pos) != '"')
            throw CannotFollow();
        for (std::size_t i = pos + 1;; ++i) {
            i = m_text.find('"', i);
            if (i == std::string_view::npos)
                throw CannotFollow();
            std::size_t backslashes = 0;
            while (m_text[i - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i + 1;
        }
    }

    // Past the end of the value at `pos`, without looking inside it.
    std::size_t valueEnd(std::size_t pos) const
    {
        const char c = at(pos);
        if (c == '"')
            return stringEnd(pos);
        if (c == '{' || c == '[') {
            // The characters that matter in a container's text: the rest is skipped in one go.
            static constexpr auto kStructural = [] {
                std::array<bool, 256> table {};
                for (const unsigned char d : std::string_view("\"{}[]/'"))
                    table[d] = true;
                return table;
            }();
            int depth = 0;
            for (std::size_t i = pos; i < m_text.size();) {
                const char d = m_text[i];
                if (!kStructural[static_cast<unsigned char>(d)]) {
                    ++i;
                } else if (d == '"') {
                    i = stringEnd(i);
                } else if (d == '/') {
                    i = skipTrivia(i);
                    if (i < m_text.size() && m_text[i] == '/')
                        throw CannotFollow(); // a lone slash
                } else if (d == '\'') {
                    throw CannotFollow();
                } else if (d == '{' || d == '[') {
                    ++depth;
                    ++i;
                } else if (--depth == 0) {
                    return i + 1;
                } else {
                    ++i;
                }
            }
            throw CannotFollow();
        }
        std::size_t end = pos;
        while (end < m_text.size() && !isSpace(m_text[end]) && m_text[end] != ',' && m_text[end] != ']'
            && m_text[end] != '}' && m_text[end] != '/')
            ++end;
        if (end == pos || c == '\'')
            throw CannotFollow();
        return end;
    }

    // Whether the scalar token reads as `value`.
    static bool same(std::string_view token, const Json &value)
    {
        switch (token.front()) {
        case '"':
            return value.is_string()
                && sameString(token.substr(1, token.size() - 2), value.get_ref<const std::string &>());
        case 't':
            return value.is_boolean() && value.get<bool>() && token == "true";
        case 'f':
            return value.is_boolean() && !value.get<bool>() && token == "false";
        case 'n':
            return value.is_null() && token == "null";
        default: {
            if (!value.is_number())
                return false;
            const Json number = Json::parse(token, nullptr, false);
            return !number.is_discarded() && number == value;
        }
        }
    }

    // The spacing at the start of the line `pos` is on.
    std::string_view margin(std::size_t pos) const
    {
        const std::size_t lineStart = pos == 0 ? 0 : m_text.rfind('\n', pos - 1) + 1; // npos + 1 == 0
        std::size_t end = lineStart;
        while (end < pos && (m_text[end] == ' ' || m_text[end] == '\t'))
            ++end;
        return m_text.substr(lineStart, end - lineStart);
    }

    // Writes `value` anew: on one line, or indented as the text is, each line after the first
    // starting with `margin`.
    void write(const Json &value, std::string_view margin, bool oneLine)
    {
        if (oneLine || m_indentation.width < 0 || !value.is_structured() || value.empty()) {
            json::write(m_out, value);
            return;
        }
        std::string text;
        json::write(text, value, m_indentation.width, m_indentation.character, m_indentation.crlf);
        std::size_t from = 0;
        for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
            m_out.append(text, from, nl + 1 - from);
            m_out.append(margin);
            from = nl + 1;
        }
        m_out.append(text, from, std::string::npos);
    }

    // Writes `value` anew in place of the value at `pos`, whose line gives the margin.
    void writeAt(const Json &value, std::size_t pos, bool oneLine)
    {
        const bool indented = !oneLine && m_indentation.width >= 0 && value.is_structured() && !value.empty();
        write(value, indented ? margin(pos) : std::string_view(), oneLine);
    }

    // Edits the value at `pos` into `result`; returns the end of the original value. A value
    // written anew is laid out as the one it replaces, or, for what replaces a string or a number,
    // as the container it stands in (`amongLines`: one item per line).
    std::size_t value(const Json &result, std::size_t pos, bool amongLines)
    {
        const char c = at(pos);
        if (c == '{' && result.is_object())
            return container(result, pos, true, amongLines);
        if (c == '[' && result.is_array())
            return container(result, pos, false, amongLines);
        const std::size_t end = valueEnd(pos);
        const std::string_view token = m_text.substr(pos, end - pos);
        const bool structured = c == '{' || c == '[';
        if (!structured && same(token, result))
            m_out.append(token);
        else
            writeAt(result, pos, structured ? token.find('\n') == std::string_view::npos : !amongLines);
        return end;
    }

    // Reads the member or element starting after `lead`, up to its value (objects: key and colon).
    Item itemHead(std::size_t lead, bool object) const
    {
        Item item;
        item.lead = lead;
        std::size_t pos = skipTrivia(lead);
        if (object) {
            item.key = pos;
            pos = stringEnd(pos);
            item.raw = m_text.substr(item.key + 1, pos - item.key - 2);
            item.escaped = item.raw.find('\\') != std::string_view::npos;
            if (item.escaped)
                decode(item.raw, item.decoded);
            item.colon = pos;
            pos = skipTrivia(pos);
            if (at(pos) != ':')
                throw CannotFollow();
            pos = skipTrivia(pos + 1);
        }
        item.value = pos;
        return item;
    }

    // After the value of `item`: finds the ',' or the closing bracket that follows.
    void itemTail(Item &item, char close) const
    {
        item.next = skipTrivia(item.valueEnd);
        const char c = at(item.next);
        if (c != ',' && c != close)
            throw CannotFollow();
    }

    // Where the item's own text starts, after its lead.
    static std::size_t start(const Item &item, bool object) { return object ? item.key : item.value; }

    // The comment that ends the line the text from `from` to `to` starts on, where the text goes
    // on to another line: in an item's lead, the previous item's ("1, // one"), or the bracket's.
    // Empty where that line holds no comment.
    std::string_view trail(std::size_t from, std::size_t to) const
    {
        const std::string_view text = m_text.substr(from, to - from);
        const std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos)
            return {};
        std::string_view line = text.substr(0, nl);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        return line.find_first_not_of(" \t") == std::string_view::npos ? std::string_view() : line;
    }

    // A lead for a new item, from the lead of `model`: its line break and indentation, or its
    // spacing when the container is on one line; never its comments.
    std::string freshLead(const Item &model, bool object)
    {
        const std::string_view lead = m_text.substr(model.lead, start(model, object) - model.lead);
        if (lead.find('\n') == std::string_view::npos) {
            // On one line: its spacing, unless it is the first, right after the bracket.
            const bool first = m_text[model.lead - 1] == '{' || m_text[model.lead - 1] == '[';
            if (lead.find_first_not_of(" \t") == std::string_view::npos && (!lead.empty() || !first))
                return std::string(lead);
            return spacedCommas() ? " " : "";
        }
        std::string fresh = m_indentation.lineEnd();
        fresh.append(margin(start(model, object)));
        return fresh;
    }

    // Whether the text puts a space after its commas (asked only where no item says).
    bool spacedCommas()
    {
        if (m_spacedCommas < 0)
            m_spacedCommas = m_indentation.width >= 0 || m_text.find(", ") != std::string_view::npos;
        return m_spacedCommas > 0;
    }

    // Writes a new member (`key`) or element, shaped as `model`.
    void writeNew(const std::string *key, const Json &value, const Item &model)
    {
        const std::string lead = freshLead(model, key != nullptr);
        m_out += lead;
        const std::size_t nl = lead.rfind('\n');
        const bool oneLine = nl == std::string::npos;
        const std::string_view margin = oneLine ? std::string_view() : std::string_view(lead).substr(nl + 1);
        if (key) {
            json::write(m_out, Json(*key));
            const std::string_view colon = m_text.substr(model.colon, model.value - model.colon);
            m_out.append(colon.find_first_not_of(" \t:") == std::string_view::npos ? colon : std::string_view(": "));
        }
        write(value, margin, oneLine);
    }

    // Edits the object or array at `pos` into `result`, item by item, in one pass; returns its end.
    // An item of the text takes the result's next one: an object's member the member of the same
    // key, or, when the result no longer has its key, the next member under its new key (a
    // rename keeps its place). A result member whose key comes later in the text is new there.
    std::size_t container(const Json &result, std::size_t pos, bool object, bool amongLines)
    {
        const char close = object ? '}' : ']';
        const std::size_t first = skipTrivia(pos + 1);
        if (at(first) == close || result.empty()) {
            // Empty before or after: nothing inside to keep.
            const std::size_t end = valueEnd(pos);
            if (at(first) == close && result.empty())
                copy(pos, end);
            else
                writeAt(result, pos, !amongLines && m_text.substr(pos, end - pos).find('\n') == std::string_view::npos);
            return end;
        }
        if (!object) {
            std::vector<Item> items;
            if (itemsFrom(pos + 1, ']', kLookAhead, items) && items.size() != result.size()
                && items.size() * result.size() <= kMaxAlignment)
                return alignedArray(result, pos, items);
        }
        m_out += m_text[pos];
        auto member = result.begin();
        std::size_t written = 0;
        // The keys of the result's members not written yet, and the text's from the first member
        // whose key differs on: made when the keys first differ.
        std::unordered_set<std::string_view> remaining;
        Keys later;
        bool differ = false;
        auto writeMember = [&](const Item &model) {
            if (written++ > 0)
                m_out += ',';
            writeNew(object ? &member.key() : nullptr, *member, model);
            if (differ)
                remaining.erase(member.key());
            ++member;
            flush(0);
        };
        // An item that goes takes its comments along, not the previous one's at the end of its line:
        // that comment waits for the next item written.
        bool removed = false;
        std::string_view pending;
        Item item;
        for (std::size_t lead = pos + 1;; lead = item.next + 1) {
            item = itemHead(lead, object);
            if (object && member != result.end() && item.name() != member.key() && !differ) {
                differ = true;
                for (auto it = member; it != result.end(); ++it)
                    remaining.insert(it.key());
            }
            if (differ && (later.until == Keys::kUnread || (later.until != 0 && lead >= later.until)))
                later = keysFrom(lead); // the next ones
            // Members new before this one: the text has this one's key further on in the result.
            while (object && member != result.end() && item.name() != member.key() && remaining.contains(item.name()))
                writeMember(item);
            // The result has nothing left for it, or its key is gone and the result's next member is
            // one the text has further on: it goes, with the comments before it.
            if (member == result.end()
                || (object && item.name() != member.key() && !remaining.contains(item.name())
                    && later.names.contains(member.key()))) {
                if (!removed)
                    pending = trail(item.lead, start(item, object));
                removed = true;
                item.valueEnd = valueEnd(item.value);
                itemTail(item, close);
            } else {
                if (written++ > 0)
                    m_out += ',';
                std::size_t from = item.lead;
                if (removed) { // the comment the line before ends with is the one of what went
                    m_out.append(pending);
                    from += trail(item.lead, start(item, object)).size();
                    removed = false;
                }
                if (object && item.name() != member.key()) { // renamed
                    copy(from, item.key);
                    json::write(m_out, Json(member.key()));
                    copy(item.colon, item.value);
                } else {
                    copy(from, item.value);
                }
                const bool amongLines
                    = m_text.substr(item.lead, item.value - item.lead).find('\n') != std::string_view::npos;
                item.valueEnd = value(*member, item.value, amongLines);
                if (differ)
                    remaining.erase(member.key());
                ++member;
                flush(item.valueEnd);
                itemTail(item, close);
                if (m_text[item.next] != close)
                    copy(item.valueEnd, item.next);
            }
            if (m_text[item.next] == close)
                break;
        }
        // What stood before the closing bracket: the comment its line ends with is the last item's,
        // or the one of the last that went, which goes too.
        std::size_t tail = item.valueEnd;
        const std::string_view last = trail(item.valueEnd, item.next);
        const std::string_view comment = removed ? pending : last;
        if (removed || !last.empty()) {
            tail += last.size();
            // The comment stays on its line, after the comma new members need.
            if (member != result.end()) {
                m_out += ',';
                m_out.append(comment);
                writeNew(object ? &member.key() : nullptr, *member, item);
                ++member;
            } else {
                m_out.append(comment);
            }
        }
        while (member != result.end())
            writeMember(item);
        copy(tail, item.next + 1);
        return item.next + 1;
    }

    // At most `limit` items of the container, from the one whose lead is at `lead` on; returns
    // whether they reach its closing bracket. (A limit keeps the editor from reading far ahead: a
    // large input is mapped, and its pages are let go behind the editor.)
    bool itemsFrom(std::size_t lead, char close, std::size_t limit, std::vector<Item> &items) const
    {
        while (items.size() < limit) {
            Item item = itemHead(lead, close == '}');
            item.valueEnd = valueEnd(item.value);
            itemTail(item, close);
            lead = item.next + 1;
            const bool last = m_text[item.next] == close;
            items.push_back(std::move(item));
            if (last)
                return true;
        }
        return false;
    }

    // The keys of the next members of an object, from the one whose lead is at `lead`, and the
    // lead of the first after them (0 when they reach the end).
    struct Keys {
        static constexpr std::size_t kUnread = static_cast<std::size_t>(-1);
        std::unordered_set<std::string> names;
        std::size_t until = kUnread;
    };
    Keys keysFrom(std::size_t lead) const
    {
        std::vector<Item> items;
        const bool all = itemsFrom(lead, '}', kLookAhead, items);
        Keys keys;
        for (const Item &item : items)
            keys.names.emplace(item.name());
        keys.until = all ? 0 : items.back().next + 1;
        return keys;
    }

    // Whether the element `item` of the text reads as `value`.
    bool equal(const Item &item, const Json &value) const
    {
        const std::string_view token = m_text.substr(item.value, item.valueEnd - item.value);
        if (token.front() != '{' && token.front() != '[')
            return same(token, value);
        if (!value.is_structured())
            return false;
        const Json parsed = Json::parse(token, nullptr, false, true);
        return !parsed.is_discarded() && parsed == value;
    }

    // Edits an array whose length changes: each element of the text that the result keeps (the
    // same value, in the same order) keeps its text and the comments before it; one the result
    // has no more goes with its comments; one the result has in its place, changed, is edited
    // there; the others are new.
    std::size_t alignedArray(const Json &result, std::size_t pos, const std::vector<Item> &items)
    {
        const std::size_t n = items.size(), m = result.size();
        auto inResultFrom = [&](std::size_t i, std::size_t j) {
            for (std::size_t k = j; k < m; ++k) {
                if (equal(items[i], result[k]))
                    return true;
            }
            return false;
        };
        auto inTextFrom = [&](std::size_t j, std::size_t i) {
            for (std::size_t k = i; k < n; ++k) {
                if (equal(items[k], result[j]))
                    return true;
            }
            return false;
        };
        m_out += m_text[pos];
        std::size_t written = 0, i = 0, j = 0;
        // As in container(): what goes takes its comments along; the comment ending the line before
        // it is the previous one's, and waits for the next one written.
        bool removed = false;
        std::string_view pending;
        auto edit = [&](const Item &item, const Json &to) {
            if (written++ > 0)
                m_out += ',';
            std::size_t from = item.lead;
            if (removed) {
                m_out.append(pending);
                from += trail(item.lead, item.value).size();
                removed = false;
            }
            const std::string_view lead = m_text.substr(from, item.value - from);
            // The first one written stands where the first one stood: its spacing, if it has no comment.
            if (written == 1 && lead.find_first_not_of(" \t\r\n") == std::string_view::npos
                && lead.find('\n') == std::string_view::npos)
                copy(items.front().lead, items.front().value);
            else
                copy(from, item.value);
            value(
                to, item.value, m_text.substr(item.lead, item.value - item.lead).find('\n') != std::string_view::npos);
            if (m_text[item.next] != ']')
                copy(item.valueEnd, item.next);
        };
        auto add = [&](const Json &to, const Item &model) {
            if (written++ > 0)
                m_out += ',';
            writeNew(nullptr, to, model);
        };
        while (i < n) {
            if (j < m && equal(items[i], result[j])) {
                edit(items[i++], result[j++]);
            } else if (!inResultFrom(i, j)) {
                if (j < m && !inTextFrom(j, i + 1)) {
                    edit(items[i], result[j++]); // changed in its place
                } else { // gone
                    if (!removed)
                        pending = trail(items[i].lead, items[i].value);
                    removed = true;
                }
                ++i;
            } else {
                add(result[j++], items[i]); // new before it
            }
        }
        // What stood before the closing bracket: its line's comment as in container().
        const Item &lastItem = items.back();
        std::size_t tail = lastItem.valueEnd;
        const std::string_view last = trail(lastItem.valueEnd, lastItem.next);
        if (removed || !last.empty()) {
            tail += last.size();
            if (j < m && written > 0) {
                m_out += ',';
                m_out.append(removed ? pending : last);
                writeNew(nullptr, result[j++], lastItem);
            } else {
                m_out.append(removed ? pending : last);
            }
        }
        while (j < m)
            add(result[j++], lastItem);
        copy(tail, lastItem.next + 1);
        flush(items.back().next + 1);
        return items.back().next + 1;
    }

    static constexpr std::size_t kMaxAlignment = 1 << 20; // text × result elements compared, at most
    static constexpr std::size_t kLookAhead = 256; // items read ahead of the one being edited, at most

    std::string_view m_text;
    const Indentation &m_indentation;
    std::string &m_out;
    std::ostream *m_sink;
    const std::function<void(std::size_t)> &m_passed;
    static constexpr std::size_t kPassedStep = 1 << 22;
    std::size_t m_passedUpTo = 0;
    bool m_flushed = false;
    int m_spacedCommas = -1; // not known yet
};

} // namespace

bool writeEdited(std::string_view original, const Json &result, const Indentation &indentation, std::string &out,
    std::ostream *sink, const std::function<void(std::size_t)> &passed)
{
    const std::size_t size = out.size();
    Editor editor(original, indentation, out, sink, passed);
    try {
        editor.document(result);
        return true;
    } catch (const CannotFollow &) {
    } catch (const Json::exception &) {
    }
    out.resize(size);
    if (sink && editor.flushed())
        sink->setstate(std::ios::failbit); // part of it is written: the caller must not use it
    return false;
}

} // namespace EdgeShift
