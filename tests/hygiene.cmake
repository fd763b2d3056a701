# Embeddable-library hygiene (simdjson's checks): headers stand alone, stay free of RE2/fmt,
# and the compiled library neither prints nor aborts behind its host's back.
file(GLOB _claimex_headers RELATIVE ${PROJECT_SOURCE_DIR}/include CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/include/claimex/*.hpp)

add_test(NAME hygiene_headers_compile_alone
  COMMAND ${CMAKE_COMMAND} -DCXX=${CMAKE_CXX_COMPILER} -DINCLUDE=${PROJECT_SOURCE_DIR}/include
          "-DHEADERS=${_claimex_headers}" -DWORK=${CMAKE_CURRENT_BINARY_DIR}/hygiene
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/headers_compile_alone.cmake)

add_test(NAME hygiene_headers_include_only_std
  COMMAND ${CMAKE_COMMAND} -DINCLUDE=${PROJECT_SOURCE_DIR}/include
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/headers_include_only_std.cmake)

add_test(NAME hygiene_library_never_prints_or_aborts
  COMMAND ${CMAKE_COMMAND} -DNM=${CMAKE_NM} -DLIB=$<TARGET_FILE:claimex>
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/library_symbols.cmake)

set_tests_properties(hygiene_headers_compile_alone hygiene_headers_include_only_std
  hygiene_library_never_prints_or_aborts PROPERTIES LABELS hygiene)
