// closure.cpp — function values, function literals and captured variables.
//
// A func value is a pointer to a closure object (nil is a null pointer):
//
//   closure object:  { ptr code, capture_1, ..., capture_n }
//                    (capture_i: ptr to the variable's cell or slot, or
//                    for a variable captured by value its value)
//   code:            <results> code(<params>, ptr %closure)
//
// Calling a func value loads the code pointer from the object and passes the
// object itself as an extra last parameter, through which the code reaches
// its captured variables (gc passes it in DX; gollvm uses LLVM's `nest`
// attribute, i.e. r10, which the split-stack prologue clobbers, so gosub
// makes it an ordinary parameter).
//
// - A literal is its own function, named as gc names it (main.main.func1,
//   nested main.main.func1.1, in package initialisers main.glob..func1). Its
//   object is allocated with runtime.mallocgc where the literal is
//   evaluated, or is a constant `<name>$closure` when it captures nothing.
// - A declared function used as a value gets a constant object
//   `main.f$closure` whose code is a thunk `main.f$fv` with the extra
//   parameter, which tail-calls main.f. Direct calls of declared functions
//   never go through it.
// - Captured variables are captured by reference (Var::captured, from the
//   checker): such a variable lives in a heap cell from runtime.mallocgc,
//   allocated where it is declared (each time the declaration runs, so a
//   variable declared in a loop body is a new one per iteration); the
//   declaring function keeps the cell's address in an entry-block slot
//   (Var::storage), a closure holds the address in its object. Variables
//   whose address is taken (Var::addressTaken) use the same cells
//   (struct.cpp).
// - A variable escape analysis finds is never assigned after its
//   declaration (and whose address is not taken) is captured by value, as
//   gc does: the closure copies it and needs no cell.
// - Escape analysis (compiler/escape/) keeps in the frame a closure that
//   does not outlive it (its object is an entry-block slot) and the
//   captured variables no escaping closure or pointer reaches (an ordinary
//   alloca, whose address the closure holds instead of a cell's).
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"
#include "codegen/debuginfo.h"

namespace gosub::codegen {

llvm::FunctionType* CodeGen::closureFuncType(types::Signature* sig) {
  llvm::FunctionType* ft = funcType(sig);
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.push_back(b_.getPtrTy());
  return llvm::FunctionType::get(ft->getReturnType(), params, false);
}

std::string CodeGen::nextLitName() {
  // gc numbers the literals of a declared function func1, func2, ... and
  // those of a literal 1, 2, ... (main.main.func1.1), in source order.
  int n = ++litCounts_[funcName_];
  return funcName_ + (isLit_ ? "." : ".func") + std::to_string(n);
}

std::string CodeGen::nextGowrapName() { return funcName_ + ".gowrap" + std::to_string(++gowrapCounts_[funcName_]); }

llvm::GlobalVariable* CodeGen::staticClosure(llvm::Function* code, const std::string& name) {
  llvm::Type* ptr = b_.getPtrTy();
  auto* ty = llvm::StructType::get(ctx_, llvm::ArrayRef<llvm::Type*>(ptr));
  auto* gv = new llvm::GlobalVariable(*module_, ty, true, llvm::GlobalValue::InternalLinkage,
                                      llvm::ConstantStruct::get(ty, {code}), name);
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(8));
  return gv;
}

llvm::Constant* CodeGen::funcValue(types::Func* f, ast::Pos pos) {
  if (auto it = funcValues_.find(f); it != funcValues_.end()) return it->second;
  if (f->signature()->recv) unsupported(pos, "method values");
  declareFunc(f, pos);  // reports a bodiless function without a runtime entry here
  std::string name = linkName(f);
  types::Signature* sig = f->signature();
  auto* thunk =
      llvm::Function::Create(closureFuncType(sig), llvm::GlobalValue::InternalLinkage, name + "$fv", *module_);
  setGoFuncAttrs(thunk, nullptr);
  markWrapper(thunk);
  llvm::GlobalVariable* gv = staticClosure(thunk, name + "$closure");
  funcValues_[f] = gv;
  later([this, f, thunk, sig] {
    FunctionScope scope(*this, thunk);
    sig_ = sig;
    std::vector<llvm::Value*> args;
    unsigned nparams = resultsParamIndex(sig);
    for (unsigned i = 0; i < nparams; ++i) {
      const std::string& pname = sig->params->vars[i]->name;
      if (!pname.empty() && pname != "_") thunk->getArg(i)->setName(pname);
      args.push_back(thunk->getArg(i));
    }
    nameResultsParam(thunk, sig);
    thunk->getArg(thunk->arg_size() - 1)->setName("closure");
    Callee c;
    c.func = f;
    c.sig = sig;
    // Results in memory go straight to the thunk's caller's slot.
    llvm::Value* slot = resultsInMemory(sig) ? thunk->getArg(nparams) : nullptr;
    llvm::Value* r = emitCallTo(c, args, slot);
    // f's body stays out of the wrapper's frame (markWrapper).
    for (llvm::BasicBlock& bb : *thunk)
      for (llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
            call && call->getCalledFunction() && !call->getCalledFunction()->getName().starts_with("runtime."))
          call->addFnAttr(llvm::Attribute::NoInline);
    if (!blockTerminated()) emitResults(r);
    scope.finish();
  });
  return gv;
}

