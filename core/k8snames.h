#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace EdgeShift::k8s {

// A module name Kubernetes takes as it is: a-z, 0-9, '-', starts with a letter, ends with a letter
// or digit, at most 63 characters.
bool isSafeName(std::string_view name);

// A safe name for `name`: lower-case, other characters replaced by '-'.
std::string safeName(std::string_view name);

// The name IoT Edge on Kubernetes gives a module's Deployment and Service: a-z, 0-9, '-' and '.' of
// the lower-cased module id. Two modules whose names give the same one collide ("edgeHub", "edgehub").
std::string objectName(std::string_view moduleName);

// The volume name IoT Edge on Kubernetes derives from a mount source: lower-cased, everything but
// a-z, 0-9 and '-' dropped, leading non-letters stripped, cut to 63 characters, trailing '-' stripped.
std::string volumeName(std::string_view source);

// Kubernetes quantities: memory (128Mi, 1G, 1e9) and CPU (500m, 0.5, 2). Their value in bytes
// or cores, or nothing when `value` is not one.
std::optional<double> quantity(std::string_view value);
inline bool isQuantity(std::string_view value)
{
    return quantity(value).has_value();
}

// Host ports the IoT Edge proxy uses on Kubernetes (35000, 35001), and the first one above them.
constexpr bool isReservedHostPort(int port)
{
    return port == 35000 || port == 35001;
}
constexpr int kFirstFreeHostPort = 35002;

} // namespace EdgeShift::k8s
