// runtime/varint.h — unsigned LEB128 varints (protobuf's and Go's
// encoding/binary's Uvarint): the trace's records (trace.cpp) and the CPU
// profile's protobuf (pprof_encode.cpp). Allocation-free; the trace writes
// them from any stack, so everything is inline.
#pragma once

#include <cstdint>

namespace gosub::rt {

// The longest encoding of a 64-bit value.
inline constexpr int kMaxVarintLen = 10;

// putUvarint writes v at w (room for kMaxVarintLen bytes) and returns the
// byte after it.
[[gnu::always_inline]] inline uint8_t* putUvarint(uint8_t* w, uint64_t v) {
  while (v >= 0x80) {
    *w++ = static_cast<uint8_t>(v) | 0x80;
    v >>= 7;
  }
  *w++ = static_cast<uint8_t>(v);
  return w;
}

// getUvarint reads a varint from *r, not past end, and advances *r; false
// if the bytes end first or it is longer than 64 bits.
inline bool getUvarint(const uint8_t** r, const uint8_t* end, uint64_t* v) {
  uint64_t x = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*r == end) return false;
    uint8_t c = *(*r)++;
    x |= static_cast<uint64_t>(c & 0x7f) << shift;
    if (c < 0x80) {
      *v = x;
      return true;
    }
  }
  return false;
}

}  // namespace gosub::rt
