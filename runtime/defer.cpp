// runtime/defer.cpp — the runtime's calls of deferred functions: gopanic,
// deferreturn, Goexit (Go's panic.go), and the panic values' Error/String
// methods (preprintpanics).
//
// These call Go code, so unlike the rest of the runtime they are compiled
// with -fsplit-stack (runtime/CMakeLists.txt): their prologues grow the
// stack exactly as Go functions' do, so a Go function they call is called
// from above the guard, like from any Go function, and its own prologue
// grows the stack if it needs to. The non-split runtime code they call
// runs in the reserve as it does under Go code. (Called on g0 they would
// need the TCB slot cleared; gopanic throws there instead, as Go's.)

#include "panic.h"
#include "runtime.h"
#include "type.h"

namespace gosub::rt {

namespace {

// calldeferred calls a deferred call's code fn(arg) for panic p (or Goexit).
// Its own frame record is the callee's caller frame: p->argp, which
// gorecover compares. noinline and the store after the call keep that
// frame (no inlining into gopanic, no tail call).
[[gnu::noinline]] void calldeferred(_panic* p, void (*fn)(void*), void* arg) {
  p->argp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  fn(arg);
  __atomic_store_n(&p->argp, 0, __ATOMIC_RELAXED);
}

// runnextdefer runs the newest pending deferred call of frame fr for p;
// false if fr has none left. The call is taken off its frame before it
// runs, as Go clears an open-coded defer's bit first: a panic inside it
// goes on with the frame's older deferred calls.
bool runnextdefer(deferframe* fr, _panic* p) {
  if (fr->opendefers != nullptr) {
    if (fr->bits == 0) return false;
    calldeferred(p, reinterpret_cast<void (*)(void*)>(fr->opendefers), fr);
    return true;
  }
  _defer* d = fr->defers;
  if (d == nullptr) return false;
  fr->defers = d->link;
  void* fn = d->fn;
  if (d->heap) freedefer(d);
  calldeferred(p, *static_cast<void (**)(void*)>(fn), fn);
  return true;
}

// callStringMethod calls e's Error or String method when its dynamic type
// implements `inter` (error, runtime.stringer: one method, returning a
// string), found as a type assertion finds it (getitab).
bool callStringMethod(const eface& e, _type& inter, GoString* out) {
  if (e.type == nullptr) return false;
  auto* tab = static_cast<itab*>(getitab(&inter, e.type, true));
  if (tab == nullptr) return false;
  *out = reinterpret_cast<GoString (*)(void*)>(tab->fun[0])(e.data);
  return true;
}

}  // namespace

// preprintpanics turns error and Stringer panic values into their strings
// before the report is printed (Go's preprintpanics): the methods are Go
// code, which must run here on the goroutine's stack, not on g0.
void preprintpanics(_panic* p) {
  p->printing = true;  // a panic in a method now is fatal (gopanic)
  for (; p != nullptr; p = p->link) {
    GoString s;
    if (callStringMethod(p->arg, errorType, &s) || callStringMethod(p->arg, stringerType, &s)) {
      auto* v = static_cast<GoString*>(mallocgc(sizeof(GoString)));
      *v = s;
      p->arg = eface{&stringType, v};
    }
  }
}

// deferreturn runs the remaining deferred calls of frame fr, newest first,
// and unlinks it: a function that records its deferred calls returns
// through it, and so does any function resumed after a recovery.
void deferreturn(void* frp) {
  auto* fr = static_cast<deferframe*>(frp);
  for (;;) {
    if (fr->opendefers != nullptr) {
      if (fr->bits == 0) break;
      fr->opendefers(fr);
      continue;
    }
    _defer* d = fr->defers;
    if (d == nullptr) break;
    fr->defers = d->link;
    void* fn = d->fn;
    if (d->heap) freedefer(d);
    (*static_cast<void (**)(void*)>(fn))(fn);
  }
  getg()->deferframe = fr->link;
}

// A panic raised by an Error or String method that preprintpanics called:
// fatal, naming the new panic's string or its type (Go's preprintpanics
// recovers it in a deferred call and throws so).
[[noreturn]] static void throwPrintingPanic(_type* type, void* data) {
  static const char kText[] = "panic while printing panic value: ";
  static const char kType[] = "type ";
  GoString what = type->str;
  bool isString = type == &stringType;
  if (isString) what = *static_cast<GoString*>(data);
  size_t n = sizeof kText - 1 + (isString ? 0 : sizeof kType - 1) + static_cast<size_t>(what.len);
  auto* msg = static_cast<char*>(mallocgc(static_cast<int64_t>(n) + 1));
  char* w = msg;
  __builtin_memcpy(w, kText, sizeof kText - 1);
  w += sizeof kText - 1;
  if (!isString) {
    __builtin_memcpy(w, kType, sizeof kType - 1);
    w += sizeof kType - 1;
  }
  __builtin_memcpy(w, what.ptr, static_cast<size_t>(what.len));
  msg[n] = 0;
  throw_(msg);
}

void gopanic(void* type, void* data) {
  g* gp = getg();
  if (gp == gp->m->g0) throw_("panic on system stack");
  for (_panic* q = gp->_panic; q != nullptr; q = q->link)
    if (q->printing) throwPrintingPanic(static_cast<_type*>(type), data);
  _panic p{};
  p.arg = eface{static_cast<_type*>(type), data};
  p.link = gp->_panic;
  p.gopanicfp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  gp->_panic = &p;
  for (;;) {
    deferframe* fr = gp->deferframe;
    if (fr == nullptr) break;
    // An older panic running a deferred call of this frame is aborted:
    // this one unwinds past it (it is printed, but never resumes).
    for (_panic* q = p.link; q != nullptr; q = q->link)
      if (q->frame == fr) q->aborted = true;
    p.frame = fr;
    if (!runnextdefer(fr, &p)) {
      gp->deferframe = fr->link;  // the frame has no deferred calls left
      continue;
    }
    if (p.recovered) recovery(gp, &p);
  }
  preprintpanics(gp->_panic);
  fatalpanics(gp, gp->_panic);
}

// Goexit runs every deferred call of the goroutine, newest first, then ends
// it. recover returns nil in them (the Goexit is not a panic). A panic in
// one of them that is recovered by an older deferred call does not resume
// the recovering frame: it comes back here (recovery, through goexitbuf)
// and the Goexit goes on with the calls left, as Go's since 1.14.
void Goexit() {
  g* gp = getg();
  _panic p{};
  p.goexit = true;
  p.link = gp->_panic;
  p.gopanicfp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t buf[5];
  p.goexitbuf = buf;
  gp->_panic = &p;
  if (__builtin_setjmp(reinterpret_cast<void**>(buf)) != 0) {
    // Back from a recovery: p is again the newest panic.
    p.aborted = false;
  }
  for (;;) {
    deferframe* fr = gp->deferframe;
    if (fr == nullptr) break;
    p.frame = fr;
    if (!runnextdefer(fr, &p)) gp->deferframe = fr->link;
  }
  goexit1();
}

}  // namespace gosub::rt
