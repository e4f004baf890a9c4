// temporal/find: the stage's entry point. Scans each sentence, then resolves the expressions in
// text order so that anaphoric ones ("the next day") see the date mentioned last.
#include "temporal/lexicon_tense.hpp"
#include "temporal/scanner.hpp"
#include "temporal/spec.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <utility>

namespace crisis {

namespace {

// A name rather than a time: right after an opening quote, a unit word in title case inside the
// expression (ABC's "This Week", CBS's ''60 Minutes''); the text never capitalises a unit mid-phrase.
bool title_case_in_quotes(const std::vector<temporal::Tok>& toks, std::uint32_t first, const temporal::Match& m) {
    using namespace temporal;
    if (m.first <= first) return false;
    const std::string_view before = toks[m.first - 1].lower;
    if (!in(opening_quotes, before)) return false;
    for (std::uint32_t k = m.first + 1; k < m.last; ++k)
        if (toks[k].capitalised && (toks[k].is(Cls::unit) || toks[k].is(Cls::units))) return true;
    return false;
}

// The spec of a partial date that closes a period that is over ("the quarter ended Oct. 31"): the
// occurrence on or before the article date, not one a few days ahead that a past clause may plan.
temporal::Spec ended_period(const temporal::Spec& s) {
    temporal::Spec t = s;
    t.direction = temporal::Direction::on_or_before;
    return t;
}

// A comparison or an anaphoric date restated right after it, between commas, by a date of the same
// precision: "the comparable year-ago quarter, the second quarter ended Oct. 31, ...", "The next
// day, 25 January, ...": the first takes the restated date (a fiscal quarter that the year-ago
// shift cannot know, a day that the text names).
bool restated(const std::vector<temporal::Tok>& toks, const Timex& first, std::uint32_t first_last,
              const temporal::Match& m, const Timex& t) {
    return m.first == first_last + 1 && toks[first_last].lower == "," && first.date && t.date &&
           first.date->precision == t.date->precision;
}

// The second day of a range ("Jan. 12-13") in the year of the first, resolved just before it: the
// tense alone could put the two days a year apart.
temporal::Match in_range(const std::vector<temporal::Tok>& toks, const temporal::Match& m, const std::vector<Timex>& out) {
    temporal::Match r = m;
    const bool first_day_found = !out.empty() && out.back().date && m.first >= 2 && out.back().span.end == toks[m.first - 2].span.end;
    if (!first_day_found || m.spec.anchor != temporal::Anchor::partial) return r;
    r.spec.anchor = temporal::Anchor::absolute;
    r.spec.year = static_cast<int>(date::year_month_day{out.back().date->first}.year());
    return r;
}

// Whether matches a and b are the two ends of one range: "from Monday to Friday", "between
// January and March".
bool range_ends(const std::vector<temporal::Tok>& toks, std::uint32_t first, const temporal::Match& a,
                const temporal::Match& b) {
    if (b.first != a.last + 1) return false;
    const std::string_view w = toks[a.last].lower;
    if (w == "and") return a.first > first && toks[a.first - 1].lower == "between";
    return temporal::is_range_word(w);
}

// The minutes after midnight of a clock time.
int minutes(const temporal::Spec& s) noexcept { return s.hour * 60 + s.minute; }

// Replaces the day of a clock time's timex, keeping its time of day.
void move_clock(Timex& t, date::sys_days day) {
    t.date = day_date(day);
    t.value = to_timex_value(*t.date) + t.value.substr(t.value.find('T'));
}

// The clock times of a range (a, b) whose days the text leaves to each other: "from 10pm to 7am"
// (an end of no day of its own before the start is on the next day), "from 8 a.m. to 8 p.m. on
// Sunday" (a start of no day of its own is on the end's day, the day before when it is later:
// "from 10pm to 6am on Monday"). Returns whether the range was such a pair.
bool clock_range(const temporal::Match& a, const temporal::Match& b, Timex& start, Timex& end) {
    using temporal::Anchor;
    if (a.spec.hour < 0 || b.spec.hour < 0 || !start.date || !end.date) return false;
    if (b.spec.anchor == Anchor::previous && start.date->first == end.date->first && minutes(b.spec) < minutes(a.spec) &&
        end.value.find('T') != std::string::npos) {
        move_clock(end, end.date->first + date::days{1});
        return true;
    }
    if (a.spec.anchor == Anchor::previous && b.spec.anchor != Anchor::previous && start.value.find('T') != std::string::npos) {
        move_clock(start, end.date->first - date::days{minutes(a.spec) > minutes(b.spec) ? 1 : 0});
        return true;
    }
    return false;
}

// "January-February 2021", "from March 3 to June 2014": a month (or a day of one) of no year of
// its own before one that has its year is in that year, the year before when it is later
// ("December-January 2015"). Returns whether the range was such a pair.
bool start_in_end_year(const temporal::Match& a, const temporal::Match& b, Timex& start, const Timex& end,
                       const temporal::References& refs) {
    using namespace temporal;
    if (a.spec.anchor != Anchor::partial || !a.spec.month || a.spec.weekday >= 0 || b.spec.anchor != Anchor::absolute ||
        !b.spec.month || !start.date || !end.date)
        return false;
    Spec s = a.spec;
    s.anchor = Anchor::absolute;
    s.year = b.spec.year - (a.spec.month > b.spec.month ? 1 : 0);
    if (const auto r = resolve(s, end.date->first, refs, 0); r && r->date) {
        start.value = r->value;
        start.date = r->date;
    }
    return true;
}

// The two ends of a range, a (timex `start`) and b (`end`), put in order: the clock and year
// rules above, else "Between January and March, exports fell" written on Jan. 27, where the tense
// puts a past January in this year and a past March in the last one: two partial ends that come
// out in the wrong order keep the range's (in a past clause the start is the one on or before the
// end, else the end is the one after the start).
void order_range(const std::vector<temporal::Tok>& toks, std::uint32_t first, std::uint32_t last,
                 const temporal::Match& a, const temporal::Match& b, Timex& start, Timex& end,
                 const temporal::References& refs) {
    using namespace temporal;
    if (clock_range(a, b, start, end) || start_in_end_year(a, b, start, end, refs)) return;
    const auto tense_partial = [](const Match& m) {
        return m.spec.anchor == Anchor::partial && m.spec.direction == Direction::tense;
    };
    if (!tense_partial(a) || !tense_partial(b) || !start.date || !end.date) return;
    if (start.date->precision != end.date->precision || start.date->first <= end.date->first) return;
    const bool past = clause_tense(toks, first, last, a.first, b.last) == -1;
    const Match& m = past ? a : b;
    const auto r = resolve(m.spec, past ? end.date->first : start.date->last, refs, past ? -1 : 1);
    if (!r || !r->date) return;
    Timex& t = past ? start : end;
    t.value = r->value;
    t.date = r->date;
}

// Whether match m is the next item of a list that `before` is in, in the same sentence: only
// list_links between them, and an event preposition right before m ("Oct. 3, 2021 and Feb. 20",
// "on Sunday and again on Tuesday").
bool continues_list(const std::vector<temporal::Tok>& toks, const temporal::Match& before, const temporal::Match& m) noexcept {
    using namespace temporal;
    if (m.first <= before.last) return false;
    for (std::uint32_t k = before.last; k < m.first; ++k)
        if (!in(list_links, toks[k].lower) && !(k + 1 == m.first && k > before.last && in(event_prepositions, toks[k].lower)))
            return false;
    return true;
}

// The expression of match m, resolved on the clause's tense and the dates mentioned before it; none
// when it has no value there. `list_first`: the first token of the list m is an item of (m.first
// when it is none), where a past verb gives the moment of every item (settled_past).
std::optional<Timex> timex_of(const std::vector<temporal::Tok>& toks, std::uint32_t first, std::uint32_t last,
                              const temporal::Match& m, std::uint32_t list_first, date::sys_days dct_day,
                              const temporal::References& refs) {
    using namespace temporal;
    const bool needs_tense = m.spec.anchor == Anchor::partial || m.spec.duration_if_past || m.spec.refer_if_past ||
                             m.spec.refer_by_tense || m.spec.past_ref_if_past;
    int tense = needs_tense ? clause_tense(toks, first, last, m.first, m.last) : 0;
    // "agreed to meet in two weeks": a date ahead, not a duration of the past
    if (m.spec.duration_if_past && tense == -1 && governed_by_infinitive(toks, first, m.first)) tense = 1;
    // "the previous Friday" (a partial date that refers to a day): the one before the day
    // mentioned last, else before the article's
    const auto& day = refs.of(Precision::day);
    const bool on_day_mentioned = m.spec.anchor == Anchor::partial && m.spec.refer_to == Precision::day && day;
    const date::sys_days from = on_day_mentioned ? day->first : dct_day;
    const bool partial = m.spec.anchor == Anchor::partial && m.spec.direction == Direction::tense;
    const FrontedVerb fronted = partial && tense == -1 ? fronted_verb(toks, first, last, list_first, m.last) : FrontedVerb::none;
    if (fronted == FrontedVerb::plan) tense = plan_tense;  // "In March, the army was to hold drills"
    const bool ended = partial && (closes_ended_period(toks, first, m.first) ||
                                   (tense == -1 && (settled_past(toks, first, list_first) || fronted == FrontedVerb::past)));
    // (a weekday with the day that only the near occurrence fits, "said on Saturday, April 25": that one)
    auto r = ended ? resolve(ended_period(m.spec), from, refs, tense) : std::nullopt;
    if (!r) r = resolve(m.spec, from, refs, tense);
    if (!r) return std::nullopt;
    if (m.spec.past_ref_if_past && tense == -1) r->value = "PAST_REF";
    Timex t;
    t.span = Span{toks[m.first].span.begin, toks[m.last - 1].span.end};
    t.type = r->type;
    t.value = std::move(r->value);
    t.mod = std::string(m.spec.mod);
    t.date = r->date;
    t.anchored_on_dct = r->anchored_on_dct && !on_day_mentioned;
    return t;
}

// The order of day and month in the article's numeric dates: the one that some of them can only be
// read in ("12/17/2021": month first, so "10/5/2021" beside it is October 5), when none can only
// be read in the other; with no such date, the one its dates in words are written in, when they
// are all written one way ("Feb. 22" in American copy, "22 February" in British); else the
// options' (day first, the news default).
temporal::NumericOrder numeric_order(const std::vector<temporal::Match>& matches, const TemporalOptions& options) noexcept {
    using temporal::NumericOrder;
    bool day_first = false, month_first = false, written_day_first = false, written_month_first = false;
    for (const temporal::Match& m : matches) {
        day_first = day_first || m.spec.numeric_order == NumericOrder::day_first;
        month_first = month_first || m.spec.numeric_order == NumericOrder::month_first;
        written_day_first = written_day_first || m.spec.written_order == NumericOrder::day_first;
        written_month_first = written_month_first || m.spec.written_order == NumericOrder::month_first;
    }
    if (day_first != month_first) return day_first ? NumericOrder::day_first : NumericOrder::month_first;
    if (!day_first && written_day_first != written_month_first)
        return written_day_first ? NumericOrder::day_first : NumericOrder::month_first;
    return options.day_first ? NumericOrder::day_first : NumericOrder::month_first;
}

// The numeric dates that can be read either way, read month first. The second day of a range
// ("10/5/2021 to 12") keeps its own day and takes the month of the first.
void read_month_first(std::vector<temporal::Match>& matches) noexcept {
    using temporal::NumericOrder;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        temporal::Spec& s = matches[i].spec;
        if (s.numeric_order != NumericOrder::either) continue;
        if (s.range_end && i > 0 && matches[i - 1].spec.numeric_order == NumericOrder::either) s.month = matches[i - 1].spec.month;
        else std::swap(s.day, s.month);
    }
}

// Every sentence's matches into `matches`, the end of each sentence's into `ends`; the article's
// numeric dates settle the order of their day and month together.
void scan_article(const std::vector<temporal::Tok>& toks, const Segmentation& seg, const TemporalOptions& options,
                  std::vector<temporal::Match>& matches, std::vector<std::uint32_t>& ends) {
    matches.clear();
    ends.clear();
    for (const Sentence& sentence : seg.sentences) {
        temporal::scan_sentence(toks, sentence.first_token, sentence.first_token + sentence.token_count, matches);
        ends.push_back(static_cast<std::uint32_t>(matches.size()));
    }
    if (numeric_order(matches, options) == temporal::NumericOrder::month_first) read_month_first(matches);
}

// What resolving an article carries from one expression to the next.
struct Resolution {
    date::sys_days dct;
    temporal::References refs;  // the dates mentioned so far
    // the comparison or anaphoric date found last, while the next expression may restate it: its
    // index in the output, the token after it
    std::optional<std::pair<std::size_t, std::uint32_t>> restatable;
};

// The expressions of one sentence (tokens [first, last), its matches `ms`), resolved in text order
// onto `out`.
void resolve_sentence(const std::vector<temporal::Tok>& toks, std::uint32_t first, std::uint32_t last,
                      std::span<const temporal::Match> ms, Resolution& state, std::vector<Timex>& out) {
    using namespace temporal;
    const Match* before = nullptr;  // the match of out.back(), when it is in this sentence
    std::uint32_t list_first = 0;     // the first token of the list `before` is in
    for (const Match& m : ms) {
        if (title_case_in_quotes(toks, first, m)) continue;  // ABC's "This Week", CBS's "60 Minutes"
        list_first = before && continues_list(toks, *before, m) ? list_first : m.first;
        std::optional<Timex> t = timex_of(toks, first, last, m.spec.range_end ? in_range(toks, m, out) : m, list_first,
                                          state.dct, state.refs);
        if (!t) continue;
        if (before && range_ends(toks, first, *before, m)) order_range(toks, first, last, *before, m, out.back(), *t, state.refs);
        before = &m;
        if (t->date && !m.spec.comparison) state.refs.note(*t->date);
        if (const auto& r = state.restatable; r && restated(toks, out[r->first], r->second, m, *t)) {
            // a clock time keeps its time of day: "14:32 GMT, 24 February 2022" is 2022-02-24T14:32
            Timex& f = out[r->first];
            const std::size_t time = f.value.find('T');
            f.value = time != std::string::npos && t->value.find('T') == std::string::npos ? t->value + f.value.substr(time) : t->value;
            f.date = t->date;
        }
        state.restatable.reset();
        if (m.spec.comparison || m.spec.anchor == Anchor::previous) state.restatable.emplace(out.size(), m.last);
        out.push_back(std::move(*t));
    }
}

}  // namespace

