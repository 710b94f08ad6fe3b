// runtime/alg.cpp — hashing and equality of values (Go's runtime/alg.go).
//
// These are the `hasher` and `equal` functions that type descriptors point
// at (type.h): maps hash and compare keys only through them, and interface
// comparison compares dynamic values through them. Descriptors of types
// with no function of their own here (structs, arrays, sizes without a
// fixed-size variant) get compiler-generated ones, which call memhash /
// memequal for runs of plain memory and these for the rest.
//
// The hash is our own, in the style of wyhash: 64x64->128-bit multiplies
// folded to 64 bits (`mix`), one per 16 bytes of input, keyed by the
// per-map seed (hmap.hash0) and by per-process random keys (hashkey,
// initialised from the kernel's random bytes on first use), so that neither
// iteration order nor collisions can be predicted from one run to the next.
// Go uses AES-NI where it can and a multiply-mix fallback otherwise; the
// fallback's speed is enough here (the map benchmarks are dominated by
// cache misses, not by hashing).
//
// Stack: this file is compiled with -fsplit-stack (runtime/CMakeLists.txt):
// interhash and interequal call the hasher/equal of a dynamic type, which may
// be compiler-generated Go code, so they must run with a checked prologue
// rather than in the reserve (docs/runtime.md, "Maps").
#include <cstring>
#include <sys/random.h>

#include "map.h"

