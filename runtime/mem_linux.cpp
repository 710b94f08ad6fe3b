// runtime/mem_linux.cpp — memory from the OS (Go's mem_linux.go).
//
// Two kinds of mapping. sysAlloc gives small runtime structures (stack
// chunks, allgs, allocator metadata) ready-to-use pages with
// MAP_NORESERVE: they are small and touched as needed. The heap instead
// reserves address space without access (sysReserveAligned, PROT_NONE,
// not charged to the process) and commits it with sysMap, a read-write
// mapping that the kernel charges against its overcommit limit: a request
// it could never back (make(chan int, 1<<34) asks for 128 GiB) fails there
// with ENOMEM, and mallocgc throws "runtime: out of memory" as Go's does,
// instead of succeeding lazily and dying later at a page fault.

#include <sys/mman.h>

#include "malloc.h"

namespace gosub::rt {

uint64_t otherSys;

void* sysAlloc(size_t n) {
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  __atomic_fetch_add(&otherSys, n, __ATOMIC_RELAXED);
  return p;
}

void sysFree(void* v, size_t n) {
  munmap(v, n);
  __atomic_fetch_sub(&otherSys, n, __ATOMIC_RELAXED);
}

void* sysReserveAligned(uintptr_t n, uintptr_t align) {
  if (n + align < n) return nullptr;
  void* p = mmap(nullptr, n + align, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  // Trim to the aligned n bytes inside.
  uintptr_t lo = reinterpret_cast<uintptr_t>(p);
  uintptr_t start = alignUp(lo, align);
  if (start > lo) munmap(p, start - lo);
  uintptr_t end = start + n;
  if (lo + n + align > end) munmap(reinterpret_cast<void*>(end), lo + n + align - end);
  return reinterpret_cast<void*>(start);
}

bool sysMap(void* v, uintptr_t n, bool hugePages) {
  void* p = mmap(v, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  if (p != v) return false;
  // Where THP is in madvise mode, let the kernel back a large heap with
  // 2 MiB pages, as Go 1.19 does (sysHugePage): building a 500 MB heap
  // faults half as long. Not for the first arena, where a huge page would
  // double the resident size of a small program (2 MB to 4 MB for hello).
  if (hugePages) madvise(v, n, MADV_HUGEPAGE);
  return true;
}

}  // namespace gosub::rt
