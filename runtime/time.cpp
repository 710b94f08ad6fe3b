// time.cpp — runtime timers: time.Sleep and package time's Timer and Ticker
// (Go's runtime/time.go).
//
// Each P has a 4-ary min-heap of timers ordered by when (monotonic
// nanoseconds, nanotime), under p.timersLock, with p.timer0When mirroring
// the first entry for lock-free peeks. A timer is added to the heap of the
// P that starts or resets it. The scheduler runs the expired ones in
// findRunnable (checkTimers on its own P, then on every other P before it
// gives up), and an M with nothing to run sleeps on its park note until the
// earliest timer of any P instead of forever (findRunnable in schedule.cpp,
// stopmTimed in ps_and_ms.cpp).
//
// Stopping and resetting take a timer out of its heap at once (each timer
// knows its index), under the timer's own lock and then its P's timersLock.
// Go 1.14–1.22 instead leave deleted timers in the heap with a status word
// changed by CAS, cleaned up later by the owning P, to avoid locking another
// P's heap; gosub's eager removal needs no status machine, at the price of
// sometimes taking another P's timersLock (docs/runtime.md, "Timers").
#include <new>

#include "runtime.h"

namespace gosub::rt {

namespace {

constexpr int32_t kHeapArity = 4;  // Go's timer heap is 4-ary too
constexpr int64_t maxWhen = INT64_MAX;

// siftupTimer moves t[i] up to its place (Go's siftupTimer), keeping every
// moved timer's idx.
void siftupTimer(timer** t, int32_t i) {
  timer* tmp = t[i];
  int64_t when = tmp->when;
  while (i > 0) {
    int32_t parent = (i - 1) / kHeapArity;
    if (when >= t[parent]->when) break;
    t[i] = t[parent];
    t[i]->idx = i;
    i = parent;
  }
  t[i] = tmp;
  tmp->idx = i;
}

// siftdownTimer moves t[i] down to its place (Go's siftdownTimer).
void siftdownTimer(timer** t, int32_t n, int32_t i) {
  timer* tmp = t[i];
  int64_t when = tmp->when;
  for (;;) {
    int32_t c = i * kHeapArity + 1;
    if (c >= n) break;
    int32_t best = c;
    int32_t end = c + kHeapArity < n ? c + kHeapArity : n;
    for (int32_t k = c + 1; k < end; k++)
      if (t[k]->when < t[best]->when) best = k;
    if (t[best]->when >= when) break;
    t[i] = t[best];
    t[i]->idx = i;
    i = best;
  }
  t[i] = tmp;
  tmp->idx = i;
}

void updateTimer0When(p* pp) {
  __atomic_store_n(&pp->timer0When, pp->ntimers > 0 ? pp->timers[0]->when : 0, __ATOMIC_RELEASE);
}

// dodeltimer removes pp.timers[i]; timersLock held (Go's dodeltimer).
void dodeltimer(p* pp, int32_t i) {
  timer* t = pp->timers[i];
  if (t->idx != i || t->pp != pp) throw_("dodeltimer: inconsistent timer");
  __atomic_store_n(&t->pp, nullptr, __ATOMIC_RELEASE);
  int32_t last = --pp->ntimers;
  if (i != last) {
    // The last timer fills the hole and moves up or down (only one of the
    // two sifts does anything).
    pp->timers[i] = pp->timers[last];
    pp->timers[last] = nullptr;
    siftupTimer(pp->timers, i);
    siftdownTimer(pp->timers, last, i);
  } else {
    pp->timers[last] = nullptr;
  }
  updateTimer0When(pp);
}

// takeOutOfHeap removes t from whichever heap holds it and reports whether
// t was pending; t.mu held, so only the runner (popping a one-shot timer)
// and moveTimers can change t.pp meanwhile: look again until it holds
// still.
//
// A Go program can copy a running Timer (`cp := *t`): the copy claims the
// original's P and index without being in the heap. It must not remove
// whatever timer sits at that index, so the slot is checked; the copy then
// counts as pending once and is in no heap from then on, which is also
// what Go 1.19 reports for it (its first Stop returns true, the original
// still fires).
bool takeOutOfHeap(timer* t) {
  for (;;) {
    p* pp = __atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
    if (pp == nullptr) return false;
    lock(&pp->timersLock);
    if (t->pp == pp) {
      if (t->idx >= 0 && t->idx < pp->ntimers && pp->timers[t->idx] == t) {
        dodeltimer(pp, t->idx);
      } else {
        __atomic_store_n(&t->pp, nullptr, __ATOMIC_RELEASE);  // a copy
      }
      unlock(&pp->timersLock);
      return true;
    }
    unlock(&pp->timersLock);
  }
}

// addToCurrentP puts t, in no heap, into the current P's heap and wakes an
// idle M if t became that heap's first timer, so that an M sleeping until a
// later deadline looks again (Go's wakeNetPoller). On the system stack.
void addToCurrentP(timer* t) {
  if (t->when < 0) t->when = maxWhen;  // overflowed: never
  p* pp = getg()->m->p;
  if (pp == nullptr) throw_("addtimer: no p");
  lock(&pp->timersLock);
  doaddtimer(pp, t);
  bool first = pp->timers[0] == t;
  unlock(&pp->timersLock);
  // A spinning M started by wakep recomputes the earliest timer before it
  // sleeps; if no P is idle, the Ps' own schedulers will see it.
  if (first) wakep();
}

// runTimerFunc calls a timer's func value on the system stack. It may be Go
// code (time.sendTime), whose split-stack prologue compares rsp with the
// TCB guard slot, which still holds the guard of the goroutine this M ran
// last (mcall and systemstack leave the slot alone): clear it for the call,
// so that the prologue never asks to grow g0, which cannot grow.
void runTimerFunc(funcval* f, void* arg, uintptr_t seq) {
  uintptr_t guard = getstackguard();
  setstackguard(0);
  reinterpret_cast<void (*)(void*, uintptr_t, funcval*)>(f->fn)(arg, seq, f);
  setstackguard(guard);
}

}  // namespace

void doaddtimer(p* pp, timer* t) {
  if (t->pp != nullptr) throw_("doaddtimer: P already set in timer");
  if (pp->ntimers == pp->timerscap) {
    int32_t ncap = pp->timerscap == 0 ? 16 : 2 * pp->timerscap;
    auto** nt = static_cast<timer**>(mallocgc(static_cast<int64_t>(ncap) * sizeof(timer*)));
    for (int32_t i = 0; i < pp->ntimers; i++) nt[i] = pp->timers[i];
    pp->timers = nt;  // the old array is garbage (nothing is freed yet)
    pp->timerscap = ncap;
  }
  __atomic_store_n(&t->pp, pp, __ATOMIC_RELEASE);
  int32_t i = pp->ntimers++;
  pp->timers[i] = t;
  siftupTimer(pp->timers, i);
  updateTimer0When(pp);
}

void addtimer(timer* t) {
  lock(&t->mu);
  if (t->pp != nullptr) throw_("addtimer called with initialized timer");
  addToCurrentP(t);
  unlock(&t->mu);
}

bool deltimer(timer* t) {
  lock(&t->mu);
  bool pending = takeOutOfHeap(t);
  unlock(&t->mu);
  return pending;
}

bool modtimer(timer* t, int64_t when, int64_t period) {
  lock(&t->mu);
  bool pending = takeOutOfHeap(t);
  t->when = when;
  // period < 0: keep t's own (resetTimer), read under t.mu, since a
  // concurrent modtimer may be changing it.
  if (period >= 0) t->period = period;
  addToCurrentP(t);
  unlock(&t->mu);
  return pending;
}

int64_t checkTimers(p* pp, int64_t now) {
  int64_t next = __atomic_load_n(&pp->timer0When, __ATOMIC_ACQUIRE);
  if (next == 0) return 0;
  if (now == 0) now = nanotime();
  if (now < next) return next;
  lock(&pp->timersLock);
  while (pp->ntimers > 0) {
    timer* t = pp->timers[0];
    if (t->when > now) break;
    // runtimer: a periodic timer moves on by whole periods (skipping the
    // ones already missed) and stays; a one-shot timer leaves the heap.
    if (t->period > 0) {
      int64_t delta = now - t->when;
      int64_t when = t->when + t->period * (1 + delta / t->period);
      t->when = when < 0 ? maxWhen : when;
      siftdownTimer(pp->timers, pp->ntimers, 0);
      updateTimer0When(pp);
    } else {
      dodeltimer(pp, 0);
    }
    // Call f without the lock: f may take other locks (a channel's, the
    // run queue's, sched.lock in wakep). Once unlocked, t may be reset or
    // stopped: f and its arguments are read now.
    funcval* f = t->f;
    void* arg = t->arg;
    uintptr_t seq = t->seq;
    unlock(&pp->timersLock);
    runTimerFunc(f, arg, seq);
    lock(&pp->timersLock);
  }
  next = pp->ntimers > 0 ? pp->timers[0]->when : 0;
  unlock(&pp->timersLock);
  return next;
}

void moveTimers(p* dst, p* src) {
  lock(&src->timersLock);
  lock(&dst->timersLock);
  while (src->ntimers > 0) {
    timer* t = src->timers[0];
    dodeltimer(src, 0);
    doaddtimer(dst, t);
  }
  unlock(&dst->timersLock);
  unlock(&src->timersLock);
}

int64_t timeSleepUntil() {
  int64_t next = 0;
  // Called without a P (findRunnable): see runtime2.h on gomaxprocs.
  int32_t nprocs = atomicLoadAcq(&gomaxprocs);
  for (int32_t i = 0; i < nprocs; i++) {
    int64_t w = __atomic_load_n(&allp[i]->timer0When, __ATOMIC_ACQUIRE);
    if (w != 0 && (next == 0 || w < next)) next = w;
  }
  return next;
}

namespace {

void goroutineReadyCode(void* arg, uintptr_t, funcval*) { goready(static_cast<g*>(arg)); }

// resetForSleep is time.Sleep's gopark unlock function: it adds the timer
// only now that the goroutine is _Gwaiting, so the timer's goready cannot
// run before the park is complete (Go's resetForSleep).
bool resetForSleep(g* gp, void*) {
  addtimer(gp->timer);
  return true;
}

}  // namespace

funcval goroutineReady{reinterpret_cast<void*>(&goroutineReadyCode)};

// timeSleep puts the current goroutine to sleep for at least ns
// nanoseconds (time.Sleep; Go's timeSleep). Runs on the goroutine's stack
// in the reserve: keep it small; gopark does the rest on g0.
void timeSleep(int64_t ns) {
  if (ns <= 0) return;
  g* gp = getg();
  timer* t = gp->timer;
  if (t == nullptr) {
    t = new (mallocgc(sizeof(timer))) timer();
    t->f = &goroutineReady;
    t->arg = gp;
    gp->timer = t;
  }
  t->when = nanotime() + ns;  // may overflow: addtimer clamps
  gopark(resetForSleep, nullptr, waitReasonSleep);
}

// ---- package time's timers (stdlib/time/sleep.go) -------------------------
// Called on goroutine stacks; the work runs on g0 (wakep may start a
// thread). A Timer's fields were set by package time before startTimer, so
// it is in no heap yet.

void time_startTimer(void* t) {
  systemstack([t] { addtimer(static_cast<timer*>(t)); });
}

bool time_stopTimer(void* t) {
  bool pending;
  systemstack([t, &pending] { pending = deltimer(static_cast<timer*>(t)); });
  return pending;
}

bool time_resetTimer(void* t, int64_t when) {
  bool pending;
  systemstack([t, when, &pending] {
    pending = modtimer(static_cast<timer*>(t), when, -1);
  });
  return pending;
}

void time_modTimer(void* t, int64_t when, int64_t period) {
  systemstack([t, when, period] { modtimer(static_cast<timer*>(t), when, period); });
}

int64_t time_runtimeNano() { return nanotime(); }

int64_t time_walltime() { return walltime(); }

}  // namespace gosub::rt
