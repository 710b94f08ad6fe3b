// chan_test.cpp — channels and select (runtime/chan.cpp, select.cpp) driven
// from several goroutines through the real scheduler, in death-test
// children (the scheduler never returns: each child exits with a code that
// says what went wrong, 0 for success).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstring>

#include "chan.h"
#include "sanitizer.h"
#include "runtime.h"
#include "rungo.h"

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

using gosub::rt::testgo::rungo;

template <typename F>
void go(F* fn, void* arg) {
  newproc(reinterpret_cast<void*>(fn), arg);
}

hchan* mk(int64_t elemsize, int64_t size) { return static_cast<hchan*>(makechan(elemsize, size)); }

int64_t recvint(hchan* c, bool* ok = nullptr) {
  int64_t v = -12345;
  if (ok != nullptr) {
    *ok = chanrecv2(c, &v);
  } else {
    chanrecv1(c, &v);
  }
  return v;
}
void sendint(hchan* c, int64_t v) { chansend1(c, &v); }

// ---- single goroutine, no blocking (in-process, on the test's thread) ------

TEST(Chan, MakeLenCap) {
  schedinit();
  hchan* c = mk(8, 3);
  EXPECT_EQ(chancap(c), 3);
  EXPECT_EQ(chanlen(c), 0);
  sendint(c, 7);
  sendint(c, 8);
  EXPECT_EQ(chanlen(c), 2);
  EXPECT_EQ(recvint(c), 7);
  EXPECT_EQ(chanlen(c), 1);
  EXPECT_EQ(chanlen(nullptr), 0);
  EXPECT_EQ(chancap(nullptr), 0);
  EXPECT_EQ(chancap(mk(0, 0)), 0);
  // Elements of any size up to 64 KiB move whole.
  struct big {
    int64_t a[100];
  } b{}, r{};
  for (int i = 0; i < 100; i++) b.a[i] = i * 3;
  hchan* cb = mk(sizeof(big), 2);
  chansend1(cb, &b);
  chanrecv1(cb, &r);
  EXPECT_EQ(memcmp(&b, &r, sizeof b), 0);
}

TEST(Chan, BufferWrapsAround) {
  schedinit();
  hchan* c = mk(8, 5);
  int64_t next = 0, want = 0;
  for (int round = 0; round < 100; round++) {
    for (int i = 0; i < 1 + round % 5; i++) sendint(c, next++);
    while (chanlen(c) > 0) EXPECT_EQ(recvint(c), want++);
  }
  EXPECT_EQ(next, want);
}

TEST(Chan, ClosedDrainsThenZeroAndNotOk) {
  schedinit();
  hchan* c = mk(8, 4);
  sendint(c, 1);
  sendint(c, 2);
  closechan(c);
  bool ok = false;
  EXPECT_EQ(recvint(c, &ok), 1);
  EXPECT_TRUE(ok);
  EXPECT_EQ(recvint(c, &ok), 2);
  EXPECT_TRUE(ok);
  EXPECT_EQ(recvint(c, &ok), 0);  // the zero value, not the slot's garbage
  EXPECT_FALSE(ok);
  EXPECT_EQ(recvint(c), 0);
  chanrecv1(c, nullptr);  // discarding receive
  EXPECT_EQ(chanlen(c), 0);
}

// selectgo with cases laid out as codegen does.
struct sel {
  scase cases[8];
  uint16_t order[16];
  int nsends = 0, nrecvs = 0;
  void send(hchan* c, void* elem) { cases[nsends++] = {c, elem}; }  // sends first
  void recv(hchan* c, void* elem) { cases[nsends + nrecvs++] = {c, elem}; }
  int64_t run(bool block, bool* ok = nullptr) {
    bool dummy;
    return selectgo(cases, order, nsends, nrecvs, block, ok != nullptr ? ok : &dummy);
  }
};

