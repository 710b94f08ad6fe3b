// conversions.cpp — conversions T(x).
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

bool Checker::convertibleTo(ast::Expr* x, Type* t) {
  if (assignableTo(x, t)) return true;
  Type* v = x->type;
  if (identical(v->underlying(), t->underlying())) return true;
  if (isNumeric(v) && isNumeric(t)) return true;
  if (isString(v) && isString(t)) return true;
  if (stringConvertible(v, t)) return true;
  // unsafe.Pointer converts to and from every pointer type and uintptr.
  auto isUnsafePointer = [](Type* x) {
    Basic* b = asBasic(x);
    return b && b->basicKind == BasicKind::UnsafePointer;
  };
  auto isUintptr = [](Type* x) {
    Basic* b = asBasic(x);
    return b && b->basicKind == BasicKind::Uintptr;
  };
  auto isPointer = [](Type* x) { return x->underlying()->kind() == TypeKind::Pointer; };
  if (isUnsafePointer(v) && (isPointer(t) || isUintptr(t))) return true;
  if (isUnsafePointer(t) && (isPointer(v) || isUintptr(v))) return true;
  // Go 1.17: a slice converts to a pointer to an array of its element type.
  if (v->underlying()->kind() == TypeKind::Slice && isPointer(t)) {
    Type* elem = static_cast<Pointer*>(t->underlying())->elem->underlying();
    if (elem->kind() == TypeKind::Array &&
        identical(static_cast<Array*>(elem)->elem, static_cast<Slice*>(v->underlying())->elem))
      return true;
  }
  return false;
}

void Checker::conversion(ast::CallExpr* e, Type* t) {
  if (isInvalidType(t)) {
    for (auto* a : e->args) rawExpr(a);
    return;
  }
  if (e->args.size() != 1 || e->hasEllipsis) {
    for (auto* a : e->args) rawExpr(a);
    if (e->args.empty())
      error(e->rparen.valid() ? e->rparen : e->pos, "missing argument in conversion to " + t->string());
    else if (e->args.size() > 1)
      error(e->args.back()->pos, "too many arguments in conversion to " + t->string());
    else
      error(e->pos, "invalid use of ... in conversion to " + t->string());
    return;
  }
  ast::Expr* x = e->args[0];
  expr(x);
  if (!valid(x)) return;
  if (x->mode == Mode::Constant && isString(t) && isInteger(x->type)) {
    // string(65) is the constant "A"; invalid runes give "\uFFFD".
    defaultType(x);
    e->mode = Mode::Constant;
    e->type = t;
    e->constant = makeString(runeString(*x->constant));
    return;
  }
  if (x->mode == Mode::Constant && asBasic(t)) {
    // Constant conversions yield constants and must be representable
    // (integers in float types are rounded; floats into integers must be exact).
    Basic* tb = asBasic(t);
    bool numOk = isNumeric(x->type) && tb->isNumeric();
    bool ok = numOk || (isString(x->type) && tb->isString()) || (isBoolean(x->type) && tb->isBoolean());
    if (!ok) {
      error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string());
      return;
    }
    ConstPtr v;
    if (!representable(*x->constant, tb->basicKind, &v)) {
      // An integer constant into an integer type can only overflow: today's
      // go/types says just that (go.dev/issue/63563).
      if (isInteger(t) && isInteger(x->type))
        error(x->pos, "constant " + x->constant->toString() + " overflows " + t->string());
      else if (isInteger(t) && isFloat(x->type) && toIntExact(*x->constant) == nullptr)
        error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string() + " (truncated)");
      else
        error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string());
      return;
    }
    if (isUntyped(x->type)) updateExprType(x, isFloat(t) && isInteger(x->type) ? defaultTypeOf(x->type) : t);
    // An untyped constant converted to its final type: annotate the operand
    // with a type codegen can materialise.
    if (isUntyped(x->type)) defaultType(x);
    e->mode = Mode::Constant;
    e->type = t;
    e->constant = v;
    return;
  }
  if (isUntyped(x->type)) {
    // Non-constant untyped values (comparisons, shifts) take the target type
    // when they can, else their default type.
    if (isBoolean(x->type) && isBoolean(t)) updateExprType(x, t);
    else defaultType(x);
  }
  if (!convertibleTo(x, t)) {
    if (t->underlying()->kind() == TypeKind::Interface)
      // ---- interfaces: why the type does not implement it.
      error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string() + ": " +
                        implementsError(x->type, t));
    else
      error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string());
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

}  // namespace gosub::types
