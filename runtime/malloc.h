// runtime/malloc.h — the allocator's structures (Go's mheap.go, mcache.go,
// mcentral.go, mbitmap.go), shared by the files that implement them:
//   malloc.cpp     mallocgc, the fast path (Go's malloc.go)
//   mcache.cpp     the per-P cache of spans (Go's mcache.go)
//   mcentral.cpp   the per-class lists of spans (Go's mcentral.go)
//   mheap.cpp      the page heap, arenas and the span map (Go's mheap.go)
//   mbitmap.cpp    allocation bits and findObject (Go's mbitmap.go)
//   mem_linux.cpp  memory from the OS (Go's mem_linux.go)
//   mstats.cpp     ReadMemStats (Go's mstats.go)
// docs/runtime.md, "Memory", tells the design as a whole.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime.h"
#include "sizeclasses.h"

namespace gosub::rt {

// The heap is made of arenas of heapArenaBytes, each aligned to its size,
// so an address's arena is its top bits: the span map (Go's arena index)
// is arenas[p >> logHeapArenaBytes]->spans[page within the arena]. User
// addresses on x86-64 Linux are below 2^47; heapAddrBits = 48 as Go's, so
// the index has 2^22 entries (32 MiB of address space, touched only where
// an arena exists).
constexpr uintptr_t logHeapArenaBytes = 26;
constexpr uintptr_t heapArenaBytes = uintptr_t{1} << logHeapArenaBytes;  // 64 MiB
constexpr uintptr_t pagesPerArena = heapArenaBytes / _PageSize;          // 8192
constexpr uintptr_t heapAddrBits = 48;
constexpr uintptr_t arenaIndexCount = uintptr_t{1} << (heapAddrBits - logHeapArenaBytes);
// maxAlloc: no allocation can be larger (Go's, for linux/amd64).
constexpr uintptr_t maxAlloc = uintptr_t{1} << heapAddrBits;

enum mSpanState : uint8_t {
  mSpanDead,    // the mspan describes nothing (on the spanalloc free list)
  mSpanInUse,   // holds objects: a class's span or one large object
  mSpanFree,    // free pages in the page heap
};

// An mspan describes a run of npages pages starting at startAddr. Owned by
// the heap lock while free, by its mcentral's lock while on its lists, and
// by one P's mcache (no lock) while cached there: the allocation fields
// (freeindex, allocCache, allocCount, allocBits) change only under the
// owner. startAddr, npages, spanclass, elemsize and nelems are set by
// allocSpan before the span is published and never change while in use.
struct mspan {
  mspan* next = nullptr;  // on a list (mSpanList)
  mspan* prev = nullptr;
  uintptr_t startAddr = 0;
  uintptr_t npages = 0;
  uintptr_t elemsize = 0;   // object size (npages*_PageSize for a large span)
  uintptr_t limit = 0;      // end of the last object
  uint32_t divMagic = 0;    // for objIndex (class_to_divmagic)
  uint16_t nelems = 0;      // objects in the span
  // freeindex: objects below it are allocated; allocCache holds the
  // complement of allocBits from freeindex on (bit set = free), shifted so
  // that bit 0 is object freeindex: nextFreeFast is a count of trailing
  // zeros. Go's design, kept although nothing frees yet, because the
  // sweeper will free objects in place by clearing allocBits.
  uint16_t freeindex = 0;
  uint16_t allocCount = 0;  // allocated objects
  uint8_t spanclass = 0;    // size class; 0 for a large span
  mSpanState state = mSpanDead;
  // needzero: the span's memory may hold old data, so objects must be
  // cleared when allocated (fresh memory from the OS is zero).
  bool needzero = false;
  uint64_t allocCache = 0;
  uint64_t allocBits[maxObjsPerSpan / 64] = {};

