// expr.cpp — expressions: names, operators with Go's rules, conversions.
//
// Any expression the checker folded (mode Constant) is emitted directly as a
// constant of its type; everything else is computed here. Integer arithmetic
// wraps (no nsw/nuw flags: Go defines overflow); division and shifts carry
// Go's run-time checks (checks.cpp).
#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>

#include "codegen/codegen_impl.h"
#include "codegen/debuginfo.h"

namespace gosub::codegen {

using ast::Op;

llvm::Value* CodeGen::varAddr(types::Var* v, ast::Pos pos) {
  if (v->isGlobal) return declareGlobal(v);
  // In a literal, a captured variable is the cell its closure holds.
  if (auto it = captureCells_.find(v); it != captureCells_.end()) return it->second;
  if (!v->storage) internalError(pos, "variable " + v->name + " has no storage");
  // In the declaring function, the slot holds the current cell (closure.cpp).
  if (inCell(v)) return b_.CreateLoad(b_.getPtrTy(), static_cast<llvm::Value*>(v->storage), v->name);
  return static_cast<llvm::Value*>(v->storage);
}

llvm::Value* CodeGen::emitExpr(ast::Expr* e) {
  if (!e) internalError({}, "missing expression");
  if (!presetExprs_.empty())
    if (auto it = presetExprs_.find(e); it != presetExprs_.end()) return it->second;
  if (e->mode == ast::Mode::Constant && e->constant) return constValue(*e->constant, e->type, e->pos);
  if (e->mode == ast::Mode::Invalid) internalError(e->pos, "unchecked expression reached code generation");
  if (e->mode == ast::Mode::TypeExpr) internalError(e->pos, "type used as a value");

  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) return emitExpr(p->x);
  if (auto* id = dynamic_cast<ast::Ident*>(e)) {
    if (auto* v = dynamic_cast<types::Var*>(id->obj)) {
      return loadValue(varAddr(v, id->pos), v->type, id->name);
    }
    if (auto* f = dynamic_cast<types::Func*>(id->obj)) return funcValue(f, id->pos);
    if (id->obj && id->obj->kind == types::ObjectKind::Nil) {
      // Pointers, func values and channels: a null pointer; untyped nil
      // (compared with a func value) likewise.
      llvm::Type* ty = llvmType(e->type);
      if (isIface(e->type)) return zeroValue(e->type);  // {null, null}
      if (e->type->underlying()->kind() == types::TypeKind::Slice) return zeroValue(e->type);
      if (!ty->isPointerTy()) unsupported(id->pos, "nil of type " + e->type->string());
      return llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ty));
    }
    internalError(id->pos, "cannot lower identifier " + id->name);
  }
  if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) return emitUnary(u);
  if (auto* bin = dynamic_cast<ast::BinaryExpr*>(e)) return emitBinary(bin);
  if (auto* call = dynamic_cast<ast::CallExpr*>(e)) {
    llvm::Value* v = emitCall(call, true);
    if (!v) internalError(call->pos, "call without a value used as a value");
    return v;
  }
  if (auto* ix = dynamic_cast<ast::IndexExpr*>(e)) {
    if (!ix->extraIndices.empty()) unsupported(ix->pos, "generic instantiation");
    if (ix->x->type->underlying()->kind() == types::TypeKind::Map) return emitMapIndex(ix);
    return emitIndex(ix);
  }
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e)) {
    // pkg.Var: a package-level variable of an imported package.
    if (auto* v = dynamic_cast<types::Var*>(sel->sel->obj); v && v->isGlobal)
      return loadValue(varAddr(v, sel->pos), v->type, v->name);
    // pkg.F as a value.
    if (auto* f = dynamic_cast<types::Func*>(sel->sel->obj); f && !f->signature()->recv) {
      auto* x = dynamic_cast<ast::Ident*>(unparen(sel->x));
      if (x && x->obj && x->obj->kind == types::ObjectKind::PkgName) return funcValue(f, sel->pos);
    }
    if (sel->selection && sel->selection->kind == types::SelectionKind::FieldVal)
      return loadValue(fieldAddr(sel), sel->type, sel->sel->name);
    if (sel->selection && sel->selection->kind == types::SelectionKind::MethodVal) return emitMethodValue(sel);
    if (sel->selection && sel->selection->kind == types::SelectionKind::MethodExpr) return emitMethodExpr(sel);
    unsupported(sel->pos, "selector expressions");
  }
  if (auto* lit = dynamic_cast<ast::FuncLit*>(e)) return emitFuncLit(lit);
  if (auto* lit = dynamic_cast<ast::CompositeLit*>(e)) return emitCompositeLit(lit);
  if (auto* se = dynamic_cast<ast::SliceExpr*>(e)) return emitSliceExpr(se);
  if (auto* ta = dynamic_cast<ast::TypeAssertExpr*>(e)) return emitTypeAssert(ta, false);
  if (auto* s = dynamic_cast<ast::StarExpr*>(e)) return loadValue(addressOf(s), s->type, "deref");
  unsupported(e->pos, "this kind of expression");
}

