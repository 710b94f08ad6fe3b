// runtime/cpuprof.cpp — the CPU profiler (Go's cpuprof.go, sigprof in
// proc.go, the profiling timers of os_linux.go and signal_unix.go).
//
// runtime.SetCPUProfileRate(hz) starts one timer per M, as Go 1.18+ does
// on Linux: timer_create on the M's thread CPU clock, delivering SIGPROF to the
// M's own thread (SIGEV_THREAD_ID) every 1/hz seconds of that thread's CPU
// time, so that each thread's samples measure its own CPU use. Go creates
// an M's timer lazily, when the M next runs a goroutine; gosub creates it
// at once for every M on allm (a timer may name any thread of the process)
// and in minit for Ms started later; an exiting M deletes its own. If the
// kernel refuses a per-thread timer, the process-wide setitimer(ITIMER_PROF)
// takes over for the Ms without one, and validSIGPROF keeps the two apart
// (an M with a timer counts only SI_TIMER signals, others only SI_KERNEL).
//
// The SIGPROF handler (sighandler -> sigprof) runs on the M's signal stack
// and records the interrupted stack: the pc, then the frame-pointer chain
// (unwind.h) of the stack the M was on. On g0 the goroutine's frames follow
// (curg, behind the systemstack_switch record or at its saved context), as
// Go's sigprof jumps stacks. (Go's other case, an M on its signal stack,
// does not arise: handlers run with every signal blocked, so SIGPROF never
// interrupts one.) A pc in a function's prologue or at its `ret`
// (before `push %rbp` / after `pop %rbp`) has rbp still naming the caller's
// frame, whose own return address the chain would skip: there the return
// address is read from the stack instead (framelessRA). Code outside the
// executable (libc, the vDSO) keeps no frame records: the return address
// into ours is the first one on the stack above sp (callReturn), and the
// chain goes on from rbp. A vDSO pc is charged to Go's pseudo-function
// _VDSO; a pc on no stack we know, to _ExternalCode or _VDSO under _System.
// (_GC does not apply: gosub has no collector; _LostExternalCode: no
// threads without an M; _LostSIGPROFDuringAtomic64: 64-bit atomics are
// native on amd64.)
//
// Samples go to a lock-free buffer (profbuf.h) that readProfile drains into
// the profile builder (pprof_encode.h) on the reader goroutine of package
// runtime/pprof, which, once profiling stopped, gets the gzip'd profile in
// chunks and writes it out.

#include "cpuprof.h"

#include <link.h>
#include <signal.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>

#include <initializer_list>

#include "pprof_encode.h"
#include "profbuf.h"
#include "signal_unix.h"
#include "unwind.h"

// Go's pseudo-functions for samples without a Go stack: real functions, so
// that their addresses symbolise to these names here and in pprof.
extern "C" {
[[gnu::noinline]] void pseudo_System() __asm__("runtime._System");
[[gnu::noinline]] void pseudo_ExternalCode() __asm__("runtime._ExternalCode");
[[gnu::noinline]] void pseudo_VDSO() __asm__("runtime._VDSO");
void pseudo_System() { __asm__ volatile("" ::: "memory"); }
void pseudo_ExternalCode() { __asm__ volatile("nop" ::: "memory"); }
void pseudo_VDSO() { __asm__ volatile("nop; nop" ::: "memory"); }
}

namespace gosub::rt {

namespace {

// The profile's state. lock serialises SetCPUProfileRate and readProfile;
// the signal handler reads hz and counts itself in writers, nothing else.
struct {
  mutex lock;
  bool on;          // between SetCPUProfileRate(hz) and SetCPUProfileRate(0)
  bool active;      // a profile exists that the reader has not finished
  int32_t hz;       // [atomic] what sigprof checks
  uint32_t writers; // [atomic] sigprof calls in flight
  profBuf log;
  profileBuilder builder;
  // The reader sleeps on wake between drains (readerAsleep set); stopping
  // the profile wakes it at once, so StopCPUProfile need not wait.
  note wake;
  bool readerAsleep;
} cpuprof;

// The per-M timers: timerLock orders SetCPUProfileRate's walk of allm
// against minit and unminit of Ms coming and going.
mutex timerLock;
bool useItimer;  // the process-wide fallback is running [timerLock]

// Where code is, for sigprof: the executable's text and the vDSO, found
// once when profiling first starts. [written before hz is set]
uintptr_t textLo, textHi, vdsoLo, vdsoHi;

int textCallback(dl_phdr_info* info, size_t, void*) {
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X)) continue;
    textLo = info->dlpi_addr + ph.p_vaddr;
    textHi = textLo + ph.p_memsz;
  }
  return 1;  // the first object is the executable
}

