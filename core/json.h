#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <string_view>

namespace EdgeShift {

// Every document is held with its keys in the order they were written: saving must keep it.
using Json = nlohmann::ordered_json;

// Object helpers. ordered_json looks keys up linearly, which is fine for the small objects of a
// createOptions; large objects (modules, routes) are only ever iterated, never searched in loops.
namespace json {

// The member `key`, or nullptr when `object` is not an object or lacks it.
const Json *find(const Json &object, std::string_view key);
Json *find(Json &object, std::string_view key);

// As find(), but the key is matched case-insensitively (as Docker and IoT Edge match some keys).
const Json *findNoCase(const Json &object, std::string_view key);
Json *findNoCase(Json &object, std::string_view key);
// Whether two texts are the same but for the case of ASCII letters (no copy made).
bool equalNoCase(std::string_view a, std::string_view b);
// The key as written in the object that matches `key` case-insensitively, or `key` itself.
std::string keyNoCase(const Json &object, std::string_view key);
// child(), string() and erase() with the key matched case-insensitively (an existing member keeps
// its spelling; a new one takes `key`'s).
Json &childNoCase(Json &object, std::string_view key);
std::string stringNoCase(const Json &object, std::string_view key);
bool eraseNoCase(Json &object, std::string_view key);

// Appends a member without looking for an existing one: the caller knows the key is new.
void append(Json &object, std::string key, Json value);
// Adds a new member right after the member `after` (last, when there is none), so that a member
// taking another's place (Mounts for Binds) stays where a reader of the file looks for it.
Json &insertAfter(Json &object, std::string_view after, std::string key, Json value);

// Reserves room for `count` members, so that appending them does not copy the earlier ones
// (ordered_json keeps pair<const string, Json>, which its vector copies, not moves, when it grows).
void reserve(Json &object, std::size_t count);

// Removes `key` when present; returns whether it was.
bool erase(Json &object, std::string_view key);

// Renames a member in place, keeping its position. If `to` already exists it is replaced.
void renameKey(Json &object, std::string_view from, const std::string &to);

// The object member `key`, created (as an empty object, appended) when missing.
Json &child(Json &object, std::string_view key);

// `text` in lower case (ASCII): keys and values Docker and IoT Edge compare without case.
std::string lower(std::string_view text);

// String value of a member, or empty.
std::string string(const Json &object, std::string_view key);

// Writes `value` as JSON: on one line when `indent` is negative, else one member per line,
// `indent` times `indentChar` per level, lines ending in "\r\n" when `crlf`. The same bytes as
// nlohmann's dump(), written a run at a time rather than a character at a time (saving a large
// manifest spent most of its time there). With `sink`, the text goes to it in blocks as it grows,
// and `out` only buffers.
void write(std::string &out, const Json &value, int indent = -1, char indentChar = ' ', bool crlf = false,
    std::ostream *sink = nullptr);

// Compact JSON text, UTF-8 kept as is.
std::string compact(const Json &value);
// Pretty JSON text indented by four spaces.
std::string pretty(const Json &value);

// A JSON pointer to `parent` + `/token`, with the token escaped.
std::string pointer(const std::string &parent, std::string_view token);

} // namespace json
} // namespace EdgeShift