llvm::Value* CodeGen::emitAddr(ast::Expr* e, bool define) {
  e = unparen(e);
  if (auto* id = dynamic_cast<ast::Ident*>(e)) {
    if (id->name == "_") return nullptr;
    auto* v = dynamic_cast<types::Var*>(id->obj);
    if (!v) internalError(id->pos, "cannot assign to " + id->name);
    if (define && !v->storage && !v->isGlobal) {
      // A new variable of := (the redeclared ones already have storage).
      if (inCell(v)) return newCell(v);
      llvm::AllocaInst* a = entryAlloca(llvmType(v->type), v->name);
      v->storage = a;
      if (di_) di_->declareVar(v, a, 0, b_.GetInsertBlock());
      return a;
    }
    return varAddr(v, id->pos);
  }
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e))
    if (auto* v = dynamic_cast<types::Var*>(sel->sel->obj); v && v->isGlobal) return varAddr(v, sel->pos);
  if (auto* ix = dynamic_cast<ast::IndexExpr*>(e); ix && ix->x->type->underlying()->kind() == types::TypeKind::Map)
    return mapAssignAddr(emitMapLvalue(ix));
  if (auto* ix = dynamic_cast<ast::IndexExpr*>(e)) return emitIndexAddr(ix);
  if (dynamic_cast<ast::StarExpr*>(e)) return addressOf(e);
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e);
      sel && sel->selection && sel->selection->kind == types::SelectionKind::FieldVal)
    return fieldAddr(sel);
  if (dynamic_cast<ast::SelectorExpr*>(e)) unsupported(e->pos, "assignment to a field");
  unsupported(e->pos, "this kind of assignment");
}

llvm::Value* CodeGen::coerce(llvm::Value* v, types::Type* to, ast::Pos pos) {
  llvm::Type* want = valueType(to);
  if (v->getType() == want) return v;
  // Untyped nil assigned to a slice: the zero slice.
  if (llvm::isa<llvm::ConstantPointerNull>(v) && to->underlying()->kind() == types::TypeKind::Slice)
    return zeroValue(to);
  // Identical struct types under different names (a named struct and a
  // struct literal type) have the same layout: reinterpret through memory.
  const llvm::DataLayout& dl = module_->getDataLayout();
  if (v->getType()->isStructTy() && want->isStructTy() &&
      dl.getTypeAllocSize(v->getType()) == dl.getTypeAllocSize(want)) {
    llvm::AllocaInst* tmp = entryAlloca(want, "conv");
    b_.CreateStore(v, tmp);
    return b_.CreateLoad(want, tmp);
  }
  unsupported(pos, "implicit conversion to " + to->string());
}

