// proc_test.cpp — the scheduler's data structures (run queues, free Gs,
// goid batches) in-process, and the scheduler itself in death-test children.
#include <gtest/gtest.h>

#include <pthread.h>

#include <atomic>
#include <set>
#include <vector>

#include "sanitizer.h"
#include "runtime.h"

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

// Test Gs come from the runtime's heap, as malg's do (they are never freed;
// LeakSanitizer does not track mallocgc's mmapped arenas).
g* newtestg() {
  g* gp = new (mallocgc(sizeof(g))) g();
  gp->atomicstatus = _Grunnable;
  return gp;
}

TEST(Runq, PutGetFifoAndRunnext) {
  p pp;
  std::vector<g*> gs;
  for (int i = 0; i < 10; i++) gs.push_back(newtestg());
  for (int i = 0; i < 9; i++) runqput(&pp, gs[i], false);
  runqput(&pp, gs[9], true);
  bool inherit = false;
  EXPECT_EQ(runqget(&pp, &inherit), gs[9]);
  EXPECT_TRUE(inherit);
  for (int i = 0; i < 9; i++) {
    EXPECT_EQ(runqget(&pp, &inherit), gs[i]);
    EXPECT_FALSE(inherit);
  }
  EXPECT_EQ(runqget(&pp, &inherit), nullptr);
  EXPECT_TRUE(runqempty(&pp));
}

TEST(Runq, RunnextKicksOldToTail) {
  p pp;
  g* a = newtestg();
  g* b = newtestg();
  runqput(&pp, a, true);
  runqput(&pp, b, true);
  EXPECT_EQ(runqget(&pp, nullptr), b);
  EXPECT_EQ(runqget(&pp, nullptr), a);
}

TEST(Runq, OverflowGoesToGlobalQueue) {
  schedinit();
  p pp;
  int before = sched.runqsize;
  for (uint32_t i = 0; i < _RunqSize + 1; i++) runqput(&pp, newtestg(), false);
  // A full queue moves half of it plus the new G to the global queue.
  EXPECT_EQ(sched.runqsize - before, static_cast<int>(_RunqSize / 2 + 1));
  lock(&sched.lock);
  while (sched.runqsize > before) {
    sched.runq.pop();
    sched.runqsize--;
  }
  unlock(&sched.lock);
}

TEST(Runq, StealHalfAndRunnextOnLastTry) {
  p victim, thief;
  victim.status = _Pidle;  // not running: no back-off before taking runnext
  for (int i = 0; i < 10; i++) runqput(&victim, newtestg(), false);
  g* first = runqsteal(&thief, &victim, false);
  ASSERT_NE(first, nullptr);
  // 5 stolen: one returned, four on the thief's queue.
  EXPECT_EQ(thief.runqtail - thief.runqhead, 4u);
  EXPECT_EQ(victim.runqtail - victim.runqhead, 5u);
  p v2, t2;
  g* next = newtestg();
  runqput(&v2, next, true);
  EXPECT_EQ(runqsteal(&t2, &v2, false), nullptr);
  EXPECT_EQ(runqsteal(&t2, &v2, true), next);
}

// Several thieves steal while the owner keeps putting and getting: every G
// must come out exactly once.
TEST(Runq, ConcurrentStealing) {
  constexpr int kThieves = 3;
  constexpr int kGs = 200000;
  static p owner;
  static p thieves[kThieves];
  static std::atomic<int> seen[kGs];
  static std::atomic<bool> done;
  static std::vector<g*> gs;
  gs.clear();
  for (int i = 0; i < kGs; i++) {
    g* gp = newtestg();
    gp->goid = i;
    gs.push_back(gp);
    seen[i] = 0;
  }
  done = false;
  auto take = [](g* gp) { seen[gp->goid].fetch_add(1); };
  pthread_t th[kThieves];
  for (int t = 0; t < kThieves; t++) {
    pthread_create(
        &th[t], nullptr,
        [](void* arg) -> void* {
          p* me = &thieves[reinterpret_cast<intptr_t>(arg)];
          for (;;) {
            bool d = done.load();
            if (g* gp = runqsteal(me, &owner, true)) {
              seen[gp->goid].fetch_add(1);
              while (g* x = runqget(me, nullptr)) seen[x->goid].fetch_add(1);
            } else if (d) {
              return nullptr;
            }
          }
        },
        reinterpret_cast<void*>(static_cast<intptr_t>(t)));
  }
  owner.status = _Pidle;
  for (int i = 0; i < kGs; i++) {
    // Keep the queue from overflowing to the global queue.
    while (owner.runqtail - __atomic_load_n(&owner.runqhead, __ATOMIC_ACQUIRE) >= _RunqSize - 1) {
      if (g* x = runqget(&owner, nullptr)) take(x);
    }
    runqput(&owner, gs[i], (i % 7) == 0);
    if (i % 3 == 0) {
      if (g* x = runqget(&owner, nullptr)) take(x);
    }
  }
  while (g* x = runqget(&owner, nullptr)) take(x);
  done = true;
  for (auto& t : th) pthread_join(t, nullptr);
  int missing = 0, dup = 0;
  for (int i = 0; i < kGs; i++) {
    if (seen[i] == 0) missing++;
    if (seen[i] > 1) dup++;
  }
  EXPECT_EQ(missing, 0);
  EXPECT_EQ(dup, 0);
}

