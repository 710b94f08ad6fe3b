// stmt.cpp — function bodies and statements: scopes, declarations,
// assignments, control flow, labels, "declared and not used" and the
// terminating-statement analysis behind "missing return".
#include <algorithm>
#include <functional>

#include "types/checker_impl.h"

namespace gosub::types {

using ast::Mode;

void Checker::openScope() { scope = T.make<Scope>(scope); }
void Checker::closeScope() { scope = scope->parent; }

void Checker::declare(Object* obj, ast::Pos pos) {
  if (obj->name == "_") return;
  if (Object* prev = scope->insert(obj)) {
    // Not declared, so not reported as unused either (go/types).
    redeclared(pos, obj->name, prev);
    return;
  }
  if (fn && obj->kind == ObjectKind::Var) {
    fn->locals.push_back(static_cast<Var*>(obj));
    varOwner[static_cast<Var*>(obj)] = fn;
  }
}

void Checker::funcBody(Func* f, ast::FuncLit* lit, ast::BlockStmt* body, Signature* sig) {
  FuncContext ctx;
  ctx.sig = sig;
  ctx.name = f ? f->name : "func literal";
  ctx.outer = fn;
  ctx.lit = lit;
  FuncContext* savedFn = fn;
  fn = &ctx;
  openScope();
  scope->isFunction = true;
  // Parameters and named results live in the function's outermost scope.
  std::vector<Var*> params;
  if (sig->recv) {
    varOwner[sig->recv] = &ctx;
    params.push_back(sig->recv);
    if (!sig->recv->name.empty() && sig->recv->name != "_") scope->insert(sig->recv);
  }
  for (Tuple* list : {sig->params, sig->results})
    for (Var* v : list->vars) {
      varOwner[v] = &ctx;
      params.push_back(v);
      if (!v->name.empty() && v->name != "_")
        if (Object* prev = scope->insert(v)) redeclared(v->pos, v->name, prev);
    }
  collectLabels(body);
  // The body shares the parameters' scope, as in Go.
  stmtList(body->stmts);
  closeScope();
  if (sig->results->size() > 0 && !isTerminating(body, "")) error(body->rbrace, "missing return");
  for (auto& [name, label] : ctx.labels)
    if (!label->used) branchError(label->pos, "label " + name + " defined and not used");
  // Unused variables, in source order.
  std::vector<Var*> unused;
  for (Var* v : ctx.locals)
    if (!v->used) unused.push_back(v);
  for (Var* v : unused) error(v->pos, "declared and not used: " + v->name);
  // ctx dies here: forget which variables it owned.
  for (Var* v : params) varOwner.erase(v);
  for (Var* v : ctx.locals) varOwner.erase(v);
  fn = savedFn;
}

void Checker::collectLabels(ast::BlockStmt* body) {
  // Labels have function scope: find every labeled statement first, in
  // source order, so that forward references resolve; nested function
  // literals have their own.
  std::function<void(ast::Stmt*)> visit = [&](ast::Stmt* s) {
    if (!s) return;
    if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) {
      const std::string& name = l->label->name;
      if (name != "_") {
        if (auto it = fn->labels.find(name); it != fn->labels.end()) {
          branchError(l->label->pos, "label " + name + " already defined at " + diags.format(it->second->pos));
        } else {
          fn->labels[name] = T.make<Label>(name, l->label->pos);
          fn->labeledStmts[name] = l->stmt;
        }
      }
      visit(l->stmt);
    } else if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) {
      for (ast::Stmt* st : b->stmts) visit(st);
    } else if (auto* i = dynamic_cast<ast::IfStmt*>(s)) {
      visit(i->body);
      visit(i->els);
    } else if (auto* f = dynamic_cast<ast::ForStmt*>(s)) {
      visit(f->body);
    } else if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) {
      visit(r->body);
    } else if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
      for (auto* c : sw->clauses)
        for (ast::Stmt* st : c->body) visit(st);
    } else if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) {
      for (auto* c : ts->clauses)
        for (ast::Stmt* st : c->body) visit(st);
    } else if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
      for (auto* c : sel->clauses)
        for (ast::Stmt* st : c->body) visit(st);
    }
  };
  visit(body);
}

void Checker::stmtList(const std::vector<ast::Stmt*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    ast::Stmt* s = list[i];
    if (auto* b = dynamic_cast<ast::BranchStmt*>(s); b && b->kind == ast::BranchKind::Fallthrough) {
      // Valid only as the last statement of a switch case; switchStmt
      // handles that position, so any fallthrough seen here is misplaced.
      branchError(s->pos, "fallthrough statement out of place");
      continue;
    }
    stmt(s);
  }
}

