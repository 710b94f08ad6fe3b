// expr.cpp — expressions: operands, dispatch, names and literals, selectors,
// unary and binary operators, comparisons and shifts. Calls, builtins,
// conversions, composite literals, indexing, assignability and type
// expressions have files of their own.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- operands

std::string Checker::operandString(const ast::Expr* e) {
  std::string s = exprString(e);
  // go/types: the untyped nil value is just "nil".
  if (e->mode != Mode::Invalid && e->type && isUntypedNil(e->type)) return "nil";
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

// ---------------------------------------------------------------- dispatch

void Checker::expr(ast::Expr* e) {
  rawExpr(e);
  singleValue(e);
}

// The checks that make an already checked expression a single value, without
// checking it again (that would report its own errors twice).
void Checker::singleValue(ast::Expr* e) {
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
    case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: case Mode::Package:
      singleValue(e);
      return;
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
  if (auto* s = dynamic_cast<ast::SliceExpr*>(e)) return sliceExpr(s);
  if (auto* ta = dynamic_cast<ast::TypeAssertExpr*>(e)) return typeAssertion(ta);
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
          e->mode = Mode::Value;
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
  if (x->mode == Mode::TypeExpr) return methodExpr(e);
  expr(x);
  if (!valid(x)) return;
  const std::string& name = e->sel->name;
  auto* sel = T.make<Selection>();
  bool ambiguous = false;
  Object* obj = name == "_" ? nullptr : lookupFieldOrMethod(x->type, name, sel, &ambiguous);
  if (!obj) {
    if (x->type->kind() == TypeKind::Pointer && isInvalidType(static_cast<Pointer*>(x->type)->elem))
      return;  // its declaration was reported
    Type* xu = x->type->underlying();
    if (ambiguous)
      error(e->sel->pos, "ambiguous selector " + exprString(e));
    else if (xu->kind() == TypeKind::Pointer && static_cast<Pointer*>(xu)->elem->underlying()->kind() == TypeKind::Interface)
      // ---- interfaces (interfaces.cpp)
      error(e->sel->pos, exprString(e) + " undefined (type " + x->type->string() + " is pointer to interface, not interface)");
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
    // An element of an array variable is part of the variable.
    if (auto* i = dynamic_cast<ast::IndexExpr*>(e); i && i->x->type && i->x->type->underlying()->kind() == TypeKind::Array) {
      e = i->x;
      continue;
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
  // ---- interfaces: an untyped constant compared with an interface takes
  // its default type (then one side must be assignable to the other).
  auto toIface = [&](ast::Expr* u, ast::Expr* typed) {
    if (isUntypedNil(u->type) || typed->type->underlying()->kind() != TypeKind::Interface) return false;
    if (!implementsError(defaultTypeOf(u->type), typed->type).empty()) return false;
    defaultType(u);
    return true;
  };
  if (xu && !yu && toIface(x, y)) xu = false;
  if (yu && !xu && toIface(y, x)) yu = false;
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
  // ---- slices and arrays (slice.cpp): gc's causes for them
  if (!ordered && !withNil && !comparable(t)) {
    TypeKind k = t->underlying()->kind();
    std::string cause = k == TypeKind::Slice ? "slice can only be compared to nil"
                        : k == TypeKind::Array ? t->string() + " cannot be compared"
                                               : "";
    if (!cause.empty()) {
      error(e->pos, "invalid operation: " + exprString(e) + " (" + cause + ")");
      invalidate(e);
      return;
    }
  }
  if (!ordered && !withNil && t->underlying()->kind() == TypeKind::Map) {
    error(x->pos, "invalid operation: " + exprString(e) + " (map can only be compared to nil)");
    invalidate(e);
    return;
  }
  bool ok = ordered ? (isNumeric(t) || isString(t)) : (comparable(t) || (withNil && hasNil(t)));
  if (!ok) {
    // go/types' wording: a specific cause for ==, else the operator and the
    // kind of a composite type ("struct") or the type's name.
    std::string cause = ordered ? "" : incomparableCause(t);
    if (cause.empty()) {
      std::string what = compositeKind(t);
      cause = "operator " + std::string(ast::opSpelling(e->op)) + " not defined on " + (what.empty() ? t->string() : what);
    }
    // nil == nil: go/types reports at the second operand (only it shows
    // that neither side has a type).
    bool nils = isUntypedNil(x->type) && isUntypedNil(y->type);
    error(nils ? y->pos : e->pos, "invalid operation: " + exprString(e) + " (" + cause + ")");
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

}  // namespace gosub::types
