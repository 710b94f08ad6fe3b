// runtime/mcache.cpp — a P's cache of spans (Go's mcache.go).
//
// Each P has one span per size class from which mallocgc takes objects
// without a lock (the fast path is nextFreeFast in malloc.cpp). When that
// span is full, refill gives it back to its mcentral and takes another;
// large objects get a span of their own from the heap. Both go to the
// system stack: they take locks and may map memory, more than the reserve
// below a goroutine's guard allows.

#include "malloc.h"

namespace gosub::rt {

constinit mspan emptymspan;

// allocmcache: a cache with no span yet (persistentalloc's memory is zero,
// so only the spans need setting).
mcache* allocmcache() {
  auto* c = static_cast<mcache*>(persistentalloc(sizeof(mcache)));
  for (auto& s : c->alloc) s = &emptymspan;
  return c;
}

void mcache::refill(int spc) {
  mspan* s = alloc[spc];
  if (s->allocCount != s->nelems) throw_("refill of span with free space remaining");
  if (s != &emptymspan) mheap_.central[spc].uncacheSpan(s);
  s = mheap_.central[spc].cacheSpan();
  if (s == nullptr) throw_("runtime: out of memory");
  if (s->allocCount == s->nelems) throw_("span has no free space");
  alloc[spc] = s;
}

// nextFree: the next free object of class spc, refilling the cached span
// if it is full; *sp is the span it came from.
uintptr_t mcache::nextFree(int spc, mspan** sp) {
  mspan* s = alloc[spc];
  uintptr_t idx = s->nextFreeIndex();
  if (idx == s->nelems) {
    systemstack([this, spc] { refill(spc); });
    s = alloc[spc];
    idx = s->nextFreeIndex();
  }
  if (idx >= s->nelems) throw_("freeIndex is not valid");
  s->allocCount++;
  *sp = s;
  return s->startAddr + idx * s->elemsize;
}

mspan* mcache::allocLarge(uintptr_t size) {
  uintptr_t npages = size >> _PageShift;
  if ((size & (_PageSize - 1)) != 0) npages++;
  mspan* s = nullptr;
  systemstack([&s, npages] { s = mheap_alloc(npages, 0); });
  if (s == nullptr) throw_("runtime: out of memory");
  s->freeindex = 1;
  s->allocCount = 1;
  return s;
}

void mcacheRelease(mcache* c) { c->releaseAll(); }

void mcache::releaseAll() {
  for (int spc = 1; spc < _NumSizeClasses; spc++) {
    if (alloc[spc] != &emptymspan) {
      mheap_.central[spc].uncacheSpan(alloc[spc]);
      alloc[spc] = &emptymspan;
    }
  }
}

}  // namespace gosub::rt
