// slice.cpp — arrays, slices and strings as values: indexing and slicing
// with Go's bounds checks, array and slice literals, make, append, copy,
// len and cap, the string <-> []byte/[]rune and integer -> string
// conversions, array comparison, range over arrays, slices, strings and
// integers, and the slices variadic calls build.
//
// - A slice is {ptr, i64 len, i64 cap}, an array [N x T]. Elements are
//   reached through memory: an addressable array by GEP into its storage,
//   a non-addressable one (a call's result) after a spill to a temporary,
//   a slice through its pointer. Each access checks its index first (an
//   unsigned compare against the length covers negative indices too) and
//   then GEPs: a failed check branches to a cold block calling
//   runtime.panicIndex / runtime.panicBounds with Go's boundsError code
//   (runtime/error.cpp formats the message).
// - Slicing checks the bounds in gc's order (the last bound against the
//   capacity first, then each bound against the next) so that the panic
//   names the same bound as Go's; the new pointer stays at the base when
//   the result's capacity is 0, so it never points past the backing array.
// - append grows through runtime.growslice (Go 1.19's policy, capacity
//   rounded to size classes) only when the new length exceeds the capacity;
//   arguments are evaluated before the slice grows.
// - Runtime entry points that produce a slice write it through a pointer to
//   a per-function slot (sliceSlot).
#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

// Go's boundsErrorCode (runtime/error.cpp), and the flag for an unsigned index.
enum BoundsCode : int64_t {
  kBoundsIndex,
  kBoundsSliceAlen,
  kBoundsSliceAcap,
  kBoundsSliceB,
  kBoundsSlice3Alen,
  kBoundsSlice3Acap,
  kBoundsSlice3B,
  kBoundsSlice3C,
};
constexpr int64_t kBoundsUnsigned = 1 << 8;

types::Array* arrayOf(types::Type* t) {
  types::Type* u = t->underlying();
  return u->kind() == types::TypeKind::Array ? static_cast<types::Array*>(u) : nullptr;
}

types::Array* arrayPtrOf(types::Type* t) {
  types::Type* u = t->underlying();
  if (u->kind() != types::TypeKind::Pointer) return nullptr;
  return arrayOf(static_cast<types::Pointer*>(u)->elem);
}

types::Slice* sliceOf(types::Type* t) {
  types::Type* u = t->underlying();
  return u->kind() == types::TypeKind::Slice ? static_cast<types::Slice*>(u) : nullptr;
}

bool isBlank(ast::Expr* e) {
  auto* id = dynamic_cast<ast::Ident*>(e ? unparen(e) : nullptr);
  return !e || (id && id->name == "_");
}

}  // namespace

llvm::StructType* CodeGen::sliceType() {
  llvm::Type* i64 = b_.getInt64Ty();
  return llvm::StructType::get(ctx_, {b_.getPtrTy(), i64, i64});
}

uint64_t CodeGen::typeSize(types::Type* t) { return module_->getDataLayout().getTypeAllocSize(llvmType(t)); }

llvm::Value* CodeGen::sliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap) {
  llvm::Value* s = llvm::PoisonValue::get(sliceType());
  s = b_.CreateInsertValue(s, ptr, 0);
  s = b_.CreateInsertValue(s, len, 1);
  return b_.CreateInsertValue(s, cap, 2);
}

llvm::AllocaInst* CodeGen::sliceSlot() {
  if (!sliceSlot_) sliceSlot_ = entryAlloca(sliceType(), "slice.ret");
  return sliceSlot_;
}

llvm::Value* CodeGen::toInt64(llvm::Value* v, types::Type* t) {
  if (v->getType()->isIntegerTy(64)) return v;
  return types::isUnsigned(t) ? b_.CreateZExt(v, b_.getInt64Ty()) : b_.CreateSExt(v, b_.getInt64Ty());
}

