// runtime/exec_linux.cpp — the runtime's side of fork and exec (Go's
// syscall_runtime_BeforeFork and friends in proc.go, and the child half of
// syscall's forkAndExecInChild1).
//
// syscall.forkExec (stdlib/syscall/exec_linux.go) prepares everything the
// child needs as C strings while it may still allocate, takes ForkLock and
// an error pipe, and then, in a //go:nosplit function, calls
//   BeforeFork   block every signal in this thread (so the child cannot
//                run the runtime's handler before it resets them) and
//                poison the stack guard with stackFork: from here to
//                AfterFork any stack growth is a fatal "stack growth
//                after fork", in the parent and in the child;
//   rawVforkExec clone(CLONE_VM | CLONE_VFORK) on a private stack: the
//                child shares the parent's memory and the parent's thread
//                sleeps until the child has called execve or exited, which
//                keeps fork cheap however large the parent is (no page
//                tables to copy). The child runs forkAndExecInChild below:
//                C++ making raw system calls only (no libc state, no
//                errno, no locks, no allocation: the parent's runtime is
//                frozen mid-flight in its memory);
//   AfterFork    restore the guard and the signal mask.
// The child reports a failure by writing the errno (8 bytes) to the error
// pipe, which is close-on-exec: the parent reads 0 bytes when execve
// succeeded. BeforeExec/AfterExec bracket syscall.Exec with execLock, which
// newm1 also takes, so that no thread is being created while execve runs
// (a thread created mid-exec could be lost half made).

#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <errno.h>
#include <fcntl.h>

#include "proc.h"
#include "runtime.h"
#include "trace.h"
#include "signal_unix.h"

namespace gosub::rt {

mutex execLock;

namespace {

// forkExecArgs: what the child needs; stdlib/syscall/exec_linux.go lays
// out the same struct, one 8-byte word per field.
struct forkExecArgs {
  const char* argv0;
  char* const* argv;
  char* const* envv;
  const char* dir;    // nullptr: no chdir
  int64_t* fd;        // fd[i] becomes descriptor i; -1 closes i
  int64_t nfd;
  int64_t setsid;
  int64_t setpgid;
  int64_t pgid;
  int64_t pdeathsig;  // 0: none
  int64_t pipe;       // the error pipe's write end (close-on-exec)
};
static_assert(sizeof(forkExecArgs) == 11 * 8);

// childFail: report errno to the parent and exit; never returns.
[[noreturn]] void childFail(const forkExecArgs* a, long err) {
  uint64_t e = static_cast<uint64_t>(-err);
  rawsyscall(SYS_write, a->pipe, reinterpret_cast<long>(&e), sizeof e);
  for (;;) rawsyscall(SYS_exit, 253);
}

// forkAndExecInChild runs in the vfork child, on the private stack
// rawVforkExec gave it: the steps of Go's forkAndExecInChild1 that gosub's
// SysProcAttr has, in Go's order.
int forkAndExecInChild(void* arg) {
  auto* a = static_cast<forkExecArgs*>(arg);
  long r;
  // AfterForkInChild: the runtime's handlers mean nothing to the new
  // image; default actions, then the mask from before BeforeFork.
  clearSignalHandlers();
  sigsetmask(getg()->m->sigmask);
  if (a->setsid != 0 && (r = rawsyscall(SYS_setsid)) < 0) childFail(a, r);
  if (a->setpgid != 0 && (r = rawsyscall(SYS_setpgid, 0, a->pgid)) < 0) childFail(a, r);
  if (a->pdeathsig != 0 && (r = rawsyscall(SYS_prctl, PR_SET_PDEATHSIG, a->pdeathsig)) < 0) childFail(a, r);
  if (a->dir != nullptr && (r = rawsyscall(SYS_chdir, reinterpret_cast<long>(a->dir))) < 0) childFail(a, r);

  // Pass 1: move every descriptor that pass 2 would overwrite before
  // using it (fd[i] < i), and the error pipe, out of the way: above all
  // the numbers being assigned.
  int64_t* fd = a->fd;
  int64_t n = a->nfd;
  int64_t nextfd = n;
  if (a->pipe >= nextfd) nextfd = a->pipe + 1;
  if (a->pipe < n) {
    if ((r = rawsyscall(SYS_dup3, a->pipe, nextfd, O_CLOEXEC)) < 0) childFail(a, r);
    a->pipe = nextfd++;
  }
  for (int64_t i = 0; i < n; i++) {
    if (fd[i] >= 0 && fd[i] < i) {
      if (nextfd == a->pipe) nextfd++;  // do not clobber the pipe
      if ((r = rawsyscall(SYS_dup3, fd[i], nextfd, O_CLOEXEC)) < 0) childFail(a, r);
      fd[i] = nextfd++;
    }
  }
  // Pass 2: dup fd[i] down onto i, without close-on-exec.
  for (int64_t i = 0; i < n; i++) {
    if (fd[i] == -1) {
      rawsyscall(SYS_close, i);
      continue;
    }
    if (fd[i] == i) {
      // dup2(i, i) would not clear close-on-exec: do it explicitly.
      if ((r = rawsyscall(SYS_fcntl, i, F_SETFD, 0)) < 0) childFail(a, r);
      continue;
    }
    if ((r = rawsyscall(SYS_dup3, fd[i], i, 0)) < 0) childFail(a, r);
  }
  // By convention the standard descriptors the program did not list are
  // closed, not inherited.
  for (int64_t i = n; i < 3; i++) rawsyscall(SYS_close, i);

  r = rawsyscall(SYS_execve, reinterpret_cast<long>(a->argv0), reinterpret_cast<long>(a->argv),
             reinterpret_cast<long>(a->envv));
  childFail(a, r);
}

// The child's stack: the parent's thread is suspended until the child
// execs or exits, so a buffer in the parent's g0 frame is free for it.
constexpr size_t kChildStackSize = 16 << 10;

}  // namespace

void syscall_runtime_BeforeFork() {
  g* gp = getg();
  traceFork(gp);
  gp->m->locks++;
  sigblockall(&gp->m->sigmask);
  atomicStoreRelaxed(&gp->stackguard0, stackFork);
  setstackguard(stackFork);
}

void syscall_runtime_AfterFork() {
  g* gp = getg();
  uintptr_t guard = gp->stack.lo + _StackGuard;
  atomicStoreRelaxed(&gp->stackguard0, guard);
  setstackguard(guard);
  sigsetmask(gp->m->sigmask);
  gp->m->locks--;
}

void syscall_runtime_BeforeExec() {
  traceBeforeExec();  // the new image replaces this process: its trace ends here
  lock(&execLock);
}

void syscall_runtime_AfterExec() { unlock(&execLock); }

U64Pair syscall_rawVforkExec(void* args) {
  long pid = 0;
  systemstack([args, &pid] {
    alignas(16) char stack[kChildStackSize];
    pid = clone(forkAndExecInChild, stack + kChildStackSize, CLONE_VM | CLONE_VFORK | SIGCHLD, args);
    if (pid < 0) pid = -errno;
  });
  if (pid < 0) return {0, static_cast<uint64_t>(-pid)};
  return {static_cast<uint64_t>(pid), 0};
}

}  // namespace gosub::rt
