// stack_test.cpp — goroutine stack segments (stack.cpp): sizes, the free
// lists of small and large segments, the cap on cached large ones, and the
// guard pages of the debug build (-DGOSUB_STACK_GUARD_PAGES=ON).
#include <gtest/gtest.h>

#include <csignal>
#include <vector>

#include "runtime.h"
#include "rungo.h"

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

#ifdef GOSUB_STACK_GUARD_PAGES
constexpr bool kGuardPages = true;
#else
constexpr bool kGuardPages = false;
#endif

// In guard-page mode every segment, pooled or not, has an inaccessible page
// right below its base: its own bytes are all usable, the byte below faults.
TEST(StackGuardPagesDeathTest, WriteBelowSegmentFaults) {
  if (!kGuardPages) GTEST_SKIP() << "needs a build with -DGOSUB_STACK_GUARD_PAGES=ON";
  for (uintptr_t n : {uintptr_t{_StackMin}, uintptr_t{32} << 10, uintptr_t{64} << 10, uintptr_t{1} << 20}) {
    stkseg* s = stackalloc(n);
    touch(s);
    auto* base = reinterpret_cast<volatile uint8_t*>(s);
    base[0] = base[0];  // the header is the segment's own
    EXPECT_EXIT(base[-1] = 1, testing::KilledBySignal(SIGSEGV), "") << n;
    EXPECT_EXIT(base[-4096] = 1, testing::KilledBySignal(SIGSEGV), "") << n;
    stackfree(s);
    // Reused from the free list, it keeps its guard page.
    stkseg* again = stackalloc(n);
    EXPECT_EQ(again, s);
    EXPECT_EXIT(reinterpret_cast<volatile uint8_t*>(again)[-1] = 1, testing::KilledBySignal(SIGSEGV), "") << n;
    stackfree(again);
  }
}

// What the mode is for: C++ code that runs past the reserve of a goroutine
// on a 2 KiB segment (here a recursion of about 4.5 KiB) faults at the
// segment's base instead of overwriting whatever lies below it.
[[gnu::noinline]] void burn(int n) {
  char buf[256];
  // The buffer escapes (the asm may read and write all of it), so the frame
  // really holds 256 bytes.
  __asm__ volatile("" : : "r"(buf) : "memory");
  if (n > 0) burn(n - 1);
  __asm__ volatile("" : : "r"(buf) : "memory");
}

TEST(StackGuardPagesDeathTest, GoroutineOverrunFaults) {
  if (!kGuardPages) GTEST_SKIP() << "needs a build with -DGOSUB_STACK_GUARD_PAGES=ON";
  EXPECT_EXIT(gosub::rt::testgo::rungo([] {
                startingStackSize = _StackMin;
                newproc(reinterpret_cast<void*>(+[](void*) { burn(16); }), nullptr);
                for (int i = 0; i < 1000; i++) Gosched();
                fprintf(stderr, "the overrun did not fault\n");
                gosub::rt::exit(0);
              }),
              testing::KilledBySignal(SIGSEGV), "");
}

}  // namespace
