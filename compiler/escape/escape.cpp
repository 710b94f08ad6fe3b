// escape.cpp — the analysis over a whole program: one FuncInfo per function
// and per package initialiser, the call graph's strongly connected
// components bottom up (Tarjan's algorithm yields each component after the
// components it calls, gc's VisitFuncsBottomUp), one Batch per component,
// and the -m report.
#include <algorithm>

#include "escape/escape_impl.h"

namespace gosub::escape {

namespace {

// Every function object n refers to, literals' bodies included: the edges
// of the call graph (a function used as a value counts, as in gc).
class RefCollector {
 public:
  RefCollector(std::vector<const types::Func*>& out, std::map<const types::Var*, int>& assigns)
      : out_(out), assigns_(assigns) {}

  void stmt(ast::Stmt* s) {
    if (!s) return;
    if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) return stmts(b->stmts);
    if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) return expr(e->x);
    if (auto* d = dynamic_cast<ast::DeclStmt*>(s)) {
      if (auto* g = dynamic_cast<ast::GenDecl*>(d->decl))
        for (ast::Spec* sp : g->specs)
          if (auto* vs = dynamic_cast<ast::ValueSpec*>(sp)) {
            for (ast::Ident* n : vs->names) assigned(n, 1);
            exprs(vs->values);
          }
      return;
    }
    if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) return stmt(l->stmt);
    if (auto* send = dynamic_cast<ast::SendStmt*>(s)) {
      expr(send->chan);
      return expr(send->value);
    }
    if (auto* inc = dynamic_cast<ast::IncDecStmt*>(s)) {
      assigned(inc->x, 1);
      return expr(inc->x);
    }
    if (auto* a = dynamic_cast<ast::AssignStmt*>(s)) {
      for (ast::Expr* l : a->lhs) assigned(l, 1);
      exprs(a->lhs);
      return exprs(a->rhs);
    }
    if (auto* g = dynamic_cast<ast::GoStmt*>(s)) return expr(g->call);
    if (auto* d = dynamic_cast<ast::DeferStmt*>(s)) return expr(d->call);
    if (auto* r = dynamic_cast<ast::ReturnStmt*>(s)) return exprs(r->results);
    if (auto* i = dynamic_cast<ast::IfStmt*>(s)) {
      stmt(i->init);
      expr(i->cond);
      stmt(i->body);
      return stmt(i->els);
    }
    if (auto* c = dynamic_cast<ast::CaseClause*>(s)) {
      exprs(c->list);
      return stmts(c->body);
    }
    if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
      stmt(sw->init);
      expr(sw->tag);
      for (ast::CaseClause* c : sw->clauses) stmt(c);
      return;
    }
    if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) {
      stmt(ts->init);
      expr(ts->subject);
      for (ast::CaseClause* c : ts->clauses) stmts(c->body);
      return;
    }
    if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
      for (ast::CommClause* c : sel->clauses) {
        stmt(c->comm);
        stmts(c->body);
      }
      return;
    }
    if (auto* f = dynamic_cast<ast::ForStmt*>(s)) {
      stmt(f->init);
      expr(f->cond);
      stmt(f->post);
      return stmt(f->body);
    }
    if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) {
      assigned(r->key, 2);
      assigned(r->value, 2);
      expr(r->key);
      expr(r->value);
      expr(r->x);
      return stmt(r->body);
    }
  }
  void stmts(const std::vector<ast::Stmt*>& l) {
    for (ast::Stmt* s : l) stmt(s);
  }
  void exprs(const std::vector<ast::Expr*>& l) {
    for (ast::Expr* e : l) expr(e);
  }

  void expr(ast::Expr* e) {
    if (!e) return;
    if (auto* id = dynamic_cast<ast::Ident*>(e)) {
      if (auto* f = dynamic_cast<types::Func*>(id->obj)) out_.push_back(f);
      return;
    }
    if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) return expr(p->x);
    if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(e)) {
      expr(kv->key);
      return expr(kv->value);
    }
    if (auto* cl = dynamic_cast<ast::CompositeLit*>(e)) return exprs(cl->elts);
    if (auto* lit = dynamic_cast<ast::FuncLit*>(e)) return stmt(lit->body);
    if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e)) {
      if (auto* f = dynamic_cast<types::Func*>(sel->sel->obj)) out_.push_back(f);
      if (sel->selection)
        if (auto* f = dynamic_cast<types::Func*>(sel->selection->obj)) out_.push_back(f);
      return expr(sel->x);
    }
    if (auto* ix = dynamic_cast<ast::IndexExpr*>(e)) {
      expr(ix->x);
      return expr(ix->index);
    }
    if (auto* sl = dynamic_cast<ast::SliceExpr*>(e)) {
      for (ast::Expr* x : {sl->x, sl->low, sl->high, sl->max}) expr(x);
      return;
    }
    if (auto* ta = dynamic_cast<ast::TypeAssertExpr*>(e)) return expr(ta->x);
    if (auto* c = dynamic_cast<ast::CallExpr*>(e)) {
      expr(c->fun);
      return exprs(c->args);
    }
    if (auto* st = dynamic_cast<ast::StarExpr*>(e)) return expr(st->x);
    if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) return expr(u->x);
    if (auto* b = dynamic_cast<ast::BinaryExpr*>(e)) {
      expr(b->x);
      return expr(b->y);
    }
  }

 private:
  std::vector<const types::Func*>& out_;
  std::map<const types::Var*, int>& assigns_;

  void assigned(ast::Expr* e, int n) {
    while (auto* p = dynamic_cast<ast::ParenExpr*>(e)) e = p->x;
    if (auto* id = dynamic_cast<ast::Ident*>(e))
      if (auto* v = dynamic_cast<types::Var*>(id->obj); v && !v->isGlobal) assigns_[v] += n;
  }
};

