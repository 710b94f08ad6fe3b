// defer.cpp — defer statements, panic and recover (docs/runtime.md, "defer,
// panic and recover"; runtime/panic.h).
//
// A function with defer statements keeps a frame record (runtime's
// `deferframe`) in its own frame: the runtime header (link, setjmp buffer,
// open-coded runner, recorded calls, pending bits), then the function's
// results, then the arguments of its open-coded deferred calls. At entry it
// links the record into g.deferframe and calls llvm.eh.sjlj.setjmp; every
// return (and the end of the body) stores the results into the record, runs
// the deferred calls, unlinks the record and returns the results, each
// return with its own copy at its own line, as gc: the function's frame
// shows the return statement (or closing brace) that is running them.
// After a recovery the runtime resumes the function at its setjmp (which
// then "returns" 1): it calls runtime.deferreturn for the deferred calls not
// yet run and returns the results as they are. Results live in the record,
// which the runtime can reach, so LLVM keeps every store to them.
//
// Two ways to keep deferred calls, as gc:
//  - open-coded (at most 8 defers, none in a loop, returns * defers <= 15):
//    each defer statement stores its evaluated function/receiver/arguments
//    in its slot of the record and sets its bit; the exit block tests the
//    bits newest first and calls directly. For panics the runtime calls the
//    generated runner `<fn>.opendefers(record)`, which runs the newest
//    pending call (clearing its bit first).
//  - recorded: each defer statement builds a closure over its evaluated
//    values (a generated wrapper `<fn>.deferwrapN` as its code) and hands it
//    to runtime.deferproc (a pooled record; defers in loops) or
//    deferprocStack (record and closure in the frame); the exit block
//    calls runtime.deferreturn.
// The runners and wrappers live in section gosub_deferwrap: recover looks
// through the frames of that section when it checks that its caller is the
// deferred function (markWrapper; runtime/panic.cpp, gorecover).
#include <llvm/IR/Constants.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include "asm_offsets.h"
#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

// The function a call expression names directly: f, pkg.F.
types::Func* declaredCallee(ast::Expr* fun) {
  fun = unparen(fun);
  if (auto* id = dynamic_cast<ast::Ident*>(fun)) return dynamic_cast<types::Func*>(id->obj);
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun)) {
    auto* x = dynamic_cast<ast::Ident*>(unparen(sel->x));
    if (x && x->obj && x->obj->kind == types::ObjectKind::PkgName) return dynamic_cast<types::Func*>(sel->sel->obj);
  }
  return nullptr;
}

struct Scanner {
  std::vector<ast::DeferStmt*> defers;
  bool inLoop = false;
  int returns = 0;

  void list(const std::vector<ast::Stmt*>& l, bool loop) {
    for (ast::Stmt* s : l) stmt(s, loop);
  }
  void stmt(ast::Stmt* s, bool loop) {
    if (!s) return;
    if (auto* d = dynamic_cast<ast::DeferStmt*>(s)) {
      defers.push_back(d);
      if (loop) inLoop = true;
    } else if (dynamic_cast<ast::ReturnStmt*>(s)) {
      returns++;
    } else if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) {
      list(b->stmts, loop);
    } else if (auto* i = dynamic_cast<ast::IfStmt*>(s)) {
      stmt(i->init, loop);
      stmt(i->body, loop);
      stmt(i->els, loop);
    } else if (auto* f = dynamic_cast<ast::ForStmt*>(s)) {
      stmt(f->init, loop);
      stmt(f->body, true);
    } else if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) {
      stmt(r->body, true);
    } else if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
      stmt(sw->init, loop);
      for (auto* c : sw->clauses) list(c->body, loop);
    } else if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) {
      stmt(ts->init, loop);
      for (auto* c : ts->clauses) list(c->body, loop);
    } else if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
      for (auto* c : sel->clauses) list(c->body, loop);
    } else if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) {
      stmt(l->stmt, loop);
    }
  }
};

}  // namespace

