// runtime/ps_and_ms.cpp — Ps and Ms (from Go's proc.go): creating and
// resizing the Ps (procresize), wiring a P to an M (acquirep, releasep), the
// idle P and M lists, and starting, stopping and waking Ms (newm, startm,
// stopm, handoffp, wakep) with the spinning-M policy described at the top
// of proc.cpp.
//
// A file of its own because it is the scheduler's thread management: the
// scheduler loop (schedule.cpp) and goroutines' life cycle (proc.cpp) call
// into it through proc.h, and the rest of the runtime (stoptheworld.cpp,
// syscall.cpp, lockosthread.cpp, time.cpp) does too. Function names are
// Go's, so that this file reads beside proc.go.

#include <new>

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

void pinit(p* pp, int32_t id) {
  pp->id = id;
  atomicStoreRelaxed(&pp->status, _Pgcstop);
  pp->goidcache = pp->goidcacheend = 0;
  if (pp->mcache == nullptr) pp->mcache = allocmcache();
}

// pdestroy releases a P that GOMAXPROCS no longer uses (world stopped).
void pdestroy(p* pp) {
  // Move all runnable goroutines to the global queue, in order.
  while (pp->runqhead != pp->runqtail) {
    pp->runqtail--;
    globrunqputhead(pp->runq[pp->runqtail % _RunqSize]);
  }
  if (pp->runnext != nullptr) {
    globrunqputhead(pp->runnext);
    pp->runnext = nullptr;
  }
  gfpurge(pp);
  // Move pp's timers to the current P (Go's moveTimers); procresize has
  // already made sure this M holds a surviving P.
  if (pp->ntimers > 0) moveTimers(getg()->m->p, pp);
  mcacheRelease(pp->mcache);  // its spans' free objects go back to the mcentrals
  atomicStoreRelaxed(&pp->status, _Pdead);
}

uint32_t gcd(uint32_t a, uint32_t b) {
  while (b != 0) {
    uint32_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// procresize changes the number of Ps to nprocs, with sched.lock held and
// the world stopped (or at start-up). Returns the Ps with local work, each
// with an M to run it (p.m) or none (start one). Go's procresize.
p* procresize(int32_t nprocs) {
  int32_t old = gomaxprocs;
  if (old < 0 || nprocs <= 0 || nprocs > _MaxGomaxprocs) throw_("procresize: invalid arg");
  lock(&allpLock);
  for (int32_t i = 0; i < nprocs; i++) {
    if (allp[i] == nullptr) {
      void* mem = mallocgc(sizeof(p));
      allp[i] = new (mem) p();
      pinit(allp[i], i);
    } else if (allp[i]->status == _Pdead) {
      pinit(allp[i], i);
    }
  }
  m* mp = getg()->m;
  if (mp->p != nullptr && mp->p->id < nprocs) {
    // continue to use the current P
    atomicStoreRelaxed(&mp->p->status, _Prunning);
  } else {
    // release the current P and acquire allp[0]
    if (mp->p != nullptr) atomicStoreRel(&mp->p->m, nullptr);
    mp->p = nullptr;
    p* pp = allp[0];
    atomicStoreRel(&pp->m, nullptr);
    atomicStoreRelaxed(&pp->status, _Pidle);
    acquirep(pp);
  }
  for (int32_t i = nprocs; i < old; i++) pdestroy(allp[i]);
  __atomic_store_n(&gomaxprocs, nprocs, __ATOMIC_RELEASE);
  traceProcResize(nprocs);
  nstealcoprimes = 0;
  for (uint32_t i = 1; i <= static_cast<uint32_t>(nprocs); i++)
    if (gcd(i, static_cast<uint32_t>(nprocs)) == 1) stealcoprimes[nstealcoprimes++] = i;
  unlock(&allpLock);

  p* runnablePs = nullptr;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    p* pp = allp[i];
    if (mp->p == pp) continue;
    atomicStoreRelaxed(&pp->status, _Pidle);
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      atomicStoreRel(&pp->m, mget());
      pp->link = runnablePs;
      runnablePs = pp;
    }
  }
  return runnablePs;
}

