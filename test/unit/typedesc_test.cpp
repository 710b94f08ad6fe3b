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
  FIELD(l.method, 1, method, pkgpath);
  FIELD(l.method, 2, method, mtyp);
  FIELD(l.method, 3, method, ifn);
  EXPECT_EQ(size(l.method), sizeof(method));
  FIELD(l.uncommon, 0, uncommontype, pkgpath);
  FIELD(l.uncommon, 1, uncommontype, mcount);
  FIELD(l.uncommon, 2, uncommontype, methods);
  EXPECT_EQ(size(l.uncommon), sizeof(uncommontype));
  FIELD(l.imethod, 0, imethod, name);
  FIELD(l.imethod, 1, imethod, pkgpath);
  FIELD(l.imethod, 2, imethod, typ);
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

// ---- descriptors as the compiler emits them (codegen/typedesc.cpp), for
// types this branch's programs cannot all spell yet: names as Go prints
// them, sizes, equal/hasher choices and map bucket layouts as cmd/compile
// computes them.
#include <llvm/IR/Constants.h>
#include <llvm/IR/Module.h>

#include "codegen/codegen.h"
#include "support/diagnostics.h"
#include "types/types.h"

namespace {

namespace ty = gosub::types;

struct TypeDescEmitted : ::testing::Test {
  llvm::LLVMContext ctx;
  ty::TypeTable T;
  gosub::SourceManager sources;
  gosub::Diagnostics diags{sources};
  ty::Package pkg;
  std::unique_ptr<llvm::Module> mod;

