// runtime/abi.h — C++ declarations of every entry point in abi.def.
//
// Each RT_FUNC becomes a function in namespace gosub::rt whose symbol is the
// Go name from the table (an asm label), so generated code calls
// `runtime.printint` and the linker finds exactly that. GO_FUNC entries are
// the functions of the compiled program that the runtime calls.
//
// The type names of abi.def (VOID, I64, STR, ...) are macros only while the
// table is expanded here; they are #undef'd again so that they never leak.
#pragma once

#include <cstdint>

namespace gosub::rt {

struct _type;  // type.h

// A Go string. As a result it is returned in rax:rdx, which is how the SysV
// ABI returns a 16-byte struct of two INTEGER eightbytes and how LLVM returns
// its {ptr, i64}.
struct GoString {
  const uint8_t* ptr;
  int64_t len;
};

// Two uintptr results (syscall's rawSyscall6: the kernel's rax and rdx),
// returned in rax:rdx like LLVM's {i64, i64}.
struct U64Pair {
  uint64_t r1;
  uint64_t r2;
};

// Result types: pasted with the RESULT token (never macro-expanded first).
#define RT_RESULT_VOID void
#define RT_RESULT_BOOL bool
#define RT_RESULT_I32 int32_t
#define RT_RESULT_I64 int64_t
#define RT_RESULT_U64 uint64_t
#define RT_RESULT_F64 double
#define RT_RESULT_PTR void*
#define RT_RESULT_STR ::gosub::rt::GoString
#define RT_RESULT_U64PAIR ::gosub::rt::U64Pair

#define RT_ATTR_NONE
#define RT_ATTR_NORETURN [[noreturn]]
// What these promise to generated code (abi.def) constrains the C++ bodies
// but changes nothing in their declarations.
#define RT_ATTR_ALLOC
#define RT_ATTR_NOUSERMEM
#define RT_ATTR_ARGREAD
#define RT_ATTR_PUREARGREAD
#define RT_ATTR_READUSERMEM
#define RT_ATTR_YIELD

// Parameter types: the parenthesised list is macro-expanded as a whole, so a
// STR parameter turns into two C++ parameters.
#define BOOL bool
#define I32 int32_t
#define I64 int64_t
#define U64 uint64_t
#define F64 double
#define PTR void*
#define STR const uint8_t*, int64_t

#define RT_FUNC(id, name, res, params, attrs) \
  RT_ATTR_##attrs RT_RESULT_##res id params __asm__(name);
#define GO_FUNC(id, name, res, params) RT_RESULT_##res id params __asm__(name);
// A descriptor the program defines (its header is a _type; the kind's
// struct follows, see type.h).
#define GO_TYPE(id, gotype) extern struct _type id __asm__("type:" gotype);
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE

#undef BOOL
#undef I32
#undef I64
#undef U64
#undef F64
#undef PTR
#undef STR

}  // namespace gosub::rt
