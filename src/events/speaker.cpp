// Who speaks: the speaker of a reporting verb and what they said.
#include "events/roles.hpp"
#include "events/roles_shared.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

// "Kuleba, standing next to Blinken, stated": the mention before an apposition speaks.
const ActorMention* before_apposition(const ArticleContext& c, const SentenceView& v, Clause clause,
                                      const ActorMention& inner) {
    std::uint32_t k = inner.first_token;
    while (k > clause.begin && inner.first_token - k < 6 && c.lower[k - 1] != ",") --k;
    if (k == clause.begin || c.lower[k - 1] != ",") return nullptr;
    for (const ActorMention* m : v.mentions)
        if (m->acts && m->last_token == k - 1 && m->first_token >= clause.begin) return m;
    return nullptr;
}

// Words that open a fronted adverbial ("In Washington,", "Before the talks,", "Speaking in Moscow,").
constexpr std::array<std::string_view, 24> adverbial_openers{
    "in", "at", "on", "before", "after", "while", "during", "meanwhile", "separately", "earlier", "later",
    "speaking", "also", "however", "then", "still", "for", "from", "with", "since", "as", "by", "following", "until"};

bool starts_adverbial(const ArticleContext& c, std::uint32_t k) {
    return std::find(adverbial_openers.begin(), adverbial_openers.end(), c.lower[k]) != adverbial_openers.end();
}

// The position of "to" (or "with") right before mention m, "the" between allowed ("a mission to
// the UN"); m.first_token when there is none.
std::uint32_t preposition_before(const ArticleContext& c, const ActorMention& m, std::uint32_t floor) {
    std::uint32_t k = m.first_token;
    if (k > floor && c.lower[k - 1] == "the") --k;
    return k > floor && (c.lower[k - 1] == "to" || c.lower[k - 1] == "with") ? k - 1 : m.first_token;
}

// How many words an aside between commas before a reporting verb may have.
constexpr std::uint32_t aside_reach = 8;

// Where an aside between commas that ends right before token `at` opens (its first comma), when
// no acting mention lies inside it ("The Kremlin, in a statement, mentioned"); else `at`.
std::uint32_t aside_before(const ArticleContext& c, const SentenceView& v, Clause clause, std::uint32_t at) {
    if (at < clause.begin + 3 || c.lower[at - 1] != ",") return at;
    for (std::uint32_t p = at - 2; p > clause.begin && at - p <= aside_reach; --p) {
        if (c.lower[p] != ",") continue;
        for (const ActorMention* m : v.mentions)
            if (m->acts && m->first_token > p && m->last_token < at) return at;
        return p;
    }
    return at;
}

// ", saying ...", ", adding ...": a reporting participle after a comma speaks for the subject that
// opens its clause ("Zelensky spoke on television, saying Ukraine would not give up"), never for
// one after it or inside what was said; the last of the mentions that open the clause, joined
// ("Ukrainian President Volodymyr Zelensky"), or none.
const ActorMention* participle_speaker(const ArticleContext& c, const SentenceView& v, Clause clause, const TriggerHit& hit) {
    const ActorMention* subject = nullptr;
    for (const ActorMention* m : v.mentions) {
        if (!m->acts || m->first_token < clause.begin || m->last_token >= hit.first) continue;
        if (subject == nullptr) {
            if (m->first_token > clause.begin + 2) return nullptr;
            subject = m;
        } else if (m->first_token >= subject->last_token && joins(c, subject->last_token, m->first_token)) {
            subject = m;
        } else if (m->first_token >= subject->last_token) {
            break;
        }
    }
    return subject;
}

