// Roles of a trigger from the actor mentions around it.
#include "events/roles.hpp"
#include "events/roles_shared.hpp"

#include <algorithm>
#include <array>

namespace crisis::detail {

namespace {

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool cooperative(std::string_view cameo) { return cameo.substr(0, 2) >= "03" && cameo.substr(0, 2) <= "06"; }

// Military acts (posture, coercion, assault, fighting, mass violence: roots 15, 17-20) land on
// cities and regions (gazetteer_places.tsv), whose country is their target ("shelled Kharkiv",
// "massed troops in Crimea"); a country named as a place stays one ("arrived in Belarus").
// How far after a military trigger the place it lands on may begin ("hit a residential building in
// Kharkiv"), nearer than an object: "attacks ... would be discussed in Kharkiv" are not on it.
constexpr std::uint32_t place_reach = 5;

bool lands_on_places(std::string_view cameo) {
    const std::string_view root = cameo.substr(0, 2);
    return root == "15" || (root >= "17" && root <= "20");
}

// Two mentions of one phrase ("the two leaders" stands for two people).
bool same_span(const ActorMention& a, const ActorMention& b) {
    return a.first_token == b.first_token && a.last_token == b.last_token;
}

}  // namespace

// Adds an actor and, for a person, the country or organisation it belongs to.
void add_with_affiliation(const ArticleContext& c, std::vector<std::string>& out, const std::string& id) {
    out.push_back(id);
    if (const std::string a = c.affiliation(id); a != id && c.actor(a)) out.push_back(a);
}

// Whether two mentions are one coordinated group: "the US and NATO", "Putin and US President Joe
// Biden", "NATO-Russia" (only conjunctions, articles, hyphens and capitalised title words between).
bool joins(const ArticleContext& c, std::uint32_t from, std::uint32_t to) {
    if (to < from || to - from > 3) return false;
    for (std::uint32_t i = from; i < to; ++i) {
        const std::string& w = c.lower[i];
        const bool link = w == "and" || w == "the" || w == "-" || w == "'s";
        if (!link && !(c.seg.tokens[i].capitalised && c.seg.tokens[i].kind == TokenKind::word)) return false;
    }
    return true;
}

bool eligible_target(const ArticleContext& c, const std::vector<std::string>& source, const std::string& id) {
    if (std::find(source.begin(), source.end(), id) != source.end()) return false;
    const std::string a = c.affiliation(id);
    return std::find(source.begin(), source.end(), a) == source.end();
}

bool after_with(const ArticleContext& c, const ActorMention& m, std::uint32_t floor) {
    std::uint32_t k = m.first_token;
    if (k > floor && c.lower[k - 1] == "the") --k;
    return k > floor && c.lower[k - 1] == "with";
}

void find_targets(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& hit, Roles& r,
                  bool skip_quoted, std::uint32_t reach) {
    const ActorMention* last = nullptr;
    for (const ActorMention* m : v.mentions) {
        if (m->first_token < region.begin || m->last_token > region.end) continue;
        if (!last && m->first_token > region.begin + reach) break;
        if (skip_quoted && v.in_quote(m->first_token)) continue;
        const bool struck_place = m->form == MentionForm::place && lands_on_places(hit.rule->cameo) && m->first_token <= hit.last + place_reach;
        if (!m->acts && !hit.rule->place_target && !struck_place) continue;
        if (!eligible_target(c, r.source, m->actor_id)) continue;
        if (last && !same_span(*last, *m) && !joins(c, last->last_token, m->first_token)) break;
        if (cooperative(hit.rule->cameo) && after_with(c, *m, region.begin) && m->first_token >= hit.last)
            add_with_affiliation(c, r.source, m->actor_id);
        else
            add_with_affiliation(c, r.target, m->actor_id);
        last = m;
    }
    sort_unique(r.source);
    sort_unique(r.target);
    std::erase_if(r.target, [&](const std::string& id) { return !eligible_target(c, r.source, id); });
}

namespace {

// Prepositions whose object is never the subject of the verb after it: "Russia's strike on Kyiv
// killed ten people" (not Kyiv), "a protest against Russia grew", "talks with Iran collapsed".
constexpr std::array<std::string_view, 9> object_only_prepositions{"on", "against", "at", "into", "over",
                                                                   "near", "toward", "towards", "with"};

bool object_of_preposition(const ArticleContext& c, const ActorMention& m, std::uint32_t floor) {
    std::uint32_t k = m.first_token;
    if (k > floor && c.lower[k - 1] == "the") --k;
    return k > floor &&
           std::find(object_only_prepositions.begin(), object_only_prepositions.end(), c.lower[k - 1]) != object_only_prepositions.end();
}

// Words that open a relative clause after a comma ("Macron, whose country holds the presidency
// of the EU, has not excluded a trip": the EU is not the subject).
constexpr std::array<std::string_view, 4> relative_openers{"who", "whose", "which", "whom"};

// Whether mention m lies inside ", who/whose/which ... ," closed before `before`.
bool in_relative_clause(const ArticleContext& c, const ActorMention& m, std::uint32_t floor, std::uint32_t before) {
    std::uint32_t open = m.first_token;
    while (open > floor + 1 && c.lower[open - 1] != ",") --open;
    if (open <= floor + 1 || open >= m.first_token ||
        std::find(relative_openers.begin(), relative_openers.end(), c.lower[open]) == relative_openers.end())
        return false;
    for (std::uint32_t k = m.last_token; k < before; ++k)
        if (c.lower[k] == ",") return true;
    return false;
}

}  // namespace

std::uint32_t subject_group(const ArticleContext& c, const SentenceView& v, std::uint32_t floor, std::uint32_t before,
                            std::vector<std::string>& out, std::uint32_t* first) {
    std::optional<std::uint32_t> group_first;
    std::uint32_t end = 0;
    const ActorMention* added = nullptr;
    for (auto it = v.mentions.rbegin(); it != v.mentions.rend(); ++it) {
        const ActorMention* m = *it;
        if (!m->acts || m->first_token < floor || m->last_token > before) continue;
        if (added && same_span(*m, *added)) {  // "the two leaders": each of the two
            add_with_affiliation(c, out, m->actor_id);
            continue;
        }
        // (but the owner of a noun trigger speaks for it: "at Washington's request")
        const bool owns_trigger = m->last_token + 1 == before && c.lower[m->last_token] == "'s";
        if (!group_first && !owns_trigger && object_of_preposition(c, *m, floor)) continue;
        if (!group_first && in_relative_clause(c, *m, floor, before)) continue;
        // "bought Russian crude and pledged": what comes from an actor does not act (lower case:
        // "EU Energy Commissioner" is a title)
        if (!group_first && m->last_token < c.lower.size() && !c.seg.tokens[m->last_token].capitalised &&
            cue_before(c.lex, c.lower, m->last_token + 1, 1, CueKind::goods, m->last_token))
            continue;
        if (group_first && m->last_token > *group_first) continue;  // nested in the group
        if (group_first && !joins(c, m->last_token, *group_first)) break;
        add_with_affiliation(c, out, m->actor_id);
        if (!group_first) end = m->last_token;
        group_first = m->first_token;
        added = m;
    }
    if (first && group_first) *first = *group_first;
    return end;
}

namespace {


// How far before "which" its antecedent may end ("the American and NATO replies of last month, which").
constexpr std::uint32_t which_reach = 6;

// The subject of "which": the group of mentions that ends shortly before it.
std::uint32_t antecedent_of_which(const ArticleContext& c, const SentenceView& v, std::uint32_t floor,
                                  std::uint32_t which, std::vector<std::string>& out) {
    const std::uint32_t from = which > floor + which_reach ? which - which_reach : floor;
    for (auto it = v.mentions.rbegin(); it != v.mentions.rend(); ++it)
        if ((*it)->acts && (*it)->last_token <= which && (*it)->last_token >= from && (*it)->first_token >= floor)
            return subject_group(c, v, floor, (*it)->last_token, out);
    return 0;
}

bool has_person(const ArticleContext& c, const std::vector<std::string>& ids) {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
        const Actor* a = c.actor(id);
        return a && a->kind == ActorKind::person;
    });
}

