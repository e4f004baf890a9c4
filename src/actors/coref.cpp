// Passes 3 and 5 of find_actors: in-document coreference of surnames, titles, he/she and "it".
#include "actors/find_impl.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace crisis::detail {

namespace {

std::string_view last_word(std::string_view name) {
    const std::size_t sp = name.rfind(' ');
    return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

// "Ushakov" after "Yuri Ushakov" was found by a title pattern. A free token goes to the first
// person (in the order found) with that surname; the mentions are added person by person.
void surnames(Doc& d) {
    std::unordered_map<std::string_view, std::size_t> owner;  // surname -> first person with it
    for (std::size_t p = 0; p < d.people.size(); ++p)
        if (const std::string_view surname = last_word(d.people[p].name); surname.size() >= 3) owner.try_emplace(surname, p);
    std::vector<std::pair<std::size_t, std::uint32_t>> found;  // (person, token)
    for (std::size_t i = 0; i < d.seg.tokens.size() && !owner.empty(); ++i)
        if (const auto it = owner.find(d.token(i)); it != owner.end() && !d.used[i])
            found.emplace_back(it->second, static_cast<std::uint32_t>(i));
    std::sort(found.begin(), found.end());
    for (const auto& [p, i] : found) d.add_mention(i, i + 1, d.people[p].id, MentionForm::surname);
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

using MentionIt = std::vector<ActorMention>::const_iterator;
// A span of sorted mentions for a range-for (std::ranges::subrange does not build with clang 14,
// which the fuzz preset uses, over libstdc++ 12).
struct Range {
    MentionIt first, last;
    [[nodiscard]] MentionIt begin() const { return first; }
    [[nodiscard]] MentionIt end() const { return last; }
};

// The mentions of `sorted` (by first token) that start in tokens [begin, end).
std::pair<MentionIt, MentionIt> starting_in(const std::vector<ActorMention>& sorted, std::uint32_t begin,
                                            std::uint32_t end) {
    auto from = [&](std::uint32_t token) {
        return std::lower_bound(sorted.begin(), sorted.end(), token,
                                [](const ActorMention& m, std::uint32_t t) { return m.first_token < t; });
    };
    const MentionIt first = from(begin);
    return {first, end <= begin ? first : from(end)};
}

// The first person named in sentence `k` (its subject, as a rule), or nullptr.
const ActorMention* first_person(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t k) {
    const Sentence& s = d.seg.sentences[k];
    const auto [first, last] = starting_in(sorted, s.first_token, s.first_token + s.token_count);
    for (const ActorMention& m : Range{first, last}) {
        if (const Actor* a = d.actor(m.actor_id); a && a->kind == ActorKind::person) return &m;
    }
    return nullptr;
}

// Prepositions that make the person after them no subject ("talks with Vladimir Putin", "a
// message to Biden"), so no antecedent of a "he" that follows while a person named before remains.
constexpr std::array<std::string_view, 9> object_prepositions{"with", "to", "from", "by", "against", "for", "of", "between", "toward"};

// Whether mention m stands after one of object_prepositions, its title words and "the" between
// ("with Russian President Vladimir Putin").
bool after_preposition(const Doc& d, const ActorMention& m, std::uint32_t sentence_begin) {
    for (std::uint32_t k = m.first_token, steps = 0; k > sentence_begin && steps < 5; --k, ++steps) {
        const std::string& w = d.lower[k - 1];
        // ("Secretary of State Antony Blinken": an "of" inside a title is no preposition of his)
        if (w == "of" && k >= 2 && k - 1 > sentence_begin && is_capitalised_word(d, k - 2)) continue;
        if (std::find(object_prepositions.begin(), object_prepositions.end(), w) != object_prepositions.end()) return true;
        if (w != "the" && !is_capitalised_word(d, k - 1)) return false;
    }
    return false;
}

// "he" / "she": the last person named before it in its sentence that is no preposition's object
// ("Scholz held talks with Putin, a day after he visited Kyiv": Scholz), else the last one named
// there, else the first person named in the nearest of the three sentences before (the subject
// of the previous sentence, as a rule).
const ActorMention* antecedent(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i) {
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    const std::uint32_t begin = d.seg.sentences[sentence].first_token;
    const ActorMention* in_sentence = nullptr;
    const ActorMention* subject = nullptr;
    const auto [first, last] = starting_in(sorted, begin, static_cast<std::uint32_t>(i));
    for (const ActorMention& m : Range{first, last})
        if (m.last_token <= i)
            if (const Actor* a = d.actor(m.actor_id); a && a->kind == ActorKind::person) {
                in_sentence = &m;
                if (!after_preposition(d, m, begin)) subject = &m;
            }
    if (subject) return subject;
    if (in_sentence) return in_sentence;
    for (std::size_t k = sentence; k > 0 && sentence - k < 3; --k)
        if (const ActorMention* m = first_person(d, sorted, k - 1)) return m;
    return nullptr;
}

// "him": the last person named before it in its sentence other than the one "he" would be (an
// object is not its clause's subject: "Blinken spoke with Aliyev and urged him to halt": Aliyev),
// else the last person named in the sentence before that is not its subject.
const ActorMention* object_antecedent(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i) {
    const ActorMention* subject = antecedent(d, sorted, i);
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    for (std::size_t k = sentence + 1; k > 0 && sentence + 1 - k < 2; --k) {
        const Sentence& s = d.seg.sentences[k - 1];
        const std::uint32_t end = k - 1 == sentence ? static_cast<std::uint32_t>(i) : s.first_token + s.token_count;
        const auto [first, last] = starting_in(sorted, s.first_token, end);
        const ActorMention* found = nullptr;
        for (const ActorMention& m : Range{first, last})
            if (const Actor* a = d.actor(m.actor_id); a && a->kind == ActorKind::person && m.last_token <= end &&
                                                      (!subject || m.actor_id != subject->actor_id))
                found = &m;
        if (found) return found;
    }
    return nullptr;
}

void pronouns(Doc& d) {
    std::vector<ActorMention> sorted = d.mentions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
    for (std::size_t i = 0; i < d.seg.tokens.size(); ++i) {
        const bool object = d.lower[i] == "him";
        if (d.lower[i] != "he" && d.lower[i] != "she" && !object) continue;
        if (const ActorMention* m = object ? object_antecedent(d, sorted, i) : antecedent(d, sorted, i))
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
    return a && a->kind != ActorKind::person && m.acts && m.form != MentionForm::pronoun && m.form != MentionForm::group;
}

// "it": the last country or organisation named before it in its sentence, else the first one
// named in the nearest of the two sentences before.
const ActorMention* antecedent_of_it(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i) {
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    const std::uint32_t begin = d.seg.sentences[sentence].first_token;
    const ActorMention* found = nullptr;
    const auto [first, last] = starting_in(sorted, begin, static_cast<std::uint32_t>(i));
    for (const ActorMention& m : Range{first, last})
        if (m.last_token <= i && collective(d, m)) found = &m;
    for (std::size_t k = sentence; !found && k > 0 && sentence - k < 2; --k) {
        const Sentence& s = d.seg.sentences[k - 1];
        const auto [from, to] = starting_in(sorted, s.first_token, s.first_token + s.token_count);
        for (const ActorMention& m : Range{from, to})
            if (collective(d, m)) {
                found = &m;
                break;
            }
    }
    return found;
}

// After "the two" or "both", the nouns that stand for the last two people (or countries and
// organisations) mentioned: "the two leaders spoke by phone", "both sides agreed".
struct GroupNoun {
    std::string_view word;
    bool people;
};
constexpr std::array<GroupNoun, 14> group_nouns{{
    {"leaders", true}, {"presidents", true}, {"ministers", true}, {"men", true}, {"women", true}, {"diplomats", true},
    {"envoys", true}, {"sides", false}, {"countries", false}, {"nations", false}, {"governments", false},
    {"neighbours", false}, {"neighbors", false}, {"capitals", false}}};
// How many sentences back the two may have been named.
constexpr std::size_t group_reach = 3;

// The last two distinct actors of the kind named in [first, last) before token i, nearest first
// (fewer when there are not two): people, or else countries and organisations, a person standing
// for their own ("Zelensky accused Russia. Both sides ...": Russia and Ukraine).
std::vector<std::string> last_two_in(const Doc& d, MentionIt first, MentionIt last, std::size_t i, bool people) {
    std::vector<std::string> out;
    for (auto it = std::make_reverse_iterator(last); it != std::make_reverse_iterator(first) && out.size() < 2; ++it) {
        const Actor* a = d.actor(it->actor_id);
        if (!a || !it->acts || it->last_token > i) continue;
        const bool person = a->kind == ActorKind::person;
        if (people != person && !(person && a->affiliation)) continue;
        std::string id = people ? it->actor_id : affiliation_of(d, *it);
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
    }
    return out;
}

// The two that a group noun before token i stands for: two named before it in its own sentence
// ("Russia and Ukraine met, and both sides agreed"), else the last two of the group_reach sentences
// before; one alone in its sentence is the speaker or the subject, not a side ("The EU called on
// both sides").
std::vector<std::string> last_two(const Doc& d, const std::vector<ActorMention>& sorted, std::size_t i, bool people) {
    const std::size_t sentence = sentence_at(d.seg, d.seg.tokens[i].span.begin);
    const std::uint32_t start = d.seg.sentences[sentence].first_token;
    const auto [here_first, here_last] = starting_in(sorted, start, static_cast<std::uint32_t>(i));
    if (auto here = last_two_in(d, here_first, here_last, i, people); here.size() == 2) return here;
    const std::size_t from_sentence = sentence >= group_reach ? sentence - group_reach : 0;
    const auto [first, last] = starting_in(sorted, d.seg.sentences[from_sentence].first_token, start);
    return last_two_in(d, first, last, i, people);
}

void groups(Doc& d) {
    std::vector<ActorMention> sorted = d.mentions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
    for (std::size_t i = 0; i + 1 < d.seg.tokens.size(); ++i) {
        const bool both = d.lower[i] == "both";
        if (!both && !(d.lower[i] == "two" && i > 0 && d.lower[i - 1] == "the")) continue;
        const auto noun = std::find_if(group_nouns.begin(), group_nouns.end(), [&](const GroupNoun& g) { return g.word == d.lower[i + 1]; });
        if (noun == group_nouns.end() || d.used[i + 1]) continue;
        const auto two = last_two(d, sorted, i, noun->people);
        if (two.size() < 2) continue;
        const auto begin = static_cast<std::uint32_t>(both ? i : i - 1);
        for (const std::string& id : two) {
            d.add_mention(begin, static_cast<std::uint32_t>(i + 2), id, MentionForm::group);
            // a later group noun may stand for the same two ("... both sides. Both sides rejected it")
            const auto at = std::upper_bound(sorted.begin(), sorted.end(), begin,
                                             [](std::uint32_t t, const ActorMention& m) { return t < m.first_token; });
            sorted.insert(at, d.mentions.back());
        }
    }
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
    groups(d);
}

}  // namespace crisis::detail
