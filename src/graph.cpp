// PLACEHOLDER: the graph stage is being written (issue 5).
#include <crisis/graph.hpp>

namespace crisis {

GraphAnalytics analyse_graph(const Timeline&) { return {}; }

}  // namespace crisis