// What the deferred call of `d` stores at the defer statement (slots) and
// how it is called later.
CodeGen::DeferSite CodeGen::planDefer(ast::DeferStmt* d) {
  DeferSite site;
  site.stmt = d;
  ast::CallExpr* call = d->call;
  ast::Expr* fun = unparen(call->fun);
  site.pos = call->pos;
  if (fun->mode == ast::Mode::Builtin && !declaredCallee(fun)) {
    auto* id = dynamic_cast<ast::Ident*>(fun);
    site.builtin = id ? dynamic_cast<types::Builtin*>(id->obj) : nullptr;
    if (!site.builtin) internalError(call->pos, "deferred builtin without a builtin");
    site.kind = DeferSite::Builtin;
    if (site.builtin->id == types::BuiltinId::Recover) {
      site.slots.push_back(b_.getPtrTy());  // the deferring function's frame
    } else {
      for (types::Type* t : builtinStoredTypes(call)) site.slots.push_back(llvmType(t));
    }
    return site;
  }
  if (types::Func* f = declaredCallee(fun)) {
    site.kind = DeferSite::Func;
    site.func = f;
    site.sig = f->signature();
  } else if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun);
             sel && sel->selection && sel->selection->kind == types::SelectionKind::MethodVal) {
    auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
    if (!m || !m->signature()->recv) internalError(call->pos, "method call without a method");
    if (isIfaceMethod(m)) {
      // i.M: the method value (bound to i's dynamic value now) is deferred.
      site.kind = DeferSite::Value;
      site.sig = static_cast<types::Signature*>(fun->type->underlying());
      site.slots.push_back(b_.getPtrTy());
    } else {
      site.kind = DeferSite::Method;
      site.func = m;
      site.sig = m->signature();
      site.slots.push_back(llvmType(site.sig->recv->type));
      site.large.resize(site.slots.size());
      if (inMemory(site.sig->recv->type)) site.large.back() = site.sig->recv->type;
    }
  } else {
    site.kind = DeferSite::Value;
    site.sig = static_cast<types::Signature*>(fun->type->underlying());
    site.slots.push_back(b_.getPtrTy());
  }
  site.large.resize(site.slots.size());
  if (site.sig->params)
    for (types::Var* p : site.sig->params->vars) {
      site.slots.push_back(llvmType(p->type));
      site.large.push_back(inMemory(p->type) ? p->type : nullptr);
    }
  return site;
}

// Every wrapper the compiler generates is marked here, which makes it no
// frame to tracebacks and Callers, as Go's WRAPPER functions: the function
// attribute gosub-wrapper becomes the flag kFuncWrapper of its entry in the
// pc->line table (driver/pclntab.h), so the runtime never guesses from names.
//
// All but the go statements' wrappers also go to section gosub_deferwrap:
// recover() looks through their frames when it checks that its caller is
// the deferred function (runtime/panic.cpp, gorecover), as gc's WRAPPER
// functions pass the panic's argp on. A wrapper never has its target's body
// inlined (its calls are noinline): a function that target calls must not
// look called by a wrapper. No wrapper makes sibling calls either (no Go
// function does: setGoFuncAttrs).
void CodeGen::markNoArgs(llvm::Function* f) {
  if (options_.lineTables) f->addFnAttr(kNoArgsAttr);
}

void CodeGen::markWrapper(llvm::Function* f, bool recoverLooksThrough) {
  if (options_.lineTables) f->addFnAttr(kWrapperAttr);
  if (recoverLooksThrough) f->setSection("gosub_deferwrap");
}

llvm::StructType* CodeGen::efaceType() { return llvm::StructType::get(ctx_, {b_.getPtrTy(), b_.getPtrTy()}); }

llvm::Value* CodeGen::emitGetg() {
  auto* ty = llvm::FunctionType::get(b_.getPtrTy(), false);
  auto* asmv = llvm::InlineAsm::get(ty, "movq %fs:runtime.tlsg@tpoff, $0", "=r", /*hasSideEffects=*/true);
  return b_.CreateCall(ty, asmv, {}, "g");
}

