#include "k8snames.h"

#include <regex>

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
    // "lvaedge"); every other character becomes one '-'.
    std::string out;
    for (char c : name) {
        if (isUpper(c))
            out += static_cast<char>(c - 'A' + 'a');
        else if (isLower(c) || isDigit(c))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
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

bool isQuantity(std::string_view value)
{
    static const std::regex quantity(
        R"(^[+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$)");
    return !value.empty() && std::regex_match(value.begin(), value.end(), quantity);
}

} // namespace EdgeShift::k8s
