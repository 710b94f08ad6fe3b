// syscall_test.cpp — goroutines in system calls and locked to threads
// (runtime/syscall.cpp, lockosthread.cpp, sysmon's retake), under the real
// scheduler in death-test children (rungo.h): each child exits 0 when every
// CHECK held, else with the number of the one that failed.
#include <gtest/gtest.h>

#include <dirent.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "proc.h"
#include "rungo.h"
#include "runtime.h"
#include "sanitizer.h"
#include "signal_unix.h"

namespace {

using namespace gosub::rt;
using gosub::rt::testgo::rungo;
using testing::ExitedWithCode;

void spawn(void (*fn)()) {
  newproc(reinterpret_cast<void*>(+[](void* f) { reinterpret_cast<void (*)()>(f)(); }), reinterpret_cast<void*>(fn));
}

int64_t gettid() { return ::syscall(SYS_gettid); }

// threads: the Threads line of /proc/self/status.
int threads() {
  FILE* f = fopen("/proc/self/status", "r");
  char line[256];
  int n = -1;
  while (f != nullptr && fgets(line, sizeof line, f) != nullptr)
    if (strncmp(line, "Threads:", 8) == 0) n = atoi(line + 8);
  if (f != nullptr) fclose(f);
  return n;
}

// The states of entersyscall's fast path: the goroutine in _Gsyscall, the
// P left in _Psyscall as m.oldp, and the same P back afterwards.
TEST(SyscallDeathTest, EnterAndExitFastPath) {
  EXPECT_EXIT(rungo([] {
                g* gp = getg();
                p* pp = gp->m->p;
                uint32_t tick = pp->syscalltick;
                entersyscall();
                CHECK(readgstatus(gp) == _Gsyscall, 1);
                CHECK(gp->m->p == nullptr && gp->m->oldp == pp, 2);
                CHECK(atomicLoadRelaxed(&pp->status) == _Psyscall && pp->m == nullptr, 3);
                CHECK(gp->syscallsp != 0 && gp->throwsplit, 4);
                exitsyscall();
                CHECK(readgstatus(gp) == _Grunning && gp->m->p == pp && pp->m == gp->m, 5);
                CHECK(gp->syscallsp == 0 && !gp->throwsplit, 6);
                CHECK(pp->syscalltick == tick + 1, 7);
                CHECK(getstackguard() == gp->stack.lo + _StackGuard, 8);
                gosub::rt::exit(0);
              }),
              ExitedWithCode(0), "");
}

// With one P, a goroutine blocked 100 ms in a system call must not keep a
// runnable goroutine from running: sysmon retakes the P and hands it to
// another M; on the way out the blocked goroutine finds its P gone and
// takes the slow path.
uint32_t otherRan;

TEST(SyscallDeathTest, SysmonRetakesBlockedP) {
  EXPECT_EXIT(rungo(
                  [] {
                    spawn([] { __atomic_store_n(&otherRan, 1u, __ATOMIC_RELEASE); });
                    p* pp = getg()->m->p;
                    entersyscall();
                    ::usleep(100 * 1000);
                    bool ranMeanwhile = __atomic_load_n(&otherRan, __ATOMIC_ACQUIRE) != 0;
                    exitsyscall();
                    CHECK(ranMeanwhile, 1);
                    CHECK(getg()->m->p != nullptr && readgstatus(getg()) == _Grunning, 2);
                    (void)pp;
                    gosub::rt::exit(0);
                  },
                  "1"),
              ExitedWithCode(0), "");
}

// Stop-the-world takes a P in a system call as it stands: GOMAXPROCS
// returns long before the call does, and the caller still gets back in.
TEST(SyscallDeathTest, StopTheWorldDoesNotWaitForSystemCalls) {
  static uint32_t inCall, done;
  EXPECT_EXIT(rungo(
                  [] {
                    spawn([] {
                      entersyscall();
                      __atomic_store_n(&inCall, 1u, __ATOMIC_RELEASE);
                      ::usleep(300 * 1000);
                      exitsyscall();
                      __atomic_store_n(&done, 1u, __ATOMIC_RELEASE);
                    });
                    while (__atomic_load_n(&inCall, __ATOMIC_ACQUIRE) == 0) Gosched();
                    int64_t t0 = nanotime();
                    CHECK(GOMAXPROCS(3) == 2, 1);
                    CHECK(nanotime() - t0 < 150 * 1000 * 1000, 2);
                    CHECK(__atomic_load_n(&done, __ATOMIC_ACQUIRE) == 0, 3);
                    while (__atomic_load_n(&done, __ATOMIC_ACQUIRE) == 0) Gosched();
                    gosub::rt::exit(0);
                  },
                  "2"),
              ExitedWithCode(0), "");
}

// A locked goroutine stays on its thread while it blocks and yields, and
// no other goroutine runs there meanwhile.
TEST(LockOSThreadDeathTest, StaysOnItsThreadAlone) {
  static int64_t lockedTid;
  static uint32_t stop, intruded;
  EXPECT_EXIT(rungo([] {
                LockOSThread();
                lockedTid = gettid();
                for (int i = 0; i < 8; i++)
                  spawn([] {
                    while (__atomic_load_n(&stop, __ATOMIC_ACQUIRE) == 0) {
                      if (gettid() == lockedTid) __atomic_store_n(&intruded, 1u, __ATOMIC_RELEASE);
                      Gosched();
                    }
                  });
                for (int i = 0; i < 200; i++) {
                  Gosched();
                  if (i % 10 == 0) timeSleep(100 * 1000);
                  CHECK(gettid() == lockedTid, 1);
                  CHECK(getg()->m->lockedg == getg() && getg()->lockedm == getg()->m, 2);
                }
                __atomic_store_n(&stop, 1u, __ATOMIC_RELEASE);
                CHECK(__atomic_load_n(&intruded, __ATOMIC_ACQUIRE) == 0, 3);
                gosub::rt::exit(0);
              }),
              ExitedWithCode(0), "");
}

// Nested calls count; UnlockOSThread without a lock does nothing; the
// runtime's own lock is counted apart from the program's.
TEST(LockOSThreadDeathTest, CountsNest) {
  EXPECT_EXIT(rungo([] {
                m* mp = getg()->m;
                UnlockOSThread();
                CHECK(mp->lockedExt == 0 && getg()->lockedm == nullptr, 1);
                LockOSThread();
                LockOSThread();
                lockOSThread();
                UnlockOSThread();
                CHECK(getg()->lockedm == mp, 2);
                UnlockOSThread();
                CHECK(getg()->lockedm == mp && mp->lockedInt == 1, 3);
                unlockOSThread();
                CHECK(getg()->lockedm == nullptr && mp->lockedg == nullptr, 4);
                gosub::rt::exit(0);
              }),
              ExitedWithCode(0), "");
}

TEST(LockOSThreadDeathTest, NestingOverflowPanics) {
  EXPECT_EXIT(rungo([] {
                getg()->m->lockedExt = ~uint32_t{0};
                LockOSThread();
              }),
              ExitedWithCode(2), "panic: LockOSThread nesting overflow");
}

// A goroutine that exits while locked takes its thread with it: the
// thread disappears from /proc/self/task and the M from the count.
TEST(LockOSThreadDeathTest, ExitWhileLockedEndsTheThread) {
  static int64_t lockedTid;
  EXPECT_EXIT(rungo(
                  [] {
                    // Keep the goroutine off the main thread, which would be
                    // wedged rather than ended.
                    LockOSThread();
                    spawn([] {
                      LockOSThread();
                      __atomic_store_n(&lockedTid, gettid(), __ATOMIC_RELEASE);
                    });
                    while (__atomic_load_n(&lockedTid, __ATOMIC_ACQUIRE) == 0) Gosched();
                    char path[64];
                    snprintf(path, sizeof path, "/proc/self/task/%ld", static_cast<long>(lockedTid));
                    bool gone = false;
                    for (int i = 0; i < 1000 && !gone; i++) {
                      timeSleep(1000 * 1000);
                      gone = access(path, F_OK) != 0;
                    }
                    CHECK(gone, 1);
                    CHECK(sched.nmfreed == 1, 2);
#if !defined(GOSUB_TSAN)  // ThreadSanitizer runs a thread of its own
                    CHECK(threads() == mcount(), 3);
#endif
                    gosub::rt::exit(0);
                  },
                  "2"),
              ExitedWithCode(0), "");
}

// A locked M does not create threads itself (they would inherit what the
// locked goroutine did to its thread): the template thread does. Here the
// locked thread renames itself; Ms created from it must not carry the name.
TEST(LockOSThreadDeathTest, NewThreadsComeFromTheTemplateThread) {
  EXPECT_EXIT(rungo([] {
                LockOSThread();
                prctl(PR_SET_NAME, "lockedthr");
                for (int i = 0; i < 3; i++) startm(nullptr, false);  // three idle Ps, no idle M
                timeSleep(20 * 1000 * 1000);
                int named = 0, all = 0;
                DIR* d = opendir("/proc/self/task");
                while (dirent* e = readdir(d)) {
                  if (e->d_name[0] == '.') continue;
                  char path[300], comm[32] = {};
                  snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
                  FILE* f = fopen(path, "r");
                  if (f == nullptr) continue;
                  if (fgets(comm, sizeof comm, f) != nullptr && strncmp(comm, "lockedthr", 9) == 0) named++;
                  fclose(f);
                  all++;
                }
                closedir(d);
                CHECK(named == 1, 1);
                CHECK(all >= 5, 2);  // m0, sysmon, the template thread, the three new Ms
                gosub::rt::exit(0);
              }),
              ExitedWithCode(0), "");
}

// BeforeFork blocks every signal and poisons the guard with stackFork (a
// stack check until AfterFork is fatal: newstack throws "stack growth after
// fork"); AfterFork puts both back.
TEST(ForkDeathTest, BeforeForkBlocksSignalsAndPoisonsTheGuard) {
  EXPECT_EXIT(rungo([] {
                g* gp = getg();
                uint64_t before = 0, during = 0, after = 0;
                sigblockall(&before);
                sigsetmask(before);
                syscall_runtime_BeforeFork();
                CHECK(getstackguard() == stackFork && gp->stackguard0 == stackFork, 1);
                CHECK(gp->m->locks > 0, 2);
                sigblockall(&during);
                sigsetmask(during);
                syscall_runtime_AfterFork();
                // Every signal the kernel lets a thread block (not KILL, STOP).
                uint64_t unblockable = (uint64_t{1} << (SIGKILL - 1)) | (uint64_t{1} << (SIGSTOP - 1));
                CHECK((during | unblockable) == ~uint64_t{0}, 3);
                CHECK(getstackguard() == gp->stack.lo + _StackGuard, 4);
                sigblockall(&after);
                sigsetmask(after);
                CHECK(after == before, 5);
                gosub::rt::exit(0);
              }),
              ExitedWithCode(0), "");
}

}  // namespace
