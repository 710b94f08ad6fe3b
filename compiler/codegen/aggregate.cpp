// aggregate.cpp — large arrays and structs kept in memory.
//
// Values are LLVM first-class values in general, which is what SROA and
// mem2reg want for small ones. A large aggregate as one value is not: LLVM's
// instruction selection splits it into one node per scalar (a 100000-int
// array takes minutes, and 65536 scalars overflow a node's operand count),
// and even a few thousand scalars make -O2 crawl (a 32 KiB struct passed by
// value took 154 s and the program crashed). So an array or struct of more
// than kMemCopyBytes (inMemory) is never a first-class value anywhere:
//
//   * its Go value is represented in codegen by a pointer to memory holding
//     it (valueType is ptr): a fresh temporary (newTemp) that nothing else
//     writes, made by loadValue from any addressable operand, a call's
//     result slot, a map or channel element, an interface's box...;
//   * a temporary lives until the statement that made it ends (tempSlot):
//     every consumer copies the value out before then, so later statements
//     reuse the slot, with lifetime markers for LLVM's stack colouring;
//   * storeValue copies it into a destination with memcpy, zero values with
//     memset; assignments from addressable operands and literals copy
//     straight into the destination (emitInto);
//   * comparisons and range read elements in place (emitEqualAddr);
//   * calls pass it as a pointer to a caller-owned copy that the callee
//     owns for the call (it is the parameter's storage), and results come
//     back through the caller's result slot (callconv.cpp);
//   * closures, method values, go blocks, defer records, channel and map
//     slots and interface boxes hold the bytes themselves (LLVM type
//     llvmType(t)); what reads them makes a pointer value again.
//
// Locals larger than gc's 10 MiB limit for stack variables live on the
// heap (below it, a frame as large as the variable gets a stack segment of
// its size), and so do temporaries of that size.
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

// Copies of aggregates of more than this many bytes go through memcpy.
constexpr uint64_t kMemCopyBytes = 64;
// Locals larger than this live on the heap (gc's maxStackVarSize); smaller
// ones get their frame, which the split-stack prologue finds a segment for.
constexpr uint64_t kMaxStackVarBytes = 10 << 20;

bool isAggregate(types::Type* t) {
  types::TypeKind k = t->underlying()->kind();
  return k == types::TypeKind::Array || k == types::TypeKind::Struct;
}

}  // namespace

uint64_t CodeGen::allocSize(llvm::Type* t) { return module_->getDataLayout().getTypeAllocSize(t); }

bool CodeGen::inMemory(types::Type* t) { return t && isAggregate(t) && allocSize(llvmType(t)) > kMemCopyBytes; }

bool CodeGen::heapLocal(types::Var* v) {
  return v->type && isAggregate(v->type) && allocSize(llvmType(v->type)) > kMaxStackVarBytes;
}

void CodeGen::storeZero(llvm::Value* addr, types::Type* t) {
  if (inMemory(t)) {
    zeroMemory(addr, llvmType(t));
    return;
  }
  b_.CreateStore(zeroValue(t), addr);
}

bool CodeGen::emitInto(llvm::Value* addr, ast::Expr* rhs, types::Type* t) {
  if (!addr || !inMemory(t) || !types::identical(rhs->type, t)) return false;
  ast::Expr* x = unparen(rhs);
  llvm::Value* bytes = b_.getInt64(static_cast<int64_t>(allocSize(llvmType(t))));
  if (x->mode == ast::Mode::Variable) {
    // a = b: memmove (a = a is allowed and overlaps).
    llvm::Value* src = addressOf(x);
    memCopy(addr, src, bytes, true);
    return true;
  }
  auto* lit = dynamic_cast<ast::CompositeLit*>(x);
  if (lit && lit->type->underlying()->kind() == types::TypeKind::Array) {
    // Built in a temporary (its elements may read the destination), then copied.
    llvm::Type* ty = llvmType(t);
    llvm::AllocaInst* tmp = tempSlot(ty, "lit.tmp");
    zeroMemory(tmp, ty);
    storeLitElems(lit, tmp, static_cast<types::Array*>(lit->type->underlying())->elem);
    memCopy(addr, tmp, bytes, false);
    return true;
  }
  if (lit && lit->type->underlying()->kind() == types::TypeKind::Struct) {
    auto* st = static_cast<types::Struct*>(lit->type->underlying());
    llvm::Type* ty = llvmType(t);
    llvm::AllocaInst* tmp = tempSlot(ty, "lit.tmp");
    zeroMemory(tmp, ty);
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      ast::Expr* val = lit->elts[i];
      size_t idx = i;
      if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(val)) {
        auto* key = dynamic_cast<ast::Ident*>(kv->key);
        idx = st->fields.size();
        for (size_t j = 0; j < st->fields.size(); ++j)
          if (key && st->fields[j]->name == key->name) idx = j;
        val = kv->value;
      }
      if (idx >= st->fields.size()) internalError(val->pos, "unknown field in struct literal");
      types::Type* ft = st->fields[idx]->type;
      llvm::Value* at = b_.CreateStructGEP(ty, tmp, static_cast<unsigned>(idx));
      if (!emitInto(at, val, ft)) storeValue(convertTo(emitExpr(val), val->type, ft, val->pos), at, ft);
    }
    memCopy(addr, tmp, bytes, false);
    return true;
  }
  return false;
}

