// runtime/sigqueue.cpp — delivering signals to os/signal (Go's
// sigqueue.go).
//
// The signal handler cannot take locks or allocate, so a signal the program
// wants is recorded as a bit in sig.mask, and the one goroutine that reads
// signals (os/signal's loop, in signal_recv) is woken through sig.note. The
// handshake between them is sig.state:
//   sigIdle      nobody is waiting and nothing is pending;
//   sigReceiving the receiver sleeps on sig.note (it set this state);
//   sigSending   a sender set new bits while the receiver was not asleep:
//                the receiver must collect them before it sleeps.
// A sender moves sigIdle -> sigSending, or sigReceiving -> sigIdle and wakes
// the receiver; the receiver moves sigIdle -> sigReceiving (and sleeps) or
// sigSending -> sigIdle, then swaps sig.mask into its private sig.recv and
// returns the signals one at a time. A signal that arrives again before it
// was received is delivered once, as in Go.

#include "proc.h"
#include "runtime.h"
#include "signal_unix.h"

namespace gosub::rt {

namespace {

enum : uint32_t { sigIdle = 0, sigReceiving = 1, sigSending = 2 };

constexpr int kSigWords = (_NSIG_GO + 31) / 32;

struct {
  note note;
  uint32_t mask[kSigWords];     // signals sent, not yet received [atomic]
  uint32_t wanted[kSigWords];   // signals the program asked for [atomic]
  uint32_t ignored[kSigWords];  // signals it ignores [atomic]
  uint32_t recv[kSigWords];     // received, not yet returned [receiver]
  uint32_t state;               // sigIdle, sigReceiving, sigSending [atomic]
  uint32_t delivering;          // handlers inside sigsend [atomic]
  bool inuse;                   // signal_enable was called
} sig;

inline uint32_t bit(uint32_t s) { return 1u << (s & 31); }

bool cas(uint32_t* p, uint32_t old, uint32_t v) {
  return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

}  // namespace

bool sigsend(uint32_t s) {
  if (s >= 32 * kSigWords) return false;
  __atomic_add_fetch(&sig.delivering, 1u, __ATOMIC_ACQ_REL);
  if ((__atomic_load_n(&sig.wanted[s / 32], __ATOMIC_ACQUIRE) & bit(s)) == 0) {
    __atomic_sub_fetch(&sig.delivering, 1u, __ATOMIC_ACQ_REL);
    return false;
  }
  // Add the signal to the outgoing set, unless it is there already.
  for (;;) {
    uint32_t mask = __atomic_load_n(&sig.mask[s / 32], __ATOMIC_ACQUIRE);
    if (mask & bit(s)) {
      __atomic_sub_fetch(&sig.delivering, 1u, __ATOMIC_ACQ_REL);
      return true;
    }
    if (cas(&sig.mask[s / 32], mask, mask | bit(s))) break;
  }
  // Tell the receiver.
  for (bool done = false; !done;) {
    switch (__atomic_load_n(&sig.state, __ATOMIC_ACQUIRE)) {
      case sigIdle:
        done = cas(&sig.state, sigIdle, sigSending);
        break;
      case sigSending:
        done = true;  // a notification is already pending
        break;
      case sigReceiving:
        if (cas(&sig.state, sigReceiving, sigIdle)) {
          notewakeup(&sig.note);
          done = true;
        }
        break;
      default:
        throw_("sigsend: inconsistent state");
    }
  }
  __atomic_sub_fetch(&sig.delivering, 1u, __ATOMIC_ACQ_REL);
  return true;
}

int32_t signal_recv() {
  for (;;) {
    for (uint32_t i = 0; i < 32 * kSigWords; i++) {
      if (sig.recv[i / 32] & bit(i)) {
        sig.recv[i / 32] &= ~bit(i);
        return static_cast<int32_t>(i);
      }
    }
    // Wait for the senders.
    for (bool done = false; !done;) {
      switch (__atomic_load_n(&sig.state, __ATOMIC_ACQUIRE)) {
        case sigIdle:
          if (cas(&sig.state, sigIdle, sigReceiving)) {
            notetsleepg(&sig.note, -1);
            noteclear(&sig.note);
            done = true;
          }
          break;
        case sigSending:
          done = cas(&sig.state, sigSending, sigIdle);
          break;
        default:
          throw_("signal_recv: inconsistent state");
      }
    }
    for (int i = 0; i < kSigWords; i++) sig.recv[i] = __atomic_exchange_n(&sig.mask[i], 0u, __ATOMIC_ACQ_REL);
  }
}

// signalWaitUntilIdle: os/signal.Stop waits here until no handler is
// still delivering a signal it just stopped wanting, and the receiver is
// back asleep (so it has processed everything sent before).
void signalWaitUntilIdle() {
  while (__atomic_load_n(&sig.delivering, __ATOMIC_ACQUIRE) != 0) Gosched();
  while (__atomic_load_n(&sig.state, __ATOMIC_ACQUIRE) != sigReceiving) Gosched();
}

void signal_enable(int32_t s32) {
  auto s = static_cast<uint32_t>(s32);
  if (!sig.inuse) {
    sig.inuse = true;  // reception stays enabled from now on
    noteclear(&sig.note);
  }
  if (s >= 32 * kSigWords) return;
  __atomic_or_fetch(&sig.wanted[s / 32], bit(s), __ATOMIC_ACQ_REL);
  __atomic_and_fetch(&sig.ignored[s / 32], ~bit(s), __ATOMIC_ACQ_REL);
  sigenable(s);
}

void signal_disable(int32_t s32) {
  auto s = static_cast<uint32_t>(s32);
  if (s >= 32 * kSigWords) return;
  sigdisable(s);
  __atomic_and_fetch(&sig.wanted[s / 32], ~bit(s), __ATOMIC_ACQ_REL);
}

void signal_ignore(int32_t s32) {
  auto s = static_cast<uint32_t>(s32);
  if (s >= 32 * kSigWords) return;
  sigignore(s);
  __atomic_and_fetch(&sig.wanted[s / 32], ~bit(s), __ATOMIC_ACQ_REL);
  __atomic_or_fetch(&sig.ignored[s / 32], bit(s), __ATOMIC_ACQ_REL);
}

// sigInitIgnored: sig was ignored when the program started and initsig
// left it so (nohup): signal.Ignored reports it (Go's sigInitIgnored).
void sigInitIgnored(uint32_t s) {
  __atomic_or_fetch(&sig.ignored[s / 32], bit(s), __ATOMIC_ACQ_REL);
}

bool signal_ignored(int32_t s32) {
  auto s = static_cast<uint32_t>(s32);
  if (s >= 32 * kSigWords) return false;
  return (__atomic_load_n(&sig.ignored[s / 32], __ATOMIC_ACQUIRE) & bit(s)) != 0;
}

}  // namespace gosub::rt
