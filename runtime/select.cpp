// runtime/select.cpp — the select statement (Go's select.go).
//
// Codegen lays the cases out as an array of scase {c, elem} with the sends
// first, then the receives, plus a scratch array of 2*ncases uint16 (Go's
// order0: pollorder, then lockorder) in the caller's frame, and calls
// selectgo. A select with a default case passes block = false and gets -1
// when no case is ready. `select {}` calls block().
//
// selectgo (Go's algorithm):
//  1. pollorder: a random permutation of the cases with a non-nil channel
//     (a nil channel never fires), so no case starves.
//  2. lockorder: the same cases sorted by channel address (heap sort), so
//     that two selects lock shared channels in the same order.
//  3. With every channel locked, poll the cases in pollorder; the first
//     that can proceed (waiting partner, buffer space/data, closed) wins.
//  4. Otherwise (and block): enqueue a sudog on every channel, chained on
//     g.waiting in lock order, and park ("select"); selparkcommit releases
//     the locks once the goroutine is parked. The first waker wins g's
//     selectDone; the others skip its sudogs (waitq::dequeue).
//  5. After wake-up: lock everything again, dequeue the losing sudogs, and
//     report the winning case.

#include <string.h>

#include "chan.h"

namespace gosub::rt {

namespace {

struct selstate {
  scase* scases;
  uint16_t* lockorder;
  int n;
};

void sellock(scase* scases, const uint16_t* lockorder, int n) {
  hchan* c = nullptr;
  for (int i = 0; i < n; i++) {
    hchan* c0 = scases[lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

void selunlock(scase* scases, const uint16_t* lockorder, int n) {
  // We must be very careful here to not touch sel after we have unlocked
  // the last lock, because sel can be freed right after the last unlock.
  // Consider the following situation.
  // First M calls runtime·park() in runtime·selectgo() passing the sel.
  // Once runtime·park() has unlocked the last lock, another M makes
  // the G that calls select runnable again and schedules it for execution.
  // When the G runs on another M, it locks all the locks and frees sel.
  // Now if the first M touches sel, it will access freed memory.
  for (int i = n - 1; i >= 0; i--) {
    hchan* c = scases[lockorder[i]].c;
    if (i > 0 && c == scases[lockorder[i - 1]].c) continue;  // will unlock it on the next iteration
    unlock(&c->lock);
  }
}

void selunlockf(void* arg) {
  auto* s = static_cast<selstate*>(arg);
  selunlock(s->scases, s->lockorder, s->n);
}

bool selparkcommit(g* gp, void*) {
  // This must not access gp's stack (see gopark). In particular, it must
  // not access the scases. That's okay, because by the time this is
  // called, gp.waiting has all channels in lock order.
  hchan* lastc = nullptr;
  for (sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    // As soon as we unlock a channel, fields in any sudog with that
    // channel may change, including c and waitlink: gp is already
    // _Gwaiting, so a waker may ready it and another M may run it (it
    // re-locks every channel first). Since multiple sudogs may have the
    // same channel, we unlock only after we've passed the last instance of
    // a channel.
    if (sg->c != lastc && lastc != nullptr) unlock(&lastc->lock);
    lastc = sg->c;
  }
  if (lastc != nullptr) unlock(&lastc->lock);
  return true;
}

inline uintptr_t sortkey(hchan* c) { return reinterpret_cast<uintptr_t>(c); }

}  // namespace

// block: `select {}` parks forever.
void block() {
  gopark(nullptr, nullptr, waitReasonSelectNoCases);  // forever
  throw_("unreachable");
}

// selectgo implements the select statement. Returns the index of the
// chosen scase (sends first, then receives), or -1 if !block and nothing
// was ready; *recvOK reports whether a receive case got a value (false:
// the channel was closed).
int64_t selectgo(void* cas0, void* order0, int64_t nsends64, int64_t nrecvs64, bool block, void* recvOKp) {
  auto* scases = static_cast<scase*>(cas0);
  auto* order1 = static_cast<uint16_t*>(order0);
  int nsends = static_cast<int>(nsends64);
  int ncases = nsends + static_cast<int>(nrecvs64);
  if (nsends64 < 0 || nrecvs64 < 0 || nsends64 + nrecvs64 > 65536) throw_("selectgo: bad number of cases");
  uint16_t* pollorder = order1;
  uint16_t* lockorder = order1 + ncases;
  bool recvOK = false;

  // generate permuted order
  int norder = 0;
  for (int i = 0; i < ncases; i++) {
    scase* cas = &scases[i];
    // Omit cases without channels from the poll and lock orders.
    if (cas->c == nullptr) {
      cas->elem = nullptr;  // allow GC
      continue;
    }
    uint32_t j = fastrandn(static_cast<uint32_t>(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = static_cast<uint16_t>(i);
    norder++;
  }

  // sort the cases by Hchan address to get the locking order.
  // simple heap sort, to guarantee n log n time and constant stack footprint.
  for (int i = 0; i < norder; i++) {
    int j = i;
    // Start with the pollorder to permute cases on the same channel.
    hchan* c = scases[pollorder[i]].c;
    while (j > 0 && sortkey(scases[lockorder[(j - 1) / 2]].c) < sortkey(c)) {
      int k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (int i = norder - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    hchan* c = scases[o].c;
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && sortkey(scases[lockorder[k]].c) < sortkey(scases[lockorder[k + 1]].c)) k++;
      if (sortkey(c) < sortkey(scases[lockorder[k]].c)) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }

  // lock all the channels involved in the select
  sellock(scases, lockorder, norder);
  selstate st{scases, lockorder, norder};

  g* gp;
  sudog* sg;
  hchan* c = nullptr;
  int casi = -1;
  scase* cas = nullptr;
  bool caseSuccess;
  sudog* sglist;
  sudog** nextp;

  // pass 1 - look for something already waiting
  for (int i = 0; i < norder; i++) {
    casi = pollorder[i];
    cas = &scases[casi];
    c = cas->c;
    if (casi >= nsends) {
      sg = c->sendq.dequeue();
      if (sg != nullptr) goto recv;
      if (c->qcount > 0) goto bufrecv;
      if (c->closed != 0) goto rclose;
    } else {
      if (c->closed != 0) goto sclose;
      sg = c->recvq.dequeue();
      if (sg != nullptr) goto send;
      if (c->qcount < c->dataqsiz) goto bufsend;
    }
  }

  if (!block) {
    selunlock(scases, lockorder, norder);
    casi = -1;
    goto retc;
  }

  // pass 2 - enqueue on all chans
  gp = getg();
  if (gp->waiting != nullptr) throw_("gp.waiting != nil");
  nextp = &gp->waiting;
  for (int i = 0; i < norder; i++) {
    casi = lockorder[i];
    cas = &scases[casi];
    c = cas->c;
    sudog* nsg = acquireSudog();
    nsg->g = gp;
    nsg->isSelect = true;
    // No stack splits between assigning elem and enqueuing sg on
    // gp.waiting where copystack can find it.
    nsg->elem = cas->elem;
    nsg->c = c;
    // Construct waiting list in lock order.
    *nextp = nsg;
    nextp = &nsg->waitlink;
    if (casi < nsends) {
      c->sendq.enqueue(nsg);
    } else {
      c->recvq.enqueue(nsg);
    }
  }

  // wait for someone to wake us up
  gp->param = nullptr;
  gopark(selparkcommit, nullptr, waitReasonSelect);

  sellock(scases, lockorder, norder);

  __atomic_store_n(&gp->selectDone, 0u, __ATOMIC_RELAXED);
  sg = static_cast<sudog*>(gp->param);
  gp->param = nullptr;

  // pass 3 - dequeue from unsuccessful chans
  // otherwise they stack up on quiet channels
  // record the successful case, if any.
  // We singly-linked up the SudoGs in lock order.
  casi = -1;
  cas = nullptr;
  caseSuccess = false;
  sglist = gp->waiting;
  // Clear all elem before unlinking from gp.waiting.
  for (sudog* sg1 = gp->waiting; sg1 != nullptr; sg1 = sg1->waitlink) {
    sg1->isSelect = false;
    sg1->elem = nullptr;
    sg1->c = nullptr;
  }
  gp->waiting = nullptr;

  for (int i = 0; i < norder; i++) {
    uint16_t casei = lockorder[i];
    scase* k = &scases[casei];
    if (sg == sglist) {
      // sg has already been dequeued by the G that woke us up.
      casi = casei;
      cas = k;
      caseSuccess = sglist->success;
    } else {
      c = k->c;
      if (casei < nsends) {
        c->sendq.dequeueSudoG(sglist);
      } else {
        c->recvq.dequeueSudoG(sglist);
      }
    }
    sudog* sgnext = sglist->waitlink;
    sglist->waitlink = nullptr;
    releaseSudog(sglist);
    sglist = sgnext;
  }

  if (cas == nullptr) throw_("selectgo: bad wakeup");

  c = cas->c;

  if (casi < nsends) {
    if (!caseSuccess) goto sclose;
  } else {
    recvOK = caseSuccess;
  }

  selunlock(scases, lockorder, norder);
  goto retc;

bufrecv:
  // can receive from buffer
  recvOK = true;
  {
    void* qp = chanbuf(c, c->recvx);
    if (cas->elem != nullptr) memmove(cas->elem, qp, c->elemsize);
    memset(qp, 0, c->elemsize);
  }
  c->recvx++;
  if (c->recvx == c->dataqsiz) c->recvx = 0;
  __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
  selunlock(scases, lockorder, norder);
  goto retc;

bufsend:
  // can send to buffer
  memmove(chanbuf(c, c->sendx), cas->elem, c->elemsize);
  c->sendx++;
  if (c->sendx == c->dataqsiz) c->sendx = 0;
  __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
  selunlock(scases, lockorder, norder);
  goto retc;

recv:
  // can receive from sleeping sender (sg)
  gosub::rt::recv(c, sg, cas->elem, selunlockf, &st);
  recvOK = true;
  goto retc;

rclose:
  // read at end of closed channel
  selunlock(scases, lockorder, norder);
  recvOK = false;
  if (cas->elem != nullptr) memset(cas->elem, 0, c->elemsize);
  goto retc;

send:
  // can send to a sleeping receiver (sg)
  gosub::rt::send(c, sg, cas->elem, selunlockf, &st);
  goto retc;

retc:
  if (recvOKp != nullptr) *static_cast<bool*>(recvOKp) = recvOK;
  return casi;

sclose:
  // send on closed channel
  selunlock(scases, lockorder, norder);
  panicPlainError("send on closed channel");
}

}  // namespace gosub::rt
