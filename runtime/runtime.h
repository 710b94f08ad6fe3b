// runtime/runtime.h — declarations shared between the runtime's own files.
// (Generated code never sees these; its interface is abi.def / abi.h.)
#pragma once

#include <cstddef>
#include <cstdint>

#include "abi.h"
#include "runtime2.h"
#include "symtab.h"

namespace gosub::rt {

// ---- lock_futex.cpp (Go's lock_futex.go) ------------------------------------
// lock/unlock: a runtime mutex. Never hold one across a goroutine switch.
void lock(mutex* l);
void unlock(mutex* l);
// Notes: one M sleeps, another wakes it once; noteclear re-arms.
void noteclear(note* n);
void notesleep(note* n);
void notewakeup(note* n);
// notetsleep sleeps at most ns nanoseconds (ns < 0: forever); true if woken.
bool notetsleep(note* n, int64_t ns);
// notetsleepg is notetsleep for a goroutine: its M blocks in a system call,
// so the P goes to another M meanwhile (Go's notetsleepg).
bool notetsleepg(note* n, int64_t ns);

// ---- sema.cpp (Go's sema.go) -------------------------------------------------
// semacquire1 waits until *addr > 0, then decrements it (parking with
// reason); semrelease1 increments *addr and wakes one waiter.
void semacquire1(uint32_t* addr, waitReason reason);
void semrelease1(uint32_t* addr);

// ---- time.cpp (Go's time.go) ------------------------------------------------
// Timers run on the system stack with a P (they may take locks and wake
// Ms). addtimer puts t, which must be in no heap, into the current P's heap;
// deltimer takes t out of its heap; modtimer moves t to when (and period,
// unless it is negative) in the current P's heap. deltimer and modtimer report whether t was
// pending, i.e. had not fired (or was periodic) and was not stopped.
void addtimer(timer* t);
bool deltimer(timer* t);
bool modtimer(timer* t, int64_t when, int64_t period);
// doaddtimer: t into pp's heap; pp->timersLock held.
void doaddtimer(p* pp, timer* t);
// checkTimers runs pp's timers that are due at now (now == 0: read the
// clock) and returns the when of the earliest one left, 0 if none. Runs on
// the system stack of an M holding a P (timer functions may goready).
int64_t checkTimers(p* pp, int64_t now);
// moveTimers moves every timer of src to dst (procresize destroying src);
// the world is stopped.
void moveTimers(p* dst, p* src);
// timeSleepUntil: the earliest timer of any P, 0 if there is none.
int64_t timeSleepUntil();
// goroutineReady: a timer func that goready()s arg, a g (time.Sleep's).
extern funcval goroutineReady;

// ---- print.cpp ------------------------------------------------------------
void gwrite(const void* p, size_t n);
void printcstr(const char* s);  // NUL-terminated, for runtime messages
void printhex(uint64_t v);      // 0x..., as Go's printhex

// formatfloat_gc writes v in gc's print format (+d.dddddde+ddd, NaN, +Inf,
// -Inf) into buf and returns the length. At most 14 bytes.
enum { kGCFloatBufSize = 14 };
size_t formatfloat_gc(double v, char* buf);

// ---- fmt.cpp: fmt's %v formatting into a caller buffer --------------------
// formatint / formatuint write decimal digits (at most 20 bytes + sign).
enum { kFmtIntBufSize = 24 };
size_t formatint(int64_t v, char* buf);
size_t formatuint(uint64_t v, char* buf);

// ---- panic.cpp ------------------------------------------------------------
// throw: a fatal error in the runtime itself, never recoverable (Go's throw).
// `throw` is a C++ keyword, hence the underscore; the symbol is runtime.throw.
[[noreturn]] void throw_(const char* s) __asm__("runtime.throw");
// panicPlainError(msg, n) is panicPlainError of the n bytes at msg (copied):
// a recoverable runtime.Error whose Error() is msg as it stands.
[[noreturn]] void panicPlainError(const char* msg, size_t n);
// gopanic is the panic builtin (abi.def): the value's type descriptor and
// data word. It runs the deferred calls; recovery resumes the function whose
// deferred call recovered; otherwise it prints the panics and exits with 2.
// The run-time errors (error.cpp) panic with runtime.Error values:
// errorString ("runtime error: " + s), plainError (msg as is: channel
// misuse) and boundsError (panicBounds, abi.def).
[[noreturn]] void panicErrorString(const char* s);
[[noreturn]] void panicPlainError(const char* msg);
// Defer records from the per-P pools (a defer in a loop; panic.h).
struct _defer* newdefer();
void freedefer(struct _defer* d);
// throwWith is throw_ with prelude(arg) printing lines that belong to the
// report before its `fatal error:` line (stack overflow's `runtime:` lines).
[[noreturn]] void throwWith(const char* s, void (*prelude)(void*), void* arg);
// panicking: how many Ms have started to crash; paniclk: held by the M
// printing the crash report until it exits (runtime.main's exit takes it).
extern uint32_t panicking;
extern mutex paniclk;

// ---- slice.cpp / error.cpp: slices and their run-time errors ------------
// A Go slice as it is laid out in memory.
struct Slice {
  void* ptr;
  int64_t len;
  int64_t cap;
};
// Added to panicBounds' code when the failing index was unsigned
// (compiler/codegen/slice.cpp uses the same value).
constexpr int64_t kBoundsUnsigned = 1 << 8;
[[noreturn]] void panicgrowslicecap();

// ---- traceback.cpp / symtab.cpp -------------------------------------------
// goroutineheader prints "goroutine N [status]:".
void goroutineheader(g* gp);
// tracebackpc prints the Go frames of goroutine gp at a GOTRACEBACK level,
// walking the frame-pointer chain from fp (a frame record on one of gp's
// stack segments, or on the M's g0 stack when gp is a g0), first showing
// the frame at pc (a signal's pc; 0: none).
// skip: leave out the first skip frames it would print.
void tracebackpc(uintptr_t pc, uintptr_t fp, g* gp, int32_t level, int skip = 0);
// logicalframes: the frames at pc (inside an instruction) that Callers
// reports: pcframes', or one for a runtime function with a Go name
// (runtime.gopanic); none for C++ and assembly.
int logicalframes(uintptr_t pc, srcframe* out, int max);
// walklogical calls visit(ctx, return address, frame) for each logical
// frame of gp's stack from the frame record fp, innermost first, until it
// returns false; the walk ends after runtime.main.
void walklogical(g* gp, uintptr_t fp, bool (*visit)(void* ctx, uintptr_t ra, const srcframe& f), void* ctx);
// tracebacksaved: traceback of a goroutine that is not running, from the
// context it saved (sched).
void tracebacksaved(g* gp, int32_t level);
// tracebackothers prints every other live goroutine at a GOTRACEBACK level, as Go's does.
void tracebackothers(g* me, int32_t level);
// gotraceback: the GOTRACEBACK setting (Go's): level 0 none, 1 Go frames,
// 2 runtime frames too; all: every goroutine; crash: abort after the report.
void gotraceback(int32_t* level, bool* all, bool* crash);
// setTraceback: runtime/debug.SetTraceback (never below GOTRACEBACK).
void setTraceback(const char* s, size_t n);
// funcname, pcframes: symtab.h.

// ---- stack.cpp ------------------------------------------------------------
// _StackGuard is how far above the bottom of a segment the guard sits: the
// reserve in which runtime C++ code called from Go runs without checks
// (docs/runtime.md, "the reserve rule"). _StackMin is the size of a
// goroutine's first segment, header included (Go's _StackMin).
constexpr uintptr_t _StackGuard = 1024;
constexpr uintptr_t _StackMin = 2048;
// The poison values (Go's stackPreempt and stackFork): larger than any
// stack address, so every prologue check fails and calls __morestack.
constexpr uintptr_t stackPreempt = ~uintptr_t{0};       // 0xfff...ff: preempt
constexpr uintptr_t stackFork = ~uintptr_t{0} - 0x1233;  // 0xfff...edcc: forked child
extern uintptr_t maxstacksize;
extern uintptr_t startingStackSize;
void setstackguard(uintptr_t guard);
uintptr_t getstackguard();
// stackalloc/stackfree: a segment of n bytes (n >= _StackMin), header at
// its base. They may take locks and call mmap: call them on the system stack.
stkseg* stackalloc(uintptr_t n);
void stackfree(stkseg* s);
// stackinit_g gives gp the segment s as its only one (malg, gfget).
void stackinit_g(g* gp, stkseg* s);
// stackfreeextra frees every segment of gp above the first (goexit).
void stackfreeextra(g* gp);
inline uintptr_t seglo(const stkseg* s) { return reinterpret_cast<uintptr_t>(s) + sizeof(stkseg); }
inline uintptr_t seghi(const stkseg* s) { return reinterpret_cast<uintptr_t>(s) + s->size; }

// ---- mem_linux.cpp (the allocator's own declarations are in malloc.h) ------
void* sysAlloc(size_t n);  // fresh zeroed pages from the OS, or nullptr
void sysFree(void* v, size_t n);  // returns what sysAlloc gave

// ---- malloc.cpp, mcache.cpp (the allocator's structures: malloc.h) ----------
// allocmcache: a new P's cache (pinit); mcacheRelease gives every span of
// a destroyed P's cache back (pdestroy; its counters stay with the P).
struct mcache* allocmcache();
void mcacheRelease(struct mcache* c);

// ---- msize.cpp (Go's msize.go; the classes are in sizeclasses.h) -----------
// roundupsize: how many bytes mallocgc really hands out for a request of
// size bytes (growslice turns them into capacity, as Go's does).
uintptr_t roundupsize(uintptr_t size);

// ---- os_linux.cpp ---------------------------------------------------------
// rawsyscall is the `syscall` instruction without libc: -errno on failure,
// errno untouched, no locks. The only way to make system calls in a vfork
// child that shares the parent's memory, and in signal handlers.
inline long rawsyscall(long trap, long a1 = 0, long a2 = 0, long a3 = 0, long a4 = 0, long a5 = 0) {
  long r;
  register long r10 __asm__("r10") = a4;
  register long r8 __asm__("r8") = a5;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(trap), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                   : "rcx", "r11", "memory");
  return r;
}
// write1 writes all of p to fd, retrying short writes, EINTR and EAGAIN;
// false if a write failed (the error stream's callers have nowhere to say so).
bool write1(int fd, const void* p, size_t n);
[[noreturn]] void exit(int32_t code);
void futexsleep(uint32_t* addr, uint32_t val, int64_t ns);
void futexwakeup(uint32_t* addr, uint32_t cnt);
int64_t nanotime();   // CLOCK_MONOTONIC, nanoseconds
// gogetenv: the value of environment variable name, nullptr if unset.
const char* gogetenv(const char* name);
// hideenv removes every name=value entry from the initial environment (the
// one the program's os.Environ copies and its children inherit), before
// any Go code runs. The strings stay where they are.
void hideenv(const char* name);
int64_t nanotimeCoarse();  // the same, milliseconds stale, cheaper
int64_t walltime();   // CLOCK_REALTIME, nanoseconds since 1970
void usleep(uint32_t usec);
void osyield();
void procyield(uint32_t cycles);
int32_t getproccount();
// newosproc starts a pthread for mp that runs mstart on its own stack.
void newosproc(m* mp);