void Checker::stmt(ast::Stmt* s) {
  if (!s) return;
  if (dynamic_cast<ast::EmptyStmt*>(s)) return;
  if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) {
    openScope();
    stmtList(b->stmts);
    closeScope();
    return;
  }
  if (auto* d = dynamic_cast<ast::DeclStmt*>(s)) return declStmt(static_cast<ast::GenDecl*>(d->decl));
  if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) {
    rawExpr(e->x);
    if (!valid(e->x) || isReceive(e->x)) return;  // a receive may stand alone
    ast::Expr* x = e->x;
    while (auto* p = dynamic_cast<ast::ParenExpr*>(x)) x = p->x;
    auto* call = dynamic_cast<ast::CallExpr*>(x);
    bool isCall = call && call->fun->mode != Mode::TypeExpr;
    if (isCall && call->fun->mode == Mode::Builtin) {
      // Only some builtins may stand alone as statements.
      if (auto* id = dynamic_cast<ast::Ident*>(call->fun); id && id->obj && id->obj->kind == ObjectKind::Builtin) {
        auto bid = static_cast<Builtin*>(id->obj)->id;
        if (bid == BuiltinId::Len || bid == BuiltinId::Cap || bid == BuiltinId::Min || bid == BuiltinId::Max ||
            bid == BuiltinId::Make || bid == BuiltinId::New || bid == BuiltinId::Append)
          isCall = false;
      }
    }
    if (!isCall) {
      if (e->x->mode == Mode::TypeExpr)
        error(e->x->pos, exprString(e->x) + " (type) is not an expression");
      else if (e->x->mode == Mode::Builtin)
        error(e->x->pos, exprString(e->x) + " (built-in) must be called");
      else
        error(e->x->pos, operandString(e->x) + " is not used");
    }
    return;
  }
  if (auto* a = dynamic_cast<ast::AssignStmt*>(s)) return assignStmt(a);
  if (auto* i = dynamic_cast<ast::IncDecStmt*>(s)) {
    expr(i->x);
    if (!valid(i->x)) return;
    if (!isNumeric(i->x->type)) {
      error(i->x->pos, std::string("invalid operation: ") + exprString(i->x) + (i->inc ? "++" : "--") +
                           " (non-numeric type " + i->x->type->string() + ")");
      return;
    }
    if (i->x->mode != Mode::Variable && i->x->mode != Mode::MapIndex) {
      if (isMapElemField(i->x))
        error(i->x->pos, "cannot assign to struct field " + exprString(i->x) + " in map");
      else
        error(i->x->pos, "cannot assign to " + exprString(i->x) + " (neither addressable nor a map index expression)");
    }
    return;
  }
  if (auto* i = dynamic_cast<ast::IfStmt*>(s)) return ifStmt(i);
  if (auto* f = dynamic_cast<ast::ForStmt*>(s)) return forStmt(f, nullptr);
  if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) return switchStmt(sw, nullptr);
  if (auto* r = dynamic_cast<ast::ReturnStmt*>(s)) return returnStmt(r);
  if (auto* b = dynamic_cast<ast::BranchStmt*>(s)) return branchStmt(b);
  if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) {
    Label* label = l->label->name == "_" ? nullptr : fn->labels[l->label->name];
    if (auto* f = dynamic_cast<ast::ForStmt*>(l->stmt)) return forStmt(f, label);
    if (auto* sw = dynamic_cast<ast::SwitchStmt*>(l->stmt)) return switchStmt(sw, label);
    if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(l->stmt)) return typeSwitchStmt(ts, label);
    if (auto* sel = dynamic_cast<ast::SelectStmt*>(l->stmt)) return selectStmt(sel, label);
    if (auto* r = dynamic_cast<ast::RangeStmt*>(l->stmt)) return rangeStmt(r, label);
    return stmt(l->stmt);
  }
  if (auto* g = dynamic_cast<ast::GoStmt*>(s)) return goStmt(g);
  if (auto* d = dynamic_cast<ast::DeferStmt*>(s)) return deferStmt(d);
  if (auto* send = dynamic_cast<ast::SendStmt*>(s)) return sendStmt(send);
  if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) return selectStmt(sel, nullptr);
  if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) return rangeStmt(r, nullptr);
  if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) return typeSwitchStmt(ts, nullptr);
  error(s->pos, "invalid statement");
}

void Checker::declStmt(ast::GenDecl* d) {
  ast::ValueSpec* lastConst = nullptr;
  for (ast::Spec* spec : d->specs) {
    if (d->kind == ast::DeclKind::Type) {
      auto* ts = static_cast<ast::TypeSpec*>(spec);
      auto* tn = T.make<TypeName>(ts->name->name, ts->name->pos, pkg, nullptr);
      ts->name->obj = tn;
      // Declared before its type is evaluated, so a recursive use is caught.
      declare(tn, ts->name->pos);
      DeclInfo info;
      info.typeSpec = ts;
      objPath.push_back(tn);
      typeDecl(tn, &info);
      objPath.pop_back();
      // Later local declarations cannot be part of its cycles: check now.
      if (tn->type && tn->type->kind() == TypeKind::Named && !tn->isAlias) validType(static_cast<Named*>(tn->type));
      continue;
    }
    auto* vs = static_cast<ast::ValueSpec*>(spec);
    if (d->kind == ast::DeclKind::Const) {
      if (vs->type || !vs->values.empty()) lastConst = vs;
      localValueSpec(vs, d->kind, lastConst);
    } else {
      localValueSpec(vs, d->kind, nullptr);
    }
  }
}

