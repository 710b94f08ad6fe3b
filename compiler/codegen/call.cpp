// call.cpp — calls: Go functions, runtime entry points, conversions written
// as calls, and builtins (len, print, println, ...).
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

// The function a call expression names directly: f, pkg.F.
static types::Func* calleeFunc(ast::Expr* fun) {
  fun = unparen(fun);
  if (auto* id = dynamic_cast<ast::Ident*>(fun)) return dynamic_cast<types::Func*>(id->obj);
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun)) {
    auto* x = dynamic_cast<ast::Ident*>(unparen(sel->x));
    if (x && x->obj && x->obj->kind == types::ObjectKind::PkgName) return dynamic_cast<types::Func*>(sel->sel->obj);
  }
  return nullptr;
}

llvm::Value* CodeGen::callDirect(llvm::FunctionCallee callee, const std::vector<llvm::Value*>& args, bool noreturn) {
  llvm::CallInst* call = b_.CreateCall(callee, args);
  if (noreturn) {
    // Nothing follows a call that never returns (a panic, os.Exit); the
    // statements after it land in a fresh block that is later removed.
    b_.CreateUnreachable();
    ensureBlock();
  }
  return call;
}

llvm::Value* CodeGen::callRuntime(RtFunc f, std::vector<llvm::Value*> args) {
  llvm::Function* fn = rt_->get(f);
  std::vector<llvm::Value*> flat;
  llvm::StructType* str = stringType();
  for (llvm::Value* a : args) {
    if (a->getType() == str) {
      flat.push_back(b_.CreateExtractValue(a, 0));
      flat.push_back(b_.CreateExtractValue(a, 1));
    } else {
      flat.push_back(a);
    }
  }
  if (flat.size() != fn->arg_size()) internalError({}, std::string("wrong argument count for ") + rt_->linkName(f));
  for (size_t i = 0; i < flat.size(); ++i)
    if (flat[i]->getType() != fn->getArg(static_cast<unsigned>(i))->getType())
      internalError({}, std::string("wrong argument type for ") + rt_->linkName(f));
  llvm::Value* call = callDirect(fn, flat, rt_->isNoReturn(f));
  // The ABI attributes (zeroext bool) and the function's attributes on the
  // call site too, as clang emits them; the result's (mallocgc's noalias,
  // nonnull...) stay on the declaration, which call sites inherit anyway.
  llvm::AttributeList attrs = fn->getAttributes();
  for (auto kind : {llvm::Attribute::NoAlias, llvm::Attribute::NonNull, llvm::Attribute::NoUndef, llvm::Attribute::Alignment})
    attrs = attrs.removeRetAttribute(ctx_, kind);
  llvm::cast<llvm::CallInst>(call)->setAttributes(attrs);
  return call;
}

std::vector<llvm::Value*> CodeGen::emitArgs(ast::CallExpr* call, types::Signature* sig) {
  size_t n = sig->params ? sig->params->size() : 0;
  if (sig->variadic && !call->hasEllipsis) {
    // f(a, b, c) with f(x T, ys ...U): the extra arguments become a []U
    // (f(s...) passes s itself).
    size_t fixed = n - 1;
    std::vector<llvm::Value*> args, extra;
    types::Type* sliceT = sig->params->vars[fixed]->type;
    types::Type* elem = static_cast<types::Slice*>(sliceT->underlying())->elem;
    std::vector<llvm::Value*> values;
    std::vector<types::Type*> from;
    if (call->args.size() == 1 && call->args[0]->type && call->args[0]->type->kind() == types::TypeKind::Tuple) {
      // f(g()): g's results.
      size_t nres = static_cast<types::Tuple*>(call->args[0]->type)->size();
      values = emitRHS(call->args, nres, call->pos);
      from = rhsTypes(call->args, nres);
    } else {
      for (ast::Expr* a : call->args) {
        values.push_back(emitExpr(a));
        from.push_back(a->type);
      }
    }
    for (size_t i = 0; i < values.size(); ++i) {
      llvm::Value* v = convertTo(values[i], from[i], i < fixed ? sig->params->vars[i]->type : elem, call->pos);
      (i < fixed ? args : extra).push_back(v);
    }
    setLocation(call->pos);
    args.push_back(variadicSlice(extra, sliceT));
    return args;
  }
  // f(g()) with a multi-value g spreads its results over the parameters.
  std::vector<llvm::Value*> args = emitRHS(call->args, n, call->pos);
  std::vector<types::Type*> from = rhsTypes(call->args, n);
  for (size_t i = 0; i < n; ++i)
    args[i] = convertTo(args[i], from[i], sig->params->vars[i]->type, call->args.size() == n ? call->args[i]->pos : call->pos);
  return args;
}

