// runtime/sysmon.cpp — the system monitor (Go's sysmon in proc.go): a
// thread without a P that preempts long-running goroutines, retakes Ps
// held in system calls, and the deadlock detector it and idle Ms call.

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// ---- sysmon ----------------------------------------------------------------------

// retake preempts goroutines that have run for more than 10 ms (one
// schedtick unchanged since sysmon first saw it) and takes back Ps that
// have sat in a system call for a sysmon tick (20 µs or more), handing
// them to another M when there is work for them (Go's retake). Returns
// how many Ps it retook from system calls.
uint32_t retake(int64_t now) {
  uint32_t n = 0;
  lock(&allpLock);
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    if (pp == nullptr) continue;
    sysmontick* pd = &pp->sysmontick;
    uint32_t s = atomicLoadRelaxed(&pp->status);
    bool sysretake = false;
    if (s == _Prunning || s == _Psyscall) {
      // Preempt G if it's running for too long.
      uint32_t t = atomicLoadRelaxed(&pp->schedtick);
      if (pd->schedtick != t) {
        pd->schedtick = t;
        pd->schedwhen = now;
      } else if (pd->schedwhen + forcePreemptNS <= now) {
        preemptone(pp);
        // In a system call, preemptone does nothing (the P has no M):
        // take the P instead.
        sysretake = true;
      }
    }
    if (s != _Psyscall) continue;
    // Retake P from syscall if it's there for more than 1 sysmon tick
    // (at least 20 µs).
    uint32_t t = atomicLoadRelaxed(&pp->syscalltick);
    if (!sysretake && pd->syscalltick != t) {
      pd->syscalltick = t;
      pd->syscallwhen = now;
      continue;
    }
    // Not if there is no other work for it and some M is spinning or a P
    // is idle anyway; but eventually, so that sysmon can sleep deeply.
    if (runqempty(pp) &&
        __atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE) + __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) > 0 &&
        pd->syscallwhen + 10 * 1000 * 1000 > now)
      continue;
    // handoffp takes sched.lock, which ranks before allpLock.
    unlock(&allpLock);
    // The M in the system call counts as running for checkdead while we
    // hand its P on: without this, handoffp could see no running M.
    incidlelocked(-1);
    uint32_t expected = _Psyscall;
    if (__atomic_compare_exchange_n(&pp->status, &expected, _Pidle, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      n++;
      pp->syscalltick++;
      traceProcRetake(pp, false);
      handoffp(pp);
    }
    incidlelocked(1);
    lock(&allpLock);
  }
  unlock(&allpLock);
  return n;
}

// sysmonIdle: every P is idle, or the world is stopping: sysmon has
// nothing to preempt (and no schedtrace to print).
bool sysmonIdle() {
  return (debug.schedtrace <= 0 && __atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) ||
         __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) == static_cast<uint32_t>(atomicLoadAcq(&gomaxprocs));
}

void wakesysmon() {
  if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE) != 0) {
    __atomic_store_n(&sched.sysmonwait, 0u, __ATOMIC_RELEASE);
    notewakeup(&sched.sysmonnote);
  }
}

// sysmonSleep: with nothing to preempt, sleep on sched.sysmonnote until the
// next timer, which is when a P can get work again, or for Go's
// forcegcperiod/2 without one, rather than poll; whoever makes a P busy
// otherwise wakes it (sysmonwait). Reports whether it slept.
bool sysmonSleep(int64_t now) {
  lock(&sched.lock);
  int64_t next = timeSleepUntil();
  bool sleep = sysmonIdle() && (next == 0 || next > now);
  if (sleep) {
    __atomic_store_n(&sched.sysmonwait, 1u, __ATOMIC_RELEASE);
    unlock(&sched.lock);
    constexpr int64_t forcegcperiod = 2 * 60 * 1000 * 1000 * 1000LL;
    int64_t ns = forcegcperiod / 2;
    if (next != 0 && next - now < ns) ns = next - now;
    notetsleep(&sched.sysmonnote, ns);
    lock(&sched.lock);
    __atomic_store_n(&sched.sysmonwait, 0u, __ATOMIC_RELEASE);
    noteclear(&sched.sysmonnote);
  }
  unlock(&sched.lock);
  return sleep;
}

