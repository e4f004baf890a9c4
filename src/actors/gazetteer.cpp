// The gazetteer: canonical actors and their surface forms, built from the embedded data tables.
#include "actors/gazetteer_impl.hpp"

#include <algorithm>

namespace crisis {

namespace {

std::vector<std::string> words_of(std::string_view surface) {
    const Segmentation seg = segment(surface);
    std::vector<std::string> out;
    for (const Token& t : seg.tokens) out.emplace_back(t.span.in(surface));
    return out;
}

bool is_acronym(std::string_view w) noexcept {
    std::size_t upper = 0;
    for (const char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++upper;
    }
    return upper >= 2;
}

bool upper_first(std::string_view w) noexcept { return !w.empty() && w.front() >= 'A' && w.front() <= 'Z'; }

void add_unique(std::vector<std::string>& v, std::string s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

}  // namespace

std::string_view to_string(ActorKind k) noexcept {
    switch (k) {
        case ActorKind::person: return "person";
        case ActorKind::country: return "country";
        case ActorKind::organization: return "organization";
        case ActorKind::group: return "group";
        case ActorKind::other: return "other";
    }
    return "other";
}

std::string_view to_string(MentionForm f) noexcept {
    switch (f) {
        case MentionForm::name: return "name";
        case MentionForm::demonym: return "demonym";
        case MentionForm::seat: return "seat";
        case MentionForm::context: return "context";
        case MentionForm::surname: return "surname";
        case MentionForm::title: return "title";
        case MentionForm::pronoun: return "pronoun";
        case MentionForm::group: return "group";
        case MentionForm::place: return "place";
    }
    return "name";
}

std::string actor_slug(std::string_view name) {
    std::string out;
    bool dash = false;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\'') continue;
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (keep || (c >= 'A' && c <= 'Z')) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(keep ? c : c - 'A' + 'a');
        } else {
            dash = true;
        }
    }
    return out;
}

Actor& Gazetteer::Impl::upsert(Actor actor) {
    if (auto it = index.find(actor.id); it != index.end()) {
        Actor& old = actors[it->second];
        for (std::string& a : old.aliases) add_unique(actor.aliases, std::move(a));
        old = std::move(actor);
        return old;
    }
    index.emplace(actor.id, actors.size());
    actors.push_back(std::move(actor));
    return actors.back();
}

void Gazetteer::Impl::add_alias(std::string_view surface, const std::string& id, MentionForm form) {
    std::vector<std::string> words = words_of(surface);
    if (words.empty()) return;
    const std::string key = detail::phrase_key(surface);
    auto it = aliases.rows.find(key);
    std::vector<detail::AliasTarget> targets = it == aliases.rows.end() ? std::vector<detail::AliasTarget>{} : it->second;
    // Only one actor per (surface, form): a later entry overrides, other forms stay as they were.
    std::erase_if(targets, [&](const detail::AliasTarget& t) { return t.form == form && t.words == words; });
    targets.insert(targets.begin(), detail::AliasTarget{id, form, std::move(words)});
    aliases.add(surface, std::move(targets));
    if (auto a = index.find(id); a != index.end()) add_unique(actors[a->second].aliases, std::string(surface));
}

const Actor* Gazetteer::Impl::find(std::string_view id) const {
    const auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &actors[it->second];
}

namespace detail {

bool matches_case(std::string_view text, const Segmentation& seg, std::size_t i,
                  const std::vector<std::string>& words) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        const std::string_view t = seg.tokens[i + k].span.in(text);
        if (is_acronym(w) && t != w) return false;
        if (upper_first(w) && !upper_first(t)) return false;
    }
    return true;
}

}  // namespace detail

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) { detail::load_builtin(*impl_); }
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(const Gazetteer& o) : impl_(std::make_unique<Impl>(*o.impl_)) {}
Gazetteer& Gazetteer::operator=(const Gazetteer& o) {
    if (this != &o) impl_ = std::make_unique<Impl>(*o.impl_);
    return *this;
}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

std::optional<Actor> find_actor(const Gazetteer& g, std::string_view id) {
    const Actor* a = g.impl().find(id);
    return a ? std::optional<Actor>(*a) : std::nullopt;
}

}  // namespace crisis
