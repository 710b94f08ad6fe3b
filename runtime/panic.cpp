// runtime/panic.cpp — run-time panics and fatal errors (Go's panic.go).
//
// Two ways to die, as in Go (see HACKING.md there):
//  - a panic is a Go-level error: `panic: <value>`, which runs the deferred
//    calls and can be recovered (gopanic, gorecover; docs/runtime.md, "defer,
//    panic and recover"); an unrecovered one prints the chain of panics.
//  - throw is a runtime bug or an unrecoverable condition (stack overflow,
//    out of memory, deadlock): `fatal error: <msg>`, never recoverable.
// Both then print the goroutine's traceback and exit with status 2.
// Explicit checks print no `[signal ...]` line: Go prints that only for
// panics raised from a signal (nil dereference: panicmem sets g.sig).
//
// Crashes on several threads at once: one report, whole, then exit 2 (see
// paniclk below); runtime.main does not exit 0 while one is in progress.

#include <signal.h>

#include "panic.h"
#include "runtime.h"
#include "trace.h"
#include "signal_unix.h"

extern "C" char __morestack_bodyret[];  // asm_amd64.S
// The generated functions that call deferred functions on the runtime's
// behalf (open-coded defer runners, wrappers of recorded deferred calls)
// live in this section (compiler/codegen/defer.cpp), so that recover can
// look through their frames. Weak: a program without defers has none.
extern "C" char __start_gosub_deferwrap[] __attribute__((weak));
extern "C" char __stop_gosub_deferwrap[] __attribute__((weak));

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


// printpanicval prints a panic value as Go 1.19's printpanicval: the
// predeclared basic types as print prints them, other types of a basic
// kind as `main.T(value)`, everything else as `(main.T) 0xaddress`. Errors
// and Stringers were turned into their strings first (preprintpanics).
void printpanicval(const eface& e) {
  _type* t = e.type;
  if (t == nullptr) {
    printcstr("nil");
    return;
  }
  bool named = false;
  for (int64_t i = 0; i < t->str.len; i++)
    if (t->str.ptr[i] == '.') named = true;
  const void* d = e.data;
  char buf[kGCFloatBufSize > int{kFmtIntBufSize} ? int{kGCFloatBufSize} : int{kFmtIntBufSize}];
  auto open = [&](const char* q) {
    if (!named) return;
    gwrite(t->str.ptr, static_cast<size_t>(t->str.len));
    printcstr(q);
  };
  auto close = [&](const char* q) {
    if (named) printcstr(q);
  };
  switch (t->kindOf()) {
    case kindBool:
      open("(");
      printcstr(*static_cast<const bool*>(d) ? "true" : "false");
      close(")");
      return;
    case kindInt: case kindInt8: case kindInt16: case kindInt32: case kindInt64: {
      int64_t v = t->size == 1 ? *static_cast<const int8_t*>(d)
                  : t->size == 2 ? *static_cast<const int16_t*>(d)
                  : t->size == 4 ? *static_cast<const int32_t*>(d) : *static_cast<const int64_t*>(d);
      open("(");
      gwrite(buf, formatint(v, buf));
      close(")");
      return;
    }
    case kindUint: case kindUint8: case kindUint16: case kindUint32: case kindUint64: case kindUintptr: {
      uint64_t v = t->size == 1 ? *static_cast<const uint8_t*>(d)
                   : t->size == 2 ? *static_cast<const uint16_t*>(d)
                   : t->size == 4 ? *static_cast<const uint32_t*>(d) : *static_cast<const uint64_t*>(d);
      open("(");
      gwrite(buf, formatuint(v, buf));
      close(")");
      return;
    }
    case kindFloat32: case kindFloat64: {
      double v = t->size == 4 ? *static_cast<const float*>(d) : *static_cast<const double*>(d);
      open("(");
      gwrite(buf, formatfloat_gc(v, buf));
      close(")");
      return;
    }
    case kindString: {
      auto* s = static_cast<const GoString*>(d);
      open("(\"");
      gwrite(s->ptr, static_cast<size_t>(s->len));
      close("\")");
      return;
    }
    default:
      printcstr("(");
      gwrite(t->str.ptr, static_cast<size_t>(t->str.len));
      printcstr(") ");
      printhex(reinterpret_cast<uintptr_t>(d));
  }
}

