// runtime/malloc.cpp — heap allocation (Go's malloc.go), first version.
//
// mallocgc hands out zeroed memory by bumping a pointer through arenas that
// come fresh from mmap (so they are already zero) and are never reused:
// without a collector nothing is ever freed. Small objects are 16-byte
// aligned (8 for objects below 16 bytes, as Go's tiny sizes); objects of
// 32 KiB and more get their own mapping, as Go's large spans do.
//
// ROADMAP (memory issue): this becomes Go's design — size classes, spans of
// pages holding objects of one class, per-P caches, and a span map indexed
// by page number. The conservative collector will then find the start of the
// object containing any (interior) pointer p as
//   s = spanOf(p); base = s->base + (p - s->base) / s->elemsize * s->elemsize
// which a bump allocator cannot answer; nothing outside this file may rely
// on how objects are laid out here.

#include <sys/mman.h>

#include "runtime.h"

namespace gosub::rt {

namespace {

constexpr size_t _PageSize = 4096;
constexpr size_t _MaxSmallSize = 32 << 10;
constexpr size_t heapArenaBytes = 64 << 20;

// Go's zerobase: the address of every zero-sized object.
alignas(16) uint8_t zerobase[16];

mutex heaplock;
uintptr_t arenaNext, arenaEnd;  // the unused rest of the current arena

}  // namespace

void* sysAlloc(size_t n) {
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

void* mallocgc(int64_t size) {
  if (size == 0) return zerobase;
  // A negative size (a uintptr in Go) can only be an enormous request.
  if (size < 0 || static_cast<uint64_t>(size) > (uint64_t{1} << 47)) throw_("runtime: out of memory");
  size_t n = static_cast<size_t>(size);
  if (n >= _MaxSmallSize) {
    void* p = sysAlloc((n + _PageSize - 1) & ~(_PageSize - 1));
    if (p == nullptr) throw_("runtime: out of memory");
    return p;
  }
  size_t align = n < 16 ? 8 : 16;
  lock(&heaplock);
  uintptr_t p = (arenaNext + align - 1) & ~(align - 1);
  if (arenaNext == 0 || p + n > arenaEnd) {
    void* a = sysAlloc(heapArenaBytes);
    if (a == nullptr) {
      unlock(&heaplock);
      throw_("runtime: out of memory");
    }
    p = reinterpret_cast<uintptr_t>(a);
    arenaEnd = p + heapArenaBytes;
  }
  arenaNext = p + n;
  unlock(&heaplock);
  return reinterpret_cast<void*>(p);
}

}  // namespace gosub::rt
