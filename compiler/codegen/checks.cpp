// checks.cpp — run-time checks whose failure is a Go panic. Each failing
// path is a cold block calling a noreturn runtime.panic* function, as gc's
// panicdivide/panicIndex/panicshift calls are. gc finds nil dereferences
// with the SIGSEGV the access raises; until the runtime turns signals into
// panics, gosub checks explicitly and calls runtime.panicmem, which prints
// what the signal would (Go's `[signal SIGSEGV ...]` line included).
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

void CodeGen::panicUnless(llvm::Value* ok, RtFunc f, std::vector<llvm::Value*> args) {
  llvm::BasicBlock* fail = newBlock(std::string("panic.") + (rt_->linkName(f) + 8));  // without "runtime."
  llvm::BasicBlock* cont = newBlock("cont");
  llvm::MDBuilder md(ctx_);
  b_.CreateCondBr(ok, cont, fail, md.createLikelyBranchWeights());
  b_.SetInsertPoint(fail);
  callRuntime(f, std::move(args));  // noreturn: ends the block with unreachable
  b_.SetInsertPoint(cont);
}

void CodeGen::checkDivisor(llvm::Value* y) {
  panicUnless(b_.CreateICmpNE(y, llvm::ConstantInt::get(y->getType(), 0)), RtFunc::panicdivide, {});
}

void CodeGen::checkBounds(llvm::Value* index, llvm::Value* len) {
  panicUnless(b_.CreateICmpULT(index, len), RtFunc::panicIndex, {index, len});
}

void CodeGen::checkNil(llvm::Value* p) {
  panicUnless(b_.CreateICmpNE(p, llvm::Constant::getNullValue(p->getType())), RtFunc::panicmem, {});
}

void CodeGen::checkShiftCount(llvm::Value* count) {
  panicUnless(b_.CreateICmpSGE(count, llvm::ConstantInt::get(count->getType(), 0)), RtFunc::panicshift, {});
}

}  // namespace gosub::codegen
