// Passes 3 and 5 of find_actors: in-document coreference of surnames, titles, he/she and "it".
#include "actors/find_impl.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

std::string_view last_word(std::string_view name) {
    const std::size_t sp = name.rfind(' ');
    return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

// "Ushakov" after "Yuri Ushakov" was found by a title pattern.
void surnames(Doc& d) {
    for (const Actor& p : d.people) {
        const std::string_view surname = last_word(p.name);
        if (surname.size() < 3) continue;
        for (std::size_t i = 0; i < d.seg.tokens.size(); ++i)
            if (!d.used[i] && d.token(i) == surname)
                d.add_mention(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), p.id,
                              MentionForm::surname);
    }
}

bool title_fits(const Actor& a, std::string_view title) {
    if (!a.title) return false;
    std::string have, want;
    lower_into(*a.title, have);
    lower_into(title, want);
    return have == want || (have.size() > want.size() && have.ends_with(" " + want));
}

bool title_fits(const Actor& a, const TitleMention& t) {
    if (title_fits(a, t.title)) return true;
    return std::any_of(t.stands_for.begin(), t.stands_for.end(), [&](const std::string& s) { return title_fits(a, s); });
}

// The people named in the article (by name or surname).
std::vector<const Actor*> named_people(const Doc& d) {
    std::vector<const Actor*> out;
    for (const ActorMention& m : d.mentions) {
        const Actor* a = d.actor(m.actor_id);
        if (a && a->kind == ActorKind::person && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
    return out;
}

// "the US Secretary of State" stands for the Secretary of State named in the article.
void titles(Doc& d) {
    const std::vector<const Actor*> people = named_people(d);
    for (const TitleMention& t : d.titles) {
        if (t.consumed) continue;
        std::uint32_t before = t.first;
        if (before > 0 && d.lower[before - 1] == "'s") --before;
        const ActorMention* affil = d.mention_ending_at(before);
        const bool definite = before > 0 && (d.lower[before - 1] == "the" || (affil && affil->first_token > 0 &&
                                                                                d.lower[affil->first_token - 1] == "the"));
        if (!is_capitalised_word(d, t.first) && !definite) continue;
        const std::optional<std::string> affil_id =
            affil ? std::optional<std::string>(affiliation_of(d, *affil)) : std::nullopt;
        const Actor* match = nullptr;
        std::size_t count = 0;
        for (const Actor* p : people)
            if (title_fits(*p, t) && (!affil_id || p->affiliation == affil_id)) { match = p; ++count; }
        if (count == 1) d.add_mention(t.first, t.last, match->id, MentionForm::title);
    }
}

// The first person named in sentence `k` (its subject, as a rule), or nullptr.
const ActorMention* first_person(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t k) {
    const Sentence& s = d.seg.sentences[k];
    for (const ActorMention& m : sorted) {
        if (m.first_token < s.first_token || m.first_token >= s.first_token + s.token_count) continue;
        if (const Actor* a = d.actor(m.actor_id); a && a->kind == ActorKind::person) return &m;
    }
    return nullptr;
}

// "he" / "she": the last person named before it in its sentence, else the first person named in
// the nearest of the three sentences before (the subject of the previous sentence, as a rule).
const ActorMention* antecedent(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i) {
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    const std::uint32_t begin = d.seg.sentences[sentence].first_token;
    const ActorMention* in_sentence = nullptr;
    for (const ActorMention& m : sorted)
        if (m.first_token >= begin && m.last_token <= i)
            if (const Actor* a = d.actor(m.actor_id); a && a->kind == ActorKind::person) in_sentence = &m;
    if (in_sentence) return in_sentence;
    for (std::size_t k = sentence; k > 0 && sentence - k < 3; --k)
        if (const ActorMention* m = first_person(d, sorted, k - 1)) return m;
    return nullptr;
}

void pronouns(Doc& d) {
    std::vector<ActorMention> sorted = d.mentions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
    for (std::size_t i = 0; i < d.seg.tokens.size(); ++i) {
        if (d.lower[i] != "he" && d.lower[i] != "she") continue;
        if (const ActorMention* m = antecedent(d, sorted, i))
            d.add_mention(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), m->actor_id,
                          MentionForm::pronoun);
    }
}

// Words after "it" that make it a subject standing for an actor ("it had already sent", "it
// published"), not the "it" of "it was clear" or "it seemed".
bool subject_it(const Doc& d, std::size_t i) {
    if (d.lower[i] != "it") return false;
    std::size_t k = i + 1;
    if (k < d.lower.size() && (d.lower[k] == "also" || d.lower[k] == "already")) ++k;
    if (k + 1 >= d.lower.size()) return false;
    const std::string& w = d.lower[k];
    const std::string& next = d.lower[k + 1];
    if (w == "had" || w == "has" || w == "would" || w == "will" || w == "did")
        return next != "be" && next != "been" && next != "to" && d.seg.tokens[k + 1].kind == TokenKind::word;
    constexpr std::array<std::string_view, 6> impersonal{"seemed", "appeared", "remained", "happened", "mattered", "needed"};
    return w.size() > 4 && w.ends_with("ed") && std::find(impersonal.begin(), impersonal.end(), w) == impersonal.end();
}

// A country or organisation that acts, named by name, demonym, seat or alias.
bool collective(const Doc& d, const ActorMention& m) {
    const Actor* a = d.actor(m.actor_id);
    return a && a->kind != ActorKind::person && m.acts && m.form != MentionForm::pronoun;
}

// "it": the last country or organisation named before it in its sentence, else the first one
// named in the nearest of the two sentences before.
const ActorMention* antecedent_of_it(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i) {
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    const std::uint32_t begin = d.seg.sentences[sentence].first_token;
    const ActorMention* found = nullptr;
    for (const ActorMention& m : sorted)
        if (m.first_token >= begin && m.last_token <= i && collective(d, m)) found = &m;
    for (std::size_t k = sentence; !found && k > 0 && sentence - k < 2; --k) {
        const Sentence& s = d.seg.sentences[k - 1];
        for (const ActorMention& m : sorted)
            if (m.first_token >= s.first_token && m.first_token < s.first_token + s.token_count && collective(d, m)) {
                found = &m;
                break;
            }
    }
    return found;
}

}  // namespace

void resolve_it(Doc& d) {
    std::vector<ActorMention> sorted = d.mentions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
    for (std::size_t i = 0; i < d.seg.tokens.size(); ++i)
        if (!d.used[i] && subject_it(d, i))
            if (const ActorMention* m = antecedent_of_it(d, sorted, i))
                d.add_mention(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), m->actor_id,
                              MentionForm::pronoun);
}

void resolve_coreference(Doc& d) {
    surnames(d);
    titles(d);
    pronouns(d);
}

}  // namespace crisis::detail
