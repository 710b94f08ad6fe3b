// runtime/sema.cpp — semaphores (Go's sema.go), for package sync.
//
// Semaphore implementation exposed to Go. Intended use is to provide a
// sleep and wakeup primitive that can be used in the contended case of
// other synchronization primitives (sync.Mutex, sync.WaitGroup): the
// counter lives in the user's memory (*addr), and only goroutines that must
// wait touch the runtime's tables.
//
// As in Go, waiters are kept in a fixed table of 251 semaRoots hashed by
// address, each with its own lock and an atomic count of waiters (nwait) so
// that semrelease without waiters takes no lock. Go keeps each root's
// addresses in a treap (O(log n) per operation with many addresses per
// root); gosub keeps a list of one head sudog per distinct address (linked
// by next), each head carrying its FIFO of further waiters for the same
// address (waitlink, waittail) exactly as Go's treap nodes do. ROADMAP:
// the treap, if profiles ever show long root lists.

#include "chan.h"  // acquireSudog / releaseSudog

namespace gosub::rt {

namespace {

struct semaRoot {
  mutex lock{};
  sudog* heads = nullptr;  // one sudog per address waited on [lock]
  uint32_t nwait = 0;      // number of waiters; read without lock [atomic]

  void queue(uint32_t* addr, sudog* s);
  sudog* dequeue(uint32_t* addr);
};

// Prime to not correlate with any user patterns.
constexpr int semTabSize = 251;

struct alignas(64) semTabEntry {  // one cache line each: no false sharing
  semaRoot root;
};
semTabEntry semtable[semTabSize];

semaRoot* semroot(uint32_t* addr) { return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % semTabSize].root; }

bool cansemacquire(uint32_t* addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    if (v == 0) return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return true;
  }
}

// queue adds s to the blocked goroutines in the root (FIFO per address).
void semaRoot::queue(uint32_t* addr, sudog* s) {
  s->g = getg();
  s->elem = addr;
  s->next = nullptr;
  s->prev = nullptr;
  s->waitlink = nullptr;
  s->waittail = nullptr;
  for (sudog* t = heads; t != nullptr; t = t->next) {
    if (t->elem == addr) {
      // Already have addr in list: add s to end of t's wait list.
      if (t->waittail == nullptr) {
        t->waitlink = s;
      } else {
        t->waittail->waitlink = s;
      }
      t->waittail = s;
      return;
    }
  }
  // A new address: s becomes its head.
  s->next = heads;
  heads = s;
}

// dequeue searches for and finds the first goroutine in the root blocked
// on addr, removes it and returns it (nil if none).
sudog* semaRoot::dequeue(uint32_t* addr) {
  sudog** ps = &heads;
  sudog* s = *ps;
  for (; s != nullptr; ps = &s->next, s = *ps)
    if (s->elem == addr) break;
  if (s == nullptr) return nullptr;
  if (sudog* t = s->waitlink; t != nullptr) {
    // Substitute t, also waiting on addr, for s in the list.
    *ps = t;
    t->next = s->next;
    t->waittail = t->waitlink != nullptr ? s->waittail : nullptr;
    s->waitlink = nullptr;
    s->waittail = nullptr;
  } else {
    *ps = s->next;
  }
  s->elem = nullptr;
  s->next = nullptr;
  s->prev = nullptr;
  return s;
}

bool unlockroot(g*, void* l) {
  unlock(static_cast<mutex*>(l));
  return true;
}

}  // namespace

// semacquire1 waits until *addr > 0 and then atomically decrements it.
void semacquire1(uint32_t* addr, waitReason reason) {
  // Easy case.
  if (cansemacquire(addr)) return;

  // Harder case:
  //  increment waiter count
  //  try cansemacquire one more time, return if succeeded
  //  enqueue itself as a waiter
  //  sleep
  //  (waiter descriptor is dequeued by signaler)
  sudog* s = acquireSudog();
  semaRoot* root = semroot(addr);
  for (;;) {
    lock(&root->lock);
    // Add ourselves to nwait to disable "easy case" in semrelease.
    __atomic_add_fetch(&root->nwait, 1u, __ATOMIC_SEQ_CST);
    // Check cansemacquire to avoid missed wakeup.
    if (cansemacquire(addr)) {
      __atomic_sub_fetch(&root->nwait, 1u, __ATOMIC_SEQ_CST);
      unlock(&root->lock);
      break;
    }
    // Any semrelease after the cansemacquire knows we're waiting (we set
    // nwait above), so go to sleep.
    root->queue(addr, s);
    gopark(unlockroot, &root->lock, reason);
    if (s->ticket != 0 || cansemacquire(addr)) break;
  }
  releaseSudog(s);
}

// semrelease1 increments *addr and wakes one waiter, if any.
void semrelease1(uint32_t* addr) {
  semaRoot* root = semroot(addr);
  __atomic_add_fetch(addr, 1u, __ATOMIC_SEQ_CST);

  // Easy case: no waiters? This check must happen after the add, to
  // avoid a missed wakeup (see loop in semacquire1).
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) return;

  // Harder case: search for a waiter and wake it.
  lock(&root->lock);
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) {
    // The count is already consumed by another goroutine, so no need to
    // wake up another goroutine.
    unlock(&root->lock);
    return;
  }
  sudog* s = root->dequeue(addr);
  if (s != nullptr) __atomic_sub_fetch(&root->nwait, 1u, __ATOMIC_SEQ_CST);
  unlock(&root->lock);
  if (s != nullptr) goready(s->g);  // the woken goroutine re-tries the CAS
}

// sync's bodiless runtime_Semacquire / runtime_Semrelease.
void sync_runtime_Semacquire(void* addr) { semacquire1(static_cast<uint32_t*>(addr), waitReasonSemacquire); }

void sync_runtime_Semrelease(void* addr) { semrelease1(static_cast<uint32_t*>(addr)); }

}  // namespace gosub::rt
