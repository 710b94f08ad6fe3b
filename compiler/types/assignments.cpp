// assignments.cpp — untyped values and their default types, representability,
// assignability and comparability.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- untyped values

Type* Checker::defaultTypeOf(Type* t) {
  auto* b = t && t->kind() == TypeKind::Basic ? static_cast<Basic*>(t) : nullptr;
  if (!b) return t;
  switch (b->basicKind) {
    case BasicKind::UntypedBool: return T.basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return T.basic(BasicKind::Int);
    case BasicKind::UntypedRune: return T.runeType();
    case BasicKind::UntypedFloat: return T.basic(BasicKind::Float64);
    case BasicKind::UntypedString: return T.basic(BasicKind::String);
    default: return t;
  }
}

// Why a numeric constant does not fit a type, in gc's words: a float constant
// into an integer type is "truncated", anything else "overflows".
static const char* misfit(const Constant& c, Type* target) {
  return c.kind == Constant::Kind::Float && isInteger(target) ? "truncated" : "overflows";
}

void Checker::defaultType(ast::Expr* e) {
  if (!valid(e) || !isUntyped(e->type) || isUntypedNil(e->type)) return;
  convertUntyped(e, defaultTypeOf(e->type));
}

// An untyped value assigned where no type is asked for (`x := c`, `_ = c`,
// println(c)) takes its default type, as an assignment to that type: go/types
// reports a constant that does not fit as one ("cannot use c (untyped int
// constant 9223372036854775808) as int value in assignment (overflows)").
void Checker::defaultTypeIn(ast::Expr* e, const std::string& context) {
  if (!valid(e) || !isUntyped(e->type) || isUntypedNil(e->type)) return;
  Type* t = defaultTypeOf(e->type);
  Basic* b = asBasic(t);
  ConstPtr rounded;
  if (e->mode == Mode::Constant && e->constant && b && b->isNumeric() &&
      (e->constant->kind == Constant::Kind::Int || e->constant->kind == Constant::Kind::Float) &&
      !representable(*e->constant, b->basicKind, &rounded)) {
    error(e->pos, "cannot use " + operandString(e) + " as " + t->string() + " value in " + context + " (" +
                      misfit(*e->constant, t) + ")");
    invalidate(e);
    return;
  }
  convertUntyped(e, t);
}

// Records the final type of an untyped expression tree, as go/types'
// updateExprType: operands of arithmetic take the result's type; operands of
// comparisons and shift counts keep their own.
void Checker::updateExprType(ast::Expr* e, Type* t) {
  if (!e || !isUntyped(e->type)) return;
  // An operand found invalid here (a non-constant shift of a float) was
  // reported; the expression around it is invalid too, so that no caller
  // goes on to convert it again and report a second error (go/types drops
  // it from its untyped map).
  auto failed = [&](ast::Expr* x) {
    if (valid(x)) return false;
    e->mode = Mode::Invalid;
    return true;
  };
  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) {
    updateExprType(p->x, t);
    if (failed(p->x)) return;
  } else if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) {
    if (u->op != ast::Op::Not || isBoolean(t)) updateExprType(u->x, t);
    if (failed(u->x)) return;
  } else if (auto* b = dynamic_cast<ast::BinaryExpr*>(e)) {
    switch (b->op) {
      case ast::Op::Eql: case ast::Op::Neq: case ast::Op::Lss: case ast::Op::Leq: case ast::Op::Gtr:
      case ast::Op::Geq:
        // The comparison's operands were given their types when compared.
        break;
      case ast::Op::Shl: case ast::Op::Shr:
        if (b->mode != Mode::Constant && !isInteger(t)) {
          error(b->pos, "invalid operation: " + exprString(b) + " (shift of type " + t->string() + ")");
          b->mode = Mode::Invalid;
          return;
        }
        if (b->mode != Mode::Constant && b->x->mode == Mode::Constant && !representableConst(b->x, t, true)) {
          b->mode = Mode::Invalid;
          return;
        }
        updateExprType(b->x, t);
        break;
      default:
        updateExprType(b->x, t);
        updateExprType(b->y, t);
        if (failed(b->x) | failed(b->y)) return;
    }
  }
  e->type = t;
  if (e->mode == Mode::Constant && e->constant) {
    ConstPtr rounded;
    if (auto* bt = asBasic(t); bt && representable(*e->constant, bt->basicKind, &rounded)) e->constant = rounded;
  }
}


bool Checker::representableConst(ast::Expr* e, Type* t, bool report) {
  Basic* b = asBasic(t);
  if (!b || !e->constant) return true;
  ConstPtr rounded;
  if (representable(*e->constant, b->basicKind, &rounded)) {
    e->constant = rounded;
    return true;
  }
  if (report) {
    bool numeric = e->constant->kind == Constant::Kind::Int || e->constant->kind == Constant::Kind::Float;
    if (numeric && b->isNumeric()) {
      bool truncated = misfit(*e->constant, t)[0] == 't';
      error(e->pos, operandString(e) + (truncated ? " truncated to " : " overflows ") + t->string());
    } else {
      error(e->pos, "cannot convert " + operandString(e) + " to type " + t->string());
    }
  }
  return false;
}

