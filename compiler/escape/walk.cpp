// walk.cpp — building the data-flow graph of one function from its checked
// AST, as gc's escape.go/stmt.go/expr.go/call.go/assign.go build theirs.
//
// Every expression is evaluated into a hole (where its value goes, with how
// many dereferences). Arrays are values (an element is part of its array);
// a slice points at its backing array (an element is one dereference away,
// a store into one goes to the heap); the arrays of slice literals and of
// make with a constant capacity are allocations like &T{...}, the others
// (append's, conversions') are on the heap. What the walker does not model — constructs whose lowering
// other parts of gosub add (maps, interfaces and type assertions, most
// builtins, variadic calls, defer) — is walked conservatively: each
// operand flows to the heap with its address taken, so everything it
// mentions escapes and its result needs no tracking (it can only point at
// escaped things).
#include "escape/escape_impl.h"

namespace gosub::types {
std::string exprString(const ast::Expr* e);  // exprstring.cpp
}

namespace gosub::escape {

namespace {

ast::Expr* unparen(ast::Expr* e) {
  while (auto* p = dynamic_cast<ast::ParenExpr*>(e)) e = p->x;
  return e;
}

types::Type* pointee(types::Type* t) {
  types::Type* u = t ? t->underlying() : nullptr;
  return u && u->kind() == types::TypeKind::Pointer ? static_cast<types::Pointer*>(u)->elem : nullptr;
}

types::Slice* sliceType(types::Type* t) {
  types::Type* u = t ? t->underlying() : nullptr;
  return u && u->kind() == types::TypeKind::Slice ? static_cast<types::Slice*>(u) : nullptr;
}

bool isKind(types::Type* t, types::TypeKind k) {
  types::Type* u = t ? t->underlying() : nullptr;
  return u && u->kind() == k;
}

// The variable an identifier declares or uses, unless global or a field.
types::Var* localVar(ast::Expr* e) {
  auto* id = dynamic_cast<ast::Ident*>(unparen(e));
  auto* v = id ? dynamic_cast<types::Var*>(id->obj) : nullptr;
  return v && !v->isGlobal && !v->isField ? v : nullptr;
}

// A declared function named directly: f, pkg.F.
types::Func* staticFunc(ast::Expr* fun) {
  fun = unparen(fun);
  if (auto* id = dynamic_cast<ast::Ident*>(fun)) return dynamic_cast<types::Func*>(id->obj);
  if (auto* sel = dynamic_cast<ast::SelectorExpr*>(fun); sel && !sel->selection)
    return dynamic_cast<types::Func*>(sel->sel->obj);
  return nullptr;
}

// Dereferences on the way from x to the field sel selects (x itself or
// embedded fields that are pointers), as codegen's walkFields takes them;
// `last` is left with the type of the final step.
int pathDerefs(ast::SelectorExpr* sel, types::Type*& t) {
  int n = 0;
  t = sel->x->type;
  for (int idx : sel->selection->index) {
    if (types::Type* elem = pointee(t)) {
      ++n;
      t = elem;
    }
    auto* st = dynamic_cast<types::Struct*>(t ? t->underlying() : nullptr);
    if (!st || idx < 0 || static_cast<size_t>(idx) >= st->fields.size()) return n;
    t = st->fields[idx]->type;
  }
  return n;
}

// The dereference count from sel.x to the receiver a method call or method
// value passes: through the embedded path, then & or * as the receiver
// type needs (codegen's emitReceiver).
int receiverShift(ast::SelectorExpr* sel, types::Func* m) {
  types::Type* t = nullptr;
  int n = pathDerefs(sel, t);
  bool ptrRecv = pointee(m->signature()->recv->type) != nullptr;
  if (pointee(t)) {
    if (!ptrRecv) ++n;
  } else if (ptrRecv) {
    --n;
  }
  return n;
}

}  // namespace

namespace {

// What indexing, slicing and ranging over a value of type t mean here.
enum class Seq { String, Array, Slice, ArrayPtr, Other };
Seq seqKind(types::Type* t) {
  types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return Seq::Other;
  if (types::isString(u)) return Seq::String;
  switch (u->kind()) {
    case types::TypeKind::Array: return Seq::Array;
    case types::TypeKind::Slice: return Seq::Slice;
    case types::TypeKind::Pointer: {
      types::Type* e = static_cast<types::Pointer*>(u)->elem;
      return e && e->underlying() && e->underlying()->kind() == types::TypeKind::Array ? Seq::ArrayPtr : Seq::Other;
    }
    default: return Seq::Other;
  }
}

}  // namespace

// Rough sizes, only to apply gc's limits on what may live in a frame.
uint64_t typeSize(types::Type* t) {
  types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return 8;
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      if (b->isString()) return 16;
      if (b->basicKind == types::BasicKind::Complex128) return 16;
      return b->isUntyped() ? 8 : static_cast<uint64_t>(std::max(b->size(), 1));
    }
    case types::TypeKind::Array: {
      auto* a = static_cast<types::Array*>(u);
      uint64_t e = typeSize(a->elem), n = a->len < 0 ? 0 : static_cast<uint64_t>(a->len);
      return e && n > UINT64_MAX / e ? UINT64_MAX : e * n;
    }
    case types::TypeKind::Struct: {
      uint64_t s = 0;
      for (types::Var* f : static_cast<types::Struct*>(u)->fields) {
        uint64_t fs = typeSize(f->type);
        if (fs > UINT64_MAX - s - 8) return UINT64_MAX;
        s += fs;
      }
      return s;
    }
    case types::TypeKind::Slice: return 24;
    case types::TypeKind::Interface: return 16;
    default: return 8;
  }
}

