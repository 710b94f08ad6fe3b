// runtime/proc.cpp — the goroutine scheduler (Go's proc.go).
//
// Goroutine scheduler. The scheduler's job is to distribute ready-to-run
// goroutines over worker threads. Its main concepts, as in Go:
//   G - goroutine.
//   M - worker thread, or machine (a pthread here).
//   P - processor, a resource that is required to execute Go code.
//       An M must have an associated P to execute Go code; it can be
//       blocked or in a syscall without one.
//
// Worker thread parking/unparking. We need to balance between keeping
// enough running worker threads to use the available parallelism and
// parking excessive ones to conserve CPU and power. As Go does: an M that
// finds no work is "spinning" while it looks for some (runq, global runq,
// stealing); at most half the busy Ps' worth of Ms spin (sched.nmspinning).
// A goroutine made ready (newproc, ready) calls wakep, which starts a
// spinning M only if there is an idle P and no M is spinning already. A
// spinning M that finds work stops spinning and calls wakep itself, so work
// fans out one M at a time. The last spinning M to give up re-checks every
// run queue after publishing its P as idle, so no ready goroutine is
// stranded (see findRunnable, schedule.cpp).
//
// Start-up (rt0_linux_amd64.cpp): args, osinit, schedinit, newproc of
// runtime.main (goroutine 1), mstart on m0. runtime.main starts sysmon,
// runs main.init and main.main, and exits.
//
// Go's proc.go is split here by concern, with Go's function names:
//   proc.cpp      start-up, goroutine status, all goroutines, creating,
//                 parking, readying, yielding and exiting goroutines, the
//                 runtime package's functions: a goroutine's life cycle;
//   schedule.cpp  the scheduler loop: schedule, findRunnable, execute;
//   ps_and_ms.cpp Ps and Ms: procresize, acquirep, startm, stopm,
//                 handoffp, wakep, newm.
// (runq.cpp, sysmon.cpp, stoptheworld.cpp, syscall.cpp, lockosthread.cpp
// hold the rest; proc.h declares what they share.) Parking and readying
// stay with newproc, beside systemstack, so that LLVM can still inline
// systemstack into newproc and goready and dropg into park_m and goexit0:
// those are on every goroutine switch and start.

#include <new>
#include <pthread.h>
#include <unistd.h>

#include "proc.h"
#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// m0 is the main thread's M, g0 its scheduling goroutine (goid 0, running on
// the thread's own stack). Statically linked to each other so that printing
// and throwing work before schedinit.
extern constinit m m0;
constinit g g0 = {.stack = {0, 0}, .stackguard0 = 0, .m = &m0, .atomicstatus = _Grunning};
constinit m m0 = {.g0 = &g0};

// runtime.tlsg: the running g of this thread (see getg in runtime2.h).
// Every thread starts with g0 of m0 so that the runtime's unit tests and
// code before schedinit see a valid g; an M's thread sets its own g0 first.
[[gnu::used]] constinit thread_local g* tlsg __asm__("runtime.tlsg") = &g0;

schedt sched;
m* allm;
p* allp[_MaxGomaxprocs];
int32_t gomaxprocs;
int32_t ncpu;
bool mainStarted;
g** allgs;
uintptr_t allglen;
mutex allglock;

int32_t argc;
char** argv;

int32_t newprocs;
mutex allpLock;
uint32_t stealcoprimes[_MaxGomaxprocs];
uint32_t nstealcoprimes;

namespace {
uintptr_t allgcap;  // allgs' capacity [allglock]
}  // namespace

// ---- start-up ----------------------------------------------------------------

void args(int32_t c, char** v) {
  argc = c;
  argv = v;
}

// osinit: the CPU count (Go's getproccount, honouring the affinity mask).
void osinit() { ncpu = getproccount(); }

