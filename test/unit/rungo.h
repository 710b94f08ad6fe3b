// rungo.h — running test code as goroutines under the real scheduler, for
// death-test children (the scheduler never returns: a child exits with a
// code saying what went wrong, 0 for success). Shared by the unit tests of
// the parts of the runtime that park goroutines.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "runtime.h"

namespace gosub::rt::testgo {

inline void (*gofn)();

// rungo runs fn as goroutine 1 under the scheduler with GOMAXPROCS=procs
// (more Ps than the machine's CPUs exercise stealing and Ms sleeping).
[[noreturn]] inline void rungo(void (*fn)(), const char* procs = "4") {
  gofn = fn;
  startingStackSize = 64 << 10;  // test code is not split-stack
  setenv("GOMAXPROCS", procs, 1);
  schedinit();
  // Earlier tests in this process (Gfree, Goid) leave Gs that are not in
  // allgs on the free lists; a goroutine reusing one would be invisible to
  // checkdead. Start from empty lists.
  for (int32_t i = 0; i < gomaxprocs; i++) gfpurge(allp[i]);
  sched.gFree.stack = gList{};
  sched.gFree.noStack = gList{};
  sched.gFree.n = 0;
  newproc(reinterpret_cast<void*>(+[](void*) {
            main_start();
            gofn();
            gosub::rt::exit(0);
          }),
          nullptr);
  mstart();
}

// check ends the child with code (and a message) when cond is false.
inline void check(bool cond, int code, const char* what) {
  if (!cond) {
    fprintf(stderr, "check failed: %s\n", what);
    gosub::rt::exit(code);
  }
}

}  // namespace gosub::rt::testgo

#define CHECK(cond, code) ::gosub::rt::testgo::check((cond), (code), #cond)