// schedtrace prints the scheduler's state in Go's format (GODEBUG=
// schedtrace=N: one SCHED line with each P's run queue length; with
// scheddetail=1, a line per P, M and G). The data changes under us as we
// read it: counts are snapshots, pointers are read once.
void schedtrace(bool detailed) {
  static int64_t starttime;
  int64_t now = nanotime();
  if (starttime == 0) starttime = now;
  char buf[kFmtIntBufSize];
  auto num = [&buf](int64_t v) { gwrite(buf, formatint(v, buf)); };
  auto flag = [](bool b) { printcstr(b ? "true" : "false"); };
  lock(&sched.lock);
  printcstr("SCHED ");
  num((now - starttime) / 1000000);
  printcstr("ms: gomaxprocs=");
  num(gomaxprocs);
  printcstr(" idleprocs=");
  num(__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE));
  printcstr(" threads=");
  num(mcount());
  printcstr(" spinningthreads=");
  num(__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE));
  printcstr(" idlethreads=");
  num(sched.nmidle);
  printcstr(" runqueue=");
  num(sched.runqsize);
  if (detailed) {
    printcstr(" gcwaiting=");
    num(__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE));
    printcstr(" nmidlelocked=");
    num(sched.nmidlelocked);
    printcstr(" stopwait=");
    num(atomicLoadRelaxed(&sched.stopwait));
    printcstr(" sysmonwait=");
    num(__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE));
    printcstr("\n");
  }
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    m* mp = atomicLoadAcq(&pp->m);
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
    if (detailed) {
      printcstr("  P");
      num(i);
      printcstr(": status=");
      num(atomicLoadRelaxed(&pp->status));
      printcstr(" schedtick=");
      num(atomicLoadRelaxed(&pp->schedtick));
      printcstr(" syscalltick=");
      num(atomicLoadRelaxed(&pp->syscalltick));
      printcstr(" m=");
      num(mp != nullptr ? mp->id : -1);
      printcstr(" runqsize=");
      num(t - h);
      printcstr(" gfreecnt=");
      num(atomicLoadRelaxed(&pp->gFree.n));
      printcstr(" timerslen=");
      num(atomicLoadRelaxed(&pp->ntimers));
      printcstr("\n");
    } else {
      printcstr(i == 0 ? " [" : " ");
      num(t - h);
      if (i == gomaxprocs - 1) printcstr("]\n");
    }
  }
  if (!detailed) {
    unlock(&sched.lock);
    return;
  }
  // The fields gosub's M has of Go's (no mallocing, throwing, preemptoff).
  for (m* mp = __atomic_load_n(&allm, __ATOMIC_ACQUIRE); mp != nullptr; mp = mp->alllink) {
    p* pp = atomicLoadRelaxed(&mp->p);
    g* gp = atomicLoadRelaxed(&mp->curg);
    g* lockedg = atomicLoadRelaxed(&mp->lockedg);
    printcstr("  M");
    num(mp->id);
    printcstr(": p=");
    num(pp != nullptr ? pp->id : -1);
    printcstr(" curg=");
    num(gp != nullptr ? gp->goid : -1);
    printcstr(" locks=");
    num(atomicLoadRelaxed(&mp->locks));
    printcstr(" dying=");
    num(atomicLoadRelaxed(&mp->dying));
    printcstr(" spinning=");
    flag(atomicLoadRelaxed(&mp->spinning));
    printcstr(" blocked=");
    flag(atomicLoadRelaxed(&mp->blocked));
    printcstr(" lockedg=");
    num(lockedg != nullptr ? lockedg->goid : -1);
    printcstr("\n");
  }
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  g** gs = __atomic_load_n(&allgs, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g* gp = gs[i];
    m* mp = atomicLoadRelaxed(&gp->m);
    m* lockedm = atomicLoadRelaxed(&gp->lockedm);
    printcstr("  G");
    num(gp->goid);
    printcstr(": status=");
    num(readgstatus(gp));
    printcstr("(");
    printcstr(waitReasonString(atomicLoadRelaxed(&gp->waitreason)));
    printcstr(") m=");
    num(mp != nullptr ? mp->id : -1);
    printcstr(" lockedm=");
    num(lockedm != nullptr ? lockedm->id : -1);
    printcstr("\n");
  }
  unlock(&sched.lock);
}

