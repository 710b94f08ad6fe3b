// morestack_test.cpp — __morestack's register contract (asm_amd64.S): a
// function entered through it sees every argument register and stack
// argument its caller passed, and its caller gets every result register
// back (rax, rdx, rcx, xmm0, xmm1: those compiler/codegen/callconv.cpp
// returns results in) and every callee-saved register intact, whether the call fit, started a new segment (at every offset of
// the guard around the function's entry), or was a preemption request that
// re-entered the body in place, or yielded to the scheduler first. The
// callees are assembly (morestack_probe.S), so nothing else touches the
// registers in between.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>

#include "rungo.h"

namespace {

using namespace gosub::rt;
using testgo::rungo;

struct alignas(16) probe_regs {
  uint64_t gpr[7];  // rdi, rsi, rdx, rcx, r8, r9, rax
  uint64_t pad;
  uint64_t xmm[8][2];
  uint64_t stack[8];
  uint64_t rsp;
  uint64_t saved[5];  // rbx, r12..r15
  uint64_t pad2[2];
};
static_assert(sizeof(probe_regs) == 320 && offsetof(probe_regs, xmm) == 64 && offsetof(probe_regs, stack) == 192 &&
              offsetof(probe_regs, rsp) == 256 && offsetof(probe_regs, saved) == 264);

const char* const kGprNames[7] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9", "rax"};
// The result registers: gpr[] indices of rax, rdx, rcx; xmm0 and xmm1.
const int kResultGprs[] = {6, 2, 3};
constexpr int kResultXmms = 2;
const char* const kSavedNames[5] = {"rbx", "r12", "r13", "r14", "r15"};

}  // namespace

extern "C" {
extern probe_regs probe_in, probe_seen, probe_ret, probe_got;
#define PROBE_DECL(name) \
  void probe_call_##name();
PROBE_DECL(a0)
PROBE_DECL(a1)
PROBE_DECL(a2)
PROBE_DECL(a3)
PROBE_DECL(a4)
PROBE_DECL(a5)
PROBE_DECL(a6)
PROBE_DECL(a7)
PROBE_DECL(a8)
PROBE_DECL(big0)
PROBE_DECL(big3)
#undef PROBE_DECL
}

