// cycles.cpp — declarations that refer to themselves, found where go/types
// finds them:
//  * a reference to a declaration that is still being checked (an object on
//    objPath): valid through a defined type (`type T struct{ next *T }`) or
//    when only constants and variables take part (those are initialisation
//    cycles, which computeInitOrder reports with their whole chain); any
//    other, such as a chain of aliases, is an error here (cycleDecl);
//  * a chain of type names that never reaches a type literal (`type T T`,
//    `type a b; type b a`): resolveUnder;
//  * a type that contains itself and so would have infinite size
//    (`type T struct{ t T }`, through struct fields and array elements):
//    validType, once every package-level declaration is checked.
// The messages are current go/types': one line for a self-reference, else a
// head line and one `X refers to Y` line per step of the cycle, each at X.
#include <algorithm>

#include "types/checker_impl.h"

namespace gosub::types {

// The index of the object declared first in the source.
static size_t firstInSrc(const std::vector<Object*>& path) {
  size_t first = 0;
  for (size_t i = 1; i < path.size(); i++)
    if (path[i]->pos < path[first]->pos) first = i;
  return first;
}

bool Checker::isAliasDecl(Object* obj) {
  if (obj->kind != ObjectKind::TypeName) return false;
  // Package-level: from the syntax, which does not depend on how far the
  // declaration has been checked.
  auto it = decls.find(obj);
  if (it != decls.end() && it->second->typeSpec) return it->second->typeSpec->alias;
  return static_cast<TypeName*>(obj)->isAlias;
}

bool Checker::isInvalidType(Type* t) {
  if (t && t->kind() == TypeKind::Named) {
    auto* n = static_cast<Named*>(t);
    if (!n->fromRHS || std::find(unresolvedNamed.begin(), unresolvedNamed.end(), n) != unresolvedNamed.end())
      return false;
    t = n->under;
  }
  return !t || (t->kind() == TypeKind::Basic && static_cast<Basic*>(t)->basicKind == BasicKind::Invalid);
}

// obj is referenced while its own declaration is being checked.
void Checker::cycleDecl(Object* obj) {
  if (obj->kind != ObjectKind::Const && obj->kind != ObjectKind::Var && obj->kind != ObjectKind::TypeName) return;
  // The variables of `var a, b = f()` share one declaration: b is being
  // checked when a is.
  auto decl = decls.find(obj);
  size_t start = 0;
  for (; start < objPath.size(); start++) {
    if (objPath[start] == obj) break;
    if (decl == decls.end()) continue;
    auto other = decls.find(objPath[start]);
    if (other != decls.end() && other->second == decl->second) break;
  }
  if (start == objPath.size()) return;
  std::vector<Object*> cycle(objPath.begin() + static_cast<std::ptrdiff_t>(start), objPath.end());
  bool valid = validCycle(cycle);
  // A constant or variable whose type is not known yet is invalid: the
  // initialisation cycle is reported later. A valid cycle through a type
  // alias still being declared leaves its type null; ident reports the use.
  if (!valid || (obj->kind != ObjectKind::TypeName && !obj->type)) obj->type = T.basic(BasicKind::Invalid);
}

// go/types' validCycle: a cycle of only constants and variables is an
// initialisation cycle (reported by computeInitOrder); one of only types
// (and functions) is fine if it contains a defined type; anything else is an
// invalid declaration cycle, reported here.
bool Checker::validCycle(const std::vector<Object*>& cycle) {
  size_t nval = 0, ndef = 0;
  for (Object* o : cycle) {
    if (o->kind == ObjectKind::Const || o->kind == ObjectKind::Var) nval++;
    else if (o->kind == ObjectKind::TypeName && !isAliasDecl(o)) ndef++;
  }
  if (nval == cycle.size()) return true;
  if (nval == 0 && ndef > 0) return true;
  cycleError(cycle, firstInSrc(cycle));
  return false;
}

// Reports the declaration cycle starting at cycle[start]:
//   x.go:3:6: invalid recursive type: T refers to itself
//   x.go:5:6: invalid recursive type U
//   	x.go:5:6: U refers to V
//   	x.go:6:6: V refers to U
void Checker::cycleError(const std::vector<Object*>& cycle, size_t start) {
  if (cycle[start]->kind == ObjectKind::TypeName)
    reportCycle(cycle, start, "invalid recursive type: ", "invalid recursive type ");
  else
    reportCycle(cycle, start, "invalid cycle in declaration: ", "invalid cycle in declaration of ");
}

// The message of every cycle (declaration and initialisation cycles differ
// only in wording): `<self>X refers to itself` for a cycle of one, else
// `<head>X` and one `X refers to Y` line per step, at X, from cycle[start] on.
void Checker::reportCycle(const std::vector<Object*>& cycle, size_t start, const std::string& self,
                          const std::string& head) {
  Object* obj = cycle[start];
  if (cycle.size() == 1) {
    error(obj->pos, self + obj->name + " refers to itself");
    return;
  }
  std::string msg = head + obj->name;
  for (size_t i = 0; i < cycle.size(); i++) {
    Object* from = cycle[(start + i) % cycle.size()];
    Object* to = cycle[(start + i + 1) % cycle.size()];
    msg += "\n\t" + diags.format(from->pos) + ": " + from->name + " refers to " + to->name;
  }
  error(obj->pos, msg);
}

// Records the type named's declaration names and works out its underlying
// type, and that of any earlier declaration that was waiting for it.
void Checker::setRHS(Named* named, Type* rhs) {
  named->fromRHS = rhs;
  if (!resolveUnder(named)) {
    unresolvedNamed.push_back(named);
    return;
  }
  // One pass: a waiting type's chain of names only changes where a right-hand
  // side is set, and only named's was. A type that still waits after this
  // pass reaches a name whose right-hand side is unset, and so does every
  // waiting type on its chain: a second pass would resolve nothing.
  for (Named* n : std::vector<Named*>(unresolvedNamed))
    if (std::find(unresolvedNamed.begin(), unresolvedNamed.end(), n) != unresolvedNamed.end()) resolveUnder(n);
}

// Follows the chain of type names from named (`type A B; type B C; ...`) to
// a type literal and gives every name on the way its underlying type; a chain
// that comes back to itself is an invalid recursive type, and every name on it
// gets an invalid underlying type. False, changing nothing, if the chain
// reaches a type whose right-hand side is still being checked.
bool Checker::resolveUnder(Named* named) {
  auto pending = [&](Named* n) {
    return std::find(unresolvedNamed.begin(), unresolvedNamed.end(), n) != unresolvedNamed.end();
  };
  std::vector<Named*> path{named};
  Type* under = nullptr;
  for (Named* n = named; !under;) {
    Type* rhs = n->fromRHS;
    if (!rhs) return false;
    if (rhs->kind() != TypeKind::Named) {
      under = rhs->underlying();
      break;
    }
    auto* next = static_cast<Named*>(rhs);
    if (auto it = std::find(path.begin(), path.end(), next); it != path.end()) {
      std::vector<Object*> cycle;
      for (; it != path.end(); ++it) cycle.push_back((*it)->obj);
      cycleError(cycle, firstInSrc(cycle));
      under = T.basic(BasicKind::Invalid);
      break;
    }
    if (next->obj->pkg != pkg || (next->fromRHS && !pending(next))) {
      under = next->under ? next->under : T.basic(BasicKind::Invalid);
      break;
    }
    path.push_back(next);
    n = next;
  }
  for (Named* n : path) {
    n->under = under;
    unresolvedNamed.erase(std::remove(unresolvedNamed.begin(), unresolvedNamed.end(), n), unresolvedNamed.end());
  }
  return true;
}

// A type may not contain itself: that would give it infinite size.
void Checker::validType(Named* t) {
  std::vector<Named*> nest;
  validType0(t, nest);
}

// go/types' validType0 without generics, where the nest of types containing
// each other is also the path of names followed. Types found valid are
// remembered, which keeps deeply shared types linear.
bool Checker::validType0(Type* t, std::vector<Named*>& nest) {
  switch (t ? t->kind() : TypeKind::Basic) {
    case TypeKind::Array: return validType0(static_cast<Array*>(t)->elem, nest);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(t)->fields)
        if (!validType0(f->type, nest)) return false;
      return true;
    case TypeKind::Interface:
      for (Type* e : static_cast<Interface*>(t)->embeddeds)
        if (!validType0(e, nest)) return false;
      return true;
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      if (n->obj->pkg != pkg || validNamed.count(n)) return true;
      if (isInvalidType(n)) return false;  // reported already
      if (auto it = std::find(nest.begin(), nest.end(), n); it != nest.end()) {
        // n contains itself: report the cycle from n on.
        n->under = T.basic(BasicKind::Invalid);
        std::vector<Object*> cycle;
        for (; it != nest.end(); ++it) cycle.push_back((*it)->obj);
        cycleError(cycle, 0);
        return false;
      }
      nest.push_back(n);
      bool ok = validType0(n->fromRHS ? n->fromRHS : n->under, nest);
      nest.pop_back();
      if (ok) validNamed.insert(n);
      return ok;
    }
    default: return true;
  }
}

}  // namespace gosub::types
