// runtime/mheap.cpp — the page heap (Go's mheap.go).
//
// The heap hands out runs of 8 KiB pages as spans: to the mcentrals, which
// cut them into objects of one size class, and to mallocgc for each large
// object. Free runs wait on lists by length (free[n] for n < 128 pages,
// freeLarge above, best fit), and a freed run merges with free neighbours,
// found through the span map. When nothing fits, grow maps a new region
// of whole arenas, registers their metadata in the arena index and adds
// the region as one free run. Every function here takes the heap lock and
// may call mmap: callers run it on the system stack.

#include <string.h>

#include <new>

#include "malloc.h"

namespace gosub::rt {

constinit mheap mheap_;
constinit heapArena* arenas[arenaIndexCount];

namespace {

// ---- persistent metadata --------------------------------------------------

// persistentChunk: the current chunk of metadata memory. [heap lock]
uintptr_t persistentNext, persistentEnd;
constexpr uintptr_t persistentChunkBytes = 256 << 10;

void* persistentallocLocked(uintptr_t n) {
  n = alignUp(n, 64);
  if (n > persistentChunkBytes / 4) {
    void* p = sysAlloc(n);
    if (p == nullptr) throw_("runtime: cannot allocate memory");
    __atomic_fetch_add(&mheap_.metaSys, n, __ATOMIC_RELAXED);
    return p;
  }
  if (persistentNext + n > persistentEnd) {
    void* p = sysAlloc(persistentChunkBytes);
    if (p == nullptr) throw_("runtime: cannot allocate memory");
    __atomic_fetch_add(&mheap_.metaSys, persistentChunkBytes, __ATOMIC_RELAXED);
    persistentNext = reinterpret_cast<uintptr_t>(p);
    persistentEnd = persistentNext + persistentChunkBytes;
  }
  void* p = reinterpret_cast<void*>(persistentNext);
  persistentNext += n;
  return p;
}

// allocMSpanLocked: an mspan struct, reused if one is free (Go's
// h.spanalloc, a fixalloc).
mspan* allocMSpanLocked() {
  mspan* s = mheap_.spanFree;
  if (s != nullptr) {
    mheap_.spanFree = s->next;
  } else {
    s = static_cast<mspan*>(persistentallocLocked(sizeof(mspan)));
  }
  return new (s) mspan();
}

void freeMSpanLocked(mspan* s) {
  s->state = mSpanDead;
  s->next = mheap_.spanFree;
  mheap_.spanFree = s;
}

// ---- the span map ---------------------------------------------------------

void setSpan(uintptr_t page, mspan* s) {
  heapArena* ha = arenas[page >> logHeapArenaBytes];
  __atomic_store_n(&ha->spans[(page / _PageSize) % pagesPerArena], s, __ATOMIC_RELAXED);
}

// setSpans points every page of [base, base+npages pages) at s.
void setSpans(uintptr_t base, uintptr_t npages, mspan* s) {
  for (uintptr_t i = 0; i < npages; i++) setSpan(base + i * _PageSize, s);
}

// A free run needs only its ends in the map: coalescing looks at the page
// before a run and the page after it.
void setFreeEnds(mspan* s) {
  setSpan(s->startAddr, s);
  setSpan(s->startAddr + (s->npages - 1) * _PageSize, s);
}

// ---- free runs --------------------------------------------------------------

mSpanList& freeList(uintptr_t npages) {
  return npages < mheap::kFreeLists ? mheap_.free[npages] : mheap_.freeLarge;
}

void insertFree(mspan* s) {
  s->state = mSpanFree;
  setFreeEnds(s);
  freeList(s->npages).insert(s);
}

// findFree takes the smallest free run of at least npages off its list.
mspan* findFree(uintptr_t npages) {
  for (uintptr_t n = npages; n < mheap::kFreeLists; n++) {
    if (mspan* s = mheap_.free[n].first) {
      mheap_.free[n].remove(s);
      return s;
    }
  }
  mspan* best = nullptr;
  for (mspan* s = mheap_.freeLarge.first; s != nullptr; s = s->next)
    if (s->npages >= npages && (best == nullptr || s->npages < best->npages || (s->npages == best->npages && s->startAddr < best->startAddr)))
      best = s;
  if (best != nullptr) mheap_.freeLarge.remove(best);
  return best;
}

// freeSpanLocked puts s's pages back, merged with free neighbours.
void freeSpanLocked(mspan* s) {
  // The run just before s and the run just after it, if free. Their map
  // entries exist: the arena of a neighbouring page is mapped whenever the
  // run is (spanOf checks).
  mspan* before = spanOf(s->startAddr - 1);
  if (before != nullptr && before->state == mSpanFree && before->startAddr + before->npages * _PageSize == s->startAddr) {
    freeList(before->npages).remove(before);
    s->startAddr = before->startAddr;
    s->npages += before->npages;
    s->needzero |= before->needzero;
    freeMSpanLocked(before);
  }
  uintptr_t end = s->startAddr + s->npages * _PageSize;
  mspan* after = spanOf(end);
  if (after != nullptr && after->state == mSpanFree && after->startAddr == end) {
    freeList(after->npages).remove(after);
    s->npages += after->npages;
    s->needzero |= after->needzero;
    freeMSpanLocked(after);
  }
  insertFree(s);
}

// grow adds at least npages of fresh memory to the free runs: whole arenas,
// reserved aligned, committed (this is where an impossible request fails),
// with their metadata. False if the OS refuses.
bool grow(uintptr_t npages) {
  uintptr_t size = alignUp(npages * _PageSize, heapArenaBytes);
  if (size < npages * _PageSize) return false;  // overflow
  void* v = sysReserveAligned(size, heapArenaBytes);
  if (v == nullptr) return false;
  uintptr_t base = reinterpret_cast<uintptr_t>(v);
  if ((base + size - 1) >> heapAddrBits != 0) return false;
  if (!sysMap(v, size, __atomic_load_n(&mheap_.heapSys, __ATOMIC_RELAXED) >= heapArenaBytes)) return false;
  __atomic_fetch_add(&mheap_.heapSys, size, __ATOMIC_RELAXED);
  for (uintptr_t a = base; a < base + size; a += heapArenaBytes) {
    auto* ha = static_cast<heapArena*>(persistentallocLocked(sizeof(heapArena)));
    // Published with release: spanOf reads arenas without the lock.
    __atomic_store_n(&arenas[a >> logHeapArenaBytes], ha, __ATOMIC_RELEASE);
  }
  mspan* s = allocMSpanLocked();
  s->startAddr = base;
  s->npages = size / _PageSize;
  s->needzero = false;  // fresh from the OS
  freeSpanLocked(s);   // merges with a region the kernel placed just before or after
  return true;
}

}  // namespace

void* persistentalloc(uintptr_t n) {
  lock(&mheap_.lock);
  void* p = persistentallocLocked(n);
  unlock(&mheap_.lock);
  return p;
}

mspan* mheap_alloc(uintptr_t npages, uint8_t spc) {
  lock(&mheap_.lock);
  mspan* s = findFree(npages);
  if (s == nullptr) {
    if (!grow(npages)) {
      unlock(&mheap_.lock);
      return nullptr;
    }
    s = findFree(npages);
  }
  if (s->npages > npages) {
    // Split: the tail stays free.
    mspan* rest = allocMSpanLocked();
    rest->startAddr = s->startAddr + npages * _PageSize;
    rest->npages = s->npages - npages;
    rest->needzero = s->needzero;
    insertFree(rest);
    s->npages = npages;
  }
  s->state = mSpanInUse;
  s->spanclass = spc;
  if (spc == 0) {
    s->elemsize = npages * _PageSize;
    s->nelems = 1;
    s->divMagic = 0;  // objIndex is always 0
  } else {
    s->elemsize = class_to_size[spc];
    s->nelems = static_cast<uint16_t>(npages * _PageSize / s->elemsize);
    s->divMagic = class_to_divmagic[spc];
  }
  s->limit = s->startAddr + s->nelems * s->elemsize;
  s->freeindex = 0;
  s->allocCount = 0;
  memset(s->allocBits, 0, sizeof(s->allocBits));
  s->allocCache = ~uint64_t{0};
  setSpans(s->startAddr, npages, s);
  __atomic_fetch_add(&mheap_.pagesInUse, npages * _PageSize, __ATOMIC_RELAXED);
  unlock(&mheap_.lock);
  return s;
}

void mheap_freeSpan(mspan* s) {
  lock(&mheap_.lock);
  if (s->state != mSpanInUse) throw_("mheap.freeSpan: span not in use");
  __atomic_fetch_sub(&mheap_.pagesInUse, s->npages * _PageSize, __ATOMIC_RELAXED);
  // The pages inside the run keep pointing at s: findObject rejects them
  // by its state, and the map is rewritten when the pages are reused.
  s->needzero = true;  // whatever the objects held is still there
  freeSpanLocked(s);
  unlock(&mheap_.lock);
}

mspan* spanOfHeap(uintptr_t p) {
  mspan* s = spanOf(p);
  if (s == nullptr || __atomic_load_n(&s->state, __ATOMIC_RELAXED) != mSpanInUse || p < s->startAddr ||
      p >= s->startAddr + s->npages * _PageSize)
    return nullptr;
  return s;
}

// ---- span lists -------------------------------------------------------------

void mSpanList::insert(mspan* s) {
  s->prev = nullptr;
  s->next = first;
  if (first != nullptr) first->prev = s;
  first = s;
}

void mSpanList::remove(mspan* s) {
  if (s->prev != nullptr) {
    s->prev->next = s->next;
  } else {
    first = s->next;
  }
  if (s->next != nullptr) s->next->prev = s->prev;
  s->next = s->prev = nullptr;
}

}  // namespace gosub::rt
