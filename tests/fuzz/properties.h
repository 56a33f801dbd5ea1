// The properties the engine keeps on any input, checked by the fuzzer (tests/fuzz/fuzz_engine.cpp)
// and, for every input it once broke them on, by tst_fuzzregressions: read (simdjson against
// nlohmann alone) → analyse → apply (defaults, everything accepted, every module edited by hand) →
// write → read the output again → report.
#pragma once

#include "catalogue.h"
#include "engine.h"
#include "jsonreader.h"
#include "report.h"
#include "textedits.h"

#include <string_view>

namespace EdgeShift::Test {

// Calls check(holds, what) for each property of `text`; an input EdgeShift refuses has only the
// reader's.
template<typename Check> void checkEngineProperties(std::string_view text, Check &&check)
{
#define EDGESHIFT_CHECK(condition) check(static_cast<bool>(condition), #condition)

    // simdjson, which reads first, reads what nlohmann alone reads (and what it refuses, nlohmann
    // refuses with the same error).
    for (const bool singleQuotes : {false, true}) {
        JsonReadOptions options;
        options.singleQuotes = singleQuotes;
        const JsonReadResult fast = readJson(text, options);
        options.simdjson = false;
        const JsonReadResult reference = readJson(text, options);
        EDGESHIFT_CHECK(fast.error.has_value() == reference.error.has_value());
        if (fast.error && reference.error)
            EDGESHIFT_CHECK(fast.error->code == reference.error->code && fast.error->offset == reference.error->offset);
        EDGESHIFT_CHECK(json::compact(fast.value) == json::compact(reference.value));
        EDGESHIFT_CHECK(fast.duplicates.size() == reference.duplicates.size());
    }

    LoadError error;
    const std::optional<Analysis> analysis = load(text, error);
    if (!analysis)
        return;

    // EdgeShift's JSON writer gives the library's bytes.
    for (const int indent : {-1, 2}) {
        std::string out;
        json::write(out, analysis->manifest->document(), indent, ' ');
        EDGESHIFT_CHECK(out == analysis->manifest->document().dump(indent, ' ', false, Json::error_handler_t::replace));
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
            EDGESHIFT_CHECK(readJson(out).value.is_object());
        else
            EDGESHIFT_CHECK(load(out, again).has_value());
        // Written as edits of the input, it reads as the result (and a text read strictly can be
        // edited).
        if (result.changed) {
            std::string edited;
            const bool followed = writeEdited(text, result.document, result.indentation, edited);
            EDGESHIFT_CHECK(followed || analysis->manifest->singleQuoted());
            if (followed) {
                EDGESHIFT_CHECK(edited == out);
                const JsonReadResult reread = readJson(edited);
                EDGESHIFT_CHECK(!reread.error && reread.value == result.document);
            }
        }
        // (The report renders every finding's sentence, as the decisions make it.)
        ReportStrings strings;
        strings.message = [&decisions](const Finding &f, FindingState) { return std::string(messageOf(f, decisions)); };
        (void)writeReport(*analysis, result, decisions, strings, ReportFormat::Html);
        (void)writeReport(*analysis, result, decisions, strings, ReportFormat::Markdown);
    }
    // Rejecting everything gives the input back.
    EDGESHIFT_CHECK(outputText(*analysis, apply(*analysis, rejectAll)) == analysis->manifest->text());
    // Converting in place, as the command line does (keeping neither the text nor the parsed
    // createOptions), writes what converting a copy writes.
    const Result all = apply(*analysis, acceptAll);
    const std::string expected = outputText(*analysis, all);
    std::optional<Analysis> once = load(text, error, AnalysisUse::SingleConversion);
    EDGESHIFT_CHECK(once.has_value());
    if (!once)
        return;
    const Result inPlace = applyInPlace(*once, acceptAll);
    EDGESHIFT_CHECK(inPlace.changed == all.changed);
    if (inPlace.changed)
        EDGESHIFT_CHECK(outputText(*once, inPlace, text) == expected);
    // Whatever text it is given, the editor writes what reads as the result it is given.
    static const Json other = Json::parse(R"({"modulesContent": {"a": [1, {"b": null}], "$edgeAgent": "x"}, "n": 2})");
    std::string edited;
    if (writeEdited(text, other, analysis->manifest->indentation(), edited)) {
        const JsonReadResult reread = readJson(edited);
        EDGESHIFT_CHECK(!reread.error && reread.value == other);
    }
#undef EDGESHIFT_CHECK
}

} // namespace EdgeShift::Test
