// codegen.cpp — the module: package-level variables, one LLVM function per
// Go function, package initialisation, and the per-function driver.
//
// Naming follows gc so that symbols, profiles and tracebacks read like Go's:
// functions and variables are `<import path>.<name>` (Func::linkName), the
// package initialiser is `<path>.init` and runs only once, guarded by
// `<path>..inittask` (gc's name for the init task record).
#include "codegen/codegen.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>

#include "codegen/codegen_impl.h"
#include "codegen/debuginfo.h"

namespace gosub::codegen {

ast::Expr* unparen(ast::Expr* e) {
  while (auto* p = dynamic_cast<ast::ParenExpr*>(e)) e = p->x;
  return e;
}

CodeGen::CodeGen(llvm::LLVMContext& ctx, types::TypeTable& table, const Options& options,
                 const SourceManager& sources, Diagnostics& diags)
    : ctx_(ctx), table_(table), options_(options), sources_(sources), diags_(diags), b_(ctx) {}

CodeGen::~CodeGen() = default;

void CodeGen::unsupported(ast::Pos pos, const std::string& what) {
  diags_.error(pos, what + " not supported by gosub yet");
  failed_ = true;
  throw Abandon{};
}

void CodeGen::internalError(ast::Pos pos, const std::string& what) {
  diags_.error(pos, "internal compiler error: " + what);
  failed_ = true;
  throw Abandon{};
}

std::string CodeGen::linkName(types::Func* f) const {
  if (!f->linkName.empty()) return f->linkName;
  return (f->pkg ? f->pkg->path : std::string("main")) + "." + f->name;
}

void CodeGen::setGoFuncAttrs(llvm::Function* fn, const ast::Directives* directives) {
  // Every Go function checks its stack in the prologue (DESIGN.md, contract
  // 3) unless it is //go:nosplit; frame pointers make tracebacks and SIGPROF
  // stack walks cheap.
  if (options_.splitStack && !(directives && directives->nosplit)) fn->addFnAttr("split-stack");
  fn->addFnAttr("frame-pointer", "all");
  // No sibling calls and no recursion turned into loops, as gc (which never
  // eliminates tail calls): infinite recursion must end in Go's stack
  // overflow, tracebacks show every Go frame, and recover() identifies the
  // deferred function by its frame, which a sibling call from any function
  // (a func value, a method value...) would hand to its callee.
  // docs/decisions.md, "Tail calls".
  fn->addFnAttr("disable-tail-calls", "true");
  if (directives && directives->noinline) fn->addFnAttr(llvm::Attribute::NoInline);
  fn->setUWTableKind(llvm::UWTableKind::Async);
  fn->setDSOLocal(true);
}

// Flattens a Go signature the way abi.def passes values (strings as two
// parameters), to compare a bodiless stdlib function with its table entry.
static bool sameABI(llvm::FunctionType* goType, llvm::FunctionType* rtType, llvm::StructType* str) {
  std::vector<llvm::Type*> flat;
  for (llvm::Type* p : goType->params()) {
    if (p == str) {
      flat.push_back(str->getElementType(0));
      flat.push_back(str->getElementType(1));
    } else {
      flat.push_back(p);
    }
  }
  return flat == std::vector<llvm::Type*>(rtType->param_begin(), rtType->param_end()) &&
         goType->getReturnType() == rtType->getReturnType();
}

llvm::Function* CodeGen::declareFunc(types::Func* f, ast::Pos usePos) {
  if (auto it = funcs_.find(f); it != funcs_.end()) return it->second;
  std::string name = linkName(f);
  llvm::FunctionType* fty = funcType(f->signature());
  bool hasBody = f->decl && f->decl->body;
  if (!hasBody) {
    // A function declared without a body is implemented by the runtime under
    // its Go symbol; it must be in the ABI table like every other entry point.
    RtFunc id;
    if (!rt_->lookup(name, &id)) {
      diags_.error(f->pos, "missing function body (" + name + " is not a runtime entry point in runtime/abi.def)");
      failed_ = true;
      throw Abandon{};
    }
    llvm::Function* fn = rt_->get(id);
    if (!sameABI(fty, fn->getFunctionType(), stringType())) {
      diags_.error(f->pos, "signature of " + name + " does not match its runtime/abi.def entry");
      failed_ = true;
      throw Abandon{};
    }
    funcs_[f] = fn;
    return fn;
  }
  if (module_->getNamedValue(name)) internalError(f->pos, "duplicate symbol " + name);
  auto* fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, name, *module_);
  setGoFuncAttrs(fn, &f->decl->directives);
  types::Signature* sig = f->signature();
  unsigned i = sig->recv ? 1 : 0;
  if (sig->recv && !sig->recv->name.empty() && sig->recv->name != "_") fn->getArg(0)->setName(sig->recv->name);
  if (sig->params)
    for (types::Var* p : sig->params->vars) {
      if (!p->name.empty() && p->name != "_") fn->getArg(i)->setName(p->name);
      ++i;
    }
  nameResultsParam(fn, sig);
  funcs_[f] = fn;
  return fn;
}

