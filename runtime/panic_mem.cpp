// runtime/panic_mem.cpp — runtime.panicmem, Go's nil dereference panic.
//
// gc finds nil dereferences with the SIGSEGV the faulting access raises, and
// its sigpanic turns that into this panic. Until gosub's runtime handles
// SIGSEGV, the compiler checks func values against nil before calling them
// and calls panicmem instead (compiler/codegen/checks.cpp); it prints what
// Go prints for the signal, with the pc of the failed check.
// (Kept apart from panic.cpp so that it can land independently.)

#include "runtime.h"

namespace gosub::rt {

void panicmem() {
  static const char head[] =
      "runtime error: invalid memory address or nil pointer dereference\n"
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";
  char msg[sizeof head + 20];
  size_t l = 0;
  for (size_t i = 0; i + 1 < sizeof head; i++) msg[l++] = head[i];
  auto pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  char hex[16];
  int n = 0;
  do {
    hex[n++] = "0123456789abcdef"[pc & 15];
    pc >>= 4;
  } while (pc != 0);
  while (n > 0) msg[l++] = hex[--n];
  msg[l++] = ']';
  fatalpanic(msg, l);
}

}  // namespace gosub::rt
