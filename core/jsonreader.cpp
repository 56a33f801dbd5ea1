#include "jsonreader.h"

#include "secrets.h"

#include <simdjson.h>

#include <memory>
#include <unordered_map>

namespace EdgeShift {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Builds an ordered document from SAX events. Unlike nlohmann's own DOM builder it finds
// duplicate keys through a hash index in large objects (ordered_json looks keys up linearly,
// which made 20,000-module manifests quadratic), records them, and stops at a depth limit.
class DomBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    DomBuilder(Json &root, int maxDepth)
        : m_root(root)
        , m_maxDepth(maxDepth)
    {
    }

    bool null() { return put(Json(nullptr)); }
    bool boolean(bool v) { return put(Json(v)); }
    bool number_integer(number_integer_t v) { return put(Json(v)); }
    bool number_unsigned(number_unsigned_t v) { return put(Json(v)); }
    bool number_float(number_float_t v, const string_t &text)
    {
        // A number a double cannot keep as written would be written back as another: an integer
        // beyond 64 bits (it loses its last digits), or a non-zero one below a double's range (0).
        const bool integer = text.find_first_of(".eE") == std::string::npos;
        const std::size_t exponent = text.find_first_of("eE");
        const bool underflow = v == 0 && text.substr(0, exponent).find_first_of("123456789") != std::string::npos;
        if (integer || underflow) {
            m_inexactNumber = text;
            return false;
        }
        return put(Json(v));
    }
    bool string(string_t &v) { return put(Json(std::move(v))); }
    // A double read by simdjson, which keeps no text of it (it refuses what a double cannot hold).
    bool number_double(double v) { return put(Json(v)); }
    bool binary(binary_t &) { return false; }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t &k)
    {
        Frame &frame = m_stack.back();
        const std::size_t existing = frame.indexOf(k);
        if (existing != npos) {
            m_duplicates.push_back({pointerOf(m_stack.size()), k});
            frame.members[existing].second = Json();
            frame.current = existing;
        } else {
            frame.members.emplace_back(std::move(k), Json());
            frame.current = frame.members.size() - 1;
            frame.added(frame.members.back().first);
        }
        m_slot = &frame.members[frame.current].second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_errorPosition = position;
        m_errorId = ex.id;
        m_errorMessage = ex.what();
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    // The number the builder refused to change, or empty.
    const std::string &inexactNumber() const { return m_inexactNumber; }
    std::size_t errorPosition() const { return m_errorPosition; }
    int errorId() const { return m_errorId; }
    const std::string &errorMessage() const { return m_errorMessage; }
    std::vector<DuplicateKey> takeDuplicates() { return std::move(m_duplicates); }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    static constexpr std::size_t kIndexThreshold = 16;

    struct Frame {
        Json *value = nullptr;
        std::size_t current = 0; // the member whose value comes next
        std::size_t arrayIndex = 0;
        // An object's members are gathered here and moved into it once, when it ends:
        // ordered_json's pair<const string, Json> would otherwise be deep-copied every time
        // its vector grows.
        std::vector<std::pair<std::string, Json>> members;
        std::unique_ptr<std::unordered_map<std::string, std::size_t>> index;

        std::size_t indexOf(const std::string &k) const
        {
            if (index) {
                auto it = index->find(k);
                return it == index->end() ? npos : it->second;
            }
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (members[i].first == k)
                    return i;
            }
            return npos;
        }

        void added(const std::string &k)
        {
            if (index) {
                index->emplace(k, members.size() - 1);
            } else if (members.size() > kIndexThreshold) {
                index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
                index->reserve(members.size() * 2);
                for (std::size_t i = 0; i < members.size(); ++i)
                    index->emplace(members[i].first, i);
            }
        }
    };

    Json *slot()
    {
        if (m_stack.empty())
            return &m_root;
        Frame &frame = m_stack.back();
        if (frame.value->is_array()) {
            frame.value->get_ref<Json::array_t &>().emplace_back();
            ++frame.arrayIndex;
            return &frame.value->get_ref<Json::array_t &>().back();
        }
        return m_slot;
    }

    bool put(Json &&v)
    {
        *slot() = std::move(v);
        return true;
    }

    bool open(Json &&container)
    {
        if (static_cast<int>(m_stack.size()) >= m_maxDepth) {
            m_tooDeep = true;
            return false;
        }
        Json *target = slot();
        *target = std::move(container);
        m_stack.push_back(Frame {target, 0, 0, {}, nullptr});
        return true;
    }

    bool close()
    {
        Frame &frame = m_stack.back();
        if (frame.value->is_object()) {
            auto &object = static_cast<std::vector<std::pair<const std::string, Json>> &>(
                frame.value->get_ref<Json::object_t &>());
            object.reserve(frame.members.size());
            for (auto &member : frame.members)
                object.emplace_back(std::move(member.first), std::move(member.second));
        }
        m_stack.pop_back();
        return true;
    }

    // JSON pointer of the container at `depth` (1-based), built only when a duplicate is found.
    std::string pointerOf(std::size_t depth) const
    {
        std::string out;
        for (std::size_t i = 0; i + 1 < depth; ++i) {
            const Frame &f = m_stack[i];
            out = f.value->is_array() ? json::pointer(out, std::to_string(f.arrayIndex - 1))
                                      : json::pointer(out, f.members[f.current].first);
        }
        return out;
    }

    Json &m_root;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    Json *m_slot = nullptr;
    bool m_tooDeep = false;
    std::size_t m_errorPosition = 0;
    int m_errorId = 0;
    std::string m_errorMessage;
    std::string m_inexactNumber;
    std::vector<DuplicateKey> m_duplicates;
};