void Checker::localValueSpec(ast::ValueSpec* vs, ast::DeclKind kind, ast::ValueSpec* lastConst) {
  if (kind == ast::DeclKind::Const) {
    ast::ValueSpec* src = lastConst;
    if (!src) {
      error(vs->pos, "missing init expr for const declaration");
      return;
    }
    int64_t savedIota = iota;
    iota = vs->iota;
    Type* declared = src->type ? typExpr(src->type) : nullptr;
    std::vector<Const*> consts;
    for (size_t i = 0; i < vs->names.size(); i++) {
      auto* c = T.make<Const>(vs->names[i]->name, vs->names[i]->pos, pkg, T.basic(BasicKind::Invalid), nullptr);
      vs->names[i]->obj = c;
      consts.push_back(c);
      if (i >= src->values.size()) {
        error(vs->names[i]->pos, "missing init expr for const declaration");
        continue;
      }
      ast::Expr* init = src->values[i];
      ast::Pos savedErrpos = errpos;
      if (src != vs) errpos = c->pos;  // inherited: errors at the constant (errpos)
      expr(init);
      bool ok = valid(init);
      if (ok && init->mode != Mode::Constant) {
        error(init->pos, operandString(init) + " is not constant");
        ok = false;
      }
      if (ok && declared && !assignment(init, declared, "constant declaration")) ok = false;
      errpos = savedErrpos;
      if (!ok) continue;
      c->type = init->type;
      c->value = init->constant;
    }
    if (vs->names.size() < src->values.size()) error(src->values[vs->names.size()]->pos, "extra init expr");
    iota = savedIota;
    // Constants are in scope only after their spec.
    for (size_t i = 0; i < consts.size(); i++) declare(consts[i], vs->names[i]->pos);
    return;
  }

  Type* declared = vs->type ? typExpr(vs->type) : nullptr;
  std::vector<Var*> vars;
  for (ast::Ident* name : vs->names) {
    auto* v = T.make<Var>(name->name, name->pos, pkg, declared ? declared : T.basic(BasicKind::Invalid));
    name->obj = v;
    vars.push_back(v);
  }
  size_t nn = vs->names.size(), nv = vs->values.size();
  if (nv == 0) {
    if (!declared) error(vs->pos, "missing type or init expr");
  } else if (nv == nn) {
    // Each variable is initialized on its own, as gc does: one whose
    // initialization failed is marked used (no follow-on "declared and not
    // used"), the others are not.
    for (size_t i = 0; i < nn; i++) {
      ast::Expr* init = vs->values[i];
      expr(init);
      bool ok = valid(init);
      if (!ok) {
      } else if (declared) {
        ok = assignment(init, declared, "variable declaration");
      } else if (init->type->kind() == TypeKind::Basic &&
                 static_cast<Basic*>(init->type)->basicKind == BasicKind::UntypedNil) {
        error(init->pos, "use of untyped nil in variable declaration");
        ok = false;
      } else {
        defaultTypeIn(init, "variable declaration");
        ok = valid(init);
        if (ok) vars[i]->type = init->type;
      }
      if (!ok) vars[i]->used = true;
    }
  } else if (nv == 1) {
    std::vector<Type*> results = unpackCall(vs->values[0], std::vector<Type*>(nn, declared));
    for (size_t i = 0; i < results.size(); i++)
      if (!declared) vars[i]->type = results[i];
    if (results.empty())
      for (Var* v : vars) v->used = true;  // no follow-on "declared and not used"
  } else {
    countMismatch(vs->values, nn, true);
    for (Var* v : vars) v->used = true;  // no follow-on "declared and not used"
  }
  // Variables come into scope after the whole spec (`var x = x` sees the outer x).
  for (size_t i = 0; i < vars.size(); i++) declare(vars[i], vs->names[i]->pos);
}

// Checks that lhs can be assigned to and returns its type (null for `_`).
static bool isBlank(ast::Expr* e) {
  auto* id = dynamic_cast<ast::Ident*>(e);
  return id && id->name == "_";
}

