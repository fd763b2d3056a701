# End-to-end tests of the claimex program and the example programs (label cli). Inputs are
# generated at test time by tests/cli/cli_check.py; nothing outside the repository is read.
find_package(Python3 COMPONENTS Interpreter QUIET)

set(_cli_article "${PROJECT_SOURCE_DIR}/examples/data/anadolu-2020-10-15.txt")
set(_cli_work "${CMAKE_CURRENT_BINARY_DIR}/cli")

if(Python3_Interpreter_FOUND)
  foreach(case bundled default_input stdin passthrough errors threads pipe stream usage directory)
    add_test(NAME cli_${case}
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_check.py ${case}
              --cli $<TARGET_FILE:claimex_cli> --work ${_cli_work}/${case}
              --article ${_cli_article} --version ${PROJECT_VERSION})
    set_tests_properties(cli_${case} PROPERTIES LABELS cli TIMEOUT 600)
  endforeach()
  # the parallel program's ordering and failure paths run under ThreadSanitizer in CI too
  set_tests_properties(cli_threads cli_errors PROPERTIES LABELS "cli;threads")
else()
  message(STATUS "claimex: python3 not found, end-to-end CLI tests not added")
endif()

# Tests that need no Python.
add_test(NAME cli_help COMMAND claimex_cli --help)
set_tests_properties(cli_help PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "Usage: claimex.*Exit status:.*2  usage error")
add_test(NAME cli_version COMMAND claimex_cli --version)
set_tests_properties(cli_version PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "^claimex ${PROJECT_VERSION}\n$")
add_test(NAME cli_bundled_text COMMAND claimex_cli --format text ${_cli_article})
set_tests_properties(cli_bundled_text PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "== [^\n]*anadolu-2020-10-15.txt \\([0-9]+ sentences, [0-9]+ quotes, [0-9]+ claims\\)")

# claimex-bench runs every stage and prints its table (a smoke test; the figures come from
# running it on a real corpus, see README "Performance").
add_test(NAME bench_smoke COMMAND claimex_bench ${PROJECT_SOURCE_DIR}/tests/data/bench-smoke.jsonl --passes 1)
set_tests_properties(bench_smoke PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "tokenize\\+segment +[0-9.]+.*full pipeline \\+ JSON +[0-9.]+")
# --stage keeps the baselines and the stages it names, and refuses a name that matches none
add_test(NAME bench_one_stage COMMAND claimex_bench ${PROJECT_SOURCE_DIR}/tests/data/bench-smoke.jsonl --passes 1 --stage claims)
set_tests_properties(bench_one_stage PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "count words[^\n]*\n\\+claims \\(Extractor\\) +[0-9.]+[^\n]*\ntoken storage")
add_test(NAME bench_unknown_stage COMMAND claimex_bench ${PROJECT_SOURCE_DIR}/tests/data/bench-smoke.jsonl --passes 1 --stage nosuch)
set_tests_properties(bench_unknown_stage PROPERTIES LABELS cli WILL_FAIL TRUE)

# The example programs, each with a check of what it prints.
add_test(NAME example_quickstart COMMAND quickstart)
set_tests_properties(example_quickstart PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "quote: Aliyev \\(say\\): Some 20% of our territory.*claim: [^\n]*20%[^\n]* = 20 percent \\(percent\\)")
add_test(NAME example_quotes COMMAND quotes ${_cli_article})
set_tests_properties(example_quotes PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "Aliyev[^\n]*\\[direct, [a-z ]+\\]: .*\n[1-9][0-9]* quotes\n$")
add_test(NAME example_claims COMMAND claims ${_cli_article})
set_tests_properties(example_claims PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "20% = 20 percent \\(percent[^\n]*\n.*[1-9][0-9]* quantities\n$")
add_test(NAME example_quotes_usage COMMAND quotes)
set_tests_properties(example_quotes_usage PROPERTIES LABELS cli
  PASS_REGULAR_EXPRESSION "usage: quotes FILE")