class Analysis {
 public:
  Analysis(Result& result, std::vector<Decision>* decisions) : result_(result), decisions_(decisions) {}

  void add(types::Package* pkg, bool report) {
    // gc visits a package's functions in source order (the checker lists
    // methods with their types first).
    std::vector<types::Func*> funcs = pkg->funcs;
    std::stable_sort(funcs.begin(), funcs.end(),
                     [](const types::Func* a, const types::Func* b) { return a->pos < b->pos; });
    for (types::Func* f : funcs) {
      auto info = std::make_unique<FuncInfo>();
      info->func = f;
      info->pkg = pkg;
      info->sig = f->signature();
      info->body = f->decl ? f->decl->body : nullptr;
      info->report = report;
      if (info->sig->recv) info->params.push_back(info->sig->recv);
      if (info->sig->params) info->params.insert(info->params.end(), info->sig->params->vars.begin(),
                                                 info->sig->params->vars.end());
      if (info->sig->results) info->results = info->sig->results->vars;
      funcs_[f] = info.get();
      order_.push_back(info.get());
      owned_.push_back(std::move(info));
    }
    auto init = std::make_unique<FuncInfo>();
    init->pkg = pkg;
    init->report = report;
    order_.push_back(init.get());
    owned_.push_back(std::move(init));
  }

  void run() {
    for (FuncInfo* fn : order_)
      if (fn->index < 0) strongConnect(fn);
  }

 private:
  Result& result_;
  std::vector<Decision>* decisions_;
  std::map<const types::Func*, FuncInfo*> funcs_;
  std::map<const ast::FuncLit*, FuncInfo*> lits_;
  std::vector<std::unique_ptr<FuncInfo>> owned_;
  std::vector<FuncInfo*> order_;  // source order, packages in initialisation order
  std::vector<FuncInfo*> stack_;
  std::map<const types::Var*, int> assigns_;
  int nextIndex_ = 0;

  std::vector<FuncInfo*> callees(FuncInfo* fn) {
    std::vector<const types::Func*> refs;
    RefCollector rc(refs, assigns_);
    if (fn->body) {
      rc.stmt(fn->body);
    } else if (!fn->func) {
      for (const types::Initializer& init : fn->pkg->initOrder) rc.expr(init.rhs);
    }
    std::vector<FuncInfo*> out;
    for (const types::Func* f : refs)
      if (auto it = funcs_.find(f); it != funcs_.end()) out.push_back(it->second);
    return out;
  }

  void strongConnect(FuncInfo* fn) {
    fn->index = fn->lowlink = nextIndex_++;
    stack_.push_back(fn);
    fn->onStack = true;
    for (FuncInfo* c : callees(fn)) {
      if (c->index < 0) {
        strongConnect(c);
        fn->lowlink = std::min(fn->lowlink, c->lowlink);
      } else if (c->onStack) {
        fn->lowlink = std::min(fn->lowlink, c->index);
      }
    }
    if (fn->lowlink != fn->index) return;
    std::vector<FuncInfo*> comp;
    FuncInfo* x;
    do {
      x = stack_.back();
      stack_.pop_back();
      x->onStack = false;
      comp.push_back(x);
    } while (x != fn);
    std::reverse(comp.begin(), comp.end());
    analyzeBatch(comp);
  }

  void analyzeBatch(const std::vector<FuncInfo*>& comp) {
    Batch b(result_, decisions_);
    b.funcs = &funcs_;
    b.lits = &lits_;
    b.owned = &owned_;
    b.assigns = &assigns_;
    for (FuncInfo* fn : comp) fn->state = 1;
    for (FuncInfo* fn : comp) b.initFunc(fn);
    for (FuncInfo* fn : comp) {
      // Types in -m lines print as gc prints them: unqualified in their package.
      types::setUnqualifiedPackage(fn->pkg);
      b.walkFunc(fn);
    }
    types::setUnqualifiedPackage(nullptr);
    b.flowClosures();
    std::vector<FuncInfo*> all;
    std::function<void(FuncInfo*)> addWithLits = [&](FuncInfo* fn) {
      all.push_back(fn);
      for (FuncInfo* l : fn->lits) addWithLits(l);
    };
    for (FuncInfo* fn : comp) addWithLits(fn);
    b.finish(all);
  }
};

}  // namespace

void analyze(const std::vector<types::Package*>& packages, Result& result, bool report,
             std::vector<Decision>* decisions) {
  Analysis a(result, report ? decisions : nullptr);
  for (types::Package* pkg : packages) a.add(pkg, report && !pkg->isStdlib);
  a.run();

}

}  // namespace gosub::escape