// acquirep associates pp with the current M (Go's acquirep/wirep).
void acquirep(p* pp) {
  m* mp = getg()->m;
  if (mp->p != nullptr) throw_("wirep: already in go");
  if (pp->m != nullptr || pp->status != _Pidle) {
    printcstr("wirep: p->m and p->status inconsistent\n");
    throw_("wirep: invalid p state");
  }
  mp->p = pp;
  atomicStoreRel(&pp->m, mp);  // publishes mp (its g0, tcb) to preemptone
  atomicStoreRelaxed(&pp->status, _Prunning);
  traceProcAcquire(pp);
}

// releasep disassociates the current M from its P.
p* releasep() {
  m* mp = getg()->m;
  p* pp = mp->p;
  if (pp == nullptr) throw_("releasep: invalid arg");
  if (pp->m != mp || pp->status != _Prunning) throw_("releasep: invalid p state");
  traceProcRelease(pp);
  mp->p = nullptr;
  atomicStoreRel(&pp->m, nullptr);
  atomicStoreRelaxed(&pp->status, _Pidle);
  return pp;
}

// pidleput puts pp on the idle list. sched.lock held.
void pidleput(p* pp) {
  if (!runqempty(pp)) throw_("pidleput: P has non-empty run queue");
  pp->link = sched.pidle;
  sched.pidle = pp;
  __atomic_add_fetch(&sched.npidle, 1u, __ATOMIC_ACQ_REL);
}

// pidleget takes a P from the idle list. sched.lock held.
p* pidleget() {
  p* pp = sched.pidle;
  if (pp != nullptr) {
    sched.pidle = pp->link;
    __atomic_sub_fetch(&sched.npidle, 1u, __ATOMIC_ACQ_REL);
  }
  return pp;
}

// mput puts mp on the idle M list and checks for deadlock. sched.lock held.
void mput(m* mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  checkdead();
}

// mremove takes mp off the idle M list if it is still there (an M whose
// timed sleep ran out). sched.lock held.
bool mremove(m* mp) {
  for (m** link = &sched.midle; *link != nullptr; link = &(*link)->schedlink) {
    if (*link == mp) {
      *link = mp->schedlink;
      sched.nmidle--;
      return true;
    }
  }
  return false;
}

// mget takes an idle M. sched.lock held.
m* mget() {
  m* mp = sched.midle;
  if (mp != nullptr) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

int64_t mReserveID() {
  int64_t id = sched.mnext++;
  if (sched.mnext - sched.nmfreed > sched.maxmcount) {
    printcstr("runtime: program exceeds 10000-thread limit\n");
    throw_("thread exhaustion");
  }
  return id;
}

// newm creates an M that will run fn (if any), then pp (if any), then the
// scheduler. Its g0 runs on the new thread's own stack. A locked M has the
// template thread start it (lockosthread.cpp).
void newm(void (*fn)(), p* pp, int64_t id) {
  void* mem = mallocgc(sizeof(m));
  m* mp = new (mem) m();
  if (id < 0) {
    lock(&sched.lock);
    id = mReserveID();
    unlock(&sched.lock);
  }
  mcommoninit(mp, id);
  g* g0p = malg(0);
  g0p->m = mp;
  g0p->atomicstatus = _Grunning;
  mp->g0 = g0p;
  mp->mstartfn = fn;
  mp->nextp = pp;
  if (newmFromLockedM(mp)) return;
  newm1(mp);
}

// newm1 starts mp's thread. execLock keeps exec (syscall.Exec) from
// running while a thread is being created (exec_linux.cpp).
void newm1(m* mp) {
  lock(&execLock);
  newosproc(mp);
  unlock(&execLock);
}

// mcount: Ms in existence (threads), as Go's mcount.
int32_t mcount() { return static_cast<int32_t>(sched.mnext - sched.nmfreed); }

// mspinning is a new spinning M's start function (wakep counted it).
void mspinning() {
  getg()->m->spinning = true;
  traceMSpin(true);
}

// stopm parks the current M until startm hands it a P.
void stopm() { stopmTimed(-1); }

// stopmTimed is stopm with a timeout of ns, for an M with nothing to run
// while a timer is pending (where Go blocks in netpoll(delay)): idle on
// sched.midle, where startm can hand it a P as usual; if the time runs out
// first, it leaves the list and takes an idle P itself to run the timers
// (if no P is idle, the Ps' own schedulers will run them: it stops).
// A negative ns waits without a timeout (stopm).
void stopmTimed(int64_t ns) {
  m* mp = getg()->m;
  if (mp->locks != 0) throw_("stopm holding locks");
  if (mp->p != nullptr) throw_("stopm holding p");
  if (mp->spinning) throw_("stopm spinning");
  lock(&sched.lock);
  mput(mp);
  unlock(&sched.lock);
  traceMPark();
  mp->blocked = true;
  if (ns < 0) {
    notesleep(&mp->park);
  } else if (!notetsleep(&mp->park, ns)) {
    lock(&sched.lock);
    if (mremove(mp)) {
      p* pp = pidleget();
      unlock(&sched.lock);
      mp->blocked = false;
      traceMUnpark(false);
      if (pp != nullptr) {
        acquirep(pp);
      } else {
        stopm();
      }
      return;
    }
    unlock(&sched.lock);
    // startm took this M off the list just now: wait for its wake-up.
    notesleep(&mp->park);
  }
  noteclear(&mp->park);
  mp->blocked = false;
  traceMUnpark(mp->spinning);
  acquirep(mp->nextp);
  mp->nextp = nullptr;
}

// startm schedules some M to run pp (an idle P if nil; if there is none,
// do nothing). spinning: the caller counted the M in nmspinning.
void startm(p* pp, bool spinning) {
  lock(&sched.lock);
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      unlock(&sched.lock);
      if (spinning) {
        // The caller incremented nmspinning, but there are no idle Ps.
        if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
          throw_("startm: negative nmspinning");
      }
      return;
    }
  }
  m* nmp = mget();
  if (nmp == nullptr) {
    int64_t id = mReserveID();
    unlock(&sched.lock);
    newm(spinning ? mspinning : nullptr, pp, id);
    return;
  }
  unlock(&sched.lock);
  if (nmp->spinning) throw_("startm: m is spinning");
  if (nmp->nextp != nullptr) throw_("startm: m has p");
  if (spinning && !runqempty(pp)) throw_("startm: p has runnable gs");
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

