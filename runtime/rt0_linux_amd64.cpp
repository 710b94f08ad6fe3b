// runtime/rt0_linux_amd64.cpp — the program entry point (Go's rt0 files and
// runtime.main).
//
// This is the only runtime file that refers to the compiled program
// (main.init, main.main), and the only one defining C `main`. It is a
// separate member of libgosubrt.a, pulled in only when `main` is undefined
// (a gosub program); the unit tests link the runtime without it
// (gosubrt_core) and bring their own main.

#include "runtime.h"

namespace gosub::rt {

// runtime.main runs the program; returning from main.main ends the process
// with status 0 (exit, not return: atexit handlers do not run, as in Go).
// Kept out of line: tracebacks stop at this frame.
[[noreturn]] __attribute__((noinline)) void runtime_main() __asm__("runtime.main");

void runtime_main() {
  main_init();
  main_main();
  exit(0);
}

}  // namespace gosub::rt

int main(int argc, char** argv) {
  gosub::rt::args(argc, argv);
  gosub::rt::osinit();
  gosub::rt::schedinit();
  gosub::rt::runtime_main();
}
