// sizeclasses_test.cpp — the size classes and roundupsize are Go 1.19's.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime.h"
#include "sizeclasses.h"

namespace {

using namespace gosub::rt;

// Go 1.19's class_to_size and class_to_allocnpages (runtime/sizeclasses.go),
// the golden values the compile-time rules must reproduce.
constexpr uint16_t goClassToSize[_NumSizeClasses] = {
    0,    8,    16,   24,   32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,  208,  224,  240,  256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,  704,  768,  896,  1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200, 3456, 4096, 4864, 5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint8_t goClassToNpages[_NumSizeClasses] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

TEST(SizeClasses, AreGos) {
  for (int c = 0; c < _NumSizeClasses; c++) {
    EXPECT_EQ(class_to_size[c], goClassToSize[c]) << "class " << c;
    EXPECT_EQ(class_to_allocnpages[c], goClassToNpages[c]) << "class " << c;
  }
}

TEST(SizeClasses, LookupIsSmallestFit) {
  for (uintptr_t size = 1; size <= _MaxSmallSize; size++) {
    int c = sizeToClass(size);
    ASSERT_GE(class_to_size[c], size) << size;
    ASSERT_TRUE(c == 1 || class_to_size[c - 1] < size) << size;
  }
}

TEST(SizeClasses, DivMagicDividesEveryOffset) {
  for (int c = 1; c < _NumSizeClasses; c++) {
    uint64_t span = uint64_t{class_to_allocnpages[c]} * _PageSize;
    for (uint64_t n = 0; n <= span; n++)
      ASSERT_EQ((n * class_to_divmagic[c]) >> 32, n / class_to_size[c]) << "class " << c << " offset " << n;
  }
}

// testdata/roundupsize.txt holds Go 1.19's roundupsize(n) for n = 1..50000
// as runs "first last value" (gen_roundupsize.go reads it off append).
TEST(SizeClasses, RoundupsizeIsGos) {
  std::ifstream in(GOSUB_UNIT_TESTDATA "/roundupsize.txt");
  ASSERT_TRUE(in) << "missing testdata/roundupsize.txt";
  std::string line;
  uintptr_t next = 1;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    uintptr_t first, last, value;
    ASSERT_TRUE(f >> first >> last >> value) << line;
    ASSERT_EQ(first, next) << line;
    for (uintptr_t n = first; n <= last; n++) ASSERT_EQ(roundupsize(n), value) << "roundupsize(" << n << ")";
    next = last + 1;
  }
  EXPECT_EQ(next, 50001u);
  EXPECT_EQ(roundupsize(0), 0u);
  // Sizes so large that rounding would wrap are left alone (Go's check).
  EXPECT_EQ(roundupsize(~uintptr_t{0} - 5), ~uintptr_t{0} - 5);
  EXPECT_EQ(roundupsize(uintptr_t{1} << 40), uintptr_t{1} << 40);
  EXPECT_EQ(roundupsize((uintptr_t{1} << 40) + 1), (uintptr_t{1} << 40) + _PageSize);
}

}  // namespace