void CodeGen::checkBound(llvm::Value* x, llvm::Value* y, int64_t code, types::Type* xType) {
  bool isUnsigned = xType && types::isUnsigned(xType);
  // As unsigned numbers, negative values are too large: one compare covers both ends.
  llvm::Value* ok = code == kBoundsIndex ? b_.CreateICmpULT(x, y) : b_.CreateICmpULE(x, y);
  if (code == kBoundsIndex && !isUnsigned)
    panicUnless(ok, RtFunc::panicIndex, {x, y});
  else
    panicUnless(ok, RtFunc::panicBounds, {x, y, b_.getInt64(code | (isUnsigned ? kBoundsUnsigned : 0))});
}

void CodeGen::memCopy(llvm::Value* dst, llvm::Value* src, llvm::Value* bytes, bool overlap) {
  if (overlap)
    b_.CreateMemMove(dst, llvm::MaybeAlign(1), src, llvm::MaybeAlign(1), bytes);
  else
    b_.CreateMemCpy(dst, llvm::MaybeAlign(1), src, llvm::MaybeAlign(1), bytes);
}

// ---------------------------------------------------------------- indexing

llvm::Value* CodeGen::emitIndexAddr(ast::IndexExpr* ix) {
  types::Type* xt = ix->x->type;
  llvm::Value* elemPtr = nullptr;
  if (types::Array* a = arrayOf(xt)) {
    llvm::Value* base = addressOf(ix->x);
    llvm::Value* i = toInt64(emitExpr(ix->index), ix->index->type);
    setLocation(ix->pos);
    // A constant index was checked against the length by the checker.
    if (ix->index->mode != ast::Mode::Constant) checkBound(i, b_.getInt64(a->len), kBoundsIndex, ix->index->type);
    elemPtr = b_.CreateInBoundsGEP(llvmType(a), base, {b_.getInt64(0), i}, "elem");
  } else if (types::Array* pa = arrayPtrOf(xt)) {
    llvm::Value* p = emitExpr(ix->x);
    llvm::Value* i = toInt64(emitExpr(ix->index), ix->index->type);
    setLocation(ix->pos);
    checkNil(p);
    if (ix->index->mode != ast::Mode::Constant) checkBound(i, b_.getInt64(pa->len), kBoundsIndex, ix->index->type);
    elemPtr = b_.CreateInBoundsGEP(llvmType(pa), p, {b_.getInt64(0), i}, "elem");
  } else if (types::Slice* st = sliceOf(xt)) {
    llvm::Value* s = emitExpr(ix->x);
    llvm::Value* i = toInt64(emitExpr(ix->index), ix->index->type);
    setLocation(ix->pos);
    checkBound(i, b_.CreateExtractValue(s, 1, "len"), kBoundsIndex, ix->index->type);
    elemPtr = b_.CreateInBoundsGEP(llvmType(st->elem), b_.CreateExtractValue(s, 0, "ptr"), i, "elem");
  } else {
    unsupported(ix->pos, "indexing of " + xt->string());
  }
  return elemPtr;
}

llvm::Value* CodeGen::emitIndex(ast::IndexExpr* ix) {
  if (types::isString(ix->x->type)) {
    llvm::Value* s = emitExpr(ix->x);
    llvm::Value* i = emitExpr(ix->index);
    return emitStringIndex(s, i, ix->index->type, ix->pos);
  }
  return b_.CreateLoad(llvmType(ix->type), emitIndexAddr(ix), "index");
}

// ---------------------------------------------------------------- slicing