void findText() {
  if (textHi != 0) return;
  dl_iterate_phdr(textCallback, nullptr);
  auto* eh = reinterpret_cast<const ElfW(Ehdr)*>(getauxval(AT_SYSINFO_EHDR));
  if (eh == nullptr) return;
  auto* ph = reinterpret_cast<const ElfW(Phdr)*>(reinterpret_cast<uintptr_t>(eh) + eh->e_phoff);
  for (int i = 0; i < eh->e_phnum; i++)
    if (ph[i].p_type == PT_LOAD) {
      vdsoLo = reinterpret_cast<uintptr_t>(eh) + ph[i].p_offset;
      vdsoHi = vdsoLo + ph[i].p_memsz;
    }
}

// ---- the timers ---------------------------------------------------------------
// The kernel's timer_create/timer_settime arguments (raw system calls: no
// libc timer_t bookkeeping).
struct kernelSigevent {
  uint64_t value;
  int32_t signo;
  int32_t notify;
  int32_t tid;
  int32_t pad[11];
};
struct kernelItimerspec {
  int64_t intervalSec, intervalNsec, valueSec, valueNsec;
};
constexpr int32_t kSIGEV_THREAD_ID = 4;

void setItimer(int32_t hz) {
  itimerval it{};
  if (hz != 0) {
    it.it_interval.tv_usec = 1000000 / hz;
    it.it_value = it.it_interval;
  }
  rawsyscall(SYS_setitimer, ITIMER_PROF, reinterpret_cast<long>(&it), 0);
}

// setThreadCPUProfiler gives mp a timer for hz (none for 0), as Go's
// function of that name; timerLock held. An M whose thread has not been
// through minit yet (procid 0) is skipped: its minit does it.
void setThreadCPUProfiler(m* mp, int32_t hz) {
  if (atomicLoadRelaxed(&mp->profileTimerValid) != 0) {
    atomicStoreRel(&mp->profileTimerValid, 0u);
    rawsyscall(SYS_timer_delete, mp->profileTimer);
  }
  int64_t tid = atomicLoadRelaxed(&mp->procid);  // set by minit on mp's thread
  if (hz == 0 || tid == 0) return;
  // Go's first expiry: uniform in (0, period], so that threads that run
  // for less than a period are sampled with the right probability.
  int64_t period = 1000000000 / hz;
  int64_t first = 1 + static_cast<int64_t>(fastrandn(static_cast<uint32_t>(period)));
  kernelSigevent sev{};
  sev.signo = SIGPROF;
  sev.notify = kSIGEV_THREAD_ID;
  sev.tid = static_cast<int32_t>(tid);
  // The CPU clock of mp's thread, which need not be this one (Go creates
  // each M's timer on the M itself, with CLOCK_THREAD_CPUTIME_ID): the
  // kernel's MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED), as glibc's
  // pthread_getcpuclockid.
  long clock = (~static_cast<long>(tid) << 3) | 2 | 4;
  int32_t id = 0;
  if (rawsyscall(SYS_timer_create, clock, reinterpret_cast<long>(&sev),
                 reinterpret_cast<long>(&id)) != 0) {
    // No per-thread timer: this M falls back to the process's.
    if (!useItimer) setItimer(hz);
    useItimer = true;
    return;
  }
  kernelItimerspec spec{0, period, first / 1000000000, first % 1000000000};
  if (rawsyscall(SYS_timer_settime, id, 0, reinterpret_cast<long>(&spec), 0) != 0) {
    rawsyscall(SYS_timer_delete, id);
    throw_("timer_settime");
  }
  mp->profileTimer = id;
  atomicStoreRel(&mp->profileTimerValid, 1u);
}

