// runtime/symtab.h — pc to source: function names, files, lines and inlined
// calls, from the compiler's table (pclntab_layout.h) with the executable's ELF
// symbol table as the fallback for functions without an entry (the C++
// runtime, libc). Shared by tracebacks, runtime.Caller and the profiler.
//
// Everything here is allocation-free and lock-free after a one-time
// initialisation (the first call builds a sorted index of the ELF symbols
// in memory from mmap). Not for signal handlers: that first call may run
// anywhere.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gosub::rt {

// One source-level frame at a pc.
struct srcframe {
  const char* name;  // Go name: main.f, main.(*T).M, main.main.func1
  size_t namelen;
  const char* file;  // absolute path, "?" when unknown
  int32_t line;      // 0 when unknown
  uintptr_t entry;   // entry of the physical function holding pc
  bool inlined;      // this function was inlined into the next frame's
  // wrapper: this is the own frame of a wrapper the compiler generated (the
  // table's kFuncWrapper: method wrappers and thunks, go statements' and
  // defers' wrappers...) or runtime.deferreturn, which Go's tracebacks
  // and Callers leave out.
  bool wrapper = false;
};

// pcframes stores the source frames at pc (a pc inside an instruction: use
// ra-1 for a return address ra), innermost (most inlined) first, at most
// max of them. Returns the count; 0 if pc is not in a function of the table.
int pcframes(uintptr_t pc, srcframe* out, int max);

// symframes is pcframes, or for a pc outside the table (the C++ runtime,
// libc) the one frame its ELF symbol names, with file "?" and line 0.
int symframes(uintptr_t pc, srcframe* out, int max);

// funcname finds the physical function containing pc, in the table or the
// ELF symbol table. Returns false if neither knows pc.
bool funcname(uintptr_t pc, const char** name, size_t* len);

// isgocode: pc is in a function of the table (generated Go code).
// Lock-free and allocation-free: the signal handler asks it.
bool isgocode(uintptr_t pc);

// funcnoargs: pc is in a Go function without parameters.
bool funcnoargs(uintptr_t pc);

// funcentry: the entry of the function containing pc (table or ELF), or 0.
uintptr_t funcentry(uintptr_t pc);

// demangleRuntime turns the runtime's C++ symbol _ZN5gosub2rt4nameE...
// into runtime.name (nested names joined by '.'), and the trampoline of a
// lambda that function F passes to systemstack into runtime.F.funcN, Go's
// name for such a closure; into buf. Returns the length, or 0 if sym is
// not such a name.
size_t demangleRuntime(const char* sym, size_t len, char* buf, size_t cap);

}  // namespace gosub::rt
