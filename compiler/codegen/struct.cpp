// struct.cpp — structs, pointers and methods.
//
// - A Go struct is an LLVM literal struct of its fields' types (types.cpp),
//   passed by value as a first-class aggregate, as strings are; its size and
//   alignment come from the module's DataLayout.
// - Field selection x.f walks Selection::index from x through embedded
//   fields with struct GEPs; a pointer on the way (x itself or an embedded
//   *T) is loaded and checked against nil (Go's nil dereference panic,
//   runtime.panicmem). A non-addressable struct value (a call's result) is
//   spilled to an entry-block slot first.
// - A variable whose address is taken (&x, or a pointer method called on
//   it: Var::addressTaken) lives in a heap cell from runtime.mallocgc, as a
//   captured variable does (closure.cpp); &x is the cell. &T{...} and
//   new(T) allocate zeroed heap objects with runtime.mallocgc. Escape
//   analysis (compiler/escape/) keeps in the frame the variables and
//   objects whose address cannot outlive it: such a variable is an
//   ordinary alloca, such an object an entry-block slot.
// - Methods are functions `main.T.M` / `main.(*T).M` whose first parameter
//   is the receiver. A call x.M(...) computes the receiver (a copy of the
//   value for a T receiver, an address for a *T receiver) and calls the
//   method directly. A method value x.M is a closure object {code, recv}
//   holding the receiver as evaluated then; its code is a thunk
//   `main.T.M-fm` (gc's name) that loads the receiver and calls the method.
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

static types::Type* pointee(types::Type* t) {
  types::Type* u = t->underlying();
  return u && u->kind() == types::TypeKind::Pointer ? static_cast<types::Pointer*>(u)->elem : nullptr;
}

llvm::Value* CodeGen::derefPtr(llvm::Value* p) {
  checkNil(p);
  return p;
}

llvm::Value* CodeGen::addressOf(ast::Expr* e) {
  e = unparen(e);
  if (auto* id = dynamic_cast<ast::Ident*>(e))
    if (auto* v = dynamic_cast<types::Var*>(id->obj)) return varAddr(v, id->pos);
  if (auto* s = dynamic_cast<ast::StarExpr*>(e)) {
    llvm::Value* p = emitExpr(s->x);
    setLocation(s->pos);
    return derefPtr(p);
  }
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e); sel && sel->selection &&
                                                        sel->selection->kind == types::SelectionKind::FieldVal)
    return fieldAddr(sel);
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e))
    if (auto* v = dynamic_cast<types::Var*>(sel->sel->obj); v && v->isGlobal) return varAddr(v, sel->pos);
  // An element of an array (addressable or spilled) or a slice.
  // (A map element is not addressable: its value goes to a temporary below.)
  if (auto* ix = dynamic_cast<ast::IndexExpr*>(e);
      ix && !types::isString(ix->x->type) && ix->x->type->underlying()->kind() != types::TypeKind::Map)
    return emitIndexAddr(ix);
  // A value without an address (a call's result, a literal): a temporary;
  // a large value already is one (aggregate.cpp).
  llvm::Value* v = emitExpr(e);
  if (inMemory(e->type)) return v;
  llvm::AllocaInst* tmp = entryAlloca(v->getType(), "tmp");
  b_.CreateStore(v, tmp);
  return tmp;
}

llvm::Value* CodeGen::walkFields(llvm::Value* addr, types::Type*& t, const std::vector<int>& path, ast::Pos pos) {
  for (int idx : path) {
    if (types::Type* elem = pointee(t)) {
      addr = derefPtr(b_.CreateLoad(b_.getPtrTy(), addr));
      t = elem;
    }
    types::Type* u = t->underlying();
    if (!u || u->kind() != types::TypeKind::Struct) internalError(pos, "field of a non-struct " + t->string());
    auto* st = static_cast<types::Struct*>(u);
    if (idx < 0 || static_cast<size_t>(idx) >= st->fields.size()) internalError(pos, "field index out of range");
    addr = b_.CreateStructGEP(llvmType(t), addr, static_cast<unsigned>(idx), st->fields[idx]->name);
    t = st->fields[idx]->type;
  }
  return addr;
}

// The address of x's struct (through x if x is a pointer) and its type.
llvm::Value* CodeGen::structBase(ast::Expr* x, types::Type*& t) {
  if (types::Type* elem = pointee(x->type)) {
    llvm::Value* p = emitExpr(x);
    t = elem;
    return derefPtr(p);
  }
  t = x->type;
  return addressOf(x);
}

llvm::Value* CodeGen::fieldAddr(ast::SelectorExpr* sel) {
  types::Type* t = nullptr;
  llvm::Value* base = structBase(sel->x, t);
  setLocation(sel->pos);
  return walkFields(base, t, sel->selection->index, sel->pos);
}