// Forms of "be" (and "get") before a past participle that make it passive ("were expelled").
constexpr std::array<std::string_view, 10> passive_auxiliaries{"was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"};
// Participles of trigger verbs that do not end in "-ed" ("were held", "was shot down").
constexpr std::array<std::string_view, 8> irregular_participles{"held", "sent", "shot", "cut", "struck", "put", "frozen", "shut"};
// How many words after the trigger its agent ("by Poland") may begin.
constexpr std::uint32_t agent_reach = 8;

bool is_participle(const std::string& w) {
    return (w.size() > 3 && w.ends_with("ed")) ||
           std::find(irregular_participles.begin(), irregular_participles.end(), w) != irregular_participles.end();
}

bool is_passive_auxiliary(const std::string& w) {
    return std::find(passive_auxiliaries.begin(), passive_auxiliaries.end(), w) != passive_auxiliaries.end();
}

// "Ten diplomats were expelled by Poland", "the proposal was formally rejected", "sanctions were
// imposed" (a row that writes the auxiliary), "the talks, hosted by Turkey": a participle right
// after a form of "be" (one adverb in "-ly", or "also", between), or right before "by".
bool passive(const ArticleContext& c, const TriggerHit& hit, std::uint32_t floor) {
    if (hit.last - hit.first >= 3 && is_participle(c.lower[hit.last - 1]) && is_passive_auxiliary(c.lower[hit.last - 2]))
        return true;
    if (!is_participle(c.lower[hit.first]) || hit.first <= floor) return false;
    if (is_passive_auxiliary(c.lower[hit.first - 1])) return true;
    if (hit.last < c.lower.size() && c.lower[hit.last] == "by") return true;
    const std::string& before = c.lower[hit.first - 1];
    const bool adverb = (before.size() > 3 && before.ends_with("ly")) || before == "also";
    return adverb && hit.first - 1 > floor && is_passive_auxiliary(c.lower[hit.first - 2]);
}

