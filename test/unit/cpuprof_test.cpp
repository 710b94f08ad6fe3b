// cpuprof_test.cpp — which SIGPROFs the profiler counts (validSIGPROF, Go's
// rule): an M with its own CPU timer counts only the timer's (SI_TIMER),
// an M without one only the process-wide setitimer's (SI_KERNEL), a thread
// without an M only setitimer's; any other sender's signal counts.
#include <gtest/gtest.h>
#include <signal.h>

#include "cpuprof.h"

namespace {

using namespace gosub::rt;

TEST(CpuProf, ValidSIGPROFKeepsTheTwoTimersApart) {
  m withTimer;
  withTimer.profileTimerValid = 1;
  m without;
  EXPECT_TRUE(validSIGPROF(&withTimer, SI_TIMER));
  EXPECT_FALSE(validSIGPROF(&withTimer, SI_KERNEL));
  EXPECT_FALSE(validSIGPROF(&without, SI_TIMER));
  EXPECT_TRUE(validSIGPROF(&without, SI_KERNEL));
  EXPECT_FALSE(validSIGPROF(nullptr, SI_TIMER));
  EXPECT_TRUE(validSIGPROF(nullptr, SI_KERNEL));
  EXPECT_TRUE(validSIGPROF(&withTimer, SI_USER));  // kill -PROF: harmless, counted
  EXPECT_TRUE(validSIGPROF(&without, SI_TKILL));
}

}  // namespace
