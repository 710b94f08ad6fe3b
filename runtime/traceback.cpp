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
// Segmented stacks (goroutines issue): the chain continues across a segment
// boundary because __morestack's frame record links to the old segment; the
// bounds check must then accept each segment of the goroutine in turn.

#include "runtime.h"

extern "C" char __morestack[], __morestack_end[];  // asm_amd64.S

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

// showframe: a Go function has a dotted package-qualified name.
bool showframe(const char* name, size_t n) {
  if (hasprefix(name, n, "_Z") || hasprefix(name, n, "runtime.")) return false;
  for (size_t i = 0; i < n; i++)
    if (name[i] == '.') return true;
  return false;
}

struct walker {
  uintptr_t lo, hi;
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
    if (!showframe(name, n)) return;
    if (printed == _TracebackMaxFrames) {
      printcstr("...additional frames elided...\n");
      done = true;
      return;
    }
    gwrite(name, n);
    printcstr("()\n");
    printed++;
  }

  bool valid(uintptr_t fp, uintptr_t prev) const {
    return fp > prev && fp >= lo && fp + 16 <= hi && (fp & 7) == 0;
  }
};

}  // namespace

void traceback() {
  g* gp = getg();
  walker w{gp->stack.lo, gp->stack.hi};
  auto fp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t prev = 0;
  while (!w.done && w.valid(fp, prev)) {
    auto* rec = reinterpret_cast<uintptr_t*>(fp);
    uintptr_t pc = rec[1];
    prev = fp;
    if (pc >= reinterpret_cast<uintptr_t>(__morestack) && pc < reinterpret_cast<uintptr_t>(__morestack_end)) {
      // The caller is __morestack, called from the prologue of a function f
      // before f pushed its frame record. __morestack's own record holds
      // [0] = fp of f's caller, [1] = a pc in f, [2] = f's return address.
      uintptr_t ms = rec[0];
      if (!w.valid(ms, prev)) break;
      auto* mrec = reinterpret_cast<uintptr_t*>(ms);
      w.frame(mrec[1]);
      w.frame(mrec[2]);
      prev = ms;
      fp = mrec[0];
      continue;
    }
    w.frame(pc);
    fp = rec[0];
  }
}

}  // namespace gosub::rt
