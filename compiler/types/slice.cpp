// slice.cpp — arrays, slices and strings in the checker: array and slice
// types, indexing and slicing, array and slice literals, the builtins that
// work on them (len, cap, make, append, copy), the conversions between
// strings and byte or rune slices, and range over them (types2's index.go,
// builtins.go and stmt.go, in gc's wording).
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- types
// []T, [N]T; [...]T only inside a composite literal (compositeLit handles it).
Type* Checker::arrayType(ast::ArrayType* a) {
  Type* invalid = T.basic(BasicKind::Invalid);
  if (a->ellipsisLen) {
    error(a->pos, "invalid use of [...] array (outside a composite literal)");
    typExpr(a->elt);
    return invalid;
  }
  int64_t n = a->isSlice ? 0 : arrayLength(a->len);
  Type* elem = typExpr(a->elt);
  if (isInvalidType(elem) || n < 0) return invalid;
  Type* t = a->isSlice ? static_cast<Type*>(T.slice(elem)) : static_cast<Type*>(T.array(elem, n));
  a->mode = Mode::TypeExpr;
  a->type = t;
  return t;
}

// The length of an array type: a constant representable as int, not
// negative (types2's arrayLength). -1 after an error.
int64_t Checker::arrayLength(ast::Expr* e) {
  if (auto* id = dynamic_cast<ast::Ident*>(e)) {
    Object* obj = scope ? scope->lookup(id->name) : pkg->scope->lookup(id->name);
    if (!obj) {
      error(id->pos, "undeclared name " + id->name + " for array length");
      return -1;
    }
    if (obj->kind != ObjectKind::Const) {
      error(id->pos, "invalid array length " + id->name);
      return -1;
    }
  }
  expr(e);
  if (!valid(e)) return -1;
  if (e->mode != Mode::Constant) {
    error(e->pos, "array length " + operandString(e) + " must be constant");
    return -1;
  }
  if (isUntyped(e->type) || isInteger(e->type)) {
    if (ConstPtr c = toIntExact(*e->constant)) {
      if (!c->intVal.isNegative() && c->intVal.getActiveBits() <= 63) {
        if (isUntyped(e->type)) convertUntyped(e, T.basic(BasicKind::Int));
        return c->intVal.getSExtValue();
      }
      error(e->pos, "invalid array length " + operandString(e));
      return -1;
    }
  }
  error(e->pos, "array length " + operandString(e) + " must be integer");
  return -1;
}

// ---------------------------------------------------------------- indexing and slicing

// The array a pointer to an array points to, else null.
static Array* arrayPtrElem(Type* t) {
  Type* u = t->underlying();
  if (u->kind() != TypeKind::Pointer) return nullptr;
  Type* e = static_cast<Pointer*>(u)->elem->underlying();
  return e->kind() == TypeKind::Array ? static_cast<Array*>(e) : nullptr;
}

// x[i] for arrays, pointers to arrays and slices (index() does strings);
// false if x is none of these.
bool Checker::indexArrayOrSlice(ast::IndexExpr* e) {
  Type* u = e->x->type->underlying();
  int64_t length = -1;
  Type* elem = nullptr;
  Mode mode = Mode::Variable;
  if (u->kind() == TypeKind::Array) {
    auto* a = static_cast<Array*>(u);
    length = a->len;
    elem = a->elem;
    // An element of an addressable array is addressable.
    if (e->x->mode != Mode::Variable) mode = Mode::Value;
  } else if (Array* a = arrayPtrElem(e->x->type)) {
    length = a->len;
    elem = a->elem;
  } else if (u->kind() == TypeKind::Slice) {
    elem = static_cast<Slice*>(u)->elem;
  } else {
    return false;
  }
  if (!checkIndex(e->index, length, nullptr)) return true;
  e->mode = mode;
  e->type = elem;
  return true;
}

