// runtime/panic_mem.cpp — runtime.panicmem, Go's nil dereference panic.
//
// gc finds nil dereferences with the SIGSEGV the faulting access raises, and
// its sigpanic turns that into this panic. Until gosub's runtime handles
// SIGSEGV, the compiler checks func values against nil before calling them
// and calls panicmem instead (compiler/codegen/checks.cpp): Go's
// memoryError panic, recoverable; unrecovered, it prints what Go prints for
// the signal, with the pc of the failed check.
// (Kept apart from panic.cpp so that it can land independently.)

#include "runtime.h"

namespace gosub::rt {

void panicmem() {
  // The `[signal SIGSEGV ...]` line is printed by an unrecovered panic
  // (dopanic_m), with the pc of the failed check standing for the fault's.
  g* gp = getg();
  gp->sig = 11;       // SIGSEGV
  gp->sigcode0 = 1;   // SEGV_MAPERR, as for a fault at address 0
  gp->sigcode1 = 0;
  gp->sigpc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  panicErrorString("invalid memory address or nil pointer dereference");
}

}  // namespace gosub::rt