// sysmon runs on its own M without a P, so it needs no write barriers and
// may not allocate on a P. It sleeps 20 µs at first, doubling after a
// while of idleness up to 10 ms, like Go's.
void sysmon() {
  int64_t lasttrace = 0;
  lock(&sched.lock);
  sched.nmsys++;
  checkdead();
  unlock(&sched.lock);
  uint32_t idle = 0;   // how many cycles in succession we had not woken somebody up
  uint32_t delay = 0;
  for (;;) {
    if (idle == 0) {  // start with 20us sleep...
      delay = 20;
    } else if (idle > 50) {  // start doubling the sleep after 1ms...
      delay *= 2;
    }
    if (delay > 10 * 1000) delay = 10 * 1000;  // up to 10ms
    usleep(delay);
    int64_t now = nanotime();
    if (sysmonIdle() && sysmonSleep(now)) {
      idle = 0;
      now = nanotime();
    }
    // A timer overdue while a P is idle: start an M to run it. This is
    // gosub's safety net where Go relies on an M blocked in netpoll with a
    // timeout (Go's sysmon does it only on NetBSD): e.g. an M whose timed
    // sleep ran out during a stop-the-world fell back to an untimed stopm.
    if (int64_t next = timeSleepUntil(); next != 0 && next < now &&
        __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) > 0) {
      startm(nullptr, false);
    }
    if (retake(now) != 0) {
      idle = 0;
    } else {
      idle++;
    }
    if (debug.schedtrace > 0 && lasttrace + int64_t{debug.schedtrace} * 1000000 <= now) {
      lasttrace = now;
      schedtrace(debug.scheddetail > 0);
    }
  }
}

// checkdeadThrowing: checkdead has found a deadlock and is throwing. It
// unlocks sched.lock to throw, and while the report prints other Ms can
// still go idle and get here (one whose timed sleep for a timer ran out in
// stopmTimed after the timer's goroutine exited): they must not throw a
// second report over the first. [sched.lock]
bool checkdeadThrowing;

[[noreturn]] void checkdeadThrow(const char* s) {
  checkdeadThrowing = true;
  unlock(&sched.lock);
  throw_(s);
}

// checkdead: the deadlock detector. Called with sched.lock held whenever an
// M goes idle; if no M is running Go code and no goroutine can ever run
// again, the program is deadlocked.
void checkdead() {
  if (checkdeadThrowing) return;
  int64_t run = (sched.mnext - sched.nmfreed) - sched.nmidle - sched.nmidlelocked - sched.nmsys;
  if (run > 0) return;
  if (run < 0) {
    char buf[kFmtIntBufSize];
    printcstr("runtime: checkdead: nmidle=");
    gwrite(buf, formatint(sched.nmidle, buf));
    printcstr(" mcount=");
    gwrite(buf, formatint(sched.mnext - sched.nmfreed, buf));
    printcstr("\n");
    checkdeadThrow("checkdead: inconsistent counts");
  }
  int32_t grunning = 0;
  uintptr_t n = __atomic_load_n(&allglen, __ATOMIC_ACQUIRE);
  for (uintptr_t i = 0; i < n; i++) {
    g* gp = allgs[i];
    switch (readgstatus(gp)) {
      case _Gwaiting:
        grunning++;
        break;
      case _Grunnable:
      case _Grunning:
      case _Gsyscall: {
        char buf[kFmtIntBufSize];
        printcstr("runtime: checkdead: find g ");
        gwrite(buf, formatint(gp->goid, buf));
        printcstr(" in status ");
        gwrite(buf, formatint(readgstatus(gp), buf));
        printcstr("\n");
        checkdeadThrow("checkdead: runnable g");
      }
      default:
        break;
    }
  }
  if (grunning == 0) {  // possible if main goroutine calls runtime·Goexit()
    checkdeadThrow("no goroutines (main called runtime.Goexit) - deadlock!");
  }
  // A pending timer will wake a goroutine: no deadlock yet, as in Go. (An
  // M waiting for it sleeps in stopmTimed.)
  if (timeSleepUntil() != 0) return;
  checkdeadThrow("all goroutines are asleep - deadlock!");
}

}  // namespace gosub::rt
