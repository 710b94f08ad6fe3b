// expr.cpp — expressions: operands, constants, untyped conversion, operators,
// calls, builtins, conversions and type expressions.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

static bool isUntypedNil(Type* t) {
  return t && t->kind() == TypeKind::Basic && static_cast<Basic*>(t)->basicKind == BasicKind::UntypedNil;
}

// Types whose zero value is nil, so that nil converts to them.
static bool hasNil(Type* t) {
  switch (t->underlying()->kind()) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface:
      return true;
    default:
      return false;
  }
}

static bool isNilIdent(const ast::Expr* e) {
  while (auto* p = dynamic_cast<const ast::ParenExpr*>(e)) e = p->x;
  auto* id = dynamic_cast<const ast::Ident*>(e);
  return id && id->obj && id->obj->kind == ObjectKind::Nil;
}

// ---------------------------------------------------------------- operands

std::string Checker::operandString(const ast::Expr* e) {
  std::string s = exprString(e);
  s += " (";
  bool hasType = false;
  switch (e->mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: case Mode::Package: break;
    default:
      if (e->type) {
        if (isUntyped(e->type)) {
          s += static_cast<Basic*>(e->type)->name + " ";
          break;
        }
        hasType = true;
      }
  }
  switch (e->mode) {
    case Mode::Invalid: s += "invalid operand"; break;
    case Mode::NoValue: s += "no value"; break;
    case Mode::Builtin: s += "built-in"; break;
    case Mode::TypeExpr: s += "type"; break;
    case Mode::Constant: s += "constant"; break;
    case Mode::Variable: s += "variable"; break;
    case Mode::MapIndex: s += "map index expression"; break;
    case Mode::Value: s += "value"; break;
    case Mode::CommaOk: s += "comma, ok expression"; break;
    case Mode::Package: s += "package"; break;
  }
  if (e->mode == Mode::Constant && e->constant) {
    std::string v = e->constant->toString();
    if (v != exprString(e)) s += " " + v;
  }
  if (hasType) s += " of type " + e->type->string();
  return s + ")";
}

// ---------------------------------------------------------------- type expressions

Type* Checker::typExpr(ast::Expr* e) {
  Type* invalid = T.basic(BasicKind::Invalid);
  if (auto* id = dynamic_cast<ast::Ident*>(e)) {
    ident(id, true);
    if (!valid(id)) return invalid;
    if (id->mode != Mode::TypeExpr) {
      error(e->pos, id->name + " is not a type");
      return invalid;
    }
    return id->type;
  }
  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) {
    Type* t = typExpr(p->x);
    p->mode = Mode::TypeExpr;
    p->type = t;
    return t;
  }
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e)) {
    selector(sel);
    if (!valid(sel)) return invalid;
    if (sel->mode != Mode::TypeExpr) {
      error(e->pos, exprString(e) + " is not a type");
      return invalid;
    }
    return sel->type;
  }
  if (auto* ft = dynamic_cast<ast::FuncType*>(e)) {
    if (!ft->typeParams.empty()) {
      error(ft->typeParams[0]->pos, "generics are not supported by gosub");
      return invalid;
    }
    return funcType(ft, nullptr);
  }
  if (auto* star = dynamic_cast<ast::StarExpr*>(e)) {
    Type* elem = typExpr(star->x);
    if (isInvalidType(elem)) return invalid;
    Type* t = T.pointer(elem);
    star->mode = Mode::TypeExpr;
    star->type = t;
    return t;
  }
  if (auto* st = dynamic_cast<ast::StructType*>(e)) return structType(st);
  if (auto* ct = dynamic_cast<ast::ChanType*>(e)) {
    Type* elem = typExpr(ct->value);
    if (isInvalidType(elem)) return invalid;
    Type* t = T.chan(ct->dir, elem);
    ct->mode = Mode::TypeExpr;
    ct->type = t;
    return t;
  }
  const char* what = nullptr;
  if (auto* a = dynamic_cast<ast::ArrayType*>(e)) what = a->isSlice ? "slice types are" : "array types are";
  else if (dynamic_cast<ast::MapType*>(e)) what = "map types are";
  else if (dynamic_cast<ast::InterfaceType*>(e)) what = "interface types are";
  if (what) {
    unsupported(e->pos, what);
    return invalid;
  }
  error(e->pos, exprString(e) + " is not a type");
  return invalid;
}

Type* Checker::structType(ast::StructType* e) {
  auto* st = T.make<Struct>();
  std::map<std::string, ast::Pos> seen;
  for (ast::Field* f : e->fields) {
    if (f->tag) unsupported(f->tag->pos, "struct tags are");
    Type* t = typExpr(f->type);
    auto add = [&](const std::string& name, ast::Pos pos, bool embedded) {
      auto* v = T.make<Var>(name, pos, pkg, t);
      v->isField = true;
      v->embedded = embedded;
      if (name != "_") {
        if (auto it = seen.find(name); it != seen.end())
          error(pos, name + " redeclared\n\t" + diags.format(it->second) + ": other declaration of " + name);
        else
          seen[name] = pos;
      }
      st->fields.push_back(v);
      return v;
    };
    if (f->names.empty()) {
      // Embedded field: named after its type, T or *T.
      ast::Expr* te = f->type;
      if (auto* star = dynamic_cast<ast::StarExpr*>(te)) te = star->x;
      std::string name;
      if (auto* id = dynamic_cast<ast::Ident*>(te)) name = id->name;
      else if (auto* sel = dynamic_cast<ast::SelectorExpr*>(te)) name = sel->sel->name;
      if (name.empty()) {
        error(f->type->pos, "embedded field type must be a type name");
        continue;
      }
      Type* base = t->kind() == TypeKind::Pointer ? static_cast<Pointer*>(t)->elem : t;
      if (t->kind() == TypeKind::Pointer && base->underlying()->kind() == TypeKind::Pointer)
        error(f->type->pos, "embedded field type cannot be a pointer to a pointer");
      add(name, f->type->pos, true);
    }
    for (ast::Ident* n : f->names) n->obj = add(n->name, n->pos, false);
  }
  e->mode = Mode::TypeExpr;
  e->type = st;
  return st;
}

Tuple* Checker::fieldList(const std::vector<ast::Field*>& fields, bool isParams, bool* variadic) {
  auto* tuple = T.make<Tuple>();
  for (size_t i = 0; i < fields.size(); i++) {
    ast::Field* f = fields[i];
    Type* t = typExpr(f->type);
    if (f->variadic) {
      if (!isParams || i + 1 != fields.size() || f->names.size() > 1)
        error(f->pos, "can only use ... with final parameter in list");
      else if (variadic)
        *variadic = true;
      unsupported(f->pos, "variadic functions are");
    }
    if (f->names.empty()) {
      auto* v = T.make<Var>("", f->pos, pkg, t);
      v->isParam = true;
      tuple->vars.push_back(v);
    }
    for (ast::Ident* name : f->names) {
      auto* v = T.make<Var>(name->name, name->pos, pkg, t);
      v->isParam = true;
      name->obj = v;
      tuple->vars.push_back(v);
    }
  }
  return tuple;
}

