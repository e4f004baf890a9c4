// The plain timeline page: what timeline.html holds when the binary was built without the viewer
// (CRISIS_VIEWER=OFF). No script at all; every string escaped; only http(s) URLs become links.
#include "io/html_detail.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace crisis::detail {

namespace {

using nlohmann::json;

std::string text_of(const json& j, const char* key) {
    if (!j.is_object()) return {};
    const auto it = j.find(key);
    if (it == j.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number() || it->is_boolean()) return it->dump();
    return {};
}

const json& array_of(const json& j, const char* key) {
    static const json empty = json::array();
    if (!j.is_object()) return empty;
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : empty;
}

struct Names {
    std::map<std::string, std::string, std::less<>> actors;
    std::map<std::string, const json*, std::less<>> articles;
};

std::string actor_names(const Names& names, const json& ids) {
    std::string out;
    for (const json& id : ids) {
        if (!id.is_string()) continue;
        const auto it = names.actors.find(id.get<std::string>());
        if (!out.empty()) out += ", ";
        out += escape_html(it != names.actors.end() ? it->second : id.get<std::string>());
    }
    return out;
}

std::string citation(const Names& names, const std::string& article_id) {
    const auto it = names.articles.find(article_id);
    if (it == names.articles.end()) return "<cite>" + escape_html(article_id) + "</cite>";
    const json& a = *it->second;
    std::string title = text_of(a, "title");
    if (title.empty()) title = text_of(a, "path");
    const std::string url = text_of(a, "url");
    std::string out = "<cite>";
    out += is_http_url(url) ? "<a rel=\"noopener noreferrer nofollow\" href=\"" + escape_html(url) + "\">" +
                                  escape_html(title) + "</a>"
                            : escape_html(title);
    if (const std::string date = text_of(a, "date"); !date.empty()) out += " · " + escape_html(date);
    return out + "</cite>";
}

std::string event_item(const Names& names, const json& ev) {
    const std::string quad = text_of(ev, "quad_class");
    std::string out = "<li class=\"q" + escape_html(quad) + "\"><time>" + escape_html(text_of(ev, "date")) +
                      "</time> <strong>" + escape_html(text_of(ev, "label")) + "</strong>";
    if (ev.value("date_inferred", false) == true) out += " <em>(date inferred)</em>";
    if (text_of(ev, "status") == "planned") out += " <em>(planned)</em>";
    const std::string who = actor_names(names, array_of(ev, "source"));
    const std::string whom = actor_names(names, array_of(ev, "target"));
    if (!who.empty() || !whom.empty()) out += " <span>" + who + (whom.empty() ? "" : " → " + whom) + "</span>";
    if (const std::string s = text_of(ev, "summary"); !s.empty()) out += "<p>" + escape_html(s) + "</p>";
    out += "<ul>";
    for (const json& x : array_of(ev, "evidence"))
        out += "<li><q>" + escape_html(text_of(x, "text")) + "</q> " + citation(names, text_of(x, "article")) + "</li>";
    return out + "</ul></li>\n";
}

constexpr std::string_view style = R"(body{font-family:system-ui,sans-serif;margin:1em 2em;color:#1b1b1b;max-width:60em}
li{margin:.3em 0}ol>li{border-left:4px solid #888;padding-left:.5em;margin-bottom:.8em}
ol>li.q1{border-color:#2b7bbf}ol>li.q2{border-color:#1f7a6d}ol>li.q3{border-color:#b46a00}ol>li.q4{border-color:#b3263a}
time{color:#555}cite{font-style:normal;color:#555;font-size:.9em}p{margin:.2em 0})";

}  // namespace

std::string plain_timeline_page(std::string_view timeline_json) {
    const json data = json::parse(timeline_json, nullptr, /*allow_exceptions=*/false);
    Names names;
    for (const json& a : array_of(data, "actors")) names.actors.emplace(text_of(a, "id"), text_of(a, "name"));
    for (const json& a : array_of(data, "articles")) names.articles.emplace(text_of(a, "id"), &a);
    const json& events = array_of(data, "events");
    std::string out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(plain_page_csp) + "\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n<title>Crisis timeline</title>\n<style>";
    out += style;
    out += "</style>\n</head>\n<body>\n<h1>Crisis timeline</h1>\n<p>" + std::to_string(events.size()) +
           " events from " + std::to_string(array_of(data, "articles").size()) +
           " articles, in date order. (This build of crisis-timeline has no interactive viewer.)</p>\n<ol>\n";
    for (const json& ev : events) out += event_item(names, ev);
    out += "</ol>\n</body>\n</html>\n";
    return out;
}

}  // namespace crisis::detail
