// panic_test.cpp — panic and throw messages, exit status, tracebacks and the
// stack guard, run as death tests (each in a forked child).
#include <gtest/gtest.h>

#include "runtime.h"

// A function with a Go symbol name, so the traceback shows it.
extern "C" __attribute__((noinline)) void fake_main_f() __asm__("main.f");
extern "C" void fake_main_f() {
  gosub::rt::panicdivide();
}

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

TEST(PanicDeathTest, Divide) {
  EXPECT_EXIT(panicdivide(), ExitedWithCode(2),
              "^panic: runtime error: integer divide by zero\n\ngoroutine 1 \\[running\\]:\n");
}

TEST(PanicDeathTest, Shift) {
  EXPECT_EXIT(panicshift(), ExitedWithCode(2), "^panic: runtime error: negative shift amount\n\n");
}

TEST(PanicDeathTest, Index) {
  EXPECT_EXIT(panicIndex(5, 3), ExitedWithCode(2), "^panic: runtime error: index out of range \\[5\\] with length 3\n\n");
  EXPECT_EXIT(panicIndex(-1, 3), ExitedWithCode(2), "^panic: runtime error: index out of range \\[-1\\]\n\n");
}

TEST(PanicDeathTest, Throw) {
  EXPECT_EXIT(throw_("all goroutines are asleep - deadlock!"), ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[running\\]:\n");
}

TEST(PanicDeathTest, TracebackShowsGoFrames) {
  EXPECT_EXIT(
      {
        schedinit();  // stack bounds for the walk
        setstackguard(0);
        fake_main_f();
      },
      ExitedWithCode(2), "\ngoroutine 1 \\[running\\]:\nmain.f\\(\\)\n$");
}

TEST(Stack, SchedinitInstallsGuard) {
  schedinit();
  uintptr_t guard = getstackguard();
  setstackguard(0);  // this test binary is not split-stack code; leave no trace
  int here;
  auto sp = reinterpret_cast<uintptr_t>(&here);
  EXPECT_EQ(guard, g0.stackguard0);
  EXPECT_EQ(guard, g0.stack.lo + _StackGuard);
  EXPECT_GT(sp, guard);
  EXPECT_LT(sp, g0.stack.hi);
}

}  // namespace