Signature* Checker::funcType(ast::FuncType* ft, ast::Field* recv) {
  (void)recv;
  auto* sig = T.make<Signature>();
  sig->params = fieldList(ft->params, true, &sig->variadic);
  sig->results = fieldList(ft->results, false, nullptr);
  ft->mode = Mode::TypeExpr;
  ft->type = sig;
  return sig;
}

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

void Checker::defaultType(ast::Expr* e) {
  if (!valid(e) || !isUntyped(e->type) || isUntypedNil(e->type)) return;
  convertUntyped(e, defaultTypeOf(e->type));
}

// Records the final type of an untyped expression tree, as go/types'
// updateExprType: operands of arithmetic take the result's type; operands of
// comparisons and shift counts keep their own.
void Checker::updateExprType(ast::Expr* e, Type* t) {
  if (!e || !isUntyped(e->type)) return;
  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) {
    updateExprType(p->x, t);
  } else if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) {
    if (u->op != ast::Op::Not || isBoolean(t)) updateExprType(u->x, t);
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
    }
  }
  e->type = t;
  if (e->mode == Mode::Constant && e->constant) {
    ConstPtr rounded;
    if (auto* bt = asBasic(t); bt && representable(*e->constant, bt->basicKind, &rounded)) e->constant = rounded;
  }
}

// Why a numeric constant does not fit a type, in gc's words: a float constant
// into an integer type is "truncated", anything else "overflows".
static const char* misfit(const Constant& c, Type* target) {
  return c.kind == Constant::Kind::Float && isInteger(target) ? "truncated" : "overflows";
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
  return identical(vu, target->underlying()) && vu->kind() != TypeKind::Basic &&
         (v->kind() != TypeKind::Named || target->kind() != TypeKind::Named);
}

// `a, b = f()`: rhs must be one call returning exactly lhs.size() values,
// each assignable to its left side (a null left type is not yet known and
// takes the result's). Returns the result types, or nothing after reporting.
std::vector<Type*> Checker::unpackCall(ast::Expr* rhs, const std::vector<Type*>& lhs) {
  multiExpr(rhs);
  if (!valid(rhs)) return {};
  if (rhs->mode == Mode::CommaOk && lhs.size() == 2) {
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
    expr(e);  // reports
    return false;
  }
  if (!assignableTo(e, target)) {
    std::string what = isUntypedNil(e->type) ? "nil" : operandString(e);
    error(e->pos, "cannot use " + what + " as " + target->string() + " value in " + context);
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
    case TypeKind::Struct:
      if (!seen.insert(t->underlying()).second) return true;
      for (Var* f : static_cast<Struct*>(t->underlying())->fields)
        if (!comparable(f->type, seen)) return false;
      return true;
    default: return false;
  }
}

// ---------------------------------------------------------------- dispatch

void Checker::expr(ast::Expr* e) {
  rawExpr(e);
  if (!valid(e)) return;
  switch (e->mode) {
    case Mode::NoValue:
      error(e->pos, exprString(e) + " (no value) used as value");
      invalidate(e);
      return;
    case Mode::Builtin:
      error(e->pos, exprString(e) + " (built-in) must be called");
      invalidate(e);
      return;
    case Mode::TypeExpr:
      error(e->pos, exprString(e) + " (type) is not an expression");
      invalidate(e);
      return;
    case Mode::Package:
      error(e->pos, "use of package " + exprString(e) + " without selector");
      invalidate(e);
      return;
    default: break;
  }
  if (e->type && e->type->kind() == TypeKind::Tuple) {
    error(e->pos, "multiple-value " + exprString(e) + " (value of type " + e->type->string() +
                      ") in single-value context");
    invalidate(e);
  }
  // A value of a type whose declaration was invalid (e.g. the result of a
  // call): one error about the type, none per use.
  if (valid(e) && e->type && isInvalidType(e->type)) invalidate(e);
}

void Checker::multiExpr(ast::Expr* e) {
  rawExpr(e);
  if (!valid(e)) return;
  if (e->type && e->type->kind() == TypeKind::Tuple) return;
  // Not a tuple: apply single-value checks (they do not re-check the node).
  switch (e->mode) {
    case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: case Mode::Package: {
      Mode m = e->mode;
      (void)m;
      expr(e);
      return;
    }
    default: return;
  }
}

void Checker::exprOrType(ast::Expr* e) { rawExpr(e); }

void Checker::rawExpr(ast::Expr* e) {
  e->mode = Mode::Invalid;
  e->type = nullptr;
  e->constant = nullptr;
  if (auto* id = dynamic_cast<ast::Ident*>(e)) return ident(id, false);
  if (auto* lit = dynamic_cast<ast::BasicLit*>(e)) return basicLit(lit);
  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) {
    rawExpr(p->x);
    p->mode = p->x->mode;
    p->type = p->x->type;
    p->constant = p->x->constant;
    return;
  }
  if (auto* s = dynamic_cast<ast::SelectorExpr*>(e)) return selector(s);
  if (auto* c = dynamic_cast<ast::CallExpr*>(e)) return call(c);
  if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) return unary(u);
  if (auto* b = dynamic_cast<ast::BinaryExpr*>(e)) return binary(b);
  if (auto* i = dynamic_cast<ast::IndexExpr*>(e)) return index(i);
  if (dynamic_cast<ast::ArrayType*>(e) || dynamic_cast<ast::MapType*>(e) || dynamic_cast<ast::ChanType*>(e) ||
      dynamic_cast<ast::StructType*>(e) || dynamic_cast<ast::InterfaceType*>(e) || dynamic_cast<ast::FuncType*>(e)) {
    Type* t = typExpr(e);
    if (isInvalidType(t)) return;
    e->mode = Mode::TypeExpr;
    e->type = t;
    return;
  }
  if (auto* star = dynamic_cast<ast::StarExpr*>(e)) return indirect(star);
  if (auto* cl = dynamic_cast<ast::CompositeLit*>(e)) return compositeLit(cl, nullptr);
  if (auto* fl = dynamic_cast<ast::FuncLit*>(e)) return funcLit(fl);
  if (dynamic_cast<ast::SliceExpr*>(e)) return unsupported(e->pos, "slice expressions are");
  if (dynamic_cast<ast::TypeAssertExpr*>(e)) return unsupported(e->pos, "type assertions are");
  if (dynamic_cast<ast::KeyValueExpr*>(e)) return error(e->pos, "unexpected key:value expression");
  error(e->pos, "invalid expression");
}

