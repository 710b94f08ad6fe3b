// dead_code.cpp — see dead_code.h.
#include "driver/dead_code.h"

#include <vector>

#include <llvm/ADT/DenseSet.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Instructions.h>
#include <llvm/Support/ErrorHandling.h>

#include "codegen/runtime_abi.h"

namespace gosub::driver {

namespace {

// Reachability over the module's globals: a worklist of global values whose
// bodies or initialisers have not been scanned yet.
class Marker {
 public:
  void reach(const llvm::Value* v) {
    if (const auto* gv = llvm::dyn_cast<llvm::GlobalValue>(v)) {
      if (live_.insert(gv).second) work_.push_back(gv);
    } else if (const auto* c = llvm::dyn_cast<llvm::Constant>(v)) {
      // Constant expressions and aggregates: their operands, once each.
      if (seenConstants_.insert(c).second)
        for (const llvm::Use& op : c->operands()) reach(op.get());
    }
  }

  void run() {
    while (!work_.empty()) {
      const llvm::GlobalValue* gv = work_.back();
      work_.pop_back();
      if (const auto* f = llvm::dyn_cast<llvm::Function>(gv)) {
        for (const llvm::BasicBlock& bb : *f)
          for (const llvm::Instruction& inst : bb)
            for (const llvm::Use& op : inst.operands())
              if (llvm::isa<llvm::Constant>(op.get())) reach(op.get());
        if (f->hasPersonalityFn()) reach(f->getPersonalityFn());
      } else if (const auto* var = llvm::dyn_cast<llvm::GlobalVariable>(gv)) {
        if (var->hasInitializer()) reach(var->getInitializer());
      } else if (const auto* alias = llvm::dyn_cast<llvm::GlobalAlias>(gv)) {
        reach(alias->getAliasee());
      }
    }
  }

  bool live(const llvm::GlobalValue* gv) const { return live_.count(gv) != 0; }

 private:
  llvm::DenseSet<const llvm::GlobalValue*> live_;
  llvm::DenseSet<const llvm::Constant*> seenConstants_;
  std::vector<const llvm::GlobalValue*> work_;
};

}  // namespace

unsigned dropUnreachable(llvm::Module& m) {
  Marker marker;
  for (const char* root : {"llvm.used", "llvm.compiler.used", "llvm.global_ctors", "llvm.global_dtors"})
    if (const llvm::GlobalVariable* gv = m.getNamedGlobal(root)) marker.reach(gv);
  for (const llvm::Function& f : m)
    if (codegen::RuntimeABI::isGoFunc(f.getName().str())) marker.reach(&f);
  marker.run();

  // Drop every dead definition's references first, so that dead globals
  // that refer to each other can all be erased.
  std::vector<llvm::GlobalValue*> dead;
  for (llvm::Function& f : m)
    if (!f.isDeclaration() && !marker.live(&f)) dead.push_back(&f);
  for (llvm::GlobalVariable& var : m.globals())
    if (var.hasInitializer() && !marker.live(&var)) dead.push_back(&var);
  // (Function's and GlobalVariable's dropAllReferences hide User's, which
  // drops no body: call them on the right type.)
  for (llvm::GlobalValue* gv : dead) {
    if (auto* f = llvm::dyn_cast<llvm::Function>(gv)) {
      f->dropAllReferences();
    } else {
      llvm::cast<llvm::GlobalVariable>(gv)->dropAllReferences();
    }
  }
  // What still uses a dead global now are constant expressions that only
  // dead initialisers used (constants are uniqued and outlive their users).
  for (llvm::GlobalValue* gv : dead) gv->removeDeadConstantUsers();
  for (llvm::GlobalValue* gv : dead) {
    if (!gv->use_empty()) llvm::report_fatal_error("dropUnreachable: a live use of " + gv->getName() + " was missed");
    gv->eraseFromParent();
  }
  // Declarations nothing calls any more (runtime entries of dead code).
  std::vector<llvm::Function*> unused;
  for (llvm::Function& f : m)
    if (f.isDeclaration() && f.use_empty() && !f.isIntrinsic()) unused.push_back(&f);
  for (llvm::Function* f : unused) f->eraseFromParent();
  return static_cast<unsigned>(dead.size());
}

}  // namespace gosub::driver
