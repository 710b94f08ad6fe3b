// runtime/alg.cpp — equality and hash functions of type descriptors (Go's
// alg.go and hash64.go).
//
// Each type descriptor's `equal` and `hasher` point at one of these for the
// basic kinds (the compiler generates them for structs and arrays that are
// not plain memory, composing these). Names follow Go's: memequal64,
// strequal, f64equal, interequal, nilinterequal, memhash64, strhash, ...
//
// The hash is our own 64-bit multiply-mix (wyhash's construction, not Go's
// aeshash): maps give it a per-map random seed, so the same key hashes
// differently in different maps and runs.
//
// All of them are small leaf functions (or call only each other and the
// descriptors' own functions) and run in the goroutine's stack reserve.
#include "runtime.h"
#include "type.h"

namespace gosub::rt {

namespace {

constexpr uint64_t m1 = 0xa0761d6478bd642fULL;
constexpr uint64_t m2 = 0xe7037ed1a0b428dbULL;
constexpr uint64_t m3 = 0x8ebc6af09c88c6e3ULL;
constexpr uint64_t m4 = 0x589965cc75374cc3ULL;

inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t read64(const uint8_t* p) {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}

inline uint64_t read32(const uint8_t* p) {
  uint32_t v;
  __builtin_memcpy(&v, p, 4);
  return v;
}

// Byte comparison without libc's bcmp (tools/stack-depth measures every
// function the reserve may reach; this one uses a few words).
bool memeqbytes(const uint8_t* x, const uint8_t* y, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    if (read64(x + i) != read64(y + i)) return false;
  for (; i < n; i++)
    if (x[i] != y[i]) return false;
  return true;
}

// The type's name for the panics below.
inline GoString nameOf(const _type* t) { return t->str; }

}  // namespace

uintptr_t memhash(void* p, uintptr_t seed, int64_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  uint64_t h = seed ^ m1;
  uint64_t len = static_cast<uint64_t>(n);
  uint64_t a, c;
  if (len <= 16) {
    if (len >= 4) {
      a = read32(b) << 32 | read32(b + ((len >> 3) << 2));
      c = read32(b + len - 4) << 32 | read32(b + len - 4 - ((len >> 3) << 2));
    } else if (len > 0) {
      a = static_cast<uint64_t>(b[0]) << 16 | static_cast<uint64_t>(b[len >> 1]) << 8 | b[len - 1];
      c = 0;
    } else {
      a = c = 0;
    }
  } else {
    uint64_t i = len;
    while (i > 16) {
      h = mix(read64(b) ^ m2, read64(b + 8) ^ h);
      b += 16;
      i -= 16;
    }
    a = read64(b + i - 16);
    c = read64(b + i - 8);
  }
  return mix(m2 ^ len, mix(a ^ m2, c ^ h) ^ m3) ^ m4;
}

bool memequal(void* a, void* b, int64_t n) {
  if (a == b) return true;
  return memeqbytes(static_cast<const uint8_t*>(a), static_cast<const uint8_t*>(b), static_cast<size_t>(n));
}

// ---- plain memory of 0..16 bytes
bool memequal0(void*, void*) { return true; }
bool memequal8(void* a, void* b) { return *static_cast<const uint8_t*>(a) == *static_cast<const uint8_t*>(b); }
bool memequal16(void* a, void* b) {
  return *static_cast<const uint16_t*>(a) == *static_cast<const uint16_t*>(b);
}
bool memequal32(void* a, void* b) {
  return *static_cast<const uint32_t*>(a) == *static_cast<const uint32_t*>(b);
}
bool memequal64(void* a, void* b) {
  return *static_cast<const uint64_t*>(a) == *static_cast<const uint64_t*>(b);
}
bool memequal128(void* a, void* b) {
  auto* x = static_cast<const uint64_t*>(a);
  auto* y = static_cast<const uint64_t*>(b);
  return x[0] == y[0] && x[1] == y[1];
}
uintptr_t memhash0(void*, uintptr_t seed) { return seed; }
uintptr_t memhash8(void* p, uintptr_t seed) { return memhash(p, seed, 1); }
uintptr_t memhash16(void* p, uintptr_t seed) { return memhash(p, seed, 2); }
uintptr_t memhash32(void* p, uintptr_t seed) { return memhash(p, seed, 4); }
uintptr_t memhash64(void* p, uintptr_t seed) { return memhash(p, seed, 8); }
uintptr_t memhash128(void* p, uintptr_t seed) { return memhash(p, seed, 16); }

// ---- floats: +0 == -0, NaN != NaN (and hashes randomly, as in Go, so that
// NaN keys never collide into one chain)
bool f32equal(void* a, void* b) { return *static_cast<const float*>(a) == *static_cast<const float*>(b); }
bool f64equal(void* a, void* b) {
  return *static_cast<const double*>(a) == *static_cast<const double*>(b);
}
bool c64equal(void* a, void* b) {
  auto* x = static_cast<const float*>(a);
  auto* y = static_cast<const float*>(b);
  return x[0] == y[0] && x[1] == y[1];
}
bool c128equal(void* a, void* b) {
  auto* x = static_cast<const double*>(a);
  auto* y = static_cast<const double*>(b);
  return x[0] == y[0] && x[1] == y[1];
}

uintptr_t f32hash(void* p, uintptr_t seed) {
  float f = *static_cast<const float*>(p);
  if (f == 0) return mix(seed ^ m1, m2);  // +0, -0
  if (f != f) return mix(seed ^ m1 ^ fastrand(), m3);  // any NaN: random
  return memhash(p, seed, 4);
}
uintptr_t f64hash(void* p, uintptr_t seed) {
  double f = *static_cast<const double*>(p);
  if (f == 0) return mix(seed ^ m1, m2);
  if (f != f) return mix(seed ^ m1 ^ fastrand(), m3);
  return memhash(p, seed, 8);
}
uintptr_t c64hash(void* p, uintptr_t seed) {
  auto* x = static_cast<float*>(p);
  return f32hash(x + 1, f32hash(x, seed));
}
uintptr_t c128hash(void* p, uintptr_t seed) {
  auto* x = static_cast<double*>(p);
  return f64hash(x + 1, f64hash(x, seed));
}

// ---- strings
bool strequal(void* a, void* b) {
  auto* x = static_cast<const GoString*>(a);
  auto* y = static_cast<const GoString*>(b);
  return x->len == y->len && (x->ptr == y->ptr || memeqbytes(x->ptr, y->ptr, static_cast<size_t>(x->len)));
}
uintptr_t strhash(void* p, uintptr_t seed) {
  auto* s = static_cast<const GoString*>(p);
  return memhash(const_cast<uint8_t*>(s->ptr), seed, s->len);
}

// ---- interfaces: equal when the dynamic types are the same descriptor and
// the values are equal by that type's equal; a type without one panics.
bool efaceeq(void* tp, void* x, void* y) {
  auto* t = static_cast<_type*>(tp);
  if (t == nullptr) return true;
  if (t->equal == nullptr) panicuncomparable(t);
  // A direct-iface value is the data word itself.
  if (t->isDirectIface()) return x == y;
  return t->equal(x, y);
}

bool nilinterequal(void* a, void* b) {
  auto* x = static_cast<const eface*>(a);
  auto* y = static_cast<const eface*>(b);
  return x->type == y->type && efaceeq(x->type, x->data, y->data);
}
bool interequal(void* a, void* b) {
  auto* x = static_cast<const iface*>(a);
  auto* y = static_cast<const iface*>(b);
  // Compare dynamic types, not itab pointers: a pair may have two itabs
  // (the compiler's constant one and getitab's).
  _type* tx = x->tab != nullptr ? x->tab->type : nullptr;
  _type* ty = y->tab != nullptr ? y->tab->type : nullptr;
  return tx == ty && efaceeq(tx, x->data, y->data);
}

// typehash: the hash of the value at p of type t (Go's typehash), for maps
// whose keys are interfaces; panics if t has no hash function.
uintptr_t typehash(_type* t, const void* p, uintptr_t seed) {
  if (t->hasher == nullptr) panicunhashable(t);
  return t->hasher(p, seed);
}

uintptr_t nilinterhash(void* p, uintptr_t seed) {
  auto* e = static_cast<const eface*>(p);
  _type* t = e->type;
  if (t == nullptr) return seed;
  // The data word of a direct-iface value is the value: hash the word.
  if (t->isDirectIface()) {
    if (t->hasher == nullptr) panicunhashable(t);
    return t->hasher(&e->data, seed ^ t->hash);
  }
  return typehash(t, e->data, seed ^ t->hash);
}
uintptr_t interhash(void* p, uintptr_t seed) {
  auto* i = static_cast<const iface*>(p);
  if (i->tab == nullptr) return seed;
  eface e{i->tab->type, i->data};
  return nilinterhash(&e, seed);
}

// ---- the run-time errors of comparing and hashing (Go's errorString
// "comparing uncomparable type T" / "hash of unhashable type T"). Messages
// go to the heap: type names have no length limit, and the stack reserve is
// small.
namespace {
[[noreturn]] void panicWithType(const char* prefix, const _type* t) {
  GoString name = nameOf(t);
  size_t pn = 0;
  while (prefix[pn] != 0) pn++;
  size_t n = pn + static_cast<size_t>(name.len);
  auto* msg = static_cast<char*>(mallocgc(static_cast<int64_t>(n)));
  __builtin_memcpy(msg, prefix, pn);
  __builtin_memcpy(msg + pn, name.ptr, static_cast<size_t>(name.len));
  fatalpanic(msg, n);
}
}  // namespace

void panicuncomparable(const _type* t) { panicWithType("runtime error: comparing uncomparable type ", t); }
void panicunhashable(const _type* t) { panicWithType("runtime error: hash of unhashable type ", t); }

}  // namespace gosub::rt