void resetspinning() {
  m* mp = getg()->m;
  if (!mp->spinning) throw_("resetspinning: not a spinning m");
  mp->spinning = false;
  traceMSpin(false);
  if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
    throw_("findrunnable: negative nmspinning");
  // M wakeup policy is deliberately somewhat conservative: wake another
  // spinning M only now that this one found work and stopped spinning.
  wakep();
}

// gcstopm stops the current M for stop-the-world, handing its P over.
void gcstopm() {
  m* mp = getg()->m;
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) == 0) throw_("gcstopm: not waiting for gc");
  if (mp->spinning) {
    mp->spinning = false;
    traceMSpin(false);
    if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
      throw_("gcstopm: negative nmspinning");
  }
  p* pp = releasep();
  lock(&sched.lock);
  atomicStoreRelaxed(&pp->status, _Pgcstop);
  if (__atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED) == 0) notewakeup(&sched.stopnote);
  unlock(&sched.lock);
  stopm();
}

// handoffp hands off pp from an M that blocks (a system call, a locked M):
// start an M if there is work, else put pp on the idle list.
void handoffp(p* pp) {
  traceProcHandoff(pp);
  if (!runqempty(pp) || atomicLoadRelaxed(&sched.runqsize) != 0) {
    startm(pp, false);
    return;
  }
  // No local work: start a spinning M if nobody is spinning or idle.
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE) + __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) == 0) {
    uint32_t expected = 0;
    if (__atomic_compare_exchange_n(&sched.nmspinning, &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      startm(pp, true);
      return;
    }
  }
  lock(&sched.lock);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    atomicStoreRelaxed(&pp->status, _Pgcstop);
    if (__atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED) == 0) notewakeup(&sched.stopnote);
    unlock(&sched.lock);
    return;
  }
  if (sched.runqsize != 0) {
    unlock(&sched.lock);
    startm(pp, false);
    return;
  }
  pidleput(pp);
  unlock(&sched.lock);
}

// wakep tries to add one more spinning M to run Gs (newproc, ready).
void wakep() {
  if (__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) == 0) return;
  // Be conservative about spinning threads: only one at a time.
  uint32_t expected = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE) != 0 ||
      !__atomic_compare_exchange_n(&sched.nmspinning, &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
    return;
  startm(nullptr, true);
}

}  // namespace gosub::rt
