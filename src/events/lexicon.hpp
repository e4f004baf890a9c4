// The trigger lexicon (data/triggers.tsv) and the sentence structure the events stage reads
// (internal to the events stage).
#pragma once

#include <crisis/actors.hpp>
#include <crisis/events.hpp>

#include "actors/gazetteer_impl.hpp"

#include <string>
#include <vector>

namespace crisis::detail {

// One row of data/triggers.tsv.
struct TriggerRule {
    std::vector<std::vector<std::string>> words;  // alternatives per position; {"*"} is a gap, {"<num>"} a number
    std::string pattern;                          // as written in the table
    std::string cameo;                            // empty for a non-event cue
    double goldstein = 0.0;
    bool speech = false;  // a reporting verb
    bool verb = false;    // read as a noun after a determiner
    bool place_target = false;  // a place may be the target (a visit: "arrived in Kyiv")
    bool needs_target = false;  // no event without a target ("was at the White House", not "was in a good mood")
    bool recipient = false;     // the subject receives the act ("the replies it received"): it is the target
    bool needs_person = false;  // no event unless a person is the source ("Scholz left Moscow")
    bool close_subject = false; // no event unless the subject is right before ("Moscow has published")
};

struct Lexicon {
    std::vector<TriggerRule> rules;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;  // first word -> rules
    WordFilter first_filter;                                              // the keys of by_first
    PhraseTable<std::vector<CueKind>> cues;
};

// The built-in lexicon, built once on first use and immutable afterwards.
[[nodiscard]] const Lexicon& builtin_lexicon();
// Parses a trigger table (exposed for tests of the data file).
[[nodiscard]] Lexicon parse_lexicon(std::string_view triggers_tsv);

// A trigger found in a sentence: tokens [first, last).
struct TriggerHit {
    const TriggerRule* rule = nullptr;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

// The longest trigger at each position of tokens [begin, end), left to right, not overlapping.
[[nodiscard]] std::vector<TriggerHit> match_triggers(const Lexicon& lex, const Segmentation& seg,
                                                     const std::vector<std::string>& lower,
                                                     std::uint32_t begin, std::uint32_t end);

// Whether a cue of `kind` ends within `window` tokens before token `at` (not before `floor`).
[[nodiscard]] bool cue_before(const Lexicon& lex, const std::vector<std::string>& lower, std::uint32_t at,
                              std::uint32_t window, CueKind kind, std::uint32_t floor);

// The short verb phrase of a CAMEO root for summaries ("reject", "consult with"); without a target,
// without its preposition ("Biden and Putin consult", not "... consult with").
[[nodiscard]] std::string_view summary_verb(std::string_view cameo, bool with_target) noexcept;

}  // namespace crisis::detail
