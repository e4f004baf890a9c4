# The project's warnings as an INTERFACE target; -Werror only when CRISIS_WERROR is on (dev preset).
add_library(crisis_warnings INTERFACE)
target_compile_options(crisis_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${CRISIS_WERROR}>:-Werror>)
