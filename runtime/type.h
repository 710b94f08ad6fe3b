// runtime/type.h — run-time type descriptors and interface values (Go's
// runtime/type.go, abi.Type and runtime2.go's iface/eface/itab).
//
// A type descriptor is the one source of truth about a type at run time:
// interfaces, type switches, maps, fmt (through an internal stdlib package)
// and the collector all read it. The compiler emits one per type that needs
// one, as a constant global named after the type ("type:[]int",
// "type:main.T"), linkonce_odr so that every package that mentions a type
// shares one descriptor and descriptors can be compared by address.
//
// This is the runtime's half of the layout; the compiler's half is
// compiler/codegen/typedesc.cpp, and test/unit/typedesc_test.cpp checks that
// the two agree field by field. Change both, and the test, together.
//
// Every descriptor starts with a `_type` header; the kind (kind & kindMask)
// says which larger struct the header begins: arraytype, chantype, functype,
// interfacetype, maptype, ptrtype, slicetype, structtype. Scalar kinds,
// strings and unsafe.Pointer are a bare header.
//
// Layout rules kept simple on purpose: pointers, not Go's 32-bit offsets
// (no linker of our own to resolve them), and counts as int64.
#pragma once

#include <cstddef>
#include <cstdint>

#include "abi.h"

namespace gosub::rt {

// Kinds, numbered as Go's reflect.Kind (so %v's and reflect-like code read
// the same numbers Go programmers know).
enum : uint8_t {
  kindBool = 1,
  kindInt,
  kindInt8,
  kindInt16,
  kindInt32,
  kindInt64,
  kindUint,
  kindUint8,
  kindUint16,
  kindUint32,
  kindUint64,
  kindUintptr,
  kindFloat32,
  kindFloat64,
  kindComplex64,
  kindComplex128,
  kindArray,
  kindChan,
  kindFunc,
  kindInterface,
  kindMap,
  kindPointer,
  kindSlice,
  kindString,
  kindStruct,
  kindUnsafePointer,

  // The value is stored in an interface's data word itself rather than
  // behind a pointer to a copy: pointers, maps, channels, funcs (closure
  // pointers) and unsafe.Pointer. (Go also counts single-pointer structs
  // and arrays; gosub boxes those: docs/decisions.md.)
  kindDirectIface = 1 << 5,
  kindMask = (1 << 5) - 1,
};

// tflag: extra facts about a type.
enum : uint8_t {
  tflagUncommon = 1 << 0,  // `uncommon` is set: the type has a name or methods
  tflagNamed = 1 << 2,     // a defined type (main.T), not a type literal
  // equal and hasher are plain memory comparison and hashing of `size`
  // bytes (no padding, floats, strings or interfaces inside).
  tflagRegularMemory = 1 << 3,
};

struct _type;
struct uncommontype;

// Equality of two values of the type at a and b; null in `_type::equal`
// means the type is not comparable (slices, maps, funcs and structs or
// arrays containing them): comparing such values inside interfaces panics
// with `comparing uncomparable type T`.
using typeEqualFn = bool (*)(const void* a, const void* b);
// Hash of the value at p mixed with seed; null: not hashable (map keys of
// such dynamic types panic with `hash of unhashable type T`).
using typeHashFn = uintptr_t (*)(const void* p, uintptr_t seed);

struct _type {
  uintptr_t size;
  // Bytes of the prefix of a value that can hold pointers (0: none, the
  // allocator may use a no-scan span).
  uintptr_t ptrdata;
  uint32_t hash;  // of the type's identity: quick inequality, itab hashing
  uint8_t tflag;
  uint8_t align;       // alignment of a variable of the type
  uint8_t fieldAlign;  // alignment as a struct field
  uint8_t kind;        // kind* | kindDirectIface
  typeEqualFn equal;
  typeHashFn hasher;
  // The type as Go prints it: "int", "main.T", "[]int", "map[string]*main.T",
  // "func(int) string", "struct { X int }".
  GoString str;
  uncommontype* uncommon;  // set iff tflag & tflagUncommon
  _type* ptrToThis;        // *T's descriptor when emitted, else null