llvm::Value* CodeGen::emitSliceExpr(ast::SliceExpr* e) {
  types::Type* xt = e->x->type;
  bool isStr = types::isString(xt);
  bool isSlice = sliceOf(xt) != nullptr;
  llvm::Value *ptr, *len, *cap;
  llvm::Type* elemTy;
  if (isStr) {
    llvm::Value* s = emitExpr(e->x);
    ptr = b_.CreateExtractValue(s, 0);
    len = cap = b_.CreateExtractValue(s, 1);
    elemTy = b_.getInt8Ty();
  } else if (types::Array* a = arrayOf(xt)) {
    ptr = addressOf(e->x);
    len = cap = b_.getInt64(a->len);
    elemTy = llvmType(a->elem);
  } else if (types::Array* pa = arrayPtrOf(xt)) {
    ptr = emitExpr(e->x);
    setLocation(e->pos);
    checkNil(ptr);
    len = cap = b_.getInt64(pa->len);
    elemTy = llvmType(pa->elem);
  } else if (types::Slice* st = sliceOf(xt)) {
    llvm::Value* s = emitExpr(e->x);
    ptr = b_.CreateExtractValue(s, 0);
    len = b_.CreateExtractValue(s, 1);
    cap = b_.CreateExtractValue(s, 2);
    elemTy = llvmType(st->elem);
  } else {
    unsupported(e->pos, "slicing " + xt->string());
  }
  llvm::Value* i = e->low ? toInt64(emitExpr(e->low), e->low->type) : b_.getInt64(0);
  llvm::Value* j = e->high ? toInt64(emitExpr(e->high), e->high->type) : len;
  llvm::Value* k = e->max ? toInt64(emitExpr(e->max), e->max->type) : cap;
  setLocation(e->pos);
  // gc's order: the last bound against the capacity (or length), then each
  // bound against the next, so every compare is against a known
  // non-negative value.
  if (e->slice3) {
    checkBound(k, cap, isSlice ? kBoundsSlice3Acap : kBoundsSlice3Alen, e->max->type);
    checkBound(j, k, kBoundsSlice3B, e->high->type);
    if (e->low) checkBound(i, j, kBoundsSlice3C, e->low->type);
  } else {
    if (e->high) checkBound(j, cap, isSlice ? kBoundsSliceAcap : kBoundsSliceAlen, e->high->type);
    if (e->low) checkBound(i, j, kBoundsSliceB, e->low->type);
  }
  llvm::Value* rlen = b_.CreateSub(j, i, "len");
  llvm::Value* rcap = isStr ? rlen : b_.CreateSub(k, i, "cap");
  llvm::Value* rptr = ptr;
  if (e->low) {
    // An empty result keeps the base pointer rather than point past the end.
    llvm::Value* delta = b_.CreateSelect(b_.CreateICmpEQ(rcap, b_.getInt64(0)), b_.getInt64(0), i);
    rptr = b_.CreateInBoundsGEP(elemTy, ptr, delta, "ptr");
  }
  if (isStr) {
    llvm::Value* s = llvm::PoisonValue::get(stringType());
    s = b_.CreateInsertValue(s, rptr, 0);
    return b_.CreateInsertValue(s, rlen, 1);
  }
  return sliceValue(rptr, rlen, rcap);
}

// ---------------------------------------------------------------- literals

// Stores the elements of an array or slice literal into the array at
// `base` (already zeroed), following constant keys as Go does.
void CodeGen::storeLitElems(ast::CompositeLit* lit, llvm::Value* base, types::Type* elem) {
  llvm::Type* elemTy = llvmType(elem);
  int64_t idx = 0;
  for (ast::Expr* el : lit->elts) {
    ast::Expr* val = el;
    if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el)) {
      if (kv->key->mode != ast::Mode::Constant || !kv->key->constant)
        internalError(kv->pos, "non-constant key in array literal");
      idx = kv->key->constant->toInt64();
      val = kv->value;
    }
    llvm::Value* at = b_.CreateInBoundsGEP(elemTy, base, b_.getInt64(idx));
    if (!emitInto(at, val, elem)) b_.CreateStore(convertTo(emitExpr(val), val->type, elem, val->pos), at);
    idx++;
  }
}

llvm::Value* CodeGen::emitArrayOrSliceLit(ast::CompositeLit* lit) {
  if (types::Array* a = arrayOf(lit->type)) {
    llvm::Type* ty = llvmType(lit->type);
    llvm::AllocaInst* tmp = entryAlloca(ty, "arraylit");
    zeroMemory(tmp, ty);
    storeLitElems(lit, tmp, a->elem);
    return b_.CreateLoad(ty, tmp, "arraylit");
  }
  types::Slice* st = sliceOf(lit->type);
  if (!st) internalError(lit->pos, "composite literal of type " + lit->type->string());
  // The backing array: in the frame when escape analysis allows it.
  int64_t n = types::sliceLitLength(lit);
  setLocation(lit->pos);
  llvm::Value* p = backingArray(st->elem, n, lit, "slicelit");
  storeLitElems(lit, p, st->elem);
  return sliceValue(p, b_.getInt64(n), b_.getInt64(n));
}

