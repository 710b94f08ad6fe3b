// runtime/stack.cpp — stack limits and the stack-overflow path (Go's stack.go).
//
// The guard. Every Go function starts with LLVM's split-stack prologue
//     cmp %fs:0x70, %rsp        (large frames: lea -frame(%rsp),%r11; cmp %fs:0x70,%r11)
//     jbe -> mov $frame,%r10; mov $args,%r11; call __morestack; ret
// %fs:0x70 is the TCB word glibc reserves for split stacks; gosub keeps the
// running goroutine's stackguard0 there, stack.lo + _StackGuard. Between the
// guard and stack.lo lies the reserve: C++ runtime code called from Go runs
// there unchecked (a frame under 256 bytes may also dip below the guard
// before its callee's check fires). Runtime code on a goroutine stack must
// fit in the reserve or switch to the M's g0 stack (Go's systemstack, which
// the goroutines issue adds). A slot of 0 means "no limit": threads the
// runtime did not set up never call __morestack.

#include "runtime.h"

namespace gosub::rt {

// maxstacksize is the most stack a goroutine may use, set by schedinit.
uintptr_t maxstacksize;

void setstackguard(uintptr_t guard) { __asm__ volatile("movq %0, %%fs:0x70" : : "r"(guard) : "memory"); }

uintptr_t getstackguard() {
  uintptr_t guard;
  __asm__ volatile("movq %%fs:0x70, %0" : "=r"(guard));
  return guard;
}

// newstack is called by __morestack when a prologue found the stack
// exhausted: framesize (r10) and argsize (r11) are what the function asked
// for, sp is the stack pointer at its prologue. This issue has one fixed
// stack per goroutine, so every call is a stack overflow; the goroutines
// issue allocates a new segment here instead (see asm_amd64.S).
[[noreturn]] void newstack(uintptr_t framesize, uintptr_t argsize, uintptr_t sp) __asm__("runtime.newstack");

void newstack(uintptr_t framesize, uintptr_t argsize, uintptr_t sp) {
  (void)framesize;
  (void)argsize;
  g* gp = getg();
  char buf[kFmtIntBufSize];
  printcstr("runtime: goroutine stack exceeds ");
  gwrite(buf, formatuint(maxstacksize, buf));
  printcstr("-byte limit\n");
  printcstr("runtime: sp=");
  printhex(sp);
  printcstr(" stack=[");
  printhex(gp->stack.lo);
  printcstr(", ");
  printhex(gp->stack.hi);
  printcstr("]\n");
  throw_("stack overflow");
}

}  // namespace gosub::rt
