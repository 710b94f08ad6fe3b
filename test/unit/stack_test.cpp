// stack_test.cpp — goroutine stack segments (stack.cpp): sizes, the free
// lists of small and large segments, and the cap on cached large ones.
#include <gtest/gtest.h>

#include <vector>

#include "runtime.h"

namespace {

using namespace gosub::rt;

// Every byte of a segment is usable memory; the header says its size.
void touch(stkseg* s) {
  auto* lo = reinterpret_cast<volatile uint8_t*>(seglo(s));
  auto* hi = reinterpret_cast<volatile uint8_t*>(seghi(s));
  lo[0] = 1;
  hi[-1] = 1;
}

TEST(StackSegments, SizesAndHeaders) {
  for (uintptr_t n = _StackMin; n <= (4u << 20); n <<= 1) {
    stkseg* s = stackalloc(n);
    EXPECT_EQ(s->size, n);
    EXPECT_EQ(s->prev, nullptr);
    EXPECT_EQ(s->next, nullptr);
    EXPECT_EQ(seghi(s) - seglo(s), n - sizeof(stkseg));
    touch(s);
    stackfree(s);
  }
}

// A freed segment of a pooled size (small, 2..32 KiB, or large, 64 KiB ..
// 1 MiB) is the next one handed out of that size: its pages are already
// faulted in.
TEST(StackSegments, FreedSegmentsAreReused) {
  for (uintptr_t n : {uintptr_t{_StackMin}, uintptr_t{32} << 10, uintptr_t{64} << 10, uintptr_t{1} << 20}) {
    stkseg* a = stackalloc(n);
    touch(a);
    stackfree(a);
    stkseg* b = stackalloc(n);
    EXPECT_EQ(a, b) << n;
    stackfree(b);
  }
}

// Freeing far more large segments than the cache holds (64 MiB) unmaps the
// rest; what is handed out afterwards is still good memory.
TEST(StackSegments, LargeCacheIsBounded) {
  constexpr int k = 100;
  std::vector<stkseg*> segs;
  for (int i = 0; i < k; i++) {
    segs.push_back(stackalloc(1 << 20));
    touch(segs.back());
  }
  for (stkseg* s : segs) stackfree(s);
  std::vector<stkseg*> again;
  for (int i = 0; i < k; i++) {
    again.push_back(stackalloc(1 << 20));
    touch(again.back());
  }
  // The first c freed were cached (c is 64 less what earlier tests left in
  // the cache) and come back first, most recently freed first; the others
  // were unmapped.
  int c = 0;
  while (c < k && segs[c] != again[0]) c++;
  ASSERT_LT(c, k);
  c++;
  EXPECT_LE(c, 64);
  EXPECT_GE(c, 32);
  for (int i = 0; i < c; i++) EXPECT_EQ(again[i], segs[c - 1 - i]) << i;
  for (stkseg* s : again) stackfree(s);
}

}  // namespace
