// runtime/traceback.cpp — printing goroutine stacks (Go's traceback.go) and
// the GOTRACEBACK setting (runtime1.go's setTraceback/gotraceback).
//
// The frames come from unwinder (unwind.h), the walk sigprof uses too; each
// return address becomes one or more source frames (symtab.h: functions
// inlined at that pc come first), printed as Go prints them:
//   main.f(...)
//   	/abs/path/f.go:12 +0x1d
// An inlined frame has no +0x offset: it has no code of its own. Go prints
// a function's arguments where gosub has none to print: `(...)`, as Go does
// for inlined frames, and `()` for a function without parameters.
//
// What is shown depends on the traceback level (GOTRACEBACK): at 1 (single,
// all) only Go frames, not the runtime's (C++ and runtime.*) nor generated
// wrappers, and the walk stops at runtime.main, the runtime's frame that
// called main.main; at 2 (system, crash) every frame.

#include <unistd.h>

#include "panic.h"
#include "runtime.h"
#include "unwind.h"

namespace gosub::rt {

namespace {

constexpr int _TracebackMaxFrames = 100;

// traceback_cache holds Go's encoding: level << tracebackShift | flags.
constexpr uint32_t tracebackCrash = 1 << 0;
constexpr uint32_t tracebackAll = 1 << 1;
constexpr uint32_t tracebackShift = 2;
uint32_t traceback_cache = 1 << tracebackShift;  // [atomic]
uint32_t traceback_env;    // the environment's setting: SetTraceback cannot go below it
uint32_t traceback_ready;  // [atomic] GOTRACEBACK has been read

bool hasprefix(const char* s, size_t n, const char* p) {
  size_t i = 0;
  for (; p[i] != 0; i++)
    if (i >= n || s[i] != p[i]) return false;
  return true;
}

bool iseq(const char* s, size_t n, const char* p) {
  size_t i = 0;
  for (; p[i] != 0; i++)
    if (i >= n || s[i] != p[i]) return false;
  return i == n;
}

bool hassuffix(const char* s, size_t n, const char* p) {
  size_t k = __builtin_strlen(p);
  return n >= k && iseq(s + n - k, k, p);
}

bool contains(const char* s, size_t n, const char* p) {
  size_t k = __builtin_strlen(p);
  for (size_t i = 0; i + k <= n; i++)
    if (iseq(s + i, k, p)) return true;
  return false;
}

uint32_t parseTraceback(const char* s, size_t n) {
  if (iseq(s, n, "none")) return 0;
  if (n == 0 || iseq(s, n, "single")) return 1 << tracebackShift;
  if (iseq(s, n, "all")) return 1 << tracebackShift | tracebackAll;
  if (iseq(s, n, "system")) return 2 << tracebackShift | tracebackAll;
  if (iseq(s, n, "crash")) return 2 << tracebackShift | tracebackAll | tracebackCrash;
  // A number is a level, with all goroutines; anything else is all at level 0.
  uint32_t t = tracebackAll;
  uint64_t level = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9' || level > 0xffffffffu / 10) return t;
    level = level * 10 + static_cast<uint64_t>(s[i] - '0');
  }
  if (level <= 0x3fffffffu) t |= static_cast<uint32_t>(level) << tracebackShift;
  return t;
}

void readTracebackEnv() {
  if (__atomic_load_n(&traceback_ready, __ATOMIC_ACQUIRE) != 0) return;
  const char* s = gogetenv("GOTRACEBACK");
  uint32_t t = parseTraceback(s ? s : "", s ? __builtin_strlen(s) : 0);
  traceback_env = t;
  __atomic_store_n(&traceback_cache, t, __ATOMIC_RELEASE);
  __atomic_store_n(&traceback_ready, 1u, __ATOMIC_RELEASE);
}

// showframe: whether a frame of function `name` is printed at this level.
// A Go function has a dotted package-qualified name; exported runtime
// functions (runtime.Goexit, runtime.Caller) are Go's API and shown. The
// stdlib's panicString entry points (sync, time) stand in for the panic
// builtin, whose frame Go does not show either.
bool showframe(const char* name, size_t n, int level) {
  if (level > 1) return true;
  if (hasprefix(name, n, "_Z") || hassuffix(name, n, ".panicString")) return false;
  if (hasprefix(name, n, "runtime.")) return n > 8 && name[8] >= 'A' && name[8] <= 'Z';
  for (size_t i = 0; i < n; i++)
    if (name[i] == '.') return true;
  return false;
}

void printframe(const char* name, size_t n, bool noargs, const char* file, int32_t line, bool inlined,
                uintptr_t off) {
  char buf[kFmtIntBufSize];
  gwrite(name, n);
  printcstr(noargs && !inlined ? "()\n\t" : "(...)\n\t");
  printcstr(file);
  printcstr(":");
  gwrite(buf, formatint(line, buf));
  if (!inlined) {
    printcstr(" +");
    printhex(off);
  }
  printcstr("\n");
}

struct walker {
  g* gp;
  int level;
  _panic* nextpanic = nullptr;  // the panic of the next gopanic frame down
  int printed = 0;
  int skip = 0;  // frames not to print yet (runtime.Stack's own)
  bool done = false;
  // aftersigpanic: the previous frame was runtime.sigpanic, so this "return
  // address" is the faulting instruction's pc + 1 (signal_unix.cpp).
  bool aftersigpanic = false;