llvm::GlobalVariable* CodeGen::declareGlobal(types::Var* v) {
  if (v->storage) return static_cast<llvm::GlobalVariable*>(v->storage);
  if (v->name == "_") return nullptr;
  std::string name = (v->pkg ? v->pkg->path : std::string("main")) + "." + v->name;
  llvm::Type* ty = llvmType(v->type);
  auto* gv = new llvm::GlobalVariable(*module_, ty, false, llvm::GlobalValue::ExternalLinkage,
                                      llvm::Constant::getNullValue(ty), name);
  gv->setDSOLocal(true);
  v->storage = gv;
  if (di_) di_->declareGlobal(v, gv);
  return gv;
}

llvm::AllocaInst* CodeGen::entryAlloca(llvm::Type* t, const std::string& name) {
  // All allocas sit in the entry block, before allocaPoint_: the split-stack
  // prologue only sizes a static frame (no dynamic allocas, DESIGN.md).
  return new llvm::AllocaInst(t, 0, name, allocaPoint_->getIterator());
}

void CodeGen::ensureBlock() {
  if (b_.GetInsertBlock() && blockTerminated()) b_.SetInsertPoint(newBlock("unreachable"));
}

void CodeGen::setLocation(ast::Pos pos) {
  if (di_ && di_->current() && pos.valid()) b_.SetCurrentDebugLocation(di_->location(pos));
}

FunctionScope::FunctionScope(CodeGen& cg, llvm::Function* fn) : cg(cg) {
  cg.fn_ = fn;
  llvm::BasicBlock* entry = llvm::BasicBlock::Create(cg.ctx_, "entry", fn);
  cg.b_.SetInsertPoint(entry);
  cg.b_.SetCurrentDebugLocation(llvm::DebugLoc());
  // A placeholder marking where the next alloca goes (as clang's "allocapt").
  llvm::Type* i32 = llvm::Type::getInt32Ty(cg.ctx_);
  cg.allocaPoint_ = new llvm::BitCastInst(llvm::PoisonValue::get(i32), i32, "allocapt", entry);
  cg.targets_.clear();
  cg.pendingLabel_.clear();
  cg.fallthroughTo_ = nullptr;
  cg.concatBuf_ = nullptr;
  cg.concatBufLen_ = 0;
  cg.elemSlots_.clear();
  cg.resultSlots_.clear();
  cg.liveTemps_.clear();
  cg.freeTemps_.clear();
  cg.stmtDepth_ = 0;
  cg.sliceSlot_ = nullptr;
  cg.mapKeySlots_.clear();
  cg.resultVars_.clear();
  cg.captureCells_.clear();
  cg.defer_ = CodeGen::DeferState{};
  cg.funcName_ = fn->getName().str();
  cg.isLit_ = false;
}

