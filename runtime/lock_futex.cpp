// runtime/lock_futex.cpp — runtime locks and notes on Linux futexes
// (Go's lock_futex.go).
//
// A mutex key is 0 (unlocked), 1 (locked) or 2 (locked, and someone may be
// sleeping on the futex). lock first tries the fast exchange, then spins a
// little (the holder is probably running on another CPU and about to
// release), then yields once, then sleeps on the futex after announcing
// itself by storing 2; unlock wakes one sleeper only if the key was 2.
//
// std::mutex is not used: these locks are taken on g0 and inside the
// scheduler, where blocking must be the M's own decision, and they never
// cover a goroutine switch.
//
// A note is a one-shot event for one sleeping M: key 0 = not yet, 1 = woken.

#include "runtime.h"

namespace gosub::rt {

namespace {
constexpr uint32_t mutex_unlocked = 0;
constexpr uint32_t mutex_locked = 1;
constexpr uint32_t mutex_sleeping = 2;
constexpr int active_spin = 4;
constexpr uint32_t active_spin_cnt = 30;
constexpr int passive_spin = 1;
}  // namespace

void lock(mutex* l) {
  // Speculative grab for the lock.
  uint32_t v = __atomic_exchange_n(&l->key, mutex_locked, __ATOMIC_ACQUIRE);
  if (v == mutex_unlocked) return;
  // wait is mutex_locked or mutex_sleeping: if we ever slept, we must leave
  // the key at mutex_sleeping on acquiring, as there may be other sleepers.
  uint32_t wait = v;
  // On uniprocessors there is no point spinning.
  int spin = ncpu > 1 ? active_spin : 0;
  for (;;) {
    for (int i = 0; i < spin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked) {
        uint32_t expected = mutex_unlocked;
        if (__atomic_compare_exchange_n(&l->key, &expected, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
      }
      procyield(active_spin_cnt);
    }
    for (int i = 0; i < passive_spin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == mutex_unlocked) {
        uint32_t expected = mutex_unlocked;
        if (__atomic_compare_exchange_n(&l->key, &expected, wait, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
      }
      osyield();
    }
    // Sleep.
    v = __atomic_exchange_n(&l->key, mutex_sleeping, __ATOMIC_ACQUIRE);
    if (v == mutex_unlocked) return;
    wait = mutex_sleeping;
    futexsleep(&l->key, mutex_sleeping, -1);
  }
}

void unlock(mutex* l) {
  uint32_t v = __atomic_exchange_n(&l->key, mutex_unlocked, __ATOMIC_RELEASE);
  if (v == mutex_unlocked) throw_("unlock of unlocked lock");
  if (v == mutex_sleeping) futexwakeup(&l->key, 1);
}

void noteclear(note* n) { __atomic_store_n(&n->key, 0u, __ATOMIC_RELAXED); }

void notewakeup(note* n) {
  uint32_t old = __atomic_exchange_n(&n->key, 1u, __ATOMIC_RELEASE);
  if (old != 0) {
    printcstr("notewakeup - double wakeup\n");
    throw_("notewakeup - double wakeup");
  }
  futexwakeup(&n->key, 1);
}

void notesleep(note* n) {
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) futexsleep(&n->key, 0, -1);
}

bool notetsleep(note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  if (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) != 0) return true;
  int64_t deadline = nanotime() + ns;
  for (;;) {
    futexsleep(&n->key, 0, ns);
    if (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) != 0) return true;
    int64_t now = nanotime();
    if (now >= deadline) return false;
    ns = deadline - now;
  }
}

bool notetsleepg(note* n, int64_t ns) {
  entersyscallblock();
  bool woken = notetsleep(n, ns);
  exitsyscall();
  return woken;
}

}  // namespace gosub::rt
