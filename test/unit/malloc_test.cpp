// malloc_test.cpp — mallocgc returns zeroed, aligned, distinct memory.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>

#include "runtime.h"

namespace {

using namespace gosub::rt;

bool zeroed(const void* p, size_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < n; i++)
    if (b[i] != 0) return false;
  return true;
}

TEST(Malloc, ZeroedAlignedDistinct) {
  std::set<uintptr_t> seen;
  for (int64_t size : {1, 7, 8, 15, 16, 24, 100, 4096, 32767, 32768, 100000, 1 << 22}) {
    for (int k = 0; k < 4; k++) {
      void* p = mallocgc(size);
      ASSERT_NE(p, nullptr);
      auto a = reinterpret_cast<uintptr_t>(p);
      EXPECT_EQ(a % (size < 16 ? 8 : 16), 0u) << size;
      EXPECT_TRUE(zeroed(p, static_cast<size_t>(size))) << size;
      EXPECT_TRUE(seen.insert(a).second) << size;
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

}  // namespace