void FunctionScope::finish() {
  if (cg.concatBuf_) cg.concatBuf_->setAllocatedType(llvm::ArrayType::get(cg.stringType(), cg.concatBufLen_));
  cg.allocaPoint_->eraseFromParent();
  cg.allocaPoint_ = nullptr;
  // Blocks opened after a noreturn call may be left open; they are dead.
  for (llvm::BasicBlock& bb : *cg.fn_)
    if (!bb.getTerminator()) new llvm::UnreachableInst(cg.ctx_, &bb);
  // Blocks started after return/break/panic calls have no predecessors.
  llvm::EliminateUnreachableBlocks(*cg.fn_);
}

FunctionScope::~FunctionScope() {
  if (cg.allocaPoint_) {  // abandoned: drop the partial body
    cg.fn_->deleteBody();
    cg.allocaPoint_ = nullptr;
  }
  cg.b_.ClearInsertionPoint();
  cg.b_.SetCurrentDebugLocation(llvm::DebugLoc());
  if (cg.di_) cg.di_->endFunction();
  cg.fn_ = nullptr;
  cg.sig_ = nullptr;
  cg.captureCells_.clear();
}

void CodeGen::emitFuncBody(types::Func* f) {
  llvm::Function* fn = declareFunc(f, f->pos);
  ast::FuncDecl* decl = f->decl;
  emitBody(fn, linkName(f), false, f->signature(), decl->type, decl->body, decl->pos, {}, decl->recv);
}

