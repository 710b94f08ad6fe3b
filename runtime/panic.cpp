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

#include "runtime.h"

namespace gosub::rt {

namespace {

// startpanic_m marks the M as dying. A crash while crashing must still end
// the process, with less and less output, as Go's does.
void startpanic_m() {
  m* mp = getg()->m;
  switch (mp->dying) {
    case 0:
      mp->dying = 1;
      return;
    case 1:
      mp->dying = 2;
      printcstr("panic during panic\n");
      return;
    case 2:
      mp->dying = 3;
      printcstr("stack trace unavailable\n");
      exit(4);
    default:
      exit(5);
  }
}

// dopanic_m prints the blank line, the goroutine header and the traceback.
[[noreturn]] void dopanic_m() {
  g* gp = getg();
  printcstr("\ngoroutine ");
  char buf[kFmtIntBufSize];
  gwrite(buf, formatint(gp->goid, buf));
  printcstr(" [running]:\n");
  traceback();
  exit(2);
}

}  // namespace

void fatalpanic(const char* msg, size_t n) {
  startpanic_m();
  if (getg()->m->dying == 1) {
    printcstr("panic: ");
    gwrite(msg, n);
    printcstr("\n");
  }
  dopanic_m();
}

void throw_(const char* s) {
  startpanic_m();
  printcstr("fatal error: ");
  printcstr(s);
  printcstr("\n");
  dopanic_m();
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

// panicIndex: Go's boundsError with code boundsIndex. A negative index is
// reported without the length, as boundsNegErrorFmts does.
void panicIndex(int64_t i, int64_t n) {
  char msg[96];
  size_t l = 0;
  auto add = [&](const char* s) {
    while (*s != 0) msg[l++] = *s++;
  };
  add("runtime error: index out of range [");
  l += formatint(i, msg + l);
  if (i < 0) {
    add("]");
  } else {
    add("] with length ");
    l += formatint(n, msg + l);
  }
  fatalpanic(msg, l);
}

}  // namespace gosub::rt
