// runtime/stoptheworld.cpp — stopping every P and starting them again
// (Go's stopTheWorldWithSema/startTheWorldWithSema in proc.go): the one
// path for GOMAXPROCS, crash reports and, later, the collector.

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// ---- stop the world ----------------------------------------------------------------

// worldsema serialises stop-the-world users; a goroutine that finds it
// taken parks (Go's worldsema is a semaphore for the same reason: a
// goroutine blocked on it must not keep its P from stopping).
namespace {

mutex worldlock;
bool worldbusy;
gQueue worldwaiters;

bool unlockworld(g*, void* l) {
  unlock(static_cast<mutex*>(l));
  return true;
}

void worldsemacquire() {
  lock(&worldlock);
  if (!worldbusy) {
    worldbusy = true;
    unlock(&worldlock);
    return;
  }
  worldwaiters.pushBack(getg());
  gopark(unlockworld, &worldlock, waitReasonSemacquire);
  // The releaser handed the semaphore to us.
}

void worldsemrelease() {
  lock(&worldlock);
  g* next = worldwaiters.pop();
  if (next == nullptr) worldbusy = false;
  unlock(&worldlock);
  if (next != nullptr) goready(next);
}

}  // namespace

bool preemptone(p* pp) {
  // Acquire: mp's g0 and tcb were set before it first took a P, and gp's
  // fields before execute published it. curg may be stale by the time we
  // poison it: G structs are never freed, and a spurious request is
  // ignored (newstack).
  m* mp = atomicLoadAcq(&pp->m);
  if (mp == nullptr || mp == getg()->m) return false;
  g* gp = atomicLoadAcq(&mp->curg);
  if (gp == nullptr || gp == mp->g0) return false;
  __atomic_store_n(&gp->preempt, true, __ATOMIC_RELAXED);
  tracePreemptRequest(gp);
  // Every call made by this G will fail the stack check and enter
  // __morestack; loops without calls check the poison on their back edge.
  __atomic_store_n(&gp->stackguard0, stackPreempt, __ATOMIC_RELAXED);
  // The prologue reads the M's TCB slot, not g: poison it too. (If the M
  // switched goroutines meanwhile, the next one sees a spurious request and
  // ignores it; if it lost this one, sysmon asks again.)
  if (mp->tcb != 0 && __atomic_load_n(&mp->curg, __ATOMIC_RELAXED) == gp)
    __atomic_store_n(reinterpret_cast<uintptr_t*>(mp->tcb + TCB_STACKGUARD), stackPreempt, __ATOMIC_RELAXED);
  return true;
}

// preemptall asks every goroutine running on another P to stop; returns
// whether there was one (Go's preemptall).
bool preemptall() {
  bool any = false;
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    if (atomicLoadRelaxed(&pp->status) != _Prunning) continue;
    if (preemptone(pp)) any = true;
  }
  return any;
}

void stopTheWorldWithSema() {
  g* gp = getg();
  lock(&sched.lock);
  atomicStoreRelaxed(&sched.stopwait, gomaxprocs);
  __atomic_store_n(&sched.gcwaiting, 1u, __ATOMIC_RELEASE);
  preemptall();
  // stop current P
  atomicStoreRelaxed(&gp->m->p->status, _Pgcstop);
  __atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED);
  // Stop the Ps in system calls as they stand: their Ms find them gone
  // on the way out (exitsyscall) and wait for the world to start again.
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    uint32_t s = _Psyscall;
    if (atomicLoadRelaxed(&pp->status) == _Psyscall &&
        __atomic_compare_exchange_n(&pp->status, &s, _Pgcstop, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      pp->syscalltick++;
      traceProcRetake(pp, true);
      __atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED);
    }
  }
  // stop idle P's
  while (p* pp = pidleget()) {
    atomicStoreRelaxed(&pp->status, _Pgcstop);
    __atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED);
  }
  bool wait = atomicLoadRelaxed(&sched.stopwait) > 0;
  unlock(&sched.lock);
  // wait for remaining P's to stop voluntarily
  if (wait) {
    for (;;) {
      // wait for 100us, then try to re-preempt in case of any races
      if (notetsleep(&sched.stopnote, 100 * 1000)) {
        noteclear(&sched.stopnote);
        break;
      }
      preemptall();
    }
  }
  if (atomicLoadRelaxed(&sched.stopwait) != 0) throw_("stopTheWorld: not stopped");
  for (int32_t i = 0; i < gomaxprocs; i++)
    if (allp[i]->status != _Pgcstop) throw_("stopTheWorld: not stopped");
}

void startTheWorldWithSema() {
  m* mp = getg()->m;
  mp->locks++;
  lock(&sched.lock);
  int32_t procs = gomaxprocs;
  if (newprocs != 0) {
    procs = newprocs;
    newprocs = 0;
  }
  p* p1 = procresize(procs);
  __atomic_store_n(&sched.gcwaiting, 0u, __ATOMIC_RELEASE);
  wakesysmon();
  unlock(&sched.lock);
  while (p1 != nullptr) {
    p* pp = p1;
    p1 = p1->link;
    if (m* mp2 = pp->m; mp2 != nullptr) {
      atomicStoreRel(&pp->m, nullptr);
      if (mp2->nextp != nullptr) throw_("startTheWorld: inconsistent mp->nextp");
      mp2->nextp = pp;
      notewakeup(&mp2->park);
    } else {
      // Start M to run P. Do not start another M below.
      newm(nullptr, pp, -1);
    }
  }
  // Wakeup an additional proc in case we have excessive runnable goroutines
  // in local queues or in the global queue.
  wakep();
  mp->locks--;
}

// stopTheWorld stops all Ps from running goroutines: every other P ends up
// _Pgcstop; the caller keeps running on its own M. The single path for
// GOMAXPROCS, goroutine dumps and (later) the collector.
void stopTheWorld(const char* reason) {
  worldsemacquire();
  traceSTWStart(reason);
  systemstack([] { stopTheWorldWithSema(); });
}

void startTheWorld() {
  systemstack([] { startTheWorldWithSema(); });
  traceSTWDone();
  worldsemrelease();
}

// freezetheworld stops the other Ps as well as it can, without waiting for
// them (they may never stop: one may be crashing too), before a crash
// report: their goroutines get preemption requests, their schedulers see
// gcwaiting and park in gcstopm instead of starting goroutines (stopwait is
// so large that it never reaches 0), so little else runs or prints while
// the report is printed. Requests can be lost in races with Ms that are
// switching goroutines, so it asks several times, as Go's does. Takes no
// lock: the crashing M may hold any of them.
void freezetheworld() {
  constexpr int32_t freezeStopWait = 0x7fffffff;
  for (int i = 0; i < 5; i++) {
    __atomic_store_n(&sched.stopwait, freezeStopWait, __ATOMIC_RELAXED);
    __atomic_store_n(&sched.gcwaiting, 1u, __ATOMIC_RELEASE);
    if (!preemptall()) break;  // no goroutine runs on another P
    usleep(1000);
  }
  // To be sure.
  usleep(1000);
  preemptall();
  usleep(1000);
}

}  // namespace gosub::rt