// Converts an untyped operand to `target` (a typed type, or another untyped
// kind when two untyped operands meet). Reports mismatches.
void Checker::convertUntyped(ast::Expr* e, Type* target) {
  if (!valid(e) || !isUntyped(e->type) || isInvalidType(target)) return;
  if (isUntyped(target)) {
    // Both untyped: the "larger" kind wins (int < rune < float).
    auto* a = static_cast<Basic*>(e->type);
    auto* b = static_cast<Basic*>(target);
    if (a->isNumeric() && b->isNumeric()) {
      if (b->basicKind > a->basicKind) {
        e->type = target;
        if (e->constant && b->basicKind == BasicKind::UntypedFloat) e->constant = toFloat(*e->constant);
      }
    } else if (a->basicKind != b->basicKind) {
      error(e->pos, "cannot convert " + operandString(e) + " to type " + target->string());
      invalidate(e);
    }
    return;
  }
  Basic* tb = asBasic(target);
  auto* eb = static_cast<Basic*>(e->type);
  if (isUntypedNil(e->type)) {
    if (hasNil(target)) {
      e->type = target;
      return;
    }
    error(e->pos, "cannot use nil as " + target->string() + " value in assignment");
    invalidate(e);
    return;
  }
  if (!tb) {
    error(e->pos, "cannot use " + operandString(e) + " as " + target->string() + " value");
    invalidate(e);
    return;
  }
  bool ok = (eb->isBoolean() && tb->isBoolean()) || (eb->isString() && tb->isString()) ||
            (eb->isNumeric() && tb->isNumeric());
  if (!ok) {
    error(e->pos, "cannot convert " + operandString(e) + " to type " + target->string());
    invalidate(e);
    return;
  }
  if (e->mode == Mode::Constant && !representableConst(e, target, true)) {
    invalidate(e);
    return;
  }
  updateExprType(e, target);
}

bool Checker::assignableTo(ast::Expr* e, Type* target) {
  Type* v = e->type;
  if (identical(v, target)) return true;
  Type* tu = target->underlying();
  if (isUntyped(v)) {
    // An untyped constant assigned to an interface takes its default type.
    if (!isUntypedNil(v) && tu->kind() == TypeKind::Interface) return assignableType(defaultTypeOf(v), target);
    if (isUntypedNil(v)) {
      auto k = tu->kind();
      return k == TypeKind::Pointer || k == TypeKind::Slice || k == TypeKind::Map || k == TypeKind::Chan ||
             k == TypeKind::Signature || k == TypeKind::Interface;
    }
    Basic* tb = asBasic(target);
    auto* vb = static_cast<Basic*>(v);
    return tb && ((vb->isBoolean() && tb->isBoolean()) || (vb->isString() && tb->isString()) ||
                  (vb->isNumeric() && tb->isNumeric()));
  }
  return assignableType(v, target);
}

// Assignability of a typed value of type v (Go spec, "Assignability"):
// identical types, or identical underlying types of which at least one is
// not a named type.
bool Checker::assignableType(Type* v, Type* target) {
  if (identical(v, target)) return true;
  // Every type implements interface{} (the empty method set).
  if (auto* ti = dynamic_cast<Interface*>(target->underlying()); ti && ti->allMethods.empty() && ti->methods.empty() &&
      ti->embeddeds.empty())
    return true;
  Type* vu = v->underlying();
  // A bidirectional channel is assignable to a directional one of the same
  // element type, unless both are named.
  if (vu->kind() == TypeKind::Chan && target->underlying()->kind() == TypeKind::Chan) {
    auto* vc = static_cast<Chan*>(vu);
    auto* tc = static_cast<Chan*>(target->underlying());
    if (vc->dir == ast::ChanDir::Both && identical(vc->elem, tc->elem) &&
        (v->kind() != TypeKind::Named || target->kind() != TypeKind::Named))
      return true;
  }
  if (identical(vu, target->underlying()) && vu->kind() != TypeKind::Basic &&
      (v->kind() != TypeKind::Named || target->kind() != TypeKind::Named))
    return true;
  // ---- interfaces (interfaces.cpp): a type implementing an interface.
  if (target->underlying()->kind() == TypeKind::Interface) return implementsError(v, target).empty();
  return false;
}

