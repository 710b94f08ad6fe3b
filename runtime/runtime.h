// runtime/runtime.h — declarations shared between the runtime's own files.
// (Generated code never sees these; its interface is abi.def / abi.h.)
#pragma once

#include <cstddef>
#include <cstdint>

#include "abi.h"
#include "runtime2.h"

namespace gosub::rt {

// ---- lock (lock_futex.go later) -------------------------------------------
// A runtime lock. For now a spin lock: there is only one thread. The
// goroutines issue replaces the body with Go's futex-based lock_futex.go.
struct mutex {
  uint32_t key;
};
void lock(mutex* l);
void unlock(mutex* l);

// ---- print.cpp ------------------------------------------------------------
void gwrite(const void* p, size_t n);
void printcstr(const char* s);  // NUL-terminated, for runtime messages
void printhex(uint64_t v);      // 0x..., as Go's printhex

// formatfloat_gc writes v in gc's print format (+d.dddddde+ddd, NaN, +Inf,
// -Inf) into buf and returns the length. At most 14 bytes.
enum { kGCFloatBufSize = 14 };
size_t formatfloat_gc(double v, char* buf);

// ---- fmt.cpp: fmt's %v formatting into a caller buffer --------------------
// formatfloat_v writes v as fmt's %v does for a float of bitsize 32 or 64
// (strconv 'g' with the shortest precision) and returns the length.
enum { kFmtFloatBufSize = 32 };
size_t formatfloat_v(double v, int bitsize, char* buf);
// formatint / formatuint write decimal digits (at most 20 bytes + sign).
enum { kFmtIntBufSize = 24 };
size_t formatint(int64_t v, char* buf);
size_t formatuint(uint64_t v, char* buf);

// ---- panic.cpp ------------------------------------------------------------
// throw: a fatal error in the runtime itself, never recoverable (Go's throw).
// `throw` is a C++ keyword, hence the underscore; the symbol is runtime.throw.
[[noreturn]] void throw_(const char* s) __asm__("runtime.throw");
// fatalpanic prints `panic: <msg>` and the traceback and exits with 2. The
// defer/recover issue puts gopanic in front of it.
[[noreturn]] void fatalpanic(const char* msg, size_t n);

// ---- traceback.cpp / symtab.cpp -------------------------------------------
// traceback prints the Go frames of the running goroutine, walking the frame
// pointer chain from the caller of traceback.
void traceback();
// funcname finds the function symbol containing pc. Returns false if the
// executable has no symbol table for it.
bool funcname(uintptr_t pc, const char** name, size_t* len);

// ---- stack.cpp ------------------------------------------------------------
// _StackGuard is how far above the bottom of a stack the guard sits: the
// reserve in which runtime C++ code called from Go runs without checks.
constexpr uintptr_t _StackGuard = 64 << 10;
void setstackguard(uintptr_t guard);
uintptr_t getstackguard();

// ---- malloc.cpp -----------------------------------------------------------
void* sysAlloc(size_t n);  // fresh zeroed pages from the OS, or nullptr

// ---- os_linux.cpp ---------------------------------------------------------
// write1 writes all of p to fd, retrying short writes and EINTR.
void write1(int fd, const void* p, size_t n);
[[noreturn]] void exit(int32_t code);

// ---- proc.cpp -------------------------------------------------------------
void args(int32_t c, char** v);
void osinit();
void schedinit();

}  // namespace gosub::rt
