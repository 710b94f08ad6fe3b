// runtime/traceback.cpp — printing a goroutine's stack (Go's traceback.go).
//
// The frames come from unwinder (unwind.h), the walk sigprof uses too.
//
// Like Go (GOTRACEBACK=single), only Go frames are shown: C++ runtime frames
// (mangled names) and runtime.* frames are hidden, and the walk stops at
// runtime.main, the runtime's frame that called main.main. Go prints
// arguments and a file:line line per frame; gosub prints `name()` only until
// debug info is used (no args, no location line).

#include "panic.h"
#include "runtime.h"
#include "unwind.h"

namespace gosub::rt {

namespace {

constexpr int _TracebackMaxFrames = 100;

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

// showframe: a Go function has a dotted package-qualified name. The
// stdlib's panicString entry points (sync, time) stand in for the panic
// builtin, whose frame Go does not show either.
bool showframe(const char* name, size_t n) {
  if (hasprefix(name, n, "_Z") || hasprefix(name, n, "runtime.") || hassuffix(name, n, ".panicString"))
    return false;
  // Generated wrappers (Go elides its wrapper frames too): the open-coded
  // defer runners, recorded defers' wrappers, func value thunks.
  if (hassuffix(name, n, ".opendefers") || hassuffix(name, n, "$fv") || hassuffix(name, n, "-fm")) return false;
  for (size_t i = 0; i + 10 <= n; i++)
    if (iseq(name + i, 10, ".deferwrap")) return false;
  for (size_t i = 0; i < n; i++)
    if (name[i] == '.') return true;
  return false;
}

struct walker {
  g* gp;
  _panic* nextpanic = nullptr;  // the panic of the next gopanic frame down
  int printed = 0;
  bool done = false;

  // frame handles one return address; pc-1 lies in the calling instruction,
  // so it symbolises to the right function even at a function's end.
  void frame(uintptr_t pc) {
    const char* name;
    size_t n;
    if (done || !funcname(pc - 1, &name, &n)) return;
    if (iseq(name, n, "runtime.main") || iseq(name, n, "main")) {
      done = true;
      return;
    }
    bool ispanic = iseq(name, n, "runtime.gopanic");
    // Goexit runs deferred calls above its frame, which Go shows.
    if (!ispanic && !iseq(name, n, "runtime.Goexit") && !showframe(name, n)) return;
    if (printed == _TracebackMaxFrames) {
      printcstr("...additional frames elided...\n");
      done = true;
      return;
    }
    if (ispanic) {
      // A deferred call runs above it: Go shows the frame as
      // `panic({type, data})`. The goroutine's panics are in stack order.
      while (nextpanic != nullptr && nextpanic->goexit) nextpanic = nextpanic->link;
      printcstr("panic({");
      printhex(nextpanic ? reinterpret_cast<uintptr_t>(nextpanic->arg.type) : 0);
      printcstr(", ");
      printhex(nextpanic ? reinterpret_cast<uintptr_t>(nextpanic->arg.data) : 0);
      printcstr("})\n");
      if (nextpanic != nullptr) nextpanic = nextpanic->link;
    } else {
      gwrite(name, n);
      printcstr("()\n");
    }
    printed++;
  }
};

}  // namespace

void traceback(uintptr_t fp, g* gp) {
  walker w{gp};
  // The walk starts inside the innermost gopanic when a panic is printed:
  // the first gopanic frame it meets is the next older one.
  w.nextpanic = gp->_panic;
  if (w.nextpanic != nullptr && fp == w.nextpanic->gopanicfp) w.nextpanic = w.nextpanic->link;
  unwinder u(gp, fp);
  uintptr_t ra;
  while (!w.done && u.next(&ra)) w.frame(ra);
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
  printcstr("]:\n");
}

void tracebackothers(g* me) {
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g* gp = allgs[i];
    if (gp == me || readgstatus(gp) == _Gdead) continue;
    printcstr("\n");
    goroutineheader(gp);
    if (readgstatus(gp) == _Grunning) {
      printcstr("\tgoroutine running on other thread; stack unavailable\n");
    } else {
      traceback(gp->sched.bp, gp);
    }
  }
}

}  // namespace gosub::rt