namespace gosub::rt {

uint64_t hashkey[4];

namespace {

inline uint64_t r8(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
inline uint64_t r4(const uint8_t* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

// Multiply then fold the 128-bit product: every input bit reaches the high
// bits that pick the tophash and (through the low half) the bucket.
inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t c0 = 0x2d358dccaa6c78a5ull, c1 = 0x8bb84b93962eacc9ull, c2 = 0x4b33a62ed433d4a3ull,
                   c3 = 0x4d5a2da51de1aa47ull;

}  // namespace

// Before main (and before any unit test): hashkey must be set before the
// first map is made.
[[gnu::constructor]] void alginit() {
  uint64_t k[4];
  if (getrandom(k, sizeof k, 0) != static_cast<ssize_t>(sizeof k)) {
    // No entropy source: the per-map seeds (fastrand) still differ per run.
    k[0] = c0, k[1] = c1, k[2] = c2, k[3] = c3;
  }
  for (int i = 0; i < 4; i++) hashkey[i] = k[i] | 1;  // odd: never a zero multiplier
}

uint64_t memhash(void* p, uint64_t seed, uint64_t s) {
  const uint8_t* b = static_cast<const uint8_t*>(p);
  uint64_t h = seed ^ hashkey[0];
  uint64_t a, c;
  if (s <= 16) {
    if (s >= 4) {
      // Two overlapping 4-byte reads from each end cover 4..16 bytes.
      uintptr_t q = (s >> 3) << 2;
      a = r4(b) << 32 | r4(b + q);
      c = r4(b + s - 4) << 32 | r4(b + s - 4 - q);
    } else if (s > 0) {
      a = uint64_t{b[0]} << 16 | uint64_t{b[s >> 1]} << 8 | b[s - 1];
      c = 0;
    } else {
      a = c = 0;
    }
  } else {
    uintptr_t n = s;
    if (n > 48) {
      // Three independent lanes keep the multiplier busy on long keys.
      uint64_t h1 = h, h2 = h;
      do {
        h = mix(r8(b) ^ hashkey[1], r8(b + 8) ^ h);
        h1 = mix(r8(b + 16) ^ hashkey[2], r8(b + 24) ^ h1);
        h2 = mix(r8(b + 32) ^ hashkey[3], r8(b + 40) ^ h2);
        b += 48;
        n -= 48;
      } while (n > 48);
      h ^= h1 ^ h2;
    }
    while (n > 16) {
      h = mix(r8(b) ^ hashkey[1], r8(b + 8) ^ h);
      b += 16;
      n -= 16;
    }
    a = r8(b + n - 16);
    c = r8(b + n - 8);
  }
  return mix(hashkey[1] ^ s, mix(a ^ hashkey[1], c ^ h));
}

uint64_t memhash0(void* , uint64_t seed) { return mix(seed ^ hashkey[0], hashkey[1]); }
uint64_t memhash8(void* p, uint64_t seed) { return memhash(p, seed, 1); }
uint64_t memhash16(void* p, uint64_t seed) { return memhash(p, seed, 2); }
uint64_t memhash128(void* p, uint64_t seed) { return memhash(p, seed, 16); }

uint64_t memhash32(void* p, uint64_t seed) {
  uint64_t a = r4(static_cast<const uint8_t*>(p));
  return mix(hashkey[1] ^ 4, mix((a << 32 | a) ^ hashkey[1], a ^ seed ^ hashkey[0]));
}

uint64_t memhash64(void* p, uint64_t seed) {
  uint64_t a = r8(static_cast<const uint8_t*>(p));
  return mix(hashkey[1] ^ 8, mix(a ^ hashkey[1], a ^ seed ^ hashkey[0]));
}

uint64_t strhash(void* p, uint64_t seed) {
  const GoString* s = static_cast<const GoString*>(p);
  return memhash(const_cast<uint8_t*>(s->ptr), seed, static_cast<uintptr_t>(s->len));
}

// Floats: +0 and -0 are equal, so they hash alike; NaN != NaN, so a NaN
// key hashes to a random value: each insert of NaN lands somewhere new and
// no lookup can find it (Go's f64hash).
uint64_t f32hash(void* p, uint64_t seed) {
  float f;
  memcpy(&f, p, 4);
  if (f == 0) return memhash0(nullptr, seed ^ c0);
  if (f != f) return mix(seed ^ fastrand() ^ c2, c1);
  return memhash32(p, seed);
}

uint64_t f64hash(void* p, uint64_t seed) {
  double f;
  memcpy(&f, p, 8);
  if (f == 0) return memhash0(nullptr, seed ^ c0);
  if (f != f) return mix(seed ^ fastrand() ^ c2, c1);
  return memhash64(p, seed);
}

uint64_t c64hash(void* p, uint64_t seed) {
  float* x = static_cast<float*>(p);
  return f32hash(x + 1, f32hash(x, seed));
}

uint64_t c128hash(void* p, uint64_t seed) {
  double* x = static_cast<double*>(p);
  return f64hash(x + 1, f64hash(x, seed));
}

namespace {

[[noreturn]] void panicTypeError(const char* prefix, const _type* t) {
  // runtime error: hash of unhashable type []int (Go's errorString).
  size_t np = strlen(prefix);
  size_t n = np + static_cast<size_t>(t->str.len);
  char* msg = static_cast<char*>(mallocgc(static_cast<int64_t>(n)));
  memcpy(msg, prefix, np);
  memcpy(msg + np, t->str.ptr, static_cast<size_t>(t->str.len));
  fatalpanic(msg, n);
}

// The hash of a dynamic value: its type's hasher on the value (the data
// word itself for pointer-shaped types), mixed with the type's hash so that
// equal bits of different types spread apart.
inline uintptr_t typehash(const _type* t, void* data, uintptr_t seed) {
  if (t->hasher == nullptr) panicTypeError("runtime error: hash of unhashable type ", t);
  if (t->isDirectIface()) return c1 * t->hasher(&data, seed ^ c0);
  return c1 * t->hasher(data, seed ^ c0);
}

}  // namespace

uint64_t nilinterhash(void* p, uint64_t seed) {
  const eface* e = static_cast<const eface*>(p);
  if (e->type == nullptr) return seed;
  return typehash(e->type, e->data, seed ^ e->type->hash);
}

uint64_t interhash(void* p, uint64_t seed) {
  const iface* i = static_cast<const iface*>(p);
  if (i->tab == nullptr) return seed;
  return typehash(i->tab->type, i->data, seed ^ i->tab->type->hash);
}

bool memequal(void* a, void* b, uint64_t size) { return a == b || memcmp(a, b, size) == 0; }
bool memequal0(void*, void*) { return true; }
bool memequal8(void* a, void* b) { return *static_cast<const uint8_t*>(a) == *static_cast<const uint8_t*>(b); }
bool memequal16(void* a, void* b) { return memcmp(a, b, 2) == 0; }
bool memequal32(void* a, void* b) { return r4(static_cast<const uint8_t*>(a)) == r4(static_cast<const uint8_t*>(b)); }
bool memequal64(void* a, void* b) { return r8(static_cast<const uint8_t*>(a)) == r8(static_cast<const uint8_t*>(b)); }
bool memequal128(void* a, void* b) { return memcmp(a, b, 16) == 0; }

bool f32equal(void* a, void* b) { return *static_cast<const float*>(a) == *static_cast<const float*>(b); }
bool f64equal(void* a, void* b) { return *static_cast<const double*>(a) == *static_cast<const double*>(b); }
bool c64equal(void* a, void* b) {
  const float *x = static_cast<const float*>(a), *y = static_cast<const float*>(b);
  return x[0] == y[0] && x[1] == y[1];
}
bool c128equal(void* a, void* b) {
  const double *x = static_cast<const double*>(a), *y = static_cast<const double*>(b);
  return x[0] == y[0] && x[1] == y[1];
}

bool strequal(void* a, void* b) {
  const GoString *x = static_cast<const GoString*>(a), *y = static_cast<const GoString*>(b);
  return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
}

// Dynamic values of one type: equal through the type's equal function
// (panics on uncomparable types, as Go's efaceeq/ifaceeq).
bool efaceeq(const _type* t, void* x, void* y) {
  if (t == nullptr) return true;
  if (t->equal == nullptr) panicTypeError("runtime error: comparing uncomparable type ", t);
  if (t->isDirectIface()) return x == y;
  return t->equal(x, y);
}

bool nilinterequal(void* a, void* b) {
  const eface *x = static_cast<const eface*>(a), *y = static_cast<const eface*>(b);
  return x->type == y->type && efaceeq(x->type, x->data, y->data);
}

bool interequal(void* a, void* b) {
  const iface *x = static_cast<const iface*>(a), *y = static_cast<const iface*>(b);
  if (x->tab != y->tab) return false;
  return x->tab == nullptr || efaceeq(x->tab->type, x->data, y->data);
}

}  // namespace gosub::rt
