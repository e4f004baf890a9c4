// The passes of find_actors over one article (internal to the actors stage).
#pragma once

#include "actors/gazetteer_impl.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace crisis::detail {

// A title phrase in the text ("Foreign Minister", "the US Secretary of State" -> "Secretary of State").
struct TitleMention {
    std::uint32_t first = 0;  // token range [first, last)
    std::uint32_t last = 0;
    std::string title;        // canonical
    std::vector<std::string> stands_for;  // other titles it may refer to ("leader" -> President)
    bool consumed = false;    // it introduces a name ("Foreign Minister Sergei Lavrov")
};

// The article being analysed and what the passes found so far.
struct Doc {
    std::string_view text;
    const Segmentation& seg;
    const Gazetteer::Impl& g;
    std::vector<std::string> lower;   // lower-cased tokens
    std::vector<bool> used;           // tokens inside a mention
    std::vector<ActorMention> mentions;
    std::vector<TitleMention> titles;
    std::vector<Actor> people;        // people found by title patterns (not in the gazetteer)
    // Indexes kept by add_mention (sized by index_doc): per token, the first mention added that
    // starts there / the first non-pronoun one that ends there (-1: none); the ids mentioned.
    std::vector<std::int32_t> starting;
    std::vector<std::int32_t> ending;
    std::unordered_set<std::string> mentioned;
    std::vector<bool> sentence_starts;  // per token: a sentence starts there
    std::unordered_map<std::string, std::size_t> people_at;  // person id -> position in `people`

    [[nodiscard]] std::string_view token(std::size_t i) const { return seg.tokens[i].span.in(text); }
    [[nodiscard]] const Actor* actor(std::string_view id) const;
    // The mention whose last token is `last_token - 1`, if any.
    [[nodiscard]] const ActorMention* mention_ending_at(std::uint32_t last_token) const;
    [[nodiscard]] const ActorMention* mention_starting_at(std::uint32_t first_token) const;
    void add_mention(std::uint32_t first, std::uint32_t last, std::string id, MentionForm form);
    // Adds a person found in the text (its id new to the article).
    void add_person(Actor person);
};

// Sizes and fills the indexes of `d` (before the passes add mentions).
void index_doc(Doc& d);

// Pass 1: gazetteer aliases (longest match, case rules, context aliases) and title phrases.
void match_gazetteer(Doc& d);
// Pass 2: people introduced by a title ("Kremlin spokesman Dmitry Peskov", "Yuri Ushakov, an
// adviser to Putin"), with title and affiliation.
void find_people(Doc& d);
// Pass 3: surnames of people found in pass 2, titles standing for named people, he/she.
void resolve_coreference(Doc& d);
// Pass 4: mentions after a place cue ("in Belarus", "a visit to Denmark") do not act.
void mark_places(Doc& d);
// Pass 5: "it" as a subject ("it had already sent home the families") stands for the country or
// organisation named last (once places are known: "in Kyiv" is no antecedent).
void resolve_it(Doc& d);

// The actor id an affiliation refers to: a person's own affiliation, else the actor itself.
[[nodiscard]] std::string affiliation_of(const Doc& d, const ActorMention& m);
[[nodiscard]] bool is_capitalised_word(const Doc& d, std::size_t i);

}  // namespace crisis::detail
