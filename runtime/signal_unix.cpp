// runtime/signal_unix.cpp — signal handling (Go's signal_unix.go,
// sigtab_linux_generic.go, os_linux.go's signal parts).
//
// At start-up (initsig, on m0 before the scheduler runs) the runtime
// installs its handler for the signals of sigtable that it handles, with
// SA_ONSTACK: every M has its own alternate signal stack (m.gsignal, set
// up by minit on the M's thread), because a goroutine's stack segment has
// no room for a handler below its guard. What the handler does with a
// signal follows Go's rules:
//   - a signal the program asked for (os/signal.Notify, sigqueue.cpp) is
//     queued for signal_recv and nothing else happens;
//   - otherwise a _SigKill signal (SIGHUP, SIGINT, SIGTERM) ends the process
//     as the default action would (dieFromSignal: SIG_DFL and raise again),
//     so the parent sees "killed by signal";
//   - a _SigThrow signal (SIGQUIT, SIGABRT, SIGILL, SIGTRAP, SIGSYS) prints
//     the signal, the pc, the goroutines and the registers and exits 2
//     (GOTRACEBACK decides how much; crash ends with SIGABRT);
//   - anything else is ignored (SIGPIPE, SIGUSR1, SIGCHLD, SIGURG, ...).
//     A write to a broken pipe thus fails with EPIPE; package os turns
//     that into death by SIGPIPE for stdout and stderr only (os.sigpipe),
//     unless the program ignores SIGPIPE or gets it through os/signal.
// A fault (_SigPanic: SIGSEGV, SIGBUS, SIGFPE) in Go code becomes a panic,
// as in Go: the handler makes the goroutine look as if the faulting
// instruction had called runtime.sigpanic, which panics with Go's run-time
// error (a nil dereference: "invalid memory address or nil pointer
// dereference"); tracebacks then show the faulting frame at its line. A
// fault anywhere else is a runtime bug: `fatal error: unexpected signal
// during runtime execution` with the runtime's frames.
//
// A handler runs C++ only, on the signal stack, and takes no lock: it may
// interrupt the scheduler anywhere.

#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "cpuprof.h"
#include "panic.h"
#include "runtime.h"
#include "signal_unix.h"