// `a, b = f()`: rhs must be one call returning exactly lhs.size() values,
// each assignable to its left side (a null left type is not yet known and
// takes the result's). Returns the result types, or nothing after reporting.
std::vector<Type*> Checker::unpackCall(ast::Expr* rhs, const std::vector<Type*>& lhs) {
  multiExpr(rhs);
  if (!valid(rhs)) return {};
  if ((rhs->mode == Mode::CommaOk || rhs->mode == Mode::MapIndex) && lhs.size() == 2) {
    // v, ok = <-c: the expression now yields (elem, bool), which is how
    // codegen knows to emit the two-result receive.
    auto* tuple = T.make<Tuple>();
    tuple->vars.push_back(T.make<Var>("", rhs->pos, pkg, rhs->type));
    tuple->vars.push_back(T.make<Var>("", rhs->pos, pkg, T.basic(BasicKind::Bool)));
    rhs->type = tuple;
    rhs->mode = Mode::Value;
    if (auto* p = dynamic_cast<ast::ParenExpr*>(rhs)) {
      // keep the receive itself annotated as the tuple too
      ast::Expr* inner = p->x;
      while (auto* q = dynamic_cast<ast::ParenExpr*>(inner)) inner = q->x;
      inner->type = tuple;
      inner->mode = Mode::Value;
    }
  }
  auto* tuple = rhs->type && rhs->type->kind() == TypeKind::Tuple ? static_cast<Tuple*>(rhs->type) : nullptr;
  size_t n = tuple ? tuple->size() : 1;
  if (n != lhs.size()) {
    error(rhs->pos, mismatchMessage(lhs.size(), rhs, n));
    return {};
  }
  std::vector<Type*> results;
  for (size_t i = 0; i < n; i++) {
    Type* t = tuple->vars[i]->type;
    if (lhs[i] && !isInvalidType(lhs[i]) && !assignableType(t, lhs[i])) {
      error(rhs->pos, "cannot use " + exprString(rhs) + " (value of type " + t->string() + ") as " +
                          lhs[i]->string() + " value in assignment");
      return {};
    }
    results.push_back(t);
  }
  return results;
}

bool Checker::assignment(ast::Expr* e, Type* target, const std::string& context) {
  if (!valid(e) || isInvalidType(target) || isInvalidType(e->type)) return false;
  if (e->mode == Mode::TypeExpr || e->mode == Mode::Builtin || e->mode == Mode::NoValue) {
    singleValue(e);  // reports, without checking e a second time
    return false;
  }
  // An untyped constant assigned to an interface takes its default type.
  if (isUntyped(e->type) && !isUntypedNil(e->type) && target->underlying()->kind() == TypeKind::Interface) {
    defaultType(e);
    if (!valid(e)) return false;  // reported (`1.0 << s`: a float64 shift)
  }
  if (!assignableTo(e, target)) {
    std::string what = isUntypedNil(e->type) ? "nil" : operandString(e);
    std::string reason;
    if (target->underlying()->kind() == TypeKind::Interface && !isUntypedNil(e->type))
      reason = implementsError(e->type, target);
    else if (e->type->underlying()->kind() == TypeKind::Interface && implementsError(target, e->type).empty())
      reason = "need type assertion";
    error(e->pos, "cannot use " + what + " as " + target->string() + " value in " + context +
                      (reason.empty() ? "" : ": " + reason));
    return false;
  }
  if (isUntyped(e->type)) {
    if (e->mode == Mode::Constant && !representableConst(e, target, false)) {
      error(e->pos, "cannot use " + operandString(e) + " as " + target->string() + " value in " + context + " (" +
                        misfit(*e->constant, target) + ")");
      return false;
    }
    updateExprType(e, target);
  }
  return true;
}

bool Checker::comparable(Type* t) {
  std::set<Type*> seen;
  return comparable(t, seen);
}

// seen: the structs being looked at, so that an invalid recursive type
// (`type T struct{ t T }`, reported by validType after its uses may have
// been checked) ends the recursion.
bool Checker::comparable(Type* t, std::set<Type*>& seen) {
  switch (t->underlying()->kind()) {
    case TypeKind::Basic: return !isUntypedNil(t);
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Array: return comparable(static_cast<Array*>(t->underlying())->elem, seen);
    case TypeKind::Struct:
      if (!seen.insert(t->underlying()).second) return true;
      for (Var* f : static_cast<Struct*>(t->underlying())->fields)
        if (!comparable(f->type, seen)) return false;
      return true;
    default: return false;
  }
}

// go/types' compositeKind: how messages name a composite type's kind ("" for
// basic types, which are named by their type).
std::string Checker::compositeKind(Type* t) {
  switch (t->underlying()->kind()) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    case TypeKind::Tuple: return "tuple";
    default: return "";
  }
}

// go/types' incomparableCause: why values of type t cannot be compared with
// ==, or "" when there is nothing more specific to say.
std::string Checker::incomparableCause(Type* t) {
  switch (t->underlying()->kind()) {
    case TypeKind::Slice: case TypeKind::Signature: case TypeKind::Map:
      return compositeKind(t) + " can only be compared to nil";
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(t->underlying())->fields)
        if (!comparable(f->type)) return "struct containing " + f->type->string() + " cannot be compared";
      return "";
    case TypeKind::Array:
      if (!comparable(static_cast<Array*>(t->underlying())->elem)) return t->underlying()->string() + " cannot be compared";
      return "";
    default: return "";
  }
}

}  // namespace gosub::types