void Checker::assignStmt(ast::AssignStmt* s) {
  if (s->kind == ast::AssignKind::Define) return shortVarDecl(s);
  if (s->kind == ast::AssignKind::OpAssign) {
    // x op= y is x = x op y with x evaluated once.
    ast::Expr* x = s->lhs[0];
    ast::Expr* y = s->rhs[0];
    expr(x);  // x op= y uses x, as in gc
    if (!valid(x)) {
      rawExpr(y);
      return;
    }
    // Checked as the binary operation x op y, spelled "x op= y" in messages.
    ast::BinaryExpr tmp;
    tmp.pos = s->pos;
    tmp.op = s->op;
    tmp.x = x;
    tmp.y = y;
    if (s->op == ast::Op::Shl || s->op == ast::Op::Shr) {
      shift(&tmp);
    } else {
      expr(y);
      if (!valid(y)) return;
      if (!arithmeticOperands(&tmp, true)) return;
    }
    if (x->mode != Mode::Variable && x->mode != Mode::MapIndex) {
      if (isMapElemField(x))
        error(x->pos, "cannot assign to struct field " + exprString(x) + " in map");
      else
        error(x->pos, "cannot assign to " + exprString(x) + " (neither addressable nor a map index expression)");
    }
    return;
  }

  // Plain assignment. Identifiers on the left are not uses of the variable.
  auto checkLhs = [&](ast::Expr* l) -> Type* {
    if (isBlank(l)) {
      l->mode = Mode::Variable;
      return nullptr;
    }
    bool wasUsed = false;
    Var* v = nullptr;
    if (auto* id = dynamic_cast<ast::Ident*>(l)) {
      Object* o = scope->lookup(id->name);
      if (o && o->kind == ObjectKind::Var) {
        v = static_cast<Var*>(o);
        wasUsed = v->used;
      }
    }
    expr(l);
    if (v) v->used = wasUsed;
    if (!valid(l)) return T.basic(BasicKind::Invalid);
    if (l->mode != Mode::Variable && l->mode != Mode::MapIndex) {
      if (isMapElemField(l))
        error(l->pos, "cannot assign to struct field " + exprString(l) + " in map");
      else
        error(l->pos, "cannot assign to " + exprString(l) + " (neither addressable nor a map index expression)");
      return T.basic(BasicKind::Invalid);
    }
    return l->type;
  };
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == nr) {
    std::vector<Type*> lt;
    for (ast::Expr* l : s->lhs) lt.push_back(checkLhs(l));
    for (size_t i = 0; i < nr; i++) {
      ast::Expr* r = s->rhs[i];
      if (!singleValue(r, nl)) continue;
      if (!lt[i]) {
        // `_ = x`: x needs a type.
        if (isUntyped(r->type) && static_cast<Basic*>(r->type)->basicKind == BasicKind::UntypedNil)
          error(r->pos, "use of untyped nil in assignment");
        else
          defaultTypeIn(r, "assignment to _ identifier");
        continue;
      }
      if (asBasic(lt[i]) && asBasic(lt[i])->basicKind == BasicKind::Invalid) continue;
      assignment(r, lt[i], "assignment");
    }
    return;
  }
  if (nr == 1) {
    std::vector<Type*> lt;
    for (ast::Expr* l : s->lhs) lt.push_back(checkLhs(l));
    unpackCall(s->rhs[0], lt);
    return;
  }
  for (ast::Expr* l : s->lhs) checkLhs(l);
  countMismatch(s->rhs, nl, false);
}

// n variables but m != n values (and not one call): gc reports a variable
// declaration's surplus as "extra init expr", anything else as a mismatch,
// at the first value. The values are still checked for their own errors.
void Checker::countMismatch(const std::vector<ast::Expr*>& values, size_t nvars, bool varDecl) {
  for (ast::Expr* v : values) expr(v);
  size_t nv = values.size();
  if (varDecl && nv > nvars)
    error(values[nvars]->pos, "extra init expr " + exprString(values[nvars]));
  else
    error(values[0]->pos, "assignment mismatch: " + std::to_string(nvars) + " variable" + (nvars == 1 ? "" : "s") +
                              " but " + std::to_string(nv) + " value" + (nv == 1 ? "" : "s"));
}

// Checks the right side of an n-to-n assignment. A lone call returning
// several values gets gc's "assignment mismatch" rather than the generic
// multi-value message.
bool Checker::singleValue(ast::Expr* r, size_t nvars) {
  if (nvars == 1) {
    multiExpr(r);
    if (valid(r) && r->type && r->type->kind() == TypeKind::Tuple) {
      error(r->pos, mismatchMessage(1, r, static_cast<Tuple*>(r->type)->size()));
      invalidate(r);
    }
  } else {
    expr(r);
  }
  return valid(r);
}

void Checker::shortVarDecl(ast::AssignStmt* s) {
  // Left side: identifiers only; at least one must be new in this scope.
  std::vector<Var*> vars(s->lhs.size(), nullptr);
  std::vector<bool> isNew(s->lhs.size(), false);
  bool anyNew = false;
  bool bad = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto* id = dynamic_cast<ast::Ident*>(s->lhs[i]);
    if (!id) {
      rawExpr(s->lhs[i]);
      error(s->lhs[i]->pos, "non-name " + exprString(s->lhs[i]) + " on left side of :=");
      bad = true;
      continue;
    }
    for (size_t j = 0; j < i; j++)
      if (auto* prev = dynamic_cast<ast::Ident*>(s->lhs[j]); prev && prev->name == id->name && id->name != "_") {
        error(id->pos, id->name + " repeated on left side of :=");
        bad = true;
      }
    if (id->name == "_") {
      anyNew = anyNew || false;
      id->mode = Mode::Variable;
      continue;
    }
    Object* existing = scope->lookupLocal(id->name);
    if (existing && existing->kind == ObjectKind::Var) {
      vars[i] = static_cast<Var*>(existing);
      id->obj = existing;
      id->mode = Mode::Variable;
      id->type = existing->type;
    } else {
      auto* v = T.make<Var>(id->name, id->pos, pkg, T.basic(BasicKind::Invalid));
      id->obj = v;
      vars[i] = v;
      isNew[i] = true;
      anyNew = true;
    }
  }
  // Right side.
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  std::vector<Type*> rtypes(nl, nullptr);
  if (nl == nr) {
    // As gc's initVars: if any initialization fails, every variable on the
    // left is marked used, so that the one error is not followed by
    // "declared and not used" for its neighbours (`x := f()` with two results).
    bool failed = false;
    for (size_t i = 0; i < nr; i++) {
      ast::Expr* r = s->rhs[i];
      if (!singleValue(r, nl)) {
        failed = true;
        continue;
      }
      if (vars[i] && !isNew[i]) {
        if (!assignment(r, vars[i]->type, "assignment")) failed = true;
        continue;
      }
      if (isUntyped(r->type) && static_cast<Basic*>(r->type)->basicKind == BasicKind::UntypedNil) {
        error(r->pos, "use of untyped nil in assignment");
        failed = true;
        continue;
      }
      defaultTypeIn(r, "assignment");
      if (!valid(r)) {
        failed = true;
        continue;
      }
      rtypes[i] = r->type;
    }
    if (failed)
      for (Var* v : vars)
        if (v) v->used = true;
  } else if (nr == 1) {
    std::vector<Type*> lt(nl, nullptr);
    for (size_t i = 0; i < nl; i++)
      if (vars[i] && !isNew[i]) lt[i] = vars[i]->type;
    std::vector<Type*> results = unpackCall(s->rhs[0], lt);
    for (size_t i = 0; i < results.size(); i++) rtypes[i] = results[i];
    if (results.empty())
      for (Var* v : vars)
        if (v) v->used = true;  // no follow-on "declared and not used"
  } else {
    countMismatch(s->rhs, nl, false);
    for (Var* v : vars)
      if (v) v->used = true;  // no follow-on "declared and not used"
  }
  if (!anyNew && !bad) error(s->opPos.valid() ? s->opPos : s->pos, "no new variables on left side of :=");
  for (size_t i = 0; i < nl; i++) {
    if (!vars[i] || !isNew[i]) continue;
    if (rtypes[i]) vars[i]->type = rtypes[i];
    auto* id = static_cast<ast::Ident*>(s->lhs[i]);
    id->mode = Mode::Variable;
    id->type = vars[i]->type;
    declare(vars[i], id->pos);
  }
}

