// maps.cpp — map types, map index expressions, map literals and the map
// builtins (delete, clear), in gc's wording.
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// map[K]V. The key must be comparable; a key type whose declaration is
// still being checked (`type T struct{ m map[T]int }`) is checked once the
// package's declarations are done, as go/types does with check.later.
Type* Checker::mapType(ast::MapType* e) {
  Type* key = typExpr(e->key);
  Type* elem = typExpr(e->value);
  if (isInvalidType(key) || isInvalidType(elem)) return T.basic(BasicKind::Invalid);
  ast::Pos pos = e->key->pos;
  // gc places a func type at its parameter list: `func(` is 4 bytes on.
  if (dynamic_cast<ast::FuncType*>(e->key)) pos.col += 4;
  if (!checkMapKey(pos, key)) pendingMapKeys.emplace_back(pos, key);
  Type* t = T.map(key, elem);
  e->mode = Mode::TypeExpr;
  e->type = t;
  return t;
}

// False: the key's type is not complete yet; ask again later.
bool Checker::checkMapKey(ast::Pos pos, Type* key) {
  // A named type whose declaration is under way has no underlying type yet,
  // or the invalid type as a placeholder.
  Type* u = key->underlying();
  if (!u || (key->kind() == TypeKind::Named && u->kind() == TypeKind::Basic &&
             static_cast<Basic*>(u)->basicKind == BasicKind::Invalid))
    return false;
  if (!comparable(key)) error(pos, "invalid map key type " + key->string());
  return true;
}

void Checker::checkPendingMapKeys() {
  auto pending = std::move(pendingMapKeys);
  pendingMapKeys.clear();
  for (auto& [pos, key] : pending)
    if (!isInvalidType(key)) checkMapKey(pos, key);
}

// m[k]: a map index expression (assignable, not addressable; comma-ok in a
// two-value assignment).
void Checker::mapIndex(ast::IndexExpr* e, Map* m) {
  expr(e->index);
  if (!valid(e->index)) return;
  if (!assignment(e->index, m->key, "map index")) return;
  e->mode = Mode::MapIndex;
  e->type = m->elem;
}

// map[K]V{k: v, ...}: every element keyed; constant keys must be distinct
// (compared as values of K: 1 and 1.0 are the same float64 key).
void Checker::mapLiteral(ast::CompositeLit* e, Type* t, Map* m) {
  e->mode = Mode::Value;
  e->type = t;
  std::vector<std::pair<Constant, Type*>> seen;
  for (ast::Expr* el : e->elts) {
    auto* kv = dynamic_cast<ast::KeyValueExpr*>(el);
    if (!kv) {
      error(el->pos, "missing key in map literal");
      rawExpr(el);
      continue;
    }
    elementValue(kv->key, m->key, "map literal");
    if (valid(kv->key) && kv->key->mode == Mode::Constant && kv->key->constant) {
      // Duplicates among constant keys of the same (dynamic) type.
      Type* kt = kv->key->type;
      bool dup = false;
      for (auto& [c, ct] : seen)
        if (identical(ct, kt) && compareOp(ast::Op::Eql, c, *kv->key->constant)) dup = true;
      if (dup)
        error(kv->key->pos, "duplicate key " + exprString(kv->key) + " in map literal");
      else
        seen.emplace_back(*kv->key->constant, kt);
    }
    elementValue(kv->value, m->elem, "map literal");
  }
}

// delete(m, k)
void Checker::deleteCall(ast::CallExpr* e) {
  size_t nargs = e->args.size();
  if (nargs != 2) {
    for (auto* a : e->args) rawExpr(a);
    error(e->pos, std::string("invalid operation: ") + (nargs > 2 ? "too many" : "not enough") + " arguments for " +
                      exprString(e) + " (expected 2, found " + std::to_string(nargs) + ")");
    return;
  }
  ast::Expr* x = e->args[0];
  expr(x);
  if (!valid(x)) {
    rawExpr(e->args[1]);
    return;
  }
  if (x->type->underlying()->kind() != TypeKind::Map) {
    rawExpr(e->args[1]);
    error(x->pos, "invalid argument: " + operandString(x) + " is not a map");
    return;
  }
  ast::Expr* k = e->args[1];
  expr(k);
  if (!valid(k) || !assignment(k, static_cast<Map*>(x->type->underlying())->key, "argument to delete")) return;
  e->mode = Mode::NoValue;
}

// clear(m) (Go 1.21): maps here; slices are the slice code's.
bool Checker::clearMap(ast::CallExpr* e) {
  ast::Expr* x = e->args[0];
  if (x->type->underlying()->kind() != TypeKind::Map) return false;
  e->mode = Mode::NoValue;
  return true;
}

// ms[k].f = v: a field of a map element is not a variable.
bool Checker::isMapElemField(ast::Expr* l) {
  while (auto* p = dynamic_cast<ast::ParenExpr*>(l)) l = p->x;
  auto* sel = dynamic_cast<ast::SelectorExpr*>(l);
  if (!sel) return false;
  ast::Expr* x = sel->x;
  while (auto* p = dynamic_cast<ast::ParenExpr*>(x)) x = p->x;
  if (x->mode == Mode::MapIndex) return true;
  return dynamic_cast<ast::SelectorExpr*>(x) && x->mode != Mode::Variable && isMapElemField(x);
}

}  // namespace gosub::types