void CodeGen::emitBody(llvm::Function* fn, const std::string& name, bool isLit, types::Signature* sig,
                       ast::FuncType* ftype, ast::BlockStmt* body, ast::Pos pos,
                       const std::vector<types::Var*>& captures, ast::Field* recvField) {
  FunctionScope scope(*this, fn);
  sig_ = sig;
  funcName_ = name;
  funcPos_ = pos;
  isLit_ = isLit;
  if (di_) di_->beginFunction(fn, name, pos);
  setLocation(pos);
  // Tracebacks print f() for these, f(...) for the others (driver/pclntab.h).
  if (!sig->recv && (!sig->params || sig->params->vars.empty())) markNoArgs(fn);

  // A literal finds the cells of the variables it captures in its closure
  // object {code, cell...}, its last parameter.
  if (isLit) {
    llvm::Argument* closure = fn->getArg(fn->arg_size() - 1);
    closure->setName("closure");
    llvm::Type* ptr = b_.getPtrTy();
    llvm::StructType* objTy = closureObjectType(captures);
    for (size_t i = 0; i < captures.size(); ++i) {
      llvm::Value* slot = b_.CreateStructGEP(objTy, closure, static_cast<unsigned>(i + 1));
      // A copy lives in the object itself; otherwise the object holds its address.
      llvm::Value* cell = capturedByValue(captures[i]) ? slot : b_.CreateLoad(ptr, slot, captures[i]->name);
      captureCells_[captures[i]] = cell;
      if (options_.debugInfo) {
        // The debugger finds the variable through a slot holding its cell.
        llvm::AllocaInst* a = entryAlloca(ptr, captures[i]->name + ".cell");
        b_.CreateStore(cell, a);
        di_->declareVar(captures[i], a, 0, b_.GetInsertBlock(), /*indirect=*/true);
      }
    }
  }
  // Parameters live in allocas like any local (mem2reg removes them at -O1+),
  // or in heap cells when a closure captures them. The checker's parameter
  // objects are the signature's vars; the names in the declaration may carry
  // their own Ident::obj, which then must share the storage.
  // A method's receiver is its first parameter, stored like the others.
  std::vector<ast::Ident*> paramIdents;
  std::vector<types::Var*> params;
  if (sig_->recv) {
    params.push_back(sig_->recv);
    paramIdents.push_back(recvField && !recvField->names.empty() ? recvField->names[0] : nullptr);
  }
  for (ast::Field* fld : ftype->params)
    for (ast::Ident* id : fld->names) paramIdents.push_back(id);
  if (sig_->params) params.insert(params.end(), sig_->params->vars.begin(), sig_->params->vars.end());
  {
    for (size_t i = 0; i < params.size(); ++i) {
      types::Var* p = params[i];
      if (p->name.empty() || p->name == "_") continue;
      llvm::Value* addr;
      llvm::Value* arg = fn->getArg(static_cast<unsigned>(i));
      if (inMemory(p->type) && !inCell(p)) {
        // A large parameter's storage is the caller's copy, which the
        // callee owns for the call (callconv.cpp).
        p->storage = arg;
        if (options_.debugInfo) {
          llvm::AllocaInst* a = entryAlloca(b_.getPtrTy(), p->name + ".addr");
          b_.CreateStore(arg, a);
          di_->declareVar(p, a, static_cast<unsigned>(i + 1), b_.GetInsertBlock(), /*indirect=*/true);
        }
        if (i < paramIdents.size() && paramIdents[i])
          if (auto* v = dynamic_cast<types::Var*>(paramIdents[i]->obj)) v->storage = p->storage;
        continue;
      }
      if (inCell(p)) {
        addr = newCell(p);
      } else {
        llvm::AllocaInst* a = entryAlloca(llvmType(p->type), p->name + ".addr");
        p->storage = a;
        if (di_) di_->declareVar(p, a, static_cast<unsigned>(i + 1), b_.GetInsertBlock());
        addr = a;
      }
      storeValue(arg, addr, p->type);
      if (i < paramIdents.size() && paramIdents[i])
        if (auto* v = dynamic_cast<types::Var*>(paramIdents[i]->obj)) v->storage = p->storage;
    }
  }
  // A function with defer statements keeps its results in its frame record.
  beginDefers(body);
  std::vector<ast::Ident*> resultIdents;
  for (ast::Field* fld : ftype->results)
    for (ast::Ident* id : fld->names) resultIdents.push_back(id);
  if (sig_->results && !resultIdents.empty()) {
    for (size_t i = 0; i < sig_->results->vars.size(); ++i) {
      types::Var* r = sig_->results->vars[i];
      llvm::Value* addr;
      if (inCell(r)) {
        addr = newCell(r);
      } else if (defer_.active) {
        addr = deferResultAddr(static_cast<unsigned>(i));
        r->storage = addr;
      } else {
        llvm::AllocaInst* a = entryAlloca(llvmType(r->type), r->name.empty() ? "result" : r->name);
        r->storage = a;
        if (di_ && r->name != "_") di_->declareVar(r, a, 0, b_.GetInsertBlock());
        addr = a;
      }
      storeZero(addr, r->type);
      if (i < resultIdents.size())
        if (auto* v = dynamic_cast<types::Var*>(resultIdents[i]->obj)) v->storage = r->storage;
      resultVars_.push_back(r);
    }
  }

  if (defer_.active && sig_->results && resultIdents.empty()) {
    // Unnamed results: a recovered function returns their zero values
    // unless a return statement stored them before the panic.
    for (size_t i = 0; i < sig_->results->size(); ++i)
      storeZero(deferResultAddr(static_cast<unsigned>(i)), sig_->results->vars[i]->type);
  }
  if (defer_.active) linkDeferFrame();

  emitStmtList(body->stmts);

  if (!blockTerminated()) {
    setLocation(body->rbrace);
    // The checker rejects a function with results whose end is reachable
    // ("missing return"), so falling off the end only happens without results.
    if (!sig_->results || sig_->results->size() == 0)
      defer_.active ? deferReturn({}, body->rbrace) : (void)b_.CreateRetVoid();
    else
      b_.CreateUnreachable();
  }
  finishDefers();
  scope.finish();
}

