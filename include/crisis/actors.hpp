// actors: who is mentioned (countries, organisations, people with titles), from a gazetteer.
#pragma once

#include <crisis/text.hpp>

#include <tl/expected.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

enum class ActorKind : std::uint8_t { person, country, organization, group, other };
[[nodiscard]] std::string_view to_string(ActorKind k) noexcept;  // "person", "country", ...

// One canonical actor. Ids are stable across articles and runs: derived from the canonical name
// ("russia", "nato", "sergei-lavrov"), so per-article results can be merged by id.
struct Actor {
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::other;
    std::vector<std::string> aliases;        // surface forms seen or known (sorted, unique)
    std::optional<std::string> affiliation;  // actor id (a person's country or organisation)
    std::optional<std::string> title;        // "Foreign Minister", "Kremlin spokesman"
};

// How a mention names its actor: the evidence a later stage may weigh.
enum class MentionForm : std::uint8_t {
    name,     // the canonical name or a listed alias ("Russia", "NATO", "the Western alliance")
    demonym,  // "Russian", "the Americans"
    seat,     // a capital or seat of power standing for a government ("Moscow", "the Kremlin")
    context,  // an alias valid once the actor was named ("the alliance" after NATO)
    surname,  // a person's surname after the full name ("Lavrov")
    title,    // a title standing for a person named elsewhere ("the US Secretary of State")
    pronoun,  // "he" / "she" resolved to the last person mentioned
    group,    // "the two leaders", "both sides": one of the last two people (or countries) mentioned
    place,    // a city or region standing for its country when something is done to it ("shelled Kharkiv")
};
[[nodiscard]] std::string_view to_string(MentionForm f) noexcept;  // "name", "demonym", ...

struct ActorMention {
    Span span;
    std::string actor_id;
    bool acts = true;  // false for places that do not act (a destination, a drill location)
    MentionForm form = MentionForm::name;
    std::uint32_t first_token = 0;  // token range [first_token, last_token) in the Segmentation
    std::uint32_t last_token = 0;
    friend bool operator==(const ActorMention&, const ActorMention&) = default;
};

// The built-in gazetteer plus user extensions; opaque so that its tables can change freely.
class Gazetteer {
public:
    Gazetteer();  // the built-in data compiled into the binary
    ~Gazetteer();
    Gazetteer(const Gazetteer&);
    Gazetteer& operator=(const Gazetteer&);
    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;

    struct Impl;
    [[nodiscard]] const Impl& impl() const noexcept { return *impl_; }
    [[nodiscard]] Impl& impl() noexcept { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

struct GazetteerError {
    std::string message;  // names the entry or line at fault
};

// Adds or overrides entries from a JSON document (format documented in docs/gazetteer.md).
[[nodiscard]] tl::expected<void, GazetteerError> extend_gazetteer(Gazetteer& g, std::string_view json);

struct ActorAnalysis {
    std::vector<Actor> actors;          // the actors this article mentions (sorted by id)
    std::vector<ActorMention> mentions; // sorted by span
};

// The stable id of a canonical name: lower-case ASCII words joined by '-' ("Sergei Lavrov" ->
// "sergei-lavrov", "People's Republic" -> "peoples-republic"); bytes >= 0x80 are kept.
[[nodiscard]] std::string actor_slug(std::string_view name);

// The canonical actor with this id in the gazetteer, or nullopt.
[[nodiscard]] std::optional<Actor> find_actor(const Gazetteer& g, std::string_view id);

// Finds actor mentions in one article, with in-document coreference of surnames and titles.
[[nodiscard]] ActorAnalysis find_actors(std::string_view text, const Segmentation& seg,
                                        const Gazetteer& gazetteer);

}  // namespace crisis