// printpanics prints the chain of panics, oldest first, as Go's printpanics.
void printpanics(_panic* p) {
  if (p->link != nullptr) {
    printpanics(p->link);
    if (!p->link->goexit) printcstr("\t");
  }
  if (p->goexit) return;
  printcstr("panic: ");
  printpanicval(p->arg);
  if (p->recovered) printcstr(" [recovered]");
  printcstr("\n");
}

// dopanic_m prints the goroutine that crashed (gp, whose frames start at
// fp) and exits with 2, as much as GOTRACEBACK asks for (Go's dopanic_m):
// level 0 prints no goroutine, "all" (and any throw) every goroutine, and
// "crash" ends with SIGABRT's default action (a core dump) rather than
// exit 2. It runs on the system stack. When the crash is in the scheduler
// itself (gp is a g0) the M's user goroutine, if any, is shown as it was
// left; with none (checkdead) every goroutine is shown, each after a blank
// line, as Go's traceback of all goroutines.
// A fault in the runtime (pc, the fault's) shows runtime frames too, as
// Go's runtime throws do.
[[noreturn]] void dopanic_m(g* gp, uintptr_t fp, bool isthrow, uintptr_t pc) {
  m* mp = getg()->m;
  int32_t level;
  bool all, docrash;
  gotraceback(&level, &all, &docrash);
  if (isthrow) all = true;
  if (pc != 0 && level > 0 && level < 2) level = 2;
  if (gp != mp->g0 && gp->sig != 0) {
    // A panic raised by a fault signal, or by panicmem standing for one.
    printcstr("[signal ");
    printcstr(signame(gp->sig));
    printcstr(" code=");
    printhex(gp->sigcode0);
    printcstr(" addr=");
    printhex(gp->sigcode1);
    printcstr(" pc=");
    printhex(gp->sigpc);
    printcstr("]\n");
  }
  if (level > 0) {
    g* shown = nullptr;
    if (gp != mp->g0) {
      shown = gp;
      printcstr("\n");
      goroutineheader(gp);
      tracebackpc(pc, fp, gp, level);
    } else if (mp->curg != nullptr) {
      shown = mp->curg;
      printcstr("\n");
      goroutineheader(mp->curg);
      // systemstack keeps sched.bp current, not sched.pc: the walk
      // starts at the frame that switched.
      tracebackpc(0, mp->curg->sched.bp, mp->curg, level);
    }
    if (all || shown == nullptr) tracebackothers(shown, level);
  }
  traceExit();  // the scheduler trace up to the crash, if GOSUBTRACE is set
  if (docrash) dieFromSignal(SIGABRT);
  exit(2);
}

struct crash {
  const char* msg;  // a throw's message
  size_t n;
  _panic* panics;   // or the panics to print
  g* gp;
  uintptr_t fp;
  // prelude prints the `runtime: ...` lines Go prints before the fatal
  // error line (stack overflow); here they are part of the report, printed
  // under paniclk, so they never end up in another M's report.
  void (*prelude)(void*) = nullptr;
  void* arg = nullptr;
  uintptr_t pc = 0;  // a fault's pc, the first frame to show
};

void crash_m(void* arg) {
  auto* c = static_cast<crash*>(arg);
  bool print = startpanic_m();
  if (print && c->prelude != nullptr) c->prelude(c->arg);
  if (c->panics == nullptr) {
    printcstr("fatal error: ");
    gwrite(c->msg, c->n);
    printcstr("\n");
  } else if (print) {
    printpanics(c->panics);
  }
  dopanic_m(c->gp, c->fp, c->panics == nullptr, c->pc);
}

// The crash printing (symbol tables, libc) does not fit a goroutine's
// reserve: it runs on the M's system stack, like Go's fatalthrow.
[[noreturn]] void crash_on_systemstack(crash* c) {
  systemstack(crash_m, c);
  exit(2);
}

// ---- defer and panic ----------------------------------------------------------


