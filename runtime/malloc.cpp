// runtime/malloc.cpp — mallocgc (Go's malloc.go; the design is told in
// docs/runtime.md, "Memory").
//
// A small request (at most 32 KiB) is rounded up to its size class and
// taken from the P's cached span for that class: a count of trailing zeros
// in the span's allocCache and a few stores, no lock, no atomic
// read-modify-write (nextFreeFast). When the cached span is full, the
// mcache trades it for another at its class's mcentral, which takes fresh
// spans from the page heap, which takes arenas from the OS. A large request
// is a span of its own from the page heap.
//
// While mallocgc uses the P's cache it holds m.locks up, as Go's acquirem:
// runtime C++ code is never preempted (only Go prologues and loop back-
// edges are), and nothing here parks, so the P cannot change hands under
// it; the count tells any future preemption mechanism so as well. Code
// running without a P (bootstrap, an M between Ps) allocates from mcache0
// under a lock.

#include <string.h>

#include <new>

#include "malloc.h"

namespace gosub::rt {

mcache* mcache0;
mutex mcache0lock;

namespace {

// Go's zerobase: the address of every zero-sized object.
alignas(16) uint8_t zerobase[16];

// nextFreeFast: the next free object of s if its allocCache shows one in
// the current 64-object word, else 0 (nextFree's slow path decides).
inline uintptr_t nextFreeFast(mspan* s) {
  uint64_t cache = s->allocCache;
  if (cache == 0) return 0;
  auto theBit = static_cast<uintptr_t>(__builtin_ctzll(cache));
  uintptr_t result = s->freeindex + theBit;
  if (result >= s->nelems) return 0;
  uintptr_t freeidx = result + 1;
  if (freeidx % 64 == 0 && freeidx != s->nelems) return 0;  // the cache needs a refill
  s->allocCache = cache >> (theBit + 1);
  s->freeindex = static_cast<uint16_t>(freeidx);
  s->allocCount++;
  return s->startAddr + result * s->elemsize;
}

void* mallocgcFrom(mcache* c, uintptr_t size) {
  mspan* s;
  uintptr_t x, elemsize;
  if (size <= _MaxSmallSize) {
    int spc = sizeToClass(size);
    s = c->alloc[spc];
    x = nextFreeFast(s);
    if (x == 0) x = c->nextFree(spc, &s);
    elemsize = s->elemsize;
    if (s->needzero) memset(reinterpret_cast<void*>(x), 0, elemsize);
  } else {
    s = c->allocLarge(size);
    x = s->startAddr;
    elemsize = s->npages * _PageSize;
    atomicStoreRelaxed(&c->nlargealloc, c->nlargealloc + 1);
    if (s->needzero) memset(reinterpret_cast<void*>(x), 0, size);
  }
  atomicStoreRelaxed(&c->nmalloc, c->nmalloc + 1);
  atomicStoreRelaxed(&c->allocBytes, c->allocBytes + elemsize);
  return reinterpret_cast<void*>(x);
}

// mallocgcNoP: an allocation by an M without a P.
[[gnu::noinline]] void* mallocgcNoP(uintptr_t size) {
  lock(&mcache0lock);
  if (mcache0 == nullptr) mcache0 = allocmcache();
  void* x = mallocgcFrom(mcache0, size);
  unlock(&mcache0lock);
  return x;
}

}  // namespace

// mallocgc: size bytes of zeroed memory, 16-byte aligned from 16 bytes up
// (size classes are multiples of 16 from there), 8 below. Never nil: an
// allocation the OS cannot back throws "runtime: out of memory".
void* mallocgc(int64_t size) {
  if (size == 0) return zerobase;
  // A negative size is a huge uintptr in Go: no such allocation can succeed.
  if (size < 0 || static_cast<uint64_t>(size) > maxAlloc) throw_("runtime: out of memory");
  m* mp = getg()->m;
  mp->locks++;
  p* pp = mp->p;
  void* x = pp != nullptr ? mallocgcFrom(pp->mcache, static_cast<uintptr_t>(size))
                          : mallocgcNoP(static_cast<uintptr_t>(size));
  mp->locks--;
  return x;
}

}  // namespace gosub::rt
