# npm_ci.cmake — runs `npm ci` in DIR when node_modules is missing or older than
# package-lock.json (so a fresh checkout, or a changed lock file, installs exactly the locked
# versions); touches STAMP only when it ran, so the vite build reruns after an install.
set(lock "${DIR}/package-lock.json")
set(installed "${DIR}/node_modules/.package-lock.json")
if(EXISTS "${installed}" AND NOT "${lock}" IS_NEWER_THAN "${installed}" AND EXISTS "${STAMP}")
  return()
endif()
message(STATUS "console: npm ci")
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error WORKING_DIRECTORY "${DIR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "console: npm ci failed (${rc})")
endif()
file(TOUCH "${STAMP}")
