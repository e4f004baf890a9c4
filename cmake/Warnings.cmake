# The project's warnings as an INTERFACE target; -Werror only when CRISIS_WERROR is on (dev, ci).
add_library(crisis_warnings INTERFACE)
target_compile_options(crisis_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${CRISIS_WERROR}>:-Werror>
  # GCC 12 at -O2 reports std::string concatenation as overlapping memcpy (GCC bug 105329) and
  # std::optional payloads as maybe-uninitialized (GCC bug 80635): shown, never fatal.
  $<$<AND:$<BOOL:${CRISIS_WERROR}>,$<CXX_COMPILER_ID:GNU>>:-Wno-error=restrict -Wno-error=maybe-uninitialized>)