  bool room() {
    if (skip > 0) {
      skip--;
      return false;
    }
    if (printed < _TracebackMaxFrames) return true;
    printcstr("...additional frames elided...\n");
    done = true;
    return false;
  }

  // elide: a wrapper's frame is left out, as Go's, unless it is where the
  // goroutine stopped (a panic in the wrapper itself: a nil receiver, a
  // nil func in a go statement) or runtime frames are shown.
  bool elide(bool wrapper) const { return wrapper && level <= 1 && printed > 0; }

  // frame handles one return address; ra-1 lies in the calling
  // instruction, so it symbolises to the right function and line even at a
  // function's end.
  void frame(uintptr_t ra) {
    if (done) return;
    uintptr_t pc = ra - 1;
    uintptr_t printpc = aftersigpanic ? pc : ra;
    aftersigpanic = false;
    srcframe frames[32];
    int n = pcframes(pc, frames, 32);
    for (int i = 0; i < n; i++) {
      const srcframe& f = frames[i];
      if (elide(f.wrapper) || !showframe(f.name, f.namelen, level)) continue;
      if (!room()) {
        if (done) return;
        continue;
      }
      printframe(f.name, f.namelen, !f.inlined && funcnoargs(pc), f.file, f.line, f.inlined, printpc - f.entry);
      printed++;
    }
    if (n > 0) return;

    // Not in the table: the runtime's C++ (or a program without a table).
    const char* name;
    size_t len;
    if (!funcname(pc, &name, &len)) return;
    bool isruntimemain = iseq(name, len, "runtime.main") || iseq(name, len, "main");
    if (isruntimemain) done = true;
    if (iseq(name, len, "runtime.sigpanic")) aftersigpanic = true;
    bool ispanic = iseq(name, len, "runtime.gopanic");
    if (ispanic) {
      // A deferred call runs above it: Go shows the frame as
      // `panic({type, data})`. The goroutine's panics are in stack order.
      while (nextpanic != nullptr && nextpanic->goexit) nextpanic = nextpanic->link;
      _panic* p = nextpanic;
      if (nextpanic != nullptr) nextpanic = nextpanic->link;
      if (!room()) return;  // skipped, or the end
      printcstr("panic({");
      printhex(p ? reinterpret_cast<uintptr_t>(p->arg.type) : 0);
      printcstr(", ");
      printhex(p ? reinterpret_cast<uintptr_t>(p->arg.data) : 0);
      printcstr("})\n\t?:0 +");
      printhex(printpc - funcentry(pc));
      printcstr("\n");
      printed++;
      return;
    }
    if (isruntimemain && level <= 1) return;
    // Goexit runs deferred calls above its frame, which Go shows.
    if (!showframe(name, len, level) && !iseq(name, len, "runtime.Goexit")) return;
    if (!room()) return;
    // The runtime's C++ has no table entry: no line, and no parameters
    // known but for Goexit, Go API without any. Its C++ names (shown at
    // GOTRACEBACK=system) print as runtime.name.
    char demangled[128];
    size_t dl = demangleRuntime(name, len, demangled, sizeof demangled);
    uintptr_t off = printpc - funcentry(pc);
    if (dl > 0) {
      name = demangled;
      len = dl;
    }
    printframe(name, len, iseq(name, len, "runtime.Goexit"), "?", 0, false, off);
    printed++;
  }
};

// printcreatedby prints where gp was started (its `go` statement).
void printcreatedby(g* gp, int level) {
  if (gp->gopc == 0 || gp->goid == 1) return;
  srcframe f;
  if (symframes(gp->gopc - 1, &f, 1) == 0) return;
  if (!showframe(f.name, f.namelen, level)) return;
  char buf[kFmtIntBufSize];
  printcstr("created by ");
  gwrite(f.name, f.namelen);
  if (gp->parentGoid != 0) {
    printcstr(" in goroutine ");
    gwrite(buf, formatint(gp->parentGoid, buf));
  }
  printcstr("\n\t");
  printcstr(f.file);
  printcstr(":");
  gwrite(buf, formatint(f.line, buf));
  printcstr(" +");
  printhex(gp->gopc - f.entry);
  printcstr("\n");
}

// issystemgoroutine: started by the runtime for itself (Go's
// isSystemGoroutine); tracebacks of all goroutines leave these out below
// level 2.
bool issystemgoroutine(g* gp) {
  const char* name;
  size_t len;
  if (gp->goid == 1 || gp->startfn == nullptr) return false;
  if (!funcname(reinterpret_cast<uintptr_t>(gp->startfn), &name, &len)) return false;
  return hasprefix(name, len, "runtime.");
}

}  // namespace

