// builtins.cpp — calls of the predeclared functions (len, append, make, ...).
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

void Checker::builtinCall(ast::CallExpr* e, Builtin* b) {
  const std::string& name = b->name;
  auto nargs = e->args.size();
  if (e->hasEllipsis && b->id != BuiltinId::Append) {
    for (auto* a : e->args) rawExpr(a);
    error(e->pos, "invalid operation: invalid use of ... with built-in " + name);
    return;
  }
  switch (b->id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!oneArgument(e)) return;
      ast::Expr* x = e->args[0];
      expr(x);
      if (!valid(x)) return;
      if (lenCapArrayOrSlice(e, x)) return;
      bool isChan = x->type->underlying()->kind() == TypeKind::Chan;
      bool isMap = b->id == BuiltinId::Len && x->type->underlying()->kind() == TypeKind::Map;
      if (!(isChan || isMap || (b->id == BuiltinId::Len && isString(x->type)))) {
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
        error(e->pos, "invalid operation: not enough arguments for " + exprString(e) + " (expected 1, found 0)");
        return;
      }
      Type* t = typExpr(e->args[0]);
      if (isInvalidType(t)) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        return;
      }
      if (t->underlying()->kind() == TypeKind::Slice) return makeSlice(e, t);
      bool isMap = t->underlying()->kind() == TypeKind::Map;
      if (t->underlying()->kind() != TypeKind::Chan && !isMap) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        error(e->args[0]->pos, "invalid argument: cannot make " + exprString(e->args[0]) + "; type must be slice, map, or channel");
        return;
      }
      if (nargs > 2) {
        for (size_t i = 1; i < nargs; i++) rawExpr(e->args[i]);
        error(e->pos, "invalid operation: " + exprString(e) + " expects 1 or 2 arguments; found " +
                                   std::to_string(nargs));
        return;
      }
      if (nargs == 2 && !sizeArgument(e->args[1], isMap ? "size" : "buffer size")) return;
      e->mode = Mode::Value;
      e->type = t;
      return;
    }
    case BuiltinId::Append: return appendCall(e);
    case BuiltinId::Copy: return copyCall(e);
    case BuiltinId::Print:
    case BuiltinId::Println:
      if (printArguments(e, "argument to built-in " + name)) e->mode = Mode::NoValue;
      return;
    // ---- maps (maps.cpp)
    case BuiltinId::Delete:
      deleteCall(e);
      return;
    case BuiltinId::Clear: {
      if (!oneArgument(e)) return;
      expr(e->args[0]);
      if (!valid(e->args[0])) return;
      if (e->args[0]->type->underlying()->kind() == TypeKind::Slice) {
        e->mode = Mode::NoValue;  // zeroes the elements (codegen/slice.cpp)
        return;
      }
      if (!clearMap(e))
        error(e->args[0]->pos, "invalid argument: cannot clear " + operandString(e->args[0]) +
                                   ": argument must be (or constrained by) map or slice");
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: return minMax(e, b->id == BuiltinId::Max);
    // ---- panic and recover (defer/panic/recover)
    case BuiltinId::Panic: {
      // panic(v): v is converted to interface{}, untyped constants to
      // their default type first (panic(1) panics with an int).
      if (!oneArgument(e)) return;
      ast::Expr* x = e->args[0];
      expr(x);
      if (!valid(x)) return;
      if (isUntyped(x->type) && !isUntypedNil(x->type)) defaultType(x);
      if (!assignment(x, T.emptyInterface(), "argument to panic")) return;
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Recover:
      if (nargs != 0) {
        for (auto* a : e->args) rawExpr(a);
        error(e->pos, "invalid operation: too many arguments for " + exprString(e) + " (expected 0, found " +
                                   std::to_string(nargs) + ")");
        return;
      }
      e->mode = Mode::Value;
      e->type = T.emptyInterface();
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

// min(x, y...) and max(x, y...) (Go 1.21): operands of one ordered type,
// an untyped one taking the type of the typed ones (or, all untyped, the
// largest numeric kind, as in x < y); all constant gives a constant.
void Checker::minMax(ast::CallExpr* e, bool isMax) {
  if (e->args.empty()) {
    error(e->pos, std::string("invalid operation: not enough arguments for ") + exprString(e) + " (expected 1, found 0)");
    return;
  }
  auto mismatch = [&](Type* prev, ast::Expr* a) {
    error(a->pos, "invalid argument: mismatched types " + prev->string() + " (previous argument) and " +
                      a->type->string() + " (type of " + exprString(a) + ")");
  };
  for (ast::Expr* a : e->args) {
    expr(a);
    if (!valid(a)) return;
    if (!isNumeric(a->type) && !isString(a->type)) {
      error(a->pos, "invalid argument: " + operandString(a) + " cannot be ordered");
      return;
    }
  }
  // The operands' type: the first typed one's, else the largest untyped kind.
  Type* t = nullptr;
  for (ast::Expr* a : e->args)
    if (!isUntyped(a->type)) {
      t = a->type;
      break;
    }
  if (!t) {
    t = e->args[0]->type;
    for (ast::Expr* a : e->args) {
      auto *cur = static_cast<Basic*>(t), *next = static_cast<Basic*>(a->type);
      if (cur->isNumeric() != next->isNumeric()) return mismatch(t, a);
      if (next->basicKind > cur->basicKind) t = a->type;
    }
  }
  bool allConst = true;
  for (size_t i = 0; i < e->args.size(); ++i) {
    ast::Expr* a = e->args[i];
    if (isUntyped(a->type)) {
      auto* ub = static_cast<Basic*>(a->type);
      Basic* tb = asBasic(t);
      if (!tb || ub->isNumeric() != tb->isNumeric()) return mismatch(e->args[i ? i - 1 : 0]->type, a);
      convertUntyped(a, t);
      if (!valid(a)) return;
    } else if (!identical(a->type, t)) {
      return mismatch(t, a);
    }
    allConst = allConst && a->mode == Mode::Constant;
  }
  e->type = t;
  if (!allConst) {
    e->mode = Mode::Value;
    return;
  }
  ast::Expr* best = e->args[0];
  for (ast::Expr* a : e->args)
    if (compareOp(isMax ? ast::Op::Gtr : ast::Op::Lss, *a->constant, *best->constant)) best = a;
  e->mode = Mode::Constant;
  e->constant = best->constant;
}

}  // namespace gosub::types
