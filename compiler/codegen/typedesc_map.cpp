// typedesc_map.cpp — the run-time descriptors of map types and of their key
// and elem types (runtime/type.h: _type, maptype), as far as the map runtime
// reads them: sizes, kinds, the key's hasher and equal, the bucket layout.
//
// Interim: the general emitter of issue 8's point 1 (codegen/typedesc.cpp,
// every type, deduplicated as "type:T" across packages) replaces this file;
// maps then call its typeDescriptor. Until then the descriptors here are
// private to each module, and keys are limited to types whose hash and
// equality are runtime functions (no generated ones yet): booleans,
// integers, floats, strings, pointers, channels, and structs or arrays of
// plain memory without padding.
#include <llvm/IR/Constants.h>
#include <llvm/IR/Function.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

// runtime/type.h
enum : uint8_t {
  kindBool = 1, kindInt, kindInt8, kindInt16, kindInt32, kindInt64, kindUint, kindUint8, kindUint16, kindUint32,
  kindUint64, kindUintptr, kindFloat32, kindFloat64, kindComplex64, kindComplex128, kindArray, kindChan, kindFunc,
  kindInterface, kindMap, kindPointer, kindSlice, kindString, kindStruct, kindUnsafePointer,
  kindDirectIface = 1 << 5,
};
enum : uint8_t { tflagRegularMemory = 1 << 3 };
enum : uint32_t { mapIndirectKey = 1, mapIndirectElem = 2, mapReflexiveKey = 4, mapNeedKeyUpdate = 8 };
constexpr uint64_t kBucketCnt = 8, kMaxKeySize = 128, kMaxElemSize = 128;

uint8_t kindOf(types::Type* t) {
  types::Type* u = t->underlying();
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      using BK = types::BasicKind;
      switch (static_cast<types::Basic*>(u)->basicKind) {
        case BK::Bool: return kindBool;
        case BK::Int: return kindInt;
        case BK::Int8: return kindInt8;
        case BK::Int16: return kindInt16;
        case BK::Int32: return kindInt32;
        case BK::Int64: return kindInt64;
        case BK::Uint: return kindUint;
        case BK::Uint8: return kindUint8;
        case BK::Uint16: return kindUint16;
        case BK::Uint32: return kindUint32;
        case BK::Uint64: return kindUint64;
        case BK::Uintptr: return kindUintptr;
        case BK::Float32: return kindFloat32;
        case BK::Float64: return kindFloat64;
        case BK::Complex64: return kindComplex64;
        case BK::Complex128: return kindComplex128;
        case BK::String: return kindString;
        case BK::UnsafePointer: return kindUnsafePointer;
        default: return 0;
      }
    }
    case types::TypeKind::Pointer: return kindPointer | kindDirectIface;
    case types::TypeKind::Map: return kindMap | kindDirectIface;
    case types::TypeKind::Chan: return kindChan | kindDirectIface;
    case types::TypeKind::Signature: return kindFunc | kindDirectIface;
    case types::TypeKind::Slice: return kindSlice;
    case types::TypeKind::Interface: return kindInterface;
    case types::TypeKind::Array: return kindArray;
    case types::TypeKind::Struct: return kindStruct;
    default: return 0;
  }
}

}  // namespace

// Whether values of t are plain memory: equal iff their bytes are (no
// floats, strings, interfaces or padding).
static bool regularMemory(CodeGen& cg, types::Type* t) {
  types::Type* u = t->underlying();
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      return b->isInteger() || b->isBoolean() || b->basicKind == types::BasicKind::UnsafePointer;
    }
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan: return true;
    case types::TypeKind::Array: return regularMemory(cg, static_cast<types::Array*>(u)->elem);
    case types::TypeKind::Struct: {
      auto* st = static_cast<types::Struct*>(u);
      const llvm::DataLayout& dl = cg.module_->getDataLayout();
      uint64_t sum = 0;
      for (types::Var* f : st->fields) {
        if (!regularMemory(cg, f->type)) return false;
        sum += dl.getTypeAllocSize(cg.llvmType(f->type));
      }
      return sum == dl.getTypeAllocSize(cg.llvmType(t));  // no padding
    }
    default: return false;
  }
}

