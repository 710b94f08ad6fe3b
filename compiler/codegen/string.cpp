// string.cpp — Go strings, {ptr, len}: constants, concatenation, comparison
// and indexing.
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

llvm::Constant* CodeGen::stringConstant(const std::string& s) {
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  if (s.empty())
    return llvm::ConstantStruct::get(stringType(), {llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_)),
                                                    llvm::ConstantInt::get(i64, 0)});
  llvm::GlobalVariable*& gv = strings_[s];
  if (!gv) {
    // The bytes alone, without a NUL: Go strings carry their length. gc
    // names these go:string."..."; a private symbol keeps the table clean.
    llvm::Constant* data = llvm::ConstantDataArray::getString(ctx_, s, false);
    gv = new llvm::GlobalVariable(*module_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, ".str");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(1));
  }
  return llvm::ConstantStruct::get(stringType(), {gv, llvm::ConstantInt::get(i64, s.size())});
}

// Collects the operands of a chain a + b + c of strings, left to right;
// constant sub-chains were folded by the checker and stay one operand.
static void collectConcat(ast::Expr* e, std::vector<ast::Expr*>& out) {
  ast::Expr* u = unparen(e);
  auto* b = dynamic_cast<ast::BinaryExpr*>(u);
  if (b && b->op == ast::Op::Add && u->mode != ast::Mode::Constant && types::isString(b->type)) {
    collectConcat(b->x, out);
    collectConcat(b->y, out);
    return;
  }
  out.push_back(e);
}

llvm::Value* CodeGen::emitConcat(ast::BinaryExpr* e) {
  // Like gc's walkAddString, a whole chain becomes one concatstrings call,
  // so `a + b + c` allocates once.
  std::vector<ast::Expr*> operands;
  collectConcat(e, operands);
  std::vector<llvm::Value*> pieces;
  for (ast::Expr* x : operands) pieces.push_back(emitExpr(x));
  setLocation(e->pos);
  return concatStrings(pieces);
}

llvm::Value* CodeGen::concatStrings(const std::vector<llvm::Value*>& pieces) {
  // The {ptr, len} pairs go into one per-function buffer, sized to the
  // largest concatenation when the function is finished. Reuse is safe: all
  // pieces are computed before the first store into the buffer.
  if (!concatBuf_) concatBuf_ = entryAlloca(llvm::ArrayType::get(stringType(), 1), "concat.buf");
  concatBufLen_ = std::max<uint64_t>(concatBufLen_, pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    llvm::Value* slot = i == 0 ? concatBuf_ : b_.CreateConstInBoundsGEP1_64(stringType(), concatBuf_, i);
    b_.CreateStore(pieces[i], slot);
  }
  return callRuntime(RtFunc::concatstrings, {concatBuf_, b_.getInt64(pieces.size())});
}

llvm::Value* CodeGen::emitStringCompare(ast::Op op, llvm::Value* x, llvm::Value* y) {
  if (op == ast::Op::Eql || op == ast::Op::Neq) {
    // Different lengths decide without looking at the bytes (gc does the
    // same before memequal).
    llvm::Value* sameLen = b_.CreateICmpEQ(stringLen(x), stringLen(y));
    llvm::BasicBlock* from = b_.GetInsertBlock();
    llvm::BasicBlock* bytes = newBlock("streq.bytes");
    llvm::BasicBlock* end = newBlock("streq.end");
    b_.CreateCondBr(sameLen, bytes, end);
    b_.SetInsertPoint(bytes);
    llvm::Value* cmp = callRuntime(RtFunc::cmpstring, {x, y});
    llvm::Value* eq = b_.CreateICmpEQ(cmp, b_.getInt64(0));
    llvm::BasicBlock* bytesEnd = b_.GetInsertBlock();
    b_.CreateBr(end);
    b_.SetInsertPoint(end);
    llvm::PHINode* phi = b_.CreatePHI(b_.getInt1Ty(), 2, "streq");
    phi->addIncoming(b_.getFalse(), from);
    phi->addIncoming(eq, bytesEnd);
    return op == ast::Op::Eql ? static_cast<llvm::Value*>(phi) : b_.CreateNot(phi);
  }
  llvm::Value* cmp = callRuntime(RtFunc::cmpstring, {x, y});
  llvm::Value* zero = b_.getInt64(0);
  switch (op) {
    case ast::Op::Lss: return b_.CreateICmpSLT(cmp, zero);
    case ast::Op::Leq: return b_.CreateICmpSLE(cmp, zero);
    case ast::Op::Gtr: return b_.CreateICmpSGT(cmp, zero);
    default: return b_.CreateICmpSGE(cmp, zero);
  }
}

llvm::Value* CodeGen::emitStringIndex(llvm::Value* s, llvm::Value* index, types::Type* indexType, ast::Pos) {
  // Any integer type may index; as an unsigned 64-bit value, a negative
  // index is out of range too, so one unsigned compare checks both ends.
  llvm::Value* i = types::isUnsigned(indexType) ? b_.CreateZExt(index, b_.getInt64Ty())
                                                : b_.CreateSExt(index, b_.getInt64Ty());
  checkBounds(i, stringLen(s));
  llvm::Value* p = b_.CreateInBoundsGEP(b_.getInt8Ty(), b_.CreateExtractValue(s, 0), i);
  return b_.CreateLoad(b_.getInt8Ty(), p);
}

}  // namespace gosub::codegen
