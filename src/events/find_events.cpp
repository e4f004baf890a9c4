// find_events: one event per clause at most, from the trigger lexicon and the roles around it.
#include "events/roles.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <cmath>

namespace crisis {

namespace detail {

namespace {

std::string names(const ArticleContext& c, const std::vector<std::string>& ids) {
    std::vector<std::string> shown;
    for (const std::string& id : ids) {
        // a person's country is implied by the person
        const bool implied = std::any_of(ids.begin(), ids.end(), [&](const std::string& o) {
            return o != id && c.affiliation(o) == id;
        });
        if (!implied) shown.push_back(c.actor(id) ? c.actor(id)->name : id);
    }
    std::string out;
    for (std::size_t i = 0; i < shown.size(); ++i)
        out += (i == 0 ? "" : i + 1 == shown.size() ? " and " : ", ") + shown[i];
    return out;
}

double confidence(const Roles& r, const DateChoice& d, bool speech) {
    double x = 0.5;
    if (d.date) x += 0.2;
    if (!r.target.empty()) x += 0.15;
    if (!r.pronoun_source) x += 0.1;
    if (speech) x -= 0.1;
    return std::round(std::clamp(x, 0.05, 0.95) * 100.0) / 100.0;
}

Event make_event(const ArticleContext& c, const Sentence& s, const TriggerHit& hit, Roles r, const DateChoice& d,
                 bool speech) {
    Event e;
    const Span trig{c.seg.tokens[hit.first].span.begin, c.seg.tokens[hit.last - 1].span.end};
    e.id = c.article.id + "-" + std::to_string(trig.begin);
    e.date = d.date.value_or(day_date(date::sys_days(c.article.date)));
    e.date_inferred = !d.date.has_value();
    e.cameo = hit.rule->cameo;
    e.quad_class = quad_class_of(e.cameo);
    e.goldstein = hit.rule->goldstein;
    e.status = d.planned ? EventStatus::planned : EventStatus::occurred;
    e.confidence = confidence(r, d, speech);
    e.source = std::move(r.source);
    e.target = std::move(r.target);
    e.trigger = std::string(trig.in(c.article.text));
    e.summary = e.source.empty() ? std::string("someone") : names(c, e.source);  // appended: GCC 12 warns wrongly on a + chain
    e.summary += ' ';
    e.summary += summary_verb(e.cameo, !e.target.empty());
    if (!e.target.empty()) {
        e.summary += ' ';
        e.summary += names(c, e.target);
    }
    e.evidence.push_back(Evidence{c.article.id, s.span.begin, s.span.end, std::string(s.span.in(c.article.text))});
    return e;
}

// Punctuation or "and" between two triggers: a later trigger may then tell a different happening.
bool separated(const ArticleContext& c, std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t i = from; i < to; ++i) {
        const std::string& w = c.lower[i];
        if (w == "," || w == ";" || w == "and" || w == "\u2014" || w == "\u2013") return true;
    }
    return false;
}

// "X visited Kyiv and held talks": a verb after "and" with no subject of its own shares the
// subject of the verb before it.
bool shares_subject(const ArticleContext& c, const SentenceView& v, const TriggerHit& before, const TriggerHit& h) {
    std::uint32_t conj = h.first;
    for (std::uint32_t i = before.last; i < h.first; ++i)
        if (c.lower[i] == "and" || c.lower[i] == "then") conj = i;
    if (conj == h.first) return false;
    for (std::uint32_t i = conj + 1; i < h.first; ++i)
        if (c.seg.tokens[i].kind == TokenKind::word && !c.seg.tokens[i].capitalised && c.lower[i] != "also" &&
            c.lower[i] != "later" && c.lower[i] != "then")
            return false;  // a word between "and" and the verb: not a bare coordinated verb
    return std::none_of(v.mentions.begin(), v.mentions.end(),
                        [&](const ActorMention* m) { return m->acts && m->first_token > conj && m->first_token < h.first; });
}

// "will travel to Berlin ..., before sitting down with Lavrov": a verb in -ing after before/after/
// while/when has the main verb's subject.
bool participle_of_time(const ArticleContext& c, const TriggerHit& h) {
    static constexpr std::array<std::string_view, 5> openers{"before", "after", "while", "when", "since"};
    return h.first > 0 && c.lower[h.first].ends_with("ing") &&
           std::find(openers.begin(), openers.end(), c.lower[h.first - 1]) != openers.end();
}

// "handed over their answers on Wednesday, ... while offering talks": a verb in -ing after "while"
// or "when" happens at the main verb's time (after "before" or "after" it does not).
bool participle_at_same_time(const ArticleContext& c, const TriggerHit& h) {
    static constexpr std::array<std::string_view, 2> openers{"while", "when"};
    return participle_of_time(c, h) && std::find(openers.begin(), openers.end(), c.lower[h.first - 1]) != openers.end();
}

// "Washington made no concessions to Russia's demands over Ukraine in a written response": a
// trigger in the same words as the verb before it (no punctuation between), whose nearest actors
// are not right before it, belongs to that verb's subject.
bool same_predicate(const ArticleContext& c, const TriggerHit& before, const TriggerHit& h, const std::optional<Roles>& r) {
    for (std::uint32_t i = before.last; i < h.first; ++i)  // ("and" may join nouns: "over Ukraine and NATO")
        if (c.lower[i] == "," || c.lower[i] == ";" || c.lower[i] == "\u2014") return false;
    return !r || (r->subject_end >= before.last && r->subject_end + 1 < h.first);
}

// The first token of the subject of a later trigger before `end` ("promised to respond to the
// drafts Moscow made public on December 17": "Moscow"), else `end`.
std::uint32_t next_subject(const SentenceView& v, const TriggerHit& h, std::uint32_t end) {
    for (const TriggerHit& o : v.hits) {
        if (o.first <= h.last || o.first >= end) continue;
        for (const ActorMention* m : v.mentions)
            if (m->acts && m->last_token == o.first && m->first_token >= h.last) return m->first_token;
    }
    return end;
}

// The words that belong to trigger h: between the coordinators ("and", a comma, a semicolon)
// around it, within its clause. A time expression there governs h rather than the verbs beside it:
// "visited Kyiv on Wednesday and held talks in Berlin the next day"; they end before the subject of
// a later trigger. (A trigger noun in the same words, "rejected Moscow's demands on Wednesday",
// shares them.)
Clause verb_segment(const ArticleContext& c, const SentenceView& v, const TriggerHit& h, Clause region) {
    // "and" or a comma parts two verbs only when a trigger stands on its other side ("its embassy
    // and consulates on Wednesday", "the Emir of Qatar, Sheikh Tamim, at the White House on Monday")
    auto hit_between = [&](std::uint32_t from, std::uint32_t to) {
        return std::any_of(v.hits.begin(), v.hits.end(), [&](const TriggerHit& o) { return o.first >= from && o.first < to; });
    };
    auto coordinator = [&](std::uint32_t i, bool before) {
        if (c.lower[i] == ";") return true;
        return (c.lower[i] == "and" || c.lower[i] == ",") &&
               (before ? hit_between(region.begin, i) : hit_between(i + 1, region.end));
    };
    Clause seg = region;
    for (std::uint32_t i = h.first; i > region.begin; --i)
        if (coordinator(i - 1, true)) { seg.begin = i; break; }
    for (std::uint32_t i = h.last; i < region.end; ++i)
        if (coordinator(i, false)) { seg.end = i; break; }
    seg.end = std::min(seg.end, next_subject(v, h, seg.end));
    return seg;
}

std::uint32_t first_hit_in(const SentenceView& v, Clause region) {
    for (const TriggerHit& o : v.hits)
        if (o.first >= region.begin && o.first < region.end) return o.first;
    return region.end;
}

// Where the frame date of a region may stand: before its first trigger, else (in a clause, not in
// what was said) before the first trigger of the sentence ("On Monday, while Macron was in Moscow,
// Scholz was at the White House": the clauses start at "while" and at "Scholz").
Clause frame_of(const ArticleContext& c, const SentenceView& v, Clause clause, Clause region) {
    const Clause own{region.begin, first_hit_in(v, region)};
    if (!dated_within(c, own).empty() || region.begin != clause.begin) return own;
    return Clause{v.begin, first_hit_in(v, Clause{v.begin, v.end})};
}

bool participle_after_comma(const ArticleContext& c, const TriggerHit& h) {
    return h.first > 0 && c.lower[h.first - 1] == "," && c.lower[h.first].ends_with("ing");
}

// "he had asked the economy ministry to withdraw a security assessment": an appeal by the
// act's own source to someone who is not an actor (its own agency) tells the act, a stronger one.
bool carried_out(const ArticleContext& c, const TriggerHit& asked, const Event& appeal, const Event& act) {
    const std::vector<const ActorMention*> inside = mentions_within(c, Clause{asked.first, asked.last});
    const bool actor_asked = std::any_of(inside.begin(), inside.end(), [](const ActorMention* m) { return m->acts; });
    return !actor_asked && appeal.target.empty() && appeal.cameo.starts_with("02") && !act.cameo.starts_with("01") && !act.cameo.starts_with("02") &&
           appeal.source == act.source && std::abs(act.goldstein) > std::abs(appeal.goldstein);
}

// Whether two CAMEO codes share their root ("130" and "13").
bool same_root(std::string_view a, std::string_view b) { return a.substr(0, 2) == b.substr(0, 2); }

bool distinct(const Event& a, const Event& b) {
    return !same_root(a.cameo, b.cameo) || a.target != b.target || !(a.date == b.date);
}

// The date of trigger h in `region`: its own, or counted from the day before it; else, in what a
// statement (`said`, `speaker`) tells, the statement's; else the date of the event before (`before`, of trigger `previous`) when h
// shares its subject or happens while it does ("visited Kyiv on Tuesday and promised more aid",
// "..., while offering talks"), unless that one is a plan ("moved units for drills due to start on
// Feb. 10, and held exercises").
DateChoice trigger_date(const ArticleContext& c, const SentenceView& v, Clause clause, Clause region, const TriggerHit& h,
                        const TriggerHit* said, const Roles* speaker, const TriggerHit* previous, const Event* before) {
    DateChoice d = event_date(c, region, h, verb_segment(c, v, h, region), frame_of(c, v, clause, region));
    // "met on Friday, two days after Biden spoke", "warned on Monday that ..., two days after Iran
    // attacked": counted from the day of the event before or of the statement h is told in (which
    // is also the date found around h when it is that day's)
    const Clause sentence{v.begin, v.end};
    std::optional<CalendarDate> base = said ? speech_date(c, clause, *said, *speaker).date
                                       : before && !before->date_inferred ? std::optional{before->date} : std::nullopt;
    if (const auto count = count_before(c, sentence, h)) {
        if (!base && !said) base = day_before_count(c, sentence, *count);
        if (base && (!d.date || *d.date == *base))
            if (const auto counted = counted_from(*count, *base)) {
                d.date = counted;
                d.planned = counted->first > date::sys_days(c.article.date);
            }
    }
    if (!d.date && said) d.date = base;
    if (const TimexAt* t = d.date ? nullptr : time_before_when(c, sentence, h)) d = date_choice(c, t, region, h);
    if (!d.date && previous && before && !before->date_inferred && before->status == EventStatus::occurred &&
        (shares_subject(c, v, *previous, h) || participle_at_same_time(c, h)))
        d.date = before->date;
    return d;
}

// "Zelensky declared February 16 a day of unity and urged Ukrainians to hold the flag": a reporting
// verb of another root right after "and", in what the first one (`first`, roles `speech`) says, is
// a statement of the same speaker, at its own time or else at the first one's.
void add_coordinated_statements(const ArticleContext& c, const Sentence& s, const SentenceView& v, Clause clause,
                                const TriggerHit& first, const Roles& speech, std::vector<Event>& out) {
    for (const TriggerHit& h : v.hits) {
        if (!h.rule->speech || &h == &first || h.first < speech.content.begin || h.last > speech.content.end) continue;
        if (c.lower[h.first - 1] != "and" || same_root(h.rule->cameo, first.rule->cameo)) continue;
        auto r = content_roles(c, v, Clause{h.first, clause.end}, h, &speech);
        if (!r || r->source.empty() || (speech.pronoun_source && r->target.empty())) continue;
        DateChoice d = speech_date(c, clause, h, *r);
        if (!d.date) d = speech_date(c, clause, first, speech);  // "said on Monday ... and warned": Monday
        out.push_back(make_event(c, s, h, std::move(*r), d, true));
    }
}

// The first reporting verb of the clause that has a speaker, with its roles.
struct Statement {
    const TriggerHit* hit = nullptr;
    std::optional<Roles> roles;
};
Statement first_statement(const ArticleContext& c, const SentenceView& v, Clause clause) {
    for (const TriggerHit& h : v.hits) {
        if (h.first < clause.begin || h.first >= clause.end || !h.rule->speech) continue;
        if (auto r = speech_roles(c, v, clause, h)) return Statement{&h, std::move(r)};
    }
    return {};
}

// The roles of trigger h in `region` (`speech`: the statement whose content it is in), the source
// carried over from the event before (`before`, of trigger `previous`) when h shares its subject;
// none when h tells no event of its own.
std::optional<Roles> trigger_roles(const ArticleContext& c, const SentenceView& v, Clause region, const TriggerHit& h,
                                   const Roles* speech, const TriggerHit* previous, const Event* before) {
    auto r = content_roles(c, v, region, h, speech);
    if (previous && (shares_subject(c, v, *previous, h) || same_predicate(c, *previous, h, r) || participle_of_time(c, h))) {
        if (!r) r = Roles{};
        r->source = before->source;
        std::erase_if(r->target, [&](const std::string& id) { return std::binary_search(r->source.begin(), r->source.end(), id); });
    } else if (h.rule->speech && r && !has_own_subject(c, h, *r, region.begin)) {
        return std::nullopt;
    }
    if (r) speaker_after_and(c, v, region, h, speech, *r);
    if (!r || (h.rule->needs_target && r->target.empty())) return std::nullopt;
    return r;
}

// Adds event e (of trigger h, dated `d`) to the clause's events `out` unless it tells the happening
// of the one before (`previous`): a later trigger tells another happening after punctuation or
// "and", or when it carries a date of its own ("moved units to Belarus for drills due to start on
// Feb. 10"); one that carries out the one before replaces it.
void place_event(const ArticleContext& c, const TriggerHit& h, const DateChoice& d, Event e, const TriggerHit*& previous,
                 std::vector<Event>& out) {
    const bool apart = previous && (separated(c, previous->last, h.first) || (d.date && !(out.back().date == e.date)));
    if (previous && !apart && carried_out(c, *previous, out.back(), e)) {
        out.back() = std::move(e);
        previous = &h;
        return;
    }
    if (previous && !(apart && distinct(out.back(), e))) return;
    out.push_back(std::move(e));
    previous = &h;
}

// The clause's first trigger when it is an act told before reporting verb h, which follows it after
// "and" ("Biden spoke with Zelensky and reiterated that ..."), with no "that" before it (not an act
// told of: "he repeated that the answers delivered ..., and warned"); else none.
const TriggerHit* first_act(const ArticleContext& c, const SentenceView& v, Clause clause, const TriggerHit& h) {
    if (h.first <= clause.begin || c.lower[h.first - 1] != "and") return nullptr;
    const auto first = std::find_if(v.hits.begin(), v.hits.end(), [&](const TriggerHit& o) { return o.first >= clause.begin; });
    if (first == v.hits.end() || first->first >= h.first || first->rule->speech) return nullptr;
    for (std::uint32_t i = clause.begin; i < first->first; ++i)
        if (c.lower[i] == "that") return nullptr;
    return &*first;
}

// The statement of reporting verb h that follows the act of trigger `first` after "and" (`act`,
// the clause's first event): its speaker is that trigger's subject ("Biden spoke with Zelensky and
// reiterated ...": Biden, not Zelensky), its time its own or else the act's.
Event statement_after_act(const ArticleContext& c, const Sentence& s, const SentenceView& v, Clause clause,
                          const TriggerHit& h, const TriggerHit& first, Roles speech, const Event& act) {
    if (auto subject = subject_of(c, v, clause, first); !subject.empty()) {
        speech.source = std::move(subject);
        speech.pronoun_source = false;
        std::erase_if(speech.target, [&](const std::string& id) { return std::binary_search(speech.source.begin(), speech.source.end(), id); });
    }
    DateChoice d = speech_date(c, clause, h, speech);
    if (!d.date && !act.date_inferred && act.status == EventStatus::occurred) d.date = act.date;
    return make_event(c, s, h, std::move(speech), d, true);
}

// The events of one clause: every event trigger that has a source and tells a distinct happening
// (a different type, target or date after punctuation); else the statement of a reporting verb.
std::vector<Event> clause_events(const ArticleContext& c, const Sentence& s, const SentenceView& v, Clause clause) {
    Statement speech = first_statement(c, v, clause);
    std::vector<Event> out;
    const TriggerHit* previous = nullptr;
    for (const TriggerHit& h : v.hits) {
        if (h.first < clause.begin || h.first >= clause.end) continue;
        const bool said = speech.roles && h.first >= speech.roles->content.begin && h.last <= speech.roles->content.end;
        // a reporting verb is the statement, but inside what another one says it is a happening
        // told of ("signalled that it had warned Johnson"): a warning, not only a statement
        if (h.rule->speech && (!said || &h == speech.hit)) continue;
        // what an appeal asks for has not happened ("urged the EU to cut Russia off from SWIFT")
        if (said && std::string_view(speech.hit->rule->cameo).starts_with("02")) continue;
        if (previous && participle_after_comma(c, h)) continue;  // ", refusing to ...": the same happening
        const Clause region = said ? speech.roles->content : clause;
        const Roles* told = said ? &*speech.roles : nullptr;
        auto r = trigger_roles(c, v, region, h, told, previous, out.empty() ? nullptr : &out.back());
        if (!r) continue;
        const DateChoice d = trigger_date(c, v, clause, region, h, said ? speech.hit : nullptr, told, previous,
                                          out.empty() ? nullptr : &out.back());
        place_event(c, h, d, make_event(c, s, h, std::move(*r), d, false), previous, out);
    }
    if (!speech.roles) return out;
    const Roles& sr = *speech.roles;
    // the statement, when nothing it tells is an event, or when it follows an act of its speaker
    // after "and" ("spoke with Aliyev and urged him to halt the offensive": a call and an appeal)
    const TriggerHit* act = first_act(c, v, clause, *speech.hit);
    const bool after_act = act && !out.empty() &&
                           std::none_of(out.begin(), out.end(), [&](const Event& e) { return same_root(e.cameo, speech.hit->rule->cameo); });
    const bool statement = (out.empty() || after_act) && !(sr.pronoun_source && sr.target.empty());
    add_coordinated_statements(c, s, v, clause, *speech.hit, sr, out);
    if (statement && after_act) {
        out.push_back(statement_after_act(c, s, v, clause, *speech.hit, *act, std::move(*speech.roles), out.front()));
    } else if (statement) {
        const DateChoice d = speech_date(c, clause, *speech.hit, sr);
        out.insert(out.begin(), make_event(c, s, *speech.hit, std::move(*speech.roles), d, true));
    }
    return out;
}

std::vector<TimexAt> dated_timexes(const Segmentation& seg, const std::vector<Timex>& timexes) {
    std::vector<TimexAt> out;
    for (const Timex& t : timexes) {
        if (!t.date || seg.tokens.empty()) continue;
        const auto first = std::lower_bound(seg.tokens.begin(), seg.tokens.end(), t.span.begin,
                                            [](const Token& k, std::uint32_t o) { return k.span.end <= o; });
        auto last = first;
        while (last != seg.tokens.end() && last->span.begin < t.span.end) ++last;
        if (first == last) continue;
        out.push_back(TimexAt{static_cast<std::uint32_t>(first - seg.tokens.begin()),
                              static_cast<std::uint32_t>(last - seg.tokens.begin()), &t});
    }
    return out;
}

}  // namespace

}  // namespace detail

std::vector<Event> find_events(const Article& article, const Segmentation& seg, const std::vector<Timex>& timexes,
                               const ActorAnalysis& actors) {
    detail::ArticleContext c{article, seg, timexes, actors, detail::builtin_lexicon(),
                             detail::lower_tokens(article.text, seg), {}, detail::dated_timexes(seg, timexes), {}, {}};
    for (const Actor& a : actors.actors) c.by_id.emplace(a.id, &a);
    detail::index_article(c);
    std::vector<Event> events;
    for (const Sentence& s : seg.sentences) {
        if (!detail::is_running_text(c, s)) continue;
        const detail::SentenceView v = detail::view_sentence(c, s);
        for (const detail::Clause& clause : v.clauses)
            for (Event& e : detail::clause_events(c, s, v, clause)) events.push_back(std::move(e));
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    return events;
}

}  // namespace crisis