void Checker::sliceExpr(ast::SliceExpr* e) {
  expr(e->x);
  ast::Expr* bounds[3] = {e->low, e->high, e->max};
  if (!valid(e->x)) {
    for (ast::Expr* b : bounds)
      if (b) rawExpr(b);
    return;
  }
  ast::Expr* x = e->x;
  Type* u = x->type->underlying();
  int64_t length = -1;
  Type* result = nullptr;
  if (isString(x->type)) {
    if (e->slice3) {
      error(e->max ? e->max->pos : e->pos, "invalid operation: 3-index slice of string");
      for (ast::Expr* b : bounds)
        if (b) rawExpr(b);
      return;
    }
    if (x->mode == Mode::Constant) length = static_cast<int64_t>(x->constant->strVal.size());
    // Slicing an untyped string constant yields a string.
    if (isUntyped(x->type)) defaultType(x);
    result = x->type;
  } else if (u->kind() == TypeKind::Array) {
    if (x->mode != Mode::Variable) {
      error(x->pos, "invalid operation: " + operandString(x) + " (slice of unaddressable value)");
      for (ast::Expr* b : bounds)
        if (b) rawExpr(b);
      return;
    }
    // a[i:j] takes a's address: a lives on the heap.
    markAddressTaken(x);
    length = static_cast<Array*>(u)->len;
    result = T.slice(static_cast<Array*>(u)->elem);
  } else if (Array* a = arrayPtrElem(x->type)) {
    length = a->len;
    result = T.slice(a->elem);
  } else if (u->kind() == TypeKind::Slice) {
    result = x->type;
  } else {
    error(x->pos, "invalid operation: cannot slice " + operandString(x));
    for (ast::Expr* b : bounds)
      if (b) rawExpr(b);
    return;
  }
  // Constant indices are within the length (+1: a bound may equal it) and
  // ordered.
  int64_t ind[3] = {-1, -1, -1};
  bool ok = true;
  for (int i = 0; i < 3; i++) {
    ast::Expr* b = bounds[i];
    if (b) {
      int64_t v = -1;
      if (!checkIndex(b, length >= 0 ? length + 1 : -1, &v)) {
        ok = false;
        continue;
      }
      if (b->mode == Mode::Constant) ind[i] = v;
    } else if (i == 0) {
      ind[i] = 0;
    } else if (length >= 0) {
      ind[i] = length;
    }
  }
  for (int i = 0; ok && i < 2; i++) {
    if (ind[i] <= 0) continue;
    for (int j = i + 1; j < 3; j++) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        error(bounds[j]->pos, "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        ok = false;
        break;
      }
    }
  }
  e->mode = Mode::Value;
  e->type = result;
}

// ---------------------------------------------------------------- literals

// [N]T{...}, [...]T{...}, []T{...}: the elements, with optional constant
// keys, against the element type; returns the literal's length (the largest
// index + 1). `length` is the array's length, or -1.
int64_t Checker::indexedElts(const std::vector<ast::Expr*>& elts, Type* elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (ast::Expr* el : elts) {
    bool validIndex = false;
    ast::Expr* val = el;
    if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el)) {
      int64_t i = -1;
      if (checkIndex(kv->key, length, &i)) {
        if (kv->key->mode == Mode::Constant) {
          index = i;
          validIndex = true;
        } else {
          error(el->pos, "index " + exprString(kv->key) + " must be integer constant");
        }
      }
      val = kv->value;
    } else if (length >= 0 && index >= length) {
      error(el->pos, "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex && !visited.insert(index).second)
      error(el->pos, "duplicate index " + std::to_string(index) + " in array or slice literal");
    index++;
    max = std::max(max, index);
    elementValue(val, elem, "array or slice literal");
  }
  return max;
}

// Returns false if t is not an array or slice type (nor [...]T).
bool Checker::arrayOrSliceLit(ast::CompositeLit* e, Type* t) {
  auto* at = dynamic_cast<ast::ArrayType*>(e->litType);
  if (at && at->ellipsisLen) {
    // [...]T{...}: the length is the number of elements.
    Type* elem = typExpr(at->elt);
    if (isInvalidType(elem)) {
      for (ast::Expr* el : e->elts) rawExpr(dynamic_cast<ast::KeyValueExpr*>(el) ? static_cast<ast::KeyValueExpr*>(el)->value : el);
      return true;
    }
    int64_t n = indexedElts(e->elts, elem, -1);
    t = T.array(elem, n);
    at->mode = Mode::TypeExpr;
    at->type = t;
    e->mode = Mode::Value;
    e->type = t;
    return true;
  }
  if (!t) return false;
  Type* u = t->underlying();
  if (u->kind() == TypeKind::Array) {
    auto* a = static_cast<Array*>(u);
    indexedElts(e->elts, a->elem, a->len);
  } else if (u->kind() == TypeKind::Slice) {
    indexedElts(e->elts, static_cast<Slice*>(u)->elem, -1);
  } else {
    return false;
  }
  e->mode = Mode::Value;
  e->type = t;
  return true;
}

int64_t sliceLitLength(const ast::CompositeLit* lit) {
  int64_t idx = 0, max = 0;
  for (ast::Expr* el : lit->elts) {
    if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(el); kv && kv->key->constant) idx = kv->key->constant->toInt64();
    idx++;
    max = std::max(max, idx);
  }
  return max;
}

// ---------------------------------------------------------------- builtins