// setcpuprofilerate switches every M's timer to hz (Go's setcpuprofilerate
// and setProcessCPUProfiler). cpuprof.lock held, on the system stack.
void setcpuprofilerate(int32_t hz) {
  lock(&timerLock);
  if (hz != 0) __atomic_store_n(&cpuprof.hz, hz, __ATOMIC_SEQ_CST);
  lock(&sched.lock);
  for (m* mp = allm; mp != nullptr; mp = mp->alllink) setThreadCPUProfiler(mp, hz);
  unlock(&sched.lock);
  if (hz == 0) {
    if (useItimer) setItimer(0);
    useItimer = false;
    __atomic_store_n(&cpuprof.hz, 0, __ATOMIC_SEQ_CST);
    // A handler that saw the old rate may still be writing: wait for it,
    // so that the profile is complete when the reader finishes it.
    while (__atomic_load_n(&cpuprof.writers, __ATOMIC_SEQ_CST) != 0) osyield();
  }
  unlock(&timerLock);
}

// ---- the sample -------------------------------------------------------------

bool inText(uintptr_t pc) { return pc >= textLo && pc < textHi; }

// framelessRA: if pc is at an instruction where the function has no frame
// record of its own (split-stack check, `push %rbp`, `mov %rsp,%rbp`, the
// __morestack call block, `ret`), the offset from rsp of its return
// address; -1 otherwise (rbp is the function's own frame).
int framelessRA(uintptr_t pc) {
  if (pc < textLo + 16 || pc + 24 > textHi) return -1;
  auto* c = reinterpret_cast<const uint8_t*>(pc);
  static const uint8_t cmpRsp[9] = {0x64, 0x48, 0x3b, 0x24, 0x25, 0x70, 0, 0, 0};  // cmp %fs:0x70,%rsp
  static const uint8_t cmpR11[9] = {0x64, 0x4c, 0x3b, 0x1c, 0x25, 0x70, 0, 0, 0};  // cmp %fs:0x70,%r11
  static const uint8_t movRbp[3] = {0x48, 0x89, 0xe5};                             // mov %rsp,%rbp
  auto at = [](const uint8_t* p, const uint8_t* bytes, size_t n) { return memcmp(p, bytes, n) == 0; };
  if (c[0] == 0xc3 || (c[0] == 0xf3 && c[1] == 0xc3)) return 0;  // ret
  if (c[0] == 0x55 && at(c + 1, movRbp, 3)) return 0;           // push %rbp
  if (c[-1] == 0x55 && at(c, movRbp, 3)) return 8;              // after the push
  if (c[0] == 0xf3 && c[1] == 0x0f && c[2] == 0x1e && c[3] == 0xfa) return 0;  // endbr64
  if (at(c, cmpRsp, 9) || at(c, cmpR11, 9)) return 0;
  if (c[0] == 0x4c && c[1] == 0x8d && c[3] == 0x24 &&  // lea -N(%rsp),%r11; cmp
      ((c[2] == 0x5c && at(c + 5, cmpR11, 9)) || (c[2] == 0x9c && at(c + 8, cmpR11, 9))))
    return 0;
  if ((at(c - 9, cmpRsp, 9) || at(c - 9, cmpR11, 9)) &&
      (c[0] == 0x76 || c[0] == 0x77 || (c[0] == 0x0f && (c[1] == 0x86 || c[1] == 0x87))))
    return 0;  // the jump after the check
  // mov $frame,%r10d; mov $args,%r11d; call __morestack (then the ret).
  for (int off : {0, 6, 12}) {
    const uint8_t* b = c - off;
    if (b[0] != 0x41 || b[1] != 0xba || b[6] != 0x41 || b[7] != 0xbb || b[12] != 0xe8) continue;
    int32_t rel;
    memcpy(&rel, b + 13, 4);
    if (reinterpret_cast<uintptr_t>(b + 17) + static_cast<intptr_t>(rel) == reinterpret_cast<uintptr_t>(__morestack))
      return 0;
  }
  return -1;
}

// walk appends the return addresses of gp's chain from fp to stk.
void walk(g* gp, uintptr_t fp, uintptr_t* stk, int* n, uintptr_t* lastfp) {
  unwinder u(gp, fp);
  uintptr_t ra;
  while (*n < kMaxCPUProfStack && u.next(&ra)) stk[(*n)++] = ra;
  *lastfp = u.framepointer();
}