struct TimexScratch::Buffers {
    std::string lowered;
    std::vector<temporal::Tok> toks;
    std::vector<temporal::Match> matches;
    std::vector<std::uint32_t> sentence_ends;
};

TimexScratch::TimexScratch() : buffers_(std::make_unique<Buffers>()) {}
TimexScratch::~TimexScratch() = default;

std::vector<Timex> find_timexes(std::string_view text, const Segmentation& seg, date::year_month_day dct,
                                const TemporalOptions& options) {
    TimexScratch scratch;
    return find_timexes(text, seg, dct, scratch, options);
}

std::vector<Timex> find_timexes(std::string_view text, const Segmentation& seg, date::year_month_day dct,
                                TimexScratch& scratch, const TemporalOptions& options) {
    using namespace temporal;
    std::vector<Timex> out;
    if (!dct.ok() || seg.tokens.empty()) return out;
    TimexScratch::Buffers& buffers = scratch.buffers();
    lower_into(text, buffers.lowered);
    make_tokens_into(seg, buffers.lowered, buffers.toks);
    const std::vector<Tok>& toks = buffers.toks;
    const date::sys_days dct_day{dct};
    // every sentence's matches first, then resolved in text order
    std::vector<Match>& matches = buffers.matches;
    std::vector<std::uint32_t>& ends = buffers.sentence_ends;  // per sentence, the end of its matches
    scan_article(toks, seg, options, matches, ends);
    Resolution state{dct_day, {}, std::nullopt};
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < seg.sentences.size(); begin = ends[i++]) {
        const std::uint32_t first = seg.sentences[i].first_token;
        resolve_sentence(toks, first, first + seg.sentences[i].token_count,
                         std::span<const Match>(matches.data() + begin, ends[i] - begin), state, out);
    }
    // The sentences come in text order and so, nearly always, do their expressions: sorted only
    // when two are not in strictly increasing order (else the order is the one sorting gives).
    const auto not_before = [](const Timex& a, const Timex& b) { return a.span.begin >= b.span.begin; };
    if (std::adjacent_find(out.begin(), out.end(), not_before) != out.end())
        std::sort(out.begin(), out.end(), [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
    return out;
}

}  // namespace crisis
