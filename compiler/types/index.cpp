// index.cpp — index expressions and constant indices.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- indexing

bool Checker::checkIndex(ast::Expr* index, int64_t length, int64_t* value) {
  expr(index);
  if (!valid(index)) return false;
  // go/types' isValidIndex: an untyped index is converted to int first, which
  // reports "1.5 (...) truncated to int" and `cannot convert "3" (untyped
  // string constant) to type int`.
  if (isUntyped(index->type) && !isUntypedNil(index->type)) {
    convertUntyped(index, T.basic(BasicKind::Int));
    if (!valid(index)) return false;
  }
  if (index->mode == Mode::Constant) {
    ConstPtr c = toIntExact(*index->constant);
    if (!c || !isInteger(index->type)) {
      error(index->pos, "invalid argument: index " + operandString(index) + " must be integer");
      return false;
    }
    if (c->intVal.isNegative()) {
      error(index->pos, "invalid argument: index " + operandString(index) + " must not be negative");
      return false;
    }
    if (length >= 0 && (c->intVal.getActiveBits() > 63 || c->intVal.getSExtValue() >= length)) {
      error(index->pos, "invalid argument: index " + exprString(index) + " out of bounds [0:" +
                            std::to_string(length) + "]");
      return false;
    }
    if (value) *value = c->intVal.getSExtValue();
    return true;
  }
  if (!isInteger(index->type)) {
    error(index->pos, "invalid argument: index " + operandString(index) + " must be integer");
    return false;
  }
  return true;
}

void Checker::index(ast::IndexExpr* e) {
  expr(e->x);
  if (!e->extraIndices.empty()) {
    error(e->pos, "generics are not supported by gosub");
    return;
  }
  if (!valid(e->x)) {
    rawExpr(e->index);
    return;
  }
  if (e->x->type->underlying()->kind() == TypeKind::Map) {
    mapIndex(e, static_cast<Map*>(e->x->type->underlying()));
    return;
  }
  if (!isString(e->x->type) && indexArrayOrSlice(e)) return;
  if (!isString(e->x->type)) {
    // Strings, arrays, pointers to arrays, slices and maps are all Go
    // indexes (type parameters aside): anything else is invalid Go.
    rawExpr(e->index);
    error(e->pos, "invalid operation: cannot index " + operandString(e->x));
    return;
  }
  int64_t length = e->x->mode == Mode::Constant ? static_cast<int64_t>(e->x->constant->strVal.size()) : -1;
  if (!checkIndex(e->index, length, nullptr)) return;
  defaultType(e->x);
  // Indexing a string yields a byte, never a constant.
  e->mode = Mode::Value;
  e->type = T.byteType();
}

}  // namespace gosub::types
