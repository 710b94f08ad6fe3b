// runtime/schedule.cpp — the scheduler loop (from Go's proc.go): schedule,
// which an M runs whenever its goroutine stops; findRunnable, where it looks
// for the next goroutine (run queues, the global queue, stealing, timers)
// or gives up its P and sleeps; and execute, which switches to the
// goroutine found.
//
// A file of its own because it is the one decision every goroutine switch
// goes through: parking and exiting (proc.cpp) end in schedule, and the Ms
// and Ps it starts and stops are in ps_and_ms.cpp. Function names are Go's,
// so that this file reads beside proc.go.

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// execute runs gp on the current M (g0). inheritTime: gp takes over the
// current time slice (runnext) rather than starting a new schedtick.
void execute(g* gp, bool inheritTime) {
  m* mp = getg()->m;
  atomicStoreRel(&mp->curg, gp);  // publishes gp (malg's fields) to preemptone
  gp->m = mp;
  casgstatus(gp, _Grunnable, _Grunning);
  gp->waitsince = 0;
  atomicStoreRelaxed(&gp->preempt, false);
  atomicStoreRelaxed(&gp->stackguard0, gp->stack.lo + _StackGuard);
  if (!inheritTime) atomicStoreRelaxed(&mp->p->schedtick, mp->p->schedtick + 1);
  traceGoStart(gp);
  gogo(&gp->sched);
}

// stealWork tries to steal a runnable goroutine from another P, visiting
// them in a random order 4 times; the last round may take runnext.
g* stealWork(p* pp, bool* inheritTime) {
  constexpr int stealTries = 4;
  for (int i = 0; i < stealTries; i++) {
    bool stealTimersOrRunNextG = i == stealTries - 1;
    uint32_t n = static_cast<uint32_t>(gomaxprocs);
    uint32_t r = fastrand();
    uint32_t pos = r % n;
    uint32_t inc = stealcoprimes[(r / n) % nstealcoprimes];
    for (uint32_t k = 0; k < n; k++, pos = (pos + inc) % n) {
      if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) return nullptr;  // GC work may be available
      p* p2 = allp[pos];
      if (pp == p2) continue;
      // (Go runs p2's expired timers here when stealTimersOrRunNextG;
      // gosub's findRunnable checks every P's timers after stealing.)
      // Idle Ps are not skipped: a P on the idle list has an empty queue
      // (a cheap look), but a _Pidle P in transit to another M (handoffp,
      // startlockedm) may hold work, and a spinning M that could not take
      // it would spin until that M woke up.
      if (g* gp = runqsteal(pp, p2, stealTimersOrRunNextG)) {
        *inheritTime = false;
        return gp;
      }
    }
  }
  return nullptr;
}