types::Type* CodeGen::operandType(ast::BinaryExpr* e) {
  types::Type* t = e->x->type;
  if (t && types::isUntyped(t) && e->y->type && !types::isUntyped(e->y->type)) t = e->y->type;
  return t;
}

llvm::Value* CodeGen::emitUnary(ast::UnaryExpr* e) {
  switch (e->op) {
    case Op::Add: return emitExpr(e->x);
    case Op::Sub: {
      llvm::Value* x = emitExpr(e->x);
      if (x->getType()->isFloatingPointTy()) return b_.CreateFNeg(x);
      if (x->getType()->isIntegerTy()) return b_.CreateSub(llvm::ConstantInt::get(x->getType(), 0), x);
      break;
    }
    case Op::Xor: {
      llvm::Value* x = emitExpr(e->x);
      if (x->getType()->isIntegerTy()) return b_.CreateNot(x);
      break;
    }
    case Op::Not: {
      llvm::Value* x = emitExpr(e->x);
      if (x->getType()->isIntegerTy(1)) return b_.CreateNot(x);
      break;
    }
    case Op::Arrow: return emitRecv(e, false);
    case Op::Addr: return emitAddrOf(e);
    default: break;
  }
  internalError(e->pos, std::string("unary ") + ast::opSpelling(e->op) + " on " + e->x->type->string());
}

llvm::Value* CodeGen::emitBinary(ast::BinaryExpr* e) {
  switch (e->op) {
    case Op::LAnd:
    case Op::LOr: return emitLogical(e);
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: {
      if (types::Type* t = operandType(e); inMemory(t) && (e->op == Op::Eql || e->op == Op::Neq)) {
        // Large arrays and structs compare in place.
        llvm::Value* xa = valueAddr(e->x);
        llvm::Value* ya = valueAddr(e->y);
        llvm::Value* eq = emitEqualAddr(xa, ya, t, e->pos);
        return e->op == Op::Eql ? eq : b_.CreateNot(eq);
      }
      llvm::Value* x = emitExpr(e->x);
      llvm::Value* y = emitExpr(e->y);
      // ---- interfaces: an interface against a concrete value (interface.cpp).
      if (types::Type* it = mixedCompare(x, e->x->type, y, e->y->type, e->pos))
        return emitCompare(e->op, x, y, it, e->pos);
      return emitCompare(e->op, x, y, operandType(e), e->pos);
    }
    case Op::Add:
      if (types::isString(e->type)) return emitConcat(e);
      break;
    default: break;
  }
  llvm::Value* x = emitExpr(e->x);
  llvm::Value* y = emitExpr(e->y);
  bool shift = e->op == Op::Shl || e->op == Op::Shr;
  return emitArith(e->op, x, y, shift ? e->type : operandType(e), e->y, e->y->type, e->pos);
}

llvm::Value* CodeGen::emitLogical(ast::BinaryExpr* e) {
  // x && y: y only if x; x || y: y only if !x. The result joins in a phi.
  llvm::Value* x = emitExpr(e->x);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* rhs = newBlock(e->op == Op::LAnd ? "and.rhs" : "or.rhs");
  llvm::BasicBlock* end = newBlock(e->op == Op::LAnd ? "and.end" : "or.end");
  if (e->op == Op::LAnd)
    b_.CreateCondBr(x, rhs, end);
  else
    b_.CreateCondBr(x, end, rhs);
  b_.SetInsertPoint(rhs);
  llvm::Value* y = emitExpr(e->y);
  llvm::BasicBlock* rhsEnd = b_.GetInsertBlock();
  b_.CreateBr(end);
  b_.SetInsertPoint(end);
  llvm::PHINode* phi = b_.CreatePHI(b_.getInt1Ty(), 2);
  phi->addIncoming(e->op == Op::LAnd ? b_.getFalse() : b_.getTrue(), from);
  phi->addIncoming(y, rhsEnd);
  return phi;
}