llvm::Value* CodeGen::emitReceiver(ast::SelectorExpr* sel, types::Func* m) {
  types::Type* recvType = m->signature()->recv->type;
  bool ptrRecv = pointee(recvType) != nullptr;
  const std::vector<int>& path = sel->selection->index;
  llvm::Value* addr = nullptr;    // the address of the T holding the method
  llvm::Value* ptrVal = nullptr;  // or a *T
  if (path.empty()) {
    if (pointee(sel->x->type)) {
      ptrVal = emitExpr(sel->x);
    } else if (ptrRecv) {
      addr = addressOf(sel->x);
    } else {
      return emitExpr(sel->x);  // a copy of the value
    }
  } else {
    types::Type* t = nullptr;
    llvm::Value* base = structBase(sel->x, t);
    addr = walkFields(base, t, path, sel->pos);
    if (pointee(t)) {
      ptrVal = b_.CreateLoad(b_.getPtrTy(), addr);
      addr = nullptr;
    }
  }
  setLocation(sel->pos);
  if (ptrVal) {
    // A pointer method may be called with a nil receiver; a value method
    // dereferences it.
    if (ptrRecv) return ptrVal;
    return loadValue(derefPtr(ptrVal), recvType, "recv");
  }
  if (ptrRecv) return addr;
  return loadValue(addr, recvType, "recv");
}

llvm::Value* CodeGen::emitCompositeLit(ast::CompositeLit* lit) {
  types::Type* t = lit->type;
  if (t && t->underlying()->kind() == types::TypeKind::Pointer) {
    // {...} for an element of type *T (an elided &T{...}).
    types::Type* elem = static_cast<types::Pointer*>(t->underlying())->elem;
    lit->type = elem;
    llvm::Value* v = emitCompositeLit(lit);
    lit->type = t;
    llvm::Value* p = newObject(elem, "lit");
    storeValue(v, p, elem);
    return p;
  }
  types::Type* u = t ? t->underlying() : nullptr;
  if (u && u->kind() == types::TypeKind::Map) return emitMapLit(lit);
  if (u && (u->kind() == types::TypeKind::Array || u->kind() == types::TypeKind::Slice))
    return emitArrayOrSliceLit(lit);
  if (!u || u->kind() != types::TypeKind::Struct)
    unsupported(lit->pos, "composite literals of type " + (t ? t->string() : std::string("<none>")));
  if (inMemory(t)) {
    // A large struct is built in its temporary (aggregate.cpp).
    llvm::Value* tmp = newTemp(t, "structlit");
    if (!emitInto(tmp, lit, t)) internalError(lit->pos, "struct literal not built in memory");
    return tmp;
  }
  auto* st = static_cast<types::Struct*>(u);
  llvm::Value* agg = zeroValue(t);
  for (size_t i = 0; i < lit->elts.size(); ++i) {
    ast::Expr* val = lit->elts[i];
    size_t idx = i;
    if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(val)) {
      auto* key = dynamic_cast<ast::Ident*>(kv->key);
      auto* f = key ? dynamic_cast<types::Var*>(key->obj) : nullptr;
      idx = st->fields.size();
      for (size_t j = 0; j < st->fields.size(); ++j)
        if (st->fields[j] == f || (f && st->fields[j]->name == f->name && !f->isField)) idx = j;
      if (idx == st->fields.size()) internalError(kv->pos, "unknown field in struct literal");
      val = kv->value;
    }
    if (idx >= st->fields.size()) internalError(val->pos, "too many values in struct literal");
    llvm::Value* v = convertTo(emitExpr(val), val->type, st->fields[idx]->type, val->pos);
    agg = b_.CreateInsertValue(agg, v, static_cast<unsigned>(idx));
  }
  return agg;
}

llvm::AllocaInst* CodeGen::frameObject(llvm::Type* t, const ast::Node* site, const std::string& name) {
  if (!site || !options_.escapes || !options_.escapes->onStack(site)) return nullptr;
  // One slot per site, reused by every evaluation: escape analysis has
  // checked that no pointer to it outlives a loop iteration.
  llvm::AllocaInst* a = entryAlloca(t, name);
  a->setAlignment(std::max(a->getAlign(), llvm::Align(8)));
  return a;
}

llvm::Value* CodeGen::newObject(types::Type* elem, const std::string& name, const ast::Node* site) {
  if (llvm::AllocaInst* slot = frameObject(llvmType(elem), site, name)) {
    storeZero(slot, elem);
    return slot;
  }
  uint64_t size = module_->getDataLayout().getTypeAllocSize(llvmType(elem));
  // Zero-sized objects share runtime.zerobase, as Go's do.
  llvm::Value* p = callRuntime(RtFunc::mallocgc, {b_.getInt64(size)});
  p->setName(name);
  return p;
}

llvm::Value* CodeGen::emitAddrOf(ast::UnaryExpr* e) {
  ast::Expr* x = unparen(e->x);
  if (auto* lit = dynamic_cast<ast::CompositeLit*>(x)) {
    // &T{...}: the literal on the heap.
    llvm::Value* v = emitCompositeLit(lit);
    setLocation(e->pos);
    llvm::Value* p = frameObject(llvmType(lit->type), e, "lit");  // no zeroing: v is stored whole
    if (!p) p = newObject(lit->type, "lit");
    storeValue(v, p, lit->type);
    return p;
  }
  if (auto* id = dynamic_cast<ast::Ident*>(x)) {
    auto* v = dynamic_cast<types::Var*>(id->obj);
    if (v && !v->isGlobal && !v->captured && !v->addressTaken && !captureCells_.count(v))
      internalError(e->pos, "address of " + v->name + " which is not in a heap cell");
  }
  return addressOf(x);
}