// findRunnable finds a runnable goroutine to execute: local runq (and the
// global one every 61st tick, for fairness), global runq, stealing; if
// there is none the M gives up its P and sleeps until startm wakes it.
g* findRunnable(bool* inheritTime) {
  m* mp = getg()->m;
top:
  p* pp = mp->p;
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    gcstopm();
    goto top;
  }

  // Run this P's expired timers (Go's checkTimers(pp, 0)), which may make
  // goroutines runnable.
  checkTimers(pp, 0);

  // Check the global runnable queue once in a while to ensure fairness.
  // Otherwise two goroutines can completely occupy the local runqueue by
  // constantly respawning each other.
  if (pp->schedtick % 61 == 0 && atomicLoadRelaxed(&sched.runqsize) > 0) {
    lock(&sched.lock);
    g* gp = globrunqget(pp, 1);
    unlock(&sched.lock);
    if (gp != nullptr) return gp;
  }

  // local runq
  if (g* gp = runqget(pp, inheritTime)) return gp;

  // global runq
  if (atomicLoadRelaxed(&sched.runqsize) != 0) {
    lock(&sched.lock);
    g* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp != nullptr) {
      *inheritTime = false;
      return gp;
    }
  }

  // (netpoll goes here: roadmap.)

  // Spinning Ms: steal work from other Ps. Limit the number of spinning Ms
  // to half the number of busy Ps: this prevents excessive CPU consumption
  // when GOMAXPROCS>>1 but the program parallelism is low.
  int32_t procs = gomaxprocs;
  if (mp->spinning || 2 * static_cast<int32_t>(__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE)) <
                          procs - static_cast<int32_t>(__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE))) {
    if (!mp->spinning) {
      mp->spinning = true;
      traceMSpin(true);
      __atomic_add_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL);
    }
    if (g* gp = stealWork(pp, inheritTime)) return gp;
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) goto top;
  }

  // Run every other P's expired timers too (Go does it while stealing):
  // an idle P's timers have nobody else to run them. A goroutine they wake
  // lands on this P's queue.
  {
    int64_t now = nanotime();
    bool ran = false;
    for (int32_t i = 0; i < gomaxprocs; i++) {
      p* p2 = allp[i];
      int64_t w = __atomic_load_n(&p2->timer0When, __ATOMIC_ACQUIRE);
      if (w != 0 && w <= now) {
        checkTimers(p2, now);
        ran = true;
      }
    }
    if (ran) {
      if (g* gp = runqget(pp, inheritTime)) return gp;
    }
  }

  // We have nothing to do. Give up the P, under the lock so that the
  // global queue and stop-the-world are seen consistently.
  lock(&sched.lock);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    unlock(&sched.lock);
    goto top;
  }
  if (sched.runqsize != 0) {
    g* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    *inheritTime = false;
    return gp;
  }
  if (releasep() != pp) throw_("findrunnable: wrong p");
  pidleput(pp);
  unlock(&sched.lock);

  // Delicate dance: a goroutine may have been readied between the checks
  // above and the moment this M stopped spinning, and its wakep saw
  // nmspinning > 0 and did nothing. So: first drop the spinning count,
  // then look at every queue once more.
  if (mp->spinning) {
    mp->spinning = false;
    traceMSpin(false);
    if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
      throw_("findrunnable: negative nmspinning");
    // Without a P, a stop-the-world may resize allp meanwhile (Go takes
    // snapshots); acquire: the allp entries below gomaxprocs are set.
    int32_t nprocs = atomicLoadAcq(&gomaxprocs);
    for (int32_t i = 0; i < nprocs; i++) {
      p* p2 = allp[i];
      if (!runqempty(p2)) {
        lock(&sched.lock);
        pp = pidleget();
        unlock(&sched.lock);
        if (pp != nullptr) {
          acquirep(pp);
          mp->spinning = true;
          traceMSpin(true);
          __atomic_add_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL);
          goto top;
        }
        break;
      }
    }
  }
  // If a timer is pending on any P, this M must not sleep forever: where
  // Go blocks in netpoll(pollUntil - now), it sleeps on its park note until
  // the earliest timer (stopmTimed) and then looks again.
  if (int64_t pollUntil = timeSleepUntil(); pollUntil != 0) {
    int64_t delay = pollUntil - nanotime();
    if (delay > 0) {
      stopmTimed(delay);
      goto top;
    }
    // Already due: take a P back to run it, if one is idle.
    lock(&sched.lock);
    pp = pidleget();
    unlock(&sched.lock);
    if (pp != nullptr) {
      acquirep(pp);
      goto top;
    }
  }
  stopm();
  goto top;
}

void schedule() {
  m* mp = getg()->m;
  if (mp->locks != 0) throw_("schedule: holding locks");
  if (mp->lockedg != nullptr) {
    // This M runs only its locked goroutine: wait until it is runnable.
    stoplockedm();
    execute(mp->lockedg, false);  // never returns
  }
  for (;;) {
    bool inheritTime = false;
    g* gp = findRunnable(&inheritTime);  // blocks until work is available
    // This thread is going to run a goroutine and is not spinning anymore,
    // so if it was marked as spinning we need to reset it now and potentially
    // start a new spinning M.
    if (mp->spinning) resetspinning();
    if (gp->lockedm != nullptr) {
      // Hand our P to the M gp is locked to, then wait for a new P.
      startlockedm(gp);
      continue;
    }
    execute(gp, inheritTime);
  }
}

}  // namespace gosub::rt