// callerframe: the frame record of the function that called the one whose
// record is fp, and the return address into it; through __morestack when
// the callee's body runs on a new segment (its record then holds the
// caller's frame and the callee's real return address).
uintptr_t callerframe(uintptr_t fp, uintptr_t* pc) {
  auto* rec = reinterpret_cast<uintptr_t*>(fp);
  if (rec[1] == reinterpret_cast<uintptr_t>(__morestack_bodyret)) {
    auto* mrec = reinterpret_cast<uintptr_t*>(rec[0]);
    *pc = mrec[2];
    return mrec[0];
  }
  *pc = rec[1];
  return rec[0];
}

bool isdeferwrap(uintptr_t pc) {
  return pc >= reinterpret_cast<uintptr_t>(__start_gosub_deferwrap) &&
         pc < reinterpret_cast<uintptr_t>(__stop_gosub_deferwrap);
}

// recovery_m resumes at the setjmp buffer gp->param (Go's recovery), on
// g0: the frame record's of the function whose deferred call recovered, or
// a Goexit's loop. The stack segments newer than the one holding that
// frame are given back as oldstack would, then gogo jumps to the resume
// point the setjmp recorded: the function runs its remaining deferred calls
// and returns normally, or the Goexit goes on.
void recovery_m(g* gp) {
  auto* jmpbuf = static_cast<uintptr_t*>(gp->param);
  gp->param = nullptr;
  uintptr_t sp = jmpbuf[2];
  if (gp->stackgrown) {
    stkseg* s = gp->stackseg;
    while (!(sp >= seglo(s) && sp < seghi(s))) {
      stkseg* prev = s->prev;
      if (prev == nullptr) throw_("recovery: frame not on the goroutine's stack");
      if (s->next != nullptr) {
        stackfree(s->next);
        s->next = nullptr;
      }
      gp->stacktotal -= s->size;
      s = prev;  // the segment left stays prev's spare, as oldstack keeps it
    }
    gp->stackseg = s;
    gp->stack = {seglo(s), seghi(s)};
  }
  uintptr_t guard = atomicLoadRelaxed(&gp->preempt) ? stackPreempt : gp->stack.lo + _StackGuard;
  atomicStoreRelaxed(&gp->stackguard0, guard);  // [racy]: preemptone
  gp->sched = gobuf{};
  gp->sched.sp = sp;
  gp->sched.pc = jmpbuf[1];
  gp->sched.bp = jmpbuf[0];
  gp->sched.g = gp;
  gogo(&gp->sched);
}

}  // namespace

// fatalpanics prints the panics p (already preprintpanics'd) and the
// goroutine, and exits with 2.
bool mainInitLocked;

void fatalpanics(g* gp, _panic* p) {
  // runtime.main's deferred unlockOSThread, which Go runs before printing:
  // the report does not say ", locked to thread" for the lock it took.
  if (mainInitLocked && getg() == gp) {
    mainInitLocked = false;
    unlockOSThread();
  }
  crash c{nullptr, 0, p, gp, p->gopanicfp};
  crash_on_systemstack(&c);
}

// recovery: p was recovered by a deferred call of p->frame. Take it (and
// the panics it aborted) off the list and resume that frame; but when p
// unwound past the deferred call of a Goexit, the Goexit goes on instead
// (Go's recovery, "bypassed recovery").
void recovery(g* gp, _panic* p) {
  gp->_panic = p->link;
  gp->sig = 0;
  if (gp->_panic != nullptr && gp->_panic->goexit && gp->_panic->aborted) {
    gp->param = gp->_panic->goexitbuf;
  } else {
    while (gp->_panic != nullptr && gp->_panic->aborted) gp->_panic = gp->_panic->link;
    gp->param = p->frame->jmpbuf;
  }
  mcall(recovery_m);
  __builtin_unreachable();
}

// ---- defer records (Go's newdefer/freedefer with per-P pools) ----------------