TEST(Select, DefaultWhenNothingReady) {
  schedinit();
  hchan* a = mk(8, 1);
  hchan* b = mk(8, 0);
  int64_t va = 0, vb = 0, v = 5;
  sel s;
  s.recv(a, &va);
  s.recv(b, &vb);
  EXPECT_EQ(s.run(false), -1);
  sel t;  // unbuffered send with no receiver: not ready either
  t.send(b, &v);
  EXPECT_EQ(t.run(false), -1);
  sel u;  // buffered send with room: ready
  u.send(a, &v);
  EXPECT_EQ(u.run(false), 0);
  EXPECT_EQ(chanlen(a), 1);
  sel w;
  w.recv(b, &vb);
  w.recv(a, &va);
  bool ok = false;
  EXPECT_EQ(w.run(false, &ok), 1);
  EXPECT_TRUE(ok);
  EXPECT_EQ(va, 5);
  closechan(b);
  sel x;
  x.recv(b, &vb);
  vb = 99;
  EXPECT_EQ(x.run(false, &ok), 0);  // a closed channel is always ready
  EXPECT_FALSE(ok);
  EXPECT_EQ(vb, 0);
  EXPECT_EQ(sel().run(false), -1);  // select { default: }
}

TEST(Select, NilChannelsNeverChosen) {
  schedinit();
  hchan* a = mk(8, 1);
  int64_t v = 1, r = 0;
  for (int i = 0; i < 1000; i++) {
    sel s;
    s.send(nullptr, &v);
    s.recv(nullptr, &r);
    s.recv(a, &r);
    s.recv(nullptr, &r);
    sendint(a, i);
    bool ok = false;
    ASSERT_EQ(s.run(true), 2);
    ASSERT_EQ(r, i);
    sel n;  // only nil channels, with a default
    n.send(nullptr, &v);
    n.recv(nullptr, &r);
    ASSERT_EQ(n.run(false, &ok), -1);
  }
}

// Two always-ready channels: each must win about half the time (Go's
// random poll order), however the cases are laid out.
TEST(Select, FairBetweenReadyCases) {
  schedinit();
  hchan* a = mk(8, 1);
  hchan* b = mk(8, 1);
  int64_t v = 0;
  int wins[2] = {0, 0};
  constexpr int N = 10000;
  sendint(a, 1);
  sendint(b, 2);
  for (int i = 0; i < N; i++) {
    sel s;
    s.recv(a, &v);
    s.recv(b, &v);
    int64_t k = s.run(true);
    ASSERT_TRUE(k == 0 || k == 1);
    wins[k]++;
    sendint(k == 0 ? a : b, 1);  // refill
  }
  EXPECT_GE(wins[0], N * 4 / 10);
  EXPECT_LE(wins[0], N * 6 / 10);
  // A send and a receive that are both ready, likewise.
  hchan* full = mk(8, 1);
  hchan* room = mk(8, 1);
  sendint(full, 3);
  wins[0] = wins[1] = 0;
  for (int i = 0; i < N; i++) {
    sel s;
    s.send(room, &v);
    s.recv(full, &v);
    int64_t k = s.run(true);
    wins[k]++;
    if (k == 0) {
      recvint(room);
    } else {
      sendint(full, 3);
    }
  }
  EXPECT_GE(wins[0], N * 4 / 10);
  EXPECT_LE(wins[0], N * 6 / 10);
}

TEST(Chan, SudogCacheRecycles) {
  schedinit();
  // Take more sudogs than a P caches, give them back: half the cache
  // moves to the central list and comes back.
  sudog* s[3 * _SudogCacheSize];
  for (auto& x : s) x = acquireSudog();
  for (auto& x : s) releaseSudog(x);
  EXPECT_LE(m0.p->nsudogcache, _SudogCacheSize);
  EXPECT_NE(sched.sudogcache, nullptr);
  sudog* again = acquireSudog();
  bool known = false;
  for (auto& x : s) known |= x == again;
  EXPECT_TRUE(known);
  releaseSudog(again);
}

// ---- goroutines through the scheduler -----------------------------------------

constexpr int kProducers = 4, kConsumers = 3;
constexpr int64_t kPerProducer = 20000;
hchan* work;
hchan* results;
hchan* done;

void producer(void* arg) {
  auto id = reinterpret_cast<intptr_t>(arg);
  for (int64_t i = 1; i <= kPerProducer; i++) sendint(work, id * 1000000 + i);
  sendint(done, 1);
}

void consumer(void*) {
  int64_t sum = 0, n = 0;
  for (;;) {
    bool ok = false;
    int64_t v = recvint(work, &ok);
    if (!ok) break;
    sum += v;
    n++;
  }
  int64_t pair[2] = {sum, n};  // one element: consumers interleave
  chansend1(results, pair);
}

