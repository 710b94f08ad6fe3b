// runtime/syscall.cpp — goroutines in system calls (Go's entersyscall,
// exitsyscall and entersyscallblock in proc.go) and the raw system call the
// syscall package is built on.
//
// A goroutine about to make a system call that may block calls
// entersyscall: it stays on its M (the thread makes the call) but gives up
// its P without handing it to anyone: the P waits in _Psyscall, remembered
// as m.oldp. Most calls return within microseconds, and exitsyscall's fast
// path takes the same P back with one CAS, so a quick call costs almost
// nothing. A call that blocks leaves the P idle only until sysmon's next
// tick (20 µs or more): retake CASes it out of _Psyscall and hands it to
// another M when there is work for it, so the other goroutines keep
// running. Stop-the-world takes Ps in _Psyscall as they stand, without
// waiting for the calls to return. On the way out, exitsyscall takes its
// old P back if it is still _Psyscall, else any idle P; if there is none,
// exitsyscall0 queues the goroutine on the global run queue and stops the
// M. entersyscallblock is for calls known to block (signal_recv's sleep):
// it hands the P off at once.
//
// entersyscall and exitsyscall are C++ called from Go (syscall.Syscall):
// they run in the reserve below the goroutine's stack guard and never grow
// the stack. From entersyscall to exitsyscall the goroutine's guard is
// poisoned and g.throwsplit is set, so a stack check in that window throws
// instead of running on a P that may no longer be ours.

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

namespace {

// save records the caller's context in gp->sched, as Go's save does: a
// goroutine in a system call is not running Go code, and tracebacks of it
// (and the collector, later) start from sched.bp.
inline void save(g* gp, uintptr_t pc, uintptr_t sp, uintptr_t bp) {
  gp->sched.pc = pc;
  gp->sched.sp = sp;
  gp->sched.bp = bp;
  gp->sched.g = gp;
}

// entersyscall_sysmon: sysmon is asleep because every P looked idle; a P
// in _Psyscall is work for it (retake).
void entersyscall_sysmon() {
  lock(&sched.lock);
  wakesysmon();
  unlock(&sched.lock);
}

// entersyscall_gcwait: the world is stopping; give our P to it now rather
// than make stopTheWorld wait for the call to return.
void entersyscall_gcwait() {
  m* mp = getg()->m;
  p* pp = mp->oldp;
  lock(&sched.lock);
  uint32_t s = _Psyscall;
  if (atomicLoadRelaxed(&sched.stopwait) > 0 &&
      __atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
    mp->oldp = nullptr;
    traceProcRetake(pp, true);
    if (__atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED) == 0) notewakeup(&sched.stopnote);
  }
  unlock(&sched.lock);
}

// The goroutine's guard while in _Gsyscall: any stack check fails.
inline void poisonguard(g* gp) {
  atomicStoreRelaxed(&gp->stackguard0, stackPreempt);
  setstackguard(stackPreempt);
  gp->throwsplit = true;
}

// syscallenter is the goroutine's half of entering a system call, shared
// by reentersyscall and entersyscallblock: the guard poisoned, the
// caller's pc, sp and bp saved for tracebacks, _Grunning -> _Gsyscall.
void syscallenter(g* gp, uintptr_t pc, uintptr_t sp, uintptr_t bp) {
  poisonguard(gp);
  save(gp, pc, sp, bp);
  gp->syscallsp = sp;
  gp->syscallpc = pc;
  gp->syscallbp = bp;
  casgstatus(gp, _Grunning, _Gsyscall);
}

// reentersyscall moves the running goroutine into _Gsyscall and its P
// into _Psyscall (Go's reentersyscall). pc, sp, bp: the caller's.
void reentersyscall(uintptr_t pc, uintptr_t sp, uintptr_t bp) {
  g* gp = getg();
  m* mp = gp->m;
  // Disable preemption: during this function g is in _Gsyscall, but its
  // P is still ours and the state is inconsistent.
  mp->locks++;
  syscallenter(gp, pc, sp, bp);
  if (__atomic_load_n(&sched.sysmonwait, __ATOMIC_ACQUIRE) != 0) systemstack([] { entersyscall_sysmon(); });
  p* pp = mp->p;
  traceGoSysCall(gp, pp);
  mp->syscalltick = pp->syscalltick;
  atomicStoreRel(&pp->m, nullptr);
  mp->oldp = pp;
  mp->p = nullptr;
  // Release: a retaker that wins the CAS sees the fields above.
  __atomic_store_n(&pp->status, _Psyscall, __ATOMIC_RELEASE);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) systemstack([] { entersyscall_gcwait(); });
  mp->locks--;
}

// exitsyscallfast_pidle takes an idle P for an M coming out of a system
// call whose own P was taken.
bool exitsyscallfast_pidle() {
  lock(&sched.lock);
  p* pp = pidleget();
  if (pp != nullptr) wakesysmon();
  unlock(&sched.lock);
  if (pp == nullptr) return false;
  acquirep(pp);
  return true;
}

