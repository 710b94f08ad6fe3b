// runtime/lockosthread.cpp — goroutines wired to threads (Go's
// LockOSThread machinery in proc.go), and Ms that end with them.
//
// A locked goroutine g and its M point at each other (g.lockedm, m.lockedg)
// for as long as either count is non-zero: m.lockedExt counts the program's
// LockOSThread calls, m.lockedInt the runtime's own lockOSThread (runtime.main
// holds one during package initialisation, so init runs on the main
// thread). While the lock holds:
//   - g runs only on its M: a scheduler that picks g off a run queue hands
//     its own P to g's M and stops (startlockedm);
//   - the M runs only g: when g blocks, the M gives its P away and sleeps
//     (stoplockedm) until a startlockedm hands it a P together with g.
//     Such an M is counted in sched.nmidlelocked, not as running, so the
//     deadlock detector still sees a program whose goroutines all sleep.
// A goroutine that exits while locked takes its thread with it (mexit): the
// thread may be in a state the program changed (namespaces, credentials),
// so it is not returned to the pool. The main thread cannot exit; it is
// wedged instead, as Go does.
//
// New Ms are normally started by whichever M needs one, and inherit its
// thread's state. A locked M must not pass on what its goroutine did to
// the thread, so it asks the template thread instead (newmHandoff), a
// system M started by the first LockOSThread, which does nothing else.

#include <pthread.h>

#include "proc.h"
#include "runtime.h"
#include "trace.h"
#include "signal_unix.h"

