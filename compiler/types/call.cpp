// call.cpp — calls of functions and methods, and their arguments.
#include <algorithm>
#include <cstdint>
#include <set>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

// ---------------------------------------------------------------- calls

void Checker::call(ast::CallExpr* e) {
  e->mode = Mode::Invalid;
  rawExpr(e->fun);
  ast::Expr* fun = e->fun;
  if (!valid(fun)) {
    for (ast::Expr* a : e->args) rawExpr(a);
    return;
  }
  if (fun->mode == Mode::TypeExpr) return conversion(e, fun->type);
  if (fun->mode == Mode::Builtin) {
    Object* obj = nullptr;
    if (auto* id = dynamic_cast<ast::Ident*>(fun)) obj = id->obj;
    else if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun)) obj = sel->sel->obj;
    else if (auto* p = dynamic_cast<ast::ParenExpr*>(fun)) {
      if (auto* pid = dynamic_cast<ast::Ident*>(p->x)) obj = pid->obj;
    }
    if (obj && obj->kind == ObjectKind::Builtin) return builtinCall(e, static_cast<Builtin*>(obj));
    if (obj && obj->kind == ObjectKind::Func) {
      // fmt.Print / fmt.Println: any number of basic-typed operands.
      if (!printArguments(e, "argument to " + exprString(fun))) return;
      e->mode = Mode::NoValue;
      return;
    }
    return;
  }
  if (!fun->type || fun->type->underlying()->kind() != TypeKind::Signature) {
    error(e->pos, "invalid operation: cannot call non-function " + operandString(fun));
    for (ast::Expr* a : e->args) rawExpr(a);
    return;
  }
  auto* sig = static_cast<Signature*>(fun->type->underlying());
  arguments(e, sig, exprString(fun));
  size_t nres = sig->results->size();
  if (nres == 0) {
    e->mode = Mode::NoValue;
  } else if (nres == 1) {
    e->mode = Mode::Value;
    e->type = sig->results->vars[0]->type;
  } else {
    e->mode = Mode::Value;
    e->type = sig->results;
  }
}

// "(int, string)"; untyped numeric constants print as "number", other untyped
// values without the qualifier ("string", "bool", "nil"), as go/types'
// typesSummary.
std::string typeListString(const std::vector<Type*>& ts) {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    if (!ts[i]) s += "invalid type";
    else if (isUntyped(ts[i]) && isNumeric(ts[i])) s += "number";
    else if (isUntyped(ts[i])) {
      std::string n = ts[i]->string();
      s += n.rfind("untyped ", 0) == 0 ? n.substr(8) : n;
    } else s += ts[i]->string();
  }
  return s + ")";
}

// The parameter list of a variadic signature as gc prints it: (int, ...int).
static std::string variadicList(Signature* sig) {
  std::string s = "(";
  const auto& vars = sig->params->vars;
  for (size_t i = 0; i < vars.size(); i++) {
    if (i) s += ", ";
    if (i + 1 == vars.size()) s += "..." + static_cast<Slice*>(vars[i]->type)->elem->string();
    else s += vars[i]->type->string();
  }
  return s + ")";
}

