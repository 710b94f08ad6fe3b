// time_test.cpp — runtime timers (time.cpp): the per-P timer heap in-process,
// and time.Sleep under the scheduler in death-test children.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "runtime.h"
#include "sanitizer.h"
#include "rungo.h"

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

// A timer func records the when it fired for (a periodic timer's when has
// already moved on when f runs: seq holds the original).
std::vector<int64_t> fired;
void recordWhenCode(void*, uintptr_t seq, funcval*) { fired.push_back(static_cast<int64_t>(seq)); }
funcval recordWhen{reinterpret_cast<void*>(&recordWhenCode)};

timer* mktimer(int64_t when) {
  timer* t = new (mallocgc(sizeof(timer))) timer();  // the runtime's heap, as package time's
  t->when = when;
  t->f = &recordWhen;
  t->seq = static_cast<uintptr_t>(when);
  return t;
}

TEST(TimerHeap, RunsInOrderOfWhen) {
  p pp;
  fired.clear();
  std::vector<int64_t> whens;
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 1000; i++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    whens.push_back(1 + static_cast<int64_t>(x % 5000));  // duplicates too
  }
  for (int64_t w : whens) doaddtimer(&pp, mktimer(w));
  EXPECT_EQ(pp.ntimers, 1000);
  int64_t min = *std::min_element(whens.begin(), whens.end());
  EXPECT_EQ(pp.timer0When, min);
  // Nothing is due before the first when.
  EXPECT_EQ(checkTimers(&pp, min - 1), min);
  EXPECT_TRUE(fired.empty());
  // Up to 2500: exactly the timers due, in order; the earliest left is next.
  std::sort(whens.begin(), whens.end());
  auto due = std::upper_bound(whens.begin(), whens.end(), 2500) - whens.begin();
  EXPECT_EQ(checkTimers(&pp, 2500), whens[due]);
  ASSERT_EQ(static_cast<long>(fired.size()), static_cast<long>(due));
  EXPECT_EQ(pp.timer0When, whens[due]);
  // The rest.
  EXPECT_EQ(checkTimers(&pp, 1 << 20), 0);
  EXPECT_EQ(fired, whens);
  EXPECT_EQ(pp.ntimers, 0);
  EXPECT_EQ(pp.timer0When, 0);
}

TEST(TimerHeap, MoveTimersKeepsThemAll) {
  p src, dst;
  fired.clear();
  for (int i = 10; i > 0; i--) doaddtimer(&src, mktimer(i * 2));
  for (int i = 10; i > 0; i--) doaddtimer(&dst, mktimer(i * 2 + 1));
  moveTimers(&dst, &src);
  EXPECT_EQ(src.ntimers, 0);
  EXPECT_EQ(src.timer0When, 0);
  EXPECT_EQ(dst.ntimers, 20);
  EXPECT_EQ(checkTimers(&dst, 100), 0);
  ASSERT_EQ(fired.size(), 20u);
  for (int i = 0; i < 20; i++) EXPECT_EQ(fired[i], i + 2);
}

TEST(TimerHeap, DeltimerTakesAnyTimerOut) {
  p pp;
  fired.clear();
  std::vector<timer*> ts;
  for (int i = 0; i < 500; i++) {
    ts.push_back(mktimer(1 + (i * 7919) % 1000));  // a permutation of 1..1000 (7919 is prime)
    doaddtimer(&pp, ts.back());
  }
  // Stop every third one, from everywhere in the heap: each was pending
  // once, and is no longer.
  std::vector<int64_t> left;
  for (int i = 0; i < 500; i++) {
    if (i % 3 == 0) {
      EXPECT_TRUE(deltimer(ts[i]));
      EXPECT_EQ(ts[i]->pp, nullptr);
      EXPECT_FALSE(deltimer(ts[i]));
    } else {
      left.push_back(ts[i]->when);
    }
  }
  std::sort(left.begin(), left.end());
  EXPECT_EQ(pp.ntimers, static_cast<int32_t>(left.size()));
  EXPECT_EQ(pp.timer0When, left.front());
  for (int32_t i = 0; i < pp.ntimers; i++) EXPECT_EQ(pp.timers[i]->idx, i);
  EXPECT_EQ(checkTimers(&pp, 2000), 0);
  EXPECT_EQ(fired, left);
}

