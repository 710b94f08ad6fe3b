// runtime/traceback.cpp — printing a goroutine's stack (Go's traceback.go).
//
// Every Go function keeps a frame pointer ("frame-pointer"="all") and so
// does the runtime (-fno-omit-frame-pointer), so a frame record is
// [fp] = caller's fp, [fp+8] = return address. The walk checks every fp
// against the goroutine's stack bounds and requires fp to grow, so a broken
// chain ends the traceback instead of faulting.
//
// Like Go (GOTRACEBACK=single), only Go frames are shown: C++ runtime frames
// (mangled names) and runtime.* frames are hidden, and the walk stops at
// runtime.main, the runtime's frame that called main.main. Go prints
// arguments and a file:line line per frame; gosub prints `name()` only until
// debug info is used (no args, no location line).
//
// Segmented stacks: the chain continues across a segment boundary because
// __morestack's frame record (on the old segment) is the saved rbp of the
// first frame on the new one. Every fp must lie in one of the goroutine's
// segments in use; within one segment fps must grow (a walk can leave a
// segment for an older one, whose address may be lower).

#include "panic.h"
#include "runtime.h"

extern "C" char __morestack[], __morestack_end[], __morestack_bodyret[];  // asm_amd64.S

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
  int steps = 0;
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

  // bounds of the stack (segment) holding fp, or false.
  bool bounds(uintptr_t fp, uintptr_t* lo, uintptr_t* hi) const {
    if (gp->stackbase == nullptr) {  // a g0: the thread's stack
      *lo = gp->stack.lo;
      *hi = gp->stack.hi;
      return fp >= *lo && fp < *hi;
    }
    for (stkseg* s = gp->stackbase; s != nullptr; s = s->next) {
      if (fp >= seglo(s) && fp < seghi(s)) {
        *lo = seglo(s);
        *hi = seghi(s);
        return true;
      }
      if (s == gp->stackseg) break;
    }
    return false;
  }

  bool valid(uintptr_t fp, uintptr_t prev) const {
    uintptr_t lo, hi, plo, phi;
    if ((fp & 7) != 0 || !bounds(fp, &lo, &hi) || fp + 16 > hi) return false;
    if (prev != 0 && bounds(prev, &plo, &phi) && plo == lo && fp <= prev) return false;
    return steps < 1000000;
  }
};

}  // namespace

void traceback(uintptr_t fp, g* gp) {
  walker w{gp};
  // The walk starts inside the innermost gopanic when a panic is printed:
  // the first gopanic frame it meets is the next older one.
  w.nextpanic = gp->_panic;
  if (w.nextpanic != nullptr && fp == w.nextpanic->gopanicfp) w.nextpanic = w.nextpanic->link;
  uintptr_t prev = 0;
  while (!w.done && w.valid(fp, prev)) {
    w.steps++;
    auto* rec = reinterpret_cast<uintptr_t*>(fp);
    uintptr_t pc = rec[1];
    prev = fp;
    if (pc >= reinterpret_cast<uintptr_t>(__morestack) && pc < reinterpret_cast<uintptr_t>(__morestack_end)) {
      // The caller is __morestack, called from the prologue of a function f.
      // Its record holds [0] = fp of f's caller, [1] = a pc in f, [2] = f's
      // return address. If we came from f's body on a new segment, f was
      // printed already; if from newstack (f stopped in its prologue), not.
      uintptr_t ms = rec[0];
      if (!w.valid(ms, 0)) break;
      auto* mrec = reinterpret_cast<uintptr_t*>(ms);
      if (pc != reinterpret_cast<uintptr_t>(__morestack_bodyret)) w.frame(mrec[1]);
      w.frame(mrec[2]);
      prev = ms;
      fp = mrec[0];
      continue;
    }
    w.frame(pc);
    fp = rec[0];
  }
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
