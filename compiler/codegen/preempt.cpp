// preempt.cpp — the loop back-edge preemption check (runtime/abi.def,
// runtime.preemptcheck; DESIGN.md, contract 3).
//
// A goroutine is preempted by poisoning the stack guard in %fs:0x70, which
// the next split-stack prologue notices. A loop without calls reaches no
// prologue, so every back edge (the end of the body, `continue`, a for
// loop's post statement: all go through one latch block) first reloads the
// guard and calls runtime.preemptcheck when it holds the poison. The load
// is an asm that LLVM may not hoist (sysmon writes the slot from another
// thread) and that touches no memory of the program, so the loop's own
// values stay in registers (abi.def, preemptcheck, says why that is sound).
// Functions without the stack check (//go:nosplit, -fno-split-stack) get
// no back-edge check either.
#include <llvm/IR/Constants.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {
// The TCB slot glibc reserves for split stacks (__private_ss), holding the
// goroutine's stack guard (%fs:0x70).
constexpr uint64_t kStackGuardSlot = 0x70;
// Go's stackPreempt: the guard value that asks the goroutine to yield.
constexpr int64_t kStackPreempt = -1;
}  // namespace

void CodeGen::emitLoopBody(ast::Stmt* body, const std::string& label, llvm::BasicBlock* end,
                           llvm::BasicBlock* latch) {
  targets_.push_back({label, end, latch});
  emitStmt(body);
  targets_.pop_back();
  branchTo(latch);
  // Lay the latch out after the body, in reading order.
  latch->moveAfter(b_.GetInsertBlock());
  b_.SetInsertPoint(latch);
}

void CodeGen::emitBackEdge(llvm::BasicBlock* header) {
  if (!fn_->hasFnAttribute("split-stack")) {
    b_.CreateBr(header);
    return;
  }
  // The guard's load, as abi.def describes it: an asm that must stay in the
  // loop (sideeffect) but touches no memory the program can name, so that
  // it does not pin the loop's own loads and stores.
  static_assert(kStackGuardSlot == 0x70, "the asm below names the slot");
  auto* asmTy = llvm::FunctionType::get(b_.getInt64Ty(), false);
  auto* readGuard = llvm::InlineAsm::get(asmTy, "movq %fs:0x70, $0", "=r", /*hasSideEffects=*/true);
  llvm::CallInst* guard = b_.CreateCall(asmTy, readGuard, {}, "guard");
  guard->setDoesNotThrow();
  guard->addFnAttr(llvm::Attribute::WillReturn);
  guard->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly());
  llvm::Value* poisoned = b_.CreateICmpEQ(guard, llvm::ConstantInt::getSigned(b_.getInt64Ty(), kStackPreempt), "poisoned");
  llvm::BasicBlock* preempt = newBlock("preempt");
  llvm::MDBuilder md(ctx_);
  b_.CreateCondBr(poisoned, preempt, header, md.createBranchWeights(1, 2000));
  b_.SetInsertPoint(preempt);
  callRuntime(RtFunc::preemptcheck, {});
  b_.CreateBr(header);
}

}  // namespace gosub::codegen