// The address holding the value of e, without making it a first-class
// value when e is addressable.
llvm::Value* CodeGen::valueAddr(ast::Expr* e) {
  ast::Expr* x = unparen(e);
  if (x->mode == ast::Mode::Variable) return addressOf(x);
  // A large value is already a pointer to its own temporary.
  if (inMemory(e->type)) return emitExpr(x);
  llvm::Type* ty = llvmType(e->type);
  llvm::AllocaInst* tmp = entryAlloca(ty, "tmp");
  b_.CreateStore(emitExpr(x), tmp);
  return tmp;
}

llvm::Value* CodeGen::emitEqualAddr(llvm::Value* xs, llvm::Value* ys, types::Type* t, ast::Pos pos) {
  types::Type* u = t->underlying();
  if (u->kind() == types::TypeKind::Array) return emitArrayCompareAddr(ast::Op::Eql, xs, ys, t, pos);
  if (u->kind() == types::TypeKind::Struct) {
    auto* st = static_cast<types::Struct*>(u);
    llvm::Type* ty = llvmType(t);
    llvm::Value* eq = b_.getTrue();
    for (size_t i = 0; i < st->fields.size(); ++i) {
      types::Var* f = st->fields[i];
      if (f->name == "_") continue;  // blank fields are not compared
      auto idx = static_cast<unsigned>(i);
      eq = b_.CreateAnd(eq, emitEqualAddr(b_.CreateStructGEP(ty, xs, idx), b_.CreateStructGEP(ty, ys, idx), f->type, pos));
    }
    return eq;
  }
  llvm::Type* ty = llvmType(t);
  return emitCompare(ast::Op::Eql, b_.CreateLoad(ty, xs), b_.CreateLoad(ty, ys), t, pos);
}

llvm::Type* CodeGen::valueType(types::Type* t) {
  if (t->kind() == types::TypeKind::Tuple) {
    std::vector<llvm::Type*> elems;
    for (types::Var* v : static_cast<types::Tuple*>(t)->vars) elems.push_back(valueType(v->type));
    return llvm::StructType::get(ctx_, elems);
  }
  return inMemory(t) ? b_.getPtrTy() : llvmType(t);
}

llvm::Value* CodeGen::newTemp(types::Type* t, const std::string& name) {
  llvm::Type* ty = llvmType(t);
  uint64_t size = allocSize(ty);
  if (size > kMaxStackVarBytes) {
    llvm::Value* p = callRuntime(RtFunc::mallocgc, {b_.getInt64(static_cast<int64_t>(size))});
    p->setName(name);
    return p;
  }
  return tempSlot(ty, name);
}

llvm::AllocaInst* CodeGen::tempSlot(llvm::Type* ty, const std::string& name) {
  if (stmtDepth_ == 0) return entryAlloca(ty, name);
  std::vector<llvm::AllocaInst*>& free = freeTemps_[ty];
  llvm::AllocaInst* slot;
  if (free.empty()) {
    slot = entryAlloca(ty, name);
  } else {
    slot = free.back();
    free.pop_back();
  }
  b_.CreateLifetimeStart(slot, b_.getInt64(static_cast<int64_t>(allocSize(ty))));
  liveTemps_.push_back(slot);
  return slot;
}

void CodeGen::releaseTemps(size_t mark) {
  // A statement left by a jump (return, break, goto, panic) ends its
  // temporaries only implicitly: the next lifetime.start of a reused slot
  // or the function's end; LLVM then sees a longer, still correct, range.
  bool open = b_.GetInsertBlock() && !blockTerminated();
  while (liveTemps_.size() > mark) {
    llvm::AllocaInst* slot = liveTemps_.back();
    liveTemps_.pop_back();
    if (open) b_.CreateLifetimeEnd(slot, b_.getInt64(static_cast<int64_t>(allocSize(slot->getAllocatedType()))));
    freeTemps_[slot->getAllocatedType()].push_back(slot);
  }
}

llvm::Value* CodeGen::loadValue(llvm::Value* addr, types::Type* t, const std::string& name) {
  if (!inMemory(t)) return b_.CreateLoad(llvmType(t), addr, name);
  llvm::Value* tmp = newTemp(t, name);
  copyValue(tmp, addr, t);
  return tmp;
}

void CodeGen::copyValue(llvm::Value* dst, llvm::Value* src, types::Type* t) {
  // Values are whole objects: dst and src are the same or disjoint.
  memCopy(dst, src, b_.getInt64(static_cast<int64_t>(allocSize(llvmType(t)))), false);
}

void CodeGen::storeValue(llvm::Value* v, llvm::Value* addr, types::Type* t) {
  if (!inMemory(t)) {
    b_.CreateStore(v, addr);
    return;
  }
  if (!v->getType()->isPointerTy()) {
    // Only zero constants (zeroValue) reach here as aggregates.
    auto* c = llvm::dyn_cast<llvm::Constant>(v);
    if (!c || !c->isNullValue()) internalError({}, "a large value that is not in memory");
    zeroMemory(addr, llvmType(t));
    return;
  }
  copyValue(addr, v, t);
}

}  // namespace gosub::codegen