bool hasPointers(types::Type* t) {
  types::Type* u = t ? t->underlying() : nullptr;
  if (!u) return true;
  switch (u->kind()) {
    case types::TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      return b->isString() || b->basicKind == types::BasicKind::UnsafePointer ||
             b->basicKind == types::BasicKind::UntypedNil || b->basicKind == types::BasicKind::Invalid;
    }
    case types::TypeKind::Array: {
      auto* a = static_cast<types::Array*>(u);
      return a->len > 0 && hasPointers(a->elem);
    }
    case types::TypeKind::Struct:
      for (types::Var* f : static_cast<types::Struct*>(u)->fields)
        if (hasPointers(f->type)) return true;
      return false;
    case types::TypeKind::Tuple:
      for (types::Var* v : static_cast<types::Tuple*>(u)->vars)
        if (hasPointers(v->type)) return true;
      return false;
    default: return true;
  }
}

Location* Batch::newLoc(Location::Kind kind, FuncInfo* fn, int loopDepth) {
  locs_.push_back(std::make_unique<Location>());
  Location* l = locs_.back().get();
  l->kind = kind;
  l->fn = fn;
  l->loopDepth = loopDepth;
  return l;
}

Location* Batch::varLoc(types::Var* v) {
  auto it = vars_.find(v);
  return it == vars_.end() ? nullptr : it->second;
}

void Batch::flow(Hole k, Location* src) {
  Location* dst = k.dst;
  if (dst == &blank_ || !src) return;
  if (dst == src && k.derefs >= 0) return;  // x = x, x = *x
  if (dst->escapes && k.derefs < 0) {       // the heap (or an escaping location) = &src
    src->escapes = true;
    return;
  }
  dst->edges.push_back({src, k.derefs});
}

// ---------------------------------------------------------------- the walker

class Walker {
 public:
  Walker(Batch& b, FuncInfo* fn) : b_(b), fn_(fn) {}

  void walkBody() {
    if (!fn_->body) return;
    findLoopingLabels(fn_->body);
    countAssigns(fn_->body);
    stmts(fn_->body->stmts);
  }

  // Package initialisers: each right-hand side is stored in globals.
  void walkInit(types::Package* pkg) {
    for (const types::Initializer& init : pkg->initOrder) {
      if (init.lhs.size() > 1) {
        if (auto* c = dynamic_cast<ast::CallExpr*>(unparen(init.rhs))) {
          call(std::vector<Hole>(init.lhs.size(), b_.heapHole()), c);
          continue;
        }
      }
      expr(b_.heapHole(), init.rhs);
    }
  }

 private:
  Batch& b_;
  FuncInfo* fn_;
  int loopDepth_ = 1;
  std::map<std::string, bool> loopingLabels_;  // label -> some goto targets it
  std::map<const types::Var*, int> assigns_;   // assignments to each local, declaration included
  std::map<const types::Var*, ast::FuncLit*> litValue_;

  // ---- pre-passes

  // A label some goto targets may start a loop: everything after it is one
  // loop level deeper (gc treats only backward gotos so; all is safe).
  void findLoopingLabels(ast::Stmt* s) {
    forEachStmt(s, [this](ast::Stmt* st) {
      if (auto* br = dynamic_cast<ast::BranchStmt*>(st); br && br->kind == ast::BranchKind::Goto && br->label)
        loopingLabels_[br->label->name] = true;
    });
  }

  // Counts assignments to locals of this function, for staticLit.
  void countAssigns(ast::Stmt* s) {
    forEachStmt(s, [this](ast::Stmt* st) {
      auto note = [this](ast::Expr* lhs, ast::Expr* rhs) {
        if (types::Var* v = localVar(lhs)) {
          ++assigns_[v];
          if (auto* lit = dynamic_cast<ast::FuncLit*>(rhs ? unparen(rhs) : nullptr)) litValue_[v] = lit;
        }
      };
      if (auto* a = dynamic_cast<ast::AssignStmt*>(st)) {
        for (size_t i = 0; i < a->lhs.size(); ++i)
          note(a->lhs[i], a->lhs.size() == a->rhs.size() ? a->rhs[i] : nullptr);
      } else if (auto* inc = dynamic_cast<ast::IncDecStmt*>(st)) {
        note(inc->x, nullptr);
      } else if (auto* r = dynamic_cast<ast::RangeStmt*>(st)) {
        note(r->key, nullptr);
        note(r->value, nullptr);
      } else if (auto* d = dynamic_cast<ast::DeclStmt*>(st)) {
        if (auto* g = dynamic_cast<ast::GenDecl*>(d->decl); g && g->kind == ast::DeclKind::Var)
          for (ast::Spec* sp : g->specs)
            if (auto* vs = dynamic_cast<ast::ValueSpec*>(sp))
              for (size_t i = 0; i < vs->names.size(); ++i)
                note(vs->names[i], vs->names.size() == vs->values.size() ? vs->values[i] : nullptr);
      }
    });
  }