void CodeGen::zeroMemory(llvm::Value* p, llvm::Type* ty) {
  uint64_t size = module_->getDataLayout().getTypeAllocSize(ty);
  b_.CreateMemSet(p, b_.getInt8(0), size, llvm::MaybeAlign(1));
}

// ---------------------------------------------------------------- builtins

llvm::Value* CodeGen::emitLenCap(ast::CallExpr* call, bool isCap) {
  ast::Expr* x = call->args[0];
  if (types::Slice* st = sliceOf(x->type)) {
    (void)st;
    llvm::Value* s = emitExpr(x);
    return b_.CreateExtractValue(s, isCap ? 2 : 1, isCap ? "cap" : "len");
  }
  types::Array* a = arrayOf(x->type);
  if (!a) a = arrayPtrOf(x->type);
  if (!a) return nullptr;
  // Not a constant only when x has calls or receives: evaluate it for them.
  emitExpr(x);
  return b_.getInt64(a->len);
}

llvm::Value* CodeGen::emitMakeSlice(ast::CallExpr* call) {
  types::Slice* st = sliceOf(call->type);
  ast::Expr* lenArg = call->args[1];
  llvm::Value* len = toInt64(emitExpr(lenArg), lenArg->type);
  llvm::Value* cap = len;
  if (call->args.size() > 2) cap = toInt64(emitExpr(call->args[2]), call->args[2]->type);
  setLocation(call->pos);
  // Escape analysis keeps only a constant capacity in the frame (the
  // checker has checked it); a variable len must still fit in it.
  if (options_.escapes && options_.escapes->onStack(call)) {
    if (!llvm::isa<llvm::ConstantInt>(len)) {
      // As makeslice words it: a negative len is out of range, a len past
      // the capacity makes the capacity the culprit.
      llvm::BasicBlock* bad = newBlock("makeslice.bad");
      llvm::BasicBlock* ok = newBlock("makeslice.ok");
      b_.CreateCondBr(b_.CreateICmpULE(len, cap), ok, bad, llvm::MDBuilder(ctx_).createLikelyBranchWeights());
      b_.SetInsertPoint(bad);
      panicUnless(b_.CreateICmpSGE(len, b_.getInt64(0)), RtFunc::panicmakeslicelen, {});
      callRuntime(RtFunc::panicmakeslicecap, {});
      b_.SetInsertPoint(ok);
    }
    int64_t n = llvm::cast<llvm::ConstantInt>(cap)->getSExtValue();
    return sliceValue(backingArray(st->elem, n, call, "makeslice"), len, cap);
  }
  llvm::Value* p = callRuntime(RtFunc::makeslice, {b_.getInt64(static_cast<int64_t>(typeSize(st->elem))), len, cap});
  return sliceValue(p, len, cap);
}

// A zeroed array of n elems for a slice literal or make at `site`: a slot
// in the frame if escape analysis put it there, else from the heap.
llvm::Value* CodeGen::backingArray(types::Type* elem, int64_t n, const ast::Node* site, const std::string& name) {
  llvm::Type* ty = llvm::ArrayType::get(llvmType(elem), static_cast<uint64_t>(n));
  if (llvm::AllocaInst* slot = frameObject(ty, site, name)) {
    zeroMemory(slot, ty);  // every evaluation starts from zero, also in loops
    return slot;
  }
  uint64_t size = typeSize(elem) * static_cast<uint64_t>(n);
  llvm::Value* p = callRuntime(RtFunc::mallocgc, {b_.getInt64(static_cast<int64_t>(size))});
  p->setName(name);
  return p;
}