// ---------------------------------------------------------------- names and literals

void Checker::ident(ast::Ident* e, bool wantType) {
  (void)wantType;
  e->mode = Mode::Invalid;
  if (e->name == "_") {
    error(e->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope ? scope->lookup(e->name) : pkg->scope->lookup(e->name);
  if (!obj) {
    error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  // A function's type is set (to a guard) while its signature is checked, so
  // a use there is not a declaration cycle (go/types does the same).
  if (obj->pkg == pkg && decls.count(obj) && !(obj->kind == ObjectKind::Func && obj->type)) objDecl(obj);
  // A local alias whose right-hand side is being checked refers to itself.
  if (obj->kind == ObjectKind::TypeName && !obj->type && !decls.count(obj)) cycleDecl(obj);
  recordDep(obj);
  switch (obj->kind) {
    case ObjectKind::Var: {
      auto* v = static_cast<Var*>(obj);
      v->used = true;
      noteCapture(v);
      if (isInvalidType(v->type)) return;
      e->mode = Mode::Variable;
      e->type = v->type;
      return;
    }
    case ObjectKind::Const: {
      auto* c = static_cast<Const*>(obj);
      if (c->name == "iota" && !c->pkg) {
        if (iota < 0) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        e->mode = Mode::Constant;
        e->type = c->type;
        e->constant = makeInt(iota);
        return;
      }
      if (!c->value || isInvalidType(c->type)) return;
      e->mode = Mode::Constant;
      e->type = c->type;
      e->constant = c->value;
      return;
    }
    case ObjectKind::TypeName:
      if (!obj->type) {
        // A valid cycle through a defined type reached an alias whose type
        // is not known yet (gc without alias nodes reports the same).
        error(e->pos, "invalid use of type alias " + obj->name + " in recursive type (see go.dev/issue/50729)");
        obj->type = T.basic(BasicKind::Invalid);
        return;
      }
      if (isInvalidType(obj->type)) return;
      e->mode = Mode::TypeExpr;
      e->type = obj->type;
      return;
    case ObjectKind::Func:
      if (!obj->type) return;
      e->mode = Mode::Value;
      e->type = obj->type;
      return;
    case ObjectKind::PkgName:
      static_cast<PkgName*>(obj)->used = true;
      e->mode = Mode::Package;
      return;
    case ObjectKind::Builtin:
      e->mode = Mode::Builtin;
      return;
    case ObjectKind::Nil:
      e->mode = Mode::Value;
      e->type = obj->type;
      return;
    case ObjectKind::Label:
      error(e->pos, "undefined: " + e->name);
      return;
  }
}

// A function literal is checked where it stands, in a function context of its
// own nested in the enclosing one, so that references to outer locals are
// seen as captures (noteCapture).
void Checker::funcLit(ast::FuncLit* e) {
  if (!e->funcType->typeParams.empty()) {
    error(e->funcType->typeParams[0]->pos, "generics are not supported by gosub");
    return;
  }
  Signature* sig = funcType(e->funcType, nullptr);
  auto savedTargets = std::move(targets);
  targets.clear();
  int64_t savedIota = iota;
  iota = -1;
  funcBody(nullptr, e, e->body, sig);
  iota = savedIota;
  targets = std::move(savedTargets);
  e->mode = Mode::Value;
  e->type = sig;
}

// v is used in the current function: if it belongs to an enclosing function,
// every literal between here and there captures it.
void Checker::noteCapture(Var* v) {
  auto it = varOwner.find(v);
  if (it == varOwner.end() || !fn || it->second == fn) return;
  v->captured = true;
  for (FuncContext* c = fn; c && c != it->second; c = c->outer)
    if (c->lit && std::find(c->lit->captures.begin(), c->lit->captures.end(), v) == c->lit->captures.end())
      c->lit->captures.push_back(v);
}

void Checker::basicLit(ast::BasicLit* e) {
  std::string err;
  ConstPtr c = parseLiteral(e->kind, e->value, err);
  if (!c) {
    error(e->pos, err);
    return;
  }
  if (c->kind == Constant::Kind::Int && !intInRange(*c)) {
    error(e->pos, "integer constant overflow");  // literal beyond 512 bits
    return;
  }
  e->mode = Mode::Constant;
  e->constant = c;
  switch (e->kind) {
    case ast::LitKind::Int: e->type = T.basic(BasicKind::UntypedInt); break;
    case ast::LitKind::Float: e->type = T.basic(BasicKind::UntypedFloat); break;
    case ast::LitKind::Char: e->type = T.basic(BasicKind::UntypedRune); break;
    case ast::LitKind::String: e->type = T.basic(BasicKind::UntypedString); break;
    case ast::LitKind::Imag: break;
  }
}

void Checker::selector(ast::SelectorExpr* e) {
  e->mode = Mode::Invalid;
  if (auto* id = dynamic_cast<ast::Ident*>(e->x)) {
    Object* obj = scope ? scope->lookup(id->name) : pkg->scope->lookup(id->name);
    if (obj && obj->kind == ObjectKind::PkgName) {
      auto* pn = static_cast<PkgName*>(obj);
      pn->used = true;
      id->obj = pn;
      id->mode = Mode::Package;
      Package* imp = pn->imported;
      const std::string& name = e->sel->name;
      Object* member = imp->scope->lookupLocal(name);
      if (!member || !member->exported()) {
        if (member && !member->exported())
          error(e->sel->pos, "name " + name + " not exported by package " + imp->name);
        else
          error(e->sel->pos, "undefined: " + id->name + "." + name);
        return;
      }
      e->sel->obj = member;
      switch (member->kind) {
        case ObjectKind::Const: {
          auto* c = static_cast<Const*>(member);
          e->mode = Mode::Constant;
          e->type = c->type;
          e->constant = c->value;
          break;
        }
        case ObjectKind::Var: e->mode = Mode::Variable; e->type = member->type; break;
        case ObjectKind::TypeName: e->mode = Mode::TypeExpr; e->type = member->type; break;
        case ObjectKind::Func:
          e->mode = static_cast<Func*>(member)->intrinsic != Intrinsic::None ? Mode::Builtin : Mode::Value;
          e->type = member->type;
          break;
        default: break;
      }
      e->sel->mode = e->mode;
      e->sel->type = e->type;
      return;
    }
  }
  rawExpr(e->x);
  ast::Expr* x = e->x;
  if (!valid(x)) return;
  if (x->mode == Mode::TypeExpr) {
    unsupported(e->pos, "method expressions are");
    return;
  }
  expr(x);
  if (!valid(x)) return;
  const std::string& name = e->sel->name;
  auto* sel = T.make<Selection>();
  bool ambiguous = false;
  Object* obj = name == "_" ? nullptr : lookupFieldOrMethod(x->type, name, sel, &ambiguous);
  if (!obj) {
    if (x->type->kind() == TypeKind::Pointer && isInvalidType(static_cast<Pointer*>(x->type)->elem))
      return;  // its declaration was reported
    if (ambiguous)
      error(e->sel->pos, "ambiguous selector " + exprString(e));
    else if (x->type->underlying()->kind() == TypeKind::Pointer &&
             static_cast<Pointer*>(x->type->underlying())->elem->underlying()->kind() == TypeKind::Pointer)
      error(e->sel->pos, exprString(e) + " undefined (type " + x->type->string() + " has no field or method " + name + ")");
    else
      error(e->sel->pos, exprString(e) + " undefined (type " + x->type->string() + " has no field or method " + name + ")");
    return;
  }
  e->selection = sel;
  e->sel->obj = obj;
  if (sel->kind == SelectionKind::FieldVal) {
    // A field of an addressable struct, or reached through a pointer, is a
    // variable.
    e->mode = x->mode == Mode::Variable || sel->indirect ? Mode::Variable : Mode::Value;
    e->type = obj->type;
    return;
  }
  auto* m = static_cast<Func*>(obj);
  recordDep(m);  // its body may refer to the variable being initialised
  Signature* msig = m->signature();
  if (!msig) return;  // its receiver was invalid: reported already
  bool ptrRecv = msig->recv && msig->recv->type->kind() == TypeKind::Pointer;
  if (ptrRecv && !sel->indirect) {
    // A pointer method on a value needs the value's address.
    if (x->mode != Mode::Variable) {
      error(e->sel->pos, "cannot call pointer method " + name + " on " + x->type->string());
      return;
    }
    markAddressTaken(x);
  }
  // A method value: the method's signature without its receiver.
  auto* sig = T.make<Signature>();
  sig->params = msig->params;
  sig->results = msig->results;
  sig->variadic = msig->variadic;
  e->mode = Mode::Value;
  e->type = sig;
}

// ---------------------------------------------------------------- calls

void Checker::call(ast::CallExpr* e) {
  e->mode = Mode::Invalid;
  rawExpr(e->fun);
  ast::Expr* fun = e->fun;
  if (!valid(fun)) {
    for (ast::Expr* a : e->args) rawExpr(a);
    return;
  }
  if (fun->mode == Mode::TypeExpr) return conversion(e, fun->type);
  if (fun->mode == Mode::Builtin) {
    Object* obj = nullptr;
    if (auto* id = dynamic_cast<ast::Ident*>(fun)) obj = id->obj;
    else if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun)) obj = sel->sel->obj;
    else if (auto* p = dynamic_cast<ast::ParenExpr*>(fun)) {
      if (auto* pid = dynamic_cast<ast::Ident*>(p->x)) obj = pid->obj;
    }
    if (obj && obj->kind == ObjectKind::Builtin) return builtinCall(e, static_cast<Builtin*>(obj));
    if (obj && obj->kind == ObjectKind::Func) {
      // fmt.Print / fmt.Println: any number of basic-typed operands.
      if (!printArguments(e, "argument to " + exprString(fun))) return;
      e->mode = Mode::NoValue;
      return;
    }
    return;
  }
  if (!fun->type || fun->type->underlying()->kind() != TypeKind::Signature) {
    error(e->pos, "invalid operation: cannot call non-function " + operandString(fun));
    for (ast::Expr* a : e->args) rawExpr(a);
    return;
  }
  auto* sig = static_cast<Signature*>(fun->type->underlying());
  arguments(e, sig, exprString(fun));
  size_t nres = sig->results->size();
  if (nres == 0) {
    e->mode = Mode::NoValue;
  } else if (nres == 1) {
    e->mode = Mode::Value;
    e->type = sig->results->vars[0]->type;
  } else {
    e->mode = Mode::Value;
    e->type = sig->results;
  }
}

// "(int, string)"; untyped numeric constants print as "number", as in gc.
std::string typeListString(const std::vector<Type*>& ts) {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    if (!ts[i]) s += "invalid type";
    else if (isUntyped(ts[i]) && isNumeric(ts[i])) s += "number";
    else s += ts[i]->string();
  }
  return s + ")";
}