TEST(TimerHeap, PeriodicTimerSkipsMissedPeriods) {
  p pp;
  fired.clear();
  timer* t = mktimer(5);
  t->period = 10;
  doaddtimer(&pp, t);
  EXPECT_EQ(checkTimers(&pp, 5), 15);  // fired once, due again at 15
  EXPECT_EQ(checkTimers(&pp, 47), 55);  // 15, 25, 35 and 45 are due: one call, the next at 55
  EXPECT_EQ(fired.size(), 2u);
  EXPECT_EQ(t->pp, &pp);  // still in the heap
  EXPECT_TRUE(deltimer(t));
  EXPECT_EQ(checkTimers(&pp, 1000), 0);
  EXPECT_EQ(fired.size(), 2u);
}

// ---- time.Sleep under the scheduler (children) ----------------------------

using gosub::rt::testgo::rungo;

constexpr int64_t kMs = 1000 * 1000;

void sleep20() {
  // Zero and negative durations return at once.
  int64_t t0 = nanotime();
  timeSleep(0);
  timeSleep(-1);
  timeSleep(INT64_MIN);
  CHECK(nanotime() - t0 < 5 * kMs, 3);
  t0 = nanotime();
  timeSleep(20 * kMs);
  int64_t slept = nanotime() - t0;
  CHECK(slept >= 20 * kMs, 4);
  CHECK(slept < 500 * kMs, 5);
  // The only goroutine asleep is no deadlock; sleep again, reusing g.timer.
  timeSleep(kMs);
  CHECK(nanotime() - t0 >= 21 * kMs, 6);
}

TEST(TimeSleep, WakesAfterDurationProcs1) { EXPECT_EXIT(rungo(sleep20, "1"), ExitedWithCode(0), ""); }
TEST(TimeSleep, WakesAfterDurationProcs2) { EXPECT_EXIT(rungo(sleep20, "2"), ExitedWithCode(0), ""); }

// Many sleepers, started in a scrambled order: each wakes no earlier than
// its deadline, and (25 ms apart) they wake in the order of their deadlines.
// (Timers that expire in the same batch are readied in heap order, the last
// one into runnext, so it runs first, as in Go: the gap must exceed the
// scheduler's latency including the OS descheduling a thread on a loaded
// machine — 8 ms was not enough under CI load — hence also kSanitizerSlowdown.)
constexpr int kSleepers = 12;
int order[kSleepers];
int nwoke;    // slots of order taken
int nstored;  // slots of order written: the reader waits for all (release/acquire)
int64_t start;

void sleepers() {
  start = nanotime();
  for (int k = 0; k < kSleepers; k++) {
    intptr_t i = (k * 5) % kSleepers;  // 5 is coprime with 12: a permutation
    newproc(reinterpret_cast<void*>(+[](void* arg) {
              intptr_t i = reinterpret_cast<intptr_t>(arg);
              int64_t d = (i + 1) * 25 * kMs * kSanitizerSlowdown;
              timeSleep(d);
              CHECK(nanotime() - start >= d, 3);
              order[__atomic_fetch_add(&nwoke, 1, __ATOMIC_ACQ_REL)] = static_cast<int>(i);
              __atomic_add_fetch(&nstored, 1, __ATOMIC_ACQ_REL);
            }),
            reinterpret_cast<void*>(i));
  }
  // Also a crowd of short sleepers, to exercise the heaps of every P.
  for (int k = 0; k < 200; k++) {
    newproc(reinterpret_cast<void*>(+[](void* arg) {
              int64_t d = reinterpret_cast<intptr_t>(arg) % 7 * kMs;
              int64_t t0 = nanotime();
              timeSleep(d);
              CHECK(nanotime() - t0 >= d, 4);
            }),
            reinterpret_cast<void*>(static_cast<intptr_t>(k)));
  }
  while (__atomic_load_n(&nstored, __ATOMIC_ACQUIRE) < kSleepers) timeSleep(2 * kMs);
  for (int i = 0; i < kSleepers; i++) {
    if (order[i] != i) fprintf(stderr, "order[%d] = %d\n", i, order[i]);
    CHECK(order[i] == i, 5);
  }
}