llvm::Value* CodeGen::emitCall(ast::CallExpr* call, bool wantValue) {
  ast::Expr* fun = unparen(call->fun);
  setLocation(call->pos);

  if (fun->mode == ast::Mode::TypeExpr) {
    // T(x): a conversion.
    if (call->args.size() != 1) internalError(call->pos, "conversion with " + std::to_string(call->args.size()) + " arguments");
    ast::Expr* x = call->args[0];
    return emitConversion(emitExpr(x), x->type, call->type, call->pos);
  }
  types::Func* f = calleeFunc(fun);
  if (fun->mode == ast::Mode::Builtin && !f) {
    auto* id = dynamic_cast<ast::Ident*>(fun);
    auto* b = id ? dynamic_cast<types::Builtin*>(id->obj) : nullptr;
    if (!b) internalError(call->pos, "builtin call without a builtin");
    return emitBuiltinCall(call, b, wantValue);
  }
  Callee c = emitCallee(call);
  std::vector<llvm::Value*> args = emitArgs(call, c.sig);
  if (c.recv) args.insert(args.begin(), c.recv);
  // The call's line is its opening parenthesis's, as gc's: the `}()` line
  // of a function literal called in place.
  setLocation(call->lparen.valid() ? call->lparen : call->pos);
  return emitCallTo(c, std::move(args));
}

CodeGen::Callee CodeGen::emitCallee(ast::CallExpr* call) {
  ast::Expr* fun = unparen(call->fun);
  Callee c;
  if (types::Func* f = calleeFunc(fun)) {
    // A declared function is called directly, never through a func value.
    if (f->signature()->recv) unsupported(call->pos, "method calls");
    c.func = f;
    c.sig = f->signature();
    return c;
  }
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun);
      sel && sel->selection && sel->selection->kind == types::SelectionKind::MethodVal) {
    // x.M(...): the method is called directly with the receiver first.
    auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
    if (!m || !m->signature()->recv) internalError(call->pos, "method call without a method");
    if (isIfaceMethod(m)) {
      // ---- interfaces: dynamic dispatch through the itab (interface.cpp).
      types::Type* it = nullptr;
      llvm::Value* iv = ifaceOperand(sel, &it);
      setLocation(sel->pos);
      c.ifaceFn = ifaceMethod(iv, it, m, &c.recv);
      c.sig = m->signature();
      return c;
    }
    c.recv = emitReceiver(sel, m);
    c.func = m;
    c.sig = m->signature();
    return c;
  }
  if (!fun->type || fun->type->underlying()->kind() != types::TypeKind::Signature)
    internalError(call->pos, "call of a non-function");
  c.sig = static_cast<types::Signature*>(fun->type->underlying());
  if (c.sig->recv) unsupported(call->pos, "method values");
  // func(){...}(): the literal's code is known, and its object is not nil.
  if (auto* lit = dynamic_cast<ast::FuncLit*>(fun))
    c.closure = emitFuncLit(lit, &c.code);
  else
    c.closure = emitExpr(fun);
  return c;
}