namespace {

// atoi: the decimal number in s up to end (or NUL), -1 if it is not one.
int64_t atoi(const char* s, const char* end = nullptr) {
  if (s == end || *s == 0) return -1;
  int64_t v = 0;
  for (; s != end && *s != 0; s++) {
    if (*s < '0' || *s > '9' || v > (int64_t{1} << 40)) return -1;
    v = v * 10 + (*s - '0');
  }
  return v;
}

// parsedebugvars reads GODEBUG's comma-separated name=value settings that
// gosub knows (Go's parsedebugvars); the others are ignored, as Go does.
void parsedebugvars() {
  const char* s = gogetenv("GODEBUG");
  while (s != nullptr && *s != 0) {
    const char* end = s;
    while (*end != 0 && *end != ',') end++;
    const char* eq = s;
    while (eq != end && *eq != '=') eq++;
    if (eq != end) {
      auto is = [&](const char* key) {
        const char* k = s;
        while (k != eq && *key != 0 && *k == *key) k++, key++;
        return k == eq && *key == 0;
      };
      int64_t v = atoi(eq + 1, end);
      if (v >= 0 && v <= INT32_MAX) {
        if (is("schedtrace")) debug.schedtrace = static_cast<int32_t>(v);
        if (is("scheddetail")) debug.scheddetail = static_cast<int32_t>(v);
      }
    }
    s = *end == ',' ? end + 1 : end;
  }
}

}  // namespace

dbgVars debug;

void mcommoninit(m* mp, int64_t id) {
  lock(&sched.lock);
  if (id >= 0) {
    mp->id = id;
  } else {
    mp->id = sched.mnext++;
    if (sched.mnext - sched.nmfreed > sched.maxmcount) {
      printcstr("runtime: program exceeds 10000-thread limit\n");
      throw_("thread exhaustion");
    }
  }
  mp->fastrand = static_cast<uint64_t>(nanotime()) ^ (static_cast<uint64_t>(mp->id) * 0x9e3779b97f4a7c15ull) ^ 1;
  // allm is read by sysmon and tracebacks without the lock: publish last.
  mp->alllink = allm;
  __atomic_store_n(&allm, mp, __ATOMIC_RELEASE);
  unlock(&sched.lock);
}

// schedinit: m0, the main thread's stack bounds for g0, GOMAXPROCS, the Ps.
// After it, the caller (rt0) creates goroutine 1 with newproc and calls
// mstart. Idempotent, for the unit tests.
void schedinit() {
  static bool done;
  if (done) return;
  done = true;
  if (ncpu == 0) osinit();
  sched.maxmcount = 10000;
  m0.tcb = reinterpret_cast<uintptr_t>(pthread_self());
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) throw_("schedinit: cannot find the main thread's stack");
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  // glibc reports [top - RLIMIT_STACK, top) for the main thread; cap it.
  uintptr_t hi = reinterpret_cast<uintptr_t>(addr) + size;
  if (size > (size_t{1} << 30)) size = size_t{1} << 30;
  g0.stack = {hi - size, hi};
  g0.stackguard0 = 0;  // g0 never grows: no limit in the TCB slot
  setstackguard(0);
  mcommoninit(&m0, -1);
  traceinit(gogetenv("GOSUBTRACE"));
  // The program and the processes it starts do not see it: a child
  // tracing into the same file would leave two documents in it.
  hideenv("GOSUBTRACE");

  int32_t procs = ncpu;
  parsedebugvars();
  int64_t n = -1;
  if (const char* v = gogetenv("GOMAXPROCS")) n = atoi(v);
  if (n > 0) procs = static_cast<int32_t>(n > _MaxGomaxprocs ? _MaxGomaxprocs : n);
  if (procs > _MaxGomaxprocs) procs = _MaxGomaxprocs;
  lock(&sched.lock);
  if (procresize(procs) != nullptr) throw_("unknown runnable goroutine during bootstrap");
  unlock(&sched.lock);
}

// main_start is the part of Go's runtime.main before package init: from now
// on new goroutines wake idle Ps, and sysmon runs.
void main_start() {
  mainStarted = true;
  systemstack([] { newm(sysmon, nullptr, -1); });
}

// mstart is the entry of every M: m0 from rt0, the others from newosproc.
// The top of g0's stack here is where mcall and systemstack start, so
// nothing on g0 below this frame outlives a switch to a goroutine.
void mstart() {
  g* gp = getg();
  m* mp = gp->m;
  if (gp != mp->g0) throw_("mstart: not on g0");
  uintptr_t sp;
  __asm__ volatile("movq %%rsp, %0" : "=r"(sp));
  gp->sched.sp = (sp - 256) & ~uintptr_t{15};
  gp->sched.g = gp;
  setstackguard(0);
  traceMStart(mp->mstartfn != nullptr && mp->mstartfn != mspinning);
  if (mp->mstartfn != nullptr) mp->mstartfn();
  if (mp->nextp != nullptr) {
    acquirep(mp->nextp);
    mp->nextp = nullptr;
  }
  schedule();
}

