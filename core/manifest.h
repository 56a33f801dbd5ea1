#pragma once

#include "json.h"
#include "jsonreader.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace EdgeShift {

// The shapes of document the reader accepts.
enum class ManifestForm {
    Full, // {"modulesContent": {...}}
    Wrapped, // {"content": {"modulesContent": {...}}}, as the Azure CLI writes it
    BareOptions, // one createOptions object, as in the article's examples
};

// How a module's createOptions was written; it is written back the same way.
enum class OptionsForm {
    Absent, // no createOptions key
    Empty, // "" (no options)
    String, // a JSON string of at most one chunk
    Chunked, // createOptions + createOptions01 … createOptions99
    Object, // a JSON object (deployment templates)
};

// Why a file is refused. A code with data; the text is made outside the core.
enum class LoadErrorCode {
    Json, // not JSON at all: see `json`
    NotAnObject, // the top level is an array, a string, a number…
    NotAManifest, // an object that is neither a deployment nor createOptions
    WrongType, // a known member of the wrong type: `pointer` and `expected`
};

struct LoadError {
    LoadErrorCode code = LoadErrorCode::Json;
    JsonError json; // for LoadErrorCode::Json
    std::string pointer; // JSON pointer of the member at fault
    std::string expected; // "object", "string", …
};

// A module's createOptions as read.
struct ModuleOptions {
    OptionsForm form = OptionsForm::Absent;
    Json value = Json::object(); // the parsed object (empty when absent or empty)
    bool singleQuoted = false; // read leniently; written back as strict JSON
    std::vector<int> chunkSuffixes; // 1..99 of the createOptionsNN keys, in suffix order
    bool chunkGap = false; // a suffix is missing (createOptions02 without 01)
    bool noFirstChunk = false; // chunks without createOptions itself
    // Keys written like chunks that the device does not read as ones (createOptions100,
    // createOptions1, createOptions00): what they hold is no part of the createOptions.
    std::vector<std::string> strayChunks;
    std::optional<JsonError> error; // not JSON
    bool notAnObject = false; // JSON, but not an object (or a non-string, non-object value)
    std::string badChunk; // the createOptionsNN chunk that is not a string, when one is not
    std::string text; // the joined text as read, when it is not a JSON object (to show it as it is)
    std::vector<DuplicateKey> duplicates; // keys written twice inside the createOptions string
};

struct ModuleRef {
    std::string name;
    bool system = false;
    std::string pointer; // JSON pointer of the module object
};

struct RouteRef {
    std::string name;
    std::string route; // the route text
    std::string pointer;
};

// A parsed deployment manifest. Holds the document exactly as read, and knows where its
// modules, routes and twin sections are for each form.
class Manifest {
public:
    // Reads a manifest from text. On failure returns std::nullopt and fills `error`. `keepText`
    // false lets the text go once it is parsed (a single conversion, which copies its input
    // itself when nothing changes).
    static std::optional<Manifest> read(std::string text, LoadError &error, bool keepText = true);

    ManifestForm form() const { return m_form; }
    // A layered deployment: modules and routes as dotted keys
    // ($edgeAgent["properties.desired.modules.<name>"]), which are written back the same way.
    bool layered() const { return m_layered; }
    const Json &document() const { return m_document; }
    // Gives the document away (applyInPlace); the manifest is left with an empty one.
    Json takeDocument() { return std::move(m_document); }
    // The text as read, byte for byte (empty when it was not kept).
    const std::string &text() const { return m_text; }
    bool keepsText() const { return m_keepsText; }
    // The text only read with its 'single-quoted' strings taken leniently (a bare createOptions).
    bool singleQuoted() const { return m_singleQuoted; }
    const Indentation &indentation() const { return m_indentation; }
    const std::vector<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // Walks the modules of `document` (the original or a copy of it) in document order.
    // `visit(ref, module)` receives each module object.
    static void forEachModule(
        Json &document, ManifestForm form, const std::function<void(const ModuleRef &, Json &)> &visit);
    static void forEachModule(
        const Json &document, ManifestForm form, const std::function<void(const ModuleRef &, const Json &)> &visit);

    // The routes, in document order.
    std::vector<RouteRef> routes() const { return routesOf(m_document, m_form); }
    static std::vector<RouteRef> routesOf(const Json &document, ManifestForm form);
    // Names of the module twin sections (modulesContent.<name>, other than $edgeAgent/$edgeHub).
    std::vector<std::string> twinSections() const { return twinSectionsOf(m_document, m_form); }
    static std::vector<std::string> twinSectionsOf(const Json &document, ManifestForm form);

    // Reads the createOptions of a module object.
    static ModuleOptions readOptions(const Json &module);
    // A module object without its createOptions (and their chunks): what else it sets.
    static Json withoutOptions(const Json &module);
    // Writes `options` back into a module object in `form`, re-splitting long strings into
    // chunks of at most 512 characters. Returns false when more than 100 chunks would be needed
    // (and then leaves the module unchanged).
    static bool writeOptions(Json &module, OptionsForm form, const Json &options);

    // The modulesContent object of a document in `form` (nullptr for bare options).
    static Json *modulesContent(Json &document, ManifestForm form);
    static const Json *modulesContent(const Json &document, ManifestForm form);

    static constexpr std::size_t kChunkSize = 512;
    static constexpr int kMaxChunks = 100;

private:
    Json m_document;
    std::string m_text;
    ManifestForm m_form = ManifestForm::Full;
    bool m_layered = false;
    bool m_keepsText = true;
    bool m_singleQuoted = false;
    Indentation m_indentation;
    std::vector<DuplicateKey> m_duplicates;
};

// The text of a createOptions string split into chunks of at most `Manifest::kChunkSize` code points.
std::vector<std::string> splitChunks(const std::string &text);

} // namespace EdgeShift
