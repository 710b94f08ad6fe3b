// runtime/proc.cpp — start-up (Go's proc.go; the scheduler comes later).
//
// Start-up follows Go's rt0_go: args, osinit, schedinit, then runtime.main
// (rt0_linux_amd64.cpp) runs package initialisation and main.main. Go
// creates the main goroutine with newproc and enters the scheduler with
// mstart; gosub does that in the goroutines issue. Until then main.main runs
// directly on the main thread's stack, which stands in for goroutine 1.

#include <pthread.h>

#include "runtime.h"

namespace gosub::rt {

extern uintptr_t maxstacksize;  // stack.cpp

constexpr size_t _MaxMainStack = 1 << 30;

// m0 is the main thread's M, g0 its goroutine. Statically linked to each
// other so that printing and panicking work even before schedinit.
constinit g g0 = {{0, 0}, 0, &m0, 1, _Grunning};
constinit m m0 = {&g0, &g0, 0, 0, 0};

int32_t argc;
char** argv;

// args saves the command line for os.Args.
void args(int32_t c, char** v) {
  argc = c;
  argv = v;
}

// osinit: Go queries the CPU count and page size here; nothing needs them yet.
void osinit() {}

// schedinit sets up the main goroutine's stack bounds and installs its
// stack guard in the TCB slot, so the first Go function is already checked.
void schedinit() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) throw_("schedinit: cannot find the main thread's stack");
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  // For the main thread glibc reports [top - RLIMIT_STACK, top), clipped to
  // the mapping below; the kernel grows the stack into it on demand.
  // With `ulimit -s unlimited` that is terabytes; cap it at Go's 64-bit
  // maximum goroutine stack (maxstacksize = 1e9 in Go's runtime.main).
  uintptr_t hi = reinterpret_cast<uintptr_t>(addr) + size;
  if (size > _MaxMainStack) size = _MaxMainStack;
  uintptr_t lo = hi - size;
  uintptr_t reserve = _StackGuard;
  if (size < 4 * reserve) reserve = size / 4;  // tiny `ulimit -s`: keep some of each
  g0.stack = {lo, hi};
  g0.stackguard0 = lo + reserve;
  maxstacksize = hi - g0.stackguard0;
  setstackguard(g0.stackguard0);
}

}  // namespace gosub::rt
