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
// stranded (see findRunnable).
//
// Start-up (rt0_linux_amd64.cpp): args, osinit, schedinit, newproc of
// runtime.main (goroutine 1), mstart on m0. runtime.main starts sysmon,
// runs main.init and main.main, and exits.

#include <new>
#include <pthread.h>
#include <unistd.h>  // environ

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

// gogetenv: the value of the environment variable name, nullptr if unset.
const char* gogetenv(const char* name) {
  size_t n = 0;
  while (name[n] != 0) n++;
  for (char** e = environ; e != nullptr && *e != nullptr; e++) {
    const char* s = *e;
    size_t i = 0;
    while (i < n && s[i] == name[i]) i++;
    if (i == n && s[i] == '=') return s + n + 1;
  }
  return nullptr;
}

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

// ---- Ps and Ms -------------------------------------------------------------------

void pinit(p* pp, int32_t id) {
  pp->id = id;
  atomicStoreRelaxed(&pp->status, _Pgcstop);
  pp->goidcache = pp->goidcacheend = 0;
  if (pp->mcache == nullptr) pp->mcache = allocmcache();
}

// pdestroy releases a P that GOMAXPROCS no longer uses (world stopped).
void pdestroy(p* pp) {
  // Move all runnable goroutines to the global queue, in order.
  while (pp->runqhead != pp->runqtail) {
    pp->runqtail--;
    globrunqputhead(pp->runq[pp->runqtail % _RunqSize]);
  }
  if (pp->runnext != nullptr) {
    globrunqputhead(pp->runnext);
    pp->runnext = nullptr;
  }
  gfpurge(pp);
  // Move pp's timers to the current P (Go's moveTimers); procresize has
  // already made sure this M holds a surviving P.
  if (pp->ntimers > 0) moveTimers(getg()->m->p, pp);
  mcacheRelease(pp->mcache);  // its spans' free objects go back to the mcentrals
  atomicStoreRelaxed(&pp->status, _Pdead);
}

uint32_t gcd(uint32_t a, uint32_t b) {
  while (b != 0) {
    uint32_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// procresize changes the number of Ps to nprocs, with sched.lock held and
// the world stopped (or at start-up). Returns the Ps with local work, each
// with an M to run it (p.m) or none (start one). Go's procresize.
p* procresize(int32_t nprocs) {
  int32_t old = gomaxprocs;
  if (old < 0 || nprocs <= 0 || nprocs > _MaxGomaxprocs) throw_("procresize: invalid arg");
  lock(&allpLock);
  for (int32_t i = 0; i < nprocs; i++) {
    if (allp[i] == nullptr) {
      void* mem = mallocgc(sizeof(p));
      allp[i] = new (mem) p();
      pinit(allp[i], i);
    } else if (allp[i]->status == _Pdead) {
      pinit(allp[i], i);
    }
  }
  m* mp = getg()->m;
  if (mp->p != nullptr && mp->p->id < nprocs) {
    // continue to use the current P
    atomicStoreRelaxed(&mp->p->status, _Prunning);
  } else {
    // release the current P and acquire allp[0]
    if (mp->p != nullptr) atomicStoreRel(&mp->p->m, nullptr);
    mp->p = nullptr;
    p* pp = allp[0];
    atomicStoreRel(&pp->m, nullptr);
    atomicStoreRelaxed(&pp->status, _Pidle);
    acquirep(pp);
  }
  for (int32_t i = nprocs; i < old; i++) pdestroy(allp[i]);
  __atomic_store_n(&gomaxprocs, nprocs, __ATOMIC_RELEASE);
  traceProcResize(nprocs);
  nstealcoprimes = 0;
  for (uint32_t i = 1; i <= static_cast<uint32_t>(nprocs); i++)
    if (gcd(i, static_cast<uint32_t>(nprocs)) == 1) stealcoprimes[nstealcoprimes++] = i;
  unlock(&allpLock);

  p* runnablePs = nullptr;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    p* pp = allp[i];
    if (mp->p == pp) continue;
    atomicStoreRelaxed(&pp->status, _Pidle);
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      atomicStoreRel(&pp->m, mget());
      pp->link = runnablePs;
      runnablePs = pp;
    }
  }
  return runnablePs;
}