// Sets up the frame record when the body has defer statements; called by
// emitBody before the results get their storage.
void CodeGen::beginDefers(ast::BlockStmt* body) {
  defer_ = DeferState{};
  Scanner sc;
  sc.list(body->stmts, false);
  if (sc.defers.empty()) return;
  DeferState& ds = defer_;
  ds.active = true;
  ds.open = sc.defers.size() <= 8 && !sc.inLoop && sc.returns * static_cast<int>(sc.defers.size()) <= 15;
  ds.inLoop = sc.inLoop;
  for (ast::DeferStmt* d : sc.defers) {
    ds.index[d] = static_cast<int>(ds.sites.size());
    ds.sites.push_back(planDefer(d));
  }
  llvm::Type* ptr = b_.getPtrTy();
  std::vector<llvm::Type*> fields = {ptr, llvm::ArrayType::get(ptr, 5), ptr, ptr, b_.getInt32Ty(), b_.getInt32Ty()};
  ds.firstResult = static_cast<unsigned>(fields.size());
  if (sig_->results)
    for (types::Var* r : sig_->results->vars) fields.push_back(llvmType(r->type));
  ds.firstSlot = static_cast<unsigned>(fields.size());
  if (ds.open)
    for (DeferSite& s : ds.sites) fields.push_back(llvm::StructType::get(ctx_, s.slots));
  ds.frameTy = llvm::StructType::create(ctx_, fields, funcName_ + ".deferframe");
  const llvm::StructLayout* sl = module_->getDataLayout().getStructLayout(ds.frameTy);
  if (sl->getElementOffset(0) != DEFERFRAME_LINK || sl->getElementOffset(1) != DEFERFRAME_JMPBUF ||
      sl->getElementOffset(2) != DEFERFRAME_OPENDEFERS || sl->getElementOffset(3) != DEFERFRAME_DEFERS ||
      sl->getElementOffset(4) != DEFERFRAME_BITS)
    internalError(funcPos_, "deferframe layout differs from the runtime's");
  ds.frame = entryAlloca(ds.frameTy, "deferframe");
  // Functions with defers are not inlined (neither does gc): recover and
  // the setjmp belong to this frame.
  fn_->addFnAttr(llvm::Attribute::NoInline);
}

llvm::Value* CodeGen::deferResultAddr(unsigned i) {
  return b_.CreateStructGEP(defer_.frameTy, defer_.frame, defer_.firstResult + i, "result.addr");
}