// The roles of a passive trigger whose subject group is `subject`: the acting mentions right after
// "by" (or "by the") are the source, the subject and the objects after the trigger the targets
// ("New sanctions were imposed on Russia by the EU": EU > Russia); with no agent the source is not
// named ("Ukraine was invaded": - > Ukraine).
std::optional<Roles> passive_roles(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& hit,
                                   std::vector<std::string> subject) {
    Roles r;
    for (const ActorMention* m : v.mentions) {
        if (!m->acts || m->first_token < hit.last || m->first_token > hit.last + agent_reach || m->last_token > region.end) continue;
        const std::uint32_t k = m->first_token;
        if (c.lower[k - 1] == "by" || (c.lower[k - 1] == "the" && k >= 2 && c.lower[k - 2] == "by")) {
            subject_group(c, v, k, region.end, r.source);  // the agent and those joined to it ("by the US and Britain")
            break;
        }
    }
    sort_unique(r.source);
    if (hit.rule->needs_person && !has_person(c, r.source)) return std::nullopt;
    find_targets(c, v, Clause{hit.first + 1, region.end}, hit, r, false, event_reach);
    for (const std::string& id : subject)
        if (eligible_target(c, r.source, id)) r.target.push_back(id);
    sort_unique(r.target);
    if (r.source.empty() && r.target.empty()) return std::nullopt;
    return r;
}

}  // namespace

// Past verbs whose object is the one who does what follows "to" ("urged Russia to withdraw").
constexpr std::array<std::string_view, 22> object_control_verbs{
    "urged", "asked", "pressed", "ordered", "invited", "allowed", "forced", "encouraged", "persuaded", "warned",
    "begged", "instructed", "authorised", "authorized", "helped", "requested", "expected", "required", "enabled",
    "prompted", "compelled", "tasked"};

// A purpose infinitive after a verb's object ("Poland summoned the Russian ambassador to protest
// the shelling"): the clause's subject acts, the object is the target. `first`: the first token
// of the group found before the trigger (its object). After a verb of object control ("urged
// Russia to withdraw"), or with no subject before the verb, the roles stay.
void purpose_subject(const ArticleContext& c, const SentenceView& v, std::uint32_t floor, const TriggerHit& hit,
                     std::uint32_t first, Roles& r) {
    if (r.source.empty() || hit.first == 0 || c.lower[hit.first - 1] != "to") return;
    std::uint32_t k = first;
    while (k > floor && std::find(determiners.begin(), determiners.end(), c.lower[k - 1]) != determiners.end()) --k;
    if (k <= floor + 1) return;
    const std::string& verb = c.lower[k - 1];
    if (!verb.ends_with("ed") || std::find(object_control_verbs.begin(), object_control_verbs.end(), verb) != object_control_verbs.end())
        return;
    std::vector<std::string> subject;
    const std::uint32_t end = subject_group(c, v, floor, k - 1, subject);
    if (subject.empty()) return;
    r.target = std::move(r.source);
    r.source = std::move(subject);
    r.subject_end = end;
}