// The mention that speaks: right before the verb ("Peskov said", "Lavrov also said") or right
// after it ("said Peskov", "according to Peskov").
const ActorMention* speaker_of(const ArticleContext& c, const SentenceView& v, Clause clause, const TriggerHit& hit) {
    const std::string& verb = c.lower[hit.first];
    if (verb.ends_with("ing") && verb != "according" && hit.first > clause.begin && c.lower[hit.first - 1] == ",")
        return participle_speaker(c, v, clause, hit);
    // "..., said Peskov", "..., according to Peskov": after a comma or a quote the speaker follows
    const bool after_pause = hit.first > clause.begin && (c.lower[hit.first - 1] == "," || v.in_quote(hit.first - 1) ||
                                                          c.seg.tokens[hit.first - 1].kind == TokenKind::punct);
    if (after_pause)
        for (const ActorMention* m : v.mentions)
            if (m->acts && m->first_token >= hit.last && m->first_token <= hit.last + 1 && m->last_token <= clause.end &&
                (m->last_token == clause.end || c.seg.tokens[m->last_token].kind == TokenKind::punct))
                return m;
    // where the speaker's words end, as far as is known: before an aside between commas that names
    // no one ("The Kremlin, in a statement, mentioned that ...")
    std::uint32_t reach_from = aside_before(c, v, clause, hit.first);
    const ActorMention* after_to = nullptr;  // a mention passed over as part of them
    for (auto it = v.mentions.rbegin(); it != v.mentions.rend(); ++it) {
        const ActorMention* m = *it;
        if (!m->acts || m->last_token > hit.first || m->first_token < clause.begin) continue;
        if (reach_from - std::min(reach_from, m->last_token) > 3) break;
        // "spoke with Aliyev and urged him": the partner of the verb before "and" does not speak
        if (c.lower[hit.first - 1] == "and" && after_with(c, *m, clause.begin)) break;
        // "Iran's mission to the UN said": the one after "to" belongs to the speaker's words, when
        // someone is named before it (else it stands for the speaker: "an adviser to Macron said")
        if (const std::uint32_t p = preposition_before(c, *m, clause.begin); p < m->first_token && !after_to) {
            reach_from = p;
            after_to = m;
            continue;
        }
        if (m->last_token < hit.first && c.lower[hit.first - 1] == ",")
            if (const ActorMention* head = before_apposition(c, v, clause, *m)) return head;
        return m;
    }
    if (after_to) return after_to;
    // "according to Peskov", "said on Friday Peskov", "a warning from the White House"; never the
    // subject of what was said ("warned that Moscow could"), nor the one an appeal or a warning is
    // addressed to ("urged the EU")
    const auto from = [&](const ActorMention& m) {
        const std::uint32_t k = m.first_token > clause.begin && c.lower[m.first_token - 1] == "the" ? m.first_token - 1 : m.first_token;
        return k > clause.begin && c.lower[k - 1] == "from";
    };
    if (hit.last < clause.end && c.lower[hit.last] != "that")
        for (const ActorMention* m : v.mentions)
            if (m->acts && m->first_token >= hit.last && m->first_token <= hit.last + 2 && m->last_token <= clause.end &&
                (std::string_view(hit.rule->cameo).starts_with("01") || from(*m)))
                return m;
    // "He called the exchange frank and warned that ...": the clause's subject, across "and"
    for (const ActorMention* m : v.mentions) {
        if (!m->acts || m->first_token < clause.begin || m->first_token > clause.begin + 1 || m->last_token > hit.first) continue;
        for (std::uint32_t i = m->last_token; i < hit.first; ++i)
            if (c.lower[i] == "and") return m;
        break;
    }
    return nullptr;
}

}  // namespace

std::optional<Roles> speech_roles(const ArticleContext& c, const SentenceView& v, Clause clause,
                                  const TriggerHit& hit) {
    const ActorMention* sp = speaker_of(c, v, clause, hit);
    if (sp == nullptr) return std::nullopt;
    Roles r;
    r.pronoun_source = sp->form == MentionForm::pronoun;
    r.speaker_first = sp->first_token;
    r.speaker_end = sp->last_token;
    add_with_affiliation(c, r.source, sp->actor_id);
    // "the US and NATO said": mentions joined to the speaker
    for (auto it = v.mentions.rbegin(); it != v.mentions.rend(); ++it)
        if ((*it)->acts && (*it)->last_token <= r.speaker_first && (*it)->first_token >= clause.begin &&
            joins(c, (*it)->last_token, r.speaker_first) && (*it)->last_token < r.speaker_first) {
            add_with_affiliation(c, r.source, (*it)->actor_id);
            r.speaker_first = (*it)->first_token;
        }
    if (sp->first_token >= hit.last) {
        r.content = Clause{clause.begin, hit.first};
        r.inverted = true;
    } else {
        std::uint32_t k = r.speaker_first;
        if (k > clause.begin && c.lower[k - 1] == "the") --k;
        const bool after_quote = k > clause.begin && (c.lower[k - 1] == "," || v.in_quote(k - 1) ||
                                                      c.seg.tokens[k - 1].kind == TokenKind::punct);
        // "In Washington, the Pentagon said ...", "At the same time, NATO said ...": a fronted
        // adverbial before the comma, not what was said
        const bool fronted = k > clause.begin && !v.in_quote(k - 1) && starts_adverbial(c, clause.begin);
        r.inverted = after_quote && k > clause.begin + 2 && !fronted;
        r.content = r.inverted ? Clause{clause.begin, k} : Clause{hit.last, clause.end};
    }
    find_targets(c, v, r.content, hit, r, r.pronoun_source && r.inverted, speech_reach);
    return r;
}

}  // namespace crisis::detail