// Whether e contains a channel receive or a (non-constant) function call:
// then len and cap of an array are not constants (spec, "Length and
// capacity").
static bool hasCallOrRecv(ast::Expr* e) {
  if (!e) return false;
  if (auto* c = dynamic_cast<ast::CallExpr*>(e)) {
    if (c->mode != Mode::Constant && c->fun->mode != Mode::TypeExpr) return true;
    for (ast::Expr* a : c->args)
      if (hasCallOrRecv(a)) return true;
    return false;
  }
  if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) return u->op == ast::Op::Arrow || hasCallOrRecv(u->x);
  if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) return hasCallOrRecv(p->x);
  if (auto* s = dynamic_cast<ast::SelectorExpr*>(e)) return hasCallOrRecv(s->x);
  if (auto* s = dynamic_cast<ast::StarExpr*>(e)) return hasCallOrRecv(s->x);
  if (auto* i = dynamic_cast<ast::IndexExpr*>(e)) return hasCallOrRecv(i->x) || hasCallOrRecv(i->index);
  if (auto* s = dynamic_cast<ast::SliceExpr*>(e))
    return hasCallOrRecv(s->x) || hasCallOrRecv(s->low) || hasCallOrRecv(s->high) || hasCallOrRecv(s->max);
  if (auto* b = dynamic_cast<ast::BinaryExpr*>(e)) return hasCallOrRecv(b->x) || hasCallOrRecv(b->y);
  if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(e)) return hasCallOrRecv(kv->key) || hasCallOrRecv(kv->value);
  if (auto* cl = dynamic_cast<ast::CompositeLit*>(e)) {
    for (ast::Expr* el : cl->elts)
      if (hasCallOrRecv(el)) return true;
  }
  return false;
}

// len(x) and cap(x) of arrays, pointers to arrays and slices; false if x is
// none of these.
bool Checker::lenCapArrayOrSlice(ast::CallExpr* e, ast::Expr* x) {
  Type* u = x->type->underlying();
  Array* a = u->kind() == TypeKind::Array ? static_cast<Array*>(u) : arrayPtrElem(x->type);
  if (!a && u->kind() != TypeKind::Slice) return false;
  e->type = T.basic(BasicKind::Int);
  if (a && !hasCallOrRecv(x)) {
    e->mode = Mode::Constant;
    e->constant = makeInt(a->len);
  } else {
    e->mode = Mode::Value;
  }
  return true;
}