// acquirep associates pp with the current M (Go's acquirep/wirep).
void acquirep(p* pp) {
  m* mp = getg()->m;
  if (mp->p != nullptr) throw_("wirep: already in go");
  if (pp->m != nullptr || pp->status != _Pidle) {
    printcstr("wirep: p->m and p->status inconsistent\n");
    throw_("wirep: invalid p state");
  }
  mp->p = pp;
  atomicStoreRel(&pp->m, mp);  // publishes mp (its g0, tcb) to preemptone
  atomicStoreRelaxed(&pp->status, _Prunning);
  traceProcAcquire(pp);
}

// releasep disassociates the current M from its P.
p* releasep() {
  m* mp = getg()->m;
  p* pp = mp->p;
  if (pp == nullptr) throw_("releasep: invalid arg");
  if (pp->m != mp || pp->status != _Prunning) throw_("releasep: invalid p state");
  traceProcRelease(pp);
  mp->p = nullptr;
  atomicStoreRel(&pp->m, nullptr);
  atomicStoreRelaxed(&pp->status, _Pidle);
  return pp;
}

// pidleput puts pp on the idle list. sched.lock held.
void pidleput(p* pp) {
  if (!runqempty(pp)) throw_("pidleput: P has non-empty run queue");
  pp->link = sched.pidle;
  sched.pidle = pp;
  __atomic_add_fetch(&sched.npidle, 1u, __ATOMIC_ACQ_REL);
}

// pidleget takes a P from the idle list. sched.lock held.
p* pidleget() {
  p* pp = sched.pidle;
  if (pp != nullptr) {
    sched.pidle = pp->link;
    __atomic_sub_fetch(&sched.npidle, 1u, __ATOMIC_ACQ_REL);
  }
  return pp;
}

// mput puts mp on the idle M list and checks for deadlock. sched.lock held.
void mput(m* mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  checkdead();
}

// mremove takes mp off the idle M list if it is still there (an M whose
// timed sleep ran out). sched.lock held.
bool mremove(m* mp) {
  for (m** link = &sched.midle; *link != nullptr; link = &(*link)->schedlink) {
    if (*link == mp) {
      *link = mp->schedlink;
      sched.nmidle--;
      return true;
    }
  }
  return false;
}