namespace {

struct Probe {
  const char* name;
  void (*call)();
  int nargs;
  uintptr_t frame;
};
const Probe kProbes[] = {
    {"a0", probe_call_a0, 0, 0},       {"a1", probe_call_a1, 1, 16},   {"a2", probe_call_a2, 2, 32},
    {"a3", probe_call_a3, 3, 48},      {"a4", probe_call_a4, 4, 64},   {"a5", probe_call_a5, 5, 80},
    {"a6", probe_call_a6, 6, 96},      {"a7", probe_call_a7, 7, 112},  {"a8", probe_call_a8, 8, 128},
    {"big0", probe_call_big0, 0, 4096}, {"big3", probe_call_big3, 3, 20000},
};

uint64_t mix(uint64_t x) {  // splitmix64: distinct values for every register and call
  x += 0x9e3779b97f4a7c15;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9;
  x = (x ^ (x >> 27)) * 0x94d049bb133111eb;
  return x ^ (x >> 31);
}

uint64_t callSeq;

void fill(probe_regs* r, uint64_t seed) {
  uint64_t k = seed * 64;
  for (uint64_t& v : r->gpr) v = mix(k++);
  for (auto& x : r->xmm) x[0] = mix(k++), x[1] = mix(k++);
  for (uint64_t& v : r->stack) v = mix(k++);
  for (uint64_t& v : r->saved) v = mix(k++);
}

[[noreturn]] void fail(const Probe& p, const char* mode, long delta, const char* what) {
  fprintf(stderr, "probe %s, %s, guard at entry%+ld: %s\n", p.name, mode, delta, what);
  gosub::rt::exit(1);
}

// Calls p once and checks every register both ways; returns the callee's
// rsp in its body.
uint64_t callAndCheck(const Probe& p, const char* mode, long delta) {
  ++callSeq;
  fill(&probe_in, 2 * callSeq);
  fill(&probe_ret, 2 * callSeq + 1);
  memset(&probe_seen, 0, sizeof probe_seen);
  memset(&probe_got, 0, sizeof probe_got);
  p.call();
  char what[96];
  for (int i = 0; i < 7; i++)
    if (probe_seen.gpr[i] != probe_in.gpr[i]) snprintf(what, sizeof what, "argument %s lost", kGprNames[i]), fail(p, mode, delta, what);
  for (int i : kResultGprs)
    if (probe_got.gpr[i] != probe_ret.gpr[i]) snprintf(what, sizeof what, "result %s lost", kGprNames[i]), fail(p, mode, delta, what);
  for (int i = 0; i < 8; i++)
    if (memcmp(probe_seen.xmm[i], probe_in.xmm[i], 16) != 0) snprintf(what, sizeof what, "argument xmm%d lost", i), fail(p, mode, delta, what);
  for (int i = 0; i < kResultXmms; i++)
    if (memcmp(probe_got.xmm[i], probe_ret.xmm[i], 16) != 0) snprintf(what, sizeof what, "result xmm%d lost", i), fail(p, mode, delta, what);
  for (int i = 0; i < p.nargs; i++)
    if (probe_seen.stack[i] != probe_in.stack[i]) snprintf(what, sizeof what, "stack argument %d lost", i), fail(p, mode, delta, what);
  for (int i = 0; i < 5; i++)
    if (probe_got.saved[i] != probe_in.saved[i]) snprintf(what, sizeof what, "callee-saved %s clobbered", kSavedNames[i]), fail(p, mode, delta, what);
  if (probe_got.rsp != probe_in.rsp) fail(p, mode, delta, "rbp clobbered");
  return probe_seen.rsp;
}

bool onSegment(uint64_t sp, const stack& s) { return sp > s.lo && sp <= s.hi; }

void setguard(g* gp, uintptr_t guard) {
  gp->stackguard0 = guard;
  setstackguard(guard);
}

// Sweeps the guard across the callee's entry: from 48 bytes below the
// point where its prologue check starts failing to 48 above, in 8-byte
// steps. Below, the call fits; from there on, it must run on a new segment
// and come back to this one.
void splitsAtEveryOffset() {
  g* gp = getg();
  for (const Probe& p : kProbes) {
    stack home = gp->stack;
    uintptr_t guard = gp->stackguard0;
    uint64_t entry = callAndCheck(p, "fits", 0);
    if (!onSegment(entry, home)) fail(p, "fits", 0, "ran off its segment");
    // The prologue calls __morestack when rsp - (frame >= 256 ? frame : 0)
    // <= guard.
    uint64_t edge = entry - (p.frame >= 256 ? p.frame : 0);
    for (long delta = -48; delta <= 48; delta += 8) {
      setguard(gp, edge + delta);
      uint64_t sp = callAndCheck(p, "split", delta);
      bool split = delta >= 0;
      if (split && onSegment(sp, home)) fail(p, "split", delta, "did not start a new segment");
      if (!split && sp != entry) fail(p, "split", delta, "moved without a split");
      if (split && (sp & 15) != 8) fail(p, "split", delta, "misaligned on the new segment");
      if (gp->stack.lo != home.lo || gp->stack.hi != home.hi) fail(p, "split", delta, "not back on its segment");
      if (split && (gp->stackguard0 != guard || getstackguard() != guard)) fail(p, "split", delta, "guard not restored");
      setguard(gp, guard);
    }
  }
}

// A poisoned guard with no preemption pending (a request that came too
// late) re-enters the body in place; one with preempt set yields first,
// and the body may resume on another M.
void preemptionReenters(bool yield) {
  for (const Probe& p : kProbes) {
    g* gp = getg();
    uintptr_t guard = gp->stackguard0;
    uint64_t entry = callAndCheck(p, "fits", 0);
    gp->preempt = yield;
    setguard(gp, stackPreempt);
    uint64_t sp = callAndCheck(p, yield ? "preempt+yield" : "preempt", 0);
    gp = getg();
    if (sp != entry) fail(p, "preempt", 0, "did not re-enter in place");
    if (gp->stackguard0 != guard || getstackguard() != guard) fail(p, "preempt", 0, "guard not restored");
    if (gp->preempt) fail(p, "preempt", 0, "preemption still pending");
  }
}

TEST(MorestackDeathTest, RegistersSurviveSplitsAtEveryOffset) {
  EXPECT_EXIT(rungo([] { splitsAtEveryOffset(); }, "1"), testing::ExitedWithCode(0), "");
}

TEST(MorestackDeathTest, RegistersSurvivePreemptionRequests) {
  EXPECT_EXIT(rungo([] {
                preemptionReenters(false);
                preemptionReenters(true);
              }, "2"),
              testing::ExitedWithCode(0), "");
}

}  // namespace
