#pragma once

#include "rule.h"

#include <string_view>
#include <vector>

namespace EdgeShift {

// Every rule of RULES.md, in the order of its tables. Decisions are applied in this order.
const std::vector<const Rule *> &catalogue();
const Rule *findRule(std::string_view id);

// Problems that are not rules (RULES.md): reported as manual findings with these ids.
inline constexpr const char *kInvalidCreateOptions = "invalid-create-options";
inline constexpr const char *kCreateOptionsTooLong = "create-options-too-long";
inline constexpr const char *kCreateOptionsGap = "create-options-gap"; // createOptions02 without 01
inline constexpr const char *kDuplicateKey = "duplicate-key"; // a key written twice: the last wins
// A hand edit that the rules would still change (it keeps the FPGA, say): found while applying.
inline constexpr const char *kHandEditIncomplete = "hand-edit-incomplete";

// Rule ids and problem ids together: everything a finding's `rule` can be.
std::vector<RuleInfo> allRuleInfos();
bool isKnownId(std::string_view id);

} // namespace EdgeShift
