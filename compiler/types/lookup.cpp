// lookup.cpp — finding fields and methods through embedded fields.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

Object* Checker::lookupFieldOrMethod(Type* t, const std::string& name, Selection* sel, bool* ambiguous) {
  return types::lookupFieldOrMethod(t, name, sel, ambiguous);
}

Object* lookupFieldOrMethod(Type* t, const std::string& name, Selection* sel, bool* ambiguous) {
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
      if (Interface* it = en.type->underlying()->kind() == TypeKind::Interface ? asInterface(en.type) : nullptr) {
        // An interface's methods, or those of an embedded interface field;
        // a pointer to an interface has none.
        if (en.index.empty() && isPtr) continue;
        for (Func* m : it->allMethods)
          if (m->name == name) {
            found = m;
            count++;
            sel->kind = SelectionKind::MethodVal;
            sel->index = en.index;
            sel->indirect = en.indirect;
          }
        continue;
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

std::vector<MethodSetEntry> methodSet(Type* t) {
  // Candidate names: the methods of every type reachable through embedded
  // fields (and of interfaces); lookupFieldOrMethod then applies Go's
  // depth and ambiguity rules to each.
  std::set<std::string> names;
  std::set<Type*> visited;
  std::vector<Type*> work;
  Type* u = t->underlying();
  work.push_back(t->kind() != TypeKind::Named && u->kind() == TypeKind::Pointer ? static_cast<Pointer*>(u)->elem : t);
  while (!work.empty()) {
    Type* x = work.back();
    work.pop_back();
    if (!visited.insert(x).second) continue;
    if (x->kind() == TypeKind::Named)
      for (Func* m : static_cast<Named*>(x)->methods) names.insert(m->name);
    if (Interface* it = asInterface(x)) {
      for (Func* m : it->allMethods) names.insert(m->name);
      continue;
    }
    if (x->underlying()->kind() != TypeKind::Struct) continue;
    for (Var* f : static_cast<Struct*>(x->underlying())->fields)
      if (f->embedded) {
        Type* ft = f->type;
        if (ft->kind() == TypeKind::Pointer) ft = static_cast<Pointer*>(ft)->elem;
        work.push_back(ft);
      }
  }
  bool isPtr = u->kind() == TypeKind::Pointer;
  std::vector<MethodSetEntry> set;
  for (const std::string& name : names) {
    if (name == "_") continue;
    MethodSetEntry e;
    bool ambiguous = false;
    Object* obj = lookupFieldOrMethod(t, name, &e.sel, &ambiguous);
    if (!obj || obj->kind != ObjectKind::Func || !obj->type) continue;
    e.func = static_cast<Func*>(obj);
    Signature* sig = e.func->signature();
    bool ptrRecv = sig->recv && sig->recv->type->kind() == TypeKind::Pointer;
    if (ptrRecv && !isPtr && !e.sel.indirect) continue;  // only in *T's method set
    set.push_back(std::move(e));
  }
  return set;  // std::set iteration: sorted by name
}

// T.M and (*T).M: the method as a function taking the receiver first.
void Checker::methodExpr(ast::SelectorExpr* e) {
  ast::Expr* x = e->x;
  Type* t = x->type;
  const std::string& name = e->sel->name;
  auto* sel = T.make<Selection>();
  bool ambiguous = false;
  Object* obj = name == "_" ? nullptr : lookupFieldOrMethod(t, name, sel, &ambiguous);
  auto* m = obj && obj->kind == ObjectKind::Func ? static_cast<Func*>(obj) : nullptr;
  if (!m) {
    if (ambiguous)
      error(e->sel->pos, "ambiguous selector " + exprString(e));
    else
      error(e->sel->pos, exprString(e) + " undefined (type " + t->string() + " has no field or method " + name + ")");
    return;
  }
  Signature* msig = m->signature();
  if (!msig) return;
  bool ptrRecv = msig->recv && msig->recv->type->kind() == TypeKind::Pointer;
  if (ptrRecv && t->underlying()->kind() != TypeKind::Pointer && !sel->indirect) {
    error(e->sel->pos, "invalid method expression " + exprString(e) + " (needs pointer receiver (*" + t->string() +
                           ")." + name + ")");
    return;
  }
  recordDep(m);
  sel->kind = SelectionKind::MethodExpr;
  auto* sig = T.make<Signature>();
  sig->params = T.make<Tuple>();
  auto* recv = T.make<Var>("", e->pos, pkg, t);
  recv->isParam = true;
  sig->params->vars.push_back(recv);
  for (Var* p : msig->params->vars) sig->params->vars.push_back(p);
  sig->results = msig->results;
  sig->variadic = msig->variadic;
  e->selection = sel;
  e->sel->obj = m;
  e->mode = Mode::Value;
  e->type = sig;
}

}  // namespace gosub::types
