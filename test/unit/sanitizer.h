// sanitizer.h — what the unit tests must know when they are built with
// sanitizers (GOSUB_SANITIZE, `tools/gosub-dev test --sanitize=...`).
// Without sanitizers, nothing here changes a test.
#pragma once

#include <cstdint>
#include <string>

#ifndef __has_feature
#define __has_feature(x) 0
#endif
#if __has_feature(address_sanitizer) || defined(__SANITIZE_ADDRESS__)
#define GOSUB_ASAN 1
#endif
#if __has_feature(thread_sanitizer) || defined(__SANITIZE_THREAD__)
#define GOSUB_TSAN 1
#endif

// Under AddressSanitizer, the first call of a [[noreturn]] function on a
// goroutine stack (throw_, exit, panicPlainError) makes ASan print a three-line
// warning that it does not know that stack ("ASan is ignoring requested
// __asan_handle_no_return ..."), before the runtime's own message: once per
// thread that does so, so several when threads crash at once. deathre(re)
// lets a death-test regex anchored with ^ accept exactly such banners in
// front, and nothing else; an unanchored
// regex needs no change. Without ASan it returns re unchanged.
#if defined(GOSUB_ASAN)
#define GOSUB_DEATH_BANNER                                                             \
  "(==[0-9]+==WARNING: ASan is ignoring requested __asan_handle_no_return: [^\n]*\n" \
  "False positive error reports may follow\n"                                        \
  "For details see [^\n]*\n)*"
#else
#define GOSUB_DEATH_BANNER ""
#endif

inline std::string deathre(const char* re) {
  std::string s(re);
  if (!s.empty() && s[0] == '^') s.insert(1, GOSUB_DEATH_BANNER);
  return s;
}

// kSanitizerSlowdown scales the time gaps that a test relies on being
// longer than the scheduler's latency: instrumented code is several times
// slower, so wake-ups that are separate without sanitizers can fall into
// one batch of expired timers.
#if defined(GOSUB_ASAN) || defined(GOSUB_TSAN)
constexpr int64_t kSanitizerSlowdown = 10;
#else
constexpr int64_t kSanitizerSlowdown = 1;
#endif
