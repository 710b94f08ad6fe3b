// runtime/callers.cpp — the bodies behind package runtime's Caller,
// Callers, CallersFrames, FuncForPC and Stack (stdlib/runtime/symtab.go)
// and runtime/debug.SetTraceback.
//
// Frames are logical, as Go counts them: a function inlined at a call site
// is a frame of its own. Callers records one pc per logical frame; since a
// return address is all gosub has for the frames inlined at it, the pc is
// repeated, once per frame (Go records a distinct pc per inlined call).
// Frames.Next undoes that: a run of c copies of a pc with k frames is read
// as consecutive frames of that pc, and the run at the start of the slice
// ends with the physical function (skip may have cut into it from the
// front). See docs/runtime.md, "Symbol table and tracebacks".
//
// Each entry point is called from Go on a goroutine stack, in the reserve
// below the guard: the walks and table lookups run on the system stack.

#include "runtime.h"

namespace gosub::rt {

namespace {

// frameinfo is stdlib/runtime's struct of the same name.
struct frameinfo {
  GoString function;
  GoString file;
  int64_t line;
  uintptr_t entry;
  bool inlined;
};

GoString gostr(const char* s, size_t n) { return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(n)}; }

constexpr int kMaxInline = 32;

// visitor adapts a lambda to walklogical's callback.
template <typename F>
void walk(g* gp, uintptr_t fp, F&& visit) {
  walklogical(
      gp, fp, [](void* ctx, uintptr_t ra, const srcframe& f) { return (*static_cast<F*>(ctx))(ra, f); }, &visit);
}

// toinfo: a frame as runtime.Frame's fields come from it (symtab.go's frameinfo).
frameinfo toinfo(const srcframe& f) {
  return {gostr(f.name, f.namelen), gostr(f.file, __builtin_strlen(f.file)), f.line, f.entry, f.inlined};
}

}  // namespace

// runtime.callers(skip, buf, max): Callers' pcs. Logical frame 0 is the
// Go function that called this one (runtime.Callers).
int64_t callers(int64_t skip, void* out, int64_t max) {
  auto* buf = static_cast<uintptr_t*>(out);
  g* gp = getg();
  auto fp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  int64_t n = 0;
  systemstack([&] {
    int64_t index = 0;
    walk(gp, fp, [&](uintptr_t ra, const srcframe&) {
      if (index++ < skip) return true;
      buf[n++] = ra;
      return n < max;
    });
  });
  return n;
}

// runtime.caller(skip, out): the logical frame skip (0: the caller of this
// one) as Caller reports it: its pc (the return address - 1) or 0.
uint64_t caller(int64_t skip, void* out) {
  g* gp = getg();
  auto fp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t pc = 0;
  systemstack([&] {
    int64_t index = 0;
    walk(gp, fp, [&](uintptr_t ra, const srcframe& f) {
      if (index++ < skip) return true;
      *static_cast<frameinfo*>(out) = toinfo(f);
      pc = ra - 1;
      return false;
    });
  });
  return pc;
}

// runtime.funcframes(pc, index, out): the number of logical frames at pc
// (exactly: callers pass a return address - 1), and frame index of them
// (0 the innermost) in *out if there is one.
int64_t funcframes(uint64_t pc, int64_t index, void* out) {
  int n = 0;
  systemstack([&] {
    srcframe frames[kMaxInline];
    n = logicalframes(pc, frames, kMaxInline);
    if (index >= 0 && index < n) {
      *static_cast<frameinfo*>(out) = toinfo(frames[index]);
    }
  });
  return n;
}

// runtime.stack(buf, n, all): runtime.Stack's text, from its caller's
// frame down (and every other goroutine's with all), at traceback level 1
// whatever GOTRACEBACK says, as Go's.
int64_t gostack(void* out, int64_t n, bool all) {
  auto* buf = static_cast<uint8_t*>(out);
  g* gp = getg();
  auto fp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (all) stopTheWorld("stack trace");
  int64_t written = 0;
  systemstack([&] {
    g* g0 = getg();
    g0->writebuf = buf;
    g0->writebuflen = 0;
    g0->writebufcap = n;
    goroutineheader(gp);
    // The first frame shown is runtime.Stack's caller, as in Go.
    tracebackpc(0, fp, gp, 1, /*skip=*/1);
    if (all) tracebackothers(gp, 1);
    written = g0->writebuflen;
    g0->writebuf = nullptr;
  });
  if (all) startTheWorld();
  return written;
}

// runtime/debug.SetTraceback(level).
void debug_SetTraceback(const uint8_t* s, int64_t n) {
  setTraceback(reinterpret_cast<const char*>(s), static_cast<size_t>(n));
}

}  // namespace gosub::rt
