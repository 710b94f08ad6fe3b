// runtime/rt0_linux_amd64.cpp — the program entry point (Go's rt0 files and
// runtime.main).
//
// This is the only runtime file that refers to the compiled program
// (main.init, main.main), and the only one defining C `main`. It is a
// separate member of libgosubrt.a, pulled in only when `main` is undefined
// (a gosub program); the unit tests link the runtime without it
// (gosubrt_core) and bring their own main.

#include "panic.h"
#include "runtime.h"
#include "signal_unix.h"
#include "trace.h"

namespace gosub::rt {

// runtime.main is goroutine 1: it starts sysmon, runs package initialisation
// and main.main, and ends the process with status 0 when main.main returns,
// even while other goroutines run (exit, not return: no atexit handlers).
// Kept out of line: tracebacks stop at this frame.
[[noreturn]] __attribute__((noinline)) void runtime_main(void*) __asm__("runtime.main");

namespace {

// panicwait: another goroutine is crashing; its report ends the process
// with status 2. Park forever (Go's runtime.main does the same) rather
// than exit 0 under it.
[[noreturn]] void panicwait() {
  for (;;) gopark(nullptr, nullptr, waitReasonPanicWait);
}

}  // namespace

void runtime_main(void*) {
  main_start();
  // Package initialisation runs on the main thread (some C libraries and
  // system calls care); a LockOSThread in an init function keeps main.main
  // there too, since the program's count outlives this one.
  lockOSThread();
  if (getg()->m != &m0) throw_("runtime.main not on m0");
  mainInitLocked = true;
  main_init();
  mainInitLocked = false;
  unlockOSThread();
  main_main();
  // As Go: do not exit 0 while a crash is in progress. An M that counts
  // itself in panicking takes paniclk next, so look under paniclk: holding
  // it, main exits before any report starts (a crash this late is after
  // main returned, as in Go); otherwise a report that has begun is printed
  // whole and exits 2.
  lock(&paniclk);
  if (__atomic_load_n(&panicking, __ATOMIC_SEQ_CST) != 0) {
    unlock(&paniclk);
    panicwait();
  }
  traceExit();
  exit(0);
}

}  // namespace gosub::rt

// Go's rt0_go: args, osinit, schedinit, newproc(runtime.main), mstart.
int main(int argc, char** argv) {
  gosub::rt::args(argc, argv);
  gosub::rt::osinit();
  gosub::rt::schedinit();
  gosub::rt::initsig();
  gosub::rt::minit();
  gosub::rt::newproc(reinterpret_cast<void*>(&gosub::rt::runtime_main), nullptr);
  gosub::rt::mstart();
}