llvm::Value* CodeGen::emitArith(Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr,
                                types::Type* yType, ast::Pos pos) {
  types::Basic* bt = types::asBasic(t);
  if (!bt) unsupported(pos, std::string("operator ") + ast::opSpelling(op) + " on " + t->string());
  if (op == Op::Shl || op == Op::Shr) return emitShift(op, x, y, t, yExpr, yType, pos);
  if (bt->isString() && op == Op::Add) return concatStrings({x, y});
  if (x->getType() != y->getType()) internalError(pos, "operand types differ");
  if (bt->isFloat()) {
    switch (op) {
      case Op::Add: return b_.CreateFAdd(x, y);
      case Op::Sub: return b_.CreateFSub(x, y);
      case Op::Mul: return b_.CreateFMul(x, y);
      case Op::Quo: return b_.CreateFDiv(x, y);
      default: break;
    }
  } else if (bt->isInteger()) {
    switch (op) {
      case Op::Add: return b_.CreateAdd(x, y);
      case Op::Sub: return b_.CreateSub(x, y);
      case Op::Mul: return b_.CreateMul(x, y);
      case Op::Quo:
      case Op::Rem: return emitDivision(op, x, y, t, yExpr, pos);
      case Op::And: return b_.CreateAnd(x, y);
      case Op::Or: return b_.CreateOr(x, y);
      case Op::Xor: return b_.CreateXor(x, y);
      case Op::AndNot: return b_.CreateAnd(x, b_.CreateNot(y));
      default: break;
    }
  }
  if (types::isNumeric(t) && !types::isInteger(t) && !types::isFloat(t)) unsupported(pos, "complex numbers");
  internalError(pos, std::string("operator ") + ast::opSpelling(op) + " on " + t->string());
}

llvm::Value* CodeGen::emitDivision(Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr,
                                   ast::Pos) {
  bool quo = op == Op::Quo;
  const types::Constant* yc = yExpr && yExpr->mode == ast::Mode::Constant ? yExpr->constant.get() : nullptr;
  // A constant divisor is non-zero (the checker rejects division by a
  // constant zero), so only variable divisors are checked.
  if (!yc) checkDivisor(y);
  if (types::isUnsigned(t)) return quo ? b_.CreateUDiv(x, y) : b_.CreateURem(x, y);
  // Go defines MinInt / -1 == MinInt (wrapping) and MinInt % -1 == 0, while
  // LLVM's sdiv/srem are undefined there (x86's idiv traps). gc branches on
  // y == -1; a select of a safe divisor does the same without a branch:
  // x / -1 == -x, and x % 1 == 0 is exactly x % -1.
  llvm::Type* ty = x->getType();
  llvm::Constant* minus1 = llvm::ConstantInt::getSigned(ty, -1);
  if (yc) {
    if (y == minus1) return quo ? b_.CreateSub(llvm::ConstantInt::get(ty, 0), x) : llvm::ConstantInt::get(ty, 0);
    return quo ? b_.CreateSDiv(x, y) : b_.CreateSRem(x, y);
  }
  llvm::Value* isMinus1 = b_.CreateICmpEQ(y, minus1);
  llvm::Value* safe = b_.CreateSelect(isMinus1, llvm::ConstantInt::get(ty, 1), y);
  if (!quo) return b_.CreateSRem(x, safe);
  llvm::Value* q = b_.CreateSDiv(x, safe);
  return b_.CreateSelect(isMinus1, b_.CreateSub(llvm::ConstantInt::get(ty, 0), x), q);
}