void producersConsumers(int64_t capacity) {
  work = mk(8, capacity);
  results = mk(16, 0);
  done = mk(8, 0);
  for (intptr_t i = 0; i < kProducers; i++) go(producer, reinterpret_cast<void*>(i + 1));
  for (int i = 0; i < kConsumers; i++) go(consumer, nullptr);
  for (int i = 0; i < kProducers; i++) recvint(done);
  closechan(work);
  int64_t sum = 0, n = 0;
  for (int i = 0; i < kConsumers; i++) {
    int64_t pair[2];
    chanrecv1(results, pair);
    sum += pair[0];
    n += pair[1];
  }
  int64_t want = 0;
  for (int64_t id = 1; id <= kProducers; id++) want += id * 1000000 * kPerProducer + kPerProducer * (kPerProducer + 1) / 2;
  CHECK(n == kProducers * kPerProducer, 3);
  CHECK(sum == want, 4);
  CHECK(chanlen(work) == 0, 5);
}

TEST(ChanDeathTest, UnbufferedProducersConsumers) {
  EXPECT_EXIT(rungo([] { producersConsumers(0); }), ExitedWithCode(0), "");
}

TEST(ChanDeathTest, BufferedProducersConsumers) {
  EXPECT_EXIT(rungo([] {
                producersConsumers(1);
                producersConsumers(64);
              }),
              ExitedWithCode(0), "");
}

TEST(ChanDeathTest, OneP) {
  EXPECT_EXIT(rungo([] {
                producersConsumers(0);
                producersConsumers(7);
              }, "1"),
              ExitedWithCode(0), "");
}

// Unbuffered: the value goes straight from the sender's stack slot to the
// receiver's (whichever arrives first parks), and the send completes only
// when a receiver took it.
TEST(ChanDeathTest, UnbufferedIsSynchronous) {
  EXPECT_EXIT(rungo([] {
                static hchan* c;
                static std::atomic<int> received;
                c = mk(8, 0);
                go(+[](void*) {
                  for (int i = 0; i < 1000; i++) {
                    CHECK(recvint(c) == i, 3);
                    received++;
                  }
                }, nullptr);
                for (int i = 0; i < 1000; i++) {
                  sendint(c, i);
                  // The receiver has the value; it may not have counted it yet.
                  CHECK(received.load() >= i, 4);
                }
              }),
              ExitedWithCode(0), "");
}

// Receivers and senders parked on a channel all wake when it closes:
// receivers with the zero value and ok == false.
TEST(ChanDeathTest, CloseWakesReceivers) {
  EXPECT_EXIT(rungo([] {
                static hchan* c;
                static hchan* out;
                c = mk(8, 0);
                out = mk(8, 10);
                for (int i = 0; i < 10; i++)
                  go(+[](void*) {
                    bool ok = true;
                    int64_t v = recvint(c, &ok);
                    sendint(out, ok ? 100 : v);
                  }, nullptr);
                // Wait until all ten are parked on c's receive queue.
                for (;;) {
                  lock(&c->lock);
                  int n = 0;
                  for (sudog* s = c->recvq.first; s != nullptr; s = s->next) n++;
                  unlock(&c->lock);
                  if (n == 10) break;
                  Gosched();
                }
                closechan(c);
                for (int i = 0; i < 10; i++) CHECK(recvint(out) == 0, 3);
              }),
              ExitedWithCode(0), "");
}

