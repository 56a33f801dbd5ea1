// libFuzzer target over the whole engine: read (simdjson against nlohmann alone) → analyse →
// apply (defaults, everything accepted, every module edited by hand) → write → read the output again → report. Any
// crash, sanitizer report or broken property is a bug; tests/fuzz/run.sh builds and runs it.
#include "catalogue.h"
#include "engine.h"
#include "jsonreader.h"
#include "report.h"
#include "textedits.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace EdgeShift;
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    // simdjson, which reads first, reads what nlohmann alone reads (and what it refuses, nlohmann
    // refuses with the same error).
    for (const bool singleQuotes : {false, true}) {
        JsonReadOptions options;
        options.singleQuotes = singleQuotes;
        const JsonReadResult fast = readJson(text, options);
        options.simdjson = false;
        const JsonReadResult reference = readJson(text, options);
        check(fast.error.has_value() == reference.error.has_value());
        if (fast.error)
            check(fast.error->code == reference.error->code && fast.error->offset == reference.error->offset);
        check(json::compact(fast.value) == json::compact(reference.value));
        check(fast.duplicates.size() == reference.duplicates.size());
    }

    LoadError error;
    const std::optional<Analysis> analysis = load(text, error);
    if (!analysis)
        return 0;

    // EdgeShift's JSON writer gives the library's bytes.
    for (const int indent : {-1, 2}) {
        std::string out;
        json::write(out, analysis->manifest->document(), indent, ' ');
        check(out == analysis->manifest->document().dump(indent, ' ', false, Json::error_handler_t::replace));
    }

    Decisions acceptAll;
    for (const Rule *rule : catalogue())
        acceptAll.setRule(rule->info().id, true);
    Decisions rejectAll;
    for (const Rule *rule : catalogue())
        rejectAll.setRule(rule->info().id, false);

    // Every module edited by hand into its own createOptions: checked as the rules would check them.
    Decisions handEdited;
    for (std::size_t i = 0; i < analysis->modules.size() && i < 64; ++i) {
        if (!analysis->modules[i].invalid())
            handEdited.setHandEdit(analysis->modules[i].name, analysis->modules[i].options.value);
    }

    for (const Decisions &decisions : {Decisions(), acceptAll, handEdited}) {
        const Result result = apply(*analysis, decisions);
        const std::string out = outputText(*analysis, result);
        // What EdgeShift writes, it reads again: a manifest, or for bare createOptions a JSON
        // object (which may have lost every key that marked it as createOptions).
        LoadError again;
        if (analysis->manifest->form() == ManifestForm::BareOptions)
            check(readJson(out).value.is_object());
        else
            check(load(out, again).has_value());
        // Written as edits of the input, it reads as the result (and a text read strictly can be
        // edited).
        if (result.changed) {
            std::string edited;
            const bool followed = writeEdited(text, result.document, result.indentation, edited);
            check(followed || analysis->manifest->singleQuoted());
            if (followed) {
                check(edited == out);
                const JsonReadResult reread = readJson(edited);
                check(!reread.error && reread.value == result.document);
            }
        }
        // Every finding has its sentence, as the decisions make it (the window and the command
        // line render each).
        for (const Finding &f : analysis->findings)
            (void)messageOf(f, decisions);
        ReportStrings strings;
        strings.message = [&decisions](const Finding &f, FindingState) { return std::string(messageOf(f, decisions)); };
        (void)writeReport(*analysis, result, decisions, strings, ReportFormat::Html);
        (void)writeReport(*analysis, result, decisions, strings, ReportFormat::Markdown);
    }
    // Rejecting everything gives the input back.
    check(outputText(*analysis, apply(*analysis, rejectAll)) == analysis->manifest->text());
    // Converting in place, as the command line does (keeping neither the text nor the parsed
    // createOptions), writes what converting a copy writes.
    const Result all = apply(*analysis, acceptAll);
    const std::string expected = outputText(*analysis, all);
    std::optional<Analysis> once = load(text, error, AnalysisUse::SingleConversion);
    check(once.has_value());
    const Result inPlace = applyInPlace(*once, acceptAll);
    check(inPlace.changed == all.changed);
    if (inPlace.changed)
        check(outputText(*once, inPlace, text) == expected);
    // Whatever text it is given, the editor writes what reads as the result it is given.
    static const Json other = Json::parse(R"({"modulesContent": {"a": [1, {"b": null}], "$edgeAgent": "x"}, "n": 2})");
    std::string edited;
    if (writeEdited(text, other, analysis->manifest->indentation(), edited)) {
        const JsonReadResult reread = readJson(edited);
        check(!reread.error && reread.value == other);
    }
    return 0;
}