namespace gosub::rt {

namespace {

// newmHandoff: Ms waiting for the template thread to start them. [lock]
struct {
  mutex lock;
  m* newm;               // linked by schedlink
  bool waiting;          // the template thread sleeps on wake
  note wake;
  uint32_t haveTemplateThread;  // [atomic]
} newmHandoff;

void dolockOSThread() {
  g* gp = getg();
  gp->m->lockedg = gp;
  gp->lockedm = gp->m;
}

void dounlockOSThread() {
  g* gp = getg();
  if (gp->m->lockedInt != 0 || gp->m->lockedExt != 0) return;
  gp->m->lockedg = nullptr;
  gp->lockedm = nullptr;
}

// templateThread starts the Ms that locked Ms asked for, from a thread in
// a known-good state. It runs on its own system M and never returns.
void templateThread() {
  lock(&sched.lock);
  sched.nmsys++;
  checkdead();
  unlock(&sched.lock);
  for (;;) {
    lock(&newmHandoff.lock);
    while (m* newm = newmHandoff.newm) {
      newmHandoff.newm = nullptr;
      unlock(&newmHandoff.lock);
      while (newm != nullptr) {
        m* next = newm->schedlink;
        newm->schedlink = nullptr;
        newm1(newm);
        newm = next;
      }
      lock(&newmHandoff.lock);
    }
    newmHandoff.waiting = true;
    noteclear(&newmHandoff.wake);
    unlock(&newmHandoff.lock);
    notesleep(&newmHandoff.wake);
  }
}

// startTemplateThread starts the template thread once.
void startTemplateThread() {
  uint32_t expected = 0;
  if (!__atomic_compare_exchange_n(&newmHandoff.haveTemplateThread, &expected, 1u, false, __ATOMIC_ACQ_REL,
                                   __ATOMIC_RELAXED))
    return;
  // Ms queued before the thread runs wait on newmHandoff.newm, which it
  // empties first. (newm allocates and locks: on the system stack.)
  systemstack([] { newm(templateThread, nullptr, -1); });
}

}  // namespace

// newmFromLockedM: called by newm on a locked M. Queue mp for the template
// thread and report true, or false when there is no template thread yet
// (the locking goroutine always starts it first, so this is start-up).
bool newmFromLockedM(m* mp) {
  m* cur = getg()->m;
  if (cur->lockedExt == 0 || __atomic_load_n(&newmHandoff.haveTemplateThread, __ATOMIC_ACQUIRE) == 0) return false;
  lock(&newmHandoff.lock);
  mp->schedlink = newmHandoff.newm;
  newmHandoff.newm = mp;
  if (newmHandoff.waiting) {
    newmHandoff.waiting = false;
    notewakeup(&newmHandoff.wake);
  }
  unlock(&newmHandoff.lock);
  return true;
}

void LockOSThread() {
  if (__atomic_load_n(&newmHandoff.haveTemplateThread, __ATOMIC_ACQUIRE) == 0) {
    // A locked M cannot start Ms itself: start the template thread now,
    // while this thread is still in a known-good state.
    startTemplateThread();
  }
  g* gp = getg();
  gp->m->lockedExt++;
  if (gp->m->lockedExt == 0) {
    gp->m->lockedExt--;
    panicPlainError("LockOSThread nesting overflow");
  }
  dolockOSThread();
  traceLockOSThread(gp);
}

void UnlockOSThread() {
  g* gp = getg();
  if (gp->m->lockedExt == 0) return;
  gp->m->lockedExt--;
  dounlockOSThread();
  traceUnlockOSThread(gp);
}

void lockOSThread() {
  getg()->m->lockedInt++;
  dolockOSThread();
}

void unlockOSThread() {
  g* gp = getg();
  if (gp->m->lockedInt == 0) throw_("runtime: internal error: misuse of lockOSThread/unlockOSThread");
  gp->m->lockedInt--;
  dounlockOSThread();
}

void incidlelocked(int32_t v) {
  lock(&sched.lock);
  sched.nmidlelocked += v;
  if (v > 0) checkdead();
  unlock(&sched.lock);
}

void startlockedm(g* gp) {
  m* mp = gp->lockedm;
  if (mp == getg()->m) throw_("startlockedm: locked to me");
  if (mp->nextp != nullptr) throw_("startlockedm: m has p");
  // Hand our P straight to the locked M, then wait for a P of our own.
  incidlelocked(-1);
  p* pp = releasep();
  mp->nextp = pp;
  notewakeup(&mp->park);
  stopm();
}

void stoplockedm() {
  m* mp = getg()->m;
  if (mp->lockedg == nullptr || mp->lockedg->lockedm != mp) throw_("stoplockedm: inconsistent locking");
  if (mp->p != nullptr) {
    // Schedule another M to run this P.
    handoffp(releasep());
  }
  incidlelocked(1);
  // Wait until another thread schedules lockedg again.
  traceMPark();
  notesleep(&mp->park);
  noteclear(&mp->park);
  traceMUnpark(false);
  if (readgstatus(mp->lockedg) != _Grunnable) {
    char buf[kFmtIntBufSize];
    printcstr("runtime: stoplockedm: lockedg (atomicstatus=");
    gwrite(buf, formatint(readgstatus(mp->lockedg), buf));
    printcstr(") is not Grunnable or Gscanrunnable\n");
    throw_("stoplockedm: not runnable");
  }
  acquirep(mp->nextp);
  mp->nextp = nullptr;
}

// mexit: the goroutine locked to this M exited; end the thread. Runs on g0
// with the M's P, which goes to another M first.
void mexit() {
  m* mp = getg()->m;
  handoffp(releasep());
  traceMExit();
  lock(&sched.lock);
  if (mp == &m0) {
    // The main thread must not exit: the process would end with it
    // (and with it /proc/self's view of the process). Wedge it.
    sched.nmfreed++;
    checkdead();
    unlock(&sched.lock);
    for (;;) notesleep(&mp->park);
  }
  // Off allm, and no longer counted.
  for (m** link = &allm; *link != nullptr; link = &(*link)->alllink) {
    if (*link == mp) {
      *link = mp->alllink;
      break;
    }
  }
  sched.nmfreed++;
  checkdead();
  unlock(&sched.lock);
  unminit();
  // Back to the thread's start function, which returns: pthreads frees the
  // thread and its stack. The M and its g0 stay allocated: preemptone and
  // tracebacks may still hold pointers to them (Go frees them later).
  __builtin_longjmp(mp->exitbuf, 1);
}

}  // namespace gosub::rt