_defer* newdefer() {
  p* pp = getg()->m->p;
  if (pp->ndeferpool == 0) {
    // Refill half of the local pool from the central one.
    lock(&sched.deferlock);
    while (pp->ndeferpool < static_cast<int32_t>(sizeof pp->deferpool / sizeof pp->deferpool[0]) / 2 &&
           sched.deferpool != nullptr) {
      _defer* d = sched.deferpool;
      sched.deferpool = d->link;
      pp->deferpool[pp->ndeferpool++] = d;
    }
    unlock(&sched.deferlock);
    if (pp->ndeferpool == 0) {
      auto* d = static_cast<_defer*>(mallocgc(sizeof(_defer)));
      d->heap = true;
      return d;
    }
  }
  _defer* d = pp->deferpool[--pp->ndeferpool];
  d->link = nullptr;
  d->fn = nullptr;
  return d;
}

void freedefer(_defer* d) {
  p* pp = getg()->m->p;
  constexpr int32_t size = sizeof pp->deferpool / sizeof pp->deferpool[0];
  if (pp->ndeferpool == size) {
    // Move half of the local pool to the central one.
    _defer *first = nullptr, *last = nullptr;
    while (pp->ndeferpool > size / 2) {
      _defer* x = pp->deferpool[--pp->ndeferpool];
      x->link = first;
      first = x;
      if (last == nullptr) last = x;
    }
    lock(&sched.deferlock);
    last->link = sched.deferpool;
    sched.deferpool = first;
    unlock(&sched.deferlock);
  }
  d->fn = nullptr;
  pp->deferpool[pp->ndeferpool++] = d;
}

// deferproc records fn (a func value without parameters or results) as a
// deferred call of frame fr, in a record from the pool (a defer in a loop).
void deferproc(void* fr, void* fn) {
  auto* f = static_cast<deferframe*>(fr);
  _defer* d = newdefer();
  d->fn = fn;
  d->link = f->defers;
  f->defers = d;
}

// deferprocStack: the same with a record in fr's own function frame.
void deferprocStack(void* fr, void* rec) {
  auto* f = static_cast<deferframe*>(fr);
  auto* d = static_cast<_defer*>(rec);
  d->heap = false;
  d->link = f->defers;
  f->defers = d;
}

void gorecover(void* fp, void* out) {
  g* gp = getg();
  _panic* p = gp->_panic;
  eface r{};
  if (p != nullptr && !p->goexit && !p->recovered) {
    // recover's caller must be the deferred function itself: its caller is
    // calldeferred's frame, maybe behind generated wrappers (a deferred
    // call's wrapper, then a method value's thunk, then an interface
    // method's wrapper...), as gc's wrappers pass the panic's argp on.
    uintptr_t pc;
    uintptr_t up = callerframe(reinterpret_cast<uintptr_t>(fp), &pc);
    while (isdeferwrap(pc)) up = callerframe(up, &pc);
    if (up == p->argp) {
      p->recovered = true;
      r = p->arg;
    }
  }
  *static_cast<eface*>(out) = r;
}

void panicPlainError(const char* msg, size_t n) {
  auto* buf = static_cast<char*>(mallocgc(static_cast<int64_t>(n) + 1));
  __builtin_memcpy(buf, msg, n);
  buf[n] = 0;
  panicPlainError(buf);
}

void throw_(const char* s) { throwWith(s, nullptr, nullptr); }

void throwfault(g* gp, uintptr_t pc, uintptr_t fp) {
  static const char msg[] = "unexpected signal during runtime execution";
  crash c{msg, sizeof msg - 1, nullptr, gp, fp};
  c.pc = pc;
  crash_on_systemstack(&c);
}

void throwWith(const char* s, void (*prelude)(void*), void* arg) {
  size_t n = 0;
  while (s[n] != 0) n++;
  crash c{s, n, nullptr, getg(), reinterpret_cast<uintptr_t>(__builtin_frame_address(0)), prelude, arg};
  crash_on_systemstack(&c);
}

// panicCheck-style entry points called by generated code for failed checks.
// Each panics with Go's runtime.Error value (error.cpp).

void panicdivide() { panicErrorString("integer divide by zero"); }

void panicshift() { panicErrorString("negative shift amount"); }

}  // namespace gosub::rt
