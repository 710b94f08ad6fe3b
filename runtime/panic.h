// runtime/panic.h — defer records, frame records and panics (Go's
// runtime2.go _defer and _panic, and gosub's deferframe). docs/runtime.md,
// "defer, panic and recover", tells the whole story.
#pragma once

#include <cstdint>

#include "asm_offsets.h"
#include "type.h"

namespace gosub::rt {

struct _defer;

// deferframe: one per running call of a function with defer statements,
// in that function's own frame (generated code allocates it, links it into
// g.deferframe at entry and unlinks it when it returns; only the goroutine
// itself touches it). Generated code appends its own fields after the
// header (the open-coded defers' arguments and the results).
struct deferframe {
  deferframe* link;  // the next older frame record
  // jmpbuf: llvm.eh.sjlj.setjmp's buffer: [0] the function's frame pointer,
  // [1] its resume address, [2] its stack pointer. A recovery resumes the
  // function there (recovery_m), which then runs its remaining deferred
  // calls and returns its results.
  uintptr_t jmpbuf[5];
  // opendefers: for open-coded defers, a generated function that runs the
  // newest pending deferred call (bits) and clears its bit; null when the
  // function records its deferred calls in `defers` instead.
  void (*opendefers)(deferframe*);
  _defer* defers;  // recorded deferred calls, newest first (deferproc)
  uint32_t bits;   // pending open-coded deferred calls, bit i = defer i
  uint32_t pad;
};
static_assert(__builtin_offsetof(deferframe, link) == DEFERFRAME_LINK);
static_assert(__builtin_offsetof(deferframe, jmpbuf) == DEFERFRAME_JMPBUF);
static_assert(__builtin_offsetof(deferframe, opendefers) == DEFERFRAME_OPENDEFERS);
static_assert(__builtin_offsetof(deferframe, defers) == DEFERFRAME_DEFERS);
static_assert(__builtin_offsetof(deferframe, bits) == DEFERFRAME_BITS);
static_assert(sizeof(deferframe) == DEFERFRAME_SIZE);

// _defer: a deferred call recorded at run time (a defer in a loop, or in a
// function with too many defers to open-code). fn is a func value without
// parameters or results (a closure over the evaluated arguments, built by
// the compiler), called as fn->code(fn); never nil (a deferred nil func
// value is called through a generated wrapper, whose call panics).
struct _defer {
  _defer* link;  // next older deferred call of the same frame
  void* fn;
  bool heap;  // from newdefer (freed to the pool), else in the frame
};

// _panic: an active panic (or Goexit), on gopanic's frame.
struct _panic {
  eface arg;           // the panic value
  _panic* link;        // the panic this one interrupted, if any
  // argp: the frame record of the runtime frame calling the current
  // deferred call (calldeferred). recover() stops the panic only when its
  // caller's caller frame is this one: the deferred function itself called
  // recover.
  uintptr_t argp;
  deferframe* frame;   // the frame whose deferred call is running
  uintptr_t gopanicfp; // gopanic's frame (tracebacks print its argument)
  // goexitbuf (a Goexit): the __builtin_setjmp buffer of its loop, laid out
  // as deferframe.jmpbuf. A panic recovered after it unwound past the
  // Goexit's deferred call resumes there, and the Goexit goes on (Go 1.14+).
  uintptr_t* goexitbuf;
  bool recovered;
  bool aborted;        // a newer panic unwound past its deferred call
  bool goexit;
  bool printing;       // preprintpanics is calling its chain's Error/String methods
};

struct g;
// panic.cpp: print the panics (oldest first) and gp's traceback, exit 2;
// resume the frame whose deferred call recovered p.
// mainInitLocked: runtime.main holds its lockOSThread for package
// initialisation. Go releases it in a deferred call, so a panic that ends
// the program from an init function runs it before the report. [main goroutine]
extern bool mainInitLocked;
[[noreturn]] void fatalpanics(g* gp, _panic* p);
// throwfault: `fatal error: unexpected signal during runtime execution`
// for a fault at pc in runtime code, gp's frames from fp (signal_unix.cpp;
// gp->sig and friends describe the signal).
[[noreturn]] void throwfault(g* gp, uintptr_t pc, uintptr_t fp);
[[noreturn]] void recovery(g* gp, _panic* p);
// defer.cpp: error and Stringer panic values become their strings.
void preprintpanics(_panic* p);

}  // namespace gosub::rt