// ---- goroutine status ----------------------------------------------------------

void casgstatus(g* gp, uint32_t oldval, uint32_t newval) {
  uint32_t expected = oldval;
  if (!__atomic_compare_exchange_n(&gp->atomicstatus, &expected, newval, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    char buf[kFmtIntBufSize];
    printcstr("runtime: casgstatus: oldval=");
    gwrite(buf, formatint(expected, buf));
    printcstr(" wanted=");
    gwrite(buf, formatint(oldval, buf));
    printcstr(" newval=");
    gwrite(buf, formatint(newval, buf));
    printcstr("\n");
    throw_("casgstatus: bad incoming values");
  }
}

const char* waitReasonString(waitReason w) {
  static const char* const strings[waitReasonCount] = {
      "",
      "GC assist marking",
      "IO wait",
      "chan receive (nil chan)",
      "chan send (nil chan)",
      "dumping heap",
      "garbage collection",
      "garbage collection scan",
      "panicwait",
      "select",
      "select (no cases)",
      "GC assist wait",
      "GC sweep wait",
      "GC scavenge wait",
      "chan receive",
      "chan send",
      "finalizer wait",
      "force gc (idle)",
      "semacquire",
      "sleep",
      "sync.Cond.Wait",
      "timer goroutine (idle)",
      "trace reader (blocked)",
      "wait for GC cycle",
      "GC worker (idle)",
      "preempted",
      "debug call",
  };
  if (w >= waitReasonCount) return "unknown wait reason";
  return strings[w];
}

uint32_t fastrand() {
  m* mp = getg()->m;
  mp->fastrand += 0xa0761d6478bd642full;
  __uint128_t r = static_cast<__uint128_t>(mp->fastrand) * (mp->fastrand ^ 0xe7037ed1a0b428dbull);
  return static_cast<uint32_t>(static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64));
}

// ---- all goroutines ------------------------------------------------------------

void allgadd(g* gp) {
  if (readgstatus(gp) == _Gidle) throw_("allgadd: bad status Gidle");
  lock(&allglock);
  if (allglen == allgcap) {
    uintptr_t ncap = allgcap == 0 ? 1024 : allgcap * 2;
    auto** n = static_cast<g**>(sysAlloc(ncap * sizeof(g*)));
    if (n == nullptr) throw_("allgadd: out of memory");
    for (uintptr_t i = 0; i < allglen; i++) n[i] = allgs[i];
    // The old array is not freed: readers (tracebacks) may still hold it.
    __atomic_store_n(&allgs, n, __ATOMIC_RELEASE);
    allgcap = ncap;
  }
  allgs[allglen] = gp;
  __atomic_store_n(&allglen, allglen + 1, __ATOMIC_RELEASE);
  unlock(&allglock);
}

// gcount: live goroutines, as Go's: all Gs minus the free ones.
int32_t gcount() {
  // Racy reads, as Go's: the free counts move while we add them up.
  int64_t n = static_cast<int64_t>(__atomic_load_n(&allglen, __ATOMIC_ACQUIRE)) - atomicLoadRelaxed(&sched.gFree.n);
  for (int32_t i = 0; i < gomaxprocs; i++) n -= atomicLoadRelaxed(&allp[i]->gFree.n);
  return n < 1 ? 1 : static_cast<int32_t>(n);
}

// ---- creating goroutines ---------------------------------------------------------

// malg allocates a G with a first stack segment of stacksize bytes (none if
// stacksize is 0: g0s run on their thread's stack). G structs are never
// freed (allgs keeps them, as Go's), only reused through the free lists.
g* malg(uintptr_t stacksize) {
  void* mem = mallocgc(sizeof(g));
  g* newg = new (mem) g();
  if (stacksize != 0) stackinit_g(newg, stackalloc(stacksize));
  return newg;
}

// newproc creates a goroutine running fn(arg) and puts it on the run queue
// (runnext: it runs soon, before older runnable ones of this P). `go f(x)`
// compiles to newproc(wrapper, argblock). Runs the work on g0: it may
// allocate a stack.
void newproc(void* fn, void* arg) {
  g* gp = getg();
  auto pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  systemstack([=] {
    g* newg = newproc1(reinterpret_cast<void (*)(void*)>(fn), arg, gp, pc);
    traceGoCreate(newg);
    p* pp = getg()->m->p;
    // Before main starts, the only goroutine is goroutine 1 itself: it goes
    // on the queue, not runnext, so that it starts a new time slice
    // (schedtick 1) as in Go, where runtime.main has left its first slice
    // long before main.main. Otherwise main's first Gosched would find
    // schedtick % 61 == 0 and take main back from the global queue ahead
    // of the goroutine it had just started.
    runqput(pp, newg, mainStarted);
    if (mainStarted) wakep();
  });
}

