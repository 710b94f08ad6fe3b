// malloc_test.cpp — mallocgc returns zeroed, aligned, distinct memory from
// Go's size classes; the span map finds any address's object (what the
// collector needs); freed pages come back zeroed.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>

#include "malloc.h"

namespace {

using namespace gosub::rt;

bool zeroed(const void* p, size_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < n; i++)
    if (b[i] != 0) return false;
  return true;
}

uintptr_t addr(void* p) { return reinterpret_cast<uintptr_t>(p); }

// The alignment Go's classes give: 8 for the classes that are odd
// multiples of 8 (8, 24), 16 for the others up to 128, then the class
// size's largest power-of-two factor (at least 16); pages for large.
uintptr_t wantAlign(uintptr_t size) {
  if (size > _MaxSmallSize) return _PageSize;
  uintptr_t c = class_to_size[sizeToClass(size)];
  uintptr_t a = c & -c;
  return a > 4096 ? 4096 : a;
}

TEST(Malloc, ZeroedAlignedDistinct) {
  std::set<uintptr_t> seen;
  for (int64_t size : {1, 7, 8, 15, 16, 24, 100, 4096, 32767, 32768, 32769, 100000, 1 << 22}) {
    for (int k = 0; k < 4; k++) {
      void* p = mallocgc(size);
      ASSERT_NE(p, nullptr);
      EXPECT_EQ(addr(p) % wantAlign(static_cast<uintptr_t>(size)), 0u) << size;
      EXPECT_EQ(addr(p) % (size < 16 || size == 24 ? 8 : 16), 0u) << size;
      EXPECT_TRUE(zeroed(p, static_cast<size_t>(size))) << size;
      EXPECT_TRUE(seen.insert(addr(p)).second) << size;
      memset(p, 0xAB, static_cast<size_t>(size));  // dirty it: later objects must still be zero
    }
  }
}

TEST(Malloc, ManySmallAcrossArenas) {
  // More than one 64 MiB arena's worth.
  for (int i = 0; i < 70000; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(1000));
    ASSERT_TRUE(zeroed(p, 1000));
    p[0] = 1;
    p[999] = 1;
  }
}

TEST(Malloc, ZeroSize) { EXPECT_EQ(mallocgc(0), mallocgc(0)); }

// Objects of one class come one after another from the span's start.
TEST(Malloc, SmallObjectsFillTheirSpan) {
  auto* first = mallocgc(48);
  mspan* s = spanOfHeap(addr(first));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->elemsize, 48u);
  EXPECT_EQ(s->spanclass, sizeToClass(48));
  void* prev = first;
  while (s->freeindex < s->nelems) {
    void* p = mallocgc(33);  // the same class: 48 bytes
    EXPECT_EQ(addr(p), addr(prev) + 48);
    prev = p;
  }
  EXPECT_EQ(addr(prev) + 48, s->limit);
  EXPECT_EQ(s->allocCount, s->nelems);
  // The next one comes from another span.
  EXPECT_NE(spanOfHeap(addr(mallocgc(48))), s);
}

TEST(Malloc, FindObjectSmall) {
  for (int64_t size : {8, 24, 48, 112, 1000, 6784, 32768}) {
    auto* p = static_cast<uint8_t*>(mallocgc(size));
    uintptr_t elem = class_to_size[sizeToClass(static_cast<uintptr_t>(size))];
    mspan* s = nullptr;
    uintptr_t idx = 99999;
    EXPECT_EQ(findObject(addr(p), &s, &idx), addr(p)) << size;
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->elemsize, elem);
    EXPECT_EQ(s->startAddr + idx * elem, addr(p));
    EXPECT_EQ(findObject(addr(p) + 1), addr(p)) << size;
    EXPECT_EQ(findObject(addr(p) + static_cast<uintptr_t>(size) / 2), addr(p)) << size;
    EXPECT_EQ(findObject(addr(p) + elem - 1), addr(p)) << size;  // last byte of the slot
    // The next slot of the span is another object (or past the span's end).
    uintptr_t next = addr(p) + elem;
    if (next < s->limit) EXPECT_EQ(findObject(next), next) << size;
  }
}

