// Building the gazetteer from the embedded TSV tables.
#include "actors/gazetteer_impl.hpp"

namespace crisis::detail {

namespace {

using Row = std::vector<std::string_view>;

void add_list(Gazetteer::Impl& g, std::string_view field, const std::string& id, MentionForm form) {
    for (std::string_view alias : split_list(field)) g.add_alias(alias, id, form);
}

void load_countries(Gazetteer::Impl& g) {
    for (const Row& r : read_tsv(data_file("data/gazetteer_countries.tsv"), 4)) {
        if (r[0].empty()) continue;
        Actor a{actor_slug(r[0]), std::string(r[0]), ActorKind::country, {}, std::nullopt, std::nullopt};
        const std::string id = g.upsert(std::move(a)).id;
        g.add_alias(r[0], id, MentionForm::name);
        add_list(g, r[1], id, MentionForm::name);
        add_list(g, r[2], id, MentionForm::demonym);
        add_list(g, r[3], id, MentionForm::seat);
    }
}

// Places stand for the country they lie in (a row naming a country the table lacks is an error of
// the data, caught by the gazetteer test).
void load_places(Gazetteer::Impl& g) {
    for (const Row& r : read_tsv(data_file("data/gazetteer_places.tsv"), 3)) {
        if (r[0].empty()) continue;
        const std::string id = actor_slug(r[1]);
        if (g.index.find(id) == g.index.end()) continue;
        g.add_alias(r[0], id, MentionForm::place);
        add_list(g, r[2], id, MentionForm::place);
    }
}

ActorKind kind_of(std::string_view s) noexcept {
    if (s == "group") return ActorKind::group;
    if (s == "country") return ActorKind::country;
    if (s == "person") return ActorKind::person;
    if (s == "other") return ActorKind::other;
    return ActorKind::organization;
}

void load_organizations(Gazetteer::Impl& g) {
    for (const Row& r : read_tsv(data_file("data/gazetteer_organizations.tsv"), 4)) {
        if (r[0].empty()) continue;
        Actor a{actor_slug(r[0]), std::string(r[0]), kind_of(r[1]), {}, std::nullopt, std::nullopt};
        const std::string id = g.upsert(std::move(a)).id;
        g.add_alias(r[0], id, MentionForm::name);
        add_list(g, r[2], id, MentionForm::name);
        add_list(g, r[3], id, MentionForm::context);
    }
}

// An affiliation written as a name ("Russia") or an id ("russia") becomes an id.
std::optional<std::string> affiliation_id(std::string_view s) {
    if (s.empty() || s == "-") return std::nullopt;
    return actor_slug(s);
}

void load_people(Gazetteer::Impl& g) {
    for (const Row& r : read_tsv(data_file("data/gazetteer_people.tsv"), 4)) {
        if (r[0].empty()) continue;
        Actor a{actor_slug(r[0]), std::string(r[0]), ActorKind::person, {}, affiliation_id(r[2]),
                r[1].empty() || r[1] == "-" ? std::nullopt : std::optional<std::string>(r[1])};
        const std::string id = g.upsert(std::move(a)).id;
        g.add_alias(r[0], id, MentionForm::name);
        add_list(g, r[3], id, MentionForm::name);
    }
}

CueKind cue_kind(std::string_view s) noexcept {
    if (s == "future") return CueKind::future;
    if (s == "modal") return CueKind::modal;
    if (s == "negation") return CueKind::negation;
    if (s == "noun") return CueKind::noun;
    if (s == "place") return CueKind::place;
    if (s == "direction") return CueKind::direction;
    if (s == "reference") return CueKind::reference;
    if (s == "goods") return CueKind::goods;
    return CueKind::boundary;
}

}  // namespace

void load_cues(PhraseTable<std::vector<CueKind>>& cues) {
    for (const Row& r : read_tsv(data_file("data/cues.tsv"), 2)) {
        if (r[0].empty()) continue;
        const std::string key = phrase_key(r[0]);
        auto it = cues.rows.find(key);
        std::vector<CueKind> kinds = it == cues.rows.end() ? std::vector<CueKind>{} : it->second;
        kinds.push_back(cue_kind(r[1]));
        cues.add(r[0], std::move(kinds));
    }
}

void load_builtin(Gazetteer::Impl& g) {
    load_countries(g);
    load_places(g);
    load_organizations(g);
    load_people(g);
    for (const Row& r : read_tsv(data_file("data/titles.tsv"), 3)) {
        if (r[0].empty()) continue;
        TitleInfo t{std::string(r[1].empty() ? r[0] : r[1]), {}};
        for (std::string_view s : split_list(r[2])) t.stands_for.emplace_back(s);
        g.titles.add(r[0], std::move(t));
    }
    load_cues(g.cues);
}

}  // namespace crisis::detail
