// timelinejs.json: the TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html):
// a title slide and one slide per merged event, its date as precise as it is known.
#include "io/export_detail.hpp"
#include "io/html_detail.hpp"
#include "io/json_writer.hpp"

namespace crisis {

namespace {

using namespace exporting;

// A TimelineJS date object: year, then month and day only when the precision knows them.
void write_tl_date(JsonWriter& w, date::sys_days d, bool month, bool day) {
    const date::year_month_day ymd{d};
    w.begin_object();
    w.key("year"), w.number(static_cast<int>(ymd.year()));
    if (month) w.key("month"), w.number(static_cast<unsigned>(ymd.month()));
    if (day) w.key("day"), w.number(static_cast<unsigned>(ymd.day()));
    w.end_object();
}

// start_date, and end_date with display_date for ranges (a week, a quarter, a decade).
void write_dates(JsonWriter& w, const CalendarDate& d) {
    const bool days = d.precision == Precision::day || d.precision == Precision::week;
    const bool months = days || d.precision == Precision::month || d.precision == Precision::quarter ||
                        d.precision == Precision::season || d.precision == Precision::half;
    w.key("start_date"), write_tl_date(w, d.first, months, days);
    const bool single = d.precision == Precision::day || d.precision == Precision::month || d.precision == Precision::year;
    if (!single) {
        w.key("end_date"), write_tl_date(w, d.last, months, days);
        w.key("display_date"), w.string(to_timex_value(d));
    }
}

std::string slide_text(const Event& e, const std::map<std::string, const ArticleInfo*, std::less<>>& articles) {
    std::string out = "<p>" + detail::escape_html(e.summary) + "</p>";
    for (const auto& ev : e.evidence) {
        const auto it = articles.find(ev.article);
        std::string where = ev.article;
        if (it != articles.end())
            where = (it->second->title ? *it->second->title : it->second->path) + ", " + format_iso_date(it->second->date);
        out += "<blockquote>" + detail::escape_html(ev.text) + "</blockquote><p><em>" + detail::escape_html(where) + "</em></p>";
    }
    return out;
}

std::string headline(const Event& e, const std::map<std::string, std::string, std::less<>>& names) {
    std::string label(cameo_label(e.cameo));
    if (label.empty()) label = "CAMEO " + e.cameo;
    std::string who = joined_names(e.source, names);
    if (!e.target.empty()) {  // appended piece by piece: GCC 12 warns (-Wrestrict) on the chained +
        if (!who.empty()) who += ' ';
        who += "\u2192 ";
        who += joined_names(e.target, names);
    }
    return detail::escape_html(who.empty() ? label : label + ": " + who);
}

void write_title_slide(JsonWriter& w, const Timeline& t) {
    std::string when;
    if (!t.events.empty())
        when = " from " + to_timex_value(t.events.front().date) + " to " + to_timex_value(t.events.back().date);
    w.begin_object();
    w.key("text"), w.begin_object();
    w.key("headline"), w.string("Crisis timeline");
    w.key("text"), w.string("<p>" + std::to_string(t.events.size()) + " events" + when + ", from " +
                            std::to_string(t.articles.size()) + " articles.</p>");
    w.end_object();
    w.end_object();
}

}  // namespace

void write_timelinejs(const Timeline& t, const ByteSink& out) {
    const auto names = actor_names(t);
    std::map<std::string, const ArticleInfo*, std::less<>> articles;
    for (const auto& a : t.articles) articles.emplace(a.id, &a);
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("title"), write_title_slide(w, t);
    w.key("events"), w.begin_array();
    for (const auto& e : t.events) {
        w.begin_object();
        write_dates(w, e.date);
        w.key("text"), w.begin_object();
        w.key("headline"), w.string(headline(e, names));
        w.key("text"), w.string(slide_text(e, articles));
        w.end_object();
        const auto& lead = !e.source.empty() ? e.source : e.target;
        w.key("group"), w.string(lead.empty() ? std::string("Other") : joined_names({lead.front()}, names));
        w.key("unique_id"), w.string("event-" + e.id);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.raw("\n");
}

std::string to_timelinejs(const Timeline& t) {
    std::string out;
    write_timelinejs(t, [&out](std::string_view piece) { out += piece; });
    return out;
}

}  // namespace crisis