void Checker::ifStmt(ast::IfStmt* s) {
  openScope();
  stmt(s->init);
  expr(s->cond);
  if (valid(s->cond)) {
    if (!isBoolean(s->cond->type))
      error(s->cond->pos, "non-boolean condition in if statement");
    else
      defaultType(s->cond);
  }
  stmt(s->body);
  stmt(s->els);
  closeScope();
}

void Checker::forStmt(ast::ForStmt* s, Label* label) {
  openScope();
  stmt(s->init);
  if (s->cond) {
    expr(s->cond);
    if (valid(s->cond)) {
      if (!isBoolean(s->cond->type))
        error(s->cond->pos, "non-boolean condition in for statement");
      else
        defaultType(s->cond);
    }
  }
  if (auto* a = dynamic_cast<ast::AssignStmt*>(s->post); a && a->kind == ast::AssignKind::Define)
    error(a->pos, "cannot declare in post statement of for loop");
  else
    stmt(s->post);
  targets.push_back({s, true, label});
  stmt(s->body);
  targets.pop_back();
  closeScope();
}

void Checker::switchStmt(ast::SwitchStmt* s, Label* label) {
  openScope();
  stmt(s->init);
  Type* tagType = nullptr;
  if (s->tag) {
    expr(s->tag);
    if (valid(s->tag)) {
      defaultType(s->tag);
      tagType = s->tag->type;
      if (isUntyped(tagType) && static_cast<Basic*>(tagType)->basicKind == BasicKind::UntypedNil) {
        error(s->tag->pos, "use of untyped nil in switch expression");
        tagType = nullptr;
      } else if (!comparable(tagType) && !hasNil(tagType)) {
        error(s->tag->pos, "cannot switch on " + operandString(s->tag) + " (" + tagType->string() + " is not comparable)");
        tagType = nullptr;
      }
    }
  }
  ast::CaseClause* defaultClause = nullptr;
  // Constant case values already seen, for "duplicate case".
  std::vector<ast::Expr*> seenConsts;
  targets.push_back({s, false, label});
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    ast::CaseClause* c = s->clauses[ci];
    if (c->isDefault) {
      if (defaultClause) error(c->pos, "multiple defaults (first at " + diags.format(defaultClause->pos) + ")");
      else defaultClause = c;
    }
    for (ast::Expr* e : c->list) {
      expr(e);
      if (!valid(e)) continue;
      if (s->tag) {
        if (!tagType) continue;
        // case e: compares tag == e, with e converted to the tag's type.
        if (isUntyped(e->type)) {
          // ---- interfaces: a constant compared with an interface tag
          // takes its default type (interfaces.cpp).
          if (tagType->underlying()->kind() == TypeKind::Interface && !isUntypedNil(e->type)) defaultType(e);
          else convertUntyped(e, tagType);
          if (!valid(e)) continue;
        }
        bool mixedIface = (tagType->underlying()->kind() == TypeKind::Interface ||
                           e->type->underlying()->kind() == TypeKind::Interface) &&
                          (assignableType(e->type, tagType) || assignableType(tagType, e->type));
        if (!identical(e->type, tagType) && !mixedIface) {
          error(e->pos, "invalid case " + exprString(e) + " in switch on " + exprString(s->tag) +
                            " (mismatched types " + e->type->string() + " and " + tagType->string() + ")");
          continue;
        }
        if (e->mode == Mode::Constant) {
          for (ast::Expr* prev : seenConsts)
            if (compareOp(ast::Op::Eql, *prev->constant, *e->constant)) {
              error(e->pos, "duplicate case " + operandString(e) + " in expression switch\n\t" +
                                diags.format(prev->pos) + ": previous case");
              break;
            }
          seenConsts.push_back(e);
        }
      } else {
        if (!isBoolean(e->type)) {
          error(e->pos, "invalid case " + exprString(e) + " in switch on true (mismatched types " + e->type->string() +
                            " and bool)");
          continue;
        }
        defaultType(e);
      }
    }
    openScope();
    // A trailing fallthrough is legal except in the last clause.
    std::vector<ast::Stmt*> body = c->body;
    if (!body.empty()) {
      if (auto* b = dynamic_cast<ast::BranchStmt*>(body.back()); b && b->kind == ast::BranchKind::Fallthrough) {
        if (ci + 1 == s->clauses.size()) branchError(b->pos, "cannot fallthrough final case in switch");
        body.pop_back();
      }
    }
    stmtList(body);
    closeScope();
  }
  targets.pop_back();
  closeScope();
}