std::optional<Roles> content_roles(const ArticleContext& c, const SentenceView& v, Clause region,
                                   const TriggerHit& hit, const Roles* speech) {
    std::uint32_t floor = region.begin;
    for (std::uint32_t i = region.begin; i < hit.first; ++i)
        if (c.lower[i] == "that" || c.lower[i] == "which") floor = i + 1;
    Roles r;
    std::uint32_t group_first = 0;
    r.subject_end = subject_group(c, v, floor, hit.first, r.source, &group_first);
    if (!hit.rule->speech && !hit.rule->recipient && passive(c, hit, floor)) return passive_roles(c, v, region, hit, std::move(r.source));
    if (!hit.rule->speech) purpose_subject(c, v, floor, hit, group_first, r);
    if (hit.rule->close_subject && (r.source.empty() || r.subject_end + close_reach < hit.first)) return std::nullopt;
    if (r.source.empty() && floor > region.begin && c.lower[floor - 1] == "which")  // "the replies, which had dismissed"
        r.subject_end = antecedent_of_which(c, v, region.begin, floor - 1, r.source);
    if (r.source.empty())  // "drills that Russia and Belarus will begin": the subject inside the trigger's words
        for (const ActorMention* m : v.mentions)
            if (m->acts && m->first_token > hit.first && m->last_token < hit.last) add_with_affiliation(c, r.source, m->actor_id);
    if (r.source.empty() && speech) {
        r.source = speech->source;
        r.pronoun_source = true;
    }
    if (r.source.empty()) return std::nullopt;
    sort_unique(r.source);
    if (hit.rule->needs_person && !has_person(c, r.source)) return std::nullopt;
    if (hit.rule->recipient) {  // "the replies it received": the subject is the target, the sender unnamed
        std::swap(r.source, r.target);
        return r;
    }
    // a rule that needs a target takes it right after its words ("was at the White House")
    const std::uint32_t reach = hit.rule->needs_target ? hit.last - hit.first + 2 : event_reach;
    find_targets(c, v, Clause{hit.first + 1, region.end}, hit, r, false, reach);
    return r;
}

std::vector<std::string> subject_of(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& h) {
    std::vector<std::string> out;
    subject_group(c, v, region.begin, h.first, out);
    sort_unique(out);
    return out;
}

// Subject pronouns that may stand for the speaker ("said that it had warned").
constexpr std::array<std::string_view, 5> subject_pronouns{"it", "he", "she", "they", "we"};

bool has_own_subject(const ArticleContext& c, const TriggerHit& hit, const Roles& r, std::uint32_t floor) {
    if (hit.first > floor && c.lower[hit.first - 1] == "and") return false;
    if (!r.pronoun_source) return r.subject_end + close_reach >= hit.first;
    for (std::uint32_t i = hit.first; i > floor && hit.first - i <= close_reach + 1; --i)
        if (std::find(subject_pronouns.begin(), subject_pronouns.end(), c.lower[i - 1]) != subject_pronouns.end()) return true;
    return false;
}

void speaker_after_and(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& hit,
                       const Roles* speech, Roles& r) {
    if (hit.rule->speech || !speech || speech->source.empty() || r.source.empty() || hit.first == 0 ||
        c.lower[hit.first - 1] != "and")
        return;  // a reporting verb may speak of its own subject ("and said Germany stood by Ukraine")
    const bool names_subject = std::any_of(v.mentions.begin(), v.mentions.end(), [&](const ActorMention* m) {
        if (!m->acts || m->first_token < hit.last || m->first_token > hit.last + event_reach || m->last_token > region.end) return false;
        return std::find(r.source.begin(), r.source.end(), m->actor_id) != r.source.end() ||
               std::find(r.source.begin(), r.source.end(), c.affiliation(m->actor_id)) != r.source.end();
    });
    if (!names_subject || speech->source == r.source) return;
    r.source = speech->source;
    r.target.clear();
    find_targets(c, v, Clause{hit.first + 1, region.end}, hit, r, false, event_reach);
}

}  // namespace crisis::detail