llvm::Value* CodeGen::emitStructCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos) {
  auto* st = static_cast<types::Struct*>(t->underlying());
  llvm::Value* eq = b_.getTrue();
  for (size_t i = 0; i < st->fields.size(); ++i) {
    types::Var* f = st->fields[i];
    if (f->name == "_") continue;  // blank fields are not compared
    llvm::Value* xi = b_.CreateExtractValue(x, static_cast<unsigned>(i));
    llvm::Value* yi = b_.CreateExtractValue(y, static_cast<unsigned>(i));
    eq = b_.CreateAnd(eq, emitCompare(ast::Op::Eql, xi, yi, f->type, pos));
  }
  return op == ast::Op::Eql ? eq : b_.CreateNot(eq);
}

llvm::Function* CodeGen::methodValueThunk(types::Func* m, ast::Pos pos) {
  if (auto it = methodThunks_.find(m); it != methodThunks_.end()) return it->second;
  llvm::Function* method = declareFunc(m, pos);
  llvm::FunctionType* mty = method->getFunctionType();
  std::vector<llvm::Type*> params(mty->param_begin() + 1, mty->param_end());
  params.push_back(b_.getPtrTy());
  auto* fty = llvm::FunctionType::get(mty->getReturnType(), params, false);
  auto* thunk = llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, linkName(m) + "-fm", *module_);
  setGoFuncAttrs(thunk, nullptr);
  markWrapper(thunk);
  methodThunks_[m] = thunk;
  types::Signature* sig = m->signature();
  types::Type* recvType = sig->recv->type;
  llvm::Type* recvTy = llvmType(recvType);
  later([this, thunk, method, recvTy, recvType, sig] {
    FunctionScope scope(*this, thunk);
    sig_ = sig;
    llvm::Argument* closure = thunk->getArg(thunk->arg_size() - 1);
    closure->setName("closure");
    auto* objTy = llvm::StructType::get(ctx_, {b_.getPtrTy(), recvTy});
    std::vector<llvm::Value*> args;
    // A large receiver is copied: the method owns its copy, and the method
    // value may be called again.
    args.push_back(loadValue(b_.CreateStructGEP(objTy, closure, 1), recvType, "recv"));
    for (unsigned i = 0; i + 1 < thunk->arg_size(); ++i) args.push_back(thunk->getArg(i));
    llvm::CallInst* call = b_.CreateCall(method, args);
    call->addFnAttr(llvm::Attribute::NoInline);  // markWrapper
    if (call->getType()->isVoidTy())
      b_.CreateRetVoid();
    else
      b_.CreateRet(call);
    scope.finish();
  });
  return thunk;
}

llvm::Value* CodeGen::emitMethodValue(ast::SelectorExpr* sel) {
  auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
  if (!m || !m->signature()->recv) internalError(sel->pos, "method value without a method");
  if (isIfaceMethod(m)) {
    // ---- interfaces (interface.cpp): the closure holds the interface.
    types::Type* it = nullptr;
    llvm::Value* iv = ifaceOperand(sel, &it);
    setLocation(sel->pos);
    checkNil(b_.CreateExtractValue(iv, 0));
    llvm::Function* thunk = ifaceMethodValueThunk(it, m, sel->pos);
    auto* objTy = llvm::StructType::get(ctx_, {b_.getPtrTy(), iv->getType()});
    llvm::Value* obj = callRuntime(RtFunc::mallocgc, {b_.getInt64(module_->getDataLayout().getTypeAllocSize(objTy))});
    b_.CreateStore(thunk, b_.CreateStructGEP(objTy, obj, 0));
    b_.CreateStore(iv, b_.CreateStructGEP(objTy, obj, 1));
    return obj;
  }
  // The receiver is evaluated (and a value receiver copied) now, as in Go.
  llvm::Value* recv = emitReceiver(sel, m);
  llvm::Function* thunk = methodValueThunk(m, sel->pos);
  types::Type* recvType = m->signature()->recv->type;
  auto* objTy = llvm::StructType::get(ctx_, {b_.getPtrTy(), llvmType(recvType)});
  llvm::Value* obj = frameObject(objTy, sel, thunk->getName().str() + ".closure");
  if (!obj) {
    uint64_t size = module_->getDataLayout().getTypeAllocSize(objTy);
    obj = callRuntime(RtFunc::mallocgc, {b_.getInt64(size)});
    obj->setName(thunk->getName() + ".closure");
  }
  b_.CreateStore(thunk, b_.CreateStructGEP(objTy, obj, 0));
  storeValue(recv, b_.CreateStructGEP(objTy, obj, 1), recvType);
  return obj;
}

}  // namespace gosub::codegen
