// runtime/chan.cpp — channels (Go's chan.go).
//
// The algorithms, names and invariants are Go's (see chan.h). Values move
// through memory: generated code passes the address of a slot holding the
// value to send, or of the slot receiving it (nil: discard). When a
// partner is already waiting the value moves directly between the two
// goroutines' stacks (sendDirect/recvDirect): the sudog of a parked
// goroutine points into its stack, which is segmented and never moves, so
// the address stays valid until the goroutine is woken.
//
// Everything here runs on the goroutine's stack, inside the reserve below
// its guard (docs/runtime.md, "the reserve rule"): small frames, a lock,
// memmove, gopark (mcall) and goready (systemstack). Panics print on g0.
// Nothing spins or polls: a blocked goroutine parks with a wait reason.

#include <string.h>

#include <new>

#include "chan.h"

namespace gosub::rt {

namespace {

// Go's maxAlloc; mallocgc refuses more than this anyway.
constexpr uint64_t maxAlloc = uint64_t{1} << 47;

inline void typedmemmove(hchan* c, void* dst, const void* src) {
  if (c->elemsize != 0) memmove(dst, src, c->elemsize);
}
inline void typedmemclr(hchan* c, void* p) {
  if (c->elemsize != 0) memset(p, 0, c->elemsize);
}

// full reports whether a send on c would block (that is, the channel is
// full). It uses a single word-sized read of mutable state, as Go's.
bool full(hchan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz;
}

// empty reports whether a read from c would block (that is, the channel is
// empty).
bool empty(hchan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

bool chanparkcommit(g*, void* chanLock) {
  unlock(static_cast<mutex*>(chanLock));
  return true;
}

void unlockchan(void* c) { unlock(&static_cast<hchan*>(c)->lock); }

// sendDirect / recvDirect copy between the running goroutine's memory and
// the parked partner's (sg.elem, possibly on the partner's stack).
void sendDirect(hchan* c, sudog* sg, const void* src) { typedmemmove(c, sg->elem, src); }
void recvDirect(hchan* c, sudog* sg, void* dst) { typedmemmove(c, dst, sg->elem); }

}  // namespace

// ---- sudogs (Go's acquireSudog/releaseSudog, proc.go) -------------------------

// acquireSudog takes a sudog from the P's cache, refilling half of it from
// the central cache, or allocates one. Runtime C++ code is never preempted
// (only Go prologues and loop back-edges are), so the P stays ours; locks
// is raised anyway, as Go's acquirem does.
sudog* acquireSudog() {
  m* mp = getg()->m;
  mp->locks++;
  p* pp = mp->p;
  if (pp->nsudogcache == 0) {
    lock(&sched.sudoglock);
    // First, try to grab a batch from central cache.
    while (pp->nsudogcache < _SudogCacheSize / 2 && sched.sudogcache != nullptr) {
      sudog* s = sched.sudogcache;
      sched.sudogcache = s->next;
      s->next = nullptr;
      pp->sudogcache[pp->nsudogcache++] = s;
    }
    unlock(&sched.sudoglock);
    // If the central cache is empty, allocate a new one.
    if (pp->nsudogcache == 0) pp->sudogcache[pp->nsudogcache++] = new (mallocgc(sizeof(sudog))) sudog();
  }
  sudog* s = pp->sudogcache[--pp->nsudogcache];
  pp->sudogcache[pp->nsudogcache] = nullptr;
  if (s->elem != nullptr) throw_("acquireSudog: found s.elem != nil in cache");
  mp->locks--;
  return s;
}

void releaseSudog(sudog* s) {
  if (s->elem != nullptr) throw_("runtime: sudog with non-nil elem");
  if (s->isSelect) throw_("runtime: sudog with non-false isSelect");
  if (s->next != nullptr) throw_("runtime: sudog with non-nil next");
  if (s->prev != nullptr) throw_("runtime: sudog with non-nil prev");
  if (s->waitlink != nullptr) throw_("runtime: sudog with non-nil waitlink");
  if (s->c != nullptr) throw_("runtime: sudog with non-nil c");
  g* gp = getg();
  if (gp->param != nullptr) throw_("runtime: releaseSudog with non-nil gp.param");
  m* mp = gp->m;
  mp->locks++;
  p* pp = mp->p;
  if (pp->nsudogcache == _SudogCacheSize) {
    // Transfer half of local cache to the central cache.
    sudog *first = nullptr, *last = nullptr;
    while (pp->nsudogcache > _SudogCacheSize / 2) {
      sudog* p2 = pp->sudogcache[--pp->nsudogcache];
      pp->sudogcache[pp->nsudogcache] = nullptr;
      if (first == nullptr) {
        first = p2;
      } else {
        last->next = p2;
      }
      last = p2;
    }
    lock(&sched.sudoglock);
    last->next = sched.sudogcache;
    sched.sudogcache = first;
    unlock(&sched.sudoglock);
  }
  s->g = nullptr;
  s->success = false;
  s->ticket = 0;
  s->parent = nullptr;
  s->waittail = nullptr;
  s->acquiretime = s->releasetime = 0;
  pp->sudogcache[pp->nsudogcache++] = s;
  mp->locks--;
}

// ---- wait queues ---------------------------------------------------------------

void waitq::enqueue(sudog* sgp) {
  sgp->next = nullptr;
  sudog* x = last;
  if (x == nullptr) {
    sgp->prev = nullptr;
    atomicStoreRelaxed(&first, sgp);
    last = sgp;
    return;
  }
  sgp->prev = x;
  x->next = sgp;
  last = sgp;
}

sudog* waitq::dequeue() {
  for (;;) {
    sudog* sgp = first;
    if (sgp == nullptr) return nullptr;
    sudog* y = sgp->next;
    if (y == nullptr) {
      atomicStoreRelaxed(&first, nullptr);
      last = nullptr;
    } else {
      y->prev = nullptr;
      atomicStoreRelaxed(&first, y);
      sgp->next = nullptr;  // mark as removed (see dequeueSudoG)
    }
    // If a goroutine was put on this queue because of a select, there is a
    // small window between the goroutine being woken up by a different
    // case and it grabbing the channel locks. Once it has the lock it
    // removes itself from the queue, so we won't see it after that. We use
    // a flag in the G struct to tell us when someone else has won the race
    // to signal this goroutine but the goroutine hasn't removed itself from
    // the queue yet.
    if (sgp->isSelect) {
      uint32_t expected = 0;
      if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &expected, 1u, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;
    }
    return sgp;
  }
}

void waitq::dequeueSudoG(sudog* sgp) {
  sudog* x = sgp->prev;
  sudog* y = sgp->next;
  if (x != nullptr) {
    if (y != nullptr) {
      // middle of queue
      x->next = y;
      y->prev = x;
      sgp->next = nullptr;
      sgp->prev = nullptr;
      return;
    }
    // end of queue
    x->next = nullptr;
    last = x;
    sgp->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    // start of queue
    y->prev = nullptr;
    atomicStoreRelaxed(&first, y);
    sgp->next = nullptr;
    return;
  }
  // x==y==nil. Either sgp is the only element in the queue, or it has
  // already been removed. Use q.first to disambiguate.
  if (first == sgp) {
    atomicStoreRelaxed(&first, nullptr);
    last = nullptr;
  }
}

// ---- make, send, receive, close ----------------------------------------------------

// makechan: make(chan T, size) with sizeof(T) == elemsize. The header and
// the buffer are one allocation (the collector is conservative: no need to
// keep pointer-free buffers apart as Go does).
void* makechan(int64_t elemsize, int64_t size) {
  if (elemsize < 0 || elemsize >= (int64_t{1} << 16)) throw_("makechan: invalid channel element type");
  uint64_t mem = 0;
  if (size < 0 || __builtin_mul_overflow(static_cast<uint64_t>(elemsize), static_cast<uint64_t>(size), &mem) ||
      mem > maxAlloc - hchanSize)
    panicPlainError("makechan: size out of range");
  auto* c = new (mallocgc(static_cast<int64_t>(hchanSize + mem))) hchan();
  // With mem == 0 (unbuffered, or zero-sized elements) buf points at the
  // header itself: any non-nil address does, nothing is ever copied there.
  c->buf = mem == 0 ? static_cast<void*>(c) : static_cast<void*>(reinterpret_cast<uint8_t*>(c) + hchanSize);
  c->elemsize = static_cast<uint16_t>(elemsize);
  c->dataqsiz = static_cast<uint64_t>(size);
  return c;
}

// chansend1: entry point for c <- x from compiled code.
void chansend1(void* c, void* elem) { chansend(static_cast<hchan*>(c), elem, true); }

// chanblock parks the running goroutine on q (c's sendq or recvq) with its
// element at ep, until a partner completes the operation (true) or c is
// closed (false). c->lock is held on entry; gopark releases it.
static bool chanblock(hchan* c, waitq* q, void* ep, waitReason reason) {
  g* gp = getg();
  sudog* mysg = acquireSudog();
  mysg->elem = ep;
  mysg->waitlink = nullptr;
  mysg->g = gp;
  mysg->isSelect = false;
  mysg->c = c;
  gp->waiting = mysg;
  gp->param = nullptr;
  q->enqueue(mysg);
  gopark(chanparkcommit, &c->lock, reason);

  // someone woke us up.
  if (mysg != gp->waiting) throw_("G waiting list is corrupted");
  gp->waiting = nullptr;
  bool success = mysg->success;
  gp->param = nullptr;
  mysg->c = nullptr;
  releaseSudog(mysg);
  return success;
}

// Generic single channel send. If block is false the protocol will not
// sleep but return false if it could not complete. A sleep can end with
// sudog.success == false when the channel was closed meanwhile: then the
// send panics.
bool chansend(hchan* c, void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, waitReasonChanSendNilChan);
    throw_("unreachable");
  }

