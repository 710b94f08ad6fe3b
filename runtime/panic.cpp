// runtime/panic.cpp — run-time panics and fatal errors (Go's panic.go).
//
// Two ways to die, as in Go (see HACKING.md there):
//  - a panic is a Go-level error: `panic: <value>`, recoverable once the
//    defer/recover issue adds gopanic; until then every panic is fatal.
//  - throw is a runtime bug or an unrecoverable condition (stack overflow,
//    out of memory, deadlock): `fatal error: <msg>`, never recoverable.
// Both then print the goroutine's traceback and exit with status 2.
// Explicit checks print no `[signal ...]` line: Go prints that only for
// panics raised from a signal (nil dereference), which a later issue adds.
//
// Crashes on several threads at once: one report, whole, then exit 2 (see
// paniclk below); runtime.main does not exit 0 while one is in progress.

#include "runtime.h"

namespace gosub::rt {

// panicking counts the Ms that have started to crash (startpanic_m). While
// it is non-zero runtime.main must not end the process with status 0: a
// report is on its way, and its exit(2) must win. [atomic]
uint32_t panicking;

// paniclk: the crash report being printed. The first M to crash takes it
// and never lets go (it ends the process); every other M that starts to
// crash waits for it forever, so exactly one report is printed. runtime.main
// takes it too before exit(0), so no report can begin once main has
// decided to exit. Lock order: paniclk, then debuglock (print.cpp).
mutex paniclk;

namespace {

// startpanic_m marks the M as dying and, the first time, makes it the one
// M that prints a report. A crash while crashing must still end the
// process, with less and less output, as Go's does. Returns whether the
// panic message should be printed (false: the runtime is in bad shape,
// print the stack only).
bool startpanic_m() {
  m* mp = getg()->m;
  mp->locks++;  // no preemption from here on
  switch (mp->dying) {
    case 0:
      mp->dying = 1;
      __atomic_add_fetch(&panicking, 1u, __ATOMIC_SEQ_CST);
      // Crashing inside a print statement: let go of the print lock first,
      // or the M printing a report (which holds paniclk and wants the print
      // lock) and this one (the other way round) would wait for each other.
      if (mp->printlock > 0) {
        mp->printlock = 1;
        printunlock();
      }
      // Go lets the waiters print their reports one after another once the
      // first is done (and blocks the first forever); gosub prints one: the
      // first report's exit(2) ends the process while the others wait here.
      lock(&paniclk);
      // The report is one print statement: no other M's print (println,
      // runtime messages) lands in the middle of it.
      printlock();
      freezetheworld();
      return true;
    case 1:
      // Something failed while printing the report (this M holds paniclk).
      mp->dying = 2;
      printcstr("panic during panic\n");
      return false;
    case 2:
      // Could not even print the stack.
      mp->dying = 3;
      printcstr("stack trace unavailable\n");
      exit(4);
    default:
      exit(5);
  }
}

// dopanic_m prints the goroutine that crashed (gp, whose frames start at
// fp) and exits with 2. It runs on the system stack. When the crash is in
// the scheduler itself (gp is a g0) the M's user goroutine, if any, is
// shown as it was left; with none (checkdead) every goroutine is shown,
// each after a blank line, as Go's traceback of all goroutines.
[[noreturn]] void dopanic_m(g* gp, uintptr_t fp) {
  m* mp = getg()->m;
  if (gp != mp->g0) {
    printcstr("\n");
    goroutineheader(gp);
    traceback(fp, gp);
  } else if (mp->curg != nullptr) {
    printcstr("\n");
    goroutineheader(mp->curg);
    traceback(mp->curg->sched.bp, mp->curg);
  } else {
    tracebackothers(nullptr);
  }
  exit(2);
}

struct crash {
  const char* msg;
  size_t n;
  bool isthrow;
  g* gp;
  uintptr_t fp;
  // prelude prints the `runtime: ...` lines Go prints before the fatal
  // error line (stack overflow); here they are part of the report, printed
  // under paniclk, so they never end up in another M's report.
  void (*prelude)(void*) = nullptr;
  void* arg = nullptr;
};

void crash_m(void* arg) {
  auto* c = static_cast<crash*>(arg);
  bool print = startpanic_m();
  if (print && c->prelude != nullptr) c->prelude(c->arg);
  if (c->isthrow) {
    printcstr("fatal error: ");
    gwrite(c->msg, c->n);
    printcstr("\n");
  } else if (print) {
    printcstr("panic: ");
    gwrite(c->msg, c->n);
    printcstr("\n");
  }
  dopanic_m(c->gp, c->fp);
}

// The crash printing (symbol tables, libc) does not fit a goroutine's
// reserve: it runs on the M's system stack, like Go's fatalthrow.
[[noreturn]] void crash_on_systemstack(crash* c) {
  systemstack(crash_m, c);
  exit(2);
}

}  // namespace

void fatalpanic(const char* msg, size_t n) {
  crash c{msg, n, false, getg(), reinterpret_cast<uintptr_t>(__builtin_frame_address(0))};
  crash_on_systemstack(&c);
}

void throw_(const char* s) { throwWith(s, nullptr, nullptr); }

void throwWith(const char* s, void (*prelude)(void*), void* arg) {
  size_t n = 0;
  while (s[n] != 0) n++;
  crash c{s, n, true, getg(), reinterpret_cast<uintptr_t>(__builtin_frame_address(0)), prelude, arg};
  crash_on_systemstack(&c);
}

// panicCheck-style entry points called by generated code for failed checks.
// Messages are those of Go's runtime.Error values.

void panicdivide() {
  static const char msg[] = "runtime error: integer divide by zero";
  fatalpanic(msg, sizeof msg - 1);
}

void panicshift() {
  static const char msg[] = "runtime error: negative shift amount";
  fatalpanic(msg, sizeof msg - 1);
}

}  // namespace gosub::rt