// mget takes an idle M. sched.lock held.
m* mget() {
  m* mp = sched.midle;
  if (mp != nullptr) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

int64_t mReserveID() {
  int64_t id = sched.mnext++;
  if (sched.mnext - sched.nmfreed > sched.maxmcount) {
    printcstr("runtime: program exceeds 10000-thread limit\n");
    throw_("thread exhaustion");
  }
  return id;
}

// newm creates an M that will run fn (if any), then pp (if any), then the
// scheduler. Its g0 runs on the new thread's own stack. A locked M has the
// template thread start it (lockosthread.cpp).
void newm(void (*fn)(), p* pp, int64_t id) {
  void* mem = mallocgc(sizeof(m));
  m* mp = new (mem) m();
  if (id < 0) {
    lock(&sched.lock);
    id = mReserveID();
    unlock(&sched.lock);
  }
  mcommoninit(mp, id);
  g* g0p = malg(0);
  g0p->m = mp;
  g0p->atomicstatus = _Grunning;
  mp->g0 = g0p;
  mp->mstartfn = fn;
  mp->nextp = pp;
  if (newmFromLockedM(mp)) return;
  newm1(mp);
}

// newm1 starts mp's thread. execLock keeps exec (syscall.Exec) from
// running while a thread is being created (exec_linux.cpp).
void newm1(m* mp) {
  lock(&execLock);
  newosproc(mp);
  unlock(&execLock);
}

// mcount: Ms in existence (threads), as Go's mcount.
int32_t mcount() { return static_cast<int32_t>(sched.mnext - sched.nmfreed); }

// mspinning is a new spinning M's start function (wakep counted it).
void mspinning() {
  getg()->m->spinning = true;
  traceMSpin(true);
}

// stopm parks the current M until startm hands it a P.
void stopm() { stopmTimed(-1); }

// stopmTimed is stopm with a timeout of ns, for an M with nothing to run
// while a timer is pending (where Go blocks in netpoll(delay)): idle on
// sched.midle, where startm can hand it a P as usual; if the time runs out
// first, it leaves the list and takes an idle P itself to run the timers
// (if no P is idle, the Ps' own schedulers will run them: it stops).
// A negative ns waits without a timeout (stopm).
void stopmTimed(int64_t ns) {
  m* mp = getg()->m;
  if (mp->locks != 0) throw_("stopm holding locks");
  if (mp->p != nullptr) throw_("stopm holding p");
  if (mp->spinning) throw_("stopm spinning");
  lock(&sched.lock);
  mput(mp);
  unlock(&sched.lock);
  traceMPark();
  mp->blocked = true;
  if (ns < 0) {
    notesleep(&mp->park);
  } else if (!notetsleep(&mp->park, ns)) {
    lock(&sched.lock);
    if (mremove(mp)) {
      p* pp = pidleget();
      unlock(&sched.lock);
      mp->blocked = false;
      traceMUnpark(false);
      if (pp != nullptr) {
        acquirep(pp);
      } else {
        stopm();
      }
      return;
    }
    unlock(&sched.lock);
    // startm took this M off the list just now: wait for its wake-up.
    notesleep(&mp->park);
  }
  noteclear(&mp->park);
  mp->blocked = false;
  traceMUnpark(mp->spinning);
  acquirep(mp->nextp);
  mp->nextp = nullptr;
}

// startm schedules some M to run pp (an idle P if nil; if there is none,
// do nothing). spinning: the caller counted the M in nmspinning.
void startm(p* pp, bool spinning) {
  lock(&sched.lock);
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      unlock(&sched.lock);
      if (spinning) {
        // The caller incremented nmspinning, but there are no idle Ps.
        if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
          throw_("startm: negative nmspinning");
      }
      return;
    }
  }
  m* nmp = mget();
  if (nmp == nullptr) {
    int64_t id = mReserveID();
    unlock(&sched.lock);
    newm(spinning ? mspinning : nullptr, pp, id);
    return;
  }
  unlock(&sched.lock);
  if (nmp->spinning) throw_("startm: m is spinning");
  if (nmp->nextp != nullptr) throw_("startm: m has p");
  if (spinning && !runqempty(pp)) throw_("startm: p has runnable gs");
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

void resetspinning() {
  m* mp = getg()->m;
  if (!mp->spinning) throw_("resetspinning: not a spinning m");
  mp->spinning = false;
  traceMSpin(false);
  if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
    throw_("findrunnable: negative nmspinning");
  // M wakeup policy is deliberately somewhat conservative: wake another
  // spinning M only now that this one found work and stopped spinning.
  wakep();
}

// gcstopm stops the current M for stop-the-world, handing its P over.
void gcstopm() {
  m* mp = getg()->m;
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) == 0) throw_("gcstopm: not waiting for gc");
  if (mp->spinning) {
    mp->spinning = false;
    traceMSpin(false);
    if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
      throw_("gcstopm: negative nmspinning");
  }
  p* pp = releasep();
  lock(&sched.lock);
  atomicStoreRelaxed(&pp->status, _Pgcstop);
  if (__atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED) == 0) notewakeup(&sched.stopnote);
  unlock(&sched.lock);
  stopm();
}

// handoffp hands off pp from an M that blocks (a system call, a locked M):
// start an M if there is work, else put pp on the idle list.
void handoffp(p* pp) {
  traceProcHandoff(pp);
  if (!runqempty(pp) || atomicLoadRelaxed(&sched.runqsize) != 0) {
    startm(pp, false);
    return;
  }
  // No local work: start a spinning M if nobody is spinning or idle.
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE) + __atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) == 0) {
    uint32_t expected = 0;
    if (__atomic_compare_exchange_n(&sched.nmspinning, &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      startm(pp, true);
      return;
    }
  }
  lock(&sched.lock);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    atomicStoreRelaxed(&pp->status, _Pgcstop);
    if (__atomic_sub_fetch(&sched.stopwait, 1, __ATOMIC_RELAXED) == 0) notewakeup(&sched.stopnote);
    unlock(&sched.lock);
    return;
  }
  if (sched.runqsize != 0) {
    unlock(&sched.lock);
    startm(pp, false);
    return;
  }
  pidleput(pp);
  unlock(&sched.lock);
}

