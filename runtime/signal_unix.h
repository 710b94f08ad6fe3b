// runtime/signal_unix.h — signals inside the runtime: the handler and its
// per-M set-up (signal_unix.cpp), the queue of signals for os/signal
// (sigqueue.cpp), and what fork/exec needs of both (exec_linux.cpp).
#pragma once

#include <cstdint>

namespace gosub::rt {

// Signals 1..64, and 0 for none (Go's _NSIG).
constexpr int _NSIG_GO = 65;
// Each M's alternate signal stack (Go uses 32 KiB too).
constexpr uintptr_t kSignalStackSize = 32 << 10;

// ---- signal_unix.cpp
void initsig();  // on m0 at start-up
void minit();    // on each M's thread before it runs anything
void unminit();  // on a thread that is about to exit
// sigblockall blocks every signal in this thread, saving the old mask;
// sigsetmask sets the thread's mask (raw system calls: fork-safe).
void sigblockall(uint64_t* old);
void sigsetmask(uint64_t mask);
void clearSignalHandlers();
[[noreturn]] void dieFromSignal(int sig);
// signame: the signal's name as crash reports print it ("SIGSEGV:
// segmentation violation").
const char* signame(uint32_t sig);
// sigpanic: see signal_unix.cpp (sigfault).
[[noreturn]] void sigpanic() __asm__("runtime.sigpanic");
void sigenable(uint32_t sig);
void sigdisable(uint32_t sig);
void sigignore(uint32_t sig);

// ---- sigqueue.cpp
// sigsend queues sig for os/signal if the program wants it; false if not.
// Called by the signal handler: no locks, no allocation.
bool sigsend(uint32_t sig);
void sigInitIgnored(uint32_t sig);

}  // namespace gosub::rt