namespace gosub::rt {

namespace {

// Flags of sigtable entries (Go's _Sig*): what to do with each signal.
enum : uint16_t {
  _SigNotify = 1 << 0,    // let os/signal.Notify have it
  _SigKill = 1 << 1,      // if not notified, die from it
  _SigThrow = 1 << 2,     // if not notified, crash with a report
  _SigPanic = 1 << 3,     // a fault: a panic in Go (default action in gosub)
  _SigDefault = 1 << 4,   // leave the default action until Notify asks
  _SigGoExit = 1 << 5,    // (Go: exit quietly; unused on Linux)
  _SigSetStack = 1 << 6,  // libc's own (SIGCANCEL, SIGSETXID): leave alone
  _SigUnblock = 1 << 7,   // always unblocked
  _SigIgn = 1 << 8,       // default action is to ignore it
};

struct sigTabT {
  uint16_t flags;
  const char* name;
};

// Go's sigtable for Linux: flags and the names crash reports print.
constexpr sigTabT sigtable[_NSIG_GO] = {
    /* 0 */ {0, "SIGNONE: no trap"},
    /* 1 */ {_SigNotify + _SigKill, "SIGHUP: terminal line hangup"},
    /* 2 */ {_SigNotify + _SigKill, "SIGINT: interrupt"},
    /* 3 */ {_SigNotify + _SigThrow, "SIGQUIT: quit"},
    /* 4 */ {_SigThrow + _SigUnblock, "SIGILL: illegal instruction"},
    /* 5 */ {_SigThrow + _SigUnblock, "SIGTRAP: trace trap"},
    /* 6 */ {_SigNotify + _SigThrow, "SIGABRT: abort"},
    /* 7 */ {_SigPanic + _SigUnblock, "SIGBUS: bus error"},
    /* 8 */ {_SigPanic + _SigUnblock, "SIGFPE: floating-point exception"},
    /* 9 */ {0, "SIGKILL: kill"},
    /* 10 */ {_SigNotify, "SIGUSR1: user-defined signal 1"},
    /* 11 */ {_SigPanic + _SigUnblock, "SIGSEGV: segmentation violation"},
    /* 12 */ {_SigNotify, "SIGUSR2: user-defined signal 2"},
    /* 13 */ {_SigNotify, "SIGPIPE: write to broken pipe"},
    /* 14 */ {_SigNotify, "SIGALRM: alarm clock"},
    /* 15 */ {_SigNotify + _SigKill, "SIGTERM: termination"},
    /* 16 */ {_SigThrow + _SigUnblock, "SIGSTKFLT: stack fault"},
    /* 17 */ {_SigNotify + _SigUnblock + _SigIgn, "SIGCHLD: child status has changed"},
    /* 18 */ {_SigNotify + _SigDefault + _SigIgn, "SIGCONT: continue"},
    /* 19 */ {0, "SIGSTOP: stop, unblockable"},
    /* 20 */ {_SigNotify + _SigDefault + _SigIgn, "SIGTSTP: keyboard stop"},
    /* 21 */ {_SigNotify + _SigDefault + _SigIgn, "SIGTTIN: background read from tty"},
    /* 22 */ {_SigNotify + _SigDefault + _SigIgn, "SIGTTOU: background write to tty"},
    /* 23 */ {_SigNotify + _SigIgn, "SIGURG: urgent condition on socket"},
    /* 24 */ {_SigNotify, "SIGXCPU: cpu limit exceeded"},
    /* 25 */ {_SigNotify, "SIGXFSZ: file size limit exceeded"},
    /* 26 */ {_SigNotify, "SIGVTALRM: virtual alarm clock"},
    /* 27 */ {_SigNotify + _SigUnblock, "SIGPROF: profiling alarm clock"},
    /* 28 */ {_SigNotify + _SigIgn, "SIGWINCH: window size change"},
    /* 29 */ {_SigNotify, "SIGIO: i/o now possible"},
    /* 30 */ {_SigNotify, "SIGPWR: power failure restart"},
    /* 31 */ {_SigThrow, "SIGSYS: bad system call"},
    /* 32 */ {_SigSetStack + _SigUnblock, "signal 32"},  // glibc's SIGCANCEL
    /* 33 */ {_SigSetStack + _SigUnblock, "signal 33"},  // glibc's SIGSETXID
    /* 34 */ {_SigSetStack + _SigUnblock, "signal 34"},  // musl's SIGSYNCCALL
    /* 35..64: real-time signals, for the program */
    {_SigNotify, "signal 35"}, {_SigNotify, "signal 36"}, {_SigNotify, "signal 37"},
    {_SigNotify, "signal 38"}, {_SigNotify, "signal 39"}, {_SigNotify, "signal 40"},
    {_SigNotify, "signal 41"}, {_SigNotify, "signal 42"}, {_SigNotify, "signal 43"},
    {_SigNotify, "signal 44"}, {_SigNotify, "signal 45"}, {_SigNotify, "signal 46"},
    {_SigNotify, "signal 47"}, {_SigNotify, "signal 48"}, {_SigNotify, "signal 49"},
    {_SigNotify, "signal 50"}, {_SigNotify, "signal 51"}, {_SigNotify, "signal 52"},
    {_SigNotify, "signal 53"}, {_SigNotify, "signal 54"}, {_SigNotify, "signal 55"},
    {_SigNotify, "signal 56"}, {_SigNotify, "signal 57"}, {_SigNotify, "signal 58"},
    {_SigNotify, "signal 59"}, {_SigNotify, "signal 60"}, {_SigNotify, "signal 61"},
    {_SigNotify, "signal 62"}, {_SigNotify, "signal 63"}, {_SigNotify, "signal 64"},
};

// handlingSig[i]: the runtime's handler is installed for i. [atomic]
// fwdSig[i]: the action i had before (SIG_DFL or an inherited SIG_IGN),
// put back when the program stops wanting i.
uint32_t handlingSig[_NSIG_GO];
uintptr_t fwdSig[_NSIG_GO];
// initSigmask: the signal mask the process started with; every M's
// thread runs with it (minit).
uint64_t initSigmask;

constexpr uintptr_t kSigDfl = 0, kSigIgn = 1;

// The rt_sigaction and rt_sigprocmask system calls, raw (rawsyscall):
// usable in a vfork child. The kernel's sigset is 8 bytes.
struct kernelSigaction {
  uintptr_t handler;
  uint64_t flags;
  void (*restorer)();
  uint64_t mask;
};
constexpr uint64_t kSA_RESTORER = 0x04000000;

// sigreturn trampoline for handlers installed with raw rt_sigaction.
extern "C" void sigreturn_tramp() __asm__("runtime.sigreturn_tramp");
__asm__(
    ".text\n"
    ".globl runtime.sigreturn_tramp\n"
    ".type runtime.sigreturn_tramp,@function\n"
    "runtime.sigreturn_tramp:\n"
    "  movl $15, %eax\n"  // SYS_rt_sigreturn
    "  syscall\n"
    "  hlt\n");

void sighandler(int sig, siginfo_t* info, void* ctx);

// setsig installs fn (kSigDfl, kSigIgn, or the runtime's handler).
void setsig(int sig, uintptr_t fn) {
  kernelSigaction sa{};
  sa.handler = fn;
  if (fn != kSigDfl && fn != kSigIgn) {
    sa.flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART | kSA_RESTORER;
    sa.restorer = sigreturn_tramp;
    sa.mask = ~uint64_t{0};  // handlers do not nest
  }
  rawsyscall(SYS_rt_sigaction, sig, reinterpret_cast<long>(&sa), 0, 8);
}

uintptr_t getsig(int sig) {
  kernelSigaction old{};
  rawsyscall(SYS_rt_sigaction, sig, 0, reinterpret_cast<long>(&old), 8);
  return old.handler;
}

uintptr_t handlerAddr() { return reinterpret_cast<uintptr_t>(&sighandler); }

// sigInstallGoHandler: whether initsig installs the runtime's handler for
// sig (Go's rule).
bool sigInstallGoHandler(int sig) {
  // An inherited SIG_IGN for SIGHUP or SIGINT is respected (nohup, &):
  // os/signal can still ask for them.
  if ((sig == SIGHUP || sig == SIGINT) && fwdSig[sig] == kSigIgn) return false;
  uint16_t flags = sigtable[sig].flags;
  if (flags & _SigSetStack) return false;
  return true;
}

void sigprocmask(int how, const uint64_t* set, uint64_t* old) {
  rawsyscall(SYS_rt_sigprocmask, how, reinterpret_cast<long>(set), reinterpret_cast<long>(old), 8);
}

inline uint64_t sigbit(int sig) { return uint64_t{1} << (sig - 1); }

// dumpregs prints the interrupted context's registers, as Go's crash
// report for a signal ends.
void dumpregs(const ucontext_t* uc) {
  static const struct {
    const char* name;
    int reg;
  } regs[] = {{"rax    ", REG_RAX}, {"rbx    ", REG_RBX}, {"rcx    ", REG_RCX}, {"rdx    ", REG_RDX},
              {"rdi    ", REG_RDI}, {"rsi    ", REG_RSI}, {"rbp    ", REG_RBP}, {"rsp    ", REG_RSP},
              {"r8     ", REG_R8},  {"r9     ", REG_R9},  {"r10    ", REG_R10}, {"r11    ", REG_R11},
              {"r12    ", REG_R12}, {"r13    ", REG_R13}, {"r14    ", REG_R14}, {"r15    ", REG_R15},
              {"rip    ", REG_RIP}, {"rflags ", REG_EFL}};
  for (const auto& r : regs) {
    printcstr(r.name);
    printhex(static_cast<uint64_t>(uc->uc_mcontext.gregs[r.reg]));
    printcstr("\n");
  }
  uint64_t csgsfs = static_cast<uint64_t>(uc->uc_mcontext.gregs[REG_CSGSFS]);
  printcstr("cs     ");
  printhex(csgsfs & 0xffff);
  printcstr("\nfs     ");
  printhex((csgsfs >> 32) & 0xffff);
  printcstr("\ngs     ");
  printhex((csgsfs >> 16) & 0xffff);
  printcstr("\n");
}

// sigthrow: a _SigThrow signal nobody asked for: report and exit 2, as
// Go's sighandler does after startpanic: the goroutine the signal
// interrupted from the signal's pc, every other one, the registers.
[[noreturn]] void sigthrow(int sig, siginfo_t* info, ucontext_t* uc) {
  char buf[kFmtIntBufSize];
  freezetheworld();
  printcstr(sigtable[sig].name);
  printcstr("\nPC=");
  auto pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  printhex(pc);
  printcstr(" m=");
  g* gp = getg();
  gwrite(buf, formatint(gp->m->id, buf));
  printcstr(" sigcode=");
  gwrite(buf, formatint(info->si_code, buf));
  printcstr("\n\n");
  int32_t level;
  bool all, docrash;
  gotraceback(&level, &all, &docrash);
  if (level > 0) {
    g* cur = gp->m->curg;
    if (cur != nullptr) {
      goroutineheader(cur);
      // The signal's pc is cur's only if it interrupted cur's own code.
      if (gp == cur)
        tracebackpc(pc, static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RBP]), cur, level);
      else  // on g0 for cur (systemstack): sched.bp is current, sched.pc not
        tracebackpc(0, cur->sched.bp, cur, level);
    }
    tracebackothers(cur, level);
    printcstr("\n");
    dumpregs(uc);
  }
  if (docrash) dieFromSignal(SIGABRT);
  exit(2);
}