void Checker::arguments(ast::CallExpr* e, Signature* sig, const std::string& fname) {
  std::vector<ast::Expr*> args = e->args;
  const auto& params = sig->params->vars;
  // f(g()) where g returns several values.
  if (args.size() == 1) {
    multiExpr(args[0]);
    if (!valid(args[0])) return;
    if (args[0]->type && args[0]->type->kind() == TypeKind::Tuple && sig->variadic && !e->hasEllipsis &&
        static_cast<Tuple*>(args[0]->type)->size() + 1 >= params.size()) {
      // f(g()) for a variadic f: g's results fill the fixed parameters,
      // the rest become the variadic slice's elements.
      auto* t = static_cast<Tuple*>(args[0]->type);
      size_t fixed = params.size() - 1;
      Type* elem = static_cast<Slice*>(params.back()->type)->elem;
      for (size_t i = 0; i < t->size(); i++) {
        Type* want = i < fixed ? params[i]->type : elem;
        if (!assignableType(t->vars[i]->type, want)) {
          error(args[0]->pos, "cannot use " + exprString(args[0]) + " (value of type " + t->string() +
                                  ") as argument to " + fname);
          break;
        }
      }
      return;
    }
    if (args[0]->type && args[0]->type->kind() == TypeKind::Tuple) {
      auto* t = static_cast<Tuple*>(args[0]->type);
      bool ok = t->size() == params.size();
      for (size_t i = 0; ok && i < t->size(); i++)
        if (!identical(t->vars[i]->type, params[i]->type) &&
            !(t->vars[i]->type->underlying() == params[i]->type->underlying() &&
              (t->vars[i]->type->kind() != TypeKind::Named || params[i]->type->kind() != TypeKind::Named)))
          ok = false;
      if (!ok) {
        std::vector<Type*> have, want;
        for (Var* v : t->vars) have.push_back(v->type);
        for (Var* v : params) want.push_back(v->type);
        const char* what = t->size() < params.size() ? "not enough" : (t->size() > params.size() ? "too many" : nullptr);
        if (what)
          error(args[0]->pos, std::string(what) + " arguments in call to " + fname +
                                                            "\n\thave " + typeListString(have) + "\n\twant " +
                                                            typeListString(want));
        else
          error(args[0]->pos, "cannot use " + exprString(args[0]) + " (value of type " + t->string() +
                                  ") as argument to " + fname);
      }
      return;
    }
    if (args[0]->mode == Mode::NoValue || args[0]->mode == Mode::TypeExpr || args[0]->mode == Mode::Builtin ||
        args[0]->mode == Mode::Package) {
      expr(args[0]);
      return;
    }
  } else {
    for (ast::Expr* a : args) expr(a);
    // An invalid argument was reported: its count and types say nothing
    // more (gc reports nothing else about the call).
    for (ast::Expr* a : args)
      if (!valid(a)) return;
  }
  if (e->hasEllipsis && !sig->variadic) {
    error(e->fun->pos, "cannot use ... in call to non-variadic " + fname);
    return;
  }
  if (sig->variadic && !e->hasEllipsis) {
    // f(a, b, c) for f(x int, ys ...int): the extra arguments are elements.
    size_t fixed = params.size() - 1;
    Type* elem = static_cast<Slice*>(params.back()->type)->elem;
    if (args.size() < fixed) {
      std::vector<Type*> have, want;
      for (ast::Expr* a : args) have.push_back(valid(a) ? a->type : nullptr);
      for (Var* v : params) want.push_back(v->type);
      // gc: at the last argument, or at the closing parenthesis if none.
      ast::Pos at = !args.empty() ? args.back()->pos : (e->rparen.valid() ? e->rparen : e->pos);
      error(at, "not enough arguments in call to " + fname + "\n\thave " + typeListString(have) + "\n\twant " +
                    variadicList(sig));
      return;
    }
    for (size_t i = 0; i < args.size(); i++)
      if (valid(args[i])) assignment(args[i], i < fixed ? params[i]->type : elem, "argument to " + fname);
    return;
  }
  if (args.size() != params.size()) {
    std::vector<Type*> have, want;
    for (ast::Expr* a : args) have.push_back(valid(a) ? a->type : nullptr);
    for (Var* v : params) want.push_back(v->type);
    bool tooMany = args.size() > params.size();
    // gc: too many at the first extra argument; not enough at the last
    // argument, or at the closing parenthesis if there is none.
    ast::Pos at = tooMany ? args[params.size()]->pos
                  : !args.empty() ? args.back()->pos
                                  : (e->rparen.valid() ? e->rparen : e->pos);
    error(at, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave " +
                  typeListString(have) + "\n\twant " + (sig->variadic ? variadicList(sig) : typeListString(want)));
    return;
  }
  for (size_t i = 0; i < args.size(); i++)
    if (valid(args[i])) assignment(args[i], params[i]->type, "argument to " + fname);
}

