// runtime/error.cpp — the run-time error values (Go's runtime/error.go):
// errorString, plainError and boundsError, each implementing runtime.Error
// (Error() string and RuntimeError()), their type descriptors, and the
// entry points that panic with them (indexing, slicing, making slices).
//
// In Go these types are Go code and the compiler emits their descriptors;
// gosub's runtime is C++, so it lays them out itself after type.h. They are
// private to the runtime (a program that names runtime.Error gets its own
// interface descriptor; itabs match methods by name and signature string).
// A panic value of these types is what recover() returns for a failed
// index, a division by zero, a nil dereference, a closed channel...
// Each failed check in generated code (compiler/codegen/slice.cpp,
// checks.cpp) calls one of the noreturn entry points at the end.

#include "runtime.h"
#include "type.h"

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

constexpr GoString gostr(const char* s) {
  int64_t n = 0;
  while (s[n] != 0) n++;
  return GoString{reinterpret_cast<const uint8_t*>(s), n};
}

bool stringEqual(const void* a, const void* b) {
  auto* x = static_cast<const GoString*>(a);
  auto* y = static_cast<const GoString*>(b);
  return x->len == y->len && (x->ptr == y->ptr || __builtin_memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
}

uintptr_t stringHash(const void* p, uintptr_t seed) {
  auto* s = static_cast<const GoString*>(p);
  uintptr_t h = seed ^ 0xcbf29ce484222325;  // FNV-1a
  for (int64_t i = 0; i < s->len; i++) h = (h ^ s->ptr[i]) * 0x100000001b3;
  return h;
}

// The method signatures: func() string and func().
}  // namespace

// The predeclared string and int, exported for codegen's interim boxing
// of panic values (compiler/codegen/defer.cpp, panicValue) until the
// compiler emits descriptors for them.
_type stringType __asm__("runtime.stringType") = {16, 8, 0x2c9b6f1d, 0, 8, 8, kindString, stringEqual, stringHash, gostr("string"), nullptr, nullptr};
_type intType __asm__("runtime.intType") = {8, 0, 0x0e6b5a2d, 0, 8, 8, kindInt, nullptr, nullptr, gostr("int"), nullptr, nullptr};

