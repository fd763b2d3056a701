// claimex/export.hpp: CLAIMEX_API marks the public API of the compiled library.
// A shared build compiles with hidden visibility and exports only what carries it; a static
// build (the default) defines CLAIMEX_STATIC_DEFINE and the macro expands to nothing.
#ifndef CLAIMEX_EXPORT_HPP
#define CLAIMEX_EXPORT_HPP

#if defined(CLAIMEX_STATIC_DEFINE)
#define CLAIMEX_API
#elif defined(_WIN32)
#if defined(claimex_EXPORTS)
#define CLAIMEX_API __declspec(dllexport)
#else
#define CLAIMEX_API __declspec(dllimport)
#endif
#else
#define CLAIMEX_API __attribute__((visibility("default")))
#endif

#endif