TEST(Malloc, FindObjectLarge) {
  constexpr uintptr_t size = 5 * _PageSize + 100;  // 6 pages
  auto* p = static_cast<uint8_t*>(mallocgc(size));
  mspan* s = nullptr;
  EXPECT_EQ(findObject(addr(p), &s), addr(p));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->spanclass, 0);
  EXPECT_EQ(s->npages, 6u);
  EXPECT_EQ(findObject(addr(p) + 1), addr(p));
  EXPECT_EQ(findObject(addr(p) + 3 * _PageSize + 17), addr(p));  // an inner page
  EXPECT_EQ(findObject(addr(p) + size - 1), addr(p));
  EXPECT_EQ(findObject(addr(p) + 6 * _PageSize - 1), addr(p));   // the last page's tail
  EXPECT_NE(findObject(addr(p) + 6 * _PageSize), addr(p));
}

TEST(Malloc, FindObjectNotHeap) {
  int local = 0;
  static int global;
  EXPECT_EQ(findObject(0), 0u);
  EXPECT_EQ(findObject(8), 0u);
  EXPECT_EQ(findObject(addr(&local)), 0u);
  EXPECT_EQ(findObject(addr(&global)), 0u);
  EXPECT_EQ(findObject(reinterpret_cast<uintptr_t>(&zeroed)), 0u);
  EXPECT_EQ(findObject(~uintptr_t{0}), 0u);
  EXPECT_EQ(findObject(uintptr_t{1} << 47), 0u);
  // A span's tail after its last object: class 1152 (1 page) holds 7
  // objects and 128 bytes of tail.
  auto* p = static_cast<uint8_t*>(mallocgc(1152));
  mspan* s = spanOfHeap(addr(p));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->nelems, 7);
  EXPECT_EQ(findObject(s->limit), 0u);
  EXPECT_EQ(findObject(s->startAddr + _PageSize - 1), 0u);
}

// What the sweeper will do: a freed span's pages return to the heap,
// merge with their neighbours and come back zeroed.
TEST(Malloc, FreedPagesComeBackZeroed) {
  constexpr uintptr_t size = 3 * _PageSize;
  auto* a = static_cast<uint8_t*>(mallocgc(size));
  auto* b = static_cast<uint8_t*>(mallocgc(size));
  memset(a, 0x5A, size);
  memset(b, 0xA5, size);
  mspan* sa = spanOfHeap(addr(a));
  mspan* sb = spanOfHeap(addr(b));
  ASSERT_NE(sa, nullptr);
  ASSERT_NE(sb, nullptr);
  mheap_freeSpan(sa);
  EXPECT_EQ(findObject(addr(a)), 0u);
  EXPECT_EQ(findObject(addr(a) + 100), 0u);
  mheap_freeSpan(sb);
  // Both runs are free now; whichever way they merged, allocations of their
  // total size from the heap must be zero where they reuse them.
  auto inRun = [](uint8_t* p, uint8_t* run, uintptr_t n) { return p >= run && p < run + n; };
  int reused = 0;
  for (int i = 0; i < 4; i++) {
    auto* c = static_cast<uint8_t*>(mallocgc(size));
    EXPECT_TRUE(zeroed(c, size));
    reused += inRun(c, a, size) || inRun(c, b, size);
    memset(c, 0x11, size);
  }
  EXPECT_GE(reused, 1);
  // Small objects in a span made from dirty pages are cleared too.
  auto* d = static_cast<uint8_t*>(mallocgc(2 * size));
  memset(d, 0x77, 2 * size);
  mheap_freeSpan(spanOfHeap(addr(d)));
  reused = 0;
  for (int i = 0; i < 2000; i++) {
    auto* e = static_cast<uint8_t*>(mallocgc(10000));
    ASSERT_TRUE(zeroed(e, 10000)) << i;
    reused += inRun(e, d, 2 * size);
    memset(e, 0x33, 10000);
  }
  EXPECT_GE(reused, 1);
}

TEST(Malloc, Stats) {
  uint64_t before[32], after[32];
  readmemstats_m(before);
  for (int i = 0; i < 1000; i++) mallocgc(40);  // class 48
  mallocgc(100000);                            // 13 pages
  readmemstats_m(after);
  // Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys.
  EXPECT_EQ(after[4] - before[4], 1001u);
  EXPECT_EQ(after[1] - before[1], 1000u * 48 + 13 * _PageSize);
  EXPECT_EQ(after[0], after[1]);
  EXPECT_EQ(after[5], 0u);
  EXPECT_EQ(after[6], after[0]);
  EXPECT_GE(after[7], after[6]);
  EXPECT_GT(after[2], after[7]);
}

}  // namespace