  // Calls s's statements, nested ones included, but not those of literals.
  static void forEachStmt(ast::Stmt* s, const std::function<void(ast::Stmt*)>& f) {
    if (!s) return;
    f(s);
    auto list = [&](const std::vector<ast::Stmt*>& l) {
      for (ast::Stmt* x : l) forEachStmt(x, f);
    };
    if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) list(b->stmts);
    else if (auto* i = dynamic_cast<ast::IfStmt*>(s)) { forEachStmt(i->init, f); forEachStmt(i->body, f); forEachStmt(i->els, f); }
    else if (auto* fs = dynamic_cast<ast::ForStmt*>(s)) { forEachStmt(fs->init, f); forEachStmt(fs->post, f); forEachStmt(fs->body, f); }
    else if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) forEachStmt(r->body, f);
    else if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) { forEachStmt(sw->init, f); for (auto* c : sw->clauses) list(c->body); }
    else if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) { forEachStmt(ts->init, f); for (auto* c : ts->clauses) list(c->body); }
    else if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) for (auto* c : sel->clauses) { forEachStmt(c->comm, f); list(c->body); }
    else if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) forEachStmt(l->stmt, f);
  }

  // The literal a local func variable always holds (gc's ir.StaticValue):
  // declared from a literal, never assigned again, its address never taken
  // and no literal captures it (so none can assign it).
  ast::FuncLit* staticLit(ast::Expr* fun) {
    types::Var* v = localVar(fun);
    if (!v || v->addressTaken || v->captured || v->isParam) return nullptr;
    auto it = litValue_.find(v);
    if (it == litValue_.end() || assigns_[v] != 1) return nullptr;
    return it->second;
  }

  // ---- locations

  Location* declare(types::Var* v) {
    if (!v || v->isGlobal || v->name == "_") return nullptr;
    Location*& l = b_.vars_[v];
    if (!l) {
      l = b_.newLoc(Location::Kind::Var, fn_, loopDepth_);
      l->var = v;
    } else {
      l->loopDepth = loopDepth_;
    }
    return l;
  }
  Location* loc(types::Var* v) {
    if (Location* l = b_.varLoc(v)) return l;
    return declare(v);
  }

  Location* spill(Hole k, const ast::Node* n, std::string what, ast::Pos pos, uint64_t size) {
    Location* l = b_.newLoc(Location::Kind::Alloc, fn_, loopDepth_);
    l->size = size;
    l->node = n;
    l->what = std::move(what);
    l->pos = pos;
    b_.flow(k.addr(), l);
    return l;
  }

  Hole teeHole(const std::vector<Hole>& ks) {
    if (ks.empty()) return b_.discardHole();
    if (ks.size() == 1) return ks[0];
    Location* tmp = b_.newLoc(Location::Kind::Temp, fn_, loopDepth_);
    for (const Hole& k : ks) b_.flow(k, tmp);
    return {tmp, 0};
  }

  static Hole clamp(Hole k) {
    if (k.derefs < -1) k.derefs = -1;
    return k;
  }

  // ---- statements

  void stmts(const std::vector<ast::Stmt*>& list) {
    for (ast::Stmt* s : list) stmt(s);
  }
  void block(const std::vector<ast::Stmt*>& list) {
    int saved = loopDepth_;
    stmts(list);
    loopDepth_ = saved;
  }

  void stmt(ast::Stmt* s) {
    if (!s) return;
    if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) return block(b->stmts);
    if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) {
      if (auto* c = dynamic_cast<ast::CallExpr*>(unparen(e->x))) return call({}, c);
      return discard(e->x);
    }
    if (auto* d = dynamic_cast<ast::DeclStmt*>(s)) return declStmt(d);
    if (auto* a = dynamic_cast<ast::AssignStmt*>(s)) return assign(a);
    if (auto* inc = dynamic_cast<ast::IncDecStmt*>(s)) {
      addr(inc->x);
      return;
    }
    if (auto* send = dynamic_cast<ast::SendStmt*>(s)) {
      discard(send->chan);
      expr(b_.heapHole(), send->value);
      return;
    }
    if (auto* g = dynamic_cast<ast::GoStmt*>(s)) return goDefer(g->call, false);
    if (auto* d = dynamic_cast<ast::DeferStmt*>(s)) return goDefer(d->call, true);
    if (auto* r = dynamic_cast<ast::ReturnStmt*>(s)) return returnStmt(r);
    if (auto* i = dynamic_cast<ast::IfStmt*>(s)) {
      stmt(i->init);
      discard(i->cond);
      if (i->body) block(i->body->stmts);
      stmt(i->els);
      return;
    }
    if (auto* f = dynamic_cast<ast::ForStmt*>(s)) return forStmt(f);
    if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) return rangeStmt(r);
    if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
      stmt(sw->init);
      discard(sw->tag);
      for (ast::CaseClause* c : sw->clauses) {
        for (ast::Expr* x : c->list) discard(x);
        block(c->body);
      }
      return;
    }
    if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) {
      // Interfaces are not modelled: the subject goes to the heap, so what
      // the case variables hold has escaped already.
      stmt(ts->init);
      heapAll(ts->subject);
      for (ast::CaseClause* c : ts->clauses) block(c->body);
      return;
    }
    if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
      for (ast::CommClause* c : sel->clauses) {
        stmt(c->comm);
        block(c->body);
      }
      return;
    }
    if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) {
      if (l->label && loopingLabels_.count(l->label->name)) ++loopDepth_;
      return stmt(l->stmt);
    }
    // BranchStmt, EmptyStmt, BadStmt: nothing flows.
  }

  void declStmt(ast::DeclStmt* d) {
    auto* g = dynamic_cast<ast::GenDecl*>(d->decl);
    if (!g || g->kind != ast::DeclKind::Var) return;
    for (ast::Spec* sp : g->specs) {
      auto* vs = dynamic_cast<ast::ValueSpec*>(sp);
      if (!vs) continue;
      std::vector<Hole> ks;
      for (ast::Ident* id : vs->names) {
        Location* l = declare(dynamic_cast<types::Var*>(id->obj));
        ks.push_back(l ? Hole{l, 0} : b_.discardHole());
      }
      rhs(ks, vs->values);
    }
  }

  void assign(ast::AssignStmt* a) {
    if (a->kind == ast::AssignKind::OpAssign) {
      addr(a->lhs[0]);
      discard(a->rhs[0]);  // arithmetic and concatenation make new values
      return;
    }
    std::vector<Hole> ks;
    for (ast::Expr* l : a->lhs) {
      if (a->kind == ast::AssignKind::Define)
        if (types::Var* v = localVar(l); v && !b_.varLoc(v)) declare(v);
      ks.push_back(addr(l));
    }
    rhs(ks, a->rhs);
  }

  // Values of `values` into holes ks: one each, or one call for several.
  void rhs(const std::vector<Hole>& ks, const std::vector<ast::Expr*>& values) {
    if (values.size() == ks.size()) {
      for (size_t i = 0; i < ks.size(); ++i) expr(ks[i], values[i]);
      return;
    }
    if (values.size() != 1) return;  // var x T: nothing
    ast::Expr* v = unparen(values[0]);
    if (auto* c = dynamic_cast<ast::CallExpr*>(v)) return call(ks, c);
    if (auto* u = dynamic_cast<ast::UnaryExpr*>(v); u && u->op == ast::Op::Arrow) return discard(u->x);  // v, ok := <-c
    heapAll(v);  // v, ok := m[k] / x.(T)
  }

  void returnStmt(ast::ReturnStmt* r) {
    std::vector<Hole> ks;
    for (types::Var* res : fn_->results) {
      Location* l = loc(res);
      ks.push_back(l ? Hole{l, 0} : b_.discardHole());
    }
    if (r->results.empty()) return;
    rhs(ks, r->results);
  }

  void forStmt(ast::ForStmt* f) {
    stmt(f->init);
    int outer = loopDepth_;
    ++loopDepth_;
    // Variables the init statement declares are per iteration (gosub keeps
    // Go 1.22's loop semantics): each iteration's copy lives in the loop,
    // and its value is carried out to the next iteration through a location
    // outside it, so an address stored in it must outlive one iteration.
    if (auto* a = dynamic_cast<ast::AssignStmt*>(f->init); a && a->kind == ast::AssignKind::Define)
      for (ast::Expr* l : a->lhs)
        if (types::Var* v = localVar(l))
          if (Location* vl = b_.varLoc(v)) {
            vl->loopDepth = loopDepth_;
            Location* carry = b_.newLoc(Location::Kind::Temp, fn_, outer);
            b_.flow({carry, 0}, vl);
          }
    discard(f->cond);
    stmt(f->post);
    if (f->body) block(f->body->stmts);
    loopDepth_ = outer;
  }

  void rangeStmt(ast::RangeStmt* r) {
    types::Type* u = r->x && r->x->type ? r->x->type->underlying() : nullptr;
    bool modelled = u && (u->kind() == types::TypeKind::Chan || (u->kind() == types::TypeKind::Basic &&
                                                                  !hasPointers(u)) || types::isString(u));
    // Elements of an array are copies of its parts; of a slice or an
    // array pointer, loads through it.
    Location* elems = nullptr;
    int elemDerefs = 0;
    Seq seq = seqKind(r->x ? r->x->type : nullptr);
    if (seq == Seq::Array || seq == Seq::Slice || seq == Seq::ArrayPtr) {
      elems = b_.newLoc(Location::Kind::Temp, fn_, loopDepth_);
      expr({elems, 0}, r->x);
      elemDerefs = seq == Seq::Array ? 0 : 1;
    } else if (modelled) {
      discard(r->x);  // the values received or produced hold nothing of this frame
    } else {
      heapAll(r->x);
    }
    ++loopDepth_;
    Hole valueK = b_.discardHole();
    for (ast::Expr* kv : {r->key, r->value}) {
      if (!kv) continue;
      Hole h = b_.discardHole();
      if (r->define) {
        if (Location* l = declare(localVar(kv))) h = {l, 0};
      } else {
        h = addr(kv);
      }
      if (kv == r->value) valueK = h;
    }
    if (elems) b_.flow(valueK.shift(elemDerefs), elems);
    if (r->body) block(r->body->stmts);
    --loopDepth_;
  }

  // go and defer: the function value and the arguments outlive the
  // statement. As gc's goDeferStmt: a defer outside loops keeps them in the
  // frame (they need to last only until the function returns: open-coded
  // slots or a record in the frame, compiler/codegen/defer.cpp), so they
  // flow to a location of their own that goes nowhere; go statements and
  // defers in loops send them to the heap.
  void goDefer(ast::CallExpr* c, bool isDefer) {
    Hole k = b_.heapHole();
    if (isDefer && loopDepth_ == 1) k = {b_.newLoc(Location::Kind::Temp, fn_, loopDepth_), 0};
    ast::Expr* fun = unparen(c->fun);
    auto* sel = dynamic_cast<ast::SelectorExpr*>(fun);
    if (sel && sel->selection && sel->selection->kind == types::SelectionKind::MethodVal) {
      auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
      if (m && m->signature()->recv && !isKind(sel->x->type, types::TypeKind::Interface))
        expr(clamp(k.shift(receiverShift(sel, m))), sel->x);
      else
        heapAll(sel->x);
    } else if (!staticFunc(fun)) {
      expr(k, fun);  // a func value or literal (gc: "func literal escapes to heap" unless kept)
    }
    for (ast::Expr* a : c->args) expr(k, a);
  }

  // The hole for a store into lhs (gc's addr).
  Hole addr(ast::Expr* lhs) {
    ast::Expr* e = unparen(lhs);
    if (auto* id = dynamic_cast<ast::Ident*>(e)) {
      if (id->name == "_") return b_.discardHole();
      auto* v = dynamic_cast<types::Var*>(id->obj);
      if (!v || v->isGlobal) return b_.heapHole();
      return {loc(v), 0};
    }
    if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e)) {
      if (!sel->selection) return b_.heapHole();  // pkg.Var
      if (sel->selection->kind == types::SelectionKind::FieldVal) {
        types::Type* t = nullptr;
        if (pathDerefs(sel, t) == 0) return addr(sel->x);  // a field of a variable: part of it
        discard(sel->x);  // a store through a pointer: to the heap
        return b_.heapHole();
      }
    }
    if (auto* st = dynamic_cast<ast::StarExpr*>(e)) {
      discard(st->x);
      return b_.heapHole();
    }
    if (auto* ix = dynamic_cast<ast::IndexExpr*>(e); ix && ix->extraIndices.empty()) {
      switch (seqKind(ix->x->type)) {
        case Seq::Array:  // an element of an array variable: part of it
          discard(ix->index);
          return addr(ix->x);
        case Seq::Slice:
        case Seq::ArrayPtr:  // through a pointer: to the heap
          discard(ix->x);
          discard(ix->index);
          return b_.heapHole();
        default: break;
      }
    }
    heapAll(e);
    return b_.heapHole();
  }

  // ---- expressions

  void discard(ast::Expr* e) { expr(b_.discardHole(), e); }

  // An expression whose lowering is not modelled: every operand's value and
  // address go to the heap.
  void heapAll(ast::Expr* e) {
    if (!e) return;
    Hole k = b_.heapHole().addr();
    e = unparen(e);
    if (auto* ix = dynamic_cast<ast::IndexExpr*>(e)) {
      expr(k, ix->x);
      expr(k, ix->index);
    } else if (auto* sl = dynamic_cast<ast::SliceExpr*>(e)) {
      for (ast::Expr* x : {sl->x, sl->low, sl->high, sl->max}) expr(k, x);
    } else if (auto* ta = dynamic_cast<ast::TypeAssertExpr*>(e)) {
      expr(k, ta->x);
    } else if (auto* cl = dynamic_cast<ast::CompositeLit*>(e)) {
      for (ast::Expr* elt : cl->elts) {
        if (auto* kv = dynamic_cast<ast::KeyValueExpr*>(elt)) {
          expr(k, kv->key);
          expr(k, kv->value);
        } else {
          expr(k, elt);
        }
      }
    } else if (auto* c = dynamic_cast<ast::CallExpr*>(e)) {
      if (unparen(c->fun)->mode != ast::Mode::TypeExpr && !dynamic_cast<ast::Ident*>(unparen(c->fun))) expr(k, c->fun);
      for (ast::Expr* a : c->args) expr(k, a);
    } else {
      expr(k, e);
    }
  }

  void expr(Hole k, ast::Expr* e) {
    if (!e) return;
    if (e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr) return;
    if (k.derefs >= 0 && e->type && !isKind(e->type, types::TypeKind::Tuple) && !types::isUntyped(e->type) &&
        !hasPointers(e->type))
      k = b_.discardHole();
    if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) return expr(k, p->x);
    if (auto* id = dynamic_cast<ast::Ident*>(e)) {
      if (types::Var* v = localVar(id)) b_.flow(k, loc(v));
      return;  // functions, globals, nil
    }
    if (dynamic_cast<ast::BasicLit*>(e)) return;
    if (auto* lit = dynamic_cast<ast::FuncLit*>(e)) return funcLit(k, lit);
    if (auto* cl = dynamic_cast<ast::CompositeLit*>(e)) {
      Hole ek;
      if (isKind(cl->type, types::TypeKind::Struct) || isKind(cl->type, types::TypeKind::Array))
        ek = k;  // fields and elements are part of the value
      else if (types::Slice* st = sliceType(cl->type))
        ek = {sliceLitArray(k, cl, st), 0};  // elements are stored in the backing array
      else
        return heapAll(cl);
      for (ast::Expr* elt : cl->elts) {
        auto* kv = dynamic_cast<ast::KeyValueExpr*>(elt);
        if (kv && !isKind(cl->type, types::TypeKind::Struct)) discard(kv->key);  // an index
        expr(ek, kv ? kv->value : elt);
      }
      return;
    }
    if (auto* u = dynamic_cast<ast::UnaryExpr*>(e)) {
      if (u->op == ast::Op::Addr) {
        if (auto* cl = dynamic_cast<ast::CompositeLit*>(unparen(u->x))) {
          // &T{...}: an allocation the literal's values are stored in.
          std::string t = cl->type ? cl->type->string() : "?";
          Location* obj = spill(k, u, "&" + t + (cl->elts.empty() ? "{}" : "{...}"), u->pos, typeSize(cl->type));
          expr({obj, 0}, cl);
          return;
        }
        return expr(clamp(k.addr()), u->x);
      }
      return discard(u->x);  // -x, !x, ^x, <-c: no pointer of this frame flows
    }
    if (auto* bin = dynamic_cast<ast::BinaryExpr*>(e)) {
      discard(bin->x);
      discard(bin->y);
      return;
    }
    if (auto* st = dynamic_cast<ast::StarExpr*>(e)) return expr(k.deref(), st->x);
    if (auto* sel = dynamic_cast<ast::SelectorExpr*>(e)) {
      if (!sel->selection) return;  // pkg.Name
      switch (sel->selection->kind) {
        case types::SelectionKind::FieldVal: {
          types::Type* t = nullptr;
          int n = pathDerefs(sel, t);
          return expr(clamp(k.shift(n)), sel->x);
        }
        case types::SelectionKind::MethodVal: return methodValue(k, sel);
        case types::SelectionKind::MethodExpr: return;
      }
      return;
    }
    if (auto* c = dynamic_cast<ast::CallExpr*>(e)) return call({k}, c);
    if (auto* ix = dynamic_cast<ast::IndexExpr*>(e); ix && ix->extraIndices.empty()) {
      switch (seqKind(ix->x->type)) {
        case Seq::String: discard(ix->x); break;  // a byte
        case Seq::Array: expr(k, ix->x); break;   // part of the array
        case Seq::Slice:
        case Seq::ArrayPtr: expr(k.deref(), ix->x); break;  // through the pointer
        case Seq::Other: return heapAll(e);
      }
      discard(ix->index);
      return;
    }
    if (auto* sl = dynamic_cast<ast::SliceExpr*>(e)) {
      switch (seqKind(sl->x->type)) {
        case Seq::String: discard(sl->x); break;
        case Seq::Array: expr(clamp(k.addr()), sl->x); break;  // a[i:j] points into a
        case Seq::Slice:
        case Seq::ArrayPtr: expr(k, sl->x); break;  // the same backing array
        case Seq::Other: return heapAll(e);
      }
      for (ast::Expr* b : {sl->low, sl->high, sl->max}) discard(b);
      return;
    }
    heapAll(e);
  }

  // The array behind a slice literal: an allocation the slice points at,
  // as gc reports it (at the brace: `[]int{...}`).
  Location* sliceLitArray(Hole k, ast::CompositeLit* cl, types::Slice* st) {
    std::string what = cl->type->string() + (cl->elts.empty() ? "{}" : "{...}");
    uint64_t n = static_cast<uint64_t>(types::sliceLitLength(cl)), e = typeSize(st->elem);
    return spill(k, cl, what, cl->lbrace, e && n > UINT64_MAX / e ? UINT64_MAX : e * n);
  }

  // make([]T, len[, cap]): a new backing array the slice points at. Only a
  // constant size can live in a frame (gc: a variable one escapes).
  void makeSlice(Hole k, ast::CallExpr* c, types::Slice* st) {
    ast::Expr* capArg = c->args.size() > 2 ? c->args[2] : c->args.size() > 1 ? c->args[1] : nullptr;
    uint64_t size = UINT64_MAX;
    if (capArg && capArg->mode == ast::Mode::Constant && capArg->constant) {
      uint64_t n = static_cast<uint64_t>(capArg->constant->toInt64()), e = typeSize(st->elem);
      size = e && n > UINT64_MAX / e ? UINT64_MAX : e * n;
    }
    spill(k, c, types::exprString(c), c->lparen, size);
    for (size_t i = 1; i < c->args.size(); ++i) discard(c->args[i]);
  }

  // A func literal: its object is an allocation that holds its captured
  // variables' addresses (flowed once all functions are walked); its body
  // is walked now, as part of this batch.
  void funcLit(Hole k, ast::FuncLit* lit) {
    FuncInfo* info = b_.litInfo(lit, fn_);
    Location* obj = spill(k, lit, "func literal", lit->pos, 8 * (lit->captures.size() + 1));
    b_.closures_.push_back({{obj, 0}, lit});
    Walker inner(b_, info);
    inner.params();
    inner.walkBody();
  }

 public:
  // Locations of the parameters and results of fn_ (gc's initFunc).
  void params() {
    for (types::Var* p : fn_->params)
      if (Location* l = declare(p)) l->isParam = true;
    for (size_t i = 0; i < fn_->results.size(); ++i) {
      Location* l = b_.newLoc(Location::Kind::Var, fn_, loopDepth_);
      l->var = fn_->results[i];
      l->resultIndex = static_cast<int>(i);
      b_.vars_[fn_->results[i]] = l;
    }
  }

 private:
  // x.M as a value: a closure object holding the receiver, which also goes
  // wherever the method sends it (its leaks; results to the heap).
  void methodValue(Hole k, ast::SelectorExpr* sel) {
    auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
    if (!m || !m->signature()->recv || isKind(sel->x->type, types::TypeKind::Interface)) return heapAll(sel->x);
    // gc reports a selector at its dot, just before the selected name.
    ast::Pos dot = sel->sel->pos;
    if (dot.col > 1) --dot.col;
    Location* obj = spill(k, sel, types::exprString(sel), dot, 8 + typeSize(m->signature()->recv->type));
    FuncInfo* callee = b_.funcInfo(m);
    size_t nres = m->signature()->results ? m->signature()->results->size() : 0;
    std::vector<Hole> resultHoles(nres, b_.heapHole());
    Hole recvK = tagHole(resultHoles, callee, 0);
    expr(clamp(teeHole({recvK, {obj, 0}}).shift(receiverShift(sel, m))), sel->x);
  }

  // Where the argument for parameter i of callee goes: the parameter itself
  // within this batch, else the callee's leak summary; the heap when the
  // callee is unknown.
  Hole tagHole(const std::vector<Hole>& ks, FuncInfo* callee, size_t i) {
    if (!callee || i >= callee->params.size()) return b_.heapHole();
    if (callee->state == 1 && callee->body) {
      Location* l = b_.varLoc(callee->params[i]);
      return l ? Hole{l, 0} : b_.discardHole();
    }
    if (callee->state != 2 || i >= callee->tags.size()) return b_.heapHole();  // not analysed yet
    const Leaks& esc = callee->tags[i];
    std::vector<Hole> tks;
    if (esc.heap >= 0) tks.push_back(b_.heapHole().shift(esc.heap));
    for (size_t r = 0; r < ks.size() && r < Leaks::kResults; ++r)
      if (esc.results[r] >= 0) tks.push_back(ks[r].shift(esc.results[r]));
    return teeHole(tks);
  }

  void call(const std::vector<Hole>& ks, ast::CallExpr* c) {
    ast::Expr* fun = unparen(c->fun);
    Hole k0 = ks.empty() ? b_.discardHole() : ks[0];
    if (fun->mode == ast::Mode::TypeExpr) return conversion(k0, c);
    if (auto* id = dynamic_cast<ast::Ident*>(fun))
      if (auto* bi = dynamic_cast<types::Builtin*>(id->obj)) return builtin(k0, c, bi->id);

    FuncInfo* callee = nullptr;
    types::Signature* sig = dynamic_cast<types::Signature*>(fun->type ? fun->type->underlying() : nullptr);
    size_t first = 0;  // index of the first argument's parameter
    auto* sel = dynamic_cast<ast::SelectorExpr*>(fun);
    if (sel && sel->selection && sel->selection->kind == types::SelectionKind::MethodVal) {
      auto* m = dynamic_cast<types::Func*>(sel->selection->obj);
      if (!m || !m->signature()->recv || isKind(sel->x->type, types::TypeKind::Interface)) {
        heapAll(sel->x);  // interface method calls are not modelled
      } else {
        callee = b_.funcInfo(m);
        sig = m->signature();
        first = 1;
        expr(clamp(tagHole(ks, callee, 0).shift(receiverShift(sel, m))), sel->x);
      }
    } else if (sel && sel->selection && sel->selection->kind == types::SelectionKind::MethodExpr) {
      if (auto* m = dynamic_cast<types::Func*>(sel->selection->obj); m && m->signature()->recv &&
                                                                   !isKind(m->signature()->recv->type,
                                                                           types::TypeKind::Interface))
        callee = b_.funcInfo(m);
    } else if (types::Func* f = staticFunc(fun)) {
      callee = b_.funcInfo(f);
    } else if (auto* lit = dynamic_cast<ast::FuncLit*>(fun)) {
      discard(fun);  // walks the literal; being called does not make it escape
      callee = b_.litInfo(lit, fn_);
      callee->closureCalled = true;
    } else {
      if (ast::FuncLit* lit = staticLit(fun)) callee = b_.litInfo(lit, fn_);
      discard(fun);
    }
    if (callee && callee->state == 1)
      for (size_t i = 0; i < ks.size() && i < callee->results.size(); ++i) b_.flow(ks[i], b_.varLoc(callee->results[i]));

    size_t nparams = sig && sig->params ? sig->params->size() : 0;
    if ((sig && sig->variadic) || c->hasEllipsis) callee = nullptr;  // the ... slice is not modelled
    if (c->args.size() == 1 && nparams > 1) {
      if (auto* inner = dynamic_cast<ast::CallExpr*>(unparen(c->args[0]))) {
        std::vector<Hole> argKs;
        for (size_t i = 0; i < nparams; ++i) argKs.push_back(tagHole(ks, callee, first + i));
        return call(argKs, inner);
      }
    }
    for (size_t i = 0; i < c->args.size(); ++i) expr(tagHole(ks, callee, first + i), c->args[i]);
  }

  void conversion(Hole k, ast::CallExpr* c) {
    if (c->args.size() != 1) return;
    types::Type* to = c->type ? c->type->underlying() : nullptr;
    types::Type* from = c->args[0]->type ? c->args[0]->type->underlying() : nullptr;
    // The same representation (a named pointer, struct or func type, a
    // string to a string): the value flows through; anything else is not
    // modelled yet.
    bool same = to && from && to->kind() == from->kind() && to->kind() != types::TypeKind::Interface &&
                to->kind() != types::TypeKind::Slice && types::isString(to) == types::isString(from);
    if (same || (to && !hasPointers(to) && from && !hasPointers(from)))
      expr(k, c->args[0]);
    else if (to && from && (types::isString(to) || types::isString(from)))
      discard(c->args[0]);  // string <-> []byte/[]rune copies into a new heap array
    else
      heapAll(c);
  }

  void builtin(Hole k, ast::CallExpr* c, types::BuiltinId id) {
    switch (id) {
      case types::BuiltinId::New: {
        std::string t = c->args.empty() || !c->args[0]->type ? "?" : c->args[0]->type->string();
        spill(k, c, "new(" + t + ")", c->lparen, c->args.empty() ? 0 : typeSize(c->args[0]->type));
        return;
      }
      case types::BuiltinId::Len:
      case types::BuiltinId::Cap:
      case types::BuiltinId::Print:
      case types::BuiltinId::Println:
      case types::BuiltinId::Close:
      case types::BuiltinId::Complex:
      case types::BuiltinId::Real:
      case types::BuiltinId::Imag:
        for (ast::Expr* a : c->args) discard(a);
        return;
      case types::BuiltinId::Panic:
        for (ast::Expr* a : c->args) expr(b_.heapHole(), a);
        return;
      case types::BuiltinId::Make:
        if (types::Slice* st = sliceType(c->type)) return makeSlice(k, c, st);
        // A new channel (from the heap) holds nothing of this frame.
        if (!c->args.empty() && isKind(c->args[0]->type, types::TypeKind::Chan)) {
          for (size_t i = 1; i < c->args.size(); ++i) discard(c->args[i]);
          return;
        }
        heapAll(c);
        return;
      case types::BuiltinId::Append: {
        // The result may share the first argument's backing array; what
        // it holds and the appended values are copied into heap arrays.
        if (c->args.empty() || seqKind(c->args[0]->type) != Seq::Slice) return heapAll(c);
        bool ptrs = hasPointers(static_cast<types::Slice*>(c->args[0]->type->underlying())->elem);
        expr(ptrs ? teeHole({k, b_.heapHole().deref()}) : k, c->args[0]);
        for (size_t i = 1; i < c->args.size(); ++i)
          expr(c->hasEllipsis ? (ptrs ? b_.heapHole().deref() : b_.discardHole()) : b_.heapHole(), c->args[i]);
        return;
      }
      case types::BuiltinId::Copy: {
        if (c->args.size() != 2) return heapAll(c);
        discard(c->args[0]);
        Seq src = seqKind(c->args[1]->type);
        bool ptrs = src == Seq::Slice && hasPointers(static_cast<types::Slice*>(c->args[1]->type->underlying())->elem);
        expr(ptrs ? b_.heapHole().deref() : b_.discardHole(), c->args[1]);
        return;
      }
      default: heapAll(c);
    }
  }
};