namespace {

_type* stringResult[] = {&stringType};
functype errorMethodType = {{8, 8, 0x6b2fa5e3, 0, 8, 8, kindFunc | kindDirectIface, nullptr, nullptr, gostr("func() string"), nullptr, nullptr},
                            0, 1, false, stringResult};
functype runtimeErrorMethodType = {{8, 8, 0x1a02b6c4, 0, 8, 8, kindFunc | kindDirectIface, nullptr, nullptr, gostr("func()"), nullptr, nullptr},
                                   0, 0, false, nullptr};

void RuntimeError(void*) {}

// errorString: Error() is "runtime error: " + the string.
GoString errorString_Error(void* data) {
  auto* s = static_cast<GoString*>(data);
  static const char prefix[] = "runtime error: ";
  int64_t n = static_cast<int64_t>(sizeof prefix - 1) + s->len;
  auto* buf = static_cast<uint8_t*>(mallocgc(n));
  __builtin_memcpy(buf, prefix, sizeof prefix - 1);
  __builtin_memcpy(buf + sizeof prefix - 1, s->ptr, static_cast<size_t>(s->len));
  return GoString{buf, n};
}

// plainError: Error() is the string itself (channel errors and the like,
// which Go prints without the "runtime error: " prefix).
GoString plainError_Error(void* data) { return *static_cast<GoString*>(data); }

method errorStringMethods[] = {
    {gostr("Error"), &errorMethodType, reinterpret_cast<void*>(errorString_Error)},
    {gostr("RuntimeError"), &runtimeErrorMethodType, reinterpret_cast<void*>(RuntimeError)},
};
uncommontype errorStringUncommon = {gostr("runtime"), 2, errorStringMethods};
method plainErrorMethods[] = {
    {gostr("Error"), &errorMethodType, reinterpret_cast<void*>(plainError_Error)},
    {gostr("RuntimeError"), &runtimeErrorMethodType, reinterpret_cast<void*>(RuntimeError)},
};
uncommontype plainErrorUncommon = {gostr("runtime"), 2, plainErrorMethods};

// ---- boundsError ------------------------------------------------------------

// boundsError: Go's struct {x int64; y int; signed bool; code uint8}.
struct boundsError {
  int64_t x;
  int64_t y;
  bool signed_;
  uint8_t code;
};

GoString boundsError_Error(void* data) {
  auto* e = static_cast<boundsError*>(data);
  const char* fmt = e->signed_ && e->x < 0 ? boundsNegErrorFmt[e->code] : boundsErrorFmt[e->code];
  char buf[160];
  size_t n = 0;
  for (const char* s = "runtime error: "; *s != 0;) buf[n++] = *s++;
  for (const char* s = fmt; *s != 0; s++) {
    if (s[0] == '%' && s[1] == 'x') {
      n += e->signed_ ? formatint(e->x, buf + n) : formatuint(static_cast<uint64_t>(e->x), buf + n);
      s++;
    } else if (s[0] == '%' && s[1] == 'y') {
      n += formatint(e->y, buf + n);
      s++;
    } else {
      buf[n++] = *s;
    }
  }
  auto* p = static_cast<uint8_t*>(mallocgc(static_cast<int64_t>(n)));
  __builtin_memcpy(p, buf, n);
  return GoString{p, static_cast<int64_t>(n)};
}

bool boundsErrorEqual(const void* a, const void* b) {
  auto* x = static_cast<const boundsError*>(a);
  auto* y = static_cast<const boundsError*>(b);
  return x->x == y->x && x->y == y->y && x->signed_ == y->signed_ && x->code == y->code;
}

_type int64Type = {8, 0, 0x1f8d2a11, 0, 8, 8, kindInt64, nullptr, nullptr, gostr("int64"), nullptr, nullptr};
_type boolType = {1, 0, 0x3c1b9e07, 0, 1, 1, kindBool, nullptr, nullptr, gostr("bool"), nullptr, nullptr};
uncommontype codeUncommon = {gostr("runtime"), 0, nullptr};
_type codeType = {1, 0, 0x51d0e4b3, tflagNamed | tflagUncommon, 1, 1, kindUint8, nullptr, nullptr,
                  gostr("runtime.boundsErrorCode"), &codeUncommon, nullptr};
structfield boundsErrorFields[] = {
    {gostr("x"), &int64Type, 0, false},
    {gostr("y"), &intType, 8, false},
    {gostr("signed"), &boolType, 16, false},
    {gostr("code"), &codeType, 17, false},
};
method boundsErrorMethods[] = {
    {gostr("Error"), &errorMethodType, reinterpret_cast<void*>(boundsError_Error)},
    {gostr("RuntimeError"), &runtimeErrorMethodType, reinterpret_cast<void*>(RuntimeError)},
};
uncommontype boundsErrorUncommon = {gostr("runtime"), 2, boundsErrorMethods};

}  // namespace

_type errorStringType = {16, 8, 0x7a3f0c59, tflagNamed | tflagUncommon, 8, 8, kindString, stringEqual, stringHash,
                         gostr("runtime.errorString"), &errorStringUncommon, nullptr};
_type plainErrorType = {16, 8, 0x4e91d2b7, tflagNamed | tflagUncommon, 8, 8, kindString, stringEqual, stringHash,
                        gostr("runtime.plainError"), &plainErrorUncommon, nullptr};
structtype boundsErrorType = {{24, 0, 0x2d7e6f03, tflagNamed | tflagUncommon, 8, 8, kindStruct, boundsErrorEqual,
                               nullptr, gostr("runtime.boundsError"), &boundsErrorUncommon, nullptr},
                              gostr("runtime"), 4, boundsErrorFields};

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
  gopanic(&boundsErrorType.typ, v);
}

// panicIndex(i, n): boundsIndex for a signed index.
void panicIndex(int64_t i, int64_t n) { panicBounds(i, n, boundsIndex); }

void panicmakeslicelen() { panicErrorString("makeslice: len out of range"); }

void panicmakeslicecap() { panicErrorString("makeslice: cap out of range"); }

void panicgrowslicecap() { panicErrorString("growslice: cap out of range"); }

}  // namespace gosub::rt
