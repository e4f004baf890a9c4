// --gazetteer FILE: JSON extensions of the built-in gazetteer (format: docs/gazetteer.md).
#include "actors/gazetteer_impl.hpp"

#include <nlohmann/json.hpp>

namespace crisis {

namespace {

using nlohmann::json;

tl::unexpected<GazetteerError> fail(std::string message) { return tl::unexpected(GazetteerError{std::move(message)}); }

std::optional<ActorKind> parse_kind(std::string_view s) {
    for (ActorKind k : {ActorKind::person, ActorKind::country, ActorKind::organization, ActorKind::group, ActorKind::other})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

// An optional list of strings under `key`; an error names the entry.
tl::expected<std::vector<std::string>, GazetteerError> strings(const json& entry, const char* key, std::string_view who) {
    std::vector<std::string> out;
    if (!entry.contains(key)) return out;
    const json& v = entry.at(key);
    if (!v.is_array()) return fail(std::string(who) + ": \"" + key + "\" must be an array of strings");
    for (const json& s : v) {
        if (!s.is_string()) return fail(std::string(who) + ": \"" + key + "\" must be an array of strings");
        out.push_back(s.get<std::string>());
    }
    return out;
}

std::optional<std::string> opt_string(const json& entry, const char* key) {
    if (!entry.contains(key) || !entry.at(key).is_string()) return std::nullopt;
    return entry.at(key).get<std::string>();
}

tl::expected<void, GazetteerError> add_actor(Gazetteer::Impl& g, const json& e, std::size_t n) {
    const std::string where = "actors[" + std::to_string(n) + "]";
    if (!e.is_object() || !e.contains("name") || !e.at("name").is_string())
        return fail(where + ": an actor needs a string \"name\"");
    const std::string name = e.at("name").get<std::string>();
    const std::string who = where + " (" + name + ")";
    const auto kind = parse_kind(opt_string(e, "kind").value_or("person"));
    if (!kind) return fail(who + ": unknown kind \"" + opt_string(e, "kind").value_or("") + "\"");
    Actor a{opt_string(e, "id").value_or(actor_slug(name)), name, *kind, {}, opt_string(e, "affiliation"),
            opt_string(e, "title")};
    if (a.affiliation) a.affiliation = actor_slug(*a.affiliation);
    const std::string id = g.upsert(std::move(a)).id;
    g.add_alias(name, id, MentionForm::name);
    const std::pair<const char*, MentionForm> lists[] = {{"aliases", MentionForm::name},
                                                         {"demonyms", MentionForm::demonym},
                                                         {"seats", MentionForm::seat},
                                                         {"context_aliases", MentionForm::context},
                                                         {"places", MentionForm::place}};
    for (const auto& [key, form] : lists) {
        auto items = strings(e, key, who);
        if (!items) return tl::unexpected(items.error());
        for (const std::string& s : *items) g.add_alias(s, id, form);
    }
    return {};
}

tl::expected<void, GazetteerError> add_title(Gazetteer::Impl& g, const json& e, std::size_t n) {
    const std::string where = "titles[" + std::to_string(n) + "]";
    if (!e.is_object() || !e.contains("phrase") || !e.at("phrase").is_string())
        return fail(where + ": a title needs a string \"phrase\"");
    const std::string phrase = e.at("phrase").get<std::string>();
    auto stands_for = strings(e, "stands_for", where + " (" + phrase + ")");
    if (!stands_for) return tl::unexpected(stands_for.error());
    g.titles.add(phrase, detail::TitleInfo{opt_string(e, "title").value_or(phrase), std::move(*stands_for)});
    return {};
}

}  // namespace

tl::expected<void, GazetteerError> extend_gazetteer(Gazetteer& g, std::string_view text) {
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) return fail("not valid JSON");
    if (!doc.is_object()) return fail("the document must be a JSON object with \"actors\" and/or \"titles\"");
    Gazetteer copy = g;  // all or nothing: a bad entry leaves the gazetteer unchanged
    const std::pair<const char*, tl::expected<void, GazetteerError> (*)(Gazetteer::Impl&, const json&, std::size_t)>
        sections[] = {{"actors", add_actor}, {"titles", add_title}};
    for (const auto& [key, add] : sections) {
        if (!doc.contains(key)) continue;
        if (!doc.at(key).is_array()) return fail(std::string("\"") + key + "\" must be an array");
        std::size_t n = 0;
        for (const json& e : doc.at(key))
            if (auto ok = add(copy.impl(), e, n++); !ok) return ok;
    }
    g = std::move(copy);
    return {};
}

}  // namespace crisis