void tracebackwalk(uintptr_t pc, uintptr_t fp, g* gp, int32_t level, int skip, bool exact);

int logicalframes(uintptr_t pc, srcframe* out, int max) {
  int found = symframes(pc, out, max);
  if (found > 0 && !isgocode(pc)) {
    // Outside the table only Go-named runtime functions are frames, and
    // not the runtime's wrapper.
    const srcframe& f = out[0];
    return f.wrapper || hasprefix(f.name, f.namelen, "_Z") || !contains(f.name, f.namelen, ".") ? 0 : 1;
  }
  // Wrappers are no frames to Go's Callers and CallersFrames.
  int n = 0;
  for (int i = 0; i < found; i++)
    if (!out[i].wrapper) out[n++] = out[i];
  return n;
}

void walklogical(g* gp, uintptr_t fp, bool (*visit)(void* ctx, uintptr_t ra, const srcframe& f), void* ctx) {
  unwinder u(gp, fp);
  uintptr_t ra;
  while (u.next(&ra)) {
    srcframe frames[32];
    int n = logicalframes(ra - 1, frames, 32);
    for (int i = 0; i < n; i++)
      if (!visit(ctx, ra, frames[i])) return;
    if (n > 0 && iseq(frames[n - 1].name, frames[n - 1].namelen, "runtime.main")) return;
  }
}

void gotraceback(int32_t* level, bool* all, bool* crash) {
  readTracebackEnv();
  uint32_t t = __atomic_load_n(&traceback_cache, __ATOMIC_ACQUIRE);
  *crash = (t & tracebackCrash) != 0;
  *all = (t & tracebackAll) != 0;
  *level = static_cast<int32_t>(t >> tracebackShift);
}

