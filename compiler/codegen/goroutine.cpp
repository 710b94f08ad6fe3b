// goroutine.cpp — go statements (DESIGN.md, contract 2; runtime/abi.def,
// runtime.newproc).
//
// `go f(x, y)` evaluates the function value and the arguments in the
// goroutine that runs the statement, stores them in a heap argument block
// (runtime.mallocgc) and starts a goroutine with
//   call void @runtime.newproc(ptr @main.main.gowrap1, ptr %block)
// where the wrapper `void main.main.gowrap1(ptr %block)`, named as Go 1.21+
// names it, is a Go function (split-stack prologue, frame pointer) that
// loads the arguments and makes the call; results are dropped.
//
// A call without arguments or results of a func value needs no wrapper and
// no block: the value's code already has the shape newproc wants,
// `void code(ptr %closure)`, so `go func() {...}()` and `go fv()` become
// newproc(code, closure), as gc passes the funcval itself; `go f()` of a
// declared function passes f's thunk and static closure (closure.cpp). For a
// func value the code is null when the value is nil, so that newproc throws
// `go of nil func value` as Go's does (with arguments or results the call,
// and its nil-dereference panic, happen in the new goroutine, as in Go).
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/codegen_impl.h"
#include "codegen/debuginfo.h"

namespace gosub::codegen {


void CodeGen::emitGo(ast::GoStmt* s) {
  ast::CallExpr* call = s->call;
  ast::Expr* fun = unparen(call->fun);
  if (fun->mode == ast::Mode::TypeExpr) internalError(s->pos, "go of a conversion");
  setLocation(s->pos);
  if (fun->mode == ast::Mode::Builtin) {
    emitGoBuiltin(s);
    return;
  }
  Callee c = emitCallee(call);
  std::vector<llvm::Value*> args = emitArgs(call, c.sig);
  // The Go types of the arguments that are large values (pointers to their
  // memory, which the block holds by value: aggregate.cpp), else null.
  std::vector<types::Type*> large;
  if (c.sig->params)
    for (types::Var* p : c.sig->params->vars) large.push_back(inMemory(p->type) ? p->type : nullptr);
  if (c.recv) {
    // A method: the receiver is its first argument.
    args.insert(args.begin(), c.recv);
    large.insert(large.begin(), !c.ifaceFn && inMemory(c.sig->recv->type) ? c.sig->recv->type : nullptr);
    c.recv = nullptr;
  }
  setLocation(s->pos);
  bool noResults = !c.sig->results || c.sig->results->size() == 0;

  if (args.empty() && noResults) {
    llvm::Value* code;
    llvm::Value* closure;
    if (c.func) {
      auto* gv = llvm::cast<llvm::GlobalVariable>(funcValue(c.func, s->pos));
      code = gv->getInitializer()->getAggregateElement(0u);
      closure = gv;
    } else if (c.code) {
      code = c.code;
      closure = c.closure;
    } else {
      // A func value: newproc gets the funcval itself, as in gc, so a nil
      // one is newproc's `fatal error: go of nil func value` in the
      // goroutine running the statement (no nil-dereference panic): the
      // code pointer is loaded only from a non-nil value, null otherwise.
      llvm::Value* null = llvm::ConstantPointerNull::get(b_.getPtrTy());
      llvm::BasicBlock* from = b_.GetInsertBlock();
      llvm::BasicBlock* load = newBlock("go.fn");
      llvm::BasicBlock* start = newBlock("go.start");
      b_.CreateCondBr(b_.CreateICmpNE(c.closure, null), load, start, llvm::MDBuilder(ctx_).createLikelyBranchWeights());
      b_.SetInsertPoint(load);
      llvm::Value* fn = b_.CreateLoad(b_.getPtrTy(), c.closure, "fn");
      b_.CreateBr(start);
      b_.SetInsertPoint(start);
      llvm::PHINode* phi = b_.CreatePHI(b_.getPtrTy(), 2, "code");
      phi->addIncoming(null, from);
      phi->addIncoming(fn, load);
      code = phi;
      closure = c.closure;
    }
    callRuntime(RtFunc::newproc, {code, closure});
    return;
  }

  // The argument block: {closure (for a func value), arguments...}; a
  // constant closure (a literal without captures) stays out of it.
  std::vector<llvm::Type*> fields;
  std::vector<llvm::Value*> values;
  // ---- interfaces: an interface method's code (from the itab, looked up
  // now, as Go evaluates the method value) travels in the block too.
  bool ifaceInBlock = c.ifaceFn != nullptr;
  if (ifaceInBlock) {
    fields.push_back(b_.getPtrTy());
    values.push_back(c.ifaceFn);
  }
  bool closureInBlock = !c.func && !ifaceInBlock && !llvm::isa<llvm::Constant>(c.closure);
  if (closureInBlock) {
    fields.push_back(b_.getPtrTy());
    values.push_back(c.closure);
  }
  unsigned firstArg = static_cast<unsigned>(fields.size());
  for (size_t i = 0; i < args.size(); ++i) {
    fields.push_back(large[i] ? llvmType(large[i]) : args[i]->getType());
    values.push_back(args[i]);
  }
  llvm::StructType* blockTy = llvm::StructType::get(ctx_, fields);
  const llvm::DataLayout& dl = module_->getDataLayout();
  uint64_t size = dl.getTypeAllocSize(blockTy);
  llvm::Value* block = llvm::ConstantPointerNull::get(b_.getPtrTy());
  if (size > 0) {
    block = callRuntime(RtFunc::mallocgc, {b_.getInt64(size)});
    block->setName("goargs");
  }
  // Zero-size values (struct{}) have no place in the block, which is null
  // when they are all there is: a store through null would be undefined
  // behaviour, and LLVM deletes code that has it.
  for (unsigned i = 0; i < values.size(); ++i)
    if (dl.getTypeAllocSize(fields[i]) > 0) {
      llvm::Value* at = b_.CreateStructGEP(blockTy, block, i);
      if (i >= firstArg && large[i - firstArg])
        copyValue(at, values[i], large[i - firstArg]);
      else
        b_.CreateStore(values[i], at);
    }

  std::string name = nextGowrapName();
  auto* wrapper = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {b_.getPtrTy()}, false),
                                         llvm::GlobalValue::InternalLinkage, name, *module_);
  setGoFuncAttrs(wrapper, nullptr);
  markWrapper(wrapper, /*recoverLooksThrough=*/false);
  markNoArgs(wrapper);  // its argument block is no Go argument: gowrapN(), as Go
  ast::Pos pos = s->pos;
  later([this, c, wrapper, blockTy, closureInBlock, ifaceInBlock, large, name, pos] {
    FunctionScope scope(*this, wrapper);
    sig_ = c.sig;
    // At the go statement's line, as Go 1.21+ shows main.main.gowrap1;
    // what is inlined into it keeps its frames (driver/pclntab.h).
    if (di_) di_->beginFunction(wrapper, name, pos);
    setLocation(pos);
    llvm::Argument* block = wrapper->getArg(0);
    block->setName("block");
    Callee callee = c;
    unsigned first = 0;
    if (ifaceInBlock) callee.ifaceFn = b_.CreateLoad(b_.getPtrTy(), b_.CreateStructGEP(blockTy, block, first++), "ifn");
    if (closureInBlock) callee.closure = b_.CreateLoad(b_.getPtrTy(), b_.CreateStructGEP(blockTy, block, first++), "fv");
    std::vector<llvm::Value*> loaded;
    const llvm::DataLayout& dl = module_->getDataLayout();
    for (unsigned i = first; i < blockTy->getNumElements(); ++i) {
      llvm::Type* t = blockTy->getElementType(i);
      // A large argument is passed in place: the new goroutine owns its block.
      if (large[i - first]) {
        loaded.push_back(b_.CreateStructGEP(blockTy, block, i));
        continue;
      }
      loaded.push_back(dl.getTypeAllocSize(t) > 0 ? static_cast<llvm::Value*>(b_.CreateLoad(t, b_.CreateStructGEP(blockTy, block, i)))
                                                  : llvm::Constant::getNullValue(t));
    }
    emitCallTo(callee, loaded);
    if (!blockTerminated()) b_.CreateRetVoid();
    scope.finish();
  });
  callRuntime(RtFunc::newproc, {wrapper, block});
}

