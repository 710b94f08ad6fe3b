// opt_budget.cpp — see opt_budget.h.
#include "driver/opt_budget.h"

#include <algorithm>
#include <set>
#include <vector>

#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Function.h>
#include <llvm/Transforms/Utils/Cloning.h>

namespace gosub::driver {

// Tells splitOverBudget which optnone functions are ours to move.
static constexpr const char* kOverBudget = "gosub-over-budget";

static bool overBudget(llvm::Function& f, const OptBudget& budget) {
  for (llvm::BasicBlock& bb : f)
    if (bb.size() > budget.maxBlockInstructions) return true;
  // Loops are found on the CFG, so nesting written with goto or produced by
  // any other construct counts too. Dominators and loops are linear enough
  // here: it is the loop passes' work per loop that grows with the depth.
  llvm::DominatorTree dt(f);
  llvm::LoopInfo li(dt);
  for (llvm::Loop* l : li.getLoopsInPreorder())
    if (l->getLoopDepth() > budget.maxLoopDepth) return true;
  return false;
}

unsigned limitOptimisation(llvm::Module& m, const OptBudget& budget) {
  unsigned marked = 0;
  for (llvm::Function& f : m) {
    if (f.isDeclaration() || f.hasOptNone() || !overBudget(f, budget)) continue;
    // optnone requires noinline; an always-inline function would be inlined
    // anyway, into callers that get optimised, so it keeps its attributes.
    if (f.hasFnAttribute(llvm::Attribute::AlwaysInline)) continue;
    f.removeFnAttr(llvm::Attribute::InlineHint);
    f.addFnAttr(llvm::Attribute::NoInline);
    f.addFnAttr(llvm::Attribute::OptimizeNone);
    f.addFnAttr(kOverBudget);
    marked++;
  }
  return marked;
}

std::unique_ptr<llvm::Module> splitOverBudget(llvm::Module& m) {
  std::set<const llvm::GlobalValue*> moved;
  for (llvm::Function& f : m)
    if (!f.isDeclaration() && f.hasFnAttribute(kOverBudget)) moved.insert(&f);
  if (moved.empty()) return nullptr;
  // Both objects refer to each other's definitions and to the same string
  // constants, type descriptors and so on.
  for (llvm::GlobalValue& gv : m.global_values()) {
    if (gv.isDeclaration() || !gv.hasLocalLinkage()) continue;
    if (!gv.hasName()) gv.setName("gosub.local");
    gv.setLinkage(llvm::GlobalValue::ExternalLinkage);
    gv.setVisibility(llvm::GlobalValue::HiddenVisibility);
  }
  llvm::ValueToValueMapTy vmap;
  std::unique_ptr<llvm::Module> part =
      llvm::CloneModule(m, vmap, [&](const llvm::GlobalValue* gv) { return moved.count(gv) != 0; });
  // Appending globals (llvm.used, llvm.global_ctors...) stay in m only.
  std::vector<llvm::GlobalVariable*> appending;
  for (llvm::GlobalVariable& g : part->globals())
    if (g.getName().starts_with("llvm.")) appending.push_back(&g);
  for (llvm::GlobalVariable* g : appending) {
    g->replaceAllUsesWith(llvm::PoisonValue::get(g->getType()));
    g->eraseFromParent();
  }
  for (const llvm::GlobalValue* gv : moved) {
    auto* f = const_cast<llvm::Function*>(llvm::cast<llvm::Function>(gv));
    f->deleteBody();
    f->removeFnAttr(llvm::Attribute::OptimizeNone);
    f->removeFnAttr(llvm::Attribute::NoInline);
  }
  return part;
}

}  // namespace gosub::driver
