// interfaces.cpp — interface types, method sets and interface satisfaction,
// type assertions x.(T) and type switches (go/types' interface.go,
// lookup.go's missingMethod, expr.go's typeAssertion, stmt.go's type switch).
//
// Messages are go/types' current wording, as elsewhere in the checker:
// `T does not implement I (missing method M)`, `(method M has pointer
// receiver)`, `(wrong type for method M)` with the have/want lines.
#include <algorithm>
#include <cctype>
#include <map>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

Type* Checker::interfaceType(ast::InterfaceType* e) {
  auto* it = T.make<Interface>();
  std::map<std::string, ast::Pos> seen;
  for (ast::Field* f : e->methods) {
    ast::Ident* name = f->names.empty() ? nullptr : f->names[0];
    auto* ft = dynamic_cast<ast::FuncType*>(f->type);
    if (!name || !ft) continue;
    if (!ft->typeParams.empty()) error(ft->typeParams[0]->pos, "methods cannot have type parameters");
    Signature* sig = funcType(ft, nullptr);
    sig->recv = T.make<Var>("", name->pos, pkg, it);
    auto* m = T.make<Func>(name->name, name->pos, pkg, sig);
    name->obj = m;
    if (name->name == "_") {
      error(name->pos, "methods must have a unique non-blank name");
      continue;
    }
    if (auto it = seen.find(name->name); it != seen.end()) {
      error(name->pos, "duplicate method " + name->name + "\n\t" + diags.format(it->second) + ": other declaration of " +
                           name->name);
      continue;
    }
    seen[name->name] = name->pos;
    it->methods.push_back(m);
  }
  for (ast::Expr* emb : e->embeddeds) {
    Type* t = typExpr(emb);
    if (isInvalidType(t)) continue;
    Type* u = t->underlying();
    // A named interface still being declared (an embedding cycle, reported
    // by validType) has the invalid placeholder as underlying type.
    if (!u || (u->kind() != TypeKind::Interface && !isInvalidType(u))) {
      unsupported(emb->pos, "type constraints in interfaces are");
      continue;
    }
    it->embeddeds.push_back(t);
  }
  e->mode = Mode::TypeExpr;
  e->type = it;
  return it;
}

// "M(int) string": a method as the have/want lines print it.
static std::string funcString(Func* f) { return f->name + f->type->string().substr(4); }