llvm::Value* CodeGen::emitCallTo(const Callee& c, std::vector<llvm::Value*> args, llvm::Value* resultsSlot) {
  bool callerSlot = resultsSlot != nullptr;
  resultsSlot = resultsSlotFor(c.sig, &args, resultsSlot);
  llvm::Value* result;
  if (c.ifaceFn) {
    result = b_.CreateCall(ifaceFuncType(c.sig), c.ifaceFn, args);
  } else if (!c.func) {
    result = callClosure(c.closure, c.code, c.sig, std::move(args));
  } else if (!(c.func->decl && c.func->decl->body)) {
    // A runtime entry point (a stdlib function without a body).
    declareFunc(c.func, c.func->pos);
    RtFunc id;
    if (!rt_->lookup(linkName(c.func), &id)) internalError(c.func->pos, "no runtime entry for " + linkName(c.func));
    result = callRuntime(id, args);
  } else {
    llvm::Function* callee = declareFunc(c.func, c.func->pos);
    result = callDirect(callee, args, callee->hasFnAttribute(llvm::Attribute::NoReturn));
  }
  if (resultsSlot) return callerSlot ? nullptr : loadResults(resultsSlot, c.sig);
  return result->getType()->isVoidTy() ? nullptr : result;
}

llvm::Value* CodeGen::emitBuiltinCall(ast::CallExpr* call, types::Builtin* b, bool wantValue) {
  (void)wantValue;
  switch (b->id) {
    case types::BuiltinId::Len: {
      if (call->args.size() != 1) internalError(call->pos, "len with wrong arguments");
      ast::Expr* x = call->args[0];
      if (types::isString(x->type)) return stringLen(emitExpr(x));
      if (x->type->underlying()->kind() == types::TypeKind::Map) return emitMapLen(emitExpr(x));
      if (llvm::Value* v = emitLenCap(call, false)) return v;
      if (x->type->underlying()->kind() == types::TypeKind::Chan) {
        llvm::Value* c = emitExpr(x);
        setLocation(call->pos);
        return callRuntime(RtFunc::chanlen, {c});
      }
      unsupported(call->pos, "len of " + x->type->string());
    }
    case types::BuiltinId::Cap: {
      if (call->args.size() != 1) internalError(call->pos, "cap with wrong arguments");
      ast::Expr* x = call->args[0];
      if (llvm::Value* v = emitLenCap(call, true)) return v;
      if (x->type->underlying()->kind() == types::TypeKind::Chan) {
        llvm::Value* c = emitExpr(x);
        setLocation(call->pos);
        return callRuntime(RtFunc::chancap, {c});
      }
      unsupported(call->pos, "cap of " + x->type->string());
    }
    case types::BuiltinId::Close: {
      if (call->args.size() != 1) internalError(call->pos, "close with wrong arguments");
      llvm::Value* c = emitExpr(call->args[0]);
      setLocation(call->pos);
      callRuntime(RtFunc::closechan, {c});
      return nullptr;
    }
    case types::BuiltinId::Append: return emitAppend(call);
    case types::BuiltinId::Copy: return emitCopy(call);
    case types::BuiltinId::Make:
      if (call->type && call->type->underlying()->kind() == types::TypeKind::Map) return emitMakeMap(call);
      if (call->type && call->type->underlying()->kind() == types::TypeKind::Slice) return emitMakeSlice(call);
      if (!call->type || call->type->underlying()->kind() != types::TypeKind::Chan)
        unsupported(call->pos, "make of " + (call->type ? call->type->string() : std::string("this type")));
      return emitMakeChan(call);
    case types::BuiltinId::New: {
      types::Type* elem = call->type ? call->type->underlying() : nullptr;
      if (!elem || elem->kind() != types::TypeKind::Pointer) internalError(call->pos, "new without a pointer type");
      setLocation(call->pos);
      return newObject(static_cast<types::Pointer*>(elem)->elem, "new", call);
    }
    // ---- maps (map.cpp)
    case types::BuiltinId::Delete: emitMapDelete(call); return nullptr;
    case types::BuiltinId::Clear:
      if (call->args[0]->type->underlying()->kind() == types::TypeKind::Slice) emitSliceClear(call);
      else emitMapClear(call);
      return nullptr;
    case types::BuiltinId::Min: return emitMinMax(call, false);
    case types::BuiltinId::Max: return emitMinMax(call, true);
    case types::BuiltinId::Print:
    case types::BuiltinId::Println: emitPrint(call, b->id == types::BuiltinId::Println); return nullptr;
    case types::BuiltinId::Panic: emitPanic(call); return nullptr;
    case types::BuiltinId::Recover: return emitRecover(call);
    default: unsupported(call->pos, "builtin " + b->name);
  }
}