// go f(x) and defer f(x): the call is checked as usual; its results are
// discarded. Builtins are allowed only where an expression statement would
// allow them (gc: "go/defer discards result of len(x)"): close, copy,
// delete, clear, panic, print, println and recover.
void Checker::goStmt(ast::GoStmt* s) { callStmt(s->call, "go"); }

void Checker::deferStmt(ast::DeferStmt* s) { callStmt(s->call, "defer"); }

void Checker::callStmt(ast::CallExpr* call, const std::string& what) {
  if (!call) return;  // the parser reported it
  rawExpr(call);
  if (!valid(call) && call->mode == Mode::Invalid) return;
  if (call->fun->mode == Mode::TypeExpr) {
    error(call->pos, what + " requires function call, not conversion " + operandString(call));
    return;
  }
  if (call->fun->mode == Mode::Builtin) {
    // gc accepts only the builtins that are statements on their own.
    auto* id = dynamic_cast<ast::Ident*>(call->fun);
    auto* b = id && id->obj && id->obj->kind == ObjectKind::Builtin ? static_cast<Builtin*>(id->obj) : nullptr;
    if (b && (b->id == BuiltinId::Len || b->id == BuiltinId::Cap || b->id == BuiltinId::Make ||
              b->id == BuiltinId::New || b->id == BuiltinId::Append || b->id == BuiltinId::Min ||
              b->id == BuiltinId::Max || b->id == BuiltinId::Complex || b->id == BuiltinId::Real ||
              b->id == BuiltinId::Imag)) {
      error(call->pos, what + " discards result of " + operandString(call));
      return;
    }
  }
}

// c <- v
void Checker::sendStmt(ast::SendStmt* s) {
  expr(s->chan);
  expr(s->value);
  if (!valid(s->chan) || !valid(s->value)) return;
  Type* u = s->chan->type->underlying();
  if (u->kind() != TypeKind::Chan) {
    error(s->pos, "invalid operation: cannot send to non-channel " + operandString(s->chan));
    return;
  }
  auto* ch = static_cast<Chan*>(u);
  if (ch->dir == ast::ChanDir::Recv) {
    error(s->pos, "invalid operation: cannot send to receive-only channel " + operandString(s->chan));
    return;
  }
  assignment(s->value, ch->elem, "send");
}

// select { case ...: }: each communication clause has its own scope; a
// receive clause may declare its variables with :=.
void Checker::selectStmt(ast::SelectStmt* s, Label* label) {
  ast::CommClause* defaultClause = nullptr;
  targets.push_back({s, false, label});
  for (ast::CommClause* c : s->clauses) {
    if (c->isDefault) {
      if (defaultClause) error(c->pos, "multiple defaults (first at " + diags.format(defaultClause->pos) + ")");
      else defaultClause = c;
    }
    openScope();
    if (c->comm) {
      bool ok = false;
      if (auto* send = dynamic_cast<ast::SendStmt*>(c->comm)) {
        ok = true;
        sendStmt(send);
      } else if (auto* es = dynamic_cast<ast::ExprStmt*>(c->comm)) {
        ok = isReceive(es->x);
        if (ok) rawExpr(es->x);
      } else if (auto* as = dynamic_cast<ast::AssignStmt*>(c->comm)) {
        ok = as->kind != ast::AssignKind::OpAssign && as->rhs.size() == 1 && as->lhs.size() <= 2 &&
             isReceive(as->rhs[0]);
        if (ok) assignStmt(as);
      }
      if (!ok) error(c->comm->pos, "select case must be send or receive (possibly with assignment)");
    }
    stmtList(c->body);
    closeScope();
  }
  targets.pop_back();
}

bool Checker::isReceive(ast::Expr* e) {
  while (auto* p = dynamic_cast<ast::ParenExpr*>(e)) e = p->x;
  auto* u = dynamic_cast<ast::UnaryExpr*>(e);
  return u && u->op == ast::Op::Arrow;
}