// A select with sends and receives on shared channels, from many goroutines
// at once: every value arrives exactly once (the selectDone race).
TEST(ChanDeathTest, SelectManyGoroutines) {
  EXPECT_EXIT(rungo([] {
                static hchan* chans[3];
                static hchan* fin;
                constexpr int kSenders = 6, kReceivers = 4;
                constexpr int64_t kEach = 5000;
                for (auto& c : chans) c = mk(8, 0);
                fin = mk(8, 0);
                for (intptr_t s = 0; s < kSenders; s++)
                  go(+[](void* arg) {
                    auto id = reinterpret_cast<intptr_t>(arg);
                    for (int64_t i = 1; i <= kEach; i++) {
                      int64_t v = id * 100000 + i;
                      sel x;
                      x.send(chans[0], &v);
                      x.send(chans[1], &v);
                      x.send(chans[2], &v);
                      CHECK(x.run(true) >= 0, 3);
                    }
                    sendint(fin, -1);
                  }, reinterpret_cast<void*>(s + 1));
                for (int r = 0; r < kReceivers; r++)
                  go(+[](void*) {
                    int64_t sum = 0, v = 0;
                    for (;;) {
                      sel x;
                      x.recv(chans[0], &v);
                      x.recv(chans[1], &v);
                      x.recv(chans[2], &v);
                      bool ok = false;
                      int64_t k = x.run(true, &ok);
                      CHECK(k >= 0 && k < 3, 4);
                      if (!ok) break;  // chans[k] closed
                      sum += v;
                    }
                    sendint(fin, sum);
                  }, nullptr);
                for (int s = 0; s < kSenders; s++) CHECK(recvint(fin) == -1, 5);
                for (auto& c : chans) closechan(c);
                int64_t sum = 0;
                for (int r = 0; r < kReceivers; r++) sum += recvint(fin);
                int64_t want = 0;
                for (int64_t id = 1; id <= kSenders; id++) want += id * 100000 * kEach + kEach * (kEach + 1) / 2;
                CHECK(sum == want, 6);
              }),
              ExitedWithCode(0), "");
}

// A goroutine parked in select is woken by a plain send or close.
TEST(ChanDeathTest, SelectParksAndWakes) {
  EXPECT_EXIT(rungo([] {
                static hchan *a, *b, *c;
                a = mk(8, 0);
                b = mk(0, 0);
                c = mk(8, 0);
                go(+[](void*) {
                  for (int i = 0; i < 100; i++) sendint(a, i);
                  closechan(b);
                }, nullptr);
                int64_t v = 0, got = 0;
                for (;;) {
                  sel x;
                  x.recv(nullptr, &v);
                  x.recv(a, &v);
                  x.recv(b, nullptr);
                  x.recv(c, &v);
                  bool ok = false;
                  int64_t k = x.run(true, &ok);
                  if (k == 2) {
                    CHECK(!ok, 3);
                    break;
                  }
                  CHECK(k == 1 && ok && v == got, 4);
                  got++;
                }
                CHECK(got == 100, 5);
              }),
              ExitedWithCode(0), "");
}

// ---- panics (Go's plain errors) ---------------------------------------------------

TEST(ChanDeathTest, SendOnClosedChannel) {
  EXPECT_EXIT(rungo([] {
                hchan* c = mk(8, 1);
                closechan(c);
                sendint(c, 1);
              }),
              ExitedWithCode(2), deathre("^panic: send on closed channel\n\ngoroutine 1 \\[running\\]:\n"));
}

// A sender parked on a channel panics when the channel is closed.
TEST(ChanDeathTest, ParkedSenderPanicsOnClose) {
  EXPECT_EXIT(rungo([] {
                static hchan* c;
                c = mk(8, 0);
                go(+[](void*) {
                  while (__atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == nullptr) Gosched();
                  closechan(c);
                  gopark(nullptr, nullptr, waitReasonSleep);
                }, nullptr);
                sendint(c, 1);
              }),
              ExitedWithCode(2), deathre("^panic: send on closed channel\n\ngoroutine 1 \\[running\\]:\n"));
}

TEST(ChanDeathTest, SelectSendOnClosedChannel) {
  EXPECT_EXIT(rungo([] {
                hchan* c = mk(8, 1);
                closechan(c);
                int64_t v = 0;
                sel x;
                x.send(c, &v);
                x.run(false);
              }),
              ExitedWithCode(2), deathre("^panic: send on closed channel\n"));
}

TEST(ChanDeathTest, CloseOfClosedChannel) {
  EXPECT_EXIT(rungo([] {
                hchan* c = mk(8, 1);
                closechan(c);
                closechan(c);
              }),
              ExitedWithCode(2), deathre("^panic: close of closed channel\n\ngoroutine 1 \\[running\\]:\n"));
}

TEST(ChanDeathTest, CloseOfNilChannel) {
  EXPECT_EXIT(rungo([] { closechan(nullptr); }), ExitedWithCode(2),
              deathre("^panic: close of nil channel\n\ngoroutine 1 \\[running\\]:\n"));
}

