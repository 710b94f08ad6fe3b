// runtime/slice.cpp — slices and the string conversions (Go's slice.go,
// string.go and utf8.go): makeslice, growslice, []byte/[]rune <-> string,
// string(rune), decoderune for range over strings, printslice.
//
// A slice is {ptr, len, cap} (struct Slice); entry points that produce one
// write it through a result pointer (the ABI table has no three-word
// results). All of these are small leaf-like functions that run in the
// goroutine's reserve (tools/stack-depth checks them): their only callees
// are mallocgc and memmove/memcpy.

#include <string.h>

#include "runtime.h"

namespace gosub::rt {

namespace {

// Go's maxAlloc on linux/amd64: the largest allocation the heap can make.
constexpr uint64_t maxAlloc = uint64_t{1} << 48;

constexpr int32_t runeError = 0xFFFD;
constexpr int32_t maxRune = 0x10FFFF;
constexpr int32_t surrogateMin = 0xD800, surrogateMax = 0xDFFF;

// encoderune writes r's UTF-8 (at most 4 bytes; invalid runes as U+FFFD).
size_t encoderune(uint8_t* p, int32_t r) {
  uint32_t u = static_cast<uint32_t>(r);
  if (u <= 0x7F) {
    p[0] = static_cast<uint8_t>(u);
    return 1;
  }
  if (u <= 0x7FF) {
    p[0] = static_cast<uint8_t>(0xC0 | (u >> 6));
    p[1] = static_cast<uint8_t>(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > static_cast<uint32_t>(maxRune) || (u >= surrogateMin && u <= surrogateMax)) u = runeError;
  if (u <= 0xFFFF) {
    p[0] = static_cast<uint8_t>(0xE0 | (u >> 12));
    p[1] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
    p[2] = static_cast<uint8_t>(0x80 | (u & 0x3F));
    return 3;
  }
  p[0] = static_cast<uint8_t>(0xF0 | (u >> 18));
  p[1] = static_cast<uint8_t>(0x80 | ((u >> 12) & 0x3F));
  p[2] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
  p[3] = static_cast<uint8_t>(0x80 | (u & 0x3F));
  return 4;
}

size_t runeLen(int32_t r) {
  uint8_t buf[4];
  return encoderune(buf, r);
}

// The first rune of s[k:] (k < n) and the index after it: an invalid or
// short sequence is U+FFFD of width 1, as utf8.DecodeRuneInString says.
int32_t decode(const uint8_t* s, int64_t n, int64_t k, int64_t* next) {
  uint8_t c0 = s[k];
  *next = k + 1;
  if (c0 < 0x80) return c0;
  auto cont = [&](int64_t i, uint8_t lo, uint8_t hi) { return i < n && s[i] >= lo && s[i] <= hi; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(k + 1, 0x80, 0xBF)) return runeError;
    *next = k + 2;
    return ((c0 & 0x1F) << 6) | (s[k + 1] & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    // The second byte's range excludes overlong forms (E0) and surrogates (ED).
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (!cont(k + 1, lo, hi) || !cont(k + 2, 0x80, 0xBF)) return runeError;
    *next = k + 3;
    return ((c0 & 0x0F) << 12) | ((s[k + 1] & 0x3F) << 6) | (s[k + 2] & 0x3F);
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (!cont(k + 1, lo, hi) || !cont(k + 2, 0x80, 0xBF) || !cont(k + 3, 0x80, 0xBF)) return runeError;
    *next = k + 4;
    return ((c0 & 0x07) << 18) | ((s[k + 1] & 0x3F) << 12) | ((s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F);
  }
  return runeError;
}

// a*b, or false if it overflows (Go's math.MulUintptr).
bool mulSize(uint64_t a, uint64_t b, uint64_t* out) {
  return !__builtin_mul_overflow(a, b, out);
}

// A []byte of n bytes with the capacity the allocator gives it anyway
// (Go's rawbyteslice); the bytes past n are zero.
void rawbyteslice(Slice* ret, int64_t n) {
  auto cap = static_cast<int64_t>(roundupsize(static_cast<size_t>(n)));
  ret->ptr = mallocgc(cap);
  ret->len = n;
  ret->cap = cap;
}

}  // namespace

void* makeslice(int64_t elemsize, int64_t len, int64_t cap) {
  uint64_t mem = 0;
  bool ok = mulSize(static_cast<uint64_t>(elemsize), static_cast<uint64_t>(cap), &mem);
  if (!ok || mem > maxAlloc || len < 0 || len > cap) {
    // The length error comes first, as in Go: make([]T, -1) reports len.
    ok = mulSize(static_cast<uint64_t>(elemsize), static_cast<uint64_t>(len), &mem);
    if (!ok || mem > maxAlloc || len < 0) panicmakeslicelen();
    panicmakeslicecap();
  }
  return mallocgc(static_cast<int64_t>(mem));
}

// growslice: a new backing array for a slice {oldptr, oldlen, oldcap} that
// must hold newlen elements, with Go 1.19's growth policy (double small
// slices, grow large ones by about 1.25 with a smooth transition at 256
// elements) and the capacity rounded up to the allocator's size class. The
// old elements are copied; *ret is {ptr, oldlen, newcap} (the caller sets
// the length).
void growslice(void* retp, void* oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen, int64_t elemsize) {
  auto* ret = static_cast<Slice*>(retp);
  if (newlen < oldcap) panicgrowslicecap();
  if (elemsize == 0) {
    // append must not return a nil pointer for a non-nil result.
    *ret = Slice{mallocgc(0), oldlen, newlen};
    return;
  }
  int64_t newcap = oldcap;
  int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t threshold = 256;
    if (oldcap < threshold) {
      newcap = doublecap;
    } else {
      // Checking 0 < newcap detects overflow and prevents an infinite loop.
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  auto size = static_cast<uint64_t>(elemsize);
  uint64_t lenmem = static_cast<uint64_t>(oldlen) * size;
  uint64_t capmem = 0;
  bool overflow = !mulSize(size, static_cast<uint64_t>(newcap), &capmem);
  if (!overflow) {
    capmem = roundupsize(capmem);
    newcap = static_cast<int64_t>(capmem / size);
    capmem = static_cast<uint64_t>(newcap) * size;
  }
  if (overflow || capmem > maxAlloc) panicgrowslicecap();
  void* p = mallocgc(static_cast<int64_t>(capmem));
  if (lenmem > 0) memmove(p, oldptr, lenmem);
  *ret = Slice{p, oldlen, newcap};
}

GoString slicebytetostring(void* p, int64_t n) {
  if (n == 0) return GoString{nullptr, 0};
  auto* b = static_cast<uint8_t*>(mallocgc(n));
  memcpy(b, p, static_cast<size_t>(n));
  return GoString{b, n};
}

void stringtoslicebyte(void* ret, const uint8_t* s, int64_t n) {
  auto* r = static_cast<Slice*>(ret);
  rawbyteslice(r, n);
  if (n > 0) memcpy(r->ptr, s, static_cast<size_t>(n));
}

void stringtoslicerune(void* ret, const uint8_t* s, int64_t n) {
  int64_t count = 0;
  for (int64_t k = 0; k < n; count++) decode(s, n, k, &k);
  // Go's rawruneslice: the capacity of the rounded-up allocation.
  auto mem = static_cast<int64_t>(roundupsize(static_cast<size_t>(count) * 4));
  auto* runes = static_cast<int32_t*>(mallocgc(mem));
  int64_t i = 0;
  for (int64_t k = 0; k < n;) runes[i++] = decode(s, n, k, &k);
  *static_cast<Slice*>(ret) = Slice{runes, count, mem / 4};
}

GoString slicerunetostring(void* p, int64_t n) {
  auto* runes = static_cast<const int32_t*>(p);
  int64_t size = 0;
  for (int64_t i = 0; i < n; i++) size += static_cast<int64_t>(runeLen(runes[i]));
  if (size == 0) return GoString{nullptr, 0};
  auto* b = static_cast<uint8_t*>(mallocgc(size));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += static_cast<int64_t>(encoderune(b + off, runes[i]));
  return GoString{b, size};
}

// intstring: string(v) for an integer v; values that are not runes give
// "\uFFFD".
GoString intstring(int64_t v) {
  int32_t r = v < 0 || v > maxRune ? runeError : static_cast<int32_t>(v);
  uint8_t buf[4];
  size_t n = encoderune(buf, r);
  auto* b = static_cast<uint8_t*>(mallocgc(static_cast<int64_t>(n)));
  memcpy(b, buf, n);
  return GoString{b, static_cast<int64_t>(n)};
}

// decoderune(s, k, &next): the rune at s[k] (k < len(s), s[k] >= 0x80:
// generated code handles ASCII itself) and the index after it.
int32_t decoderune(const uint8_t* s, int64_t n, int64_t k, void* next) {
  return decode(s, n, k, static_cast<int64_t*>(next));
}

// printslice: println of a slice, [len/cap]0xptr as gc prints it.
void printslice(void* p, int64_t len, int64_t cap) {
  char buf[kFmtIntBufSize];
  gwrite("[", 1);
  gwrite(buf, formatint(len, buf));
  gwrite("/", 1);
  gwrite(buf, formatint(cap, buf));
  gwrite("]", 1);
  printhex(reinterpret_cast<uintptr_t>(p));
}

}  // namespace gosub::rt
