// runtime/mcentral.cpp — the spans of one size class that no P caches
// (Go's mcentral.go). Each mcentral has its own lock, so Ps refilling
// different classes do not contend. Without a collector nothing is swept:
// a span handed back full stays on full, one with room goes to partial.

#include "malloc.h"

namespace gosub::rt {

// cacheSpan returns a span with at least one free object for an mcache,
// nullptr if the heap cannot grow. Runs on the system stack.
mspan* mcentral::cacheSpan() {
  gosub::rt::lock(&lock);
  mspan* s = partial.first;
  if (s != nullptr) partial.remove(s);
  gosub::rt::unlock(&lock);
  if (s == nullptr) {
    s = grow();
    if (s == nullptr) return nullptr;
  }
  // Point the cache at freeindex within its word.
  s->refillAllocCache(s->freeindex / 64);
  s->allocCache >>= s->freeindex % 64;
  return s;
}

void mcentral::uncacheSpan(mspan* s) {
  gosub::rt::lock(&lock);
  if (s->allocCount < s->nelems) {
    partial.insert(s);
  } else {
    full.insert(s);
  }
  gosub::rt::unlock(&lock);
}

// grow: a new span from the heap. The class is this mcentral's place in
// mheap_.central (nothing has to initialise it).
mspan* mcentral::grow() {
  auto spc = static_cast<uint8_t>(this - mheap_.central);
  return mheap_alloc(class_to_allocnpages[spc], spc);
}

}  // namespace gosub::rt
