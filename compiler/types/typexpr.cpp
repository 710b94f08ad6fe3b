// typexpr.cpp — type expressions: names, literals of composite types, struct
// fields, parameter lists and signatures.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- type expressions

Type* Checker::typExpr(ast::Expr* e) {
  Type* invalid = T.basic(BasicKind::Invalid);
  if (auto* id = dynamic_cast<ast::Ident*>(e)) {
    ident(id, true);
    if (!valid(id)) return invalid;
    if (id->mode != Mode::TypeExpr) {
      // As go/types: the operand, "v (variable of type int) is not a type".
      error(e->pos, (id->type ? operandString(id) : id->name) + " is not a type");
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
      error(e->pos, (sel->type ? operandString(sel) : exprString(e)) + " is not a type");
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
  if (auto* it = dynamic_cast<ast::InterfaceType*>(e)) return interfaceType(it);
  if (auto* ct = dynamic_cast<ast::ChanType*>(e)) {
    Type* elem = typExpr(ct->value);
    if (isInvalidType(elem)) return invalid;
    Type* t = T.chan(ct->dir, elem);
    ct->mode = Mode::TypeExpr;
    ct->type = t;
    return t;
  }
  if (auto* a = dynamic_cast<ast::ArrayType*>(e)) return arrayType(a);
  if (auto* mt = dynamic_cast<ast::MapType*>(e)) return mapType(mt);
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
      if (!isInvalidType(t) && !checkEmbedded(f->type->pos, t)) pendingEmbeddeds.emplace_back(f->type->pos, t);
      add(name, f->type->pos, true);
    }
    for (ast::Ident* n : f->names) n->obj = add(n->name, n->pos, false);
  }
  e->mode = Mode::TypeExpr;
  e->type = st;
  return st;
}

// An embedded field T or *T: T's underlying type may not be a pointer (nor
// unsafe.Pointer), and *T may not point to an interface. False: T's
// declaration is still under way (`type P *Q; type Q struct{ P }`), so its
// underlying type is not known yet; check again later, as go/types does.
bool Checker::checkEmbedded(ast::Pos pos, Type* t) {
  bool isPtr = t->kind() == TypeKind::Pointer;
  Type* base = isPtr ? static_cast<Pointer*>(t)->elem : t;
  Type* u = base->underlying();
  if (!u || (base->kind() == TypeKind::Named && u->kind() == TypeKind::Basic &&
             static_cast<Basic*>(u)->basicKind == BasicKind::Invalid))
    return false;
  if (u->kind() == TypeKind::Pointer)
    error(pos, "embedded field type cannot be a pointer");
  else if (u->kind() == TypeKind::Basic && static_cast<Basic*>(u)->basicKind == BasicKind::UnsafePointer)
    error(pos, "embedded field type cannot be unsafe.Pointer");
  else if (isPtr && u->kind() == TypeKind::Interface)
    error(pos, "embedded field type cannot be a pointer to an interface");
  return true;
}

void Checker::checkPendingEmbeddeds() {
  auto pending = std::move(pendingEmbeddeds);
  pendingEmbeddeds.clear();
  for (auto& [pos, t] : pending) {
    Type* base = t->kind() == TypeKind::Pointer ? static_cast<Pointer*>(t)->elem : t;
    if (!isInvalidType(base)) checkEmbedded(pos, t);
  }
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
      // A variadic parameter ...T is a []T inside the function.
      if (!isInvalidType(t)) t = T.slice(t);
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

}  // namespace gosub::types