  // Fast path: check for failed non-blocking operation without acquiring
  // the lock (Go's reasoning: closed is read after full; a channel cannot
  // go from closed to not-closed, so a not-closed-and-full observation
  // means it was both at some moment).
  if (!block && __atomic_load_n(&c->closed, __ATOMIC_RELAXED) == 0 && full(c)) return false;

  lock(&c->lock);

  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlainError("send on closed channel");
  }

  if (sudog* sg = c->recvq.dequeue()) {
    // Found a waiting receiver. We pass the value we want to send directly
    // to the receiver, bypassing the channel buffer (if any).
    send(c, sg, ep, unlockchan, c);
    return true;
  }

  if (c->qcount < c->dataqsiz) {
    // Space is available in the channel buffer. Enqueue the element to send.
    typedmemmove(c, chanbuf(c, c->sendx), ep);
    c->sendx++;
    if (c->sendx == c->dataqsiz) c->sendx = 0;
    __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    return true;
  }

  if (!block) {
    unlock(&c->lock);
    return false;
  }

  // Block on the channel. Some receiver will complete our operation for us.
  bool closed = !chanblock(c, &c->sendq, ep, waitReasonChanSend);
  if (closed) {
    if (__atomic_load_n(&c->closed, __ATOMIC_RELAXED) == 0) throw_("chansend: spurious wakeup");
    panicPlainError("send on closed channel");
  }
  return true;
}