// Links the frame record and records the resume point; emitBody calls it
// once the parameters and results are in place.
void CodeGen::linkDeferFrame() {
  DeferState& ds = defer_;
  llvm::Type* ptr = b_.getPtrTy();
  ds.g = emitGetg();
  llvm::Value* head = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), ds.g, G_DEFERFRAME, "g.deferframe");
  b_.CreateStore(b_.CreateLoad(ptr, head, "outer"), b_.CreateStructGEP(ds.frameTy, ds.frame, 0));
  b_.CreateStore(ds.frame, head);
  llvm::Value* runner = llvm::ConstantPointerNull::get(b_.getPtrTy());
  if (ds.open) {
    ds.runner = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {ptr}, false),
                                       llvm::GlobalValue::InternalLinkage, funcName_ + ".opendefers", *module_);
    setGoFuncAttrs(ds.runner, nullptr);
    ds.runner->addFnAttr(llvm::Attribute::NoInline);
    markWrapper(ds.runner);
    runner = ds.runner;
  }
  b_.CreateStore(runner, b_.CreateStructGEP(ds.frameTy, ds.frame, 2));
  b_.CreateStore(llvm::ConstantPointerNull::get(b_.getPtrTy()), b_.CreateStructGEP(ds.frameTy, ds.frame, 3));
  b_.CreateStore(b_.getInt32(0), b_.CreateStructGEP(ds.frameTy, ds.frame, 4));
  // llvm.eh.sjlj.setjmp's buffer: [0] frame pointer, [2] stack pointer
  // (ours to store), [1] the resume address (the intrinsic's).
  llvm::Value* buf = b_.CreateStructGEP(ds.frameTy, ds.frame, 1, "jmpbuf");
  llvm::Function* frameaddr = llvm::Intrinsic::getDeclaration(module_.get(), llvm::Intrinsic::frameaddress, {ptr});
  b_.CreateStore(b_.CreateCall(frameaddr, {b_.getInt32(0)}), buf);
  llvm::Function* stacksave = llvm::Intrinsic::getDeclaration(module_.get(), llvm::Intrinsic::stacksave, {ptr});
  b_.CreateStore(b_.CreateCall(stacksave, {}), b_.CreateConstInBoundsGEP2_64(llvm::ArrayType::get(ptr, 5), buf, 0, 2));
  llvm::Function* setjmp = llvm::Intrinsic::getDeclaration(module_.get(), llvm::Intrinsic::eh_sjlj_setjmp);
  llvm::CallInst* sj = b_.CreateCall(setjmp, {buf}, "resumed");
  sj->addFnAttr(llvm::Attribute::ReturnsTwice);
  llvm::BasicBlock* recovered = newBlock("defer.recovered");
  llvm::BasicBlock* body = newBlock("body");
  b_.CreateCondBr(b_.CreateICmpNE(sj, b_.getInt32(0)), recovered, body,
                  llvm::MDBuilder(ctx_).createBranchWeights(1, 2000));
  // Resumed after a recovery: the remaining deferred calls, then return
  // the results as they are.
  b_.SetInsertPoint(recovered);
  callRuntime(RtFunc::deferreturn, {ds.frame});
  emitDeferResults();
  b_.SetInsertPoint(body);
}

void CodeGen::emitDeferResults() {
  DeferState& ds = defer_;
  size_t n = sig_->results ? sig_->results->size() : 0;
  if (n == 0) {
    emitResults(nullptr);
    return;
  }
  std::vector<llvm::Value*> values;
  for (size_t i = 0; i < n; ++i) {
    types::Var* r = sig_->results->vars[i];
    llvm::Value* addr = i < resultVars_.size() ? varAddr(r, funcPos_) : deferResultAddr(static_cast<unsigned>(i));
    values.push_back(loadValue(addr, r->type, r->name));
  }
  if (n == 1) {
    emitResults(values[0]);
    return;
  }
  llvm::Value* agg = llvm::PoisonValue::get(valueType(sig_->results));
  for (unsigned i = 0; i < n; ++i) agg = b_.CreateInsertValue(agg, values[i], i);
  emitResults(agg);
}

// return [values] in a function with defers, at `at` (the return statement
// or the body's closing brace): store the results, then the deferred calls
// newest first, unlink, return. The bound on open-coded defers times
// returns (beginDefers) keeps the copies few.
void CodeGen::deferReturn(const std::vector<llvm::Value*>& values, ast::Pos at) {
  DeferState& ds = defer_;
  for (size_t i = 0; i < values.size(); ++i) {
    types::Var* r = sig_->results->vars[i];
    llvm::Value* addr = i < resultVars_.size() ? varAddr(r, funcPos_) : deferResultAddr(static_cast<unsigned>(i));
    storeValue(values[i], addr, r->type);
  }
  setLocation(at);
  if (!ds.open) {
    callRuntime(RtFunc::deferreturn, {ds.frame});
    emitDeferResults();
    return;
  }
  llvm::Value* bitsAddr = b_.CreateStructGEP(ds.frameTy, ds.frame, 4, "defer.bits");
  for (int i = static_cast<int>(ds.sites.size()) - 1; i >= 0; --i) emitOpenDeferCall(i, ds.frame, bitsAddr, at);
  setLocation(at);
  llvm::Value* head = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), ds.g, G_DEFERFRAME, "g.deferframe");
  b_.CreateStore(b_.CreateLoad(b_.getPtrTy(), b_.CreateStructGEP(ds.frameTy, ds.frame, 0), "outer"), head);
  emitDeferResults();
}

