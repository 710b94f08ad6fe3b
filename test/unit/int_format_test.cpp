// int_format_test.cpp — integers and bools: the runtime's decimal digits and
// the print builtins.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "runtime.h"

namespace {

using namespace gosub::rt;

std::string dec(int64_t v) {
  char buf[24];
  return std::string(buf, formatint(v, buf));
}

std::string udec(uint64_t v) {
  char buf[24];
  return std::string(buf, formatuint(v, buf));
}

TEST(FormatInt, Values) {
  EXPECT_EQ(dec(0), "0");
  EXPECT_EQ(dec(-5), "-5");
  EXPECT_EQ(dec(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(dec(INT64_MAX), "9223372036854775807");
  EXPECT_EQ(udec(UINT64_MAX), "18446744073709551615");
  EXPECT_EQ(udec(10), "10");
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

}  // namespace