// exitsyscallfast tries to get a P without going through the scheduler:
// the old one if it is still waiting in _Psyscall, else an idle one.
bool exitsyscallfast(p* oldp) {
  // Freezing the world for a crash: stay out of the way.
  if (atomicLoadRelaxed(&sched.stopwait) == freezeStopWait) return false;
  if (oldp != nullptr) {
    uint32_t s = _Psyscall;
    if (atomicLoadRelaxed(&oldp->status) == _Psyscall &&
        __atomic_compare_exchange_n(&oldp->status, &s, _Pidle, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      acquirep(oldp);
      return true;
    }
  }
  if (__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) != 0) {
    bool ok = false;
    systemstack([&ok] { ok = exitsyscallfast_pidle(); });
    return ok;
  }
  return false;
}

}  // namespace

// entersyscall: the caller is about to make a system call that may block.
// Called from Go (syscall.Syscall), so the caller's frame is the one above.
[[gnu::noinline]] void entersyscall() {
  auto* fp = static_cast<uintptr_t*>(__builtin_frame_address(0));
  // fp[0]: the caller's rbp; fp[1]: our return address; the caller's sp
  // at the call was just above it.
  reentersyscall(fp[1], reinterpret_cast<uintptr_t>(fp + 2), fp[0]);
}

// entersyscallblock: like entersyscall, for a call known to block: hand
// the P off at once instead of leaving it for sysmon.
[[gnu::noinline]] void entersyscallblock() {
  g* gp = getg();
  m* mp = gp->m;
  auto* fp = static_cast<uintptr_t*>(__builtin_frame_address(0));
  mp->locks++;
  p* pp = mp->p;
  pp->syscalltick++;
  mp->syscalltick = pp->syscalltick;
  syscallenter(gp, fp[1], reinterpret_cast<uintptr_t>(fp + 2), fp[0]);
  traceGoSysCall(gp, pp);
  systemstack([] { handoffp(releasep()); });
  mp->locks--;
}

// exitsyscall: the goroutine has returned from its system call and needs a
// P to run Go code again.
[[gnu::noinline]] void exitsyscall() {
  g* gp = getg();
  m* mp = gp->m;
  mp->locks++;
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) + 16 > gp->syscallsp)
    throw_("exitsyscall: syscall frame is no longer valid");
  p* oldp = mp->oldp;
  mp->oldp = nullptr;
  if (exitsyscallfast(oldp)) {
    // There's a P for us, so we can run.
    mp->p->syscalltick++;
    casgstatus(gp, _Gsyscall, _Grunning);
    traceGoSysExit(gp, mp->p);
    gp->syscallsp = 0;
    gp->throwsplit = false;
    mp->locks--;
    // A preemption request made while we were in the kernel stays pending.
    uintptr_t guard = atomicLoadRelaxed(&gp->preempt) ? stackPreempt : gp->stack.lo + _StackGuard;
    atomicStoreRelaxed(&gp->stackguard0, guard);
    setstackguard(guard);
    return;
  }
  mp->locks--;
  // Call the scheduler: it runs us again once it has a P for us.
  mcall(exitsyscall0);
  // execute() gave us a fresh guard.
  gp = getg();
  gp->syscallsp = 0;
  gp->throwsplit = false;
  gp->m->p->syscalltick++;
}

// exitsyscall0 runs on g0 when exitsyscall found no P: queue the goroutine
// and stop this M (or run it at once on a P that became idle meanwhile).
void exitsyscall0(g* gp) {
  m* mp = getg()->m;
  traceGoSysExit(gp, nullptr);
  casgstatus(gp, _Gsyscall, _Grunnable);
  dropg();
  lock(&sched.lock);
  p* pp = pidleget();
  if (pp == nullptr) {
    globrunqput(gp);
  } else {
    wakesysmon();
  }
  unlock(&sched.lock);
  if (pp != nullptr) {
    acquirep(pp);
    execute(gp, false);  // never returns
  }
  if (mp->lockedg != nullptr) {
    // Wait until another M schedules gp (startlockedm), handing us a P.
    stoplockedm();
    execute(gp, false);  // never returns
  }
  stopm();
  schedule();  // never returns
}

// rawSyscall6 is the `syscall` instruction (syscall.rawSyscall6): the
// kernel's rax and rdx. A leaf: it never touches the scheduler.
U64Pair syscall_rawSyscall6(uint64_t trap, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5,
                            uint64_t a6) {
  uint64_t r1, r2;
  register uint64_t r10 __asm__("r10") = a4;
  register uint64_t r8 __asm__("r8") = a5;
  register uint64_t r9 __asm__("r9") = a6;
  __asm__ volatile("syscall"
                   : "=a"(r1), "=d"(r2)
                   : "a"(trap), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return {r1, r2};
}

}  // namespace gosub::rt
