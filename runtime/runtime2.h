// runtime/runtime2.h — the runtime's core data structures (Go's runtime2.go).
//
// This slice of gosub has no goroutines yet: there is one M (m0, the process's
// main thread) and one G (g0, running on the main thread's stack), and
// main.main runs on g0. The goroutines issue adds P, sched, gobuf and the
// states' ownership rules, and moves main.main onto g1 as Go does
// (newproc(runtime.main) + mstart).
#pragma once

#include <cstddef>
#include <cstdint>

namespace gosub::rt {

// Stack describes a goroutine's stack: [lo, hi). Stacks grow down.
struct stack {
  uintptr_t lo;
  uintptr_t hi;
};

// Goroutine status (Go's _G* constants); only _Grunning is used so far.
enum : uint32_t {
  _Gidle = 0,
  _Grunnable = 1,
  _Grunning = 2,
  _Gsyscall = 3,
  _Gwaiting = 4,
  _Gdead = 6,
};

struct m;

struct g {
  // stack is the stack the goroutine runs on; stackguard0 is its limit. The
  // split-stack prologue does not read g: it reads the TCB slot %fs:0x70,
  // which holds the running g's stackguard0 (see stack.h: setstackguard).
  struct stack stack;
  uintptr_t stackguard0;
  struct m* m;  // the M running this g; nil when not running
  int64_t goid;
  uint32_t atomicstatus;
};

struct m {
  g* g0;    // goroutine with the scheduling stack (the thread's own stack)
  g* curg;  // the goroutine running on this M
  int64_t id;
  int32_t printlock;  // nesting depth of printlock on this M
  int32_t dying;      // >0 once this M has started to crash
};

extern m m0;
extern g g0;

// getg returns the running goroutine. With a single thread it is m0.curg;
// the goroutines issue keeps it in a TLS slot next to the stack guard and
// reads it fresh each time (never cached across a call: see DESIGN.md).
inline g* getg() { return m0.curg; }

// Program arguments saved by args() for os.Args.
extern int32_t argc;
extern char** argv;

}  // namespace gosub::rt