// The calls of a deferred call from its stored values, at `at`. The call
// itself is never inlined: a panic's traceback shows the deferred
// function's frame, as Go's does, and recover checks who its caller is.
void CodeGen::emitDeferredCall(const DeferSite& site, std::vector<llvm::Value*> values, ast::Pos at) {
  llvm::BasicBlock* startBB = b_.GetInsertBlock();
  size_t startSize = startBB->size();
  size_t nblocks = fn_->size();
  emitDeferredCall1(site, std::move(values), at);
  auto mark = [](llvm::BasicBlock& bb, size_t from) {
    size_t k = 0;
    for (llvm::Instruction& inst : bb) {
      if (k++ < from) continue;
      if (auto* ci = llvm::dyn_cast<llvm::CallInst>(&inst))
        if (!ci->getCalledFunction() || !ci->getCalledFunction()->getName().starts_with("runtime."))
          ci->addFnAttr(llvm::Attribute::NoInline);
    }
  };
  mark(*startBB, startSize);
  size_t idx = 0;
  for (llvm::BasicBlock& bb : *fn_)
    if (idx++ >= nblocks) mark(bb, 0);
}

void CodeGen::emitDeferredCall1(const DeferSite& site, std::vector<llvm::Value*> values, ast::Pos at) {
  // A builtin keeps the defer statement's line: Go shows it in a frame of
  // its own there (a closure), which open-coded builtins do not have.
  setLocation(site.kind == DeferSite::Builtin ? site.pos : at);
  switch (site.kind) {
    case DeferSite::Builtin:
      if (site.builtin->id == types::BuiltinId::Recover) {
        // As if the deferring function called recover as it returns: it
        // stops a panic only when that function is a deferred call run by
        // the panic (so never when the panic itself runs this call).
        callRuntime(RtFunc::gorecover, {values[0], entryAlloca(efaceType(), "recovered")});
        return;
      }
      emitBuiltinFromStored(site.stmt->call, site.builtin, values);
      return;
    case DeferSite::Func: {
      Callee c;
      c.func = site.func;
      c.sig = site.sig;
      emitCallTo(c, std::move(values));
      return;
    }
    case DeferSite::Method: {
      Callee c;
      c.func = site.func;
      c.sig = site.sig;
      emitCallTo(c, std::move(values));  // the receiver is values[0]
      return;
    }
    case DeferSite::Value: {
      Callee c;
      c.sig = site.sig;
      c.closure = values[0];
      c.code = site.code;
      values.erase(values.begin());
      emitCallTo(c, std::move(values));
      return;
    }
  }
}

