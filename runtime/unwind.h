// runtime/unwind.h — the frame-pointer walk that tracebacks and the profiler
// share (the part of Go's gentraceback that finds frames, not what it prints).
//
// Every Go function keeps a frame pointer and so does the runtime, so a frame
// record is [fp] = caller's fp, [fp+8] = return address. The walk checks
// every fp against the stack it belongs to and requires fps to grow within a
// segment, so a broken or half-written chain ends the walk instead of
// faulting. It allocates nothing, takes no lock and calls nothing that could
// grow a stack: sigprof runs it on the signal stack.
//
// Segmented stacks: the chain continues across a segment boundary because
// __morestack's frame record (on the old segment) is the saved rbp of the
// first frame on the new one. __morestack's record is special: it holds
// [0] = fp of f's caller, [1] = a pc in f's prologue, [2] = f's return
// address, where f is the function whose prologue called __morestack. If the
// walk came up from f's body on the new segment (the return address into
// __morestack is __morestack_bodyret), f has been seen already; if it came
// from newstack (f stopped in its prologue, e.g. to be preempted), f is
// yielded from [1].
//
// Every method is always_inline: an out-of-line copy would be emitted in
// each object that uses it, and the linker might keep the one from a
// split-stack file, whose prologue must not run on g0 or the signal stack.
#pragma once

#include "runtime.h"

extern "C" char __morestack[], __morestack_end[], __morestack_bodyret[];  // asm_amd64.S

namespace gosub::rt {

// stackbounds: [lo, hi) of the stack (segment) of gp that holds addr, or
// false: g0's and gsignal's one stack, or one of a goroutine's segments up
// to the current one.
[[gnu::always_inline]] inline bool stackbounds(g* gp, uintptr_t addr, uintptr_t* lo, uintptr_t* hi) {
  if (gp->stackbase == nullptr) {
    *lo = gp->stack.lo;
    *hi = gp->stack.hi;
    return addr >= *lo && addr < *hi;
  }
  for (stkseg* s = gp->stackbase; s != nullptr; s = s->next) {
    if (addr >= seglo(s) && addr < seghi(s)) {
      *lo = seglo(s);
      *hi = seghi(s);
      return true;
    }
    if (s == gp->stackseg) break;
  }
  return false;
}

class unwinder {
 public:
  // Walks gp's stack from the frame record at fp. gp is a goroutine (its
  // segments bound the walk) or an M's g0/gsignal (stack.lo..stack.hi).
  [[gnu::always_inline]] unwinder(g* gp, uintptr_t fp) : gp_(gp), fp_(fp) {}

  // next stores the next return address up the chain in *ra and returns
  // true, or returns false at the chain's end. A return address lies just
  // after its call: symbolise it at ra-1.
  [[gnu::always_inline]] bool next(uintptr_t* ra) {
    if (npending_ > 0) {
      *ra = pending_[--npending_];
      return true;
    }
    if (!valid(fp_, prev_)) return false;
    steps_++;
    auto* rec = reinterpret_cast<uintptr_t*>(fp_);
    uintptr_t pc = rec[1];
    prev_ = fp_;
    if (pc >= reinterpret_cast<uintptr_t>(__morestack) && pc < reinterpret_cast<uintptr_t>(__morestack_end)) {
      uintptr_t ms = rec[0];
      if (!valid(ms, 0)) return false;
      auto* mrec = reinterpret_cast<uintptr_t*>(ms);
      // Yielded in order: f's prologue pc (if f was not seen), then f's
      // caller; pending_ is a stack, so push them in reverse.
      pending_[npending_++] = mrec[2];
      if (pc != reinterpret_cast<uintptr_t>(__morestack_bodyret)) pending_[npending_++] = mrec[1];
      prev_ = ms;
      fp_ = mrec[0];
      *ra = pending_[--npending_];
      return true;
    }
    fp_ = rec[0];
    *ra = pc;
    return true;
  }

  // fp of the frame whose return address next() yielded last (0 at first).
  [[gnu::always_inline]] uintptr_t framepointer() const { return prev_; }

 private:
  // A record must be aligned, lie wholly in one of gp's stacks and, in the
  // same segment as the previous one, above it. A walk may leave a segment
  // for an older one, whose address may be lower.
  [[gnu::always_inline]] bool valid(uintptr_t fp, uintptr_t prev) const {
    uintptr_t lo, hi, plo, phi;
    if ((fp & 7) != 0 || !stackbounds(gp_, fp, &lo, &hi) || fp + 16 > hi) return false;
    if (prev != 0 && stackbounds(gp_, prev, &plo, &phi) && plo == lo && fp <= prev) return false;
    return steps_ < kMaxSteps;
  }

  static constexpr int kMaxSteps = 1000000;

  g* gp_;
  uintptr_t fp_;
  uintptr_t prev_ = 0;
  int steps_ = 0;
  uintptr_t pending_[2];
  int npending_ = 0;
};

}  // namespace gosub::rt
