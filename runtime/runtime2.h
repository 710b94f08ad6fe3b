// runtime/runtime2.h — the runtime's core data structures (Go's runtime2.go).
//
// G is a goroutine, M an OS thread (a pthread), P a processor: the right to
// run Go code. An M must hold a P to run a goroutine; there are GOMAXPROCS Ps.
// schedt (`sched`) holds everything global to the scheduler. The structure,
// the names and the ownership rules follow Go's runtime2.go and proc.go; read
// docs/runtime.md for the state machines.
//
// Ownership notation used below:
//   [own]    only the owning M/goroutine touches it (no synchronisation);
//   [sched]  protected by sched.lock;
//   [atomic] read and written with atomics by anyone;
//   [P]      written only by the M that holds the P (others may read racily).
//   [racy]   written by its owner, read by others without a lock (sysmon,
//            thieves, gcount): every write to it and every read that is not
//            the writer's own is one of the atomics below, with the ordering
//            the comment names (docs/runtime.md, "Atomics and the sanitizers").
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "asm_offsets.h"

namespace gosub::rt {

// ---- atomics for fields read without a lock ----------------------------------
// Go's runtime/internal/atomic Load/LoadAcq/Store/StoreRel, for plain fields
// (the [racy] ones below). A plain access that races with another thread's
// write is undefined behaviour in C++ (an optimiser may tear, re-read or
// drop it) and a ThreadSanitizer report; these make the intent explicit and
// cost nothing on x86-64: relaxed and acquire loads and relaxed and release
// stores all compile to the same mov as a plain access. Use the weakest one
// that is correct: relaxed when the value is a hint or a pointer to memory
// that is never freed; acquire/release when the reader goes on to read
// other fields the writer initialised before publishing. (Read-modify-write
// operations use the __atomic builtins directly.)
template <class T>
inline T atomicLoadRelaxed(const T* p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
template <class T>
inline T atomicLoadAcq(const T* p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
template <class T>
inline void atomicStoreRelaxed(T* p, std::type_identity_t<T> v) { __atomic_store_n(p, v, __ATOMIC_RELAXED); }
template <class T>
inline void atomicStoreRel(T* p, std::type_identity_t<T> v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }

// ---- locks and notes (lock_futex.cpp) ---------------------------------------
// mutex: a runtime lock (Go's lock_futex.go): spins briefly, then sleeps on
// a futex. Never held across a goroutine switch. key: 0 unlocked, 1 locked,
// 2 locked with sleepers.
struct mutex {
  uint32_t key;
};
// note: a one-shot wake-up event (Go's note). Exactly one M may notesleep on
// it; exactly one notewakeup may happen before the next noteclear.
struct note {
  uint32_t key;
};

// Stack describes the goroutine's current stack segment: [lo, hi), usable
// bytes (the segment header lies below lo). Stacks grow down.
struct stack {
  uintptr_t lo;
  uintptr_t hi;
};

// stkseg is the header at the base of every goroutine stack segment
// (stack.cpp). Segments of one goroutine form a list from the first (the one
// it started on, prev == nullptr) to the current one; the current segment's
// `next` is the cached spare, kept so a call that bounces across the boundary
// does not allocate (the hot-split problem).
struct stkseg {
  stkseg* prev;    // the older segment this one was entered from
  stkseg* next;    // the newer segment (in use, or the cached spare)
  uintptr_t size;  // bytes of the allocation, header included
  uintptr_t pad;   // keeps the usable area 16-byte aligned
};

// Goroutine status (Go's _G* constants). Who may change it:
enum : uint32_t {
  // _Gidle: just allocated by malg, not yet initialised. Owned by the
  // allocating M; becomes _Gdead before it is published in allgs.
  _Gidle = 0,
  // _Grunnable: on a run queue (a P's runq/runnext or sched.runq), not
  // running. Its stack is not in use. Only the M that takes it off the queue
  // may change it (to _Grunning, in execute).
  _Grunnable = 1,
  // _Grunning: owns its stack and runs on an M that holds a P; g.m is set.
  // Only the goroutine itself changes it (gopark, Gosched, goexit,
  // preemption via __morestack — always on its own M, switching to g0).
  _Grunning = 2,
  // _Gsyscall: in a system call (entersyscall .. exitsyscall, syscall.cpp).
  // Owns its stack, which must not grow (throwsplit); not on a run queue;
  // its M runs it but holds no P (m.oldp remembers the P, which sysmon or
  // stop-the-world may take meanwhile). Only the goroutine itself moves it
  // in (entersyscall) and out (exitsyscall, or exitsyscall0 on its g0).
  _Gsyscall = 3,
  // _Gwaiting: blocked (gopark); on some wait queue (a channel's, a
  // semaphore's), recorded in waitreason. Not running, not queued; only the
  // waker changes it (goready: _Gwaiting -> _Grunnable), and only one waker,
  // which the wait queue's own lock decides.
  _Gwaiting = 4,
  // _Gdead: unused: exited, on a free list (P's gFree or sched.gFree), or
  // being initialised by newproc1. It may keep its first stack segment.
  // Only the M holding the free list / the creating M touches it.
  _Gdead = 6,
};

// P status (Go's _P* constants).
enum : uint32_t {
  // _Pidle: not running user code; on sched.pidle, or in transition.
  // Owned by whoever took it off the idle list (under sched.lock).
  _Pidle = 0,
  // _Prunning: owned by an M (p.m), which runs user code or the scheduler.
  // Only that M changes the status (to _Pidle when it has no work, to
  // _Pgcstop when the world stops); sysmon only reads it.
  _Prunning = 1,
  // _Psyscall: its M is in a system call and left the P (p.m is nil; the
  // M remembers it as m.oldp). Not running Go code. Whoever wins a CAS out
  // of _Psyscall owns it: the M itself on its way out (exitsyscallfast,
  // to _Pidle and then _Prunning), sysmon's retake (to _Pidle, handoffp),
  // or stopTheWorld (to _Pgcstop).
  _Psyscall = 2,
  // _Pgcstop: halted for stop-the-world; owned by the M that stopped the
  // world; startTheWorld (procresize) moves it back to _Pidle/_Prunning.
  _Pgcstop = 3,
  // _Pdead: no longer used (GOMAXPROCS shrank); procresize may reuse it.
  _Pdead = 4,
};

// waitReason: why a goroutine is _Gwaiting; printed in tracebacks
// ("goroutine 1 [chan receive]:"). The same list and strings as Go 1.19.
enum waitReason : uint8_t {
  waitReasonZero = 0,              // ""
  waitReasonGCAssistMarking,       // "GC assist marking"
  waitReasonIOWait,                // "IO wait"
  waitReasonChanReceiveNilChan,    // "chan receive (nil chan)"
  waitReasonChanSendNilChan,       // "chan send (nil chan)"
  waitReasonDumpingHeap,           // "dumping heap"
  waitReasonGarbageCollection,     // "garbage collection"
  waitReasonGarbageCollectionScan, // "garbage collection scan"
  waitReasonPanicWait,             // "panicwait"
  waitReasonSelect,                // "select"
  waitReasonSelectNoCases,         // "select (no cases)"
  waitReasonGCAssistWait,          // "GC assist wait"
  waitReasonGCSweepWait,           // "GC sweep wait"
  waitReasonGCScavengeWait,        // "GC scavenge wait"
  waitReasonChanReceive,           // "chan receive"
  waitReasonChanSend,              // "chan send"
  waitReasonFinalizerWait,         // "finalizer wait"
  waitReasonForceGCIdle,           // "force gc (idle)"
  waitReasonSemacquire,            // "semacquire"
  waitReasonSleep,                 // "sleep"
  waitReasonSyncCondWait,          // "sync.Cond.Wait"
  waitReasonTimerGoroutineIdle,    // "timer goroutine (idle)"
  waitReasonTraceReaderBlocked,    // "trace reader (blocked)"
  waitReasonWaitForGCCycle,        // "wait for GC cycle"
  waitReasonGCWorkerIdle,          // "GC worker (idle)"
  waitReasonPreempted,             // "preempted"
  waitReasonDebugCall,             // "debug call"
  waitReasonCount
};
const char* waitReasonString(waitReason w);

struct g;
struct m;
struct p;
struct hchan;

// funcval: a Go func value as the runtime sees it (Go's funcval). A func
// value is a pointer to a closure object whose first word is the code; the
// code takes the func's parameters and then the object itself, through
// which it finds its captured variables (compiler/codegen/closure.cpp).
struct funcval {
  void* fn;
  // captured variables follow, as the compiler laid them out
};

// timer: a func value to run at a monotonic time (Go's runtime timer,
// time.go). It sits in the 4-ary min-heap of at most one P, ordered by
// when; checkTimers pops the expired ones and calls f(arg, seq) on the
// system stack of whichever M checks (with a P, so f may goready; f must
// not block). A periodic timer (period > 0) stays in the heap with its
// when moved on by whole periods.
//
// Package time embeds timers in Timer and Ticker as runtimeTimer
// (stdlib/time/sleep.go), which must agree with this layout field for
// field (static_asserts below; test/codegen/time_runtime_timer.go checks
// the Go side), and reaches them through startTimer, stopTimer, resetTimer
// and modTimer (abi.def); time.Sleep uses the g's own timer.
//
// Ownership: while t is in a heap, that heap's P's timersLock guards every
// field (the runner moves a periodic timer's when). While it is in none,
// the holder of t.mu owns the fields: modtimer and deltimer hold t.mu to
// take t out of its heap, change it and put it back, so two of them never
// interleave. Lock order: t.mu, then a P's timersLock; checkTimers never
// takes t.mu. Two exceptions need no lock: f, arg and seq never change
// once a timer is started, so the runner may read them after popping it;
// and a goroutine's sleep timer (g.timer) belongs to that goroutine, which
// sets its when while it is in no heap.
struct timer {
  p* pp = nullptr;          // the P whose heap holds t, nil when in none [written under pp.timersLock; read atomically]
  int64_t when = 0;         // nanotime() at which it fires
  int64_t period = 0;       // > 0: fire again every period nanoseconds
  funcval* f = nullptr;     // called as f->fn(arg, seq, f); must not block or park
  void* arg = nullptr;
  uintptr_t seq = 0;
  int32_t idx = 0;          // t's index in pp.timers [pp.timersLock]
  mutex mu{};               // serialises modtimer and deltimer of t
};
static_assert(sizeof(timer) == 56 && offsetof(timer, f) == 24 && offsetof(timer, seq) == 40 &&
                  offsetof(timer, idx) == 48 && offsetof(timer, mu) == 52,
              "timer must keep the layout of package time's runtimeTimer");

// sudog represents a g in a wait list, such as for sending/receiving on a
// channel or waiting on a semaphore (Go's sudog). A g can be on many wait
// lists (select), so there are many sudogs for one g; one channel has many
// waiting gs, so one g has many sudogs. They come from acquireSudog and go
// back with releaseSudog (per-P caches, chan.cpp). Fields are protected by
// the lock of the channel (or semaphore root) the sudog waits on, except
// the g.waiting list, which is the goroutine's own.
struct sudog {
  g* g = nullptr;
  sudog* next = nullptr;
  sudog* prev = nullptr;
  // elem: the data element, which may point into the waiting goroutine's
  // stack. Goroutine stacks are segmented and never move, so the pointer
  // stays valid while the goroutine is parked.
  void* elem = nullptr;
  int64_t acquiretime = 0;
  int64_t releasetime = 0;
  uint32_t ticket = 0;
  // isSelect: g is taking part in a select, so g.selectDone must be CAS'd
  // to win the wake-up race.
  bool isSelect = false;
  // success: the channel operation completed because a value was delivered
  // (true) or because the channel was closed (false).
  bool success = false;
  sudog* parent = nullptr;    // semaRoot binary tree
  sudog* waitlink = nullptr;  // g.waiting list or semaRoot
  sudog* waittail = nullptr;  // semaRoot
  hchan* c = nullptr;         // channel
};

// gobuf: a saved goroutine context (Go's gobuf). Go's own ABI has no
// callee-saved registers but rbp; gosub's switches happen inside C++ code
// (mcall, gopark), so rbx and r12-r15 are saved too. Written by mcall /
// gosave on the goroutine's own M, read by gogo on whichever M runs it next.
struct gobuf {
  uintptr_t sp;
  uintptr_t pc;
  uintptr_t bp;
  uintptr_t rbx, r12, r13, r14, r15;
  g* g;
};

struct g {
  // stack is the current segment; stackguard0 = stack.lo + _StackGuard, or
  // stackPreempt / stackFork as a request. The prologue reads the M's TCB
  // slot %fs:0x70, which gogo loads from stackguard0 and which the runtime
  // keeps equal to it while the goroutine runs. stack is [own];
  // stackguard0 is [racy]: its goroutine (newstack, oldstack) and the M
  // that starts it (execute, newproc1) store it relaxed, and preemptone
  // (sysmon, stopTheWorld) stores the poison relaxed at any moment; a
  // poison overwritten by a new guard is lost and sysmon asks again.
  struct stack stack;
  uintptr_t stackguard0;
  m* m = nullptr;  // the M running this g; nil when not running [own]
  gobuf sched{};   // saved context when not running [own]
  stkseg* stackseg = nullptr;   // current segment [own]
  stkseg* stackbase = nullptr;  // first segment, kept while on a free list
  uintptr_t stacktotal = 0;     // bytes of segments in use (maxstacksize)
  // stackgrown: segments beyond stackbase may exist (in use or the spare)
  // [own]. Without it, stackfreeextra, gfput and gfget would read the base
  // segment's header, a cache miss per goroutine (it lies at the far end
  // of the stack from the frames); while it is false the stack fields
  // describe the base segment alone (stacktotal is its size).
  bool stackgrown = false;
  g* schedlink = nullptr;       // next g on a run queue or free list
  int64_t goid = 0;
  uint32_t atomicstatus = _Gidle;  // [atomic] see the _G constants
  waitReason waitreason = waitReasonZero;  // valid in _Gwaiting
  // preempt: preemption requested. [racy] set by preemptone, cleared by the
  // M that (re)starts the G, read by newstack/preemptcheck: all relaxed.
  bool preempt = false;
  void* param = nullptr;     // passed by the waker to the woken (channels)
  int64_t waitsince = 0;     // approximate time it blocked (nanotimeCoarse)
  void (*startfn)(void*) = nullptr;  // the function `go` started (startpc)
  void* startarg = nullptr;
  uintptr_t gopc = 0;        // pc of the `go` statement (newproc's caller)
  g* alllink = nullptr;      // unused; allgs is an array
  // waiting: the sudogs this g is blocked on (a select has one per case),
  // linked by waitlink, in lock order. [own]
  sudog* waiting = nullptr;
  // selectDone: set by the first waker of a select (CAS 0 -> 1); the other
  // channels' wakers must then skip this g's sudogs. [atomic]
  uint32_t selectDone = 0;
  // timer: cached timer for time.Sleep, allocated on the first sleep. [own]
  struct timer* timer = nullptr;

  // ---- defer and panic (panic.cpp, defer.h) [own]
  // deferframe: the innermost running function that has defer statements
  // (its frame record, linked and unlinked by its own code); _panic: the
  // innermost active panic or Goexit; sig/sigpc: the signal a run-time
  // error stands for (panicmem's SIGSEGV), printed by an unrecovered panic.
  struct deferframe* deferframe = nullptr;
  struct _panic* _panic = nullptr;
  uint32_t sig = 0;
  uintptr_t sigpc = 0;

  // ---- system calls and locked threads (syscall.cpp, lockosthread.cpp)
  // syscallsp/pc/bp: the caller's sp, pc and frame pointer at entersyscall,
  // so that tracebacks (and the collector) see the goroutine's frames while
  // it is in the kernel; syscallsp != 0 exactly while in _Gsyscall. [own]
  uintptr_t syscallsp = 0;
  uintptr_t syscallpc = 0;
  uintptr_t syscallbp = 0;
  // throwsplit: the stack must not grow now (between entersyscall and
  // exitsyscall): newstack throws instead. [own]
  bool throwsplit = false;
  // lockedm: the M this goroutine is locked to (LockOSThread), nil if
  // none. Set and cleared by the goroutine itself; read by the scheduler
  // of whichever M finds it runnable (schedule -> startlockedm).
  struct m* lockedm = nullptr;

  // ---- tracebacks and fault signals (traceback.cpp, signal_unix.cpp)
  int64_t parentGoid = 0;    // goid of the goroutine whose `go` started it
  // sigcode0, sigcode1: the fault's si_code and address (with sig, sigpc).
  uintptr_t sigcode0 = 0, sigcode1 = 0;
  // writebuf: while set, prints go to this buffer, not to stderr
  // (runtime.Stack); writebuflen bytes of writebufcap are used. [own]
  uint8_t* writebuf = nullptr;
  int64_t writebuflen = 0, writebufcap = 0;
};

struct m {
  g* g0 = nullptr;    // goroutine with the scheduling stack (the thread's own)
  // curg: the user goroutine running on this M, or nil. [racy] written by
  // this M: store-release in execute (publishing the G), relaxed in dropg;
  // preemptone load-acquires it. G structs are never freed, and a request
  // that reaches a G which has moved on is spurious and ignored (newstack).
  g* curg = nullptr;
  int64_t id = 0;
  int32_t printlock = 0;  // nesting depth of printlock on this M [own]
  int32_t dying = 0;      // >0 once this M has started to crash [own]
  // tcb is this thread's TCB address (pthread_self() on x86-64 glibc, the
  // value of %fs:0): tcb + 0x70 is the stack-guard slot the prologue reads.
  // sysmon writes the preemption poison there from another thread. Set by
  // the M's own thread before it first takes a P, like g0 by newm before
  // the thread starts: preemptone reads both after its load-acquire of p.m.
  uintptr_t tcb = 0;
  p* p = nullptr;      // attached P for executing Go code (nil if none) [own]
  struct p* nextp = nullptr;  // P to acquire when woken (startm) [sched]
  bool spinning = false;  // looking for work (counted in sched.nmspinning)
  bool blocked = false;   // sleeping on park
  note park{};            // stopm sleeps here; startm wakes it
  m* alllink = nullptr;   // on allm
  m* schedlink = nullptr; // on sched.midle [sched]
  void (*mstartfn)() = nullptr;  // run by mstart before schedule (sysmon)
  bool (*waitunlockf)(g*, void*) = nullptr;  // gopark's unlock function
  void* waitlock = nullptr;
  uint64_t fastrand = 0;
  int32_t locks = 0;
  uintptr_t g0stacklo = 0, g0stackhi = 0;

  // ---- system calls (syscall.cpp) [own]
  // oldp: the P this M left in _Psyscall at entersyscall, to take back at
  // exitsyscall if nobody took it meanwhile. syscalltick: the P's
  // syscalltick at entersyscall (a different one on the way out means the
  // P was retaken and handed back).
  struct p* oldp = nullptr;
  uint32_t syscalltick = 0;

  // ---- locked threads (lockosthread.cpp) [own]
  // lockedg: the goroutine locked to this M; it runs nothing else.
  // lockedExt counts the program's LockOSThread calls, lockedInt the
  // runtime's own lockOSThread (Go's two counts): the lock holds while
  // either is non-zero.
  g* lockedg = nullptr;
  uint32_t lockedExt = 0;
  uint32_t lockedInt = 0;
  // exitbuf: __builtin_setjmp buffer in the thread's start function, to
  // which mexit jumps so that the thread ends by returning (pthreads).
  void* exitbuf[5] = {};
  // procid: the thread's kernel id (gettid), for tgkill and scheddetail.
  int64_t procid = 0;

  // ---- signals (signal_unix.cpp) [own]
  // sigmask: the signal mask saved by BeforeFork (restored after fork, in
  // both processes); gsignal: this M's alternate signal stack.
  uint64_t sigmask = 0;
  void* gsignal = nullptr;

  // ---- CPU profiling (cpuprof.cpp)
  // profileTimer: this thread's SIGPROF timer (timer_create), valid while
  // profileTimerValid is 1 [timerLock; profileTimerValid read atomically
  // by the SIGPROF handler, validSIGPROF].
  int32_t profileTimer = 0;
  uint32_t profileTimerValid = 0;
};

// sysmontick: what sysmon last saw of a P (retake).
struct sysmontick {
  uint32_t schedtick = 0;
  int64_t schedwhen = 0;
  uint32_t syscalltick = 0;
  int64_t syscallwhen = 0;
};

// gQueue: a FIFO of Gs linked through schedlink; gList: a LIFO.
struct gQueue {
  g* head = nullptr;
  g* tail = nullptr;
  bool empty() const { return head == nullptr; }
  void push(g* gp) {  // to the head
    gp->schedlink = head;
    head = gp;
    if (tail == nullptr) tail = gp;
  }
  void pushBack(g* gp) {
    gp->schedlink = nullptr;
    if (tail != nullptr) {
      tail->schedlink = gp;
    } else {
      head = gp;
    }
    tail = gp;
  }
  g* pop() {
    g* gp = head;
    if (gp != nullptr) {
      head = gp->schedlink;
      if (head == nullptr) tail = nullptr;
    }
    return gp;
  }
};

struct gList {
  g* head = nullptr;
  bool empty() const { return head == nullptr; }
  void push(g* gp) {
    gp->schedlink = head;
    head = gp;
  }
  g* pop() {
    g* gp = head;
    if (gp != nullptr) head = gp->schedlink;
    return gp;
  }
};

constexpr uint32_t _RunqSize = 256;  // a P's local run queue
constexpr uint64_t _GoidCacheBatch = 16;
constexpr int32_t _SudogCacheSize = 128;  // a P's sudog cache (Go's 128)

struct p {
  int32_t id = 0;
  // status: see the _P constants. [racy] stored relaxed by the M that owns
  // the P (or under sched.lock / with the world stopped); retake, stealWork,
  // runqgrab and preemptall read it relaxed, as a hint.
  uint32_t status = _Pidle;
  p* link = nullptr;         // on sched.pidle [sched]
  // schedtick: incremented on every scheduler call. [racy] the owner
  // increments it with a relaxed store; retake reads it relaxed.
  uint32_t schedtick = 0;
  uint32_t syscalltick = 0;  // incremented on every system call [P]
  sysmontick sysmontick;     // last tick observed by sysmon [sysmon]
  // m: back-link to the associated M (nil if idle). [racy] store-release by
  // acquirep/releasep/procresize; preemptone load-acquires it, then reads
  // the M's g0 and tcb, which were set before the M first took a P.
  m* m = nullptr;

  // goids are handed out in batches of _GoidCacheBatch from sched.goidgen.
  uint64_t goidcache = 0, goidcacheend = 0;  // [P]

  // The local run queue, accessed without a lock: only the owner puts
  // (runqput: writes runq[tail], then store-release tail); anyone may take
  // (runqget by the owner, runqgrab by thieves: CAS on head).
  // Both sides load-acquire head and tail. The slots are [racy]: the owner
  // stores them relaxed before the store-release of tail; thieves load
  // them relaxed (a slot may be refilled after a wrap while being read)
  // and their CAS on head, which fails if that happened, validates them.
  uint32_t runqhead = 0;  // [atomic]
  uint32_t runqtail = 0;  // [atomic]
  g* runq[_RunqSize] = {};
  // runnext, if not nil, is a runnable G that was ready'd by the current G
  // and runs next instead of what is in runq, inheriting the time slice.
  // [atomic: owner and thieves CAS it]
  g* runnext = nullptr;

  // Available Gs (status == _Gdead). [P]; n is [racy]: stored relaxed by
  // the owner, read relaxed by gcount.
  struct {
    gList list;
    int32_t n = 0;
  } gFree;

  // Free sudogs (acquireSudog/releaseSudog), a stack of at most
  // _SudogCacheSize; half moves to/from sched.sudogcache. [P]
  sudog* sudogcache[_SudogCacheSize] = {};
  int32_t nsudogcache = 0;

  // Timers (time.cpp): a 4-ary min-heap by when of ntimers entries, under
  // timersLock; any M may lock it to run this P's expired timers.
  // timer0When is the when of the heap's first entry, 0 if it is empty,
  // so that others can look without the lock. [atomic, written under timersLock]
  mutex timersLock{};
  struct timer** timers = nullptr;  // [timersLock]
  int32_t ntimers = 0;              // [timersLock]
  int32_t timerscap = 0;            // [timersLock]
  int64_t timer0When = 0;

  // Free defer records (newdefer/freedefer, panic.cpp), a stack of at most
  // _DeferCacheSize; half moves to/from sched.deferpool. [P]
  struct _defer* deferpool[32] = {};
  int32_t ndeferpool = 0;

  // ---- memory (malloc.h) ----
  // mcache: this P's cache of spans, created by pinit and kept when the P
  // is destroyed (its counters are part of MemStats). [P]
  struct mcache* mcache = nullptr;
};

struct schedt {
  uint64_t goidgen = 0;  // [atomic]
  mutex lock{};

  m* midle = nullptr;     // idle Ms waiting for work [sched]
  int32_t nmidle = 0;     // number of idle Ms [sched]
  int32_t nmidlelocked = 0;
  int64_t mnext = 0;      // number of Ms created and next M id [sched]
  int32_t maxmcount = 0;  // maximum number of Ms allowed
  int32_t nmsys = 0;      // system Ms (sysmon) not counted for deadlock
  int64_t nmfreed = 0;    // cumulative number of freed Ms

  p* pidle = nullptr;     // idle Ps [sched]
  uint32_t npidle = 0;    // [atomic, written under sched]
  uint32_t nmspinning = 0;  // [atomic]

  // Global runnable queue. [sched]; runqsize is also [racy]: stored relaxed
  // under the lock, and findRunnable and handoffp peek at it relaxed
  // without the lock (a stale answer costs a lock round trip or a retry).
  gQueue runq;
  int32_t runqsize = 0;

  // Global cache of dead Gs, with and without stacks. [gFree.lock]; n, the
  // number in both lists, is also [racy]: stored relaxed under the lock,
  // peeked at relaxed by gfget before it locks, and read by gcount.
  struct {
    mutex lock{};
    gList stack;    // Gs with stacks
    gList noStack;  // Gs without stacks
    int32_t n = 0;
  } gFree;

  // Stop-the-world (GOMAXPROCS now; the collector later).
  uint32_t gcwaiting = 0;  // [atomic, written under sched]
  // stopwait: Ps still to stop. [sched] and [atomic]: freezetheworld
  // overwrites it without the lock (a crash may hold any lock), so every
  // access is a relaxed atomic (TSan found the plain decrement racing).
  int32_t stopwait = 0;
  note stopnote{};
  int32_t procresizetime = 0;

  // sysmon sleeps on sysmonnote while every P is idle; whoever makes a P
  // busy without a timer's help (startTheWorld; exitsyscall in roadmap 4)
  // clears sysmonwait and wakes it. [atomic, written under sched]
  uint32_t sysmonwait = 0;
  note sysmonnote{};

  // Central cache of sudog structs, linked by next. [sudoglock]
  mutex sudoglock{};
  sudog* sudogcache = nullptr;

  // Central pool of defer records, linked by link. [deferlock]
  mutex deferlock{};
  struct _defer* deferpool = nullptr;
};

extern schedt sched;
extern m m0;
extern g g0;
extern m* allm;
constexpr int32_t _MaxGomaxprocs = 256;  // allp's size
extern p* allp[_MaxGomaxprocs];
// gomaxprocs: the number of Ps in use. Written by procresize (world
// stopped, sched.lock and allpLock held) with a store-release after it set
// allp[0..n). [racy] Code holding a P or one of those locks reads it
// plainly; code without (findRunnable after giving up its P,
// timeSleepUntil, sysmonIdle) load-acquires it. allp entries are never
// cleared, so a stale count names valid Ps.
extern int32_t gomaxprocs;
extern int32_t ncpu;
extern bool mainStarted;

// ---- the current goroutine ---------------------------------------------------
// The running g lives in a thread-local word (runtime.tlsg). getg() reads it
// with one instruction, `mov %fs:runtime.tlsg@tpoff`, from inline asm marked
// volatile, so the compiler re-reads it at every use: a goroutine may block
// in one call and resume on another thread, and a g, m or TLS address kept in
// a register across such a call would belong to the old thread (gollvm
// needed a pass to stop LLVM from caching the TLS base). Local-exec TLS is
// valid because the runtime is only ever linked into executables.
// Never keep getg()->m across a call that can reschedule (gopark, Gosched,
// mcall, a Go function that may be preempted); read getg() again.
inline g* getg() {
  g* gp;
  __asm__ volatile("movq %%fs:runtime.tlsg@tpoff, %0" : "=r"(gp));
  return gp;
}
inline void setg(g* gp) { __asm__ volatile("movq %0, %%fs:runtime.tlsg@tpoff" : : "r"(gp) : "memory"); }

// Program arguments saved by args() for os.Args.
extern int32_t argc;
extern char** argv;

static_assert(offsetof(gobuf, sp) == GOBUF_SP);
static_assert(offsetof(gobuf, pc) == GOBUF_PC);
static_assert(offsetof(gobuf, bp) == GOBUF_BP);
static_assert(offsetof(gobuf, rbx) == GOBUF_RBX);
static_assert(offsetof(gobuf, r12) == GOBUF_R12);
static_assert(offsetof(gobuf, r13) == GOBUF_R13);
static_assert(offsetof(gobuf, r14) == GOBUF_R14);
static_assert(offsetof(gobuf, r15) == GOBUF_R15);
static_assert(offsetof(gobuf, g) == GOBUF_G);
static_assert(offsetof(g, stackguard0) == G_STACKGUARD0);
static_assert(offsetof(g, m) == G_M);
static_assert(offsetof(g, sched) == G_SCHED);
static_assert(offsetof(g, deferframe) == G_DEFERFRAME);
static_assert(offsetof(m, g0) == M_G0);
static_assert(offsetof(m, curg) == M_CURG);
static_assert(sizeof(stkseg) % 16 == 0);

}  // namespace gosub::rt
