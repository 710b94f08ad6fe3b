// typedesc_test.cpp — the compiler's descriptor layout (typedesc_layout.h,
// LLVM struct types) and the runtime's (runtime/type.h, C++ structs) agree
// field by field: every offset LLVM's x86-64 DataLayout gives is the one
// offsetof gives, and the sizes match (so arrays of them index alike).
#include <gtest/gtest.h>

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/LLVMContext.h>

#include "codegen/typedesc_layout.h"
#include "type.h"

namespace {

using namespace gosub::rt;
namespace td = gosub::codegen::typedesc;

// gosub's data layout (codegen.cpp's default).
const char* kDataLayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

struct TypeDesc : ::testing::Test {
  llvm::LLVMContext ctx;
  llvm::DataLayout dl{kDataLayout};
  td::Layout l = td::layout(ctx);

  uint64_t off(llvm::StructType* t, unsigned i) { return dl.getStructLayout(t)->getElementOffset(i); }
  uint64_t size(llvm::StructType* t) { return dl.getTypeAllocSize(t); }
};

#define FIELD(st, i, ctype, member) EXPECT_EQ(off(st, i), offsetof(ctype, member)) << #ctype "." #member

TEST_F(TypeDesc, TypeHeader) {
  FIELD(l.type, td::kTypeSize, _type, size);
  FIELD(l.type, td::kTypePtrdata, _type, ptrdata);
  FIELD(l.type, td::kTypeHash, _type, hash);
  FIELD(l.type, td::kTypeTflag, _type, tflag);
  FIELD(l.type, td::kTypeAlign, _type, align);
  FIELD(l.type, td::kTypeFieldAlign, _type, fieldAlign);
  FIELD(l.type, td::kTypeKind, _type, kind);
  FIELD(l.type, td::kTypeEqual, _type, equal);
  FIELD(l.type, td::kTypeHasher, _type, hasher);
  FIELD(l.type, td::kTypeStr, _type, str);
  FIELD(l.type, td::kTypeUncommon, _type, uncommon);
  FIELD(l.type, td::kTypePtrToThis, _type, ptrToThis);
  EXPECT_EQ(size(l.type), sizeof(_type));
  EXPECT_EQ(l.type->getNumElements(), 12u);
  EXPECT_EQ(size(l.string), sizeof(GoString));
}

TEST_F(TypeDesc, Methods) {
  FIELD(l.method, 0, method, name);
  FIELD(l.method, 1, method, mtyp);
  FIELD(l.method, 2, method, ifn);
  EXPECT_EQ(size(l.method), sizeof(method));
  FIELD(l.uncommon, 0, uncommontype, pkgpath);
  FIELD(l.uncommon, 1, uncommontype, mcount);
  FIELD(l.uncommon, 2, uncommontype, methods);
  EXPECT_EQ(size(l.uncommon), sizeof(uncommontype));
  FIELD(l.imethod, 0, imethod, name);
  FIELD(l.imethod, 1, imethod, typ);
  EXPECT_EQ(size(l.imethod), sizeof(imethod));
}

TEST_F(TypeDesc, KindStructs) {
  FIELD(l.arraytype, 0, arraytype, typ);
  FIELD(l.arraytype, 1, arraytype, elem);
  FIELD(l.arraytype, 2, arraytype, slice);
  FIELD(l.arraytype, 3, arraytype, len);
  EXPECT_EQ(size(l.arraytype), sizeof(arraytype));
  FIELD(l.chantype, 1, chantype, elem);
  FIELD(l.chantype, 2, chantype, dir);
  EXPECT_EQ(size(l.chantype), sizeof(chantype));
  FIELD(l.functype, 1, functype, inCount);
  FIELD(l.functype, 2, functype, outCount);
  FIELD(l.functype, 3, functype, variadic);
  FIELD(l.functype, 4, functype, params);
  EXPECT_EQ(size(l.functype), sizeof(functype));
  FIELD(l.interfacetype, 1, interfacetype, pkgpath);
  FIELD(l.interfacetype, 2, interfacetype, mcount);
  FIELD(l.interfacetype, 3, interfacetype, methods);
  EXPECT_EQ(size(l.interfacetype), sizeof(interfacetype));
  FIELD(l.maptype, 1, maptype, key);
  FIELD(l.maptype, 2, maptype, elem);
  FIELD(l.maptype, 3, maptype, keysize);
  FIELD(l.maptype, 4, maptype, elemsize);
  FIELD(l.maptype, 5, maptype, bucketsize);
  FIELD(l.maptype, 6, maptype, flags);
  EXPECT_EQ(size(l.maptype), sizeof(maptype));
  FIELD(l.ptrtype, 1, ptrtype, elem);
  EXPECT_EQ(size(l.ptrtype), sizeof(ptrtype));
  FIELD(l.slicetype, 1, slicetype, elem);
  EXPECT_EQ(size(l.slicetype), sizeof(slicetype));
  FIELD(l.structfield, 0, structfield, name);
  FIELD(l.structfield, 1, structfield, typ);
  FIELD(l.structfield, 2, structfield, offset);
  FIELD(l.structfield, 3, structfield, embedded);
  EXPECT_EQ(size(l.structfield), sizeof(structfield));
  FIELD(l.structtype, 1, structtype, pkgpath);
  FIELD(l.structtype, 2, structtype, nfields);
  FIELD(l.structtype, 3, structtype, fields);
  EXPECT_EQ(size(l.structtype), sizeof(structtype));
}

TEST_F(TypeDesc, ItabAndInterfaceValues) {
  llvm::StructType* it = td::itabType(ctx, 3);
  FIELD(it, td::kItabInter, itab, inter);
  FIELD(it, td::kItabType, itab, type);
  FIELD(it, td::kItabHash, itab, hash);
  FIELD(it, td::kItabFun, itab, fun);
  EXPECT_EQ(size(td::itabType(ctx, 1)), sizeof(itab));
  EXPECT_EQ(size(l.itabHeader), offsetof(itab, fun));
  FIELD(l.eface, 0, eface, type);
  FIELD(l.eface, 1, eface, data);
  FIELD(l.eface, 0, iface, tab);
  FIELD(l.eface, 1, iface, data);
}

TEST_F(TypeDesc, KindsAndFlags) {
  EXPECT_EQ(td::kindBool, kindBool);
  EXPECT_EQ(td::kindComplex128, kindComplex128);
  EXPECT_EQ(td::kindArray, kindArray);
  EXPECT_EQ(td::kindInterface, kindInterface);
  EXPECT_EQ(td::kindStruct, kindStruct);
  EXPECT_EQ(td::kindUnsafePointer, kindUnsafePointer);
  EXPECT_EQ(td::kindDirectIface, kindDirectIface);
  EXPECT_EQ(td::tflagUncommon, tflagUncommon);
  EXPECT_EQ(td::tflagNamed, tflagNamed);
  EXPECT_EQ(td::tflagRegularMemory, tflagRegularMemory);
  EXPECT_EQ(td::mapIndirectKey, mapIndirectKey);
  EXPECT_EQ(td::mapIndirectElem, mapIndirectElem);
  EXPECT_EQ(td::mapReflexiveKey, mapReflexiveKey);
  EXPECT_EQ(td::mapNeedKeyUpdate, mapNeedKeyUpdate);
}

}  // namespace