// Grows s (ptr, len, cap) for newlen elements when needed; returns the
// pointer and capacity to use.
std::pair<llvm::Value*, llvm::Value*> CodeGen::growIfNeeded(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap,
                                                           llvm::Value* newlen, uint64_t elemSize) {
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* grow = newBlock("append.grow");
  llvm::BasicBlock* cont = newBlock("append.cont");
  llvm::MDBuilder md(ctx_);
  b_.CreateCondBr(b_.CreateICmpUGT(newlen, cap), grow, cont, md.createUnlikelyBranchWeights());
  b_.SetInsertPoint(grow);
  llvm::AllocaInst* slot = sliceSlot();
  callRuntime(RtFunc::growslice, {slot, ptr, len, cap, newlen, b_.getInt64(static_cast<int64_t>(elemSize))});
  llvm::Value* g = b_.CreateLoad(sliceType(), slot, "grown");
  llvm::Value* gptr = b_.CreateExtractValue(g, 0);
  llvm::Value* gcap = b_.CreateExtractValue(g, 2);
  llvm::BasicBlock* growEnd = b_.GetInsertBlock();
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
  llvm::PHINode* p = b_.CreatePHI(b_.getPtrTy(), 2, "ptr");
  p->addIncoming(ptr, from);
  p->addIncoming(gptr, growEnd);
  llvm::PHINode* c = b_.CreatePHI(b_.getInt64Ty(), 2, "cap");
  c->addIncoming(cap, from);
  c->addIncoming(gcap, growEnd);
  return {p, c};
}

llvm::Value* CodeGen::emitAppend(ast::CallExpr* call) {
  types::Slice* st = sliceOf(call->type);
  types::Type* elem = st->elem;
  llvm::Type* elemTy = llvmType(elem);
  uint64_t elemSize = typeSize(elem);
  llvm::Value* s = emitExpr(call->args[0]);
  if (call->hasEllipsis) {
    // append(s, t...): t is a slice of the element type, or a string.
    ast::Expr* t = call->args[1];
    llvm::Value* tv = emitExpr(t);
    setLocation(call->pos);
    llvm::Value* tptr = b_.CreateExtractValue(tv, 0);
    llvm::Value* tlen = b_.CreateExtractValue(tv, 1);
    llvm::Value* ptr = b_.CreateExtractValue(s, 0);
    llvm::Value* len = b_.CreateExtractValue(s, 1);
    llvm::Value* cap = b_.CreateExtractValue(s, 2);
    llvm::Value* newlen = b_.CreateAdd(len, tlen, "newlen");
    auto [p, c] = growIfNeeded(ptr, len, cap, newlen, elemSize);
    // t may alias s's backing array: memmove.
    llvm::Value* dst = b_.CreateInBoundsGEP(elemTy, p, len);
    memCopy(dst, tptr, b_.CreateMul(tlen, b_.getInt64(static_cast<int64_t>(elemSize))), true);
    return sliceValue(p, newlen, c);
  }
  std::vector<llvm::Value*> vals;
  for (size_t i = 1; i < call->args.size(); ++i)
    vals.push_back(convertTo(emitExpr(call->args[i]), call->args[i]->type, elem, call->args[i]->pos));
  if (vals.empty()) return s;
  setLocation(call->pos);
  llvm::Value* ptr = b_.CreateExtractValue(s, 0);
  llvm::Value* len = b_.CreateExtractValue(s, 1);
  llvm::Value* cap = b_.CreateExtractValue(s, 2);
  llvm::Value* newlen = b_.CreateAdd(len, b_.getInt64(static_cast<int64_t>(vals.size())), "newlen");
  auto [p, c] = growIfNeeded(ptr, len, cap, newlen, elemSize);
  for (size_t i = 0; i < vals.size(); ++i) {
    llvm::Value* at = b_.CreateAdd(len, b_.getInt64(static_cast<int64_t>(i)));
    b_.CreateStore(vals[i], b_.CreateInBoundsGEP(elemTy, p, at));
  }
  return sliceValue(p, newlen, c);
}