llvm::Function* CodeGen::litFunction(ast::FuncLit* lit) {
  if (auto it = litFuncs_.find(lit); it != litFuncs_.end()) return it->second;
  auto* sig = static_cast<types::Signature*>(lit->type);
  std::string name = nextLitName();
  auto* fn = llvm::Function::Create(closureFuncType(sig), llvm::GlobalValue::InternalLinkage, name, *module_);
  setGoFuncAttrs(fn, nullptr);
  unsigned i = 0;
  for (types::Var* p : sig->params->vars) {
    if (!p->name.empty() && p->name != "_") fn->getArg(i)->setName(p->name);
    ++i;
  }
  nameResultsParam(fn, sig);
  litFuncs_[lit] = fn;
  later([this, lit, fn, sig, name] {
    emitBody(fn, name, true, sig, lit->funcType, lit->body, lit->pos, lit->captures);
  });
  return fn;
}

llvm::Value* CodeGen::emitFuncLit(ast::FuncLit* lit, llvm::Function** codeOut) {
  llvm::Function* code = litFunction(lit);
  if (codeOut) *codeOut = code;
  // Without captures the object is constant, as gc's static closures.
  if (lit->captures.empty()) return staticClosure(code, code->getName().str() + "$closure");
  llvm::StructType* objTy = closureObjectType(lit->captures);
  llvm::Value* obj = frameObject(objTy, lit, code->getName().str() + ".closure");
  if (!obj) {
    uint64_t size = module_->getDataLayout().getTypeAllocSize(objTy);
    obj = callRuntime(RtFunc::mallocgc, {b_.getInt64(size)});
    obj->setName(code->getName() + ".closure");
  }
  b_.CreateStore(code, obj);  // field 0
  for (size_t i = 0; i < lit->captures.size(); ++i) {
    types::Var* v = lit->captures[i];
    llvm::Value* field = b_.CreateStructGEP(objTy, obj, static_cast<unsigned>(i + 1));
    llvm::Value* addr = varAddr(v, lit->pos);
    if (capturedByValue(v) && inMemory(v->type))
      copyValue(field, addr, v->type);
    else if (capturedByValue(v))
      b_.CreateStore(b_.CreateLoad(llvmType(v->type), addr, v->name), field);
    else
      b_.CreateStore(addr, field);
  }
  return obj;
}

llvm::StructType* CodeGen::closureObjectType(const std::vector<types::Var*>& captures) {
  std::vector<llvm::Type*> fields{b_.getPtrTy()};
  for (types::Var* v : captures) fields.push_back(capturedByValue(v) ? llvmType(v->type) : b_.getPtrTy());
  return llvm::StructType::get(ctx_, fields);
}

llvm::Value* CodeGen::callClosure(llvm::Value* fv, llvm::Function* code, types::Signature* sig,
                                  std::vector<llvm::Value*> args) {
  llvm::FunctionType* fty = closureFuncType(sig);
  llvm::Value* target = code;
  if (!code) {
    checkNil(fv);
    target = b_.CreateLoad(b_.getPtrTy(), fv, "fn");
  }
  args.push_back(fv);
  bool noreturn = code && code->hasFnAttribute(llvm::Attribute::NoReturn);
  return callDirect(llvm::FunctionCallee(fty, target), args, noreturn);
}

llvm::Value* CodeGen::newCell(types::Var* v) {
  llvm::Type* ty = llvmType(v->type);
  auto* slot = static_cast<llvm::AllocaInst*>(v->storage);
  if (!slot) {
    slot = entryAlloca(b_.getPtrTy(), v->name + ".cell");
    v->storage = slot;
    if (di_) di_->declareVar(v, slot, 0, b_.GetInsertBlock(), /*indirect=*/true);
  }
  uint64_t size = module_->getDataLayout().getTypeAllocSize(ty);
  llvm::Value* cell = callRuntime(RtFunc::mallocgc, {b_.getInt64(size ? size : 1)});
  cell->setName(v->name);
  b_.CreateStore(cell, slot);
  return cell;
}

}  // namespace gosub::codegen