// newproc1 makes a _Grunnable G for fn(arg) whose first pc is gostart
// (asm_amd64.S). The caller puts it on a run queue.
g* newproc1(void (*fn)(void*), void* arg, g* callergp, uintptr_t callerpc) {
  if (fn == nullptr) throw_("go of nil func value");
  m* mp = getg()->m;
  mp->locks++;  // no preemption: we hold P-local state
  p* pp = mp->p;
  g* newg = gfget(pp);
  if (newg == nullptr) {
    newg = malg(startingStackSize);
    casgstatus(newg, _Gidle, _Gdead);
    allgadd(newg);  // published as _Gdead: tracebacks skip it
  }
  if (newg->stackbase == nullptr) throw_("newproc1: newg missing stack");
  if (readgstatus(newg) != _Gdead) throw_("newproc1: new g is not Gdead");

  newg->sched = gobuf{};
  newg->sched.sp = newg->stack.hi & ~uintptr_t{15};
  newg->sched.pc = reinterpret_cast<uintptr_t>(&gostart);
  newg->sched.bp = 0;  // ends frame-pointer walks
  newg->sched.rbx = reinterpret_cast<uintptr_t>(fn);
  newg->sched.r12 = reinterpret_cast<uintptr_t>(arg);
  newg->sched.g = newg;
  newg->startfn = fn;
  newg->startarg = arg;
  newg->gopc = callerpc;
  newg->parentGoid = callergp != nullptr ? callergp->goid : 0;
  newg->waitreason = waitReasonZero;
  // preempt and stackguard0 with atomics: sysmon may still be poisoning
  // this G's previous life (preemptone read it from m.curg just before).
  atomicStoreRelaxed(&newg->preempt, false);
  newg->param = nullptr;
  atomicStoreRelaxed(&newg->stackguard0, newg->stack.lo + _StackGuard);
  casgstatus(newg, _Gdead, _Grunnable);

  if (pp->goidcache == pp->goidcacheend) {
    // Take a batch of goids from sched.goidgen: one atomic per 16 goroutines.
    pp->goidcache = __atomic_add_fetch(&sched.goidgen, _GoidCacheBatch, __ATOMIC_RELAXED);
    pp->goidcache -= _GoidCacheBatch - 1;
    pp->goidcacheend = pp->goidcache + _GoidCacheBatch;
  }
  newg->goid = static_cast<int64_t>(pp->goidcache++);
  mp->locks--;
  return newg;
}

// ---- parking, readying, yielding, exiting -------------------------------------------

void dropg() {
  m* mp = getg()->m;
  if (mp->curg != nullptr) {
    mp->curg->m = nullptr;
    atomicStoreRelaxed(&mp->curg, nullptr);
  }
}

void park_m(g* gp) {
  m* mp = getg()->m;
  casgstatus(gp, _Grunning, _Gwaiting);
  traceGoBlock(gp);  // before unlockf: once it runs, a waker may ready gp
  // Only tracebacks read it, in minutes: the coarse clock will do, and
  // a goroutine switch does not pay for a full clock read.
  gp->waitsince = nanotimeCoarse();
  dropg();
  if (bool (*fn)(g*, void*) = mp->waitunlockf; fn != nullptr) {
    bool ok = fn(gp, mp->waitlock);
    mp->waitunlockf = nullptr;
    mp->waitlock = nullptr;
    if (!ok) {
      casgstatus(gp, _Gwaiting, _Grunnable);
      execute(gp, true);  // schedule it back, never returns
    }
  }
  schedule();
}

void goschedImpl(g* gp) {
  if (readgstatus(gp) != _Grunning) throw_("bad g status");
  casgstatus(gp, _Grunning, _Grunnable);
  dropg();
  lock(&sched.lock);
  globrunqput(gp);
  unlock(&sched.lock);
  schedule();
}

void gosched_m(g* gp) {
  traceGoSched(gp);
  goschedImpl(gp);
}