// wakePartner completes a handoff with the parked goroutine of sg: unlocks
// the channel (unlockf), marks the operation successful and readies it.
static void wakePartner(sudog* sg, void (*unlockf)(void*), void* arg) {
  g* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// send processes a send operation on an empty channel c. The value ep sent
// by the sender is copied to the receiver sg. The receiver is then woken up
// to go on its merry way. Channel c must be empty and locked; send unlocks
// c with unlockf. sg must already be dequeued from c. ep must be non-nil.
void send(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz != 0) {
    // A buffered channel with a waiting receiver is empty: the value goes
    // straight to the receiver; keep the indices as if it had passed
    // through the buffer.
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;  // c.sendx = (c.sendx+1) % c.dataqsiz
  }
  if (sg->elem != nullptr) {
    sendDirect(c, sg, ep);
    sg->elem = nullptr;
  }
  wakePartner(sg, unlockf, arg);
}

void chanrecv1(void* c, void* elem) { chanrecv(static_cast<hchan*>(c), elem, true, nullptr); }

bool chanrecv2(void* c, void* elem) {
  bool received = false;
  chanrecv(static_cast<hchan*>(c), elem, true, &received);
  return received;
}

// chanrecv receives on channel c and writes the received data to ep (ep
// may be nil: the data is ignored). If block == false and no elements are
// available, returns false. Otherwise, if c is closed, zeros *ep and sets
// *received = false; else fills in *ep with an element and sets
// *received = true. Returns whether a case was selected.
bool chanrecv(hchan* c, void* ep, bool block, bool* received) {
  if (received != nullptr) *received = false;
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, waitReasonChanReceiveNilChan);
    throw_("unreachable");
  }

  // Fast path: check for failed non-blocking operation without acquiring
  // the lock.
  if (!block && empty(c)) {
    // After observing that the channel is not ready for receiving, we
    // observe whether the channel is closed; the order matters (Go's
    // comment in chanrecv explains why).
    if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) return false;
    // The channel is irreversibly closed. Re-check whether the channel has
    // any pending data to receive, which could have arrived between the
    // empty and closed checks above.
    if (empty(c)) {
      if (ep != nullptr) typedmemclr(c, ep);
      return true;
    }
  }

  lock(&c->lock);

  if (c->closed != 0) {
    if (c->qcount == 0) {
      unlock(&c->lock);
      if (ep != nullptr) typedmemclr(c, ep);
      return true;
    }
    // The channel has been closed, but the channel's buffer have data.
  } else {
    // Just found waiting sender with not closed.
    if (sudog* sg = c->sendq.dequeue()) {
      // Found a waiting sender. If buffer is size 0, receive value directly
      // from sender. Otherwise, receive from head of queue and add sender's
      // value to the tail of the queue (both map to the same buffer slot
      // because the queue is full).
      recv(c, sg, ep, unlockchan, c);
      if (received != nullptr) *received = true;
      return true;
    }
  }

  if (c->qcount > 0) {
    // Receive directly from queue
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) typedmemmove(c, ep, qp);
    typedmemclr(c, qp);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    if (received != nullptr) *received = true;
    return true;
  }

  if (!block) {
    unlock(&c->lock);
    return false;
  }

  // no sender available: block on this channel.
  bool success = chanblock(c, &c->recvq, ep, waitReasonChanReceive);
  if (received != nullptr) *received = success;
  return true;
}

