// float_format_test.cpp — gc's print format and fmt's %v for floats, checked
// against testdata/floats.txt, which real Go produced (gen_floats.go).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime.h"

namespace {

using namespace gosub::rt;

std::string gc(double v) {
  char buf[kGCFloatBufSize];
  return std::string(buf, formatfloat_gc(v, buf));
}

std::string fmtv(double v, int bits) {
  char buf[kFmtFloatBufSize];
  return std::string(buf, formatfloat_v(v, bits, buf));
}

TEST(PrintFloat, Examples) {
  EXPECT_EQ(gc(1.5), "+1.500000e+000");
  EXPECT_EQ(gc(-1.5), "-1.500000e+000");
  EXPECT_EQ(gc(0.0), "+0.000000e+000");
  EXPECT_EQ(gc(-0.0), "-0.000000e+000");
  EXPECT_EQ(gc(123456789.0), "+1.234568e+008");
  EXPECT_EQ(gc(1e-300), "+1.000000e-300");
  EXPECT_EQ(gc(5e-324), "+4.940656e-324");
  EXPECT_EQ(gc(NAN), "NaN");
  EXPECT_EQ(gc(INFINITY), "+Inf");
  EXPECT_EQ(gc(-INFINITY), "-Inf");
}

TEST(FmtFloat, Examples) {
  // fmt.Println(1.5, 1e21, 123456789.0, 0.000001, float32(0.1), -0.0, NaN, +Inf)
  EXPECT_EQ(fmtv(1.5, 64), "1.5");
  EXPECT_EQ(fmtv(1e21, 64), "1e+21");
  EXPECT_EQ(fmtv(123456789.0, 64), "1.23456789e+08");
  EXPECT_EQ(fmtv(0.000001, 64), "1e-06");
  EXPECT_EQ(fmtv(0.1f, 32), "0.1");
  EXPECT_EQ(fmtv(-0.0, 64), "-0");
  EXPECT_EQ(fmtv(NAN, 64), "NaN");
  EXPECT_EQ(fmtv(INFINITY, 64), "+Inf");
  EXPECT_EQ(fmtv(-INFINITY, 64), "-Inf");
  // %v switches to %e at exponent 6 for shortest precision, not 21.
  EXPECT_EQ(fmtv(1e20, 64), "1e+20");
  EXPECT_EQ(fmtv(1234567.0, 64), "1.234567e+06");
  EXPECT_EQ(fmtv(123456.0, 64), "123456");
  EXPECT_EQ(fmtv(0.0001, 64), "0.0001");
  EXPECT_EQ(fmtv(0.00001, 64), "1e-05");
  EXPECT_EQ(fmtv(0.1 + 0.2, 64), "0.30000000000000004");
  EXPECT_EQ(fmtv(5e-324, 64), "5e-324");
  EXPECT_EQ(fmtv(1.7976931348623157e308, 64), "1.7976931348623157e+308");
  EXPECT_EQ(fmtv(16777216.0, 32), "1.6777216e+07");
  EXPECT_EQ(fmtv(3.4e38f, 32), "3.4e+38");
}

TEST(FmtFloat, ResultIsAHeapString) {
  GoString s = fmtfloat(2.5, 64);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(s.ptr), s.len), "2.5");
  s = fmtfloat(0.1, 32);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(s.ptr), s.len), "0.1");
}

TEST(FloatFormat, GoldenFromGo) {
  std::ifstream in(GOSUB_UNIT_TESTDATA "/floats.txt");
  ASSERT_TRUE(in) << GOSUB_UNIT_TESTDATA "/floats.txt";
  std::string line;
  int n = 0, bad = 0;
  while (std::getline(in, line) && bad < 20) {
    std::istringstream f(line);
    std::string hex, want_gc, want64, want32;
    f >> hex >> want_gc >> want64 >> want32;
    uint64_t bits = std::stoull(hex, nullptr, 16);
    double v;
    memcpy(&v, &bits, sizeof v);
    n++;
    if (gc(v) != want_gc || fmtv(v, 64) != want64 || fmtv(v, 32) != want32) {
      bad++;
      ADD_FAILURE() << hex << ": gc " << gc(v) << " want " << want_gc << "; %v " << fmtv(v, 64) << " want "
                    << want64 << "; float32 %v " << fmtv(v, 32) << " want " << want32;
    }
  }
  EXPECT_GT(n, 3000);
}

}  // namespace