// go of a builtin (close, copy, delete, print, panic...): its arguments are
// evaluated now into the block; the wrapper makes the builtin's call.
void CodeGen::emitGoBuiltin(ast::GoStmt* s) {
  ast::CallExpr* call = s->call;
  auto* id = dynamic_cast<ast::Ident*>(unparen(call->fun));
  auto* b = id ? dynamic_cast<types::Builtin*>(id->obj) : nullptr;
  if (!b) internalError(s->pos, "go of a builtin without a builtin");
  std::vector<llvm::Value*> values = emitBuiltinStored(call);
  setLocation(s->pos);
  std::vector<llvm::Type*> fields;
  for (llvm::Value* v : values) fields.push_back(v->getType());
  llvm::StructType* blockTy = llvm::StructType::get(ctx_, fields);
  const llvm::DataLayout& dl = module_->getDataLayout();
  llvm::Value* block = llvm::ConstantPointerNull::get(b_.getPtrTy());
  if (uint64_t size = dl.getTypeAllocSize(blockTy); size > 0) {
    block = callRuntime(RtFunc::mallocgc, {b_.getInt64(size)});
    block->setName("goargs");
  }
  for (unsigned i = 0; i < values.size(); ++i)
    if (dl.getTypeAllocSize(fields[i]) > 0) b_.CreateStore(values[i], b_.CreateStructGEP(blockTy, block, i));
  std::string name = nextGowrapName();
  auto* wrapper = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), {b_.getPtrTy()}, false),
                                         llvm::GlobalValue::InternalLinkage, name, *module_);
  setGoFuncAttrs(wrapper, nullptr);
  markWrapper(wrapper, /*recoverLooksThrough=*/false);
  markNoArgs(wrapper);
  ast::Pos pos = s->pos;
  later([this, call, b, wrapper, blockTy, name, pos] {
    FunctionScope scope(*this, wrapper);
    // At the go statement's line, as in emitGo: a builtin that panics
    // (go panic(v), go close(nil)) stops the goroutine in this frame.
    if (di_) di_->beginFunction(wrapper, name, pos);
    setLocation(pos);
    llvm::Argument* block = wrapper->getArg(0);
    block->setName("block");
    const llvm::DataLayout& dl = module_->getDataLayout();
    std::vector<llvm::Value*> loaded;
    for (unsigned i = 0; i < blockTy->getNumElements(); ++i) {
      llvm::Type* t = blockTy->getElementType(i);
      loaded.push_back(dl.getTypeAllocSize(t) > 0 ? static_cast<llvm::Value*>(b_.CreateLoad(t, b_.CreateStructGEP(blockTy, block, i)))
                                                  : llvm::Constant::getNullValue(t));
    }
    emitBuiltinFromStored(call, b, loaded);
    if (!blockTerminated()) b_.CreateRetVoid();
    scope.finish();
  });
  callRuntime(RtFunc::newproc, {wrapper, block});
}

}  // namespace gosub::codegen