llvm::Constant* CodeGen::typeDescriptor(types::Type* t) {
  if (auto it = mapDescs_.find(t); it != mapDescs_.end()) return it->second;
  for (auto& [k, v] : mapDescs_)
    if (types::identical(k, t)) return mapDescs_[t] = v;

  const llvm::DataLayout& dl = module_->getDataLayout();
  llvm::Type* ptr = b_.getPtrTy();
  llvm::Type* i64 = b_.getInt64Ty();
  llvm::Type* i8 = b_.getInt8Ty();
  llvm::StructType* typeTy = llvm::StructType::get(
      ctx_, {i64, i64, b_.getInt32Ty(), i8, i8, i8, i8, ptr, ptr, stringType(), ptr, ptr});
  llvm::Type* lt = llvmType(t);
  uint64_t size = dl.getTypeAllocSize(lt);
  uint8_t align = static_cast<uint8_t>(dl.getABITypeAlign(lt).value());
  uint8_t kind = kindOf(t);
  llvm::Constant* null = llvm::ConstantPointerNull::get(b_.getPtrTy());

  // The key functions: the runtime's for basic kinds and plain memory.
  llvm::Constant* equal = null;
  llvm::Constant* hasher = null;
  uint8_t tflag = 0;
  types::Type* u = t->underlying();
  auto fn = [&](RtFunc f) -> llvm::Constant* { return rt_->get(f); };
  if (types::isString(u)) {
    equal = fn(RtFunc::strequal);
    hasher = fn(RtFunc::strhash);
  } else if (u->kind() == types::TypeKind::Basic && static_cast<types::Basic*>(u)->isFloat()) {
    bool f32 = size == 4;
    equal = fn(f32 ? RtFunc::f32equal : RtFunc::f64equal);
    hasher = fn(f32 ? RtFunc::f32hash : RtFunc::f64hash);
  } else if (regularMemory(*this, t)) {
    tflag = tflagRegularMemory;
    switch (size) {
      case 0: equal = fn(RtFunc::memequal0); hasher = fn(RtFunc::memhash0); break;
      case 1: equal = fn(RtFunc::memequal8); hasher = fn(RtFunc::memhash8); break;
      case 2: equal = fn(RtFunc::memequal16); hasher = fn(RtFunc::memhash16); break;
      case 4: equal = fn(RtFunc::memequal32); hasher = fn(RtFunc::memhash32); break;
      case 8: equal = fn(RtFunc::memequal64); hasher = fn(RtFunc::memhash64); break;
      case 16: equal = fn(RtFunc::memequal128); hasher = fn(RtFunc::memhash128); break;
      default: {
        // Plain memory of another size: small functions passing the size.
        std::string base = "gosub.mapkey." + std::to_string(size);
        llvm::Function* h = module_->getFunction(base + ".hash");
        if (!h) {
          h = llvm::Function::Create(llvm::FunctionType::get(i64, {ptr, i64}, false),
                                     llvm::GlobalValue::InternalLinkage, base + ".hash", module_.get());
          llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", h));
          b.CreateRet(b.CreateCall(rt_->get(RtFunc::memhash), {h->getArg(0), h->getArg(1), b.getInt64(size)}));
          llvm::Function* e = llvm::Function::Create(llvm::FunctionType::get(b_.getInt1Ty(), {ptr, ptr}, false),
                                                     llvm::GlobalValue::InternalLinkage, base + ".equal",
                                                     module_.get());
          llvm::IRBuilder<> be(llvm::BasicBlock::Create(ctx_, "entry", e));
          be.CreateRet(be.CreateCall(rt_->get(RtFunc::memequal), {e->getArg(0), e->getArg(1), be.getInt64(size)}));
        }
        hasher = h;
        equal = module_->getFunction(base + ".equal");
      }
    }
  }
  std::string name = t->string();
  llvm::Constant* str = stringConstant(name);
  auto header = [&](uint64_t sz, uint8_t al, uint8_t k, uint8_t tf, llvm::Constant* eq, llvm::Constant* h) {
    return llvm::ConstantStruct::get(typeTy, {b_.getInt64(sz), b_.getInt64(0), b_.getInt32(0), b_.getInt8(tf),
                                              b_.getInt8(al), b_.getInt8(al), b_.getInt8(k), eq, h, str, null,
                                              null});
  };
  llvm::Constant* init;
  if (u->kind() == types::TypeKind::Map) {
    auto* m = static_cast<types::Map*>(u);
    llvm::Constant* kd = typeDescriptor(m->key);
    llvm::Constant* ed = typeDescriptor(m->elem);
    uint64_t ks = dl.getTypeAllocSize(llvmType(m->key)), es = dl.getTypeAllocSize(llvmType(m->elem));
    uint32_t flags = 0;
    // The bucket layout, as Go's cmd/compile: 8 tophash bytes, 8 keys,
    // 8 elems, the overflow pointer; big keys and elems behind pointers.
    if (ks > kMaxKeySize) ks = 8, flags |= mapIndirectKey;
    if (es > kMaxElemSize) es = 8, flags |= mapIndirectElem;
    types::Type* ku = m->key->underlying();
    bool floaty = ku->kind() == types::TypeKind::Basic && static_cast<types::Basic*>(ku)->isFloat();
    bool regular = regularMemory(*this, m->key);
    if (regular || types::isString(ku)) flags |= mapReflexiveKey;
    if (floaty) flags |= mapNeedKeyUpdate;
    if (types::isString(ku)) flags |= mapNeedKeyUpdate;
    if (!regular && !floaty && !types::isString(ku)) unsupported(funcPos_, "map keys of type " + m->key->string());
    uint64_t bucketsize = kBucketCnt + kBucketCnt * ks + kBucketCnt * es + 8;
    llvm::StructType* mt =
        llvm::StructType::get(ctx_, {typeTy, ptr, ptr, i8, i8, b_.getInt16Ty(), b_.getInt32Ty()});
    init = llvm::ConstantStruct::get(
        mt, {header(8, 8, kind, 0, null, null), kd, ed, b_.getInt8(static_cast<uint8_t>(ks)),
             b_.getInt8(static_cast<uint8_t>(es)), b_.getInt16(static_cast<uint16_t>(bucketsize)),
             b_.getInt32(flags)});
  } else {
    init = header(size, align, kind, tflag, equal, hasher);
  }
  auto* g = new llvm::GlobalVariable(*module_, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init,
                                     "gosub.desc:" + name);
  g->setAlignment(llvm::Align(8));
  mapDescs_[t] = g;
  return g;
}

}  // namespace gosub::codegen
