// The pieces of role finding that the subject rules (roles.cpp) and the speaker rules
// (speaker.cpp) share (internal to `events`).
#pragma once

#include "events/roles.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

// How far after its start a region may hold the target (tokens): an event's object is close to
// its verb; what was said may name its subject anywhere.
inline constexpr std::uint32_t event_reach = 8;
inline constexpr std::uint32_t speech_reach = 40;
// How many words may stand between a `close` rule's subject and its trigger ("Moscow has published").
inline constexpr std::uint32_t close_reach = 2;

// The articles and possessives that stand before a noun: between a verb and its object ("summoned
// the Russian ambassador"), before an "-ed" form that is an adjective ("the planned talks").
inline constexpr std::array<std::string_view, 7> determiners{"a", "an", "the", "its", "his", "her", "their"};

// Adds an actor and, for a person, the country or organisation it belongs to.
void add_with_affiliation(const ArticleContext& c, std::vector<std::string>& out, const std::string& id);
// Whether two mentions are one coordinated group: "the US and NATO", "Putin and US President Joe
// Biden", "NATO-Russia" (only conjunctions, articles, hyphens and capitalised title words between).
[[nodiscard]] bool joins(const ArticleContext& c, std::uint32_t from, std::uint32_t to);
// Whether actor `id` may be a target of `source` (neither it nor its affiliation is a source).
[[nodiscard]] bool eligible_target(const ArticleContext& c, const std::vector<std::string>& source, const std::string& id);
// Whether mention m follows "with" (or "with the").
[[nodiscard]] bool after_with(const ArticleContext& c, const ActorMention& m, std::uint32_t floor);
// The first eligible mention in `region` (and those joined to it by "and", or of the same phrase),
// into `r.target`, looked for up to `reach` tokens after its start; "with X" of a cooperative event
// joins the source instead.
void find_targets(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& hit, Roles& r,
                  bool skip_quoted, std::uint32_t reach);
// The subject: the nearest group of acting mentions ending in [floor, before), into `out`;
// returns the end of the group (0 when none), and its first token into `first` when given.
std::uint32_t subject_group(const ArticleContext& c, const SentenceView& v, std::uint32_t floor, std::uint32_t before,
                            std::vector<std::string>& out, std::uint32_t* first = nullptr);

}  // namespace crisis::detail
