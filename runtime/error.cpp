// runtime/error.cpp — the run-time errors of indexing, slicing and making
// slices (Go's runtime/error.go boundsError and errorString), in one place.
//
// Each failed check in generated code (compiler/codegen/slice.cpp) calls one
// of these noreturn entry points. Until gopanic exists they end the program
// through fatalpanic with Go's exact text; making them recoverable
// runtime.Error values only means changing panicError below.

#include "runtime.h"

namespace gosub::rt {

namespace {

// Go's boundsErrorCode (runtime/error.go), the `code` of panicBounds.
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

// The message formats, %x and %y standing for the two values: Go's
// boundsErrorFmt, and boundsNegErrorFmt for a negative (signed) x, which
// leaves y out.
const char* const boundsErrorFmt[boundsCodes] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %x to pointer to array with length %y",
};
const char* const boundsNegErrorFmt[boundsCodes] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %x to pointer to array with length %y",
};

// Every run-time error of this file ends here: `panic: runtime error: msg`.
// The defer/panic work turns this into gopanic of a runtime.Error value.
[[noreturn]] void panicError(const char* msg, size_t n) {
  char buf[160];
  static const char prefix[] = "runtime error: ";
  size_t l = 0;
  for (const char* p = prefix; *p != 0; p++) buf[l++] = *p;
  for (size_t i = 0; i < n && l < sizeof buf; i++) buf[l++] = msg[i];
  fatalpanic(buf, l);
}

}  // namespace

// panicBounds(x, y, code): code is a boundsErrorCode, plus
// kBoundsUnsigned when x came from an unsigned integer (then it is printed
// as unsigned and is never negative), as Go's panicIndexU & co.
void panicBounds(int64_t x, int64_t y, int64_t code) {
  bool isUnsigned = (code & kBoundsUnsigned) != 0;
  code &= ~kBoundsUnsigned;
  if (code < 0 || code >= boundsCodes) throw_("panicBounds: bad code");
  bool neg = !isUnsigned && x < 0;
  const char* fmt = neg ? boundsNegErrorFmt[code] : boundsErrorFmt[code];
  char msg[128];
  size_t l = 0;
  for (const char* p = fmt; *p != 0; p++) {
    if (p[0] == '%' && (p[1] == 'x' || p[1] == 'y')) {
      if (p[1] == 'x')
        l += isUnsigned ? formatuint(static_cast<uint64_t>(x), msg + l) : formatint(x, msg + l);
      else
        l += formatint(y, msg + l);
      p++;
      continue;
    }
    msg[l++] = *p;
  }
  panicError(msg, l);
}

// panicIndex(i, n): boundsIndex for a signed index.
void panicIndex(int64_t i, int64_t n) { panicBounds(i, n, boundsIndex); }

void panicmakeslicelen() {
  static const char msg[] = "makeslice: len out of range";
  panicError(msg, sizeof msg - 1);
}

void panicmakeslicecap() {
  static const char msg[] = "makeslice: cap out of range";
  panicError(msg, sizeof msg - 1);
}

void panicgrowslicecap() {
  static const char msg[] = "growslice: cap out of range";
  panicError(msg, sizeof msg - 1);
}

}  // namespace gosub::rt
