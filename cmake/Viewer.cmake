# The HTML viewer (viz/): `npm ci` installs vis-timeline and vis-network, viz/build.mjs inlines
# them with the viewer's template, script and style into one ${CMAKE_BINARY_DIR}/viz/viewer.html,
# which is embedded into the library (crisis::detail::embedded_file("viewer.html")) so that
# `crisis-timeline build` writes a self-contained timeline.html from any folder.
# Included from the top-level CMakeLists.txt when CRISIS_VIEWER is ON, after the `crisis` target.

set(CRISIS_VIZ_DIR "${PROJECT_SOURCE_DIR}/viz")

find_program(CRISIS_NODE NAMES node nodejs)
find_program(CRISIS_NPM NAMES npm)
if(NOT CRISIS_NODE OR NOT CRISIS_NPM)
  message(FATAL_ERROR
    "The HTML viewer needs Node.js and npm (found node: '${CRISIS_NODE}', npm: '${CRISIS_NPM}').\n"
    "Run scripts/install-deps.sh to install them, or configure with -DCRISIS_VIEWER=OFF to build "
    "without the viewer (timeline.html is then a plain list of events).")
endif()
execute_process(COMMAND "${CRISIS_NODE}" --version OUTPUT_VARIABLE CRISIS_NODE_VERSION
                OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE node_rc)
if(NOT node_rc EQUAL 0 OR CRISIS_NODE_VERSION VERSION_LESS "v18")
  message(FATAL_ERROR "The HTML viewer needs Node.js 18 or newer (${CRISIS_NODE}: '${CRISIS_NODE_VERSION}'). "
                      "Run scripts/install-deps.sh, or configure with -DCRISIS_VIEWER=OFF.")
endif()

set(CRISIS_VIEWER_HTML "${CMAKE_BINARY_DIR}/viz/viewer.html")
set(CRISIS_NPM_STAMP "${CMAKE_BINARY_DIR}/viz/npm-ci.stamp")

# `npm ci` when node_modules is missing or package-lock.json changed since the last install
# (cmake/NpmCi.cmake: locked, and skipped when the shared node_modules is already current).
# node_modules/.package-lock.json is written by npm on every install: when it is missing the stamp
# is made stale so that the install runs again.
if(NOT EXISTS "${CRISIS_VIZ_DIR}/node_modules/.package-lock.json" AND EXISTS "${CRISIS_NPM_STAMP}")
  file(REMOVE "${CRISIS_NPM_STAMP}")
endif()
add_custom_command(
  OUTPUT "${CRISIS_NPM_STAMP}"
  COMMAND "${CMAKE_COMMAND}" -DVIZ_DIR=${CRISIS_VIZ_DIR} -DNPM=${CRISIS_NPM} -DSTAMP=${CRISIS_NPM_STAMP}
          -P "${PROJECT_SOURCE_DIR}/cmake/NpmCi.cmake"
  DEPENDS "${CRISIS_VIZ_DIR}/package-lock.json" "${CRISIS_VIZ_DIR}/package.json" "${PROJECT_SOURCE_DIR}/cmake/NpmCi.cmake"
  WORKING_DIRECTORY "${CRISIS_VIZ_DIR}"
  COMMENT "viz: npm ci (vis-timeline, vis-network)"
  VERBATIM)

file(GLOB CRISIS_VIEWER_SOURCES CONFIGURE_DEPENDS "${CRISIS_VIZ_DIR}/src/*")
add_custom_command(
  OUTPUT "${CRISIS_VIEWER_HTML}"
  COMMAND "${CRISIS_NODE}" "${CRISIS_VIZ_DIR}/build.mjs" --out "${CRISIS_VIEWER_HTML}"
  DEPENDS "${CRISIS_VIZ_DIR}/build.mjs" ${CRISIS_VIEWER_SOURCES} "${CRISIS_NPM_STAMP}"
  WORKING_DIRECTORY "${CRISIS_VIZ_DIR}"
  COMMENT "viz: building viewer.html"
  VERBATIM)
add_custom_target(crisis_viewer DEPENDS "${CRISIS_VIEWER_HTML}")

# Embedded like the data tables; the assembler object lists it in OBJECT_DEPENDS (Embed.cmake) and
# the target dependency makes every generator build the viewer before the library.
list(APPEND CRISIS_EMBED_FILES "${CRISIS_VIEWER_HTML}")
if(TARGET crisis)
  add_dependencies(crisis crisis_viewer)
endif()

# Embed.cmake names a generated file by its path relative to the source tree when the build tree
# lies inside it ("build/dev/viz/viewer.html"), by file name otherwise: html.cpp tries both.
string(FIND "${CRISIS_VIEWER_HTML}" "${PROJECT_SOURCE_DIR}/" at)
if(at EQUAL 0)
  file(RELATIVE_PATH CRISIS_VIEWER_EMBED_NAME "${PROJECT_SOURCE_DIR}" "${CRISIS_VIEWER_HTML}")
else()
  set(CRISIS_VIEWER_EMBED_NAME "viewer.html")
endif()
set_property(SOURCE "${PROJECT_SOURCE_DIR}/src/io/html.cpp" APPEND PROPERTY
             COMPILE_DEFINITIONS "CRISIS_VIEWER_EMBED_NAME=\"${CRISIS_VIEWER_EMBED_NAME}\"")
