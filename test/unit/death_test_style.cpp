// death_test_style.cpp — every death test runs in a freshly executed copy of
// this binary ("threadsafe" style) rather than a fork of the test process.
// The runtime keeps global state (sched, allp, free lists, stack pools) that
// in-process tests change; a forked child would inherit it, and the death
// tests' results would depend on which tests ran before them.
#include <gtest/gtest.h>

namespace {

class ThreadsafeDeathTests : public testing::Environment {
 public:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

// Registered before main runs; gtest_main's RUN_ALL_TESTS calls SetUp.
testing::Environment* const kThreadsafeDeathTests = testing::AddGlobalTestEnvironment(new ThreadsafeDeathTests);

}  // namespace
