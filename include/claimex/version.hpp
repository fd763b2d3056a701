// claimex/version.hpp: the library version, single-sourced here (CMake reads it).
//
//   #include <claimex/version.hpp>
//   std::printf("%s\n", claimex::version_string());   // "0.1.0"
#ifndef CLAIMEX_VERSION_HPP
#define CLAIMEX_VERSION_HPP

#include "claimex/export.hpp"

#define CLAIMEX_VERSION_MAJOR 0
#define CLAIMEX_VERSION_MINOR 1
#define CLAIMEX_VERSION_PATCH 0

namespace claimex {

/// Version of the headers this code was compiled with, as major*10000 + minor*100 + patch.
inline constexpr int version =
    CLAIMEX_VERSION_MAJOR * 10000 + CLAIMEX_VERSION_MINOR * 100 + CLAIMEX_VERSION_PATCH;

/// Version of the compiled library ("0.1.0"); a static string, never null.
CLAIMEX_API const char* version_string() noexcept;

}  // namespace claimex

#endif
