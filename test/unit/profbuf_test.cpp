// profbuf_test.cpp — the SIGPROF handler's lock-free buffer (profbuf.h):
// records come out whole and in order, a full buffer counts what it drops,
// and writers in signal handlers on several threads (interrupting writes of
// their own thread) race a reader without losing or tearing a record.
#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <thread>
#include <vector>

#include "profbuf.h"

namespace {

using gosub::rt::kMaxCPUProfStack;
using gosub::rt::profBuf;

// A record whose content checks itself: stk[i] = tag + i, n from tag.
int fill(uintptr_t tag, uintptr_t* stk) {
  int n = static_cast<int>(tag % kMaxCPUProfStack) + 1;
  for (int i = 0; i < n; i++) stk[i] = tag + static_cast<uintptr_t>(i);
  return n;
}

bool intact(const uintptr_t* stk, int n) {
  if (n < 1 || n > kMaxCPUProfStack || n != static_cast<int>(stk[0] % kMaxCPUProfStack) + 1) return false;
  for (int i = 0; i < n; i++)
    if (stk[i] != stk[0] + static_cast<uintptr_t>(i)) return false;
  return true;
}

TEST(ProfBuf, RecordsComeOutInOrder) {
  static profBuf b;
  ASSERT_TRUE(b.init(16));
  b.reset();
  uintptr_t stk[kMaxCPUProfStack];
  for (uintptr_t t = 1; t <= 10; t++) ASSERT_TRUE(b.write(stk, fill(t * 100, stk), t));
  for (uintptr_t t = 1; t <= 10; t++) {
    int n;
    uint64_t count;
    ASSERT_TRUE(b.read(stk, &n, &count));
    EXPECT_EQ(count, t);
    EXPECT_EQ(stk[0], t * 100);
    EXPECT_TRUE(intact(stk, n));
  }
  int n;
  uint64_t count;
  EXPECT_FALSE(b.read(stk, &n, &count));
  EXPECT_EQ(b.takeOverflow(), 0u);
}

TEST(ProfBuf, FullBufferCountsWhatItDrops) {
  static profBuf b;
  ASSERT_TRUE(b.init(8));
  b.reset();
  uintptr_t stk[kMaxCPUProfStack];
  for (int i = 0; i < 8; i++) ASSERT_TRUE(b.write(stk, fill(7, stk), 1));
  EXPECT_FALSE(b.write(stk, fill(7, stk), 3));
  EXPECT_FALSE(b.write(stk, fill(7, stk), 2));
  EXPECT_EQ(b.takeOverflow(), 5u);
  EXPECT_EQ(b.takeOverflow(), 0u);
  int n;
  uint64_t count;
  ASSERT_TRUE(b.read(stk, &n, &count));  // one slot free again
  EXPECT_TRUE(b.write(stk, fill(9, stk), 1));
}

TEST(ProfBuf, SizeMustBeAPowerOfTwo) {
  static profBuf b;
  EXPECT_FALSE(b.init(6));
  EXPECT_FALSE(b.init(0));
  EXPECT_TRUE(b.init(4));
}

// Signal writers: SIGUSR2's handler writes a record tagged with a global
// sequence number; the threads it interrupts write records too.
profBuf shared;
std::atomic<uint64_t> nextTag{1};
std::atomic<uint64_t> accepted{0}, dropped{0};

void record() {
  uintptr_t stk[kMaxCPUProfStack];
  uintptr_t tag = nextTag.fetch_add(1) * 131 + 1;
  int n = fill(tag, stk);
  if (shared.write(stk, n, 1)) {
    accepted.fetch_add(1);
  } else {
    dropped.fetch_add(1);
  }
}

void onSignal(int) { record(); }

TEST(ProfBuf, SignalWritersRaceAReader) {
  ASSERT_TRUE(shared.init(64));
  shared.reset();
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sigemptyset(&sa.sa_mask);
  ASSERT_EQ(sigaction(SIGUSR2, &sa, nullptr), 0);

  constexpr int kWriters = 4;
  constexpr int kOwnWrites = 20000;
  std::atomic<bool> stop{false};
  std::atomic<int> running{kWriters};
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; w++) {
    writers.emplace_back([&] {
      for (int i = 0; i < kOwnWrites; i++) record();
      running.fetch_sub(1);
      while (!stop.load()) std::this_thread::yield();  // still a signal target
    });
  }
  std::vector<pthread_t> ids;
  for (auto& t : writers) ids.push_back(t.native_handle());
  std::thread sender([&] {
    while (running.load() > 0)
      for (pthread_t id : ids) pthread_kill(id, SIGUSR2);
  });
  uint64_t read = 0, bad = 0;
  uintptr_t stk[kMaxCPUProfStack];
  int n;
  uint64_t count;
  while (running.load() > 0) {
    while (shared.read(stk, &n, &count)) {
      read++;
      if (!intact(stk, n) || count != 1) bad++;
    }
  }
  sender.join();
  stop.store(true);
  for (auto& t : writers) t.join();
  while (shared.read(stk, &n, &count)) {
    read++;
    if (!intact(stk, n) || count != 1) bad++;
  }
  signal(SIGUSR2, SIG_DFL);
  EXPECT_EQ(bad, 0u);
  EXPECT_EQ(read, accepted.load());
  EXPECT_EQ(shared.takeOverflow(), dropped.load());
  EXPECT_GE(accepted.load() + dropped.load(), uint64_t{kWriters} * kOwnWrites);
}

}  // namespace