void Checker::arguments(ast::CallExpr* e, Signature* sig, const std::string& fname) {
  if (e->hasEllipsis) unsupported(e->pos, "f(s...) calls are");
  std::vector<ast::Expr*> args = e->args;
  const auto& params = sig->params->vars;
  // f(g()) where g returns several values.
  if (args.size() == 1) {
    multiExpr(args[0]);
    if (!valid(args[0])) return;
    if (args[0]->type && args[0]->type->kind() == TypeKind::Tuple) {
      auto* t = static_cast<Tuple*>(args[0]->type);
      bool ok = t->size() == params.size();
      for (size_t i = 0; ok && i < t->size(); i++)
        if (!identical(t->vars[i]->type, params[i]->type) &&
            !(t->vars[i]->type->underlying() == params[i]->type->underlying() &&
              (t->vars[i]->type->kind() != TypeKind::Named || params[i]->type->kind() != TypeKind::Named)))
          ok = false;
      if (!ok) {
        std::vector<Type*> have, want;
        for (Var* v : t->vars) have.push_back(v->type);
        for (Var* v : params) want.push_back(v->type);
        const char* what = t->size() < params.size() ? "not enough" : (t->size() > params.size() ? "too many" : nullptr);
        if (what)
          error(args[0]->pos, std::string(what) + " arguments in call to " + fname +
                                                            "\n\thave " + typeListString(have) + "\n\twant " +
                                                            typeListString(want));
        else
          error(args[0]->pos, "cannot use " + exprString(args[0]) + " (value of type " + t->string() +
                                  ") as argument to " + fname);
      }
      return;
    }
    if (args[0]->mode == Mode::NoValue || args[0]->mode == Mode::TypeExpr || args[0]->mode == Mode::Builtin ||
        args[0]->mode == Mode::Package) {
      expr(args[0]);
      return;
    }
  } else {
    for (ast::Expr* a : args) expr(a);
  }
  if (args.size() != params.size()) {
    std::vector<Type*> have, want;
    for (ast::Expr* a : args) have.push_back(valid(a) ? a->type : nullptr);
    for (Var* v : params) want.push_back(v->type);
    bool tooMany = args.size() > params.size();
    ast::Pos at = tooMany ? args[params.size()]->pos : (e->rparen.valid() ? e->rparen : e->pos);
    error(at, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave " +
                  typeListString(have) + "\n\twant " + typeListString(want));
    return;
  }
  for (size_t i = 0; i < args.size(); i++)
    if (valid(args[i])) assignment(args[i], params[i]->type, "argument to " + fname);
}

