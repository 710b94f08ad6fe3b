// fmt_intrinsic.cpp — fmt.Print and fmt.Println, lowered by the compiler
// until fmt is written in Go (the language issue replaces this file with a
// real `func Println(a ...any)` in stdlib/fmt).
//
// Each operand is formatted as fmt's %v would (runtime.fmtbool, fmtint,
// fmtuint, fmtfloat; strings as they are), the pieces are joined with one
// runtime.concatstrings and written with one runtime.writestring(1, s), so
// the output of one call is one write(2), as with fmt's buffer.
#include "codegen/codegen_impl.h"

namespace gosub::codegen {

void CodeGen::emitFmtPrint(ast::CallExpr* call, bool ln) {
  if (call->hasEllipsis) unsupported(call->pos, "fmt.Print with a ... argument");
  std::vector<Operand> ops = emitOperands(call);
  setLocation(call->pos);

  llvm::Constant* space = stringConstant(" ");
  std::vector<llvm::Value*> pieces;
  bool prevString = false;
  for (size_t i = 0; i < ops.size(); ++i) {
    types::Type* t = ops[i].type;
    types::Basic* bt = types::asBasic(t);
    llvm::Value* v = ops[i].value;
    bool isString = bt && bt->isString();
    // Println separates all operands; Print only adds a space between two
    // operands when neither is a string (fmt's doPrint).
    if (i > 0 && (ln || (!isString && !prevString))) pieces.push_back(space);
    prevString = isString;
    if (isString) {
      pieces.push_back(v);
    } else if (bt && bt->isBoolean()) {
      pieces.push_back(callRuntime(RtFunc::fmtbool, {v}));
    } else if (bt && bt->isInteger()) {
      if (bt->isUnsigned())
        pieces.push_back(callRuntime(RtFunc::fmtuint, {b_.CreateZExt(v, b_.getInt64Ty())}));
      else
        pieces.push_back(callRuntime(RtFunc::fmtint, {b_.CreateSExt(v, b_.getInt64Ty())}));
    } else if (bt && bt->isFloat()) {
      // %v of a float32 is the shortest form that round-trips as float32.
      int bits = v->getType()->isFloatTy() ? 32 : 64;
      pieces.push_back(
          callRuntime(RtFunc::fmtfloat, {b_.CreateFPExt(v, b_.getDoubleTy()), b_.getInt64(bits)}));
    } else {
      unsupported(ops[i].pos, "fmt.Print of values of type " + t->string());
    }
  }
  if (ln) pieces.push_back(stringConstant("\n"));

  llvm::Value* s;
  if (pieces.empty())
    s = stringConstant("");
  else if (pieces.size() == 1)
    s = pieces[0];
  else
    s = concatStrings(pieces);
  callRuntime(RtFunc::writestring, {b_.getInt64(1), s});
}

}  // namespace gosub::codegen
