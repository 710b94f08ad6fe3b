// typedesc_layout.h — the compiler's half of runtime/type.h: the LLVM struct
// types of run-time type descriptors, itabs and interface values.
//
// Field for field the same as type.h's C++ structs (test/unit/typedesc_test.cpp
// compares the offsets LLVM gives these with offsetof on the runtime side).
// Kept apart from the rest of codegen so that the test links only this.
#pragma once

#include <cstdint>

#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/LLVMContext.h>

namespace gosub::codegen::typedesc {

// Named LLVM struct types (%runtime._type, ...), created once per context.
struct Layout {
  llvm::StructType* string;         // GoString {ptr, i64}
  llvm::StructType* type;           // _type
  llvm::StructType* method;         // method
  llvm::StructType* uncommon;       // uncommontype
  llvm::StructType* arraytype;
  llvm::StructType* chantype;
  llvm::StructType* functype;
  llvm::StructType* imethod;
  llvm::StructType* interfacetype;
  llvm::StructType* maptype;
  llvm::StructType* ptrtype;
  llvm::StructType* slicetype;
  llvm::StructType* structfield;
  llvm::StructType* structtype;
  llvm::StructType* itabHeader;     // itab without fun[]: {inter, type, hash, unused}
  llvm::StructType* eface;          // {ptr, ptr}; iface has the same shape
};
Layout layout(llvm::LLVMContext& ctx);

// An itab of n methods: the header followed by [n x ptr] fun.
llvm::StructType* itabType(llvm::LLVMContext& ctx, unsigned n);

// Field indices of _type (the header every descriptor starts with).
enum TypeField : unsigned {
  kTypeSize, kTypePtrdata, kTypeHash, kTypeTflag, kTypeAlign, kTypeFieldAlign, kTypeKind, kTypeEqual,
  kTypeHasher, kTypeStr, kTypeUncommon, kTypePtrToThis,
};
// itab: fun[] is field kItabFun of itabType(n).
enum ItabField : unsigned { kItabInter, kItabType, kItabHash, kItabUnused, kItabFun };

// Kinds and flags, as runtime/type.h (Go's reflect.Kind numbering).
enum : uint8_t {
  kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64, kindUint, kindUint8, kindUint16, kindUint32,
  kindUint64, kindUintptr, kindFloat32, kindFloat64, kindComplex64, kindComplex128, kindArray, kindChan, kindFunc,
  kindInterface, kindMap, kindPointer, kindSlice, kindString, kindStruct, kindUnsafePointer,
  kindDirectIface = 1 << 5,
};
enum : uint8_t { tflagUncommon = 1 << 0, tflagNamed = 1 << 2, tflagRegularMemory = 1 << 3 };
enum : uint32_t { mapIndirectKey = 1 << 0, mapIndirectElem = 1 << 1, mapReflexiveKey = 1 << 2, mapNeedKeyUpdate = 1 << 3 };
// Go's map bucket: 8 slots; keys and elems larger than this are stored
// behind pointers.
constexpr unsigned kBucketCnt = 8;
constexpr unsigned kMaxKeySize = 128;
constexpr unsigned kMaxElemSize = 128;

}  // namespace gosub::codegen::typedesc
