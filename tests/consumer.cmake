# Consumers, as users build them: from an installed package (find_package) and from a source
# checkout (add_subdirectory). Each builds tests/consumer/main.cpp and runs it.
set(_prefix ${CMAKE_CURRENT_BINARY_DIR}/consumer-prefix)
set(_expect "quote: Ilham Aliyev \\| say \\| Armenia is responsible for bloodshed in the region.*claim: 1592 count houses")

add_test(NAME consumer_install
  COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${_prefix} --config $<CONFIG>)
set_tests_properties(consumer_install PROPERTIES FIXTURES_SETUP claimex_installed LABELS consumer)

add_test(NAME consumer_find_package
  COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test
          ${CMAKE_CURRENT_SOURCE_DIR}/consumer/find_package
          ${CMAKE_CURRENT_BINARY_DIR}/consumer-find-package
          --build-generator ${CMAKE_GENERATOR}
          --build-options -DCMAKE_PREFIX_PATH=${_prefix} -DCMAKE_BUILD_TYPE=Release
                          -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
          --test-command consumer)
set_tests_properties(consumer_find_package PROPERTIES
  FIXTURES_REQUIRED claimex_installed LABELS consumer PASS_REGULAR_EXPRESSION "${_expect}")

add_test(NAME consumer_add_subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test
          ${CMAKE_CURRENT_SOURCE_DIR}/consumer/add_subdirectory
          ${CMAKE_CURRENT_BINARY_DIR}/consumer-add-subdirectory
          --build-generator ${CMAKE_GENERATOR}
          --build-options -DCLAIMEX_SOURCE_DIR=${PROJECT_SOURCE_DIR} -DCMAKE_BUILD_TYPE=Release
                          -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
          --test-command consumer)
set_tests_properties(consumer_add_subdirectory PROPERTIES LABELS consumer
  PASS_REGULAR_EXPRESSION "${_expect}")

# pkg-config: the installed claimex.pc gives flags that compile and link the same program.
find_program(CLAIMEX_PKG_CONFIG pkg-config)
if(CLAIMEX_PKG_CONFIG)
  add_test(NAME consumer_pkg_config
    COMMAND sh -c "PKG_CONFIG_PATH='${_prefix}/${CMAKE_INSTALL_LIBDIR}/pkgconfig' && export PKG_CONFIG_PATH && \
${CMAKE_CXX_COMPILER} -std=c++17 '${CMAKE_CURRENT_SOURCE_DIR}/consumer/main.cpp' -o '${CMAKE_CURRENT_BINARY_DIR}/consumer-pkg-config' \
$(${CLAIMEX_PKG_CONFIG} --cflags --libs --static claimex) && '${CMAKE_CURRENT_BINARY_DIR}/consumer-pkg-config'")
  set_tests_properties(consumer_pkg_config PROPERTIES
    FIXTURES_REQUIRED claimex_installed LABELS consumer PASS_REGULAR_EXPRESSION "${_expect}")
endif()