g* deadg() {
  g* gp = malg(startingStackSize);
  gp->atomicstatus = _Gdead;
  return gp;
}

TEST(Gfree, BatchesToGlobalAndBack) {
  schedinit();
  p p1, p2;
  int32_t global0 = sched.gFree.n;
  for (int i = 0; i < 64; i++) gfput(&p1, deadg());
  // At 64 local entries, Gs move to the global list until under 32.
  EXPECT_EQ(p1.gFree.n, 31);
  EXPECT_EQ(sched.gFree.n - global0, 33);
  g* gp = gfget(&p2);  // refills up to 32 from the global list
  ASSERT_NE(gp, nullptr);
  EXPECT_EQ(p2.gFree.n, 31);
  EXPECT_EQ(sched.gFree.n - global0, 1);
  ASSERT_NE(gp->stackbase, nullptr);
  EXPECT_EQ(gp->stack.lo + _StackGuard, gp->stackguard0);
  EXPECT_EQ(gp->stackbase->size, startingStackSize);
  gfpurge(&p1);
  gfpurge(&p2);
  EXPECT_EQ(p1.gFree.n, 0);
  EXPECT_EQ(sched.gFree.n - global0, 63);
}

TEST(Gfree, NonStandardStacksAreReplaced) {
  schedinit();
  p pp;
  g* gp = deadg();
  uintptr_t old = startingStackSize;
  startingStackSize = old * 2;  // the standard size changed: gfput frees
  gfput(&pp, gp);
  EXPECT_EQ(gp->stackbase, nullptr);
  g* again = gfget(&pp);  // and gfget allocates one of the new size
  EXPECT_EQ(again, gp);
  ASSERT_NE(gp->stackbase, nullptr);
  EXPECT_EQ(gp->stackbase->size, old * 2);
  startingStackSize = old;
}

// A goroutine that grew its stack returns the extra segments when it dies
// (stackfreeextra, as goexit0 calls it) and is on the free list with its
// base segment alone; one that never grew is not touched at all.
TEST(Gfree, GrownStacksShrinkToTheBase) {
  schedinit();
  g* gp = deadg();
  stkseg* base = gp->stackbase;
  stkseg* extra = stackalloc(startingStackSize * 4);
  extra->prev = base;
  base->next = extra;
  gp->stackseg = extra;
  gp->stack = {seglo(extra), seghi(extra)};
  gp->stacktotal += extra->size;
  gp->stackgrown = true;
  stackfreeextra(gp);
  EXPECT_FALSE(gp->stackgrown);
  EXPECT_EQ(base->next, nullptr);
  EXPECT_EQ(gp->stackseg, base);
  EXPECT_EQ(gp->stack.hi, seghi(base));
  EXPECT_EQ(gp->stacktotal, base->size);
  p pp;
  gfput(&pp, gp);
  EXPECT_EQ(gp->stackbase, base);  // the standard size: kept
  EXPECT_EQ(gfget(&pp), gp);
  EXPECT_EQ(gp->stackbase, base);
  EXPECT_EQ(gp->stack.lo, seglo(base));
}