void CodeGen::emitDefer(ast::DeferStmt* s) {
  DeferState& ds = defer_;
  auto it = ds.index.find(s);
  if (!ds.active || it == ds.index.end()) internalError(s->pos, "defer statement not found by the scan");
  int i = it->second;
  DeferSite& site = ds.sites[i];
  ast::CallExpr* call = s->call;
  setLocation(s->pos);
  // The function value, receiver and arguments are evaluated now.
  std::vector<llvm::Value*> values;
  switch (site.kind) {
    case DeferSite::Builtin:
      if (site.builtin->id == types::BuiltinId::Recover) {
        llvm::Function* frameaddr =
            llvm::Intrinsic::getDeclaration(module_.get(), llvm::Intrinsic::frameaddress, {b_.getPtrTy()});
        values.push_back(b_.CreateCall(frameaddr, {b_.getInt32(0)}, "fp"));
      } else {
        values = emitBuiltinStored(call);
      }
      break;
    case DeferSite::Func:
    case DeferSite::Method:
    case DeferSite::Value: {
      if (auto* sel = dynamic_cast<ast::SelectorExpr*>(unparen(call->fun));
          site.kind == DeferSite::Value && sel && sel->selection &&
          sel->selection->kind == types::SelectionKind::MethodVal) {
        // An interface method: its method value, then the arguments.
        values.push_back(emitExpr(call->fun));
        std::vector<llvm::Value*> args = emitArgs(call, site.sig);
        values.insert(values.end(), args.begin(), args.end());
        break;
      }
      Callee c = emitCallee(call);
      std::vector<llvm::Value*> args = emitArgs(call, c.sig);
      if (site.kind == DeferSite::Method) values.push_back(c.recv);
      if (site.kind == DeferSite::Value) {
        values.push_back(c.closure);
        site.code = c.code;
      }
      values.insert(values.end(), args.begin(), args.end());
      break;
    }
  }
  if (values.size() != site.slots.size()) internalError(s->pos, "deferred call with wrong number of values");
  for (size_t k = 0; k < values.size(); ++k)
    if (values[k]->getType() != (site.isLarge(k) ? b_.getPtrTy() : site.slots[k]))
      internalError(s->pos, "deferred call value of the wrong type");
  // A large value is stored by value (aggregate.cpp).
  auto store = [&](unsigned k, llvm::Value* at) {
    if (site.isLarge(k))
      copyValue(at, values[k], site.large[k]);
    else
      b_.CreateStore(values[k], at);
  };
  setLocation(s->pos);
  llvm::StructType* slotTy = llvm::StructType::get(ctx_, site.slots);

  if (ds.open) {
    llvm::Value* slot = b_.CreateStructGEP(ds.frameTy, ds.frame, ds.firstSlot + i, "defer.args");
    for (unsigned k = 0; k < values.size(); ++k) store(k, b_.CreateStructGEP(slotTy, slot, k));
    llvm::Value* bitsAddr = b_.CreateStructGEP(ds.frameTy, ds.frame, 4, "defer.bits");
    llvm::Value* bits = b_.CreateLoad(b_.getInt32Ty(), bitsAddr);
    b_.CreateStore(b_.CreateOr(bits, b_.getInt32(1u << i)), bitsAddr);
    return;
  }

  // Recorded: a func value without parameters or results to call later.
  llvm::Value* fn;
  bool noResults = !site.sig || !site.sig->results || site.sig->results->size() == 0;
  if (site.kind == DeferSite::Value && values.size() == 1 && noResults && site.code) {
    fn = values[0];  // a literal: its closure as is (never nil)
  } else if (site.kind == DeferSite::Func && values.empty() && noResults && site.func->decl && site.func->decl->body) {
    fn = funcValue(site.func, s->pos);  // its static closure
  } else {
    // closure {wrapper, values...}, in the frame unless in a loop.
    std::vector<llvm::Type*> fields = {b_.getPtrTy()};
    fields.insert(fields.end(), site.slots.begin(), site.slots.end());
    llvm::StructType* closTy = llvm::StructType::get(ctx_, fields);
    llvm::Value* clos;
    if (ds.inLoop) {
      clos = callRuntime(RtFunc::mallocgc, {b_.getInt64(module_->getDataLayout().getTypeAllocSize(closTy))});
      clos->setName("defer.closure");
    } else {
      clos = entryAlloca(closTy, "defer.closure");
    }
    llvm::Function* wrapper = deferWrapper(site, closTy);
    b_.CreateStore(wrapper, b_.CreateStructGEP(closTy, clos, 0));
    for (unsigned k = 0; k < values.size(); ++k) store(k, b_.CreateStructGEP(closTy, clos, k + 1));
    fn = clos;
  }
  if (ds.inLoop) {
    callRuntime(RtFunc::deferproc, {ds.frame, fn});
  } else {
    // _defer {link, fn, heap} in the frame.
    llvm::Type* ptr = b_.getPtrTy();
    auto* recTy = llvm::StructType::get(ctx_, {ptr, ptr, b_.getInt8Ty()});
    llvm::Value* rec = entryAlloca(recTy, "defer.record");
    b_.CreateStore(fn, b_.CreateStructGEP(recTy, rec, 1));
    callRuntime(RtFunc::deferprocStack, {ds.frame, rec});
  }
}

