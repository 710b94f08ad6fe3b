// runtime/os_linux.cpp — the few OS services the runtime uses directly
// (Go's os_linux.go and sys_linux_amd64.s).

#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"
#include "signal_unix.h"

namespace gosub::rt {

bool write1(int fd, const void* p, size_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, b, n);
    if (w < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (w <= 0) return false;
    b += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

// exit ends the process at once, as Go's runtime exit does: no atexit
// handlers, no stdio flushing (the runtime never buffers output).
void exit(int32_t code) {
  for (;;) ::syscall(SYS_exit_group, code);
}

// futexsleep: if *addr == val, sleep until woken or ns nanoseconds pass
// (ns < 0: no timeout). Spurious wake-ups are allowed; callers re-check.
void futexsleep(uint32_t* addr, uint32_t val, int64_t ns) {
  if (ns < 0) {
    ::syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, nullptr, nullptr, 0);
    return;
  }
  struct timespec ts;
  ts.tv_sec = ns / 1000000000;
  ts.tv_nsec = ns % 1000000000;
  ::syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
}

// futexwakeup wakes up to cnt threads sleeping on addr.
void futexwakeup(uint32_t* addr, uint32_t cnt) {
  long r = ::syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, cnt, nullptr, nullptr, 0);
  if (r < 0) throw_("futexwakeup failed");
}

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// nanotimeCoarse: CLOCK_MONOTONIC as of the last timer tick (a few
// milliseconds old), read from the vDSO's data without rdtsc: a quarter of
// nanotime's cost, for stamps that only minutes are read from.
int64_t nanotimeCoarse() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// walltime: the wall clock in nanoseconds since the Unix epoch (Go's
// walltime returns seconds and nanoseconds; one int64 lasts until 2262).
int64_t walltime() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void usleep(uint32_t usec) {
  struct timespec ts;
  ts.tv_sec = usec / 1000000;
  ts.tv_nsec = static_cast<long>(usec % 1000000) * 1000;
  ::nanosleep(&ts, nullptr);
}

void osyield() { ::sched_yield(); }

void procyield(uint32_t cycles) {
  for (uint32_t i = 0; i < cycles; i++) __builtin_ia32_pause();
}

// getproccount: the CPUs this process may run on (Go's getproccount uses
// sched_getaffinity too, so taskset/cgroups pinning is respected).
int32_t getproccount() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
  int n = CPU_COUNT(&set);
  return n > 0 ? n : 1;
}

namespace {
// The M's thread: the TLS g is g0 from the first instruction on, and the
// g0 stack bounds are the pthread's own stack. It returns (ending the
// thread) only when mexit jumps back here.
void* mstart_thread(void* arg) {
  m* mp = static_cast<m*>(arg);
  setg(mp->g0);
  mp->tcb = reinterpret_cast<uintptr_t>(pthread_self());
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  mp->g0->stack = {reinterpret_cast<uintptr_t>(addr), reinterpret_cast<uintptr_t>(addr) + size};
  minit();
  if (__builtin_setjmp(mp->exitbuf) == 0) mstart();
  return nullptr;
}
}  // namespace

// g0 stacks of new Ms: the scheduler, systemstack calls and crash printing
// run there (libc included), so they are ordinary thread stacks, touched
// lazily. Go uses 8 KiB..16 KiB g0 stacks for its own threads but its
// system-stack code is written to fit; ours is C++ and libc.
constexpr size_t _G0StackSize = 256 << 10;

void newosproc(m* mp) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, _G0StackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t tid;
  // The thread starts with every signal blocked, until minit gives it its
  // signal stack (a handler must never run on a thread without one).
  uint64_t old;
  sigblockall(&old);
  int err = pthread_create(&tid, &attr, mstart_thread, mp);
  sigsetmask(old);
  pthread_attr_destroy(&attr);
  if (err != 0) {
    printcstr("runtime: failed to create new OS thread\n");
    throw_("newosproc");
  }
}

// ---- the program's arguments and initial environment ----------------------
// rt0 passes argc and argv (args, proc.cpp); the environment follows argv's
// terminating NULL, as the kernel laid them out. Go copies them into
// []strings at start-up (goargs, goenvs); gosub hands them out one by one
// and packages os and syscall build their slices once.

namespace {
GoString cstring(const char* s) {
  int64_t n = 0;
  while (s[n] != 0) n++;
  return {reinterpret_cast<const uint8_t*>(s), n};
}
char** envp() { return argv + argc + 1; }

// envvalue: entry's value if it is "name=value", else nullptr.
const char* envvalue(const char* entry, const char* name) {
  size_t i = 0;
  while (name[i] != 0 && entry[i] == name[i]) i++;
  return name[i] == 0 && entry[i] == '=' ? entry + i + 1 : nullptr;
}
}  // namespace

const char* gogetenv(const char* name) {
  for (char** e = environ; e != nullptr && *e != nullptr; e++)
    if (const char* v = envvalue(*e, name)) return v;
  return nullptr;
}

void hideenv(const char* name) {
  if (argv == nullptr) return;
  char** out = envp();
  for (char** e = envp(); *e != nullptr; e++)
    if (envvalue(*e, name) == nullptr) *out++ = *e;
  *out = nullptr;
}

int64_t os_runtime_argc() { return argc; }

GoString os_runtime_arg(int64_t i) {
  if (i < 0 || i >= argc) throw_("os.runtime_arg: index out of range");
  return cstring(argv[i]);
}

int64_t syscall_runtime_envc() {
  if (argv == nullptr) return 0;
  int64_t n = 0;
  for (char** e = envp(); *e != nullptr; e++) n++;
  return n;
}

GoString syscall_runtime_env(int64_t i) {
  if (i < 0 || i >= syscall_runtime_envc()) throw_("syscall.runtime_env: index out of range");
  return cstring(envp()[i]);
}

}  // namespace gosub::rt
