// The umbrella header: every stage of crisis-timeline.
#pragma once

#include <crisis/actors.hpp>
#include <crisis/article.hpp>
#include <crisis/events.hpp>
#include <crisis/export.hpp>
#include <crisis/graph.hpp>
#include <crisis/pipeline.hpp>
#include <crisis/temporal.hpp>
#include <crisis/text.hpp>
#include <crisis/timeline.hpp>
#include <crisis/version.hpp>