// sigfault handles a fault (a _SigPanic signal the kernel raised). In Go
// code on its goroutine, the goroutine is made to call runtime.sigpanic
// from the faulting instruction: the pushed return address is pc + 1, so
// that pc + 1 - 1 symbolises to the faulting line (traceback.cpp knows a
// frame under sigpanic is such a pc). Anywhere else it is a runtime bug.
void sigfault(int sig, siginfo_t* info, ucontext_t* uc) {
  g* gp = getg();
  auto pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  auto fp = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RBP]);
  m* mp = gp != nullptr ? gp->m : nullptr;
  if (gp == nullptr || mp == nullptr) dieFromSignal(sig);
  gp->sig = static_cast<uint32_t>(sig);
  gp->sigcode0 = static_cast<uintptr_t>(static_cast<uint32_t>(info->si_code));
  gp->sigcode1 = reinterpret_cast<uintptr_t>(info->si_addr);
  gp->sigpc = pc;
  if (gp == mp->curg && !gp->throwsplit && mp->dying == 0 && isgocode(pc)) {
    auto sp = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
    // Below the red zone the faulting function may use: it never resumes.
    sp = ((sp - 128) & ~uintptr_t{15}) - 8;
    *reinterpret_cast<uintptr_t*>(sp) = pc + 1;
    uc->uc_mcontext.gregs[REG_RSP] = static_cast<greg_t>(sp);
    uc->uc_mcontext.gregs[REG_RIP] = static_cast<greg_t>(reinterpret_cast<uintptr_t>(&sigpanic));
    return;
  }
  throwfault(gp, pc, fp);
}

