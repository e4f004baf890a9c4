// find_actors: the passes over one article and the list of actors it mentions.
#include "actors/find_impl.hpp"

#include <algorithm>
#include <map>

namespace crisis {

namespace detail {

const Actor* Doc::actor(std::string_view id) const {
    if (const Actor* a = g.find(id)) return a;
    const auto it = people_at.find(std::string(id));
    return it == people_at.end() ? nullptr : &people[it->second];
}

void Doc::add_person(Actor person) {
    people_at.try_emplace(person.id, people.size());
    people.push_back(std::move(person));
}

namespace {

const ActorMention* at(const std::vector<ActorMention>& mentions, const std::vector<std::int32_t>& index,
                       std::uint32_t token) {
    return token < index.size() && index[token] >= 0 ? &mentions[static_cast<std::size_t>(index[token])] : nullptr;
}

}  // namespace

const ActorMention* Doc::mention_ending_at(std::uint32_t last_token) const { return at(mentions, ending, last_token); }

const ActorMention* Doc::mention_starting_at(std::uint32_t first_token) const {
    return at(mentions, starting, first_token);
}

void Doc::add_mention(std::uint32_t first, std::uint32_t last, std::string id, MentionForm form) {
    const Span span{seg.tokens[first].span.begin, seg.tokens[last - 1].span.end};
    const auto position = static_cast<std::int32_t>(mentions.size());
    if (starting[first] < 0) starting[first] = position;
    if (form != MentionForm::pronoun && ending[last] < 0) ending[last] = position;
    mentioned.insert(id);
    mentions.push_back(ActorMention{span, std::move(id), true, form, first, last});
    for (std::uint32_t i = first; i < last; ++i) used[i] = true;
}

void index_doc(Doc& d) {
    const std::size_t n = d.seg.tokens.size() + 1;
    d.starting.assign(n, -1);
    d.ending.assign(n, -1);
    d.mentioned.clear();
    d.sentence_starts.assign(n, false);
    for (const Sentence& s : d.seg.sentences)
        if (s.first_token < n) d.sentence_starts[s.first_token] = true;
}

std::string affiliation_of(const Doc& d, const ActorMention& m) {
    const Actor* a = d.actor(m.actor_id);
    if (a && a->kind == ActorKind::person && a->affiliation) return *a->affiliation;
    return m.actor_id;
}

bool is_capitalised_word(const Doc& d, std::size_t i) {
    return d.seg.tokens[i].kind == TokenKind::word && d.seg.tokens[i].capitalised;
}

namespace {

bool has_cue(const Doc& d, std::size_t end, CueKind kind, std::size_t& words) {
    const auto& cues = d.g.cues;
    for (std::size_t n = std::min(cues.max_words, end); n >= 1; --n) {
        if (!cues.may_start(d.lower[end - n])) continue;  // no cue begins with its first word
        std::string key = d.lower[end - n];
        bool held = true;  // the words so far begin some cue
        for (std::size_t k = end - n + 1; k < end && held; ++k) held = cues.prefixes.may_hold((key += ' ') += d.lower[k]);
        if (!held) continue;
        const auto it = cues.rows.find(key);
        if (it != cues.rows.end() && std::find(it->second.begin(), it->second.end(), kind) != it->second.end()) {
            words = n;
            return true;
        }
    }
    return false;
}

}  // namespace

void mark_places(Doc& d) {
    for (ActorMention& m : d.mentions) {
        const Actor* a = d.actor(m.actor_id);
        if (a == nullptr || a->kind == ActorKind::person || m.form == MentionForm::pronoun) continue;
        if (m.form == MentionForm::place) {  // a city stands for its country only as a target
            m.acts = false;
            continue;
        }
        std::size_t end = m.first_token;
        std::size_t words = 0;
        while (end > 0 && has_cue(d, end, CueKind::direction, words) && words == 1) --end;
        if (end > 0 && has_cue(d, end, CueKind::place, words)) m.acts = false;
    }
}

}  // namespace detail

namespace {

std::vector<Actor> actors_of(const detail::Doc& d) {
    std::map<std::string, Actor> out;
    auto add = [&](const std::string& id, std::string_view surface) {
        const Actor* a = d.actor(id);
        if (a == nullptr) return;
        auto [it, fresh] = out.try_emplace(id, *a);
        if (fresh) it->second.aliases = {a->name};
        if (!surface.empty()) it->second.aliases.emplace_back(surface);
    };
    for (const ActorMention& m : d.mentions)
        if (m.acts && m.form != MentionForm::pronoun) add(m.actor_id, m.span.in(d.text));
    std::vector<std::string> affiliations;
    for (const auto& [id, a] : out)
        if (a.kind == ActorKind::person && a.affiliation) affiliations.push_back(*a.affiliation);
    for (const std::string& id : affiliations) add(id, {});
    std::vector<Actor> actors;
    for (auto& [id, a] : out) {
        std::sort(a.aliases.begin(), a.aliases.end());
        a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end()), a.aliases.end());
        actors.push_back(std::move(a));
    }
    return actors;
}

}  // namespace

ActorAnalysis find_actors(std::string_view text, const Segmentation& seg, const Gazetteer& gazetteer) {
    detail::Doc d{text, seg, gazetteer.impl(), detail::lower_tokens(text, seg),
                  std::vector<bool>(seg.tokens.size(), false), {}, {}, {}, {}, {}, {}, {}, {}};
    if (seg.sentences.empty()) return {};
    detail::index_doc(d);
    detail::match_gazetteer(d);
    detail::find_people(d);
    detail::resolve_coreference(d);
    detail::mark_places(d);
    detail::resolve_it(d);
    std::sort(d.mentions.begin(), d.mentions.end(), [](const ActorMention& a, const ActorMention& b) {
        return std::pair(a.span.begin, a.span.end) < std::pair(b.span.begin, b.span.end);
    });
    ActorAnalysis r;
    r.actors = actors_of(d);
    r.mentions = std::move(d.mentions);
    return r;
}

}  // namespace crisis
