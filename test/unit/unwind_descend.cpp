// unwind_descend.cpp — a recursive function compiled with -fsplit-stack,
// whose frames spread over several stack segments, for unwind_test.cpp.
// At the bottom it has the stack walked from its own frame by walkfrom,
// which unwind_test.cpp compiles without split-stack: this file must not
// instantiate the runtime's inline functions (unwinder::next), or the
// linker could keep this file's split-stack copy for the runtime too.
#include <cstdint>

namespace unwindtest {

void walkfrom(uintptr_t fp);

__attribute__((noinline)) int descend(int depth) {
  char pad[6000];  // over 256 bytes: the prologue checks rsp - frame
  pad[0] = static_cast<char>(depth);
  asm volatile("" : : "r"(pad) : "memory");  // the whole array stays
  if (depth == 0) {
    walkfrom(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
    return pad[0];
  }
  return descend(depth - 1) + pad[0];  // not a tail call: the frame stays
}

}  // namespace unwindtest