void sighandler(int sig, siginfo_t* info, void* ctx) {
  int savedErrno = errno;
  // The handler runs on the M's signal stack: no stack checks apply to
  // it (DESIGN.md, contract 4). Nothing here calls Go code, but keep the
  // slot consistent with the stack we are on while we are here.
  uintptr_t guard = getstackguard();
  setstackguard(0);
  if (sig == SIGPROF) {  // profiling (cpuprof.cpp), as Go: never notified
    g* gp = getg();
    if (validSIGPROF(gp != nullptr ? gp->m : nullptr, info->si_code)) sigprof(static_cast<ucontext_t*>(ctx));
    setstackguard(guard);
    errno = savedErrno;
    return;
  }
  uint16_t flags = sig < _NSIG_GO ? sigtable[sig].flags : _SigThrow;
  bool fromUser = info->si_code == SI_USER || info->si_code == SI_TKILL;
  bool handled = false;
  if (!fromUser && (flags & _SigPanic)) {
    sigfault(sig, info, static_cast<ucontext_t*>(ctx));
    handled = true;
  }
  if (!handled && (fromUser || (flags & _SigNotify)) && sigsend(static_cast<uint32_t>(sig))) handled = true;
  if (!handled && fromUser && signal_ignored(static_cast<uint32_t>(sig))) handled = true;
  if (!handled && (flags & _SigKill)) dieFromSignal(sig);
  if (!handled && (flags & (_SigThrow | _SigPanic)))
    sigthrow(sig, info, static_cast<ucontext_t*>(ctx));
  setstackguard(guard);
  errno = savedErrno;
}

}  // namespace