static bool equalFold(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// A method of V (of either receiver kind) whose name differs from `name`
// only in case: go/types then says "missing method M" with have/want lines.
Func* Checker::sameNameFoldingCase(Type* V, const std::string& name) {
  if (Interface* vi = asInterface(V)) {
    for (Func* f : vi->allMethods)
      if (f->name != name && equalFold(f->name, name)) return f;
    return nullptr;
  }
  Type* all = V->underlying()->kind() == TypeKind::Pointer ? V : T.pointer(V);
  for (const MethodSetEntry& e : methodSet(all))
    if (e.func->name != name && equalFold(e.func->name, name)) return e.func;
  return nullptr;
}

Func* Checker::missingMethod(Type* V, Interface* Ti, Func** alt, bool* ptrRecv) {
  *alt = nullptr;
  *ptrRecv = false;
  completeInterface(Ti);
  if (Interface* vi = asInterface(V)) {
    for (Func* m : Ti->allMethods) {
      Func* have = nullptr;
      for (Func* f : vi->allMethods)
        if (f->name == m->name) have = f;
      if (!have) {
        *alt = sameNameFoldingCase(V, m->name);
        return m;
      }
      if (!identical(have->type, m->type)) {
        *alt = have;
        return m;
      }
    }
    return nullptr;
  }
  bool isPtr = V->underlying()->kind() == TypeKind::Pointer;
  for (Func* m : Ti->allMethods) {
    Selection sel;
    bool ambiguous = false;
    Object* obj = lookupFieldOrMethod(V, m->name, &sel, &ambiguous);
    auto* f = obj && obj->kind == ObjectKind::Func ? static_cast<Func*>(obj) : nullptr;
    if (!f || !f->type) {
      *alt = sameNameFoldingCase(V, m->name);  // go/types' wrongName: have/want lines
      return m;
    }
    if (!identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
    Signature* fs = f->signature();
    bool needsPtr = fs->recv && fs->recv->type->kind() == TypeKind::Pointer;
    if (needsPtr && !isPtr && !sel.indirect) {
      *alt = f;
      *ptrRecv = true;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::implementsError(Type* V, Type* Tt) {
  if (isInvalidType(V) || isInvalidType(Tt)) return "";
  Interface* ti = asInterface(Tt);
  if (!ti) return V->string() + " does not implement " + Tt->string() + " (" + Tt->string() + " is not an interface)";
  Func* alt = nullptr;
  bool ptrRecv = false;
  Func* m = missingMethod(V, ti, &alt, &ptrRecv);
  if (!m) return "";
  Type* vu = V->underlying();
  if (!alt && vu->kind() == TypeKind::Pointer && static_cast<Pointer*>(vu)->elem->underlying()->kind() == TypeKind::Interface)
    return V->string() + " does not implement " + Tt->string() + " (type " + V->string() +
           " is pointer to interface, not interface)";
  return V->string() + " does not implement " + Tt->string() + " " + missingReason(m, alt, ptrRecv);
}

std::string Checker::missingReason(Func* m, Func* alt, bool ptrRecv) {
  if (!alt) return "(missing method " + m->name + ")";
  if (alt->name != m->name)
    return "(missing method " + m->name + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
  if (ptrRecv) return "(method " + m->name + " has pointer receiver)";
  return "(wrong type for method " + m->name + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
}

// x.(T): x must be an interface and T, unless it is an interface itself,
// must implement it (else no dynamic type could match).
void Checker::typeAssertion(ast::TypeAssertExpr* e) {
  e->mode = Mode::Invalid;
  expr(e->x);
  if (!e->assertType) {
    error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    return;
  }
  Type* t = typExpr(e->assertType);
  if (!valid(e->x) || isInvalidType(t)) return;
  if (!asInterface(e->x->type)) {
    error(e->x->pos, "invalid operation: " + operandString(e->x) + " is not an interface");
    return;
  }
  if (!asInterface(t)) {
    Func* alt = nullptr;
    bool ptrRecv = false;
    if (Func* m = missingMethod(t, asInterface(e->x->type), &alt, &ptrRecv)) {
      error(e->x->pos, "impossible type assertion: " + exprString(e) + "\n\t" + t->string() +
                                    " does not implement " + e->x->type->string() + " " +
                                    missingReason(m, alt, ptrRecv));
      return;
    }
  }
  // v, ok := x.(T) turns this into the tuple (T, bool) (unpackCall).
  e->mode = Mode::CommaOk;
  e->type = t;
}

// switch [x :=] y.(type) { case T1, T2: ... }: each case is a type (or nil)
// that y's dynamic type could be; with a binding, each clause declares its
// own x, of the case's type when the case lists one type, else of y's type.
void Checker::typeSwitchStmt(ast::TypeSwitchStmt* s, Label* label) {
  openScope();
  stmt(s->init);
  auto* guard = dynamic_cast<ast::TypeAssertExpr*>(s->subject);
  ast::Expr* y = guard ? guard->x : s->subject;
  expr(y);
  Interface* yi = nullptr;
  if (valid(y)) {
    yi = asInterface(y->type);
    if (!yi) error(y->pos, operandString(y) + " is not an interface");
  }
  if (s->binding && s->binding->name == "_") error(s->binding->pos, "no new variable on left side of :=");
  ast::CaseClause* defaultClause = nullptr;
  std::vector<std::pair<Type*, ast::Pos>> seen;  // for "duplicate case"
  ast::Pos seenNil;
  std::vector<Var*> implicits;
  targets.push_back({s, false, label});
  for (ast::CaseClause* c : s->clauses) {
    if (c->isDefault) {
      if (defaultClause) error(c->pos, "multiple defaults (first at " + diags.format(defaultClause->pos) + ")");
      else defaultClause = c;
    }
    Type* single = nullptr;  // the clause's one type, if it lists exactly one
    for (ast::Expr* e : c->list) {
      ast::Expr* ue = e;
      while (auto* p = dynamic_cast<ast::ParenExpr*>(ue)) ue = p->x;
      auto* id = dynamic_cast<ast::Ident*>(ue);
      Object* obj = id ? scope->lookup(id->name) : nullptr;
      if (obj && obj->kind == ObjectKind::Nil) {
        rawExpr(e);
        if (seenNil.valid()) error(e->pos, "multiple nil cases in type switch (first at " + diags.format(seenNil) + ")");
        else seenNil = e->pos;
        continue;
      }
      Type* t = typExpr(e);
      if (isInvalidType(t)) continue;
      if (c->list.size() == 1) single = t;
      if (!yi) continue;
      if (!asInterface(t)) {
        Func* alt = nullptr;
        bool ptrRecv = false;
        if (Func* m = missingMethod(t, yi, &alt, &ptrRecv)) {
          error(e->pos, "impossible type switch case: " + exprString(e) + "\n\t" + operandString(y) +
                            " cannot have dynamic type " + t->string() + " " + missingReason(m, alt, ptrRecv));
          continue;
        }
      }
      for (auto& [prev, pos] : seen)
        if (identical(prev, t)) {
          error(e->pos, "duplicate case " + t->string() + " in type switch\n\t" + diags.format(pos) +
                            ": previous case");
          break;
        }
      seen.push_back({t, e->pos});
    }
    openScope();
    if (s->binding && s->binding->name != "_") {
      Type* vt = single ? single : (valid(y) ? y->type : T.basic(BasicKind::Invalid));
      auto* v = T.make<Var>(s->binding->name, s->binding->pos, pkg, vt);
      // Not one of fn->locals: unused is reported once for all clauses.
      scope->insert(v);
      if (fn) varOwner[v] = fn;
      c->implicit = v;
      implicits.push_back(v);
    }
    std::vector<ast::Stmt*> body = c->body;
    if (!body.empty())
      if (auto* b = dynamic_cast<ast::BranchStmt*>(body.back()); b && b->kind == ast::BranchKind::Fallthrough) {
        error(b->pos, "cannot fallthrough in type switch");
        body.pop_back();
      }
    stmtList(body);
    closeScope();
  }
  targets.pop_back();
  if (s->binding && s->binding->name != "_") {
    // x is used if any clause uses it (gc: "x declared and not used").
    bool used = false;
    for (Var* v : implicits) used = used || v->used;
    if (!used) error(s->binding->pos, "declared and not used: " + s->binding->name);
  }
  closeScope();
}

}  // namespace gosub::types