void CodeGen::emitPackageInit(types::Package* pkg) {
  llvm::Function* fn = initFuncs_[pkg];
  FunctionScope scope(*this, fn);
  // Literals in package-level initialisers are named as gc names them:
  // main.glob..func1.
  funcName_ = pkg->path + ".glob.";
  ast::Pos pos;
  if (!pkg->files.empty() && pkg->files[0]->packageName) pos = pkg->files[0]->packageName->pos;
  if (di_) di_->beginFunction(fn, fn->getName().str(), pos);
  setLocation(pos);
  markNoArgs(fn);

  // gc's inittask: run once, even when imported by several packages.
  auto* done = new llvm::GlobalVariable(*module_, b_.getInt1Ty(), false, llvm::GlobalValue::InternalLinkage,
                                        b_.getFalse(), pkg->path + "..inittask");
  llvm::BasicBlock* ret = newBlock("ret");
  llvm::BasicBlock* body = newBlock("init");
  b_.CreateCondBr(b_.CreateLoad(b_.getInt1Ty(), done, "done"), ret, body);
  b_.SetInsertPoint(ret);
  b_.CreateRetVoid();
  b_.SetInsertPoint(body);
  b_.CreateStore(b_.getTrue(), done);

  for (types::Package* imp : pkg->imports) {
    if (imp->path == "unsafe") continue;  // built in: no code, no initialiser
    auto it = initFuncs_.find(imp);
    if (it == initFuncs_.end()) internalError(pos, "package " + imp->path + " is imported but not compiled");
    b_.CreateCall(it->second, {});
  }

  for (const types::Initializer& init : pkg->initOrder) {
    if (!init.rhs) continue;
    // A constant initialiser of one variable becomes the global's static
    // value, as gc's staticinit does: no code, and visible at link time.
    if (init.lhs.size() == 1 && init.rhs->mode == ast::Mode::Constant && init.rhs->constant && init.lhs[0]->name != "_" &&
        !isIface(init.lhs[0]->type)) {
      llvm::GlobalVariable* gv = declareGlobal(init.lhs[0]);
      gv->setInitializer(constValue(*init.rhs->constant, init.lhs[0]->type, init.rhs->pos));
      continue;
    }
    setLocation(init.rhs->pos);
    ensureBlock();
    // A large array or struct is copied through memory (aggregate.cpp).
    if (init.lhs.size() == 1 && init.lhs[0]->name != "_" &&
        emitInto(declareGlobal(init.lhs[0]), init.rhs, init.lhs[0]->type))
      continue;
    std::vector<llvm::Value*> values = emitRHS({init.rhs}, init.lhs.size(), init.rhs->pos);
    std::vector<types::Type*> from = rhsTypes({init.rhs}, init.lhs.size());
    std::vector<llvm::Value*> addrs;
    std::vector<types::Type*> types;
    for (types::Var* v : init.lhs) {
      addrs.push_back(v->name == "_" ? nullptr : declareGlobal(v));
      types.push_back(v->type);
      if (addrs.back()) values[types.size() - 1] = convertTo(values[types.size() - 1], from[types.size() - 1], v->type, init.rhs->pos);
    }
    storeAll(addrs, values, types, init.rhs->pos);
  }

  for (types::Func* f : pkg->initFuncs) {
    ensureBlock();
    b_.CreateCall(declareFunc(f, f->pos), {});
  }
  ensureBlock();
  b_.CreateRetVoid();
  scope.finish();
}

