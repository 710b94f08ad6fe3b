// runtime/string.cpp — string operations (Go's string.go).

#include <string.h>

#include "runtime.h"

namespace gosub::rt {

// concatstrings joins n strings laid out as {ptr, len} pairs. Like Go's, it
// returns the single non-empty operand itself instead of copying it (strings
// are immutable), and "" without allocating.
GoString concatstrings(void* a, int64_t n) {
  auto* s = static_cast<const GoString*>(a);
  int64_t total = 0, count = 0, idx = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t l = s[i].len;
    if (l == 0) continue;
    if (total + l < total) throw_("string concatenation too long");
    total += l;
    count++;
    idx = i;
  }
  if (count == 0) return GoString{nullptr, 0};
  if (count == 1) return s[idx];
  auto* b = static_cast<uint8_t*>(mallocgc(total));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (s[i].len == 0) continue;
    memcpy(b + off, s[i].ptr, static_cast<size_t>(s[i].len));
    off += s[i].len;
  }
  return GoString{b, total};
}

int64_t cmpstring(const uint8_t* a, int64_t an, const uint8_t* b, int64_t bn) {
  int64_t l = an < bn ? an : bn;
  if (l > 0 && a != b) {
    int c = memcmp(a, b, static_cast<size_t>(l));
    if (c != 0) return c < 0 ? -1 : +1;
  }
  if (an < bn) return -1;
  if (an > bn) return +1;
  return 0;
}

}  // namespace gosub::rt