// The code of a recorded deferred call's closure: loads the values and
// makes the call. In the deferwrap section (recover looks through it).
llvm::Function* CodeGen::deferWrapper(const DeferSite& site, llvm::StructType* closTy) {
  std::string name = funcName_ + ".deferwrap" + std::to_string(++deferwrapCounts_[funcName_]);
  auto* w = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {b_.getPtrTy()}, false),
                                   llvm::GlobalValue::InternalLinkage, name, *module_);
  setGoFuncAttrs(w, nullptr);
  w->addFnAttr(llvm::Attribute::NoInline);
  markWrapper(w);
  later([this, site, w, closTy] {
    FunctionScope scope(*this, w);
    llvm::Argument* clos = w->getArg(0);
    clos->setName("closure");
    std::vector<llvm::Value*> values;
    // A large value is passed in place: the call is made once.
    for (unsigned k = 1; k < closTy->getNumElements(); ++k) {
      llvm::Value* at = b_.CreateStructGEP(closTy, clos, k);
      values.push_back(site.isLarge(k - 1) ? at : b_.CreateLoad(closTy->getElementType(k), at));
    }
    emitDeferredCall(site, values, site.pos);
    if (!blockTerminated()) b_.CreateRetVoid();
    scope.finish();
  });
  return w;
}

// The runner the runtime calls for a panic, of open-coded defers: the
// newest pending call.
void CodeGen::finishDefers() {
  DeferState& ds = defer_;
  if (!ds.active || !ds.open) return;
  llvm::Function* runner = ds.runner;
  DeferState saved = ds;
  later([this, runner, saved] {
    FunctionScope scope(*this, runner);
    defer_ = saved;
    llvm::Argument* fr = runner->getArg(0);
    fr->setName("frame");
    llvm::Value* bitsAddr = b_.CreateStructGEP(defer_.frameTy, fr, 4, "defer.bits");
    llvm::BasicBlock* done = newBlock("done");
    // One pending call per run (the newest): the runtime calls again.
    for (int i = static_cast<int>(defer_.sites.size()) - 1; i >= 0; --i)
      emitOpenDeferCall(i, fr, bitsAddr, defer_.sites[i].pos, done);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    b_.CreateRetVoid();
    defer_ = DeferState{};
    scope.finish();
  });
}

std::vector<llvm::Value*> CodeGen::loadDeferSlots(int i, llvm::Value* frame) {
  const DeferSite& site = defer_.sites[i];
  llvm::StructType* slotTy = llvm::StructType::get(ctx_, site.slots);
  llvm::Value* slot = b_.CreateStructGEP(defer_.frameTy, frame, defer_.firstSlot + i, "defer.args");
  std::vector<llvm::Value*> values;
  for (unsigned k = 0; k < site.slots.size(); ++k) {
    llvm::Value* at = b_.CreateStructGEP(slotTy, slot, k);
    values.push_back(site.isLarge(k) ? at : b_.CreateLoad(site.slots[k], at));  // large: in place, called once
  }
  return values;
}

void CodeGen::emitOpenDeferCall(int i, llvm::Value* frame, llvm::Value* bitsAddr, ast::Pos at,
                                llvm::BasicBlock* after) {
  llvm::Value* bits = b_.CreateLoad(b_.getInt32Ty(), bitsAddr, "bits");
  llvm::BasicBlock* run = newBlock("defer.call" + std::to_string(i));
  llvm::BasicBlock* next = newBlock("defer.next");
  b_.CreateCondBr(b_.CreateICmpNE(b_.CreateAnd(bits, b_.getInt32(1u << i)), b_.getInt32(0)), run, next);
  b_.SetInsertPoint(run);
  // The bit is cleared first: a panic in the call goes on with the others.
  b_.CreateStore(b_.CreateAnd(bits, b_.getInt32(~(1u << i))), bitsAddr);
  emitDeferredCall(defer_.sites[i], loadDeferSlots(i, frame), at);
  branchTo(after ? after : next);
  b_.SetInsertPoint(next);
}

// ---- go and defer of builtins -------------------------------------------------