// A size argument of make: an integer value, or a constant representable as
// int that is not negative.
bool Checker::sizeArgument(ast::Expr* x, const char* what) {
  // gc calls every size argument an "index" when it is negative.
  expr(x);
  if (!valid(x)) return false;
  if (x->mode == Mode::Constant) {
    if (isUntyped(x->type) && isNumeric(x->type)) {
      convertUntyped(x, T.basic(BasicKind::Int));
      if (!valid(x)) return false;
    }
    if (isInteger(x->type) && x->constant->intVal.isNegative()) {
      error(x->pos, "invalid argument: index " + operandString(x) + " must not be negative");
      return false;
    }
  }
  if (!isInteger(x->type)) {
    error(x->pos, std::string("invalid argument: ") + what + " " + operandString(x) + " must be integer");
    return false;
  }
  return true;
}

// Operands of print, println, fmt.Print and fmt.Println: values of basic
// types (untyped ones take their default type), or one call returning
// several such values.
bool Checker::printArguments(ast::CallExpr* e, const std::string& context) {
  if (e->hasEllipsis) {
    unsupported(e->pos, "f(s...) calls are");
    return false;
  }
  auto printable = [&](Type* t, ast::Pos pos) {
    if (asBasic(t)) return true;
    unsupported(pos, "printing values of type " + t->string() + " is");
    return false;
  };
  if (e->args.size() == 1) {
    ast::Expr* a = e->args[0];
    multiExpr(a);
    if (!valid(a)) return false;
    if (a->type && a->type->kind() == TypeKind::Tuple) {
      bool ok = true;
      for (Var* v : static_cast<Tuple*>(a->type)->vars) ok = printable(v->type, a->pos) && ok;
      return ok;
    }
  }
  bool ok = true;
  for (ast::Expr* a : e->args) {
    if (e->args.size() != 1) expr(a);
    if (!valid(a)) { ok = false; continue; }
    if (isUntypedNil(a->type)) {
      error(a->pos, "use of untyped nil in " + context);
      ok = false;
      continue;
    }
    defaultType(a);
    ok = printable(a->type, a->pos) && ok;
  }
  return ok;
}

// Builtins of one argument (len, cap, close, new): gc's message otherwise.
bool Checker::oneArgument(ast::CallExpr* e) {
  size_t nargs = e->args.size();
  if (nargs == 1) return true;
  for (auto* a : e->args) rawExpr(a);
  error(nargs ? e->pos : e->rparen, std::string("invalid operation: ") + (nargs ? "too many" : "not enough") +
                                        " arguments for " + exprString(e) + " (expected 1, found " +
                                        std::to_string(nargs) + ")");
  return false;
}

void Checker::builtinCall(ast::CallExpr* e, Builtin* b) {
  const std::string& name = b->name;
  auto nargs = e->args.size();
  if (e->hasEllipsis) {
    unsupported(e->pos, "f(s...) calls are");
    return;
  }
  switch (b->id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!oneArgument(e)) return;
      ast::Expr* x = e->args[0];
      expr(x);
      if (!valid(x)) return;
      bool isChan = x->type->underlying()->kind() == TypeKind::Chan;
      if (!(isChan || (b->id == BuiltinId::Len && isString(x->type)))) {
        error(x->pos, "invalid argument: " + operandString(x) + " for built-in " + name);
        return;
      }
      e->type = T.basic(BasicKind::Int);
      if (x->mode == Mode::Constant) {
        e->mode = Mode::Constant;
        e->constant = makeInt(static_cast<int64_t>(x->constant->strVal.size()));
      } else {
        e->mode = Mode::Value;
      }
      if (isUntyped(x->type)) defaultType(x);
      return;
    }
    case BuiltinId::Close: {
      if (!oneArgument(e)) return;
      ast::Expr* x = e->args[0];
      expr(x);
      if (!valid(x)) return;
      auto* ch = x->type->underlying()->kind() == TypeKind::Chan ? static_cast<Chan*>(x->type->underlying()) : nullptr;
      if (!ch) {
        error(x->pos, "invalid operation: cannot close non-channel " + operandString(x));
        return;
      }
      if (ch->dir == ast::ChanDir::Recv) {
        error(x->pos, "invalid operation: cannot close receive-only channel " + operandString(x));
        return;
      }
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::New: {
      if (!oneArgument(e)) return;
      Type* t = typExpr(e->args[0]);
      if (isInvalidType(t)) return;
      e->mode = Mode::Value;
      e->type = T.pointer(t);
      return;
    }
    case BuiltinId::Make: {
      if (nargs == 0) {
        error(e->rparen, "not enough arguments for " + exprString(e) + " (expected 1, found 0)");
        return;
      }
      Type* t = typExpr(e->args[0]);
      if (isInvalidType(t)) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        return;
      }
      if (t->underlying()->kind() != TypeKind::Chan) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        error(e->args[0]->pos, "invalid argument: cannot make " + exprString(e->args[0]) + "; type must be slice, map, or channel");
        return;
      }
      if (nargs > 2) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        error(e->args[2]->pos, "invalid operation: " + exprString(e) + " expects 1 or 2 arguments; found " +
                                   std::to_string(nargs));
        return;
      }
      if (nargs == 2 && !sizeArgument(e->args[1], "buffer size")) return;
      e->mode = Mode::Value;
      e->type = t;
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println:
      if (printArguments(e, "argument to built-in " + name)) e->mode = Mode::NoValue;
      return;
    case BuiltinId::Complex: case BuiltinId::Real: case BuiltinId::Imag:
      error(e->pos, "complex numbers are not supported by gosub");
      return;
    default:
      for (auto* a : e->args) rawExpr(a);
      unsupported(e->pos, "the built-in " + name + " is");
      return;
  }
}