FuncInfo* Batch::litInfo(ast::FuncLit* lit, FuncInfo* outer) {
  auto it = lits->find(lit);
  if (it != lits->end()) return it->second;
  auto info = std::make_unique<FuncInfo>();
  info->lit = lit;
  info->outer = outer;
  info->sig = dynamic_cast<types::Signature*>(lit->type);
  info->body = lit->body;
  info->report = outer->report;
  info->pkg = outer->pkg;
  info->state = 1;
  if (info->sig) {
    if (info->sig->params) info->params = info->sig->params->vars;
    if (info->sig->results) info->results = info->sig->results->vars;
  }
  FuncInfo* raw = info.get();
  (*lits)[lit] = raw;
  outer->lits.push_back(raw);
  owned->push_back(std::move(info));
  return raw;
}

FuncInfo* Batch::funcInfo(const types::Func* f) {
  auto it = funcs->find(f);
  return it == funcs->end() ? nullptr : it->second;
}

void Batch::walkFunc(FuncInfo* fn) {
  Walker w(*this, fn);
  if (!fn->func && !fn->lit) {
    w.walkInit(fn->pkg);
    return;
  }
  w.walkBody();
}

void Batch::initFunc(FuncInfo* fn) {
  Walker w(*this, fn);
  w.params();
}

void Batch::flowClosures() {
  // A closure object holds a copy of each variable captured by value, and
  // the address of each one captured by reference.
  for (const Closure& c : closures_)
    for (types::Var* v : c.lit->captures) {
      Location* l = varLoc(v);
      if (!l) continue;
      int n = 0;
      if (auto it = assigns->find(v); it != assigns->end()) n = it->second;
      bool param = l->isParam && l->resultIndex < 0;
      bool byValue = !v->addressTaken && l->resultIndex < 0 && n == (param ? 0 : 1) && typeSize(v->type) <= 128;
      if (byValue) {
        result_.byValue.insert(v);
        flow(c.k, l);
      } else {
        flow(c.k.addr(), l);
      }
    }
  closures_.clear();
}

}  // namespace gosub::escape