  uintptr_t base() const { return startAddr; }
  // objIndex: the index of the object containing p (p within the span).
  uintptr_t objIndex(uintptr_t p) const {
    return static_cast<uintptr_t>((static_cast<uint64_t>(p - startAddr) * divMagic) >> 32);
  }
  // isFree: object i is not allocated (below freeindex everything is;
  // above it, allocBits tell, as the sweeper left them).
  bool isFree(uintptr_t i) const { return i >= freeindex && (allocBits[i / 64] >> (i % 64) & 1) == 0; }
  uintptr_t nextFreeIndex();  // mbitmap.cpp: the next free object, advancing freeindex
  void refillAllocCache(uintptr_t word);  // allocCache = ~allocBits[word]
};

// mSpanList: a doubly linked list of spans, owned by whoever owns the list.
struct mSpanList {
  mspan* first = nullptr;
  bool empty() const { return first == nullptr; }
  void insert(mspan* s);
  void remove(mspan* s);
};

// mcentral: the spans of one size class that are in no mcache. partial
// have free objects; full have none (the sweeper will move them back).
struct alignas(64) mcentral {  // one cache line each: no false sharing of locks
  mutex lock{};
  mSpanList partial;  // [lock]
  mSpanList full;     // [lock]
  mspan* cacheSpan();        // a span with a free object, for an mcache
  void uncacheSpan(mspan* s);  // an mcache gives s back
  mspan* grow();             // a fresh span from the heap
};

// mcache: a P's cache of one span per size class, used without a lock by
// the M that holds the P (mallocgc raises m.locks, as Go's acquirem, so
// nothing can take the P while it is in use). The counters are the P's
// share of MemStats: written only by the owner, with relaxed atomic stores
// so that ReadMemStats may read them at any time.
struct mcache {
  mspan* alloc[_NumSizeClasses];  // the span allocating each class [owner]
  uint64_t nmalloc = 0;           // objects allocated [owner writes, atomic]
  uint64_t allocBytes = 0;        // bytes of those objects [owner writes, atomic]
  uint64_t nlargealloc = 0;       // of which large [owner writes, atomic]
  uintptr_t nextFree(int spc, mspan** sp);  // slow path of the fast path
  void refill(int spc);
  mspan* allocLarge(uintptr_t size);
  void releaseAll();  // every span back to its mcentral (a P is destroyed)
};

// emptymspan: the span of every class of a new mcache, with no free object
// (nelems 0), so the fast path needs no nil check.
extern mspan emptymspan;

// mheap: the page heap. lock guards everything but the span map entries,
// which are also read without it (findObject).
struct mheap {
  mutex lock{};
  // Free page runs: free[n] holds runs of exactly n pages (n < kFreeLists),
  // large ones are on freeLarge (best fit). [lock]
  static constexpr uintptr_t kFreeLists = 128;
  mSpanList free[kFreeLists];
  mSpanList freeLarge;
  mspan* spanFree = nullptr;  // mspan structs to reuse (fixalloc) [lock]
  mcentral central[_NumSizeClasses];
  // Statistics [atomic]: bytes of arenas mapped (HeapSys), of pages in
  // use by spans (HeapInuse), and of runtime metadata (span structs,
  // arena metadata, mcaches).
  uint64_t heapSys = 0;
  uint64_t pagesInUse = 0;
  uint64_t metaSys = 0;
};
extern mheap mheap_;

// heapArena: the metadata of one arena. spans[i] is the span holding page i
// (every page of an in-use span; at least the first and last page of a
// free one). Written under the heap lock, read without it (atomically).
struct heapArena {
  mspan* spans[pagesPerArena];
};
extern heapArena* arenas[arenaIndexCount];

// ---- mheap.cpp ----
// allocSpan: npages pages as an in-use span of class spc (0: a large
// object), or nullptr if the OS has no more memory. Heap lock not held;
// runs on the system stack.
mspan* mheap_alloc(uintptr_t npages, uint8_t spc);
// freeSpan returns an in-use span's pages to the heap (the collector's
// sweeper will call it; unit tests do now). Its memory becomes needzero.
void mheap_freeSpan(mspan* s);
// persistentalloc: n bytes of zeroed runtime metadata that is never freed.
void* persistentalloc(uintptr_t n);

// spanOf: the span whose pages contain p, or nullptr if p is not in the
// heap. The span may be free or stale; spanOfHeap checks it is in use and
// holds p.
inline mspan* spanOf(uintptr_t p) {
  uintptr_t ri = p >> logHeapArenaBytes;
  if (ri >= arenaIndexCount) return nullptr;
  heapArena* ha = __atomic_load_n(&arenas[ri], __ATOMIC_ACQUIRE);
  if (ha == nullptr) return nullptr;
  return __atomic_load_n(&ha->spans[(p / _PageSize) % pagesPerArena], __ATOMIC_RELAXED);
}
mspan* spanOfHeap(uintptr_t p);

// ---- mbitmap.cpp ----
// findObject: the start of the allocated object containing p (an interior
// pointer counts), with its span and index; 0 if p points into no object
// (not the heap, a free span, past the last object of a span). An object
// that was never handed out (a free slot) is still reported as an object:
// the conservative collector may scan it harmlessly. Reliable with the
// world stopped, or for memory the caller owns.
uintptr_t findObject(uintptr_t p, mspan** sp = nullptr, uintptr_t* objIndex = nullptr);

// ---- mem_linux.cpp ----
// sysReserveAligned: n bytes of address space aligned to align, neither
// readable nor charged to the process (PROT_NONE); nullptr if none.
void* sysReserveAligned(uintptr_t n, uintptr_t align);
// sysMap: commits reserved memory read-write (charged: the kernel refuses
// what it could never back, which is how "out of memory" is detected as
// Go's sysMap does). False on failure.
// hugePages: advise the kernel to back it with transparent huge pages.
bool sysMap(void* v, uintptr_t n, bool hugePages);
// Bytes obtained by sysAlloc and not returned by sysFree (stacks, allgs,
// runtime metadata) [atomic].
extern uint64_t otherSys;

// ---- mstats.cpp ----
// The memory statistics that need no per-P sum. [atomic]
struct mstatsGlobal {
  uint64_t nfree = 0;   // objects freed (0: no collector yet)
  uint32_t numgc = 0;   // collections completed (0: no collector yet)
};
extern mstatsGlobal memstats;
// readmemstats_m fills a MemStats (out) from the counters; ReadMemStats
// calls it with the world stopped.
void readmemstats_m(void* out);
// mcache0: the cache of allocations made without a P (bootstrap, threads
// that gave up their P), under mcache0lock.
extern mcache* mcache0;
extern mutex mcache0lock;

}  // namespace gosub::rt