// Offset where nesting first exceeds `maxDepth`, skipping strings and comments.
std::size_t depthOverflowOffset(std::string_view text, int maxDepth)
{
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const auto end = text.find("*/", i + 2);
            i = end == std::string_view::npos ? text.size() : end + 1;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return text.size();
}

// Rewrites 'single-quoted' strings as "double-quoted" ones; double-quoted strings pass as they are.
std::string doubleQuoted(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < text.size() && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            out.append(text.substr(i, j - i + 1));
            i = j;
        } else if (c == '\'') {
            out += '"';
            for (++i; i < text.size() && text[i] != '\''; ++i) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    if (text[i + 1] == '\'') {
                        out += '\'';
                    } else {
                        out += '\\';
                        out += text[i + 1];
                    }
                    ++i;
                } else if (text[i] == '"') {
                    out += "\\\"";
                } else {
                    out += text[i];
                }
            }
            out += '"';
        } else {
            out += c;
        }
    }
    return out;
}

bool onlyWhitespace(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Whether `text` holds a \u escape of a surrogate. simdjson and nlohmann do not refuse the same
// ill-paired ones, so such a text is left to nlohmann.
bool hasSurrogateEscape(std::string_view text)
{
    for (std::size_t i = text.find("\\u"); i != std::string_view::npos; i = text.find("\\u", i + 2)) {
        if (i + 3 < text.size() && (text[i + 2] == 'd' || text[i + 2] == 'D')
            && std::string_view("89abcdefABCDEF").find(text[i + 3]) != std::string_view::npos)
            return true;
    }
    return false;
}

// Whether `text` may hold the number -0 (simdjson reads it as the integer 0, nlohmann as a signed
// one; text in strings may say so too, which only costs the slower reading).
bool hasNegativeZero(std::string_view text)
{
    for (std::size_t i = text.find("-0"); i != std::string_view::npos; i = text.find("-0", i + 2)) {
        if (i + 2 >= text.size() || std::string_view("0123456789.eE").find(text[i + 2]) == std::string_view::npos)
            return true;
    }
    return false;
}

// Feeds one simdjson value to the builder as the SAX events nlohmann's parser would send for it.
// False where the builder refuses (too deep). `zero`: an integer 0 was fed.
bool feed(simdjson::dom::element element, DomBuilder &builder, bool &zero)
{
    using Type = simdjson::dom::element_type;
    switch (element.type()) {
    case Type::OBJECT: {
        if (!builder.start_object(0))
            return false;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
            std::string key(field.key);
            builder.key(key);
            if (!feed(field.value, builder, zero))
                return false;
        }
        return builder.end_object();
    }
    case Type::ARRAY: {
        if (!builder.start_array(0))
            return false;
        for (const simdjson::dom::element child : simdjson::dom::array(element)) {
            if (!feed(child, builder, zero))
                return false;
        }
        return builder.end_array();
    }
    case Type::INT64: {
        // nlohmann reads every integer written without a minus sign as unsigned.
        const auto value = int64_t(element);
        zero = zero || value == 0;
        return value >= 0 ? builder.number_unsigned(static_cast<Json::number_unsigned_t>(value))
                          : builder.number_integer(value);
    }
    case Type::UINT64:
        return builder.number_unsigned(uint64_t(element));
    case Type::DOUBLE: {
        // 0.0 may be a number below a double's range (1e-400): nlohmann's reader, which sees the
        // text, says so (false here sends the text there).
        const double value = double(element);
        return value != 0 && builder.number_double(value);
    }
    case Type::STRING: {
        std::string value {std::string_view(element)};
        return builder.string(value);
    }
    case Type::BOOL:
        return builder.boolean(bool(element));
    case Type::NULL_VALUE:
        return builder.null();
    }
    return false;
}