// make([]T, len[, cap]); t is the slice type.
void Checker::makeSlice(ast::CallExpr* e, Type* t) {
  size_t nargs = e->args.size();
  if (nargs < 2 || nargs > 3) {
    for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
    error(e->pos, "invalid operation: " + exprString(e) + " expects 2 or 3 arguments; found " + std::to_string(nargs));
    return;
  }
  bool ok = true;
  int64_t sizes[2] = {-1, -1};
  for (size_t i = 1; i < nargs; i++) {
    int64_t v = -1;
    if (!checkIndex(e->args[i], -1, &v)) {
      ok = false;
      continue;
    }
    if (e->args[i]->mode == Mode::Constant) sizes[i - 1] = v;
  }
  if (ok && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
    error(e->args[1]->pos, "invalid argument: length and capacity swapped");
  e->mode = Mode::Value;
  e->type = t;
}

void Checker::appendCall(ast::CallExpr* e) {
  size_t nargs = e->args.size();
  if (nargs == 0) {
    error(e->rparen.valid() ? e->rparen : e->pos, "not enough arguments for " + exprString(e) + " (expected 1, found 0)");
    return;
  }
  ast::Expr* s = e->args[0];
  expr(s);
  if (!valid(s)) {
    for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
    return;
  }
  if (s->type->underlying()->kind() != TypeKind::Slice) {
    for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
    std::string cause = isUntypedNil(s->type) ? "have untyped nil" : "have " + operandString(s);
    error(s->pos, "first argument to append must be a slice; " + cause);
    return;
  }
  Type* elem = static_cast<Slice*>(s->type->underlying())->elem;
  e->mode = Mode::Value;
  e->type = s->type;
  if (e->hasEllipsis) {
    if (nargs != 2) {
      for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
      error(e->pos, std::string(nargs < 2 ? "not enough" : "too many") + " arguments in call to append");
      return;
    }
    ast::Expr* t = e->args[1];
    expr(t);
    if (!valid(t)) return;
    // append([]byte, string...): the string's bytes.
    if (isString(t->type) && identical(elem, T.byteType())) {
      if (isUntyped(t->type)) defaultType(t);
      return;
    }
    assignment(t, s->type->kind() == TypeKind::Named ? static_cast<Type*>(T.slice(elem)) : s->type, "argument to append");
    return;
  }
  for (size_t i = 1; i < nargs; i++) {
    expr(e->args[i]);
    if (valid(e->args[i])) assignment(e->args[i], elem, "argument to append");
  }
}

void Checker::copyCall(ast::CallExpr* e) {
  size_t nargs = e->args.size();
  if (nargs != 2) {
    for (ast::Expr* a : e->args) rawExpr(a);
    error(nargs < 2 ? (e->rparen.valid() ? e->rparen : e->pos) : e->args[2]->pos,
          std::string(nargs < 2 ? "not enough" : "too many") + " arguments for " + exprString(e) +
              " (expected 2, found " + std::to_string(nargs) + ")");
    return;
  }
  ast::Expr* x = e->args[0];
  ast::Expr* y = e->args[1];
  expr(x);
  expr(y);
  if (!valid(x) || !valid(y)) return;
  Slice* dst = x->type->underlying()->kind() == TypeKind::Slice ? static_cast<Slice*>(x->type->underlying()) : nullptr;
  Type* srcElem = nullptr;
  if (isString(y->type)) srcElem = T.byteType();
  else if (y->type->underlying()->kind() == TypeKind::Slice) srcElem = static_cast<Slice*>(y->type->underlying())->elem;
  if (!dst || !srcElem) {
    error(x->pos, "invalid argument: copy expects slice arguments; found " + operandString(x) + " and " +
                      operandString(y));
    return;
  }
  if (!identical(dst->elem, srcElem)) {
    error(x->pos, "invalid argument: arguments to copy " + operandString(x) + " and " + operandString(y) +
                      " have different element types " + dst->elem->string() + " and " + srcElem->string());
    return;
  }
  if (isUntyped(y->type)) defaultType(y);
  e->mode = Mode::Value;
  e->type = T.basic(BasicKind::Int);
}

// ---------------------------------------------------------------- conversions

// string <-> []byte, string <-> []rune (through underlying types), and
// integer -> string (the rune's UTF-8, "\uFFFD" if invalid).
bool Checker::stringConvertible(Type* from, Type* to) {
  auto byteOrRuneSlice = [](Type* t) {
    Type* u = t->underlying();
    if (u->kind() != TypeKind::Slice) return false;
    Basic* b = asBasic(static_cast<Slice*>(u)->elem);
    return b && (b->basicKind == BasicKind::Uint8 || b->basicKind == BasicKind::Int32);
  };
  if (isString(to) && (byteOrRuneSlice(from) || isInteger(from))) return true;
  if (isString(from) && byteOrRuneSlice(to)) return true;
  return false;
}

// The rune an integer constant converts to as a string: out-of-range values
// and surrogates become U+FFFD.
std::string runeString(const Constant& c) {
  int64_t r = 0xFFFD;
  if (c.kind == Constant::Kind::Int && c.intVal.getActiveBits() <= 63) {
    int64_t v = c.intVal.getSExtValue();
    if (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) r = v;
  }
  std::string s;
  auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    s += static_cast<char>(u);
  } else if (u < 0x800) {
    s += static_cast<char>(0xC0 | (u >> 6));
    s += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    s += static_cast<char>(0xE0 | (u >> 12));
    s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (u >> 18));
    s += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (u & 0x3F));
  }
  return s;
}

// ---------------------------------------------------------------- range

// The iteration types of range over arrays, pointers to arrays, slices,
// strings and integers; false for other operands.
bool Checker::rangeTypes(ast::Expr* x, Type** key, Type** value) {
  Type* u = x->type->underlying();
  if (isString(x->type)) {
    if (isUntyped(x->type)) defaultType(x);
    *key = T.basic(BasicKind::Int);
    *value = T.runeType();
    return true;
  }
  if (isInteger(x->type)) {
    // Go 1.22: range n counts 0..n-1 in n's type (int for an untyped constant).
    if (isUntyped(x->type)) {
      convertUntyped(x, T.basic(BasicKind::Int));
      if (!valid(x)) return true;
    }
    *key = x->type;
    *value = nullptr;
    return true;
  }
  Array* a = u->kind() == TypeKind::Array ? static_cast<Array*>(u) : arrayPtrElem(x->type);
  if (a) {
    *key = T.basic(BasicKind::Int);
    *value = a->elem;
    return true;
  }
  if (u->kind() == TypeKind::Slice) {
    *key = T.basic(BasicKind::Int);
    *value = static_cast<Slice*>(u)->elem;
    return true;
  }
  return false;
}

}  // namespace gosub::types