llvm::Value* CodeGen::emitShift(Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr,
                                types::Type* yType, ast::Pos pos) {
  if (!types::isInteger(t) || !x->getType()->isIntegerTy()) internalError(pos, "shift of a non-integer");
  if (!y->getType()->isIntegerTy()) internalError(pos, "shift count is not an integer");
  llvm::Type* ty = x->getType();
  unsigned width = ty->getIntegerBitWidth();
  bool left = op == Op::Shl;
  bool arith = !left && !types::isUnsigned(t);  // signed >> fills with the sign bit
  llvm::Constant* zero = llvm::ConstantInt::get(ty, 0);

  if (yExpr && yExpr->mode == ast::Mode::Constant && yExpr->constant) {
    // The checker has rejected negative constant counts.
    const types::Constant& c = *yExpr->constant;
    bool big = c.kind == types::Constant::Kind::Int ? c.intVal.uge(width) : c.toUint64() >= width;
    uint64_t n = big ? width : c.toUint64();
    if (n >= width) return arith ? b_.CreateAShr(x, width - 1) : zero;
    llvm::Constant* cnt = llvm::ConstantInt::get(ty, n);
    return left ? b_.CreateShl(x, cnt) : arith ? b_.CreateAShr(x, cnt) : b_.CreateLShr(x, cnt);
  }

  // A negative count panics; otherwise counts >= width shift everything out
  // (LLVM's shifts are poison there, so the result is selected).
  if (yType && !types::isUnsigned(yType)) checkShiftCount(y);
  llvm::Type* yty = y->getType();
  // Every integer type can hold the width (<= 64) as an unsigned value.
  llvm::Value* tooBig = b_.CreateICmpUGE(y, llvm::ConstantInt::get(yty, width));
  llvm::Value* cnt = b_.CreateZExtOrTrunc(y, ty);
  if (arith) {
    cnt = b_.CreateSelect(tooBig, llvm::ConstantInt::get(ty, width - 1), cnt);
    return b_.CreateAShr(x, cnt);
  }
  llvm::Value* r = left ? b_.CreateShl(x, cnt) : b_.CreateLShr(x, cnt);
  return b_.CreateSelect(tooBig, zero, r);
}

// min/max (a constant call never gets here): operands evaluated left to
// right, then folded. Floats follow the spec: a NaN operand gives NaN and
// -0 is less than +0, which is llvm.minimum/maximum exactly; strings and
// integers pick with the ordinary comparison.
llvm::Value* CodeGen::emitMinMax(ast::CallExpr* call, bool isMax) {
  types::Type* t = call->type;
  std::vector<llvm::Value*> vals;
  for (ast::Expr* a : call->args) vals.push_back(convertTo(emitExpr(a), a->type, t, a->pos));
  setLocation(call->pos);
  llvm::Value* r = vals[0];
  for (size_t i = 1; i < vals.size(); ++i) {
    llvm::Value* v = vals[i];
    if (types::isFloat(t)) {
      r = b_.CreateBinaryIntrinsic(isMax ? llvm::Intrinsic::maximum : llvm::Intrinsic::minimum, r, v);
      continue;
    }
    llvm::Value* better = emitCompare(isMax ? Op::Gtr : Op::Lss, v, r, t, call->pos);
    r = b_.CreateSelect(better, v, r);
  }
  return r;
}

