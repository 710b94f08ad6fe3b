// runtime/sync.cpp — what packages sync and time need from the runtime
// besides semaphores and timers: their fatal errors and panics, which Go's
// packages reach through linknames to runtime.throw or the panic builtin.
#include "runtime.h"

namespace gosub::rt {

namespace {
// Copies a Go string into a NUL-terminated buffer for throw_.
void cstring(const uint8_t* p, int64_t n, char* buf, size_t size) {
  size_t len = static_cast<size_t>(n) < size - 1 ? static_cast<size_t>(n) : size - 1;
  for (size_t i = 0; i < len; i++) buf[i] = static_cast<char>(p[i]);
  buf[len] = 0;
}
}  // namespace

// sync.throw: `fatal error: <s>` (e.g. "sync: unlock of unlocked mutex").
void sync_throw(const uint8_t* p, int64_t n) {
  char buf[128];
  cstring(p, n, buf, sizeof buf);
  throw_(buf);
}

// sync.panicString: `panic: <s>` (e.g. "sync: negative WaitGroup counter").
void sync_panicString(const uint8_t* p, int64_t n) { panicPlainError(reinterpret_cast<const char*>(p), static_cast<size_t>(n)); }

// time.panicString: the same for package time (e.g. "time: Stop called on
// uninitialized Timer").
void time_panicString(const uint8_t* p, int64_t n) { panicPlainError(reinterpret_cast<const char*>(p), static_cast<size_t>(n)); }

}  // namespace gosub::rt
