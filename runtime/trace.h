// runtime/trace.h — the scheduler trace (GOSUBTRACE=trace.json): hooks the
// scheduler calls at each event Go 1.19's execution tracer records (Go's
// runtime/trace.go), written out as Chrome trace-event JSON at exit
// (trace.cpp; docs/tracing.md shows how to read it).
//
// Every hook is an inline function whose whole cost with tracing off is one
// load of traceEnabled and a branch that is never taken (traceEnabled is
// written once, in schedinit, before any other M exists). With tracing on,
// the hook calls traceEvent, which appends a 32-byte record to the buffer
// of the current P (or, for an M without a P, to the M's own buffer): no
// lock, no allocation; only a full buffer goes to the spill file, under
// trace.lock, on the system stack. traceEvent is small enough for the
// reserve below a goroutine's guard (entersyscall, newstack call hooks).
#pragma once

#include "runtime2.h"

namespace gosub::rt {

extern bool traceEnabled;
// traceRequested: GOSUBTRACE opened a trace file, so the way out of the
// process must write it, or wait for the M writing it. Written once, in
// schedinit; unlike traceEnabled, never cleared.
extern bool traceRequested;

// The recorded events. The converter (trace.cpp) turns their sequence into
// slices on the P, M and goroutine tracks. Each record also holds the
// recording M and its P.
enum traceKind : uint8_t {
  traceEvNone = 0,
  traceEvGoCreate,        // g: the new goroutine; arg: its start pc
  traceEvGoStart,         // g starts running on this M and P
  traceEvGoBlock,         // g parks; b: its waitReason
  traceEvGoUnblock,       // g is made runnable by this M (its current goroutine, if any)
  traceEvGoSched,         // g yields (runtime.Gosched)
  traceEvGoPreempt,       // g is preempted (a request honoured)
  traceEvGoExit,          // g exits
  traceEvGoSysCall,       // g enters a system call; arg: the P left in _Psyscall
  traceEvGoSysExit,       // g leaves it; arg: the P it runs on now, -1 if none (runnable)
  traceEvProcAcquire,     // this M takes P arg
  traceEvProcRelease,     // this M lets go of P arg
  traceEvProcHandoff,     // P arg is handed off (handoffp: to a new M, or idle)
  traceEvProcRetake,      // P arg is taken from a system call; b: 0 sysmon, 1 stop-the-world
  traceEvSteal,           // this M's P stole b goroutines from P arg
  traceEvMStart,          // this M starts; b: 1 for a system M (sysmon, template thread)
  traceEvMPark,           // this M sleeps (stopm, stoplockedm)
  traceEvMUnpark,         // this M wakes; b: spinning
  traceEvMSpin,           // this M starts (b = 1) or stops (b = 0) spinning
  traceEvMExit,           // this M's thread ends (mexit)
  traceEvPreemptRequest,  // g is asked to yield (sysmon, stop-the-world)
  traceEvStackGrow,       // g's stack grows by a segment of arg bytes
  traceEvSTWStart,        // stop-the-world begins; arg: the reason (a static C string)
  traceEvSTWDone,         // the world starts again
  traceEvLockOSThread,    // g locks its thread
  traceEvUnlockOSThread,  // g unlocks it
  traceEvFork,            // g forks a child process (syscall.forkExec)
  traceEvProcResize,      // the number of Ps becomes arg (procresize)
  traceEvCount
};

// traceEvent records one event. Use the hooks below.
[[gnu::noinline]] void traceEvent(traceKind kind, int64_t goid, int64_t arg, uint32_t b);
// traceEventOnSystemStack: the same through systemstack, for the hooks in
// __morestack's path (newstack), whose reserve has no room for traceEvent.
[[gnu::noinline]] void traceEventOnSystemStack(traceKind kind, int64_t goid, int64_t arg, uint32_t b);
// traceinit starts tracing into file path (GOSUBTRACE's value; nullptr or
// empty: no tracing). Called once by schedinit on m0.
void traceinit(const char* path);
// traceFinish writes the trace file: every buffer, merged by time, as JSON.
// Called on the way out of the process (main's return, os.Exit, a fatal
// error, exec); events after it are dropped. An M that comes while another
// writes waits for it (and then its exit follows the writer's). freeze:
// stop the other goroutines first, as the exit would have (it is final).
// Any stack: it switches to g0.
void traceFinish(bool freeze);
#define GOSUB_TRACE_HOOK(kind, goid, arg, b) \
  do {                                        \
    if (__builtin_expect(atomicLoadRelaxed(&traceEnabled), 0)) traceEvent(kind, goid, arg, b); \
  } while (0)

inline void traceGoCreate(g* newg) {
  GOSUB_TRACE_HOOK(traceEvGoCreate, newg->goid, reinterpret_cast<int64_t>(newg->startfn), 0);
}
inline void traceGoStart(g* gp) { GOSUB_TRACE_HOOK(traceEvGoStart, gp->goid, 0, 0); }
inline void traceGoBlock(g* gp) { GOSUB_TRACE_HOOK(traceEvGoBlock, gp->goid, 0, gp->waitreason); }
inline void traceGoUnblock(g* gp) { GOSUB_TRACE_HOOK(traceEvGoUnblock, gp->goid, 0, 0); }
inline void traceGoSched(g* gp) { GOSUB_TRACE_HOOK(traceEvGoSched, gp->goid, 0, 0); }
inline void traceGoPreempt(g* gp) { GOSUB_TRACE_HOOK(traceEvGoPreempt, gp->goid, 0, 0); }
inline void traceGoExit(g* gp) { GOSUB_TRACE_HOOK(traceEvGoExit, gp->goid, 0, 0); }
inline void traceGoSysCall(g* gp, p* pp) { GOSUB_TRACE_HOOK(traceEvGoSysCall, gp->goid, pp->id, 0); }
// pp: the P the goroutine goes on running on, nullptr when it must wait for one.
inline void traceGoSysExit(g* gp, p* pp) {
  GOSUB_TRACE_HOOK(traceEvGoSysExit, gp->goid, pp != nullptr ? pp->id : -1, 0);
}
inline void traceProcAcquire(p* pp) { GOSUB_TRACE_HOOK(traceEvProcAcquire, 0, pp->id, 0); }
inline void traceProcRelease(p* pp) { GOSUB_TRACE_HOOK(traceEvProcRelease, 0, pp->id, 0); }
inline void traceProcHandoff(p* pp) { GOSUB_TRACE_HOOK(traceEvProcHandoff, 0, pp->id, 0); }
inline void traceProcRetake(p* pp, bool forSTW) { GOSUB_TRACE_HOOK(traceEvProcRetake, 0, pp->id, forSTW); }
inline void traceSteal(p* victim, uint32_t n) { GOSUB_TRACE_HOOK(traceEvSteal, 0, victim->id, n); }
inline void traceMStart(bool system) { GOSUB_TRACE_HOOK(traceEvMStart, 0, 0, system); }
inline void traceMPark() { GOSUB_TRACE_HOOK(traceEvMPark, 0, 0, 0); }
inline void traceMUnpark(bool spinning) { GOSUB_TRACE_HOOK(traceEvMUnpark, 0, 0, spinning); }
inline void traceMSpin(bool spinning) { GOSUB_TRACE_HOOK(traceEvMSpin, 0, 0, spinning); }
inline void traceMExit() { GOSUB_TRACE_HOOK(traceEvMExit, 0, 0, 0); }
inline void tracePreemptRequest(g* gp) { GOSUB_TRACE_HOOK(traceEvPreemptRequest, gp->goid, 0, 0); }
inline void traceStackGrow(g* gp, uintptr_t size) {
  if (__builtin_expect(atomicLoadRelaxed(&traceEnabled), 0))
    traceEventOnSystemStack(traceEvStackGrow, gp->goid, static_cast<int64_t>(size), 0);
}
inline void traceSTWStart(const char* reason) {
  GOSUB_TRACE_HOOK(traceEvSTWStart, 0, reinterpret_cast<int64_t>(reason), 0);
}
inline void traceSTWDone() { GOSUB_TRACE_HOOK(traceEvSTWDone, 0, 0, 0); }
inline void traceLockOSThread(g* gp) { GOSUB_TRACE_HOOK(traceEvLockOSThread, gp->goid, 0, 0); }
inline void traceUnlockOSThread(g* gp) { GOSUB_TRACE_HOOK(traceEvUnlockOSThread, gp->goid, 0, 0); }
inline void traceFork(g* gp) { GOSUB_TRACE_HOOK(traceEvFork, gp->goid, 0, 0); }
inline void traceProcResize(int32_t nprocs) { GOSUB_TRACE_HOOK(traceEvProcResize, 0, nprocs, 0); }
// traceExit: the process is about to exit; write the trace if one is on.
inline void traceExit() {
  if (__builtin_expect(atomicLoadRelaxed(&traceRequested), 0)) traceFinish(true);
}
// traceBeforeExec: the process is about to be replaced by exec, which may
// fail: write the trace, but let the other goroutines run on.
inline void traceBeforeExec() {
  if (__builtin_expect(atomicLoadRelaxed(&traceRequested), 0)) traceFinish(false);
}

#undef GOSUB_TRACE_HOOK

}  // namespace gosub::rt