llvm::Value* CodeGen::emitCompare(Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos) {
  if (inMemory(t) && (op == Op::Eql || op == Op::Neq)) {
    // Large values are pointers to their memory (aggregate.cpp).
    llvm::Value* eq = emitEqualAddr(x, y, t, pos);
    return op == Op::Eql ? eq : b_.CreateNot(eq);
  }
  // Func values (only against nil), channels and pointers compare by address.
  types::TypeKind k = t->underlying()->kind();
  if ((k == types::TypeKind::Signature || k == types::TypeKind::Chan || k == types::TypeKind::Pointer ||
       k == types::TypeKind::Map || k == types::TypeKind::Basic) &&
      (op == Op::Eql || op == Op::Neq) && x->getType()->isPointerTy() && y->getType()->isPointerTy())
    return op == Op::Eql ? b_.CreateICmpEQ(x, y) : b_.CreateICmpNE(x, y);
  if (k == types::TypeKind::Struct && (op == Op::Eql || op == Op::Neq)) return emitStructCompare(op, x, y, t, pos);
  if (k == types::TypeKind::Interface) return emitIfaceCompare(op, x, y, t, pos);
  if (k == types::TypeKind::Array && (op == Op::Eql || op == Op::Neq)) return emitArrayCompare(op, x, y, t, pos);
  if (k == types::TypeKind::Slice && (op == Op::Eql || op == Op::Neq)) {
    // Only against nil: a slice is nil when its pointer is.
    llvm::Value* xp = x->getType()->isStructTy() ? b_.CreateExtractValue(x, 0) : x;
    llvm::Value* yp = y->getType()->isStructTy() ? b_.CreateExtractValue(y, 0) : y;
    return op == Op::Eql ? b_.CreateICmpEQ(xp, yp) : b_.CreateICmpNE(xp, yp);
  }
  if (k == types::TypeKind::Interface && (op == Op::Eql || op == Op::Neq) &&
      (llvm::isa<llvm::ConstantAggregateZero>(x) || llvm::isa<llvm::ConstantAggregateZero>(y))) {
    // Against nil (recover() != nil): an interface is nil when its type
    // (itab) word is.
    llvm::Value* xp = b_.CreateExtractValue(x, 0);
    llvm::Value* yp = b_.CreateExtractValue(y, 0);
    return op == Op::Eql ? b_.CreateICmpEQ(xp, yp) : b_.CreateICmpNE(xp, yp);
  }
  types::Basic* bt = types::asBasic(t);
  if (!bt) unsupported(pos, "comparison of " + t->string() + " values");
  if (bt->isString()) return emitStringCompare(op, x, y);
  if (x->getType() != y->getType()) internalError(pos, "compared operands have different types");
  using P = llvm::CmpInst::Predicate;
  if (bt->isFloat()) {
    // Ordered comparisons are false when either side is NaN; != is true then.
    P p = op == Op::Eql   ? P::FCMP_OEQ
          : op == Op::Neq ? P::FCMP_UNE
          : op == Op::Lss ? P::FCMP_OLT
          : op == Op::Leq ? P::FCMP_OLE
          : op == Op::Gtr ? P::FCMP_OGT
                          : P::FCMP_OGE;
    return b_.CreateFCmp(p, x, y);
  }
  if (bt->isInteger() || bt->isBoolean()) {
    bool u = bt->isUnsigned() || bt->isBoolean();
    P p = op == Op::Eql   ? P::ICMP_EQ
          : op == Op::Neq ? P::ICMP_NE
          : op == Op::Lss ? (u ? P::ICMP_ULT : P::ICMP_SLT)
          : op == Op::Leq ? (u ? P::ICMP_ULE : P::ICMP_SLE)
          : op == Op::Gtr ? (u ? P::ICMP_UGT : P::ICMP_SGT)
                          : (u ? P::ICMP_UGE : P::ICMP_SGE);
    return b_.CreateICmp(p, x, y);
  }
  unsupported(pos, "comparison of " + t->string() + " values");
}