// ---- asm_amd64.S ----------------------------------------------------------
extern "C" {
// gogo resumes the context in buf (sets g, the TCB guard, registers, sp).
[[noreturn]] void gogo(gobuf* buf) __asm__("runtime.gogo");
// mcall saves the current goroutine's context in g.sched, switches to g0's
// stack and calls fn(gp), which must not return (it ends in schedule or
// gogo). Resuming gp later returns from mcall.
void mcall(void (*fn)(g*)) __asm__("runtime.mcall");
// systemstack_switch runs fn(arg) on the stack at sp and returns.
void systemstack_switch(void (*fn)(void*), void* arg, uintptr_t sp) __asm__("runtime.systemstack_switch");
// goroutine entry trampoline: gogo's first pc for a new g (rbx = fn, r12 = arg).
void gostart() __asm__("runtime.gostart");
}

// ---- the scheduler (proc.cpp, schedule.cpp, ps_and_ms.cpp: see proc.h) ----
// debug: the GODEBUG settings gosub honours (Go's dbgvars), read by
// schedinit. schedtrace=N: sysmon prints a SCHED line every N ms;
// scheddetail=1: with the state of every P, M and G.
struct dbgVars {
  int32_t schedtrace;
  int32_t scheddetail;
};
extern dbgVars debug;
void args(int32_t c, char** v);
void osinit();
void schedinit();
// mstart: the M's scheduling loop; never returns. On m0 it is called by rt0.
[[noreturn]] void mstart();
// main_start: what Go's runtime.main does before main.init: mainStarted,
// sysmon. Runs on goroutine 1.
void main_start();
// systemstack runs fn(arg) on the M's g0 stack (directly if already there,
// through systemstack_ong0). LLVM may inline it into its callers in
// proc.cpp (newproc: forcing a call cost 5-7% on bench/spawn and
// bench/idle), but never fn: on the goroutine's side fn is only a pointer
// passed to systemstack_switch, on g0's side it is called by
// systemstack_ong0, which is never inlined. So no caller's code contains
// fn's, and tools/stack-depth charges neither to a goroutine's stack.
void systemstack(void (*fn)(void*), void* arg);
[[gnu::noinline]] void systemstack_ong0(void (*fn)(void*), void* arg);
template <typename F>
inline void systemstack(F&& f) {
  systemstack([](void* a) { (*static_cast<F*>(a))(); }, static_cast<void*>(&f));
}
// gopark puts the running goroutine into _Gwaiting with reason and calls
// unlockf(gp, lock) on g0 once it is safely parked; if unlockf returns
// false the goroutine resumes at once. Resumed by goready.
void gopark(bool (*unlockf)(g*, void*), void* lock, waitReason reason);
// goready makes a _Gwaiting gp runnable, running next on this P.
void goready(g* gp);
// ready: goready on the system stack (next: put in runnext).
void ready(g* gp, bool next);
[[noreturn]] void goexit1() __asm__("runtime.goexit1");
// lockOSThread/unlockOSThread: the runtime's own thread locks (m.lockedInt;
// LockOSThread's count is the program's), lockosthread.cpp.
void lockOSThread();
void unlockOSThread();
// System calls (syscall.cpp): entersyscall/exitsyscall are abi.def entries;
// entersyscallblock hands the P off at once, for calls known to block.
void entersyscallblock();
void gopreempt_m(g* gp);
void casgstatus(g* gp, uint32_t oldval, uint32_t newval);
inline uint32_t readgstatus(g* gp) { return __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE); }
g* malg(uintptr_t stacksize);
g* newproc1(void (*fn)(void*), void* arg, g* callergp, uintptr_t callerpc);
// Run queues (lock-free on the owner P; see runtime2.h).
void runqput(p* pp, g* gp, bool next);
g* runqget(p* pp, bool* inheritTime);
g* runqsteal(p* pp, p* p2, bool stealRunNextG);
uint32_t runqgrab(p* pp, g** batch, uint32_t batchHead, bool stealRunNextG);
bool runqempty(p* pp);
void globrunqput(g* gp);
g* globrunqget(p* pp, int32_t max);
void gfput(p* pp, g* gp);
g* gfget(p* pp);
void gfpurge(p* pp);
void pinit(p* pp, int32_t id);
void wakep();
void stopTheWorld(const char* reason);
void startTheWorld();
// freezetheworld: best-effort stop of every other P, for a crash report.
void freezetheworld();
int32_t gcount();
void allgadd(g* gp);
extern g** allgs;
extern uintptr_t allglen;
extern mutex allglock;
uint32_t fastrand();
// fastrandn: a random number in [0, n) (Go's fastrandn: multiply-shift,
// no division).
inline uint32_t fastrandn(uint32_t n) {
  return static_cast<uint32_t>((static_cast<uint64_t>(fastrand()) * n) >> 32);
}

}  // namespace gosub::rt
