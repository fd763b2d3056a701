# Provides the imported target re2::re2. Used by claimex's own CMakeLists and installed with
# the package, so that a consumer of a static claimex gets the same target.
# Debian 12's RE2 (20220601) ships no CMake package, only re2.pc (Version: 0.0.0), so:
# a CMake package if there is one, else pkg-config with no version requirement.
if(NOT TARGET re2::re2)
  find_package(re2 CONFIG QUIET)
  if(NOT TARGET re2::re2)
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
      pkg_check_modules(CLAIMEX_RE2 QUIET IMPORTED_TARGET GLOBAL re2)
    endif()
    if(TARGET PkgConfig::CLAIMEX_RE2)
      add_library(re2::re2 ALIAS PkgConfig::CLAIMEX_RE2)
    else()
      message(FATAL_ERROR "claimex: RE2 not found; install it with: apt-get install libre2-dev pkg-config")
    endif()
  endif()
endif()