// wakep tries to add one more spinning M to run Gs (newproc, ready).
void wakep() {
  if (__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE) == 0) return;
  // Be conservative about spinning threads: only one at a time.
  uint32_t expected = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE) != 0 ||
      !__atomic_compare_exchange_n(&sched.nmspinning, &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
    return;
  startm(nullptr, true);
}

// ---- the scheduler -----------------------------------------------------------------

void dropg() {
  m* mp = getg()->m;
  if (mp->curg != nullptr) {
    mp->curg->m = nullptr;
    atomicStoreRelaxed(&mp->curg, nullptr);
  }
}

// execute runs gp on the current M (g0). inheritTime: gp takes over the
// current time slice (runnext) rather than starting a new schedtick.
void execute(g* gp, bool inheritTime) {
  m* mp = getg()->m;
  atomicStoreRel(&mp->curg, gp);  // publishes gp (malg's fields) to preemptone
  gp->m = mp;
  casgstatus(gp, _Grunnable, _Grunning);
  gp->waitsince = 0;
  atomicStoreRelaxed(&gp->preempt, false);
  atomicStoreRelaxed(&gp->stackguard0, gp->stack.lo + _StackGuard);
  if (!inheritTime) atomicStoreRelaxed(&mp->p->schedtick, mp->p->schedtick + 1);
  traceGoStart(gp);
  gogo(&gp->sched);
}

// stealWork tries to steal a runnable goroutine from another P, visiting
// them in a random order 4 times; the last round may take runnext.
g* stealWork(p* pp, bool* inheritTime) {
  constexpr int stealTries = 4;
  for (int i = 0; i < stealTries; i++) {
    bool stealTimersOrRunNextG = i == stealTries - 1;
    uint32_t n = static_cast<uint32_t>(gomaxprocs);
    uint32_t r = fastrand();
    uint32_t pos = r % n;
    uint32_t inc = stealcoprimes[(r / n) % nstealcoprimes];
    for (uint32_t k = 0; k < n; k++, pos = (pos + inc) % n) {
      if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) return nullptr;  // GC work may be available
      p* p2 = allp[pos];
      if (pp == p2) continue;
      // (Go runs p2's expired timers here when stealTimersOrRunNextG;
      // gosub's findRunnable checks every P's timers after stealing.)
      // Idle Ps are not skipped: a P on the idle list has an empty queue
      // (a cheap look), but a _Pidle P in transit to another M (handoffp,
      // startlockedm) may hold work, and a spinning M that could not take
      // it would spin until that M woke up.
      if (g* gp = runqsteal(pp, p2, stealTimersOrRunNextG)) {
        *inheritTime = false;
        return gp;
      }
    }
  }
  return nullptr;
}

