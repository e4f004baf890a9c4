# `npm ci` in VIZ_DIR, unless viz/node_modules already holds what package-lock.json pins.
#   cmake -DVIZ_DIR=... -DNPM=... -DSTAMP=... -P NpmCi.cmake
# Every build tree (presets, developers' own build dirs) shares the one viz/node_modules, and
# `npm ci` starts by deleting it: two builds configured at the same time would otherwise remove
# each other's files (ENOTEMPTY, or a half-installed tree that a third build or the browser tests
# then read). A lock beside node_modules serialises the installs, and a build whose tree is
# already current does not reinstall at all.
set(lock_file "${VIZ_DIR}/.npm-ci.lock")
file(LOCK "${lock_file}" GUARD PROCESS TIMEOUT 600 RESULT_VARIABLE lock_rc)
if(NOT lock_rc EQUAL 0)
  message(FATAL_ERROR "viz: could not lock ${lock_file}: ${lock_rc}")
endif()
set(marker "${VIZ_DIR}/node_modules/.package-lock.json")
set(current FALSE)
if(EXISTS "${marker}" AND NOT "${VIZ_DIR}/package-lock.json" IS_NEWER_THAN "${marker}")
  set(current TRUE)
  # the marker is written at the end of an install: every pinned package must be there too
  file(READ "${VIZ_DIR}/package-lock.json" lock)
  string(REGEX MATCHALL "\"node_modules/[^\"]+\"" pkgs "${lock}")
  foreach(p IN LISTS pkgs)
    string(REPLACE "\"" "" p "${p}")
    if(NOT EXISTS "${VIZ_DIR}/${p}/package.json")
      set(current FALSE)
      break()
    endif()
  endforeach()
endif()
if(current)
  message(STATUS "viz: node_modules is up to date")
else()
  execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
                  WORKING_DIRECTORY "${VIZ_DIR}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "viz: npm ci failed (${rc})")
  endif()
endif()
file(TOUCH "${STAMP}")
file(LOCK "${lock_file}" RELEASE)