void goexit0(g* gp) {
  m* mp = getg()->m;
  p* pp = mp->p;
  traceGoExit(gp);
  casgstatus(gp, _Grunning, _Gdead);
  gp->m = nullptr;
  gp->waitreason = waitReasonZero;
  gp->param = nullptr;
  gp->startfn = nullptr;
  gp->startarg = nullptr;
  atomicStoreRelaxed(&gp->preempt, false);
  gp->deferframe = nullptr;
  gp->_panic = nullptr;
  gp->sig = 0;
  dropg();
  stackfreeextra(gp);  // Goexit may be called deep in extra segments
  bool locked = gp->lockedm != nullptr;
  gp->lockedm = nullptr;
  mp->lockedg = nullptr;
  if (mp->lockedInt != 0) {
    char buf[kFmtIntBufSize];
    printcstr("invalid m->lockedInt = ");
    gwrite(buf, formatint(mp->lockedInt, buf));
    printcstr("\n");
    throw_("internal lockOSThread error");
  }
  mp->lockedExt = 0;
  gfput(pp, gp);
  if (locked) {
    // The goroutine may have locked this thread because it put it in an
    // unusual kernel state: end the thread rather than reuse it.
    mexit();
  }
  schedule();
}

void gopark(bool (*unlockf)(g*, void*), void* lk, waitReason reason) {
  m* mp = getg()->m;
  g* gp = mp->curg;
  if (gp == nullptr || gp != getg()) throw_("gopark: not on a user goroutine");
  if (readgstatus(gp) != _Grunning) throw_("gopark: bad g status");
  mp->waitlock = lk;
  mp->waitunlockf = unlockf;
  gp->waitreason = reason;
  mcall(park_m);
}

void ready(g* gp, bool next) {
  m* mp = getg()->m;
  mp->locks++;  // disable preemption: gp is on our P-local state
  if (readgstatus(gp) != _Gwaiting) throw_("bad g->status in ready");
  traceGoUnblock(gp);
  casgstatus(gp, _Gwaiting, _Grunnable);
  runqput(mp->p, gp, next);
  wakep();
  mp->locks--;
}

void goready(g* gp) {
  systemstack([gp] { ready(gp, true); });
}

// gopreempt_m: the goroutine was asked to yield (sysmon, stop-the-world):
// to the global queue, so that it runs after what is already waiting.
void gopreempt_m(g* gp) {
  traceGoPreempt(gp);
  goschedImpl(gp);
}

void goexit1() {
  mcall(goexit0);
  __builtin_unreachable();
}

void systemstack(void (*fn)(void*), void* arg) {
  g* gp = getg();
  m* mp = gp->m;
  if (gp == mp->g0 || mp->g0->sched.sp == 0) {
    // Already on the system stack (or the M has no scheduling stack yet:
    // before mstart, only g0 exists).
    systemstack_ong0(fn, arg);
    return;
  }
  // As Go's systemstack saves g.sched: a throw on the system stack (say
  // newproc1's `go of nil func value`) prints the goroutine's frames from
  // here (dopanic_m walks curg->sched.bp). A running g's sched is unused
  // otherwise; parking rewrites it.
  gp->sched.bp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  setg(mp->g0);
  systemstack_switch(fn, arg, mp->g0->sched.sp);
  setg(gp);
}

void systemstack_ong0(void (*fn)(void*), void* arg) { fn(arg); }

extern "C" [[noreturn]] void badmcall() __asm__("runtime.badmcall");
extern "C" [[noreturn]] void badmcall2() __asm__("runtime.badmcall2");
void badmcall() { throw_("runtime: mcall called on m->g0 stack"); }
void badmcall2() { throw_("runtime: mcall function returned"); }

// ---- the runtime package's functions ---------------------------------------------

void Gosched() { mcall(gosched_m); }

// Goexit is in panic.cpp: it runs the deferred calls first.

int64_t NumGoroutine() { return gcount(); }

int64_t NumCPU() { return ncpu; }

// GOMAXPROCS sets the number of Ps and returns the previous setting; n < 1
// only reports it. The change goes through stop-the-world and procresize.
int64_t GOMAXPROCS(int64_t n) {
  lock(&sched.lock);
  int64_t ret = gomaxprocs;
  unlock(&sched.lock);
  if (n <= 0 || n == ret) return ret;
  if (n > _MaxGomaxprocs) n = _MaxGomaxprocs;
  stopTheWorld("GOMAXPROCS");
  newprocs = static_cast<int32_t>(n);
  startTheWorld();
  return ret;
}

}  // namespace gosub::rt