// callReturn: whether v looks like a return address into the executable
// (in its text, after a call instruction: e8 rel32, ff /2 with a register,
// [reg], [reg+disp8] or [rip+disp32]).
bool callReturn(uintptr_t v) {
  if (v < textLo + 8 || v >= textHi) return false;
  auto* c = reinterpret_cast<const uint8_t*>(v);
  if (c[-5] == 0xe8) return true;
  if (c[-2] == 0xff && (c[-1] & 0x38) == 0x10) return true;
  if (c[-3] == 0xff && (c[-2] & 0x38) == 0x10) return true;
  if (c[-6] == 0xff && (c[-5] & 0x38) == 0x10) return true;
  return false;
}

// profstack fills stk with the interrupted stack, leaf first, as return
// addresses (the leaf is pc+1, as Go's traceback records a trapped pc).
int profstack(g* gp, m* mp, uintptr_t pc, uintptr_t sp, uintptr_t fp, uintptr_t* stk) {
  int n = 0;
  uintptr_t lo, hi;
  bool onStack = stackbounds(gp, sp, &lo, &hi);
  if (inText(pc)) {
    stk[n++] = pc + 1;
    int off = framelessRA(pc);
    if (off >= 0 && onStack && sp + static_cast<uintptr_t>(off) + 8 <= hi)
      stk[n++] = *reinterpret_cast<uintptr_t*>(sp + static_cast<uintptr_t>(off));
  } else {
    bool vdso = pc >= vdsoLo && pc < vdsoHi;
    if (!onStack) {
      // Not on a stack we know: Go's fallback.
      stk[n++] = reinterpret_cast<uintptr_t>(vdso ? &pseudo_VDSO : &pseudo_ExternalCode) + 1;
      stk[n++] = reinterpret_cast<uintptr_t>(&pseudo_System) + 1;
      return n;
    }
    // libc or the vDSO, called from our code. They keep no frame records
    // (rbp is still our caller's, or theirs if they made one), so the
    // return address into our code lies somewhere above sp: take the
    // first word that is one, up to rbp's frame.
    stk[n++] = vdso ? reinterpret_cast<uintptr_t>(&pseudo_VDSO) + 1 : pc + 1;
    uintptr_t limit = fp > sp && fp < hi ? fp : (sp + 1024 < hi ? sp + 1024 : hi);
    for (uintptr_t a = sp; a + 8 <= limit; a += 8) {
      uintptr_t v = *reinterpret_cast<uintptr_t*>(a);
      if (callReturn(v)) {
        stk[n++] = v;
        break;
      }
    }
  }
  uintptr_t last = 0;
  walk(gp, fp, stk, &n, &last);
  g* curg = mp->curg;
  if (gp != mp->g0 || curg == nullptr || n >= kMaxCPUProfStack) return n;
  // On g0 for curg: systemstack_switch's frame record, on the goroutine's
  // stack, is where the g0 chain points last; otherwise (mcall, execute)
  // curg's saved context is its own.
  uintptr_t next = last != 0 ? *reinterpret_cast<uintptr_t*>(last) : 0;
  uintptr_t clo, chi;
  if (next != 0 && stackbounds(curg, next, &clo, &chi)) {
    walk(curg, next, stk, &n, &last);
  } else if (curg->sched.pc != 0) {
    stk[n++] = curg->sched.pc;
    walk(curg, curg->sched.bp, stk, &n, &last);
  }
  return n;
}

}  // namespace

bool validSIGPROF(m* mp, int code) {
  bool fromItimer = code == SI_KERNEL;
  bool fromTimer = code == SI_TIMER;
  if (!fromItimer && !fromTimer) return true;  // someone else's: harmless
  if (mp == nullptr) return fromItimer;
  return atomicLoadAcq(&mp->profileTimerValid) != 0 ? fromTimer : fromItimer;
}

void sigprof(ucontext_t* uc) {
  if (__atomic_load_n(&cpuprof.hz, __ATOMIC_RELAXED) == 0) return;
  __atomic_add_fetch(&cpuprof.writers, 1, __ATOMIC_SEQ_CST);
  g* gp = getg();
  if (__atomic_load_n(&cpuprof.hz, __ATOMIC_SEQ_CST) != 0 && gp != nullptr && gp->m != nullptr) {
    const greg_t* r = uc->uc_mcontext.gregs;
    uintptr_t stk[kMaxCPUProfStack];
    int n = profstack(gp, gp->m, static_cast<uintptr_t>(r[REG_RIP]), static_cast<uintptr_t>(r[REG_RSP]),
                      static_cast<uintptr_t>(r[REG_RBP]), stk);
    cpuprof.log.write(stk, n, 1);
  }
  __atomic_sub_fetch(&cpuprof.writers, 1, __ATOMIC_SEQ_CST);
}

