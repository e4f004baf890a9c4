// timelinejs.json: the TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html):
// a title slide and one slide per merged event, its date as precise as it is known.
#include "io/export_detail.hpp"
#include "io/html_detail.hpp"

namespace crisis {

namespace {

using namespace exporting;

// A TimelineJS date object: year, then month and day only when the precision knows them.
ojson tl_date(date::sys_days d, bool month, bool day) {
    const date::year_month_day ymd{d};
    ojson j;
    j["year"] = static_cast<int>(ymd.year());
    if (month) j["month"] = static_cast<unsigned>(ymd.month());
    if (day) j["day"] = static_cast<unsigned>(ymd.day());
    return j;
}

// start_date, and end_date with display_date for ranges (a week, a quarter, a decade).
void add_dates(ojson& slide, const CalendarDate& d) {
    const bool days = d.precision == Precision::day || d.precision == Precision::week;
    const bool months = days || d.precision == Precision::month || d.precision == Precision::quarter ||
                        d.precision == Precision::season || d.precision == Precision::half;
    slide["start_date"] = tl_date(d.first, months, days);
    const bool single = d.precision == Precision::day || d.precision == Precision::month || d.precision == Precision::year;
    if (!single) {
        slide["end_date"] = tl_date(d.last, months, days);
        slide["display_date"] = to_timex_value(d);
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
    if (!e.target.empty()) who += (who.empty() ? "" : " ") + std::string("\u2192 ") + joined_names(e.target, names);
    return detail::escape_html(who.empty() ? label : label + ": " + who);
}

ojson title_slide(const Timeline& t) {
    std::string when;
    if (!t.events.empty())
        when = " from " + to_timex_value(t.events.front().date) + " to " + to_timex_value(t.events.back().date);
    return {{"text", {{"headline", "Crisis timeline"},
                      {"text", "<p>" + std::to_string(t.events.size()) + " events" + when + ", from " +
                                   std::to_string(t.articles.size()) + " articles.</p>"}}}};
}

}  // namespace

std::string to_timelinejs(const Timeline& t) {
    const auto names = actor_names(t);
    std::map<std::string, const ArticleInfo*, std::less<>> articles;
    for (const auto& a : t.articles) articles.emplace(a.id, &a);
    auto events = ojson::array();
    for (const auto& e : t.events) {
        ojson slide;
        add_dates(slide, e.date);
        slide["text"] = {{"headline", headline(e, names)}, {"text", slide_text(e, articles)}};
        const auto& lead = !e.source.empty() ? e.source : e.target;
        slide["group"] = lead.empty() ? std::string("Other") : joined_names({lead.front()}, names);
        slide["unique_id"] = "event-" + e.id;
        events.push_back(std::move(slide));
    }
    ojson j;
    j["title"] = title_slide(t);
    j["events"] = std::move(events);
    return dump(j, 2) + "\n";
}

}  // namespace crisis
