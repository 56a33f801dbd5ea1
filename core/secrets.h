#pragma once

#include "json.h"

#include <string>

namespace EdgeShift {

// What stands in for a secret wherever EdgeShift shows or prints one.
inline constexpr const char *kMask = "••••••";

// Masks keys inside connection strings (AccountKey=, SharedAccessKey=, Password=, …), environment
// variables named like secrets (DB_PASSWORD=, CLIENT_SECRET=) and JSON members named so
// ("dbPassword": "…") in a text.
std::string maskSecrets(const std::string &text);

// Whether `value` still holds a mask (a hand edit that changed a masked secret beyond repair).
bool containsMask(const Json &value);

// A copy of `value` with every secret masked: connection-string keys in any string, and the values
// of members named like passwords (registry credentials, *PASSWORD* environment variables).
Json maskSecrets(const Json &value);

// `edited` (a masked value the operator changed by hand) with every masked secret put back from
// `original`, the unmasked value it was shown from. A secret is restored where the edited text
// still holds exactly what was shown in its place.
Json restoreSecrets(const Json &edited, const Json &original);

// Masks the secrets inside compact JSON text (a finding's before or after).
std::string maskJsonText(const std::string &text);

} // namespace EdgeShift
