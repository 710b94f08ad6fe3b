// runtime/os_linux.cpp — the few OS services the runtime uses directly
// (Go's os_linux.go and sys_linux_amd64.s).

#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runtime.h"

namespace gosub::rt {

void write1(int fd, const void* p, size_t n) {
  auto* b = static_cast<const uint8_t*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, b, n);
    if (w < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return;  // nowhere to report it: the error stream itself failed
    }
    b += w;
    n -= static_cast<size_t>(w);
  }
}

// exit ends the process at once, as Go's runtime exit does: no atexit
// handlers, no stdio flushing (the runtime never buffers output).
void exit(int32_t code) {
  for (;;) ::syscall(SYS_exit_group, code);
}

void writestring(int64_t fd, const uint8_t* p, int64_t n) {
  if (n > 0) write1(static_cast<int>(fd), p, static_cast<size_t>(n));
}

void os_runtime_exit(int64_t code) { exit(static_cast<int32_t>(code)); }

}  // namespace gosub::rt