TEST(ChanDeathTest, MakechanSizeOutOfRange) {
  EXPECT_EXIT(rungo([] { makechan(8, -1); }), ExitedWithCode(2), deathre("^panic: makechan: size out of range\n"));
  EXPECT_EXIT(rungo([] { makechan(8, int64_t{1} << 61); }), ExitedWithCode(2),
              deathre("^panic: makechan: size out of range\n"));
  EXPECT_EXIT(rungo([] { makechan(1 << 16, 1); }), ExitedWithCode(2),
              deathre("^fatal error: makechan: invalid channel element type\n"));
}

// ---- blocked forever: the deadlock detector shows the wait reasons -----------------

TEST(ChanDeathTest, DeadlockWaitReasons) {
  EXPECT_EXIT(rungo([] {
                static hchan* c;
                c = mk(8, 0);
                go(+[](void*) { sendint(c, 1); sendint(c, 2); }, nullptr);
                go(+[](void*) { block(); }, nullptr);
                go(+[](void*) { sendint(nullptr, 1); }, nullptr);
                go(+[](void*) {
                  sel x;
                  int64_t v;
                  x.recv(mk(8, 0), &v);
                  x.send(mk(8, 0), &v);
                  x.run(true);
                }, nullptr);
                recvint(c);
                recvint(nullptr);
              }),
              ExitedWithCode(2),
              deathre("^fatal error: all goroutines are asleep - deadlock!\n\n"
              "goroutine 1 \\[chan receive \\(nil chan\\)\\]:\n(.|\n)*"
              "goroutine [0-9]+ \\[chan send\\]:\n(.|\n)*"));
}

TEST(ChanDeathTest, DeadlockReasonsEach) {
  EXPECT_EXIT(rungo([] { recvint(mk(8, 0)); }), ExitedWithCode(2), "goroutine 1 \\[chan receive\\]:\n");
  EXPECT_EXIT(rungo([] { sendint(mk(8, 0), 1); }), ExitedWithCode(2), "goroutine 1 \\[chan send\\]:\n");
  EXPECT_EXIT(rungo([] { sendint(nullptr, 1); }), ExitedWithCode(2), "goroutine 1 \\[chan send \\(nil chan\\)\\]:\n");
  EXPECT_EXIT(rungo([] { block(); }), ExitedWithCode(2), "goroutine 1 \\[select \\(no cases\\)\\]:\n");
  EXPECT_EXIT(rungo([] {
                sel x;
                int64_t v;
                x.recv(mk(8, 0), &v);
                x.recv(nullptr, &v);
                x.run(true);
              }),
              ExitedWithCode(2), "goroutine 1 \\[select\\]:\n");
}

// ---- semaphores (sema.cpp) ---------------------------------------------------------

// A semaphore of 1 as a mutex around a plain counter, contended by many
// goroutines that yield inside the critical section: no update is lost.
TEST(SemaDeathTest, MutualExclusionAndWakeups) {
  EXPECT_EXIT(rungo([] {
                static uint32_t sema = 1;
                static int64_t counter;  // not atomic: the semaphore guards it
                static uint32_t finished;
                constexpr int kG = 16, kIters = 2000;
                for (int i = 0; i < kG; i++)
                  go(+[](void*) {
                    for (int j = 0; j < kIters; j++) {
                      sync_runtime_Semacquire(&sema);
                      int64_t v = counter;
                      if (j % 7 == 0) Gosched();
                      counter = v + 1;
                      sync_runtime_Semrelease(&sema);
                    }
                    sync_runtime_Semrelease(&finished);
                  }, nullptr);
                for (int i = 0; i < kG; i++) sync_runtime_Semacquire(&finished);
                CHECK(counter == int64_t{kG} * kIters, 3);
                CHECK(sema == 1, 4);
              }),
              ExitedWithCode(0), "");
}

TEST(SemaDeathTest, DeadlockShowsSemacquire) {
  EXPECT_EXIT(rungo([] {
                static uint32_t s;
                sync_runtime_Semacquire(&s);
              }),
              ExitedWithCode(2), "goroutine 1 \\[semacquire\\]:\n");
}

}  // namespace
