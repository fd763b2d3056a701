#include "claimex/version.hpp"

#define CLAIMEX_STR2(x) #x
#define CLAIMEX_STR(x) CLAIMEX_STR2(x)

namespace claimex {

const char* version_string() noexcept {
  return CLAIMEX_STR(CLAIMEX_VERSION_MAJOR) "." CLAIMEX_STR(CLAIMEX_VERSION_MINOR) "." CLAIMEX_STR(
      CLAIMEX_VERSION_PATCH);
}

}  // namespace claimex
