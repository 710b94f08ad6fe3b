// runtime/mbitmap.cpp — allocation bits and findObject (Go's mbitmap.go).

#include "malloc.h"

namespace gosub::rt {

void mspan::refillAllocCache(uintptr_t word) { allocCache = ~allocBits[word]; }

// nextFreeIndex returns the index of the next free object at or after
// freeindex, nelems if there is none, and moves freeindex past it. The
// object counts as allocated from then on (the caller hands it out).
uintptr_t mspan::nextFreeIndex() {
  uintptr_t sfreeindex = freeindex;
  uintptr_t snelems = nelems;
  if (sfreeindex == snelems) return sfreeindex;
  uint64_t aCache = allocCache;
  unsigned bitIndex = aCache == 0 ? 64 : static_cast<unsigned>(__builtin_ctzll(aCache));
  while (bitIndex == 64) {
    // Nothing free in the cached word: move to the next one.
    sfreeindex = (sfreeindex + 64) & ~uintptr_t{63};
    if (sfreeindex >= snelems) {
      freeindex = static_cast<uint16_t>(snelems);
      return snelems;
    }
    refillAllocCache(sfreeindex / 64);
    aCache = allocCache;
    bitIndex = aCache == 0 ? 64 : static_cast<unsigned>(__builtin_ctzll(aCache));
  }
  uintptr_t result = sfreeindex + bitIndex;
  if (result >= snelems) {
    freeindex = static_cast<uint16_t>(snelems);
    return snelems;
  }
  allocCache >>= bitIndex + 1;  // bitIndex < 64
  sfreeindex = result + 1;
  if (sfreeindex % 64 == 0 && sfreeindex != snelems) refillAllocCache(sfreeindex / 64);
  freeindex = static_cast<uint16_t>(sfreeindex);
  return result;
}

uintptr_t findObject(uintptr_t p, mspan** sp, uintptr_t* objIndex) {
  mspan* s = spanOfHeap(p);
  if (s == nullptr || p >= s->limit) return 0;
  uintptr_t idx = s->objIndex(p);
  if (sp != nullptr) *sp = s;
  if (objIndex != nullptr) *objIndex = idx;
  return s->startAddr + idx * s->elemsize;
}

}  // namespace gosub::rt
