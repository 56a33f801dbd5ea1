#include "finding.h"

#include "k8snames.h"

#include <cctype>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace EdgeShift {

FindingText::FindingText(std::string_view text)
{
    if (text.empty())
        return;
    if (text.size() > UINT32_MAX)
        throw std::length_error("EdgeShift::FindingText: text longer than 4 GiB");
    const auto size = static_cast<std::uint32_t>(text.size());
    m_data = std::make_unique_for_overwrite<char[]>(sizeof size + size);
    std::memcpy(m_data.get(), &size, sizeof size);
    std::memcpy(m_data.get() + sizeof size, text.data(), size);
}

std::string_view FindingText::view() const noexcept
{
    if (!m_data)
        return {};
    std::uint32_t size = 0;
    std::memcpy(&size, m_data.get(), sizeof size);
    return {m_data.get() + sizeof size, size};
}

const char *kindId(Kind kind)
{
    switch (kind) {
    case Kind::Fix:
        return "fix";
    case Kind::Advice:
        return "advice";
    case Kind::Manual:
        return "manual";
    case Kind::Info:
        return "info";
    }
    return "info";
}

namespace {

ParamError integer(const std::string &value, long min, long max)
{
    long number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec == std::errc::result_out_of_range && end == value.data() + value.size())
        return ParamError::OutOfRange; // digits, but more than any count or port
    if (ec != std::errc() || end != value.data() + value.size() || (value.size() > 1 && value[0] == '0'))
        return ParamError::NotANumber; // (written as it is: "08080" would be a host port of that text)
    return number < min || number > max ? ParamError::OutOfRange : ParamError::None;
}

} // namespace

ParamError validateParam(ParamType type, const std::string &value)
{
    if (value.empty())
        return ParamError::Empty;
    switch (type) {
    case ParamType::Count:
        return integer(value, 1, kMaxCount);
    case ParamType::Port:
        if (const ParamError error = integer(value, 1, 65535); error != ParamError::None)
            return error;
        return k8s::isReservedHostPort(std::stoi(value)) ? ParamError::ReservedPort : ParamError::None;
    case ParamType::MountType:
        return value == "bind" || value == "volume" ? ParamError::None : ParamError::NotAMountType;
    case ParamType::Text:
        return ParamError::None;
    case ParamType::Image:
        for (char c : value) {
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || static_cast<unsigned char>(c) < 0x20)
                return ParamError::BadImage;
        }
        return ParamError::None;
    case ParamType::ModuleName:
        return k8s::isSafeName(value) ? ParamError::None : ParamError::BadName;
    case ParamType::Memory:
    case ParamType::Cpu: {
        if (!k8s::isQuantity(value) || value.find_first_not_of("0.+") == std::string::npos)
            return ParamError::BadQuantity;
        // Memory counts bytes ("500m" would be half of one); CPU counts cores, or thousandths of one.
        const char last = value.back();
        const bool millis = last == 'm';
        const bool suffix = !std::isdigit(static_cast<unsigned char>(last)) && last != '.';
        if (type == ParamType::Memory ? millis : suffix && !millis)
            return ParamError::BadQuantity;
        // A number of bytes with no unit ("512"): no container starts with less than a mebibyte.
        if (type == ParamType::Memory && k8s::quantity(value).value_or(0) < 1024.0 * 1024.0)
            return ParamError::TooLittleMemory;
        return ParamError::None;
    }
    }
    return ParamError::None;
}

void appendListItem(std::string &list, std::string_view item)
{
    if (!list.empty())
        list += kListSeparator;
    list += item;
}

std::string Finding::key() const
{
    std::string key;
    key.reserve(rule.size() + module.size() + subject.size() + 4);
    key.append(rule).append(1, '|').append(module).append(1, '|').append(subject);
    if (occurrence > 1)
        key.append(1, '#').append(std::to_string(occurrence));
    return key;
}

} // namespace EdgeShift