// for [k[, v]] := range x over channels, arrays, pointers to arrays, slices,
// strings and integers (slice.cpp's rangeTypes), and maps.
void Checker::rangeStmt(ast::RangeStmt* s, Label* label) {
  openScope();
  expr(s->x);
  Type* elem = nullptr;
  Type* valueType = nullptr;  // the second iteration variable's type
  if (valid(s->x)) {
    Type* u = s->x->type->underlying();
    if (u->kind() == TypeKind::Map) {
      elem = static_cast<Map*>(u)->key;
      valueType = static_cast<Map*>(u)->elem;
    } else if (u->kind() == TypeKind::Chan) {
      auto* ch = static_cast<Chan*>(u);
      if (ch->dir == ast::ChanDir::Send)
        error(s->x->pos, "invalid operation: range " + exprString(s->x) + " receive from send-only channel " +
                             s->x->type->string());
      else if (s->value)
        error(s->value->pos, "range over " + operandString(s->x) + " permits only one iteration variable");
      else
        elem = ch->elem;
    } else if (std::string xs = operandString(s->x); rangeTypes(s->x, &elem, &valueType)) {
      if (s->value && !valueType) {
        error(s->value->pos, "range over " + xs + " permits only one iteration variable");
        elem = nullptr;
      }
    } else {
      error(s->x->pos, "cannot range over " + operandString(s->x));
    }
  }
  // The iteration variables: declared (:=) or assigned (=). A variable the
  // operand does not provide is still declared, so it draws no further errors.
  for (ast::Expr* lhs : {s->key, s->value}) {
    if (!lhs) continue;
    Type* t = lhs == s->key ? elem : (elem ? valueType : nullptr);
    auto* id = dynamic_cast<ast::Ident*>(lhs);
    if (id && id->name == "_") {
      id->mode = Mode::Variable;
    } else if (s->define) {
      if (!id) {
        error(lhs->pos, "non-name " + exprString(lhs) + " on left side of :=");
        continue;
      }
      auto* v = T.make<Var>(id->name, id->pos, pkg, t ? t : T.basic(BasicKind::Invalid));
      v->used = !t;
      id->obj = v;
      id->mode = Mode::Variable;
      id->type = v->type;
      declare(v, id->pos);
    } else {
      expr(lhs);
      if (!valid(lhs) || !t) continue;
      if (lhs->mode != Mode::Variable && lhs->mode != Mode::MapIndex)
        error(lhs->pos, "cannot assign to " + exprString(lhs) + " (neither addressable nor a map index expression)");
      else if (!assignableType(t, lhs->type))
        error(lhs->pos, "cannot use " + exprString(lhs) + " (value of type " + t->string() + ") as " +
                            lhs->type->string() + " value in assignment");  // gc: the error is on the variable
    }
  }
  targets.push_back({s, true, label});
  stmt(s->body);
  targets.pop_back();
  closeScope();
}

void Checker::returnStmt(ast::ReturnStmt* s) {
  Tuple* results = fn->sig->results;
  if (s->results.empty()) {
    if (results->size() > 0 && results->vars[0]->name.empty()) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + results->string());
    } else if (results->size() > 0) {
      // A bare return with named results: each must not be shadowed.
      for (Var* v : results->vars) {
        Object* o = scope->lookup(v->name);
        if (o && o != v && v->name != "_")
          error(s->pos, "result parameter " + v->name + " not in scope at return\n\t" + diags.format(o->pos) +
                            ": inner declaration of var " + v->name + " " + o->type->string());
      }
    }
    return;
  }
  if (results->size() == 0) {
    for (ast::Expr* r : s->results) rawExpr(r);
    error(s->results[0]->pos, "too many return values\n\thave (" + [&] {
      std::string out;
      for (size_t i = 0; i < s->results.size(); i++) {
        if (i) out += ", ";
        ast::Expr* r = s->results[i];
        out += valid(r) && r->type ? (r->mode == Mode::Constant && isUntyped(r->type) ? "number" : r->type->string())
                                   : "invalid type";
      }
      return out;
    }() + ")\n\twant ()");
    return;
  }
  if (s->results.size() == 1 && results->size() > 1) {
    ast::Expr* r = s->results[0];
    multiExpr(r);
    if (!valid(r)) return;
    if (auto* t = r->type && r->type->kind() == TypeKind::Tuple ? static_cast<Tuple*>(r->type) : nullptr) {
      if (!identical(t, results))
        error(r->pos, std::string(t->size() < results->size() ? "not enough" : "too many") +
                          " return values\n\thave " + t->string() + "\n\twant " + results->string());
      return;
    }
    error(r->pos, "not enough return values\n\thave " + typeListString({r->type}) + "\n\twant " + results->string());
    return;
  }
  for (ast::Expr* r : s->results) expr(r);
  if (s->results.size() != results->size()) {
    std::string have = "(";
    for (size_t i = 0; i < s->results.size(); i++) {
      if (i) have += ", ";
      ast::Expr* r = s->results[i];
      have += valid(r) && r->type ? (r->mode == Mode::Constant && isUntyped(r->type) ? "number" : r->type->string())
                                  : "invalid type";
    }
    have += ")";
    bool tooMany = s->results.size() > results->size();
    error(tooMany ? s->results[results->size()]->pos : s->results[0]->pos,
          std::string(tooMany ? "too many" : "not enough") + " return values\n\thave " + have + "\n\twant " +
              results->string());
    return;
  }
  for (size_t i = 0; i < s->results.size(); i++)
    if (valid(s->results[i])) assignment(s->results[i], results->vars[i]->type, "return statement");
}