namespace {

// Constants and nil are evaluated where the builtin is called, the other
// arguments at the go/defer statement.
bool storedArg(ast::Expr* a) {
  if (a->mode == ast::Mode::Constant && a->constant) return false;
  auto* b = dynamic_cast<types::Basic*>(a->type);
  return !(b && b->basicKind == types::BasicKind::UntypedNil);
}

types::Tuple* tupleArg(ast::CallExpr* call) {
  if (call->args.size() != 1 || !call->args[0]->type || call->args[0]->type->kind() != types::TypeKind::Tuple)
    return nullptr;
  return static_cast<types::Tuple*>(call->args[0]->type);
}

}  // namespace

std::vector<types::Type*> CodeGen::builtinStoredTypes(ast::CallExpr* call) {
  std::vector<types::Type*> ts;
  if (types::Tuple* tuple = tupleArg(call)) {
    for (types::Var* v : tuple->vars) ts.push_back(v->type);
    return ts;
  }
  for (ast::Expr* a : call->args)
    if (storedArg(a)) ts.push_back(a->type);
  return ts;
}

std::vector<llvm::Value*> CodeGen::emitBuiltinStored(ast::CallExpr* call) {
  std::vector<llvm::Value*> values;
  if (tupleArg(call)) {
    for (const Operand& o : emitOperands(call)) values.push_back(o.value);
    return values;
  }
  for (ast::Expr* a : call->args)
    if (storedArg(a)) values.push_back(emitExpr(a));
  return values;
}

// The builtin's call with its stored arguments: print and println print
// them as operands; the others are emitted as usual, with emitExpr giving
// the stored values for the arguments.
void CodeGen::emitBuiltinFromStored(ast::CallExpr* call, types::Builtin* b, const std::vector<llvm::Value*>& values) {
  if (b->id == types::BuiltinId::Print || b->id == types::BuiltinId::Println) {
    std::vector<Operand> ops;
    if (types::Tuple* tuple = tupleArg(call)) {
      for (size_t i = 0; i < values.size(); ++i) ops.push_back({values[i], tuple->vars[i]->type, call->args[0]->pos});
    } else {
      size_t k = 0;
      for (ast::Expr* a : call->args) ops.push_back({storedArg(a) ? values[k++] : emitExpr(a), a->type, a->pos});
    }
    printOperands(ops, b->id == types::BuiltinId::Println, call->pos);
    return;
  }
  size_t k = 0;
  for (ast::Expr* a : call->args)
    if (storedArg(a)) presetExprs_[a] = values[k++];
  emitBuiltinCall(call, b, false);
  for (ast::Expr* a : call->args) presetExprs_.erase(a);
}

// ---- panic and recover ---------------------------------------------------------

// panic's argument as an interface{} value {type, data}.
// panic's argument as an interface{} (the checker gave untyped constants
// their default type; untyped nil is the nil interface).
llvm::Value* CodeGen::panicValue(ast::Expr* x) {
  types::Type* t = x->type;
  if (auto* nb = dynamic_cast<types::Basic*>(t); nb && nb->basicKind == types::BasicKind::UntypedNil)
    return llvm::Constant::getNullValue(efaceType());
  return convertTo(emitExpr(x), t, table_.emptyInterface(), x->pos);
}

void CodeGen::emitPanic(ast::CallExpr* call) {
  llvm::Value* v = panicValue(call->args[0]);
  setLocation(call->pos);
  callRuntime(RtFunc::gopanic, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
}

llvm::Value* CodeGen::emitRecover(ast::CallExpr* call) {
  setLocation(call->pos);
  // recover must see this function's own frame: never inline it.
  fn_->addFnAttr(llvm::Attribute::NoInline);
  llvm::Function* frameaddr =
      llvm::Intrinsic::getDeclaration(module_.get(), llvm::Intrinsic::frameaddress, {b_.getPtrTy()});
  llvm::Value* fp = b_.CreateCall(frameaddr, {b_.getInt32(0)}, "fp");
  llvm::AllocaInst* out = entryAlloca(efaceType(), "recovered");
  callRuntime(RtFunc::gorecover, {fp, out});
  return b_.CreateLoad(efaceType(), out, "r");
}

}  // namespace gosub::codegen