// initsig installs the runtime's handler for the signals it handles. On
// m0, before any other thread exists.
void initsig() {
  sigprocmask(SIG_SETMASK, nullptr, &initSigmask);
  for (int i = 1; i < _NSIG_GO; i++) {
    uint16_t flags = sigtable[i].flags;
    if (flags == 0 || (flags & _SigDefault)) continue;
    fwdSig[i] = getsig(i);
    if (!sigInstallGoHandler(i)) {
      if (fwdSig[i] == kSigIgn) sigInitIgnored(static_cast<uint32_t>(i));
      continue;
    }
    __atomic_store_n(&handlingSig[i], 1u, __ATOMIC_RELEASE);
    setsig(i, handlerAddr());
  }
}

// minit: per-thread set-up of an M, on its own thread: the alternate signal
// stack and the signal mask (threads start with every signal blocked).
void minit() {
  m* mp = getg()->m;
  mp->procid = rawsyscall(SYS_gettid);
  if (mp->gsignal == nullptr) {
    mp->gsignal = sysAlloc(kSignalStackSize);
    if (mp->gsignal == nullptr) throw_("minit: cannot allocate the signal stack");
  }
  stack_t st{};
  st.ss_sp = mp->gsignal;
  st.ss_size = kSignalStackSize;
  if (sigaltstack(&st, nullptr) != 0) throw_("minit: sigaltstack failed");
  uint64_t mask = initSigmask;
  for (int i = 1; i < _NSIG_GO; i++)
    if (sigtable[i].flags & _SigUnblock) mask &= ~sigbit(i);
  sigprocmask(SIG_SETMASK, &mask, nullptr);
  cpuprofMinit(mp);
}

// unminit: the thread is about to exit (mexit): drop its signal stack.
void unminit() {
  m* mp = getg()->m;
  cpuprofUnminit(mp);
  stack_t st{};
  st.ss_flags = SS_DISABLE;
  sigaltstack(&st, nullptr);
  if (mp->gsignal != nullptr) {
    sysFree(mp->gsignal, kSignalStackSize);
    mp->gsignal = nullptr;
  }
}

void sigblockall(uint64_t* old) {
  uint64_t all = ~uint64_t{0};
  sigprocmask(SIG_SETMASK, &all, old);
}

void sigsetmask(uint64_t mask) { sigprocmask(SIG_SETMASK, &mask, nullptr); }