void Checker::branchStmt(ast::BranchStmt* s) {
  using ast::BranchKind;
  if (s->kind == BranchKind::Goto) {
    if (s->label)
      if (auto it = fn->labels.find(s->label->name); it != fn->labels.end()) it->second->used = true;
    return unsupported(s->pos, "goto is");
  }
  if (s->kind == BranchKind::Fallthrough) {
    branchError(s->pos, "fallthrough statement out of place");
    return;
  }
  bool isBreak = s->kind == BranchKind::Break;
  if (s->label) {
    const std::string& name = s->label->name;
    auto it = fn->labels.find(name);
    if (it == fn->labels.end()) {
      branchError(s->label->pos, std::string(isBreak ? "break" : "continue") + " label not defined: " + name);
      return;
    }
    it->second->used = true;
    s->label->obj = it->second;
    for (auto t = targets.rbegin(); t != targets.rend(); ++t) {
      if (t->label == it->second) {
        if (!isBreak && !t->isLoop) branchError(s->label->pos, "invalid continue label " + name);
        return;
      }
    }
    branchError(s->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + name);
    return;
  }
  for (auto t = targets.rbegin(); t != targets.rend(); ++t) {
    if (isBreak || t->isLoop) return;
  }
  branchError(s->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

// ---------------------------------------------------------------- terminating statements

// Go spec "Terminating statements".
bool Checker::isTerminating(ast::Stmt* s, const std::string& label) {
  if (!s) return false;
  if (dynamic_cast<ast::ReturnStmt*>(s)) return true;
  if (auto* b = dynamic_cast<ast::BranchStmt*>(s))
    return b->kind == ast::BranchKind::Goto || b->kind == ast::BranchKind::Fallthrough;
  if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) {
    // A call of panic (the builtin) or os.Exit-like calls do not count, only panic.
    ast::Expr* x = e->x;
    while (auto* p = dynamic_cast<ast::ParenExpr*>(x)) x = p->x;
    if (auto* c = dynamic_cast<ast::CallExpr*>(x))
      if (auto* id = dynamic_cast<ast::Ident*>(c->fun); id && id->obj && id->obj->kind == ObjectKind::Builtin)
        return static_cast<Builtin*>(id->obj)->id == BuiltinId::Panic;
    return false;
  }
  if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) return !b->stmts.empty() && isTerminating(b->stmts.back(), "");
  if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) return isTerminating(l->stmt, l->label->name);
  if (auto* i = dynamic_cast<ast::IfStmt*>(s)) return i->els && isTerminating(i->body, "") && isTerminating(i->els, "");
  if (auto* f = dynamic_cast<ast::ForStmt*>(s)) return !f->cond && !hasBreak(f->body, f, label, true);
  if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
    bool hasDefault = false;
    for (ast::CaseClause* c : sw->clauses) {
      if (c->isDefault) hasDefault = true;
      if (c->body.empty()) return false;
      ast::Stmt* last = c->body.back();
      bool ft = false;
      if (auto* b = dynamic_cast<ast::BranchStmt*>(last); b && b->kind == ast::BranchKind::Fallthrough) ft = true;
      if (!ft && !isTerminating(last, "")) return false;
      for (ast::Stmt* st : c->body)
        if (hasBreak(st, sw, label, true)) return false;
    }
    return hasDefault;
  }
  if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
    for (ast::CommClause* c : sel->clauses) {
      if (c->body.empty() || !isTerminating(c->body.back(), "")) return false;
      for (ast::Stmt* st : c->body)
        if (hasBreak(st, sel, label, true)) return false;
    }
    return true;
  }
  if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) {
    bool hasDefault = false;
    for (ast::CaseClause* c : ts->clauses) {
      if (c->isDefault) hasDefault = true;
      if (c->body.empty() || !isTerminating(c->body.back(), "")) return false;
      for (ast::Stmt* st : c->body)
        if (hasBreak(st, ts, label, true)) return false;
    }
    return hasDefault;
  }
  return false;
}

// Does s contain a break that leaves `target`: an unlabeled break not nested
// in another breakable statement (when `implicit`), or `break label`?
bool Checker::hasBreak(ast::Stmt* s, ast::Stmt* target, const std::string& label, bool implicit) {
  if (!s) return false;
  if (auto* b = dynamic_cast<ast::BranchStmt*>(s)) {
    if (b->kind != ast::BranchKind::Break) return false;
    if (!b->label) return implicit;
    return !label.empty() && b->label->name == label;
  }
  if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) {
    for (ast::Stmt* st : b->stmts)
      if (hasBreak(st, target, label, implicit)) return true;
    return false;
  }
  if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) return hasBreak(l->stmt, target, label, implicit);
  if (auto* i = dynamic_cast<ast::IfStmt*>(s))
    return hasBreak(i->body, target, label, implicit) || hasBreak(i->els, target, label, implicit);
  // Nested breakable statements capture unlabeled breaks.
  if (auto* f = dynamic_cast<ast::ForStmt*>(s)) return hasBreak(f->body, target, label, false);
  if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) return hasBreak(r->body, target, label, false);
  auto clauses = [&](const std::vector<ast::CaseClause*>& cs) {
    for (auto* c : cs)
      for (ast::Stmt* st : c->body)
        if (hasBreak(st, target, label, false)) return true;
    return false;
  };
  if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) return clauses(sw->clauses);
  if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) return clauses(ts->clauses);
  if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
    for (auto* c : sel->clauses)
      for (ast::Stmt* st : c->body)
        if (hasBreak(st, target, label, false)) return true;
  }
  return false;
}

}  // namespace gosub::types