llvm::Value* CodeGen::emitCopy(ast::CallExpr* call) {
  ast::Expr* dstE = call->args[0];
  ast::Expr* srcE = call->args[1];
  types::Slice* st = sliceOf(dstE->type);
  llvm::Value* dst = emitExpr(dstE);
  llvm::Value* src = emitExpr(srcE);
  setLocation(call->pos);
  llvm::Value* dlen = b_.CreateExtractValue(dst, 1);
  llvm::Value* slen = b_.CreateExtractValue(src, 1);
  llvm::Value* n = b_.CreateSelect(b_.CreateICmpSLT(dlen, slen), dlen, slen, "n");
  uint64_t elemSize = typeSize(st->elem);
  memCopy(b_.CreateExtractValue(dst, 0), b_.CreateExtractValue(src, 0),
          b_.CreateMul(n, b_.getInt64(static_cast<int64_t>(elemSize))), true);
  return n;
}

// The variadic parameter's slice for f(a, b, c): the extra arguments in a
// new backing array, or a nil slice when there are none.
llvm::Value* CodeGen::variadicSlice(const std::vector<llvm::Value*>& extra, types::Type* sliceT) {
  types::Slice* st = sliceOf(sliceT);
  if (extra.empty()) return zeroValue(sliceT);
  llvm::Type* elemTy = llvmType(st->elem);
  uint64_t size = typeSize(st->elem) * extra.size();
  llvm::Value* p = callRuntime(RtFunc::mallocgc, {b_.getInt64(static_cast<int64_t>(size))});
  p->setName("varargs");
  for (size_t i = 0; i < extra.size(); ++i) b_.CreateStore(extra[i], b_.CreateConstInBoundsGEP1_64(elemTy, p, i));
  llvm::Value* n = b_.getInt64(static_cast<int64_t>(extra.size()));
  return sliceValue(p, n, n);
}

// ---------------------------------------------------------------- conversions

static bool isByteOrRuneSlice(types::Type* t, types::BasicKind kind) {
  types::Slice* st = sliceOf(t);
  types::Basic* b = st ? types::asBasic(st->elem) : nullptr;
  return b && b->basicKind == kind;
}

llvm::Value* CodeGen::emitStringConversion(llvm::Value* v, types::Type* from, types::Type* to) {
  using K = types::BasicKind;
  if (types::isString(to)) {
    if (types::isInteger(from)) return callRuntime(RtFunc::intstring, {toInt64(v, from)});
    if (isByteOrRuneSlice(from, K::Uint8) || isByteOrRuneSlice(from, K::Int32)) {
      RtFunc f = isByteOrRuneSlice(from, K::Uint8) ? RtFunc::slicebytetostring : RtFunc::slicerunetostring;
      return callRuntime(f, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
    }
    return nullptr;
  }
  if (!types::isString(from)) return nullptr;
  RtFunc f;
  if (isByteOrRuneSlice(to, K::Uint8))
    f = RtFunc::stringtoslicebyte;
  else if (isByteOrRuneSlice(to, K::Int32))
    f = RtFunc::stringtoslicerune;
  else
    return nullptr;
  llvm::AllocaInst* slot = sliceSlot();
  callRuntime(f, {slot, v});
  return b_.CreateLoad(sliceType(), slot, "conv");
}

// ---------------------------------------------------------------- comparison

llvm::Value* CodeGen::emitArrayCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos) {
  llvm::Type* ty = llvmType(t);
  llvm::AllocaInst* xs = entryAlloca(ty, "cmp.x");
  llvm::AllocaInst* ys = entryAlloca(ty, "cmp.y");
  b_.CreateStore(x, xs);
  b_.CreateStore(y, ys);
  return emitArrayCompareAddr(op, xs, ys, t, pos);
}