bool Checker::convertibleTo(ast::Expr* x, Type* t) {
  if (assignableTo(x, t)) return true;
  Type* v = x->type;
  if (identical(v->underlying(), t->underlying())) return true;
  if (isNumeric(v) && isNumeric(t)) return true;
  if (isString(v) && isString(t)) return true;
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
  if (x->mode == Mode::Constant && asBasic(t) && isUntyped(x->type) == false && isString(t) && isInteger(x->type)) {
    unsupported(e->pos, "integer to string conversions are");
    return;
  }
  if (x->mode == Mode::Constant && asBasic(t)) {
    // Constant conversions yield constants and must be representable
    // (integers in float types are rounded; floats into integers must be exact).
    Basic* tb = asBasic(t);
    bool numOk = isNumeric(x->type) && tb->isNumeric();
    bool ok = numOk || (isString(x->type) && tb->isString()) || (isBoolean(x->type) && tb->isBoolean());
    if (isInteger(x->type) && tb->isString()) {
      unsupported(e->pos, "integer to string conversions are");
      return;
    }
    if (!ok) {
      error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string());
      return;
    }
    ConstPtr v;
    if (!representable(*x->constant, tb->basicKind, &v)) {
      if (isInteger(t) && isFloat(x->type) && toIntExact(*x->constant) == nullptr)
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
    if (isInteger(x->type) && isString(t))
      unsupported(e->pos, "integer to string conversions are");
    else
      error(x->pos, "cannot convert " + operandString(x) + " to type " + t->string());
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

// ---------------------------------------------------------------- operators

void Checker::unary(ast::UnaryExpr* e) {
  using ast::Op;
  if (e->op == Op::Addr) {
    ast::Expr* x = e->x;
    while (auto* p = dynamic_cast<ast::ParenExpr*>(x)) x = p->x;
    if (auto* cl = dynamic_cast<ast::CompositeLit*>(x)) {
      rawExpr(e->x);  // &T{...}: a fresh variable
      if (!valid(cl)) return;
      e->mode = Mode::Value;
      e->type = T.pointer(cl->type);
      return;
    }
    expr(e->x);
    if (!valid(e->x)) return;
    if (e->x->mode != Mode::Variable) {
      error(e->x->pos, "invalid operation: cannot take address of " + operandString(e->x));
      return;
    }
    markAddressTaken(e->x);
    e->mode = Mode::Value;
    e->type = T.pointer(e->x->type);
    return;
  }
  if (e->op == Op::Arrow) return receive(e);
  expr(e->x);
  if (!valid(e->x)) return;
  ast::Expr* x = e->x;
  bool ok = false;
  switch (e->op) {
    case Op::Add: case Op::Sub: ok = isNumeric(x->type); break;
    case Op::Xor: ok = isInteger(x->type); break;
    case Op::Not: ok = isBoolean(x->type); break;
    default: break;
  }
  if (!ok) {
    error(x->pos, std::string("invalid operation: operator ") + ast::opSpelling(e->op) + " not defined on " +
                      operandString(x));
    return;
  }
  e->type = x->type;
  if (x->mode == Mode::Constant) {
    Basic* b = asBasic(x->type);
    ConstPtr v = unaryOp(e->op, *x->constant, b->basicKind);
    if (!v) return;
    e->mode = Mode::Constant;
    e->constant = v;
    if (!isUntyped(e->type) && !representableConst(e, e->type, false)) {
      error(e->pos, operandString(e) + " overflows " + e->type->string());
      invalidate(e);
    } else if (isUntyped(e->type) && !intInRange(*v)) {
      error(e->pos, "constant overflow");
      invalidate(e);
    }
    return;
  }
  e->mode = Mode::Value;
}

// *x: the variable x points to; *T in an expression is a pointer type.
void Checker::indirect(ast::StarExpr* e) {
  rawExpr(e->x);
  ast::Expr* x = e->x;
  if (!valid(x)) return;
  if (x->mode == Mode::TypeExpr) {
    e->mode = Mode::TypeExpr;
    e->type = T.pointer(x->type);
    return;
  }
  expr(x);
  if (!valid(x)) return;
  if (isUntypedNil(x->type)) {
    error(x->pos, "invalid operation: cannot indirect nil");
    return;
  }
  if (x->type->underlying()->kind() != TypeKind::Pointer) {
    error(x->pos, "invalid operation: cannot indirect " + operandString(x));
    return;
  }
  e->mode = Mode::Variable;
  e->type = static_cast<Pointer*>(x->type->underlying())->elem;
}

// The variable at the root of an addressable expression (x in x.f.g), if
// any: taking its address means it must live on the heap.
static Var* rootVar(ast::Expr* e) {
  for (;;) {
    if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) { e = p->x; continue; }
    if (auto* s = dynamic_cast<ast::SelectorExpr*>(e)) {
      if (s->selection && !s->selection->indirect) { e = s->x; continue; }
      return nullptr;
    }
    break;
  }
  auto* id = dynamic_cast<ast::Ident*>(e);
  return id && id->obj && id->obj->kind == ObjectKind::Var ? static_cast<Var*>(id->obj) : nullptr;
}

void Checker::markAddressTaken(ast::Expr* e) {
  if (Var* v = rootVar(e); v && !v->isGlobal) v->addressTaken = true;
}

// T{...} for struct types; `hint` is the element type when the literal's
// type is elided inside another literal.
void Checker::compositeLit(ast::CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  if (e->litType) {
    t = typExpr(e->litType);
  } else if (hint) {
    t = hint;
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    return;
  }
  if (isInvalidType(t)) {
    for (ast::Expr* el : e->elts) {
      if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el)) rawExpr(kv->value);
      else rawExpr(el);
    }
    return;
  }
  if (t->underlying()->kind() != TypeKind::Struct) {
    for (ast::Expr* el : e->elts) {
      if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el)) rawExpr(kv->value);
      else rawExpr(el);
    }
    unsupported(e->pos, "composite literals of type " + t->string() + " are");
    return;
  }
  auto* st = static_cast<Struct*>(t->underlying());
  e->mode = Mode::Value;
  e->type = t;
  if (e->elts.empty()) return;
  bool keyed = dynamic_cast<ast::KeyValueExpr*>(e->elts[0]) != nullptr;
  if (keyed) {
    std::set<Var*> seen;
    for (ast::Expr* el : e->elts) {
      auto* kv = dynamic_cast<ast::KeyValueExpr*>(el);
      if (!kv) {
        error(el->pos, "mixture of field:value and value elements in struct literal");
        rawExpr(el);
        continue;
      }
      auto* key = dynamic_cast<ast::Ident*>(kv->key);
      Var* field = nullptr;
      if (key)
        for (Var* f : st->fields)
          if (f->name == key->name) field = f;
      if (!field) {
        error(kv->key->pos, key ? "unknown field " + key->name + " in struct literal of type " + t->string()
                                : "invalid field name " + exprString(kv->key) + " in struct literal");
        rawExpr(kv->value);
        continue;
      }
      key->obj = field;
      if (!seen.insert(field).second) error(kv->key->pos, "duplicate field name " + key->name + " in struct literal");
      elementValue(kv->value, field->type, "struct literal");
    }
    return;
  }
  for (size_t i = 0; i < e->elts.size(); i++) {
    ast::Expr* el = e->elts[i];
    if (dynamic_cast<ast::KeyValueExpr*>(el)) {
      error(el->pos, "mixture of field:value and value elements in struct literal");
      continue;
    }
    if (i >= st->fields.size()) {
      error(el->pos, "too many values in struct literal of type " + t->string());
      rawExpr(el);
      break;
    }
    elementValue(el, st->fields[i]->type, "struct literal");
  }
  if (e->elts.size() < st->fields.size())
    error(e->rbrace.valid() ? e->rbrace : e->pos, "too few values in struct literal of type " + t->string());
}