  uint8_t kindOf() const { return kind & kindMask; }
  bool isDirectIface() const { return (kind & kindDirectIface) != 0; }
};

// A method in a named type's method set (or *T's), sorted by name as Go
// sorts them (exported names before unexported ones, both by bytes).
struct method {
  GoString name;
  // The package of an unexported name (Go qualifies those: a.m and b.m are
  // different methods); empty for exported names.
  GoString pkgpath;
  struct functype* mtyp;  // the signature without the receiver
  // The code called through an itab: its receiver is the interface's data
  // word (the pointer itself for direct-iface types, else a pointer to the
  // boxed value), then the method's own parameters.
  void* ifn;
};

struct uncommontype {
  GoString pkgpath;  // "main"; empty for predeclared types
  int64_t mcount;    // methods, exported and not
  method* methods;
};

struct arraytype {
  _type typ;
  _type* elem;
  _type* slice;  // []elem
  int64_t len;
};

struct chantype {
  _type typ;
  _type* elem;
  int64_t dir;  // 1 recv-only, 2 send-only, 3 both (reflect.ChanDir)
};

struct functype {
  _type typ;
  int64_t inCount;
  int64_t outCount;
  bool variadic;
  _type** params;  // inCount parameter types, then outCount result types
};

struct imethod {
  GoString name;
  GoString pkgpath;  // as method's: set for unexported names only
  functype* typ;
};

struct interfacetype {
  _type typ;
  GoString pkgpath;
  int64_t mcount;
  imethod* methods;  // the complete method set, sorted as `method`
};

struct maptype {
  _type typ;
  _type* key;
  _type* elem;
  // Bucket layout, computed by the compiler as Go's cmd/compile does:
  // 8 tophash bytes, 8 keys, 8 elems, then the overflow pointer. Keys and
  // elems over 128 bytes are stored behind pointers (the flags).
  uint8_t keysize;
  uint8_t elemsize;
  uint16_t bucketsize;
  uint32_t flags;
};
enum : uint32_t {
  mapIndirectKey = 1 << 0,   // key slots hold pointers to keys
  mapIndirectElem = 1 << 1,  // elem slots hold pointers to elems
  mapReflexiveKey = 1 << 2,  // k == k for every key (false for floats, interfaces)
  mapNeedKeyUpdate = 1 << 3, // overwriting a key must store the new key (+0/-0, strings)
};

struct ptrtype {
  _type typ;
  _type* elem;
};

struct slicetype {
  _type typ;
  _type* elem;
};

struct structfield {
  GoString name;
  _type* typ;
  uintptr_t offset;
  bool embedded;
};

struct structtype {
  _type typ;
  GoString pkgpath;
  int64_t nfields;
  structfield* fields;
};

// ---- interface values ------------------------------------------------------

// An itab pairs a non-empty interface type with a concrete type that
// implements it; fun[i] is the `ifn` of the type's method matching
// inter->methods[i]. Built by the compiler where both types are known,
// found or built (once, then cached) by the runtime otherwise.
struct itab {
  interfacetype* inter;
  _type* type;
  uint32_t hash;  // copy of type->hash, for type switches
  uint32_t unused;
  void* fun[1];  // variable length; fun[0] == null: type does not implement inter
};

// interface{} / any: the dynamic type and the data word. A nil interface
// has type == null.
struct eface {
  _type* type;
  void* data;
};

// Non-empty interfaces: the itab and the data word; tab == null is nil.
// Compare tab->type, not tab: one pair may have a constant itab and one
// from getitab (iface.cpp).
struct iface {
  itab* tab;
  void* data;
};

}  // namespace gosub::rt