void cpuprofMinit(m* mp) {
  // Always under the lock, once per thread: either setcpuprofilerate saw
  // this M's procid, or this sees its rate.
  lock(&timerLock);
  int32_t hz = __atomic_load_n(&cpuprof.hz, __ATOMIC_ACQUIRE);
  if (hz != 0 && atomicLoadRelaxed(&mp->profileTimerValid) == 0) setThreadCPUProfiler(mp, hz);
  unlock(&timerLock);
}

void cpuprofUnminit(m* mp) {
  lock(&timerLock);
  setThreadCPUProfiler(mp, 0);
  unlock(&timerLock);
}

// SetCPUProfileRate: Go's runtime.SetCPUProfileRate.
void SetCPUProfileRate(int64_t hz) {
  if (hz < 0) hz = 0;
  if (hz > 1000000) hz = 1000000;
  systemstack([hz] {
    lock(&cpuprof.lock);
    if (hz > 0) {
      if (cpuprof.on || cpuprof.active) {
        printcstr("runtime: cannot set cpu profile rate until previous profile has finished.\n");
        unlock(&cpuprof.lock);
        return;
      }
      findText();
      if (!cpuprof.log.init(1024) ||
          !cpuprof.builder.start(hz, walltime(), symframes, "/proc/self/maps"))
        throw_("runtime: cannot allocate memory for the CPU profile");
      cpuprof.on = cpuprof.active = true;
      setcpuprofilerate(static_cast<int32_t>(hz));
    } else if (cpuprof.on) {
      setcpuprofilerate(0);
      cpuprof.on = false;
      if (cpuprof.readerAsleep) {
        cpuprof.readerAsleep = false;
        notewakeup(&cpuprof.wake);
      }
    }
    unlock(&cpuprof.lock);
  });
}

// readProfile (runtime/pprof's): while profiling, waits up to 100 ms (Go's
// reader's pace) or until profiling stops, and moves what the handler
// recorded into the profile; once profiling stopped, builds it and returns
// up to n bytes of it. eof: the profile is complete and every byte was
// returned (or there is no profile).
U64Pair pprof_readProfile(void* buf, int64_t n) {
  U64Pair r{0, 0};
  bool sleep = false;
  systemstack([&] {
    lock(&cpuprof.lock);
    if (cpuprof.on) {
      noteclear(&cpuprof.wake);
      cpuprof.readerAsleep = sleep = true;
    }
    unlock(&cpuprof.lock);
  });
  if (sleep) {
    notetsleepg(&cpuprof.wake, 100 * 1000 * 1000);
    systemstack([] {
      lock(&cpuprof.lock);
      cpuprof.readerAsleep = false;
      unlock(&cpuprof.lock);
    });
  }
  systemstack([&] {
    lock(&cpuprof.lock);
    if (!cpuprof.active) {
      unlock(&cpuprof.lock);
      r.r2 = 1;
      return;
    }
    uintptr_t stk[kMaxCPUProfStack];
    int depth;
    uint64_t count;
    while (cpuprof.log.read(stk, &depth, &count)) cpuprof.builder.addSample(stk, depth, count);
    if (uint64_t lost = cpuprof.log.takeOverflow()) cpuprof.builder.addLost(lost);
    if (!cpuprof.on) {
      if (!cpuprof.builder.built() && !cpuprof.builder.build(walltime()))
        throw_("runtime: cannot allocate memory for the CPU profile");
      r.r1 = cpuprof.builder.read(static_cast<uint8_t*>(buf), n > 0 ? static_cast<size_t>(n) : 0);
      if (cpuprof.builder.drained()) {
        cpuprof.builder.release();
        cpuprof.active = false;
        r.r2 = 1;
      }
    }
    unlock(&cpuprof.lock);
  });
  return r;
}

}  // namespace gosub::rt