// One element of a composite literal: a value assignable to t; an element
// that is itself a literal may leave its type out.
void Checker::elementValue(ast::Expr* v, Type* t, const char* context) {
  if (auto* cl = dynamic_cast<ast::CompositeLit*>(v); cl && !cl->litType) {
    compositeLit(cl, t);
    return;
  }
  expr(v);
  if (valid(v)) assignment(v, t, context);
}

// Go's field and method lookup: breadth-first through embedded fields, the
// shallowest match wins, two at the same depth are ambiguous. Sets sel's
// selection and returns the object, or null (ambiguous set when so).
Object* Checker::lookupFieldOrMethod(Type* t, const std::string& name, Selection* sel, bool* ambiguous) {
  struct Entry {
    Type* type;
    std::vector<int> index;
    bool indirect;
  };
  *ambiguous = false;
  bool isPtr = t->kind() == TypeKind::Pointer || (t->kind() != TypeKind::Named && t->underlying()->kind() == TypeKind::Pointer);
  Type* base = isPtr ? static_cast<Pointer*>(t->underlying())->elem : t;
  std::vector<Entry> level{{base, {}, isPtr}};
  std::set<Type*> visited;
  while (!level.empty()) {
    std::vector<Entry> next;
    Object* found = nullptr;
    int count = 0;
    for (Entry& en : level) {
      if (!visited.insert(en.type).second) continue;
      if (en.type->kind() == TypeKind::Named) {
        for (Func* m : static_cast<Named*>(en.type)->methods)
          if (m->name == name) {
            found = m;
            count++;
            sel->kind = SelectionKind::MethodVal;
            sel->index = en.index;
            sel->indirect = en.indirect;
          }
      }
      if (en.type->underlying()->kind() != TypeKind::Struct) continue;
      auto* st = static_cast<Struct*>(en.type->underlying());
      for (size_t i = 0; i < st->fields.size(); i++) {
        Var* f = st->fields[i];
        std::vector<int> idx = en.index;
        idx.push_back(static_cast<int>(i));
        if (f->name == name) {
          found = f;
          count++;
          sel->kind = SelectionKind::FieldVal;
          sel->index = idx;
          sel->indirect = en.indirect;
        }
        if (f->embedded) {
          bool p = f->type->underlying()->kind() == TypeKind::Pointer && f->type->kind() != TypeKind::Named;
          Type* ft = p ? static_cast<Pointer*>(f->type)->elem : f->type;
          next.push_back({ft, idx, en.indirect || p});
        }
      }
    }
    if (count > 1) {
      *ambiguous = true;
      return nullptr;
    }
    if (found) {
      sel->obj = found;
      sel->recv = t;
      return found;
    }
    level = std::move(next);
  }
  return nullptr;
}

// <-c: a value of c's element type; in a two-value context (v, ok := <-c)
// unpackCall turns its type into the tuple (elem, bool).
void Checker::receive(ast::UnaryExpr* e) {
  expr(e->x);
  if (!valid(e->x)) return;
  auto* ch = e->x->type->underlying()->kind() == TypeKind::Chan ? static_cast<Chan*>(e->x->type->underlying()) : nullptr;
  if (!ch) {
    error(e->x->pos, "invalid operation: cannot receive from non-channel " + operandString(e->x));
    return;
  }
  if (ch->dir == ast::ChanDir::Send) {
    error(e->x->pos, "invalid operation: cannot receive from send-only channel " + operandString(e->x));
    return;
  }
  e->mode = Mode::CommaOk;
  e->type = ch->elem;
}

// Brings the two operands of a binary operation to one type (an untyped
// operand takes the other's type) and reports a mismatch. An op-assignment
// spells the operation "x += y" in messages. (The spelling is built only when
// reporting: building it eagerly is quadratic in long a+b+c+... chains.)
bool Checker::matchOperands(ast::BinaryExpr* e, bool opAssign) {
  ast::Expr *x = e->x, *y = e->y;
  auto mismatch = [&] {
    std::string text = opAssign ? exprString(x) + " " + ast::opSpelling(e->op) + "= " + exprString(y) : exprString(e);
    // gc points at the right operand of a comparison, the start otherwise.
    bool cmp = e->op >= ast::Op::Eql && e->op <= ast::Op::Geq;
    error(cmp ? y->pos : e->pos, "invalid operation: " + text + " (mismatched types " + x->type->string() + " and " +
                                     y->type->string() + ")");
    return false;
  };
  auto compatible = [&](Type* untyped, Type* typed) {
    auto* ub = static_cast<Basic*>(untyped);
    Basic* tb = asBasic(typed);
    if (isUntypedNil(untyped)) return hasNil(typed);
    if (!tb) return false;
    return (ub->isBoolean() && tb->isBoolean()) || (ub->isString() && tb->isString()) ||
           (ub->isNumeric() && tb->isNumeric());
  };
  bool xu = isUntyped(x->type), yu = isUntyped(y->type);
  if (xu && !yu) {
    if (!compatible(x->type, y->type)) return mismatch();
    convertUntyped(x, y->type);
  } else if (yu && !xu) {
    if (!compatible(y->type, x->type)) return mismatch();
    convertUntyped(y, x->type);
  } else if (xu && yu) {
    auto* a = static_cast<Basic*>(x->type);
    auto* b = static_cast<Basic*>(y->type);
    if (a->isNumeric() && b->isNumeric()) {
      Type* larger = a->basicKind > b->basicKind ? x->type : y->type;
      convertUntyped(x, larger);
      convertUntyped(y, larger);
    } else if (a->basicKind != b->basicKind) {
      return mismatch();
    }
  }
  if (!valid(x) || !valid(y)) return false;
  if (identical(x->type, y->type)) return true;
  // A comparison only needs one operand assignable to the other's type
  // (a named struct against an identical unnamed one, a channel against a
  // directional one).
  bool cmp = e->op >= ast::Op::Eql && e->op <= ast::Op::Geq;
  if (cmp && (assignableType(x->type, y->type) || assignableType(y->type, x->type))) return true;
  return mismatch();
}

// The arithmetic, bitwise and logical operators (not shifts or comparisons)
// on operands already checked: matching types, an operator defined on them,
// no constant division by zero. Shared by binary expressions and op=.
bool Checker::arithmeticOperands(ast::BinaryExpr* e, bool opAssign) {
  using ast::Op;
  if (!matchOperands(e, opAssign)) return false;
  ast::Expr *x = e->x, *y = e->y;
  Type* t = x->type;
  bool ok = false;
  switch (e->op) {
    case Op::Add: ok = isNumeric(t) || isString(t); break;
    case Op::Sub: case Op::Mul: case Op::Quo: ok = isNumeric(t); break;
    case Op::Rem: case Op::And: case Op::Or: case Op::Xor: case Op::AndNot: ok = isInteger(t); break;
    case Op::LAnd: case Op::LOr: ok = isBoolean(t); break;
    default: break;
  }
  if (!ok) {
    error(e->pos, std::string("invalid operation: operator ") + ast::opSpelling(e->op) + " not defined on " +
                      operandString(x));
    return false;
  }
  if ((e->op == Op::Quo || e->op == Op::Rem) && y->mode == Mode::Constant && isZero(*y->constant) &&
      (x->mode == Mode::Constant || isInteger(t))) {
    error(y->pos, "invalid operation: division by zero");
    return false;
  }
  return true;
}

