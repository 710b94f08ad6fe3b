// runtime/runq.cpp — queues of goroutines: the P's local run queue with
// runnext, the global run queue, and the free lists of dead Gs (Go's
// runqput/runqget/runqsteal, globrunqput/globrunqget, gfput/gfget in
// proc.go). The scheduler is their only user.

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// ---- free Gs (Go's gfput, gfget, gfpurge) ----------------------------------------

// gfmoveGlobal moves Gs from pp's free list to the global lists until fewer
// than `keep` remain, sorting them by whether they still own a stack, with
// the global lock taken once (gfput's batch and gfpurge).
void gfmoveGlobal(p* pp, int32_t keep) {
  int32_t inc = 0;
  gList stackQ, noStackQ;
  while (pp->gFree.n - inc >= keep && !pp->gFree.list.empty()) {
    g* gp = pp->gFree.list.pop();
    if (gp->stackbase == nullptr)
      noStackQ.push(gp);
    else
      stackQ.push(gp);
    inc++;
  }
  atomicStoreRelaxed(&pp->gFree.n, pp->gFree.n - inc);
  lock(&sched.gFree.lock);
  while (g* x = noStackQ.pop()) sched.gFree.noStack.push(x);
  while (g* x = stackQ.pop()) sched.gFree.stack.push(x);
  atomicStoreRelaxed(&sched.gFree.n, sched.gFree.n + inc);
  unlock(&sched.gFree.lock);
}

// gfput puts a dead G on the P's free list. A first segment of the wrong
// size is freed (startingStackSize changed). With 64 local entries, half
// go to the global lists, split by whether they keep a stack.
void gfput(p* pp, g* gp) {
  if (readgstatus(gp) != _Gdead) throw_("gfput: bad status (not Gdead)");
  if (gp->stackbase != nullptr && gp->stacktotal != startingStackSize) {
    stackfreeextra(gp);
    stackfree(gp->stackbase);
    gp->stackbase = gp->stackseg = nullptr;
    gp->stack = {0, 0};
    atomicStoreRelaxed(&gp->stackguard0, 0);
    gp->stacktotal = 0;
  }
  pp->gFree.list.push(gp);
  atomicStoreRelaxed(&pp->gFree.n, pp->gFree.n + 1);
  if (pp->gFree.n >= 64) {
    gfmoveGlobal(pp, 32);
  }
}

// gfget takes a G from the P's free list, refilling it with up to 32 from
// the global lists first (Gs with stacks preferred), and gives it a stack
// of startingStackSize if it has none (or one of another size).
g* gfget(p* pp) {
retry:
  // sched.gFree.n counts both global lists; peek at it without the lock.
  if (pp->gFree.list.empty() && atomicLoadRelaxed(&sched.gFree.n) != 0) {
    lock(&sched.gFree.lock);
    int32_t moved = 0;
    while (pp->gFree.n + moved < 32) {
      g* gp = sched.gFree.stack.pop();
      if (gp == nullptr) {
        gp = sched.gFree.noStack.pop();
        if (gp == nullptr) break;
      }
      pp->gFree.list.push(gp);
      moved++;
    }
    atomicStoreRelaxed(&sched.gFree.n, sched.gFree.n - moved);
    unlock(&sched.gFree.lock);
    atomicStoreRelaxed(&pp->gFree.n, pp->gFree.n + moved);
    goto retry;
  }
  g* gp = pp->gFree.list.pop();
  if (gp == nullptr) return nullptr;
  atomicStoreRelaxed(&pp->gFree.n, pp->gFree.n - 1);
  // A dead G has only its base segment (goexit0's stackfreeextra), so
  // stacktotal is that segment's size and its stack fields describe it.
  if (gp->stackbase != nullptr && gp->stacktotal != startingStackSize) {
    stackfree(gp->stackbase);
    gp->stackbase = gp->stackseg = nullptr;
  }
  if (gp->stackbase == nullptr) stackinit_g(gp, stackalloc(startingStackSize));
  return gp;
}

// gfpurge moves all of a P's free Gs to the global lists (procresize).
void gfpurge(p* pp) {
  gfmoveGlobal(pp, 1);
}

// ---- run queues ----------------------------------------------------------------

bool runqempty(p* pp) {
  // Defend against a race where runnext moves to runq: read tail, runnext,
  // head and tail again, as Go does.
  for (;;) {
    uint32_t head = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t tail = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
    g* runnext = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    if (tail == __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE)) return head == tail && runnext == nullptr;
  }
}