void setTraceback(const char* s, size_t n) {
  readTracebackEnv();
  __atomic_store_n(&traceback_cache, parseTraceback(s, n) | traceback_env, __ATOMIC_RELEASE);
}

void tracebackpc(uintptr_t pc, uintptr_t fp, g* gp, int32_t level, int skip) {
  tracebackwalk(pc, fp, gp, level, skip, true);
}

// tracebacksaved prints a goroutine that is not running from its saved
// context: sched.pc is the return address of the mcall (or the system
// call entry) that saved it, in the function whose frame record is
// sched.bp's, or, when that call was a tail call (gopark's mcall,
// timeSleep's gopark), in the Go function that called the runtime: the
// chain from sched.bp then starts at that function's caller, and the
// frame at sched.pc is the one to print first.
void tracebacksaved(g* gp, int32_t level) {
  uintptr_t pc = gp->sched.pc;
  if (pc == reinterpret_cast<uintptr_t>(&gostart)) pc = 0;  // never ran
  tracebackwalk(pc, gp->sched.bp, gp, level, 0, false);
}

// tracebackwalk: pc (if not 0) is printed first, as the faulting
// instruction (exact) or as a return address.
void tracebackwalk(uintptr_t pc, uintptr_t fp, g* gp, int32_t level, int skip, bool exact) {
  walker w{gp, level};
  w.skip = skip;
  // The walk starts inside the innermost gopanic when a panic is printed:
  // the first gopanic frame it meets is the next older one.
  w.nextpanic = gp->_panic;
  if (w.nextpanic != nullptr && fp == w.nextpanic->gopanicfp) w.nextpanic = w.nextpanic->link;
  // A signal's pc is the instruction itself, not a return address.
  if (pc != 0) {
    w.aftersigpanic = exact;
    w.frame(exact ? pc + 1 : pc);
  }
  unwinder u(gp, fp);
  uintptr_t ra;
  while (!w.done && u.next(&ra)) w.frame(ra);
  if (gp->stackbase != nullptr) printcreatedby(gp, level);
}

void goroutineheader(g* gp) {
  uint32_t status = readgstatus(gp);
  const char* s;
  if (status == _Gwaiting && gp->waitreason != waitReasonZero) {
    s = waitReasonString(gp->waitreason);
  } else {
    switch (status) {
      case _Gidle: s = "idle"; break;
      case _Grunnable: s = "runnable"; break;
      case _Grunning: s = "running"; break;
      case _Gsyscall: s = "syscall"; break;
      case _Gwaiting: s = "waiting"; break;
      case _Gdead: s = "dead"; break;
      default: s = "???"; break;
    }
  }
  char buf[kFmtIntBufSize];
  printcstr("goroutine ");
  gwrite(buf, formatint(gp->goid, buf));
  printcstr(" [");
  printcstr(s);
  // Blocked for a long time: say how long, in minutes, as Go does.
  if ((status == _Gwaiting || status == _Gsyscall) && gp->waitsince != 0) {
    int64_t waitfor = (nanotime() - gp->waitsince) / 60000000000;
    if (waitfor >= 1) {
      printcstr(", ");
      gwrite(buf, formatint(waitfor, buf));
      printcstr(" minutes");
    }
  }
  if (gp->lockedm != nullptr) printcstr(", locked to thread");
  printcstr("]:\n");
}

void tracebackothers(g* me, int32_t level) {
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g* gp = allgs[i];
    if (gp == me || readgstatus(gp) == _Gdead) continue;
    if (level < 2 && issystemgoroutine(gp)) continue;
    printcstr("\n");
    goroutineheader(gp);
    if (readgstatus(gp) == _Grunning) {
      printcstr("\tgoroutine running on other thread; stack unavailable\n");
      printcreatedby(gp, level);
    } else {
      tracebacksaved(gp, level);
    }
  }
}

}  // namespace gosub::rt