// recv processes a receive operation on a full channel c. There are 2 parts:
//  1. The value sent by the sender sg is put into the channel and the
//     sender is woken up to go on its merry way.
//  2. The value received by the receiver (the current G) is written to ep.
// For synchronous channels, both values are the same. For asynchronous
// channels, the receiver gets its data from the channel buffer and the
// sender's data is put in the channel buffer. Channel c must be full and
// locked; recv unlocks c with unlockf. sg must already be dequeued from c.
void recv(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) {
      // copy data from sender
      recvDirect(c, sg, ep);
    }
  } else {
    // Queue is full. Take the item at the head of the queue. Make the
    // sender enqueue its item at the tail of the queue. Since the queue is
    // full, those are both the same slot.
    void* qp = chanbuf(c, c->recvx);
    // copy data from queue to receiver
    if (ep != nullptr) typedmemmove(c, ep, qp);
    // copy data from sender to queue
    typedmemmove(c, qp, sg->elem);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;  // c.sendx = (c.sendx+1) % c.dataqsiz
  }
  sg->elem = nullptr;
  wakePartner(sg, unlockf, arg);
}

// closechan: close(c). Every waiting receiver gets the zero value and
// ok == false; every waiting sender panics when it wakes.
void closechan(void* ch) {
  auto* c = static_cast<hchan*>(ch);
  if (c == nullptr) panicPlainError("close of nil channel");

  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlainError("close of closed channel");
  }
  __atomic_store_n(&c->closed, 1u, __ATOMIC_RELEASE);

  gList glist;

  // release all readers
  for (;;) {
    sudog* sg = c->recvq.dequeue();
    if (sg == nullptr) break;
    if (sg->elem != nullptr) {
      typedmemclr(c, sg->elem);
      sg->elem = nullptr;
    }
    g* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    glist.push(gp);
  }

  // release all writers (they will panic)
  for (;;) {
    sudog* sg = c->sendq.dequeue();
    if (sg == nullptr) break;
    sg->elem = nullptr;
    g* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    glist.push(gp);
  }
  unlock(&c->lock);

  // Ready all Gs now that we've dropped the channel lock.
  while (!glist.empty()) {
    g* gp = glist.pop();
    gp->schedlink = nullptr;
    goready(gp);
  }
}

// chanlen / chancap: len(c) and cap(c); 0 for a nil channel.
int64_t chanlen(void* c) {
  if (c == nullptr) return 0;
  return static_cast<int64_t>(__atomic_load_n(&static_cast<hchan*>(c)->qcount, __ATOMIC_RELAXED));
}

int64_t chancap(void* c) {
  if (c == nullptr) return 0;
  return static_cast<int64_t>(static_cast<hchan*>(c)->dataqsiz);
}

}  // namespace gosub::rt