std::vector<CodeGen::Operand> CodeGen::emitOperands(ast::CallExpr* call) {
  std::vector<Operand> ops;
  if (call->args.size() == 1 && call->args[0]->type && call->args[0]->type->kind() == types::TypeKind::Tuple) {
    auto* tuple = static_cast<types::Tuple*>(call->args[0]->type);
    std::vector<llvm::Value*> values = emitRHS(call->args, tuple->size(), call->pos);
    for (size_t i = 0; i < values.size(); ++i) ops.push_back({values[i], tuple->vars[i]->type, call->args[0]->pos});
    return ops;
  }
  for (ast::Expr* a : call->args) ops.push_back({emitExpr(a), a->type, a->pos});
  return ops;
}

void CodeGen::emitPrint(ast::CallExpr* call, bool ln) { printOperands(emitOperands(call), ln, call->pos); }

// gc's walkPrint prints these as their address (printpointer).
static bool isPrintedAsPointer(types::Type* t) {
  if (auto* b = types::asBasic(t)) return b->basicKind == types::BasicKind::UnsafePointer;
  switch (t->underlying()->kind()) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Map:
    case types::TypeKind::Chan:
    case types::TypeKind::Signature: return true;
    default: return false;
  }
}

void CodeGen::printOperands(const std::vector<Operand>& ops, bool ln, ast::Pos pos) {
  // gc's walkPrint: all arguments are evaluated (and widened to what the
  // runtime's print functions take) first, then printed under the print
  // lock; println separates them with printsp and ends with printnl.
  std::vector<std::pair<RtFunc, llvm::Value*>> prints;
  for (const Operand& a : ops) {
    llvm::Value* v = a.value;
    types::Basic* bt = types::asBasic(a.type);
    if (bt && bt->isBoolean())
      prints.push_back({RtFunc::printbool, v});
    else if (bt && bt->isInteger() && bt->isUnsigned())
      prints.push_back({RtFunc::printuint, b_.CreateZExt(v, b_.getInt64Ty())});
    else if (bt && bt->isInteger())
      prints.push_back({RtFunc::printint, b_.CreateSExt(v, b_.getInt64Ty())});
    else if (bt && bt->isFloat())
      prints.push_back({RtFunc::printfloat, b_.CreateFPExt(v, b_.getDoubleTy())});
    else if (bt && bt->isString())
      prints.push_back({RtFunc::printstring, v});
    else if (isIface(a.type))
      prints.push_back({RtFunc::printeface, v});
    else if (a.type->underlying()->kind() == types::TypeKind::Slice)
      prints.push_back({RtFunc::printslice, v});
    else if (isPrintedAsPointer(a.type))
      prints.push_back({RtFunc::printpointer, v});
    else
      unsupported(a.pos, "printing values of type " + a.type->string());
  }
  setLocation(pos);
  callRuntime(RtFunc::printlock, {});
  for (size_t i = 0; i < prints.size(); ++i) {
    if (ln && i > 0) callRuntime(RtFunc::printsp, {});
    if (prints[i].first == RtFunc::printslice) {
      llvm::Value* s = prints[i].second;
      callRuntime(RtFunc::printslice,
                  {b_.CreateExtractValue(s, 0), b_.CreateExtractValue(s, 1), b_.CreateExtractValue(s, 2)});
      continue;
    }
    if (prints[i].first == RtFunc::printeface) printIface(prints[i].second);
    else callRuntime(prints[i].first, {prints[i].second});
  }
  if (ln) callRuntime(RtFunc::printnl, {});
  callRuntime(RtFunc::printunlock, {});
}

}  // namespace gosub::codegen