  TypeDescEmitted() {
    pkg.path = "main";
    pkg.name = "main";
    pkg.scope = T.make<ty::Scope>(T.universe());
  }
  ty::Basic* basic(ty::BasicKind k) { return T.basic(k); }
  // type <name> <under>, declared at package level.
  ty::Named* named(const std::string& name, ty::Type* under) {
    auto* obj = T.make<ty::TypeName>(name, gosub::ast::Pos{}, &pkg, nullptr);
    auto* n = T.make<ty::Named>(obj);
    obj->type = n;
    n->fromRHS = n->under = under;
    pkg.scope->insert(obj);
    return n;
  }
  ty::Struct* structOf(std::vector<std::pair<std::string, ty::Type*>> fields) {
    auto* st = T.make<ty::Struct>();
    for (auto& [name, t] : fields) {
      auto* v = T.make<ty::Var>(name, gosub::ast::Pos{}, &pkg, t);
      v->isField = true;
      st->fields.push_back(v);
    }
    return st;
  }
  void emit(const std::vector<ty::Type*>& types) {
    mod = gosub::codegen::generateTypeDescriptors(ctx, T, types, gosub::codegen::Options{}, sources, diags);
    ASSERT_NE(mod, nullptr);
  }
  llvm::Constant* desc(const std::string& name) {
    llvm::GlobalVariable* g = mod->getNamedGlobal("type:" + name);
    EXPECT_NE(g, nullptr) << "type:" << name;
    return g ? g->getInitializer() : nullptr;
  }
  // The _type header of a descriptor (the whole constant for bare kinds).
  llvm::Constant* header(llvm::Constant* d) {
    return d->getType()->getStructName() == "runtime._type" ? d : d->getAggregateElement(0u);
  }
  uint64_t intField(llvm::Constant* c, unsigned i) {
    return llvm::cast<llvm::ConstantInt>(c->getAggregateElement(i))->getZExtValue();
  }
  std::string fn(llvm::Constant* hdr, unsigned i) {
    llvm::Constant* f = hdr->getAggregateElement(i);
    return llvm::isa<llvm::ConstantPointerNull>(f) ? "null" : f->getName().str();
  }
  std::string name(llvm::Constant* hdr) {
    auto* s = hdr->getAggregateElement(td::kTypeStr);
    auto* g = llvm::cast<llvm::GlobalVariable>(s->getAggregateElement(0u)->stripPointerCasts());
    auto* data = llvm::cast<llvm::ConstantDataSequential>(g->getInitializer());
    return data->getRawDataValues().substr(0, intField(s, 1)).str();
  }
};

TEST_F(TypeDescEmitted, NamesAsGoPrintsThem) {
  ty::Named* t = named("T", structOf({{"X", basic(ty::BasicKind::Int)}}));
  auto* sig = T.make<ty::Signature>();
  sig->params = T.make<ty::Tuple>();
  sig->results = T.make<ty::Tuple>();
  sig->params->vars.push_back(T.make<ty::Var>("", gosub::ast::Pos{}, &pkg, basic(ty::BasicKind::Int)));
  sig->results->vars.push_back(T.make<ty::Var>("", gosub::ast::Pos{}, &pkg, basic(ty::BasicKind::String)));
  ty::Type* m = T.map(basic(ty::BasicKind::String), T.pointer(t));
  ty::Type* bytes = T.slice(T.byteType());
  emit({t, T.slice(basic(ty::BasicKind::Int)), m, sig, structOf({{"X", basic(ty::BasicKind::Int)}}), bytes,
        T.array(T.runeType(), 4)});
  EXPECT_EQ(name(header(desc("main.T"))), "main.T");
  EXPECT_EQ(name(header(desc("[]int"))), "[]int");
  EXPECT_EQ(name(header(desc("map[string]*main.T"))), "map[string]*main.T");
  EXPECT_EQ(name(header(desc("func(int) string"))), "func(int) string");
  EXPECT_EQ(name(header(desc("struct { X int }"))), "struct { X int }");
  // byte and rune are uint8 and int32.
  EXPECT_EQ(name(header(desc("[]uint8"))), "[]uint8");
  EXPECT_EQ(name(header(desc("[4]int32"))), "[4]int32");
}

TEST_F(TypeDescEmitted, EqualAndHash) {
  ty::Type* i8 = basic(ty::BasicKind::Int8);
  ty::Type* i64 = basic(ty::BasicKind::Int64);
  ty::Type* f64 = basic(ty::BasicKind::Float64);
  ty::Type* padded = structOf({{"a", i8}, {"b", i64}});
  ty::Type* packed = structOf({{"a", i64}, {"b", i64}});
  ty::Type* withSlice = structOf({{"a", i64}, {"s", T.slice(i64)}});
  ty::Type* odd = T.array(basic(ty::BasicKind::Uint8), 3);
  emit({padded, packed, withSlice, odd, T.array(f64, 2), T.slice(i64), T.map(i64, i64)});
  // Padding: field by field; plain 16 bytes: memequal128; a slice inside:
  // not comparable; 3 bytes of memory: a generated function on memequal.
  EXPECT_EQ(fn(header(desc("struct { main.a int8; main.b int64 }")), td::kTypeEqual), "type:.eq.struct { main.a int8; main.b int64 }");
  EXPECT_EQ(fn(header(desc("struct { main.a int64; main.b int64 }")), td::kTypeEqual), "runtime.memequal128");
  EXPECT_EQ(fn(header(desc("struct { main.a int64; main.s []int64 }")), td::kTypeEqual), "null");
  EXPECT_EQ(fn(header(desc("struct { main.a int64; main.s []int64 }")), td::kTypeHasher), "null");
  EXPECT_EQ(fn(header(desc("[3]uint8")), td::kTypeEqual), "type:.eq.[3]uint8");
  EXPECT_EQ(fn(header(desc("[2]float64")), td::kTypeHasher), "type:.hash.[2]float64");
  EXPECT_EQ(fn(header(desc("[]int64")), td::kTypeEqual), "null");
  EXPECT_EQ(fn(header(desc("map[int64]int64")), td::kTypeEqual), "null");
  // tflagRegularMemory only for plain memory.
  EXPECT_EQ(intField(header(desc("struct { main.a int64; main.b int64 }")), td::kTypeTflag) & td::tflagRegularMemory,
            td::tflagRegularMemory);
  EXPECT_EQ(intField(header(desc("struct { main.a int8; main.b int64 }")), td::kTypeTflag) & td::tflagRegularMemory, 0u);
  // Sizes and pointer prefixes.
  EXPECT_EQ(intField(header(desc("struct { main.a int64; main.s []int64 }")), td::kTypeSize), 32u);
  EXPECT_EQ(intField(header(desc("struct { main.a int64; main.s []int64 }")), td::kTypePtrdata), 16u);
  EXPECT_EQ(intField(header(desc("[2]float64")), td::kTypePtrdata), 0u);
}

// maptype: key, elem, keysize, elemsize, bucketsize, flags (fields 1..6).
TEST_F(TypeDescEmitted, MapBuckets) {
  ty::Type* str = basic(ty::BasicKind::String);
  ty::Type* i64 = basic(ty::BasicKind::Int64);
  ty::Type* f64 = basic(ty::BasicKind::Float64);
  ty::Type* big = T.array(basic(ty::BasicKind::Uint8), 129);
  ty::Type* edge = T.array(basic(ty::BasicKind::Uint8), 128);
  emit({T.map(str, i64), T.map(f64, big), T.map(big, edge), T.map(i64, T.pointer(i64))});
  llvm::Constant* m = desc("map[string]int64");
  EXPECT_EQ(intField(m, 3), 16u);
  EXPECT_EQ(intField(m, 4), 8u);
  EXPECT_EQ(intField(m, 5), 8u + 8 * 16 + 8 * 8 + 8);
  EXPECT_EQ(intField(m, 6), uint64_t{mapReflexiveKey | mapNeedKeyUpdate});
  // Elems over 128 bytes go behind pointers; float keys are not reflexive.
  m = desc("map[float64][129]uint8");
  EXPECT_EQ(intField(m, 3), 8u);
  EXPECT_EQ(intField(m, 4), 8u);
  EXPECT_EQ(intField(m, 5), 8u + 64 + 64 + 8);
  EXPECT_EQ(intField(m, 6), uint64_t{mapIndirectElem | mapNeedKeyUpdate});
  // 128 bytes is still inline; a 129-byte key is indirect.
  m = desc("map[[129]uint8][128]uint8");
  EXPECT_EQ(intField(m, 3), 8u);
  EXPECT_EQ(intField(m, 4), 128u);
  EXPECT_EQ(intField(m, 5), 8u + 64 + 8 * 128 + 8);
  EXPECT_EQ(intField(m, 6), uint64_t{mapIndirectKey | mapReflexiveKey});
  m = desc("map[int64]*int64");
  EXPECT_EQ(intField(m, 5), 8u + 64 + 64 + 8);
  EXPECT_EQ(intField(m, 6), uint64_t{mapReflexiveKey});
  // Kind and direct-iface flag of the map itself.
  EXPECT_EQ(intField(header(m), td::kTypeKind), uint64_t{kindMap | kindDirectIface});
}

}  // namespace