llvm::Value* CodeGen::floatToInt(llvm::Value* v, types::Type* to) {
  // LLVM's fptosi/fptoui are poison out of range; Go leaves the result
  // implementation-defined. We give what gc gives on amd64, which uses
  // CVTTSD2SL/CVTTSD2SQ (out of range and NaN: the minimum int32/int64):
  //   int8, int16, int32, uint8, uint16  via int32, then truncated
  //   int64, uint32                      via int64 (uint32 truncated)
  //   uint64  x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63
  llvm::Type* ft = v->getType();
  auto cvtt = [&](llvm::Value* f, unsigned bits) -> llvm::Value* {
    llvm::Type* it = b_.getIntNTy(bits);
    double limit = bits == 32 ? 2147483648.0 : 9223372036854775808.0;
    llvm::Value* inRange = b_.CreateAnd(b_.CreateFCmpOGE(f, llvm::ConstantFP::get(ft, -limit)),
                                        b_.CreateFCmpOLT(f, llvm::ConstantFP::get(ft, limit)));
    // Freeze: the fptosi is poison when out of range (it is not selected then).
    llvm::Value* conv = b_.CreateFreeze(b_.CreateFPToSI(f, it));
    return b_.CreateSelect(inRange, conv, llvm::ConstantInt::get(it, llvm::APInt::getSignedMinValue(bits)));
  };
  llvm::Type* target = llvmType(to);
  unsigned width = target->getIntegerBitWidth();
  bool isUnsigned = types::isUnsigned(to);
  if (isUnsigned && width == 64) {
    llvm::Value* two63 = llvm::ConstantFP::get(ft, 9223372036854775808.0);
    llvm::Value* small = b_.CreateFCmpOLT(v, two63);
    llvm::Value* lo = cvtt(v, 64);
    llvm::Value* hi = b_.CreateOr(cvtt(b_.CreateFSub(v, two63), 64),
                                  llvm::ConstantInt::get(b_.getInt64Ty(), llvm::APInt::getSignedMinValue(64)));
    return b_.CreateSelect(small, lo, hi);
  }
  bool via64 = width == 64 || (isUnsigned && width == 32);
  return b_.CreateTrunc(cvtt(v, via64 ? 64 : 32), target);
}

llvm::Value* CodeGen::emitConversion(llvm::Value* v, types::Type* from, types::Type* to, ast::Pos pos) {
  llvm::Type* target = llvmType(to);
  if (isIface(to)) return convertTo(v, from, to, pos);
  // T(nil): T's zero value (a nil pointer, func, chan or interface).
  if (auto* nb = types::asBasic(from); nb && nb->basicKind == types::BasicKind::UntypedNil) return zeroValue(to);
  if (llvm::isa<llvm::ConstantPointerNull>(v) && to->underlying()->kind() == types::TypeKind::Slice)
    return zeroValue(to);  // []T(nil)
  // Large values are pointers to memory of the same layout.
  if (inMemory(to) && types::identical(from->underlying(), to->underlying())) return v;
  // (*[N]T)(s): slice.cpp.
  if (from->underlying()->kind() == types::TypeKind::Slice && to->underlying()->kind() == types::TypeKind::Pointer)
    return sliceToArrayPointer(v, to, pos);
  types::Basic* fb = types::asBasic(from);
  types::Basic* tb = types::asBasic(to);
  if (fb && tb) {
    bool fromInt = fb->isInteger(), toInt = tb->isInteger();
    bool fromFloat = fb->isFloat(), toFloat = tb->isFloat();
    if (fromInt && toInt) {
      // Widening extends by the source's signedness; narrowing truncates.
      return fb->isUnsigned() ? b_.CreateZExtOrTrunc(v, target) : b_.CreateSExtOrTrunc(v, target);
    }
    if (fromInt && toFloat)
      return fb->isUnsigned() ? b_.CreateUIToFP(v, target) : b_.CreateSIToFP(v, target);
    if (fromFloat && toInt) return floatToInt(v, to);
    if (fromFloat && toFloat) return b_.CreateFPCast(v, target);
    if (fb->isString() && tb->isString()) return v;
    if (fb->isBoolean() && tb->isBoolean()) return v;
  }
  if (llvm::Value* r = emitStringConversion(v, from, to)) return r;
  // unsafe.Pointer <-> pointers and uintptr (the checker allowed only those).
  if (v->getType()->isPointerTy() && target->isPointerTy()) return v;
  if (v->getType()->isPointerTy() && target->isIntegerTy()) return b_.CreatePtrToInt(v, target);
  if (v->getType()->isIntegerTy() && target->isPointerTy()) return b_.CreateIntToPtr(v, target);
  if (types::identical(from->underlying(), to->underlying())) {
    if (v->getType() == target) return v;
    if (v->getType()->isStructTy() && target->isStructTy()) return coerce(v, to, pos);
  }
  unsupported(pos, "conversion from " + from->string() + " to " + to->string());
}

}  // namespace gosub::codegen