TEST(Goid, BatchesOf16PerP) {
  schedinit();
  p* saved = m0.p;
  p a, b;
  a.status = b.status = _Prunning;
  auto fn = +[](void*) {};
  std::vector<g*> made;
  m0.p = &a;
  g* a1 = newproc1(fn, nullptr, &g0, 0);
  g* a2 = newproc1(fn, nullptr, &g0, 0);
  m0.p = &b;
  g* b1 = newproc1(fn, nullptr, &g0, 0);
  m0.p = saved;
  EXPECT_EQ(a2->goid, a1->goid + 1);
  EXPECT_EQ((a1->goid - 1) % 16, 0);  // a fresh batch starts at 16k+1
  EXPECT_EQ((b1->goid - 1) % 16, 0);
  EXPECT_GE(b1->goid, a1->goid + 16);
  for (g* gp : {a1, a2, b1}) {
    casgstatus(gp, _Grunnable, _Gdead);
    gfput(saved, gp);
  }
}

TEST(Futex, LockAndNotes) {
  static mutex mu;
  static long counter;
  counter = 0;  // --gtest_repeat runs this again
  static note n;
  constexpr int kThreads = 4, kIters = 100000;
  pthread_t th[kThreads];
  for (auto& t : th)
    pthread_create(
        &t, nullptr,
        [](void*) -> void* {
          for (int i = 0; i < kIters; i++) {
            lock(&mu);
            counter++;
            unlock(&mu);
          }
          return nullptr;
        },
        nullptr);
  for (auto& t : th) pthread_join(t, nullptr);
  EXPECT_EQ(counter, kThreads * kIters);
  noteclear(&n);
  EXPECT_FALSE(notetsleep(&n, 1000000));  // 1 ms, nobody wakes it
  pthread_t w;
  pthread_create(&w, nullptr, [](void*) -> void* { notewakeup(&n); return nullptr; }, nullptr);
  notesleep(&n);
  pthread_join(w, nullptr);
  EXPECT_TRUE(notetsleep(&n, 0));
}

// ---- the scheduler, in death-test children -----------------------------------

void (*gofn)();
[[noreturn]] void rungo(void (*fn)()) {
  gofn = fn;
  startingStackSize = 64 << 10;  // test code is not split-stack
  setenv("GOMAXPROCS", "4", 1);
  schedinit();
  newproc(reinterpret_cast<void*>(+[](void*) {
            main_start();
            gofn();
          }),
          nullptr);
  mstart();
}

std::atomic<long> ran;

TEST(SchedDeathTest, ManyGoroutinesRunAndExit) {
  EXPECT_EXIT(rungo([] {
                constexpr long N = 10000;
                for (long i = 0; i < N; i++) newproc(reinterpret_cast<void*>(+[](void*) { ran++; Gosched(); }), nullptr);
                while (ran.load() < N) Gosched();
                while (NumGoroutine() > 1) Gosched();
                if (GOMAXPROCS(0) != 4) gosub::rt::exit(3);
                if (GOMAXPROCS(2) != 4 || GOMAXPROCS(0) != 2) gosub::rt::exit(4);
                gosub::rt::exit(NumGoroutine() == 1 ? 0 : 5);
              }),
              ExitedWithCode(0), "");
}

TEST(SchedDeathTest, Deadlock) {
  EXPECT_EXIT(rungo([] {
                newproc(reinterpret_cast<void*>(+[](void*) { gopark(nullptr, nullptr, waitReasonChanSend); }), nullptr);
                gopark(nullptr, nullptr, waitReasonChanReceive);
              }),
              ExitedWithCode(2),
              deathre("^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n(.|\n)*"
              "goroutine 2 \\[chan send\\]:\n"));
}

TEST(SchedDeathTest, GoreadyWakesParked) {
  static g* parked;
  EXPECT_EXIT(rungo([] {
                newproc(reinterpret_cast<void*>(+[](void*) {
                          __atomic_store_n(&parked, getg(), __ATOMIC_RELEASE);
                          gopark(nullptr, nullptr, waitReasonSleep);
                          gosub::rt::exit(0);  // woken by goroutine 1
                        }),
                        nullptr);
                while (__atomic_load_n(&parked, __ATOMIC_ACQUIRE) == nullptr || readgstatus(parked) != _Gwaiting)
                  Gosched();
                goready(parked);
                gopark(nullptr, nullptr, waitReasonSelectNoCases);
              }),
              ExitedWithCode(0), "");
}

}  // namespace
