// runtime/chan.h — channels and select (Go's chan.go and select.go).
//
// Shared by chan.cpp and select.cpp (and the unit tests). Generated code
// sees only the abi.def entries (makechan, chansend1, chanrecv1/2,
// closechan, chanlen, chancap, selectgo, block).
//
// Invariants (as Go's):
//  At least one of c.sendq and c.recvq is empty, except for an unbuffered
//  channel with a single goroutine blocked on it for both sending and
//  receiving using a select statement, in which case the length of c.sendq
//  and c.recvq is limited only by the size of the select statement.
//  For buffered channels, also:
//   c.qcount > 0 implies that c.recvq is empty.
//   c.qcount < c.dataqsiz implies that c.sendq is empty.
#pragma once

#include "runtime.h"

namespace gosub::rt {

// waitq: a FIFO of sudogs, linked by next/prev. Protected by the channel's
// lock, except that full() and empty() peek at first without it (relaxed
// loads, as Go's select fast paths): it is written with relaxed stores.
struct waitq {
  sudog* first = nullptr;
  sudog* last = nullptr;

  void enqueue(sudog* sgp);
  // dequeue takes the first sudog whose goroutine can still be woken: a
  // select's sudog is skipped when another channel already won its g (the
  // CAS on g.selectDone fails).
  sudog* dequeue();
  // dequeueSudoG removes sgp wherever it is (select, after wake-up).
  void dequeueSudoG(sudog* sgp);
};

// hchan is a channel. A Go `chan T` value is a pointer to it (nil: a nil
// channel). The buffer of dataqsiz elements of elemsize bytes follows the
// header in the same allocation. Everything below `lock` is protected by it;
// qcount and closed are also read without it (chanlen, select fast checks).
struct hchan {
  uint64_t qcount = 0;    // total data in the queue
  uint64_t dataqsiz = 0;  // size of the circular queue
  void* buf = nullptr;    // points to an array of dataqsiz elements
  uint16_t elemsize = 0;
  uint32_t closed = 0;
  uint64_t sendx = 0;  // send index
  uint64_t recvx = 0;  // receive index
  waitq recvq;         // list of recv waiters
  waitq sendq;         // list of send waiters
  mutex lock{};
};

// scase is one case of a select, as laid out by codegen: {c, elem}.
struct scase {
  hchan* c;
  void* elem;  // value to send, or where to receive (nil: discard)
};

constexpr uintptr_t maxAlign = 8;
constexpr uintptr_t hchanSize = (sizeof(hchan) + maxAlign - 1) & ~(maxAlign - 1);

inline void* chanbuf(hchan* c, uint64_t i) { return static_cast<uint8_t*>(c->buf) + i * c->elemsize; }

// chansend / chanrecv: the general operations. block=false never parks
// and returns false if the operation could not proceed now. chanrecv sets
// *received (may be nil) to false when it returned the zero value of a
// closed channel.
bool chansend(hchan* c, void* ep, bool block);
bool chanrecv(hchan* c, void* ep, bool block, bool* received);

// send / recv complete an operation with a waiting partner sg, taken off
// the channel's queue with the lock held; they call unlockf(arg) to release
// the lock(s) before waking the partner.
void send(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg);
void recv(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg);

sudog* acquireSudog();
void releaseSudog(sudog* s);

}  // namespace gosub::rt