// A size argument of make: an integer value, or a constant representable as
// int that is not negative.
bool Checker::sizeArgument(ast::Expr* x, const char* what) {
  // gc calls every size argument an "index" when it is negative.
  expr(x);
  if (!valid(x)) return false;
  // An untyped size is converted to int first, as an index (go/types' isValidIndex).
  if (isUntyped(x->type) && !isUntypedNil(x->type)) {
    convertUntyped(x, T.basic(BasicKind::Int));
    if (!valid(x)) return false;
  }
  if (x->mode == Mode::Constant) {
    if (isInteger(x->type) && x->constant->intVal.isNegative()) {
      error(x->pos, "invalid argument: index " + operandString(x) + " must not be negative");
      return false;
    }
  }
  if (!isInteger(x->type)) {
    error(x->pos, std::string("invalid argument: ") + what + " " + operandString(x) + " must be integer");
    return false;
  }
  return true;
}

// Operands of print, println, fmt.Print and fmt.Println: values of basic
// types (untyped ones take their default type), or one call returning
// several such values.
bool Checker::printArguments(ast::CallExpr* e, const std::string& context) {
  if (e->hasEllipsis) {
    unsupported(e->pos, "f(s...) calls are");
    return false;
  }
  bool builtin = context.rfind("argument to built-in", 0) == 0;
  auto printable = [&](Type* t, ast::Pos pos) {
    if (asBasic(t)) return true;
    if (builtin) {
      // gc's walkPrint: interfaces print as "(0x...,0x...)", slices as
      // [len/cap]0xADDR, pointers, maps, channels and funcs as 0xADDR;
      // nothing else (structs, arrays) prints, reported at the call's
      // parenthesis once per argument.
      switch (t->underlying()->kind()) {
        case TypeKind::Interface:
        case TypeKind::Slice:
        case TypeKind::Pointer:
        case TypeKind::Map:
        case TypeKind::Chan:
        case TypeKind::Signature: return true;
        default:
          error(e->lparen.valid() ? e->lparen : e->pos, "illegal types for operand: print\n\t" + t->string());
          return false;
      }
    }
    unsupported(pos, "printing values of type " + t->string() + " is");
    return false;
  };
  if (e->args.size() == 1) {
    ast::Expr* a = e->args[0];
    multiExpr(a);
    if (!valid(a)) return false;
    if (a->type && a->type->kind() == TypeKind::Tuple) {
      bool ok = true;
      for (Var* v : static_cast<Tuple*>(a->type)->vars) ok = printable(v->type, a->pos) && ok;
      return ok;
    }
  }
  bool ok = true;
  for (ast::Expr* a : e->args) {
    if (e->args.size() != 1) expr(a);
    if (!valid(a)) { ok = false; continue; }
    if (isUntypedNil(a->type)) {
      error(a->pos, "use of untyped nil in " + context);
      ok = false;
      continue;
    }
    defaultTypeIn(a, context);
    if (!valid(a)) { ok = false; continue; }
    ok = printable(a->type, a->pos) && ok;
  }
  return ok;
}

// Builtins of one argument (len, cap, close, new): gc's message otherwise.
bool Checker::oneArgument(ast::CallExpr* e) {
  size_t nargs = e->args.size();
  if (nargs == 1) return true;
  for (auto* a : e->args) rawExpr(a);
  // gc (1.19) reports both at the call.
  error(e->pos, std::string("invalid operation: ") + (nargs ? "too many" : "not enough") +
                                        " arguments for " + exprString(e) + " (expected 1, found " +
                                        std::to_string(nargs) + ")");
  return false;
}

}  // namespace gosub::types