TEST(TimeSleep, ManySleepersWakeInOrderProcs1) { EXPECT_EXIT(rungo(sleepers, "1"), ExitedWithCode(0), ""); }
TEST(TimeSleep, ManySleepersWakeInOrderProcs2) { EXPECT_EXIT(rungo(sleepers, "2"), ExitedWithCode(0), ""); }
TEST(TimeSleep, ManySleepersWakeInOrderProcs4) { EXPECT_EXIT(rungo(sleepers, "4"), ExitedWithCode(0), ""); }

// Stop and Reset racing with the runners on every P (package time's
// entry points, as Go code calls them): 8 goroutines re-arm and stop 32
// shared timers at random, each timer's func counts its firings. No
// operation may find a heap inconsistent (dodeltimer and doaddtimer throw),
// every stopped timer is out of every heap, and a timer fires only after
// being armed: at most once per arming, since none is periodic.
constexpr int kRaceTimers = 32;
timer raceTimers[kRaceTimers];
int64_t raceFired[kRaceTimers];
int64_t raceArmed[kRaceTimers];
int raceDone;

void countFiringCode(void* arg, uintptr_t, funcval*) {
  __atomic_add_fetch(&raceFired[reinterpret_cast<intptr_t>(arg)], 1, __ATOMIC_ACQ_REL);
}
funcval countFiring{reinterpret_cast<void*>(&countFiringCode)};

void stopResetRace() {
  for (intptr_t i = 0; i < kRaceTimers; i++) {
    raceTimers[i].f = &countFiring;
    raceTimers[i].arg = reinterpret_cast<void*>(i);
  }
  constexpr int kRacers = 8;
  for (intptr_t r = 0; r < kRacers; r++) {
    newproc(reinterpret_cast<void*>(+[](void* arg) {
              uint64_t x = 0x9e3779b97f4a7c15ull * (reinterpret_cast<uintptr_t>(arg) + 1);
              for (int k = 0; k < 3000; k++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                int i = static_cast<int>(x % kRaceTimers);
                if (x >> 40 & 1) {
                  __atomic_add_fetch(&raceArmed[i], 1, __ATOMIC_ACQ_REL);
                  time_resetTimer(&raceTimers[i], nanotime() + static_cast<int64_t>(x >> 50) * 1000);
                } else {
                  time_stopTimer(&raceTimers[i]);
                }
                if (k % 64 == 0) Gosched();
                if (k % 512 == 0) timeSleep(kMs);  // let some fire meanwhile
              }
              __atomic_add_fetch(&raceDone, 1, __ATOMIC_ACQ_REL);
            }),
            reinterpret_cast<void*>(r));
  }
  while (__atomic_load_n(&raceDone, __ATOMIC_ACQUIRE) < kRacers) timeSleep(kMs);
  for (int i = 0; i < kRaceTimers; i++) {
    time_stopTimer(&raceTimers[i]);
    CHECK(raceTimers[i].pp == nullptr, 3);
  }
  timeSleep(5 * kMs);  // a runner that had popped a timer finishes its call
  int64_t fired = 0;
  for (int i = 0; i < kRaceTimers; i++) {
    CHECK(raceFired[i] <= raceArmed[i], 4);
    fired += raceFired[i];
  }
  CHECK(fired > 0, 5);
  // Only the sleepers' timers can be left, each at its index.
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    lock(&pp->timersLock);
    for (int32_t k = 0; k < pp->ntimers; k++) {
      CHECK(pp->timers[k]->idx == k && pp->timers[k]->pp == pp, 6);
      CHECK(pp->timers[k]->f == &goroutineReady, 7);
    }
    unlock(&pp->timersLock);
  }
}

TEST(Timers, StopAndResetRaceWithRunnersProcs4) { EXPECT_EXIT(rungo(stopResetRace, "4"), ExitedWithCode(0), ""); }

}  // namespace
