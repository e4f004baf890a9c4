// The tables behind crisis::Gazetteer (internal to the actors stage and its JSON extension).
#pragma once

#include <crisis/actors.hpp>

#include "actors/tsv.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace crisis {

namespace detail {

// What a surface form stands for.
struct AliasTarget {
    std::string actor_id;
    MentionForm form = MentionForm::name;
    std::vector<std::string> words;  // the alias's tokens as written (case rules: see matches_case)
};

// A title phrase: its canonical form and the titles it may stand for ("leader" -> President).
struct TitleInfo {
    std::string title;
    std::vector<std::string> stands_for;
};

// A word that qualifies a mention or a trigger (data/cues.tsv).
enum class CueKind : std::uint8_t { future, modal, negation, noun, place, direction, boundary, reference, goods };

}  // namespace detail

struct Gazetteer::Impl {
    std::vector<Actor> actors;                           // canonical actors
    std::unordered_map<std::string, std::size_t> index;  // actor id -> position in `actors`
    detail::PhraseTable<std::vector<detail::AliasTarget>> aliases;
    detail::PhraseTable<detail::TitleInfo> titles;      // title phrase -> canonical title
    detail::PhraseTable<std::vector<detail::CueKind>> cues;

    // Adds the actor or overrides the one with the same id (aliases are kept and merged).
    Actor& upsert(Actor actor);
    // Registers a surface form for an actor; a later alias with the same words and form wins.
    void add_alias(std::string_view surface, const std::string& id, MentionForm form);
    [[nodiscard]] const Actor* find(std::string_view id) const;
};

namespace detail {
// Loads the built-in tables (data/gazetteer_*.tsv, data/titles.tsv, data/cues.tsv).
void load_builtin(Gazetteer::Impl& g);
// Loads data/cues.tsv (shared with the events stage).
void load_cues(PhraseTable<std::vector<CueKind>>& cues);
// Whether the text tokens [i, i + words.size()) are written as the alias requires: an acronym
// ("US") must match exactly, a capitalised word must be capitalised, other words match any case.
[[nodiscard]] bool matches_case(std::string_view text, const Segmentation& seg, std::size_t i,
                                const std::vector<std::string>& words);
}  // namespace detail

}  // namespace crisis
