// int_format_test.cpp — integers and bools: print builtins and fmt's %v.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "runtime.h"

namespace {

using namespace gosub::rt;

std::string str(GoString s) { return std::string(reinterpret_cast<const char*>(s.ptr), s.len); }

TEST(FmtInt, Values) {
  EXPECT_EQ(str(fmtint(0)), "0");
  EXPECT_EQ(str(fmtint(-5)), "-5");
  EXPECT_EQ(str(fmtint(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(str(fmtint(INT64_MAX)), "9223372036854775807");
  EXPECT_EQ(str(fmtuint(UINT64_MAX)), "18446744073709551615");
  EXPECT_EQ(str(fmtuint(10)), "10");
  EXPECT_EQ(str(fmtbool(true)), "true");
  EXPECT_EQ(str(fmtbool(false)), "false");
}

// println(true, false, -5, uint64(max), "s", 1.5) in gc's format, written
// piece by piece to fd 2.
TEST(Print, Println) {
  testing::internal::CaptureStderr();
  const uint8_t s[] = {'s'};
  printlock();
  printbool(true);
  printsp();
  printbool(false);
  printsp();
  printint(-5);
  printsp();
  printuint(UINT64_MAX);
  printsp();
  printstring(s, 1);
  printsp();
  printfloat(1.5);
  printnl();
  printunlock();
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "true false -5 18446744073709551615 s +1.500000e+000\n");
}

TEST(Print, LockIsRecursive) {
  printlock();
  printlock();
  printunlock();
  printunlock();
  EXPECT_EQ(m0.printlock, 0);
}

TEST(WriteString, WritesAll) {
  testing::internal::CaptureStderr();
  std::string big(100000, 'x');
  writestring(2, reinterpret_cast<const uint8_t*>(big.data()), static_cast<int64_t>(big.size()));
  EXPECT_EQ(testing::internal::GetCapturedStderr(), big);
}

}  // namespace