// Parses `text` with simdjson, an order of magnitude faster than nlohmann's lexer, into the same
// document the nlohmann path would build. Returns false, with nothing kept, for any text it
// refuses (errors, comments, nesting beyond the limit) or might read differently: the nlohmann
// path then reads it, and says exactly where it breaks.
bool parseFast(std::string_view text, const JsonReadOptions &options, JsonReadResult &result)
{
    if (hasSurrogateEscape(text))
        return false;
    // Small texts (each module's createOptions) reuse one parser per thread; a large one gets its
    // own, so that its buffers are not kept once it is read.
    constexpr std::size_t kSharedMaxCapacity = 1 << 20;
    thread_local simdjson::dom::parser shared(kSharedMaxCapacity);
    std::optional<simdjson::dom::parser> own;
    simdjson::dom::parser *parser = &shared;
    if (text.size() > kSharedMaxCapacity)
        parser = &own.emplace(text.size());
    if (parser->max_depth() != static_cast<std::size_t>(options.maxDepth) + 1
        && parser->allocate(std::max(parser->capacity(), text.size()), options.maxDepth + 1) != simdjson::SUCCESS)
        return false;

    static_assert(kJsonReadPadding >= simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    if (parser->parse(text.data(), text.size(), options.padding < simdjson::SIMDJSON_PADDING).get(root)
        != simdjson::SUCCESS)
        return false;
    DomBuilder builder(result.value, options.maxDepth);
    bool zero = false;
    if (!feed(root, builder, zero) || (zero && hasNegativeZero(text))) {
        result.value = Json();
        return false;
    }
    result.duplicates = builder.takeDuplicates();
    return true;
}

// The `length` bytes at `offset`, to show where a text breaks: a secret in them (named by a key
// before them, on their line or an earlier one) masked, control characters written as escapes.
std::string excerpt(std::string_view text, std::size_t offset, std::size_t length)
{
    offset = std::min(offset, text.size());
    const std::size_t from = offset > 256 ? offset - 256 : 0;
    const std::string before(text.substr(from, offset - from));
    const std::string maskedBefore = maskSecrets(before);
    const std::string masked = maskSecrets(before + std::string(text.substr(offset, length)));
    if (masked.compare(0, maskedBefore.size(), maskedBefore) != 0)
        return kMask;
    std::string out;
    for (const char c : std::string_view(masked).substr(maskedBefore.size())) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

JsonReadResult parseStrict(std::string_view text, const JsonReadOptions &options)
{
    JsonReadResult result;
    if (options.simdjson && parseFast(text, options, result))
        return result;
    DomBuilder builder(result.value, options.maxDepth);
    const bool ok = Json::sax_parse(
        text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json, true, options.comments);
    result.duplicates = builder.takeDuplicates();
    if (ok)
        return result;

    JsonError error;
    if (builder.tooDeep()) {
        error.code = JsonErrorCode::TooDeep;
        error.offset = depthOverflowOffset(text, options.maxDepth);
    } else if (!builder.inexactNumber().empty()) {
        error.code = JsonErrorCode::NumberInexact;
        error.detail = builder.inexactNumber();
        error.offset = std::min(text.find(error.detail), text.size());
    } else {
        // nlohmann reports the position after the character it stopped at; step back to the start
        // of the literal or number it was reading, so that the column points at the bad token.
        std::size_t offset = builder.errorPosition() > 0 ? builder.errorPosition() - 1 : 0;
        auto inToken = [&](std::size_t i) {
            const char c = text[i];
            return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
        };
        if (offset < text.size() && offset > 0 && !inToken(offset) && inToken(offset - 1))
            --offset;
        while (offset > 0 && offset < text.size() && inToken(offset) && inToken(offset - 1))
            --offset;
        error.offset = offset;
        // What it reads there: the rest of the line, or its first 24 bytes (a whole character)
        // and "…" for the rest.
        const std::string_view rest = text.substr(std::min(offset, text.size()));
        const std::size_t line = std::min(rest.find_first_of("\r\n"), rest.size());
        std::size_t length = std::min<std::size_t>(line, 24);
        while (length > 0 && length < line && (static_cast<unsigned char>(rest[length]) & 0xc0) == 0x80)
            --length;
        error.detail = excerpt(text, offset, length) + (length < line ? "…" : "");
        if (builder.errorId() == 406) {
            error.code = JsonErrorCode::NumberTooLarge;
            std::size_t end = offset;
            while (end < text.size() && inToken(end))
                ++end;
            error.detail = std::string(text.substr(offset, end - offset));
        } else if (builder.errorMessage().find("unexpected end of input") != std::string::npos
            || builder.errorMessage().find("missing closing quote") != std::string::npos) {
            // (A string runs to the end only when the text does: a line break ends it sooner.)
            error.code = JsonErrorCode::Truncated;
            error.offset = text.size();
            error.detail.clear();
        } else if (error.offset < text.size() && text[error.offset] == '\0') {
            error.code = JsonErrorCode::NulByte;
        } else if (builder.errorMessage().find("ill-formed UTF-8") != std::string::npos
            || (error.offset < text.size() && static_cast<unsigned char>(text[error.offset]) >= 0x80)) {
            error.code = JsonErrorCode::InvalidUtf8;
        }
    }
    if (error.offset > text.size())
        error.offset = text.size();
    lineAndColumn(text, error.offset, error.line, error.column);
    result.value = Json();
    result.error = error;
    return result;
}

} // namespace

void lineAndColumn(std::string_view text, std::size_t offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++column;
        }
    }
}