// findRunnable finds a runnable goroutine to execute: local runq (and the
// global one every 61st tick, for fairness), global runq, stealing; if
// there is none the M gives up its P and sleeps until startm wakes it.
g* findRunnable(bool* inheritTime) {
  m* mp = getg()->m;
top:
  p* pp = mp->p;
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    gcstopm();
    goto top;
  }

  // Run this P's expired timers (Go's checkTimers(pp, 0)), which may make
  // goroutines runnable.
  checkTimers(pp, 0);

  // Check the global runnable queue once in a while to ensure fairness.
  // Otherwise two goroutines can completely occupy the local runqueue by
  // constantly respawning each other.
  if (pp->schedtick % 61 == 0 && atomicLoadRelaxed(&sched.runqsize) > 0) {
    lock(&sched.lock);
    g* gp = globrunqget(pp, 1);
    unlock(&sched.lock);
    if (gp != nullptr) return gp;
  }

  // local runq
  if (g* gp = runqget(pp, inheritTime)) return gp;

  // global runq
  if (atomicLoadRelaxed(&sched.runqsize) != 0) {
    lock(&sched.lock);
    g* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp != nullptr) {
      *inheritTime = false;
      return gp;
    }
  }

  // (netpoll goes here: roadmap.)

  // Spinning Ms: steal work from other Ps. Limit the number of spinning Ms
  // to half the number of busy Ps: this prevents excessive CPU consumption
  // when GOMAXPROCS>>1 but the program parallelism is low.
  int32_t procs = gomaxprocs;
  if (mp->spinning || 2 * static_cast<int32_t>(__atomic_load_n(&sched.nmspinning, __ATOMIC_ACQUIRE)) <
                          procs - static_cast<int32_t>(__atomic_load_n(&sched.npidle, __ATOMIC_ACQUIRE))) {
    if (!mp->spinning) {
      mp->spinning = true;
      traceMSpin(true);
      __atomic_add_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL);
    }
    if (g* gp = stealWork(pp, inheritTime)) return gp;
    if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) goto top;
  }

  // Run every other P's expired timers too (Go does it while stealing):
  // an idle P's timers have nobody else to run them. A goroutine they wake
  // lands on this P's queue.
  {
    int64_t now = nanotime();
    bool ran = false;
    for (int32_t i = 0; i < gomaxprocs; i++) {
      p* p2 = allp[i];
      int64_t w = __atomic_load_n(&p2->timer0When, __ATOMIC_ACQUIRE);
      if (w != 0 && w <= now) {
        checkTimers(p2, now);
        ran = true;
      }
    }
    if (ran) {
      if (g* gp = runqget(pp, inheritTime)) return gp;
    }
  }

  // We have nothing to do. Give up the P, under the lock so that the
  // global queue and stop-the-world are seen consistently.
  lock(&sched.lock);
  if (__atomic_load_n(&sched.gcwaiting, __ATOMIC_ACQUIRE) != 0) {
    unlock(&sched.lock);
    goto top;
  }
  if (sched.runqsize != 0) {
    g* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    *inheritTime = false;
    return gp;
  }
  if (releasep() != pp) throw_("findrunnable: wrong p");
  pidleput(pp);
  unlock(&sched.lock);

  // Delicate dance: a goroutine may have been readied between the checks
  // above and the moment this M stopped spinning, and its wakep saw
  // nmspinning > 0 and did nothing. So: first drop the spinning count,
  // then look at every queue once more.
  if (mp->spinning) {
    mp->spinning = false;
    traceMSpin(false);
    if (static_cast<int32_t>(__atomic_sub_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL)) < 0)
      throw_("findrunnable: negative nmspinning");
    // Without a P, a stop-the-world may resize allp meanwhile (Go takes
    // snapshots); acquire: the allp entries below gomaxprocs are set.
    int32_t nprocs = atomicLoadAcq(&gomaxprocs);
    for (int32_t i = 0; i < nprocs; i++) {
      p* p2 = allp[i];
      if (!runqempty(p2)) {
        lock(&sched.lock);
        pp = pidleget();
        unlock(&sched.lock);
        if (pp != nullptr) {
          acquirep(pp);
          mp->spinning = true;
          traceMSpin(true);
          __atomic_add_fetch(&sched.nmspinning, 1u, __ATOMIC_ACQ_REL);
          goto top;
        }
        break;
      }
    }
  }
  // If a timer is pending on any P, this M must not sleep forever: where
  // Go blocks in netpoll(pollUntil - now), it sleeps on its park note until
  // the earliest timer (stopmTimed) and then looks again.
  if (int64_t pollUntil = timeSleepUntil(); pollUntil != 0) {
    int64_t delay = pollUntil - nanotime();
    if (delay > 0) {
      stopmTimed(delay);
      goto top;
    }
    // Already due: take a P back to run it, if one is idle.
    lock(&sched.lock);
    pp = pidleget();
    unlock(&sched.lock);
    if (pp != nullptr) {
      acquirep(pp);
      goto top;
    }
  }
  stopm();
  goto top;
}

void schedule() {
  m* mp = getg()->m;
  if (mp->locks != 0) throw_("schedule: holding locks");
  if (mp->lockedg != nullptr) {
    // This M runs only its locked goroutine: wait until it is runnable.
    stoplockedm();
    execute(mp->lockedg, false);  // never returns
  }
  for (;;) {
    bool inheritTime = false;
    g* gp = findRunnable(&inheritTime);  // blocks until work is available
    // This thread is going to run a goroutine and is not spinning anymore,
    // so if it was marked as spinning we need to reset it now and potentially
    // start a new spinning M.
    if (mp->spinning) resetspinning();
    if (gp->lockedm != nullptr) {
      // Hand our P to the M gp is locked to, then wait for a new P.
      startlockedm(gp);
      continue;
    }
    execute(gp, inheritTime);
  }
}

// ---- parking, readying, yielding, exiting -------------------------------------------

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
