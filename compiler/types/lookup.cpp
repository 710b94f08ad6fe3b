// lookup.cpp — finding fields and methods through embedded fields.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

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
}  // namespace gosub::types