std::unique_ptr<llvm::Module> CodeGen::run(const std::vector<types::Package*>& packages) {
  std::string mainFile = "main.go";
  for (types::Package* p : packages)
    if (p->path == "main" && !p->files.empty()) mainFile = p->files[0]->path;
  initModule(mainFile);
  // Line tables for executables: the runtime's pc->line table is built
  // from them.
  if (options_.debugInfo || options_.lineTables)
    di_ = std::make_unique<DebugInfo>(*module_, sources_, mainFile, !options_.debugInfo,
                                      [this](types::Type* t) { return typeName(t, TypeNameStyle::Dwarf); },
                                      [this](types::Type* t) { return llvmType(t); });

  // Declarations first, so that bodies may refer to anything in any order.
  auto guarded = [&](auto&& body) {
    try {
      body();
    } catch (const Abandon&) {
      failed_ = true;
    }
  };
  for (types::Package* pkg : packages) {
    for (types::Var* v : pkg->globals) guarded([&] { declareGlobal(v); });
    for (types::Func* f : pkg->funcs) guarded([&] { declareFunc(f, f->pos); });
    // The package initialiser is a Go function like any other (it runs on a
    // goroutine stack, so it gets the split-stack prologue too).
    std::string name = pkg->path + ".init";
    if (module_->getNamedValue(name)) {
      diags_.error({}, "internal compiler error: duplicate symbol " + name);
      return nullptr;
    }
    auto* fn = llvm::Function::Create(llvm::FunctionType::get(b_.getVoidTy(), false),
                                      llvm::GlobalValue::ExternalLinkage, name, *module_);
    setGoFuncAttrs(fn, nullptr);
    initFuncs_[pkg] = fn;
  }
  for (types::Package* pkg : packages) {
    for (types::Func* f : pkg->funcs)
      if (f->decl && f->decl->body) guarded([&] { emitFuncBody(f); });
    guarded([&] { emitPackageInit(pkg); });
  }
  guarded([&] { emitRuntimeTypes(packages); });
  // Function literals, func value thunks and go wrappers, queued while the
  // functions above were emitted (and while these are).
  drainPending();
  if (failed_) return nullptr;
  finishTypeDescriptors();
  if (di_) di_->finalize();

  // The runtime's C main calls these (GO_FUNC in abi.def); main.init always
  // exists, main.main is checked by the type checker.
  for (types::Package* pkg : packages)
    if (pkg->path == "main" && !module_->getFunction("main.main")) {
      diags_.error({}, "function main is undeclared in the main package");
      return nullptr;
    }
  return verified();
}

void CodeGen::initModule(const std::string& mainFile) {
  module_ = std::make_unique<llvm::Module>(mainFile, ctx_);
  module_->setSourceFileName(mainFile);
  // Alignments of loads, stores and allocas come from the data layout.
  module_->setTargetTriple(options_.targetTriple.empty() ? "x86_64-pc-linux-gnu" : options_.targetTriple);
  module_->setDataLayout(options_.dataLayout.empty()
                             ? "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
                             : options_.dataLayout);
  rt_ = std::make_unique<RuntimeABI>(*module_);
}

void CodeGen::drainPending() {
  while (!pending_.empty()) {
    std::function<void()> job = std::move(pending_.front());
    pending_.pop_front();
    try {
      job();
    } catch (const Abandon&) {
      failed_ = true;
    }
  }
}

std::unique_ptr<llvm::Module> CodeGen::verified() {
  std::string err;
  llvm::raw_string_ostream os(err);
  if (llvm::verifyModule(*module_, &os)) {
    os.flush();
    if (err.size() > 2000) err = err.substr(0, 2000) + "...";
    diags_.error({}, "internal compiler error: invalid LLVM IR generated:\n" + err);
    return nullptr;
  }
  return std::move(module_);
}

std::unique_ptr<llvm::Module> generate(llvm::LLVMContext& ctx, types::TypeTable& table,
                                       const std::vector<types::Package*>& packages, const Options& options,
                                       const SourceManager& sources, Diagnostics& diags) {
  CodeGen cg(ctx, table, options, sources, diags);
  return cg.run(packages);
}

std::unique_ptr<llvm::Module> generateTypeDescriptors(llvm::LLVMContext& ctx, types::TypeTable& table,
                                                      const std::vector<types::Type*>& types, const Options& options,
                                                      const SourceManager& sources, Diagnostics& diags) {
  CodeGen cg(ctx, table, options, sources, diags);
  cg.initModule("typedesc");
  try {
    for (types::Type* t : types) cg.typeDescriptor(t);
  } catch (const Abandon&) {
    return nullptr;
  }
  cg.drainPending();
  if (cg.failed_) return nullptr;
  cg.finishTypeDescriptors();
  return cg.verified();
}

}  // namespace gosub::codegen
