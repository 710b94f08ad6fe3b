// time.cpp — runtime timers and time.Sleep (Go's runtime/time.go, reduced).
//
// Each P has a 4-ary min-heap of timers ordered by when (monotonic
// nanoseconds, nanotime), under p.timersLock, with p.timer0When mirroring
// the first entry for lock-free peeks. Timers are added to the current P's
// heap; the scheduler runs the expired ones in findRunnable (checkTimers on
// its own P, then on every other P before it gives up), and an M with
// nothing to run sleeps on its park note until the earliest timer of any P
// instead of forever (proc.cpp: findRunnable, stopmTimed). Only time.Sleep uses
// timers today; a timer always fires once and leaves the heap, so there is
// no deltimer/modtimer and no timer status machine yet (docs/runtime.md,
// "Timers").
#include "runtime.h"

namespace gosub::rt {

namespace {

constexpr int32_t kHeapArity = 4;  // Go's timer heap is 4-ary too

// siftupTimer moves t[i] up to its place (Go's siftupTimer).
void siftupTimer(timer** t, int32_t i) {
  timer* tmp = t[i];
  int64_t when = tmp->when;
  while (i > 0) {
    int32_t parent = (i - 1) / kHeapArity;
    if (when >= t[parent]->when) break;
    t[i] = t[parent];
    i = parent;
  }
  t[i] = tmp;
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
    i = best;
  }
  t[i] = tmp;
}

void updateTimer0When(p* pp) {
  __atomic_store_n(&pp->timer0When, pp->ntimers > 0 ? pp->timers[0]->when : 0, __ATOMIC_RELEASE);
}

// dodeltimer0 removes the first timer of pp's heap; timersLock held.
void dodeltimer0(p* pp) {
  timer* t = pp->timers[0];
  t->pp = nullptr;
  int32_t last = --pp->ntimers;
  if (last > 0) {
    pp->timers[0] = pp->timers[last];
    siftdownTimer(pp->timers, last, 0);
  }
  pp->timers[last] = nullptr;
  updateTimer0When(pp);
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
  t->pp = pp;
  int32_t i = pp->ntimers++;
  pp->timers[i] = t;
  siftupTimer(pp->timers, i);
  updateTimer0When(pp);
}

void addtimer(timer* t) {
  if (t->when < 0) t->when = INT64_MAX;  // overflowed: never (Go's maxWhen)
  m* mp = getg()->m;
  mp->locks++;  // keep the P
  p* pp = mp->p;
  if (pp == nullptr) throw_("addtimer: no p");
  lock(&pp->timersLock);
  doaddtimer(pp, t);
  bool first = pp->timers[0] == t;
  unlock(&pp->timersLock);
  // Go's wakeNetPoller: an M sleeping until an older, later deadline must
  // look again. A spinning M started by wakep recomputes the earliest timer
  // before it sleeps; if no P is idle, the Ps' own schedulers will.
  if (first) wakep();
  mp->locks--;
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
    // runtimer: take it out, then run f without the lock (f may take
    // other locks, e.g. goready's run queue and wakep's sched.lock).
    dodeltimer0(pp);
    void (*f)(void*, uintptr_t) = t->f;
    void* arg = t->arg;
    uintptr_t seq = t->seq;
    unlock(&pp->timersLock);
    f(arg, seq);
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
    dodeltimer0(src);
    doaddtimer(dst, t);
  }
  unlock(&dst->timersLock);
  unlock(&src->timersLock);
}

int64_t timeSleepUntil() {
  int64_t next = 0;
  for (int32_t i = 0; i < gomaxprocs; i++) {
    int64_t w = __atomic_load_n(&allp[i]->timer0When, __ATOMIC_ACQUIRE);
    if (w != 0 && (next == 0 || w < next)) next = w;
  }
  return next;
}

void goroutineReady(void* arg, uintptr_t) { goready(static_cast<g*>(arg)); }

namespace {

// resetForSleep is time.Sleep's gopark unlock function: it adds the timer
// only now that the goroutine is _Gwaiting, so the timer's goready cannot
// run before the park is complete (Go's resetForSleep).
bool resetForSleep(g* gp, void*) {
  addtimer(gp->timer);
  return true;
}

}  // namespace

// timeSleep puts the current goroutine to sleep for at least ns
// nanoseconds (time.Sleep; Go's timeSleep). Runs on the goroutine's stack
// in the reserve: keep it small; gopark does the rest on g0.
void timeSleep(int64_t ns) {
  if (ns <= 0) return;
  g* gp = getg();
  timer* t = gp->timer;
  if (t == nullptr) {
    t = static_cast<timer*>(mallocgc(sizeof(timer)));
    t->f = goroutineReady;
    t->arg = gp;
    gp->timer = t;
  }
  t->when = nanotime() + ns;  // may overflow: addtimer clamps
  gopark(resetForSleep, nullptr, waitReasonSleep);
}

}  // namespace gosub::rt
