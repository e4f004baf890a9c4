// PLACEHOLDER: the HTML viewer is being written (issue 6).
#include <crisis/export.hpp>

namespace crisis {

std::string to_html(const Timeline&, const GraphAnalytics&) { return "<!doctype html><title>timeline</title>\n"; }

}  // namespace crisis
