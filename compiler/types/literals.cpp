// literals.cpp — composite literals.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

void Checker::compositeLit(ast::CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  if (auto* at = dynamic_cast<ast::ArrayType*>(e->litType); at && at->ellipsisLen) {
    arrayOrSliceLit(e, nullptr);
    return;
  }
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
  if (t->underlying()->kind() == TypeKind::Map) {
    mapLiteral(e, t, static_cast<Map*>(t->underlying()));
    return;
  }
  if (arrayOrSliceLit(e, t)) return;
  if (t->underlying()->kind() != TypeKind::Struct) {
    for (ast::Expr* el : e->elts) {
      if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el)) rawExpr(kv->value);
      else rawExpr(el);
    }
    // Maps, arrays, slices and structs are Go's composite types: any other
    // literal type is invalid Go, not a gap of gosub.
    error(e->pos, "invalid composite literal type " + t->string());
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
    // An elided &T: {...} for an element of type *T is &T{...}; the literal
    // then has the pointer type (codegen allocates it).
    if (t->underlying()->kind() == TypeKind::Pointer) {
      compositeLit(cl, static_cast<Pointer*>(t->underlying())->elem);
      if (valid(cl)) cl->type = t;
      return;
    }
    compositeLit(cl, t);
    return;
  }
  expr(v);
  if (valid(v)) assignment(v, t, context);
}

// Go's field and method lookup: breadth-first through embedded fields, the
// shallowest match wins, two at the same depth are ambiguous. Sets sel's
// selection and returns the object, or null (ambiguous set when so).
}  // namespace gosub::types