// clearSignalHandlers puts back the default action of every signal the
// runtime handles (a forked child, before exec: raw system calls only).
void clearSignalHandlers() {
  for (int i = 1; i < _NSIG_GO; i++)
    if (__atomic_load_n(&handlingSig[i], __ATOMIC_ACQUIRE) != 0) setsig(i, kSigDfl);
}

const char* signame(uint32_t sig) { return sig < _NSIG_GO ? sigtable[sig].name : "signal ?"; }

// sigpanic runs on the goroutine that faulted, as if the faulting
// instruction had called it (sigfault): Go's sigpanic, the run-time error
// for the fault.
void sigpanic() {
  g* gp = getg();
  switch (gp->sig) {
    case SIGBUS:
      if (gp->sigcode0 == BUS_ADRERR && gp->sigcode1 < 0x1000) panicErrorString("invalid memory address or nil pointer dereference");
      break;
    case SIGSEGV:
      // A nil pointer, or an address past the end of the first page
      // (a field of a nil struct pointer); SI_KERNEL: a non-canonical one.
      if ((gp->sigcode0 == SEGV_MAPERR || gp->sigcode0 == SEGV_ACCERR || gp->sigcode0 == SI_KERNEL) &&
          gp->sigcode1 < 0x1000)
        panicErrorString("invalid memory address or nil pointer dereference");
      break;
    case SIGFPE:
      if (gp->sigcode0 == FPE_INTDIV) panicErrorString("integer divide by zero");
      if (gp->sigcode0 == FPE_INTOVF) panicErrorString("integer overflow");
      panicErrorString("floating point error");
  }
  printcstr("unexpected fault address ");
  printhex(gp->sigcode1);
  printcstr("\n");
  throw_("fault");
}

// dieFromSignal ends the process with sig's default action, so that the
// parent sees it killed by sig (Go's dieFromSignal).
void dieFromSignal(int sig) {
  uint64_t bit = sigbit(sig);
  sigprocmask(SIG_UNBLOCK, &bit, nullptr);
  __atomic_store_n(&handlingSig[sig], 0u, __ATOMIC_RELEASE);
  setsig(sig, kSigDfl);
  rawsyscall(SYS_tgkill, rawsyscall(SYS_getpid), rawsyscall(SYS_gettid), sig);
  // The signal is pending and unblocked: it is delivered before the
  // system call returns, unless its default action is to ignore it.
  osyield();
  osyield();
  osyield();
  exit(2);
}

// The sigqueue's hooks (Go's sigenable, sigdisable, sigignore): install
// the handler for a signal the program now wants, and put back the action
// from before when it no longer does.
void sigenable(uint32_t sig) {
  if (sig == 0 || sig >= _NSIG_GO || !(sigtable[sig].flags & _SigNotify)) return;
  uint32_t expected = 0;
  if (__atomic_compare_exchange_n(&handlingSig[sig], &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
    fwdSig[sig] = getsig(static_cast<int>(sig));
    setsig(static_cast<int>(sig), handlerAddr());
  }
}

void sigdisable(uint32_t sig) {
  if (sig == 0 || sig >= _NSIG_GO || !(sigtable[sig].flags & _SigNotify)) return;
  // A signal initsig would not have handled goes back to its old action.
  if (!sigInstallGoHandler(static_cast<int>(sig)) || (sigtable[sig].flags & _SigDefault)) {
    __atomic_store_n(&handlingSig[sig], 0u, __ATOMIC_RELEASE);
    setsig(static_cast<int>(sig), fwdSig[sig]);
  }
}

void sigignore(uint32_t sig) {
  if (sig == 0 || sig >= _NSIG_GO || !(sigtable[sig].flags & _SigNotify)) return;
  __atomic_store_n(&handlingSig[sig], 0u, __ATOMIC_RELEASE);
  setsig(static_cast<int>(sig), kSigIgn);
}

void os_sigpipe() {
  if (signal_ignored(SIGPIPE) || sigsend(SIGPIPE)) return;
  dieFromSignal(SIGPIPE);
}

}  // namespace gosub::rt