llvm::Value* CodeGen::emitArrayCompareAddr(ast::Op op, llvm::Value* xs, llvm::Value* ys, types::Type* t,
                                           ast::Pos pos) {
  types::Array* a = arrayOf(t);
  llvm::Value* eq;
  if (a->len == 0) {
    eq = b_.getTrue();
  } else {
    // Element by element in a loop (the arrays may be large); stops at the
    // first difference.
    llvm::Type* ty = llvmType(t);
    llvm::Type* elemTy = llvmType(a->elem);
    llvm::BasicBlock* from = b_.GetInsertBlock();
    llvm::BasicBlock* loop = newBlock("arrayeq.loop");
    llvm::BasicBlock* next = newBlock("arrayeq.next");
    llvm::BasicBlock* end = newBlock("arrayeq.end");
    b_.CreateBr(loop);
    b_.SetInsertPoint(loop);
    llvm::PHINode* i = b_.CreatePHI(b_.getInt64Ty(), 2, "i");
    i->addIncoming(b_.getInt64(0), from);
    llvm::Value* xp = b_.CreateInBoundsGEP(ty, xs, {b_.getInt64(0), i});
    llvm::Value* yp = b_.CreateInBoundsGEP(ty, ys, {b_.getInt64(0), i});
    llvm::Value* same;
    if (inMemory(a->elem)) {
      same = emitEqualAddr(xp, yp, a->elem, pos);
    } else {
      llvm::Value* xi = b_.CreateLoad(elemTy, xp);
      llvm::Value* yi = b_.CreateLoad(elemTy, yp);
      same = emitCompare(ast::Op::Eql, xi, yi, a->elem, pos);
    }
    llvm::BasicBlock* loopEnd = b_.GetInsertBlock();
    b_.CreateCondBr(same, next, end);
    b_.SetInsertPoint(next);
    llvm::Value* i1 = b_.CreateAdd(i, b_.getInt64(1));
    i->addIncoming(i1, next);
    llvm::Value* more = b_.CreateICmpULT(i1, b_.getInt64(a->len));
    b_.CreateCondBr(more, loop, end);
    b_.SetInsertPoint(end);
    llvm::PHINode* r = b_.CreatePHI(b_.getInt1Ty(), 2, "arrayeq");
    r->addIncoming(b_.getFalse(), loopEnd);
    r->addIncoming(b_.getTrue(), next);
    eq = r;
  }
  return op == ast::Op::Eql ? eq : b_.CreateNot(eq);
}

// ---------------------------------------------------------------- range

