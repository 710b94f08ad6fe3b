// types.cpp — Go types as LLVM types, and constants of those types.
//
// Layouts (x86-64): bool i1 (a byte in memory), int/uint/uintptr i64,
// intN/uintN iN, float32 float, float64 double, string {ptr, i64}, a struct
// an LLVM struct of its fields (named %pkg.T for a named Go type); a function
// with several results returns them as one literal struct. Composite types
// get their final layouts here already (slice {ptr, len, cap}, interface
// {itab/type, data}), so that even unsupported expressions have well-formed
// placeholder types.
#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

using types::BasicKind;

llvm::StructType* CodeGen::stringType() {
  return llvm::StructType::get(ctx_, {llvm::PointerType::getUnqual(ctx_), llvm::Type::getInt64Ty(ctx_)});
}

llvm::Type* CodeGen::llvmType(types::Type* t) {
  if (!t) internalError({}, "expression without a type");
  if (t->kind() == types::TypeKind::Named) {
    // A named struct type is a named LLVM struct (%main.Point) for readable
    // IR; identical Go types that differ in name meet in coerce().
    auto* named = static_cast<types::Named*>(t);
    if (auto it = namedStructs_.find(named); it != namedStructs_.end()) return it->second;
    if (named->under && named->under->kind() == types::TypeKind::Struct) {
      std::string pkg = named->obj->pkg ? named->obj->pkg->path : std::string("main");
      llvm::StructType* st = llvm::StructType::create(ctx_, pkg + "." + named->obj->name);
      namedStructs_[named] = st;
      std::vector<llvm::Type*> fields;
      for (types::Var* f : static_cast<types::Struct*>(named->under)->fields) fields.push_back(llvmType(f->type));
      st->setBody(fields);
      return st;
    }
  }
  t = t->underlying();
  if (!t) internalError({}, "named type without an underlying type");
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx_);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  switch (t->kind()) {
    case types::TypeKind::Basic:
      switch (static_cast<types::Basic*>(t)->basicKind) {
        case BasicKind::Bool:
        case BasicKind::UntypedBool: return llvm::Type::getInt1Ty(ctx_);
        case BasicKind::Int8:
        case BasicKind::Uint8: return llvm::Type::getInt8Ty(ctx_);
        case BasicKind::Int16:
        case BasicKind::Uint16: return llvm::Type::getInt16Ty(ctx_);
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::UntypedRune: return llvm::Type::getInt32Ty(ctx_);
        case BasicKind::Int:
        case BasicKind::Int64:
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr:
        case BasicKind::UntypedInt: return i64;
        case BasicKind::Float32: return llvm::Type::getFloatTy(ctx_);
        case BasicKind::Float64:
        case BasicKind::UntypedFloat: return llvm::Type::getDoubleTy(ctx_);
        case BasicKind::Complex64: {
          llvm::Type* f = llvm::Type::getFloatTy(ctx_);
          return llvm::StructType::get(ctx_, {f, f});
        }
        case BasicKind::Complex128: {
          llvm::Type* d = llvm::Type::getDoubleTy(ctx_);
          return llvm::StructType::get(ctx_, {d, d});
        }
        case BasicKind::String:
        case BasicKind::UntypedString: return stringType();
        case BasicKind::UnsafePointer:
        case BasicKind::UntypedNil: return ptr;
        case BasicKind::Invalid: break;
      }
      internalError({}, "invalid type reached code generation");
    case types::TypeKind::Pointer:
    case types::TypeKind::Map:
    case types::TypeKind::Chan:
    case types::TypeKind::Signature: return ptr;
    case types::TypeKind::Slice: return llvm::StructType::get(ctx_, {ptr, i64, i64});
    case types::TypeKind::Interface: return llvm::StructType::get(ctx_, {ptr, ptr});
    case types::TypeKind::Array: {
      auto* a = static_cast<types::Array*>(t);
      return llvm::ArrayType::get(llvmType(a->elem), static_cast<uint64_t>(a->len));
    }
    case types::TypeKind::Struct: {
      std::vector<llvm::Type*> fields;
      for (types::Var* f : static_cast<types::Struct*>(t)->fields) fields.push_back(llvmType(f->type));
      return llvm::StructType::get(ctx_, fields);
    }
    case types::TypeKind::Tuple: {
      std::vector<llvm::Type*> elems;
      for (types::Var* v : static_cast<types::Tuple*>(t)->vars) elems.push_back(llvmType(v->type));
      return llvm::StructType::get(ctx_, elems);
    }
    case types::TypeKind::Named: break;
  }
  internalError({}, "unexpected type " + t->string());
}

int CodeGen::bitWidth(types::Type* t) {
  llvm::Type* ty = llvmType(t);
  return ty->isIntegerTy() ? static_cast<int>(ty->getIntegerBitWidth()) : 0;
}

llvm::Constant* CodeGen::constValue(const types::Constant& c, types::Type* t, ast::Pos pos) {
  types::Basic* b = t ? types::asBasic(t) : nullptr;
  if (!b) unsupported(pos, "constant of type " + (t ? t->string() : std::string("<none>")));
  llvm::Type* ty = llvmType(t);
  using K = types::Constant::Kind;
  if (b->isBoolean() && c.kind == K::Bool) return llvm::ConstantInt::get(ty, c.boolVal ? 1 : 0);
  if (b->isString() && c.kind == K::String) return stringConstant(c.strVal);
  if (b->isInteger() && (c.kind == K::Int || c.kind == K::Float)) {
    unsigned bits = ty->getIntegerBitWidth();
    // The checker has verified that the value is representable, so the low
    // bits are the value in two's complement whatever the signedness.
    llvm::APInt v = c.kind == K::Int ? c.intVal.sextOrTrunc(bits)
                                     : llvm::APInt(64, static_cast<uint64_t>(c.toInt64())).sextOrTrunc(bits);
    return llvm::ConstantInt::get(ctx_, v);
  }
  if (b->isFloat() && (c.kind == K::Int || c.kind == K::Float)) {
    if (ty->isFloatTy()) return llvm::ConstantFP::get(ty, static_cast<double>(c.toFloat()));
    return llvm::ConstantFP::get(ty, c.toDouble());
  }
  if (b->basicKind == BasicKind::Complex64 || b->basicKind == BasicKind::Complex128)
    unsupported(pos, "complex numbers");
  internalError(pos, "constant " + c.toString() + " does not fit type " + t->string());
}

}  // namespace gosub::codegen
