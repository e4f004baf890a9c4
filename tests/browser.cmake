# The browser.viewer test: `node --test test/` in viz/ (CRISIS_BIN comes from the test's
# environment), after checking that node, chromium and the npm modules are there.
#   cmake -DNODE=... -DCHROMIUM=... -DVIZ_DIR=... -P browser.cmake
set(fix "Run scripts/install-deps.sh --test (it installs chromium and runs npm ci in viz/).")
if(NOT NODE OR NOT EXISTS "${NODE}")
  message(FATAL_ERROR "browser.viewer cannot run: node not found ('${NODE}'). ${fix}")
endif()
if(NOT EXISTS "${CHROMIUM}")
  message(FATAL_ERROR "browser.viewer cannot run: no chromium at ${CHROMIUM}. ${fix}")
endif()
if(NOT EXISTS "${VIZ_DIR}/node_modules/playwright-core/package.json")
  message(FATAL_ERROR "browser.viewer cannot run: ${VIZ_DIR}/node_modules/playwright-core is missing. ${fix}")
endif()
execute_process(COMMAND "${NODE}" --test test/ WORKING_DIRECTORY "${VIZ_DIR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "browser.viewer: node --test test/ failed (${rc})")
endif()
