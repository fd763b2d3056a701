# Accuracy gates (label eval): each development set in ../shared is piped through the claimex
# program and scored; a figure below its threshold in tests/eval/thresholds fails the test.
# Skipped (not failed) where ../shared is absent.
set(CLAIMEX_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "Directory holding eval/ and tools/score.py")
find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "claimex: python3 not found, accuracy gates not added")
  return()
endif()
set(_thresholds ${CMAKE_CURRENT_LIST_DIR}/thresholds)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_thresholds})
file(STRINGS ${_thresholds} _rows REGEX "^[a-z]")
set(_sets "")
foreach(row ${_rows})
  string(REGEX REPLACE "[ \t]+" ";" row "${row}")
  list(GET row 0 mode)
  list(GET row 1 set)
  list(APPEND _sets "${mode}|${set}")
endforeach()
list(REMOVE_DUPLICATES _sets)
foreach(pair ${_sets})
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 mode)
  list(GET pair 1 set)
  string(REGEX REPLACE "^.*/" "" name "${set}")
  string(REGEX REPLACE "\\.(jsonl|expected\\.json)$" "" name "${name}")
  add_test(NAME eval_${mode}_${name}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/gate.py
            --shared ${CLAIMEX_SHARED_DIR} --cli $<TARGET_FILE:claimex_cli>
            --thresholds ${_thresholds} --mode ${mode} --set ${set})
  set_tests_properties(eval_${mode}_${name} PROPERTIES LABELS eval SKIP_RETURN_CODE 77)
endforeach()