// runqputslow moves half of the local queue plus gp to the global queue.
// Only the owner P calls it. Returns false if a thief got there first.
bool runqputslow(p* pp, g* gp, uint32_t h, uint32_t t) {
  g* batch[_RunqSize / 2 + 1];
  uint32_t n = t - h;
  n = n / 2;
  if (n != _RunqSize / 2) throw_("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % _RunqSize];
  uint32_t expected = h;
  if (!__atomic_compare_exchange_n(&pp->runqhead, &expected, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
    return false;
  batch[n] = gp;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  lock(&sched.lock);
  if (sched.runq.tail != nullptr) {
    sched.runq.tail->schedlink = batch[0];
  } else {
    sched.runq.head = batch[0];
  }
  sched.runq.tail = batch[n];
  atomicStoreRelaxed(&sched.runqsize, sched.runqsize + static_cast<int32_t>(n + 1));
  unlock(&sched.lock);
  return true;
}

// runqput puts gp on the local runnable queue. next: put it in runnext (the
// old runnext is kicked to the tail). If the queue is full, half of it goes
// to the global queue. Executed only by the owner P.
void runqput(p* pp, g* gp, bool next) {
  if (next) {
    g* oldnext = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&pp->runnext, &oldnext, gp, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
    }
    if (oldnext == nullptr) return;
    gp = oldnext;  // kick the old runnext to the regular run queue
  }
  for (;;) {
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);  // synchronise with consumers
    uint32_t t = pp->runqtail;
    if (t - h < _RunqSize) {
      atomicStoreRelaxed(&pp->runq[t % _RunqSize], gp);  // thieves may read the slot (runqgrab)
      __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);  // makes the item available
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
    // the queue is not full, now the put above must succeed
  }
}

// runqget takes a G from the local queue: runnext first (inheriting the
// time slice), then the head. Executed only by the owner P.
g* runqget(p* pp, bool* inheritTime) {
  g* next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
  // If there's a runnext, it's the next G to run. Only this P clears it,
  // but thieves may CAS it away, so CAS.
  if (next != nullptr && __atomic_compare_exchange_n(&pp->runnext, &next, nullptr, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
    if (inheritTime != nullptr) *inheritTime = true;
    return next;
  }
  for (;;) {
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);  // synchronise with other consumers
    uint32_t t = pp->runqtail;
    if (t == h) return nullptr;
    g* gp = pp->runq[h % _RunqSize];
    if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
      if (inheritTime != nullptr) *inheritTime = false;
      return gp;
    }
  }
}

// runqgrab takes half of pp's queue into batch (a ring of _RunqSize starting
// at batchHead); with stealRunNextG it may also take pp's runnext, after a
// short pause if pp is running (it is probably about to run it itself).
// Returns the number taken. Any M may call it.
uint32_t runqgrab(p* pp, g** batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);  // synchronise with other consumers
    uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);  // synchronise with the producer
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNextG) {
        g* next = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
        if (next != nullptr) {
          if (atomicLoadRelaxed(&pp->status) == _Prunning) {
            // The important case is a G that ready()s another and then
            // almost immediately blocks: give its P a chance to run it
            // (3 µs is ~50x a channel handoff) rather than thrash it away.
            usleep(3);
          }
          if (!__atomic_compare_exchange_n(&pp->runnext, &next, nullptr, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
            continue;
          atomicStoreRelaxed(&batch[batchHead % _RunqSize], next);
          return 1;
        }
      }
      return 0;
    }
    if (n > _RunqSize / 2) continue;  // read inconsistent h and t
    // The slot reads race with the owner refilling them after a wrap;
    // the CAS on runqhead below validates them (Go's runqgrab). batch is
    // the thief's own ring, beyond its tail, which its thieves may read.
    for (uint32_t i = 0; i < n; i++)
      atomicStoreRelaxed(&batch[(batchHead + i) % _RunqSize], atomicLoadRelaxed(&pp->runq[(h + i) % _RunqSize]));
    if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) return n;
  }
}

// runqsteal steals half of p2's queue into pp's and returns one of the
// stolen Gs (or nil). Executed by pp's owner.
g* runqsteal(p* pp, p* p2, bool stealRunNextG) {
  uint32_t t = pp->runqtail;
  uint32_t n = runqgrab(p2, pp->runq, t, stealRunNextG);
  if (n == 0) return nullptr;
  traceSteal(p2, n);
  n--;
  g* gp = pp->runq[(t + n) % _RunqSize];
  if (n == 0) return gp;
  uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);  // synchronise with consumers
  if (t - h + n >= _RunqSize) throw_("runqsteal: runq overflow");
  __atomic_store_n(&pp->runqtail, t + n, __ATOMIC_RELEASE);  // makes the items available
  return gp;
}

// globrunqput puts gp at the tail of the global queue. sched.lock held.
void globrunqput(g* gp) {
  sched.runq.pushBack(gp);
  atomicStoreRelaxed(&sched.runqsize, sched.runqsize + 1);
}

// globrunqputhead: at the head (procresize, so destroyed Ps' Gs run first).
void globrunqputhead(g* gp) {
  sched.runq.push(gp);
  atomicStoreRelaxed(&sched.runqsize, sched.runqsize + 1);
}

// globrunqget takes a batch from the global queue: a fair share
// (runqsize/gomaxprocs + 1), at most max (if > 0) and half a local queue;
// returns one and puts the rest on pp's local queue. sched.lock held.
g* globrunqget(p* pp, int32_t max) {
  if (sched.runqsize == 0) return nullptr;
  int32_t n = sched.runqsize / gomaxprocs + 1;
  if (n > sched.runqsize) n = sched.runqsize;
  if (max > 0 && n > max) n = max;
  if (n > static_cast<int32_t>(_RunqSize / 2)) n = _RunqSize / 2;
  atomicStoreRelaxed(&sched.runqsize, sched.runqsize - n);
  g* gp = sched.runq.pop();
  n--;
  for (; n > 0; n--) runqput(pp, sched.runq.pop(), false);
  return gp;
}

}  // namespace gosub::rt