void CodeGen::emitRangeIndexed(ast::RangeStmt* s) {
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();
  types::Type* xt = s->x->type;
  bool isStr = types::isString(xt);
  bool isInt = !isStr && types::isInteger(xt);
  bool wantValue = !isBlank(s->value);
  llvm::Value* base = nullptr;  // the elements (array copy, slice or string bytes)
  llvm::Value* len = nullptr;
  llvm::Type* elemTy = nullptr;
  llvm::Type* arrayTy = nullptr;
  llvm::Type* keyTy = b_.getInt64Ty();
  if (isStr) {
    llvm::Value* str = emitExpr(s->x);
    base = b_.CreateExtractValue(str, 0);
    len = b_.CreateExtractValue(str, 1);
  } else if (isInt) {
    len = emitExpr(s->x);
    keyTy = len->getType();
  } else if (types::Slice* st = sliceOf(xt)) {
    llvm::Value* sv = emitExpr(s->x);
    base = b_.CreateExtractValue(sv, 0);
    len = b_.CreateExtractValue(sv, 1);
    elemTy = llvmType(st->elem);
  } else if (types::Array* a = arrayOf(xt)) {
    len = b_.getInt64(a->len);
    elemTy = llvmType(a->elem);
    arrayTy = llvmType(xt);
    if (wantValue) {
      // The loop ranges over a copy of the array, as Go's does.
      llvm::AllocaInst* copy = entryAlloca(arrayTy, "range.array");
      if (s->x->mode == ast::Mode::Variable)
        memCopy(copy, addressOf(s->x), b_.getInt64(static_cast<int64_t>(typeSize(xt))), false);
      else if (!emitInto(copy, s->x, xt))
        b_.CreateStore(emitExpr(s->x), copy);
      base = copy;
    } else if (s->x->mode != ast::Mode::Variable) {
      emitExpr(s->x);  // evaluated for its calls; len(x) is all that is used
    }
  } else if (types::Array* pa = arrayPtrOf(xt)) {
    len = b_.getInt64(pa->len);
    elemTy = llvmType(pa->elem);
    arrayTy = llvmType(pa);
    base = emitExpr(s->x);
    // Only reading an element dereferences the pointer.
    if (wantValue && pa->len > 0) checkNil(base);
  } else {
    unsupported(s->x->pos, "range over " + xt->string());
  }
  bool isSigned = isInt && !types::isUnsigned(xt);
  llvm::AllocaInst* iv = entryAlloca(keyTy, "range.i");
  llvm::AllocaInst* nextv = isStr ? entryAlloca(b_.getInt64Ty(), "range.next") : nullptr;
  b_.CreateStore(llvm::ConstantInt::get(keyTy, 0), iv);
  ensureBlock();
  llvm::BasicBlock* head = newBlock("range.head");
  llvm::BasicBlock* body = newBlock("range.body");
  llvm::BasicBlock* latch = newBlock("range.latch");
  llvm::BasicBlock* end = newBlock("range.end");
  b_.CreateBr(head);
  b_.SetInsertPoint(head);
  setLocation(s->pos);
  llvm::Value* i = b_.CreateLoad(keyTy, iv, "i");
  llvm::Value* more = isSigned || !isInt ? b_.CreateICmpSLT(i, len) : b_.CreateICmpULT(i, len);
  b_.CreateCondBr(more, body, end);
  b_.SetInsertPoint(body);
  llvm::Value* value = nullptr;
  if (isStr) {
    // ASCII inline; anything else through decoderune (U+FFFD of width 1
    // for invalid UTF-8).
    llvm::Value* c = b_.CreateLoad(b_.getInt8Ty(), b_.CreateInBoundsGEP(b_.getInt8Ty(), base, i), "c");
    b_.CreateStore(b_.CreateAdd(i, b_.getInt64(1)), nextv);
    llvm::Value* c32 = b_.CreateZExt(c, b_.getInt32Ty());
    llvm::Value* ascii = b_.CreateICmpULT(c, b_.getInt8(0x80));
    llvm::BasicBlock* from = b_.GetInsertBlock();
    llvm::BasicBlock* multi = newBlock("range.decode");
    llvm::BasicBlock* join = newBlock("range.rune");
    b_.CreateCondBr(ascii, join, multi);
    b_.SetInsertPoint(multi);
    llvm::Value* str = llvm::PoisonValue::get(stringType());
    str = b_.CreateInsertValue(b_.CreateInsertValue(str, base, 0), len, 1);
    llvm::Value* r = callRuntime(RtFunc::decoderune, {str, i, nextv});
    llvm::BasicBlock* multiEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    llvm::PHINode* phi = b_.CreatePHI(b_.getInt32Ty(), 2, "rune");
    phi->addIncoming(c32, from);
    phi->addIncoming(r, multiEnd);
    value = phi;
  } else if (wantValue) {
    llvm::Value* at = arrayTy ? b_.CreateInBoundsGEP(arrayTy, base, {b_.getInt64(0), i})
                              : b_.CreateInBoundsGEP(elemTy, base, i);
    value = b_.CreateLoad(elemTy, at, "elem");
  }
  // The iteration variables: declared afresh each iteration (:=) or
  // assigned (=).
  if (!isBlank(s->key)) {
    llvm::Value* addr = emitAddr(s->key, s->define);
    if (addr) b_.CreateStore(coerce(i, s->key->type, s->key->pos), addr);
  }
  if (wantValue) {
    llvm::Value* addr = emitAddr(s->value, s->define);
    if (addr) b_.CreateStore(coerce(value, s->value->type, s->value->pos), addr);
  }
  emitLoopBody(s->body, label, end, latch);
  llvm::Value* next = isStr ? b_.CreateLoad(b_.getInt64Ty(), nextv) : b_.CreateAdd(b_.CreateLoad(keyTy, iv), llvm::ConstantInt::get(keyTy, 1));
  b_.CreateStore(next, iv);
  emitBackEdge(head);
  end->moveAfter(b_.GetInsertBlock());
  b_.SetInsertPoint(end);
}

}  // namespace gosub::codegen
