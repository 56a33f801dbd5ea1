#include "k8snames.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace EdgeShift::k8s {

namespace {
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The Latin letters with diacritics, U+00C0 to U+017F (Latin-1 and Latin Extended-A), as their base
// letters in lower case: '*' marks one written with two ("æ" → "ae"), '-' the signs among them (×, ÷).
constexpr std::string_view kLatinBases = "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y"
                                         "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllll"
                                         "nnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// How code point `c`, a letter of kLatinBases, is written in a name; empty for any other.
std::string_view latinBase(char32_t c)
{
    if (c < 0xC0 || c > 0x17F)
        return {};
    const std::size_t at = c - 0xC0;
    if (kLatinBases[at] != '*')
        return kLatinBases.substr(at, 1);
    switch (c) {
    case 0xC6:
    case 0xE6:
        return "ae";
    case 0xDE:
    case 0xFE:
        return "th";
    case 0xDF:
        return "ss";
    case 0x132:
    case 0x133:
        return "ij";
    default:
        return "oe"; // Œ, œ
    }
}
} // namespace

bool isSafeName(std::string_view name)
{
    if (name.empty() || name.size() > 63 || !isLower(name.front()))
        return false;
    if (!isLower(name.back()) && !isDigit(name.back()))
        return false;
    for (char c : name) {
        if (!isLower(c) && !isDigit(c) && c != '-')
            return false;
    }
    return true;
}

std::string objectName(std::string_view moduleName)
{
    std::string out;
    for (char c : moduleName) {
        if (isUpper(c))
            out += static_cast<char>(c - 'A' + 'a');
        else if (isLower(c) || isDigit(c) || c == '-' || c == '.')
            out += c;
    }
    return out;
}

std::string safeName(std::string_view name)
{
    // Lower-case, as IoT Edge on Kubernetes names the module's objects anyway ("lvaEdge" →
    // "lvaedge"); a letter with a diacritic is its base letter ("Zähler" → "zahler"); every other
    // character (of UTF-8: all its bytes) becomes one '-'.
    std::string out;
    auto separate = [&] {
        if (!out.empty() && out.back() != '-')
            out += '-';
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (isUpper(c)) {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (isLower(c) || isDigit(c)) {
            out += c;
        } else if (const auto lead = static_cast<unsigned char>(c); lead >= 0xC0) {
            std::size_t end = i + 1; // past the continuation bytes
            while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
                ++end;
            const char32_t point = end == i + 2 && (lead & 0xE0) == 0xC0
                ? static_cast<char32_t>(((lead & 0x1F) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3F))
                : 0;
            const std::string_view base = latinBase(point);
            if (base.empty() || base == "-")
                separate();
            else
                out += base;
            i = end - 1;
        } else {
            separate();
        }
    }
    std::size_t first = 0;
    while (first < out.size() && !isLower(out[first]))
        ++first;
    out.erase(0, first);
    if (out.size() > 63)
        out.resize(63);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("module") : out;
}

std::string volumeName(std::string_view source)
{
    std::string out;
    for (char c : source) {
        if (isUpper(c))
            c = static_cast<char>(c - 'A' + 'a');
        if (isLower(c) || isDigit(c) || c == '-') {
            if (out.empty() && !isLower(c))
                continue;
            out += c;
        }
    }
    // A DNS label, as Kubernetes takes it: at most 63 characters, ending with a letter or digit.
    if (out.size() > 63)
        out.resize(63);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::optional<double> quantity(std::string_view value)
{
    // [+] digits [. digits] (or . digits), then an exponent or one suffix; scanned, not matched
    // by a regular expression, whose matcher recurses once per character of what is typed.
    if (value.size() > 64)
        return std::nullopt; // no amount a pod asks for is written that long
    std::size_t i = value.starts_with('+') ? 1 : 0;
    const std::size_t start = i;
    std::size_t digits = 0;
    for (; i < value.size() && isDigit(value[i]); ++i)
        ++digits;
    if (i < value.size() && value[i] == '.') {
        for (++i; i < value.size() && isDigit(value[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    const std::string_view number = value.substr(start, i - start);
    const std::string_view suffix = value.substr(i);
    double scale = 1;
    if (suffix.size() > 1 && (suffix[0] == 'e' || suffix[0] == 'E')) {
        std::size_t j = suffix[1] == '+' || suffix[1] == '-' ? 2 : 1;
        const std::size_t exponentStart = j;
        for (; j < suffix.size() && isDigit(suffix[j]); ++j) { }
        if (j != suffix.size() || j == exponentStart || j - exponentStart > 4)
            return std::nullopt;
        int exponent = 0;
        std::from_chars(suffix.data() + 1 + (suffix[1] == '+'), suffix.data() + suffix.size(), exponent);
        scale = std::pow(10.0, exponent);
    } else if (!suffix.empty()) {
        static constexpr std::array<std::pair<std::string_view, double>, 13> suffixes {
            {{"Ki", 0x1p10}, {"Mi", 0x1p20}, {"Gi", 0x1p30}, {"Ti", 0x1p40}, {"Pi", 0x1p50}, {"Ei", 0x1p60},
                {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15}, {"E", 1e18}}};
        const auto known
            = std::find_if(suffixes.begin(), suffixes.end(), [&](const auto &entry) { return entry.first == suffix; });
        if (known == suffixes.end())
            return std::nullopt;
        scale = known->second;
    }
    double parsed = 0; // from_chars, not strtod: the C locale's decimal point may be a comma
    if (std::from_chars(number.data(), number.data() + number.size(), parsed).ec != std::errc())
        return std::nullopt;
    const double result = parsed * scale;
    return std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
}

} // namespace EdgeShift::k8s
