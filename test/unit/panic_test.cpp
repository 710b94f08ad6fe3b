// panic_test.cpp — panic and throw messages, exit status, tracebacks and the
// stack guard, run as death tests (each in a forked child).
#include <gtest/gtest.h>

#include "sanitizer.h"
#include "runtime.h"

// A function with a Go symbol name, so the traceback shows it.
extern "C" __attribute__((noinline)) void fake_main_f() __asm__("main.f");
extern "C" void fake_main_f() {
  gosub::rt::panicdivide();
}

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

// rungo runs fn as goroutine 1 under the real scheduler, in a death test's
// child (the scheduler takes over the thread and never returns). Test code
// is not split-stack, so it gets roomy first segments.
void (*gofn)();
[[noreturn]] void rungo(void (*fn)()) {
  gofn = fn;
  startingStackSize = 64 << 10;
  schedinit();
  newproc(reinterpret_cast<void*>(+[](void*) { gofn(); }), nullptr);
  mstart();
}

TEST(PanicDeathTest, Divide) {
  EXPECT_EXIT(rungo(panicdivide), ExitedWithCode(2),
              deathre("^panic: runtime error: integer divide by zero\n\ngoroutine 1 \\[running\\]:\n"));
}

TEST(PanicDeathTest, Shift) {
  EXPECT_EXIT(rungo(panicshift), ExitedWithCode(2), deathre("^panic: runtime error: negative shift amount\n\n"));
}

TEST(PanicDeathTest, Index) {
  EXPECT_EXIT(rungo([] { panicIndex(5, 3); }), ExitedWithCode(2),
              deathre("^panic: runtime error: index out of range \\[5\\] with length 3\n\n"));
  EXPECT_EXIT(rungo([] { panicIndex(-1, 3); }), ExitedWithCode(2),
              deathre("^panic: runtime error: index out of range \\[-1\\]\n\n"));
}

TEST(PanicDeathTest, Throw) {
  EXPECT_EXIT(rungo([] { throw_("all goroutines are asleep - deadlock!"); }), ExitedWithCode(2),
              deathre("^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[running\\]:\n"));
}

TEST(PanicDeathTest, TracebackShowsGoFrames) {
  EXPECT_EXIT(rungo(fake_main_f), ExitedWithCode(2), "\ngoroutine 1 \\[running\\]:\nmain.f\\(\\.\\.\\.\\)\n\t\\?:0 \\+0x[0-9a-f]+\n$");
}

// A throw before the scheduler runs (on g0, no goroutine) still prints.
TEST(PanicDeathTest, ThrowOnG0) {
  EXPECT_EXIT(throw_("early"), ExitedWithCode(2), deathre("^fatal error: early\n"));
}

// Several goroutines on 4 Ps crash at the same moment, with panics and
// throws, some inside a print statement (holding the print lock): exactly
// one report, whole, and exit 2. The first M to crash prints while the
// others wait on paniclk until it exits (the runtime's own frames are not
// shown, so a panic's report is just its three lines; a fatal error's
// goes on with every other goroutine, as Go's, and no second report).
uint32_t crashready, crashgo;

void crasher(void* arg) {
  auto k = reinterpret_cast<uintptr_t>(arg);
  __atomic_add_fetch(&crashready, 1u, __ATOMIC_ACQ_REL);
  while (__atomic_load_n(&crashgo, __ATOMIC_ACQUIRE) == 0) {
  }
  if (k % 3 == 1) printlock();
  if (k % 2 == 0) {
    static const char msg[] = "boom";
    panicPlainError(msg, sizeof msg - 1);
  }
  throw_("bang");
}

TEST(PanicDeathTest, SimultaneousCrashesPrintOneReport) {
  for (int i = 0; i < 20; i++) {
    EXPECT_EXIT(rungo([] {
                  main_start();  // mainStarted: newproc wakes idle Ps
                  GOMAXPROCS(4);
                  for (uintptr_t k = 1; k <= 8; k++)
                    newproc(reinterpret_cast<void*>(&crasher), reinterpret_cast<void*>(k));
                  // Release them once the other 3 Ps run one each.
                  while (__atomic_load_n(&crashready, __ATOMIC_ACQUIRE) < 3) {
                  }
                  __atomic_store_n(&crashgo, 1u, __ATOMIC_RELEASE);
                  crasher(nullptr);
                }),
                ExitedWithCode(2),
                deathre("^(panic: boom|fatal error: bang)\n\ngoroutine [0-9]+ \\[running\\]:\n"
                        "(\ngoroutine [0-9]+ \\[[a-z ]+\\]:\n(\t[^\n]*\n|panic\\(\\{[^\n]*\n)*)*$"));
  }
}

TEST(Stack, SchedinitLeavesG0Unchecked) {
  schedinit();
  int here;
  auto sp = reinterpret_cast<uintptr_t>(&here);
  EXPECT_EQ(getstackguard(), 0u);  // g0 runs no Go code: no limit
  EXPECT_GT(sp, g0.stack.lo);
  EXPECT_LT(sp, g0.stack.hi);
  EXPECT_EQ(getg(), &g0);
  EXPECT_EQ(m0.g0, &g0);
  EXPECT_NE(m0.p, nullptr);
}

}  // namespace