std::size_t byteOrderMarks(std::string_view text)
{
    std::size_t length = 0;
    while (text.substr(length, kBom.size()) == kBom)
        length += kBom.size();
    return length;
}

JsonReadResult readJson(std::string_view text, const JsonReadOptions &options)
{
    const std::size_t skipped = byteOrderMarks(text);
    const std::string_view body = text.substr(skipped);

    if (onlyWhitespace(body)) {
        JsonReadResult result;
        JsonError error;
        error.code = JsonErrorCode::Empty;
        error.offset = text.size();
        lineAndColumn(text, error.offset, error.line, error.column);
        result.error = error;
        return result;
    }

    // UTF-16, with its byte-order mark or without ('{' then a NUL): a NUL byte in every other place.
    if (const std::string_view start = text.substr(0, 2);
        start == "\xFF\xFE" || start == "\xFE\xFF" || (start.size() == 2 && start[0] != '\0' && start[1] == '\0')) {
        JsonReadResult result;
        JsonError error;
        error.code = JsonErrorCode::Utf16;
        result.error = error;
        return result;
    }

    // A NUL byte can stand nowhere in JSON text; the parser would take it for the end of the input.
    if (const auto nul = body.find('\0'); nul != std::string_view::npos) {
        JsonReadResult result;
        JsonError error;
        error.code = JsonErrorCode::NulByte;
        error.offset = skipped + nul;
        lineAndColumn(text, error.offset, error.line, error.column);
        result.error = error;
        return result;
    }

    JsonReadResult result = parseStrict(body, options);
    if (result.error && options.singleQuotes && body.find('\'') != std::string_view::npos) {
        const std::string rewritten = doubleQuoted(body);
        JsonReadOptions rewrittenOptions = options;
        rewrittenOptions.padding = 0; // a text of its own, without the caller's room after it
        JsonReadResult lenient = parseStrict(rewritten, rewrittenOptions);
        if (!lenient.error) {
            lenient.usedSingleQuotes = true;
            return lenient;
        }
    }
    if (result.error) {
        result.error->offset += skipped;
        lineAndColumn(text, result.error->offset, result.error->line, result.error->column);
    }
    return result;
}

Indentation detectIndentation(std::string_view text)
{
    Indentation indentation;
    const auto end = text.find_last_not_of(" \t\r\n");
    indentation.finalNewline
        = end != std::string_view::npos && end + 1 < text.size() && text.find('\n', end) != std::string_view::npos;
    const std::size_t firstNewline = text.find('\n');
    indentation.crlf = firstNewline != std::string_view::npos && firstNewline > 0 && text[firstNewline - 1] == '\r';
    for (std::size_t pos = text.find('\n'); pos != std::string_view::npos; pos = text.find('\n', pos + 1)) {
        std::size_t i = pos + 1;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i == pos + 1 || i >= text.size() || text[i] == '\n' || text[i] == '\r')
            continue;
        indentation.character = text[pos + 1];
        indentation.width = static_cast<int>(i - pos - 1);
        return indentation;
    }
    // No indented line: the document is on one line (or has a single level).
    if (text.find('\n') == std::string_view::npos || end == std::string_view::npos
        || text.substr(0, end).find('\n') == std::string_view::npos)
        indentation.width = -1;
    return indentation;
}

std::string writeJson(const Json &value, const Indentation &indentation)
{
    std::string out;
    json::write(out, value, indentation.width, indentation.character, indentation.crlf);
    if (indentation.finalNewline)
        out += indentation.lineEnd();
    return out;
}

} // namespace EdgeShift