static bool isComparison(ast::Op op) { return op >= ast::Op::Eql && op <= ast::Op::Geq; }

void Checker::binary(ast::BinaryExpr* e) {
  using ast::Op;
  if (e->op == Op::Shl || e->op == Op::Shr) return shift(e);
  expr(e->x);
  expr(e->y);
  if (!valid(e->x) || !valid(e->y)) return;
  if (isComparison(e->op)) return comparison(e);
  if (!arithmeticOperands(e, false)) {
    invalidate(e);
    return;
  }
  ast::Expr *x = e->x, *y = e->y;
  Type* t = x->type;
  e->type = t;
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    bool intDiv = isInteger(t);
    ConstPtr v = binaryOp(e->op, *x->constant, *y->constant, intDiv);
    if (!v) {
      invalidate(e);
      return;
    }
    e->mode = Mode::Constant;
    e->constant = v;
    if (isUntyped(t)) {
      if (!intInRange(*v)) {
        error(e->pos, "constant " + std::string(e->op == Op::Mul ? "multiplication" : (e->op == Op::Add ? "addition" : (e->op == Op::Sub ? "subtraction" : "operation"))) + " overflow");
        invalidate(e);
      }
    } else if (!representableConst(e, t, false)) {
      error(e->pos, operandString(e) + " overflows " + t->string());
      invalidate(e);
    }
    return;
  }
  e->mode = Mode::Value;
}

void Checker::comparison(ast::BinaryExpr* e) {
  using ast::Op;
  if (!matchOperands(e, false)) {
    invalidate(e);
    return;
  }
  ast::Expr *x = e->x, *y = e->y;
  bool ordered = e->op != Op::Eql && e->op != Op::Neq;
  Type* t = x->type;
  bool withNil = isNilIdent(x) || isNilIdent(y);
  if (!ordered && !withNil && t->underlying()->kind() == TypeKind::Signature) {
    error(x->pos, "invalid operation: " + exprString(e) + " (func can only be compared to nil)");
    invalidate(e);
    return;
  }
  bool ok = ordered ? (isNumeric(t) || isString(t)) : (comparable(t) || (withNil && hasNil(t)));
  if (!ok) {
    error(e->pos, "invalid operation: " + exprString(e) + " (operator " + ast::opSpelling(e->op) +
                      " not defined on " + t->string() + ")");
    invalidate(e);
    return;
  }
  e->type = T.basic(BasicKind::UntypedBool);
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    e->mode = Mode::Constant;
    e->constant = makeBool(compareOp(e->op, *x->constant, *y->constant));
    // Operands keep their (possibly untyped) types; give untyped ones their
    // default so codegen never sees an untyped operand.
    defaultType(x);
    defaultType(y);
    return;
  }
  defaultType(x);
  defaultType(y);
  e->mode = Mode::Value;
}

void Checker::shift(ast::BinaryExpr* e) {
  using ast::Op;
  expr(e->x);
  expr(e->y);
  if (!valid(e->x) || !valid(e->y)) return;
  ast::Expr *x = e->x, *y = e->y;
  // The count: an integer, or an untyped constant representable as uint.
  if (y->mode == Mode::Constant) {
    if (!isNumeric(y->type)) {
      error(y->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
      return;
    }
    ConstPtr c = toIntExact(*y->constant);
    if (c && c->intVal.isNegative()) {
      error(y->pos, "invalid operation: negative shift count " + operandString(y));
      return;
    }
    if (isUntyped(y->type)) {
      convertUntyped(y, T.basic(BasicKind::Uint));  // reports "1.5 (...) truncated to uint"
      if (!valid(y)) return;
    } else if (!isInteger(y->type)) {
      error(y->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
      return;
    }
  } else if (!isInteger(y->type)) {
    error(y->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
    return;
  } else if (isUntyped(y->type)) {
    defaultType(y);
  }
  // The shifted operand.
  if (x->mode == Mode::Constant) {
    if (isUntyped(x->type)) {
      if (!toIntExact(*x->constant) || !isNumeric(x->type)) {
        error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
        return;
      }
    } else if (!isInteger(x->type)) {
      error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
      return;
    }
    if (y->mode == Mode::Constant) {
      uint64_t count = y->constant->intVal.getActiveBits() > 63 ? UINT64_MAX : y->constant->intVal.getZExtValue();
      if (count > 1023 + 512) {
        error(y->pos, "invalid shift count " + operandString(y));
        return;
      }
      ConstPtr v = shiftOp(e->op, *x->constant, count);
      e->mode = Mode::Constant;
      e->constant = v;
      e->type = isUntyped(x->type) && !isInteger(x->type) ? T.basic(BasicKind::UntypedInt) : x->type;
      if (isUntyped(e->type)) {
        if (!intInRange(*v)) {
          error(e->opPos.valid() ? e->opPos : e->pos, "constant shift overflow");
          invalidate(e);
        } else {
          // Untyped float constants with integer values become integers.
          x->constant = toIntExact(*x->constant);
        }
      } else if (!representableConst(e, e->type, false)) {
        error(e->pos, "constant " + v->toString() + " overflows " + e->type->string());
        invalidate(e);
      }
      return;
    }
    // Non-constant shift of an untyped constant: the constant takes the type
    // the context gives the whole shift (updateExprType), which must be an
    // integer type: `var f float64 = 1 << s` is an error, as is `1.0 << s`
    // where the default type float64 would apply.
    if (isUntyped(x->type)) {
      e->mode = Mode::Value;
      e->type = x->type;
      return;
    }
  }
  if (!isInteger(x->type)) {
    error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    return;
  }
  e->mode = Mode::Value;
  e->type = x->type;
}

// ---------------------------------------------------------------- indexing

bool Checker::checkIndex(ast::Expr* index, int64_t length, int64_t* value) {
  expr(index);
  if (!valid(index)) return false;
  if (index->mode == Mode::Constant) {
    if (isUntyped(index->type) && isNumeric(index->type)) {
      convertUntyped(index, T.basic(BasicKind::Int));  // reports "1.5 (...) truncated to int"
      if (!valid(index)) return false;
    }
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
  if (!isString(e->x->type)) {
    rawExpr(e->index);
    if (e->x->type->underlying()->kind() == TypeKind::Basic)
      error(e->pos, "invalid operation: cannot index " + operandString(e->x));
    else
      unsupported(e->pos, "indexing values of type " + e->x->type->string() + " is");
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
