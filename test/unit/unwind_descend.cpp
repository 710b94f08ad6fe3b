// unwind_descend.cpp — a recursive function compiled with -fsplit-stack,
// whose frames spread over several stack segments, for unwind_test.cpp.
// At the bottom it walks its own goroutine's stack with the unwinder.
#include "unwind.h"

namespace unwindtest {

uintptr_t ras[512];
int nras;
int segments;

__attribute__((noinline)) int descend(int depth) {
  char pad[6000];  // over 256 bytes: the prologue checks rsp - frame
  pad[0] = static_cast<char>(depth);
  asm volatile("" : : "r"(pad) : "memory");  // the whole array stays
  if (depth == 0) {
    gosub::rt::g* gp = gosub::rt::getg();
    segments = 0;
    for (gosub::rt::stkseg* s = gp->stackbase; s != nullptr; s = s->next) {
      segments++;
      if (s == gp->stackseg) break;
    }
    gosub::rt::unwinder u(gp, reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
    uintptr_t ra;
    nras = 0;
    while (nras < 512 && u.next(&ra)) ras[nras++] = ra;
    return pad[0];
  }
  return descend(depth - 1) + pad[0];  // not a tail call: the frame stays
}

}  // namespace unwindtest
