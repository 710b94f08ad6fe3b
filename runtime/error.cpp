// runtime/error.cpp — the entry points that panic with run-time error
// values (Go's runtime/error.go and panic.go): indexing, slicing, making
// slices, and the errorString/plainError panics of the rest of the runtime.
//
// The error types themselves are Go (stdlib/runtime/error.go: errorString,
// plainError, boundsError, TypeAssertionError, each a runtime.Error with
// Go's Error methods); the compiler emits their descriptors in every program
// and the runtime names them through abi.def's GO_TYPE entries, so a
// recovered error is the very type `err.(runtime.Error)`, `%T` and
// errors.As see. Here the values are only built (runtime/error.h mirrors
// their layouts) and handed to gopanic.
// Each failed check in generated code (compiler/codegen/slice.cpp,
// checks.cpp) calls one of the noreturn entry points at the end.

#include "error.h"

#include "runtime.h"
#include "type.h"

namespace gosub::rt {

namespace {

// Go's boundsErrorCode (stdlib/runtime/error.go), the `code` of panicBounds.
enum boundsErrorCode : int64_t {
  boundsIndex,       // s[x], 0 <= x < len(s) failed
  boundsSliceAlen,   // s[?:x], 0 <= x <= len(s) failed
  boundsSliceAcap,   // s[?:x], 0 <= x <= cap(s) failed
  boundsSliceB,      // s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen)
  boundsSlice3Alen,  // s[?:?:x], 0 <= x <= len(s) failed
  boundsSlice3Acap,  // s[?:?:x], 0 <= x <= cap(s) failed
  boundsSlice3B,     // s[?:x:y], 0 <= x <= y failed (but boundsSlice3A didn't happen)
  boundsSlice3C,     // s[x:y:?], 0 <= x <= y failed (but boundsSlice3A/B didn't happen)
  boundsConvert,     // (*[x]T)(s), 0 <= x <= len(s) failed
  boundsCodes
};

GoString gostr(const char* s) {
  int64_t n = 0;
  while (s[n] != 0) n++;
  return GoString{reinterpret_cast<const uint8_t*>(s), n};
}

}  // namespace

void panicErrorString(const char* s) {
  auto* v = static_cast<GoString*>(mallocgc(sizeof(GoString)));
  *v = gostr(s);
  gopanic(&errorStringType, v);
}

void panicPlainError(const char* msg) {
  auto* v = static_cast<GoString*>(mallocgc(sizeof(GoString)));
  *v = gostr(msg);
  gopanic(&plainErrorType, v);
}

// panicBounds(x, y, code): code is a boundsErrorCode, plus
// kBoundsUnsigned when x came from an unsigned integer (then it is printed
// as unsigned and is never negative), as Go's panicIndexU & co.
void panicBounds(int64_t x, int64_t y, int64_t code) {
  bool isUnsigned = (code & kBoundsUnsigned) != 0;
  code &= ~kBoundsUnsigned;
  if (code < 0 || code >= boundsCodes) throw_("panicBounds: bad code");
  auto* v = static_cast<boundsError*>(mallocgc(sizeof(boundsError)));
  *v = boundsError{x, y, !isUnsigned, static_cast<uint8_t>(code)};
  gopanic(&boundsErrorType, v);
}

// panicIndex(i, n): boundsIndex for a signed index.
void panicIndex(int64_t i, int64_t n) { panicBounds(i, n, boundsIndex); }

void panicmakeslicelen() { panicErrorString("makeslice: len out of range"); }

void panicmakeslicecap() { panicErrorString("makeslice: cap out of range"); }

void panicgrowslicecap() { panicErrorString("growslice: cap out of range"); }

}  // namespace gosub::rt
