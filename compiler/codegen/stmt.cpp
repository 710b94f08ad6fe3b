// stmt.cpp — statements and control flow.
//
// Locals live in entry-block allocas (mem2reg/SROA promote them from -O1);
// a declaration stores the zero value or initial value where it is written,
// so a variable declared in a loop starts afresh in every iteration.
// break/continue resolve against a stack of enclosing for/switch statements,
// labelled or not; fallthrough jumps to the next case body.
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"
#include "codegen/debuginfo.h"

namespace gosub::codegen {

void CodeGen::emitStmtList(const std::vector<ast::Stmt*>& list) {
  for (ast::Stmt* s : list) emitStmt(s);
}

void CodeGen::emitStmt(ast::Stmt* s) {
  if (!s) return;
  size_t mark = liveTemps_.size();
  ++stmtDepth_;
  emitStmtKind(s);
  --stmtDepth_;
  releaseTemps(mark);
}

void CodeGen::emitStmtKind(ast::Stmt* s) {
  ensureBlock();
  setLocation(s->pos);
  // A label applies to the statement right after it only.
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();

  if (auto* b = dynamic_cast<ast::BlockStmt*>(s)) return emitStmtList(b->stmts);
  if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) {
    if (auto* call = dynamic_cast<ast::CallExpr*>(unparen(e->x))) {
      emitCall(call, false);
      return;
    }
    if (auto* u = dynamic_cast<ast::UnaryExpr*>(unparen(e->x)); u && u->op == ast::Op::Arrow) {
      emitRecv(u, /*discard=*/true);
      return;
    }
    emitExpr(e->x);
    return;
  }
  if (auto* a = dynamic_cast<ast::AssignStmt*>(s)) {
    if (a->kind == ast::AssignKind::OpAssign) return emitOpAssign(a);
    return emitAssign(a);
  }
  if (auto* d = dynamic_cast<ast::IncDecStmt*>(s)) return emitIncDec(d);
  if (auto* d = dynamic_cast<ast::DeclStmt*>(s)) return emitDecl(d);
  if (auto* i = dynamic_cast<ast::IfStmt*>(s)) return emitIf(i);
  if (auto* f = dynamic_cast<ast::ForStmt*>(s)) {
    pendingLabel_ = label;
    return emitFor(f);
  }
  if (auto* sw = dynamic_cast<ast::SwitchStmt*>(s)) {
    pendingLabel_ = label;
    return emitSwitch(sw);
  }
  if (auto* br = dynamic_cast<ast::BranchStmt*>(s)) return emitBranch(br);
  if (auto* r = dynamic_cast<ast::ReturnStmt*>(s)) return emitReturn(r);
  if (auto* l = dynamic_cast<ast::LabeledStmt*>(s)) {
    pendingLabel_ = l->label ? l->label->name : "";
    emitStmt(l->stmt);
    pendingLabel_.clear();
    return;
  }
  if (dynamic_cast<ast::EmptyStmt*>(s)) return;
  if (auto* g = dynamic_cast<ast::GoStmt*>(s)) return emitGo(g);
  if (auto* d = dynamic_cast<ast::DeferStmt*>(s)) return emitDefer(d);
  if (auto* sel = dynamic_cast<ast::SelectStmt*>(s)) {
    pendingLabel_ = label;
    return emitSelect(sel);
  }
  if (auto* r = dynamic_cast<ast::RangeStmt*>(s)) {
    pendingLabel_ = label;
    return emitRange(r);
  }
  if (auto* send = dynamic_cast<ast::SendStmt*>(s)) return emitSend(send);
  if (auto* ts = dynamic_cast<ast::TypeSwitchStmt*>(s)) return emitTypeSwitch(ts);
  unsupported(s->pos, "this kind of statement");
}

std::vector<llvm::Value*> CodeGen::emitRHS(const std::vector<ast::Expr*>& rhs, size_t n, ast::Pos pos) {
  std::vector<llvm::Value*> values;
  if (rhs.size() == n) {
    for (ast::Expr* e : rhs) values.push_back(emitExpr(e));
    return values;
  }
  if (rhs.size() == 1) {
    // a, b = f(): one call with n results, returned as a literal struct;
    // v, ok = <-c likewise (channel.cpp).
    ast::Expr* r = unparen(rhs[0]);
    llvm::Value* tuple = nullptr;
    if (auto* call = dynamic_cast<ast::CallExpr*>(r))
      tuple = emitCall(call, true);
    else if (auto* u = dynamic_cast<ast::UnaryExpr*>(r); u && u->op == ast::Op::Arrow)
      tuple = emitRecv(u, false);
    else if (auto* ta = dynamic_cast<ast::TypeAssertExpr*>(r))
      tuple = emitTypeAssert(ta, true);
    else if (auto* ix = dynamic_cast<ast::IndexExpr*>(r))
      tuple = emitMapIndex(ix);  // v, ok = m[k]
    else
      unsupported(rhs[0]->pos, "comma-ok expressions");
    if (!tuple || !tuple->getType()->isStructTy() || tuple->getType()->getStructNumElements() != n)
      internalError(pos, "assignment count mismatch reached code generation");
    for (unsigned i = 0; i < n; ++i) values.push_back(b_.CreateExtractValue(tuple, i));
    return values;
  }
  internalError(pos, "assignment count mismatch reached code generation");
}

std::vector<types::Type*> CodeGen::rhsTypes(const std::vector<ast::Expr*>& rhs, size_t n) {
  std::vector<types::Type*> ts;
  if (rhs.size() == n) {
    for (ast::Expr* e : rhs) ts.push_back(e->type);
  } else if (rhs.size() == 1 && rhs[0]->type && rhs[0]->type->kind() == types::TypeKind::Tuple) {
    for (types::Var* v : static_cast<types::Tuple*>(rhs[0]->type)->vars) ts.push_back(v->type);
  }
  ts.resize(n, nullptr);
  return ts;
}

void CodeGen::storeAll(const std::vector<llvm::Value*>& addrs, const std::vector<llvm::Value*>& values,
                       const std::vector<types::Type*>& types, ast::Pos pos) {
  for (size_t i = 0; i < addrs.size(); ++i) {
    if (!addrs[i]) continue;  // blank: the value was evaluated for its effects
    storeValue(coerce(values[i], types[i], pos), addrs[i], types[i]);
  }
}

void CodeGen::emitAssign(ast::AssignStmt* s) {
  bool define = s->kind == ast::AssignKind::Define;
  // Go's order: index and pointer operands on the left and all expressions
  // on the right are evaluated first, then the assignments happen left to
  // right, so `a, b = b, a` swaps.
  auto* mapIx = dynamic_cast<ast::IndexExpr*>(unparen(s->lhs[0]));
  bool toMap = mapIx && mapIx->x->type->underlying()->kind() == types::TypeKind::Map;
  // (m[k] = x: mapassign only after x, below.)
  if (s->lhs.size() == 1 && s->rhs.size() == 1 && inMemory(s->rhs[0]->type) && !toMap) {
    // One large array or struct: copied through memory.
    llvm::Value* addr = emitAddr(s->lhs[0], define);
    if (!addr) {
      valueAddr(s->rhs[0]);  // _ = x: x is evaluated, not copied
      return;
    }
    if (emitInto(addr, s->rhs[0], s->lhs[0]->type)) return;
    llvm::Value* v = emitExpr(s->rhs[0]);
    storeValue(coerce(v, s->lhs[0]->type, s->pos), addr, s->lhs[0]->type);
    return;
  }
  std::vector<llvm::Value*> addrs;
  std::vector<types::Type*> types;
  // m[k] on the left: m and k now, mapassign only when its turn comes.
  std::map<size_t, MapLvalue> mapLvs;
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    ast::Expr* l = s->lhs[i];
    auto* ix = dynamic_cast<ast::IndexExpr*>(unparen(l));
    if (ix && ix->x->type->underlying()->kind() == types::TypeKind::Map) {
      mapLvs[i] = emitMapLvalue(ix);
      addrs.push_back(nullptr);
    } else {
      addrs.push_back(emitAddr(l, define));
    }
    types.push_back(l->type);
  }
  std::vector<llvm::Value*> values = emitRHS(s->rhs, s->lhs.size(), s->pos);
  std::vector<types::Type*> from = rhsTypes(s->rhs, s->lhs.size());
  for (size_t i = 0; i < types.size(); ++i) {
    if (auto it = mapLvs.find(i); it != mapLvs.end()) {
      llvm::Value* v = convertTo(values[i], from[i], types[i], s->pos);
      storeValue(v, mapAssignAddr(it->second), types[i]);
      continue;
    }
    if (addrs[i]) storeValue(convertTo(values[i], from[i], types[i], s->pos), addrs[i], types[i]);
  }
}

void CodeGen::emitOpAssign(ast::AssignStmt* s) {
  if (s->lhs.size() != 1 || s->rhs.size() != 1) internalError(s->pos, "op-assignment with several operands");
  ast::Expr* lhs = s->lhs[0];
  ast::Expr* rhs = s->rhs[0];
  if (auto* ix = dynamic_cast<ast::IndexExpr*>(unparen(lhs));
      ix && ix->x->type->underlying()->kind() == types::TypeKind::Map) {
    // m[k] op= y: m, k and y once, then read m[k] and assign (map.cpp).
    MapLvalue lv = emitMapLvalue(ix);
    llvm::Value* y = emitExpr(rhs);
    llvm::Value* old = mapLoad(lv);
    llvm::Value* v = emitArith(s->op, old, y, lhs->type, rhs, rhs->type, s->pos);
    b_.CreateStore(v, mapAssignAddr(lv));
    return;
  }
  llvm::Value* addr = emitAddr(lhs, false);  // evaluated once, as Go requires
  if (!addr) internalError(s->pos, "op-assignment to _");
  llvm::Value* old = b_.CreateLoad(llvmType(lhs->type), addr);
  llvm::Value* y = emitExpr(rhs);
  llvm::Value* v = emitArith(s->op, old, y, lhs->type, rhs, rhs->type, s->pos);
  b_.CreateStore(v, addr);
}

void CodeGen::emitIncDec(ast::IncDecStmt* s) {
  llvm::Value* addr = emitAddr(s->x, false);
  if (!addr) internalError(s->pos, "increment of _");
  llvm::Type* ty = llvmType(s->x->type);
  llvm::Value* old = b_.CreateLoad(ty, addr);
  llvm::Value* one = ty->isFloatingPointTy() ? llvm::ConstantFP::get(ty, 1.0) : llvm::ConstantInt::get(ty, 1);
  // Constant one: no division/shift checks are involved.
  llvm::Value* v = emitArith(s->inc ? ast::Op::Add : ast::Op::Sub, old, one, s->x->type, nullptr, s->x->type, s->pos);
  b_.CreateStore(v, addr);
}

void CodeGen::emitDecl(ast::DeclStmt* s) {
  auto* g = dynamic_cast<ast::GenDecl*>(s->decl);
  if (!g) internalError(s->pos, "declaration statement without a declaration");
  // Constants are folded into their uses; local types need no code yet.
  if (g->kind != ast::DeclKind::Var) return;
  for (ast::Spec* spec : g->specs) {
    auto* vs = dynamic_cast<ast::ValueSpec*>(spec);
    if (!vs) continue;
    setLocation(vs->pos);
    std::vector<llvm::Value*> values;
    std::vector<types::Type*> from;
    bool oneToOne = vs->values.size() == vs->names.size();
    if (oneToOne) {
      // Each name has its own value; large ones are copied through memory.
      for (size_t i = 0; i < vs->names.size(); ++i) {
        ast::Ident* id = vs->names[i];
        auto* v = dynamic_cast<types::Var*>(id->obj);
        from.push_back(vs->values[i]->type);
        if (id->name == "_" || !v || !inMemory(v->type)) {
          values.push_back(emitExpr(vs->values[i]));
          continue;
        }
        llvm::Value* addr = emitAddr(id, true);
        if (!emitInto(addr, vs->values[i], v->type))
          storeValue(convertTo(emitExpr(vs->values[i]), vs->values[i]->type, v->type, id->pos), addr, v->type);
        values.push_back(nullptr);
      }
    } else if (!vs->values.empty()) {
      values = emitRHS(vs->values, vs->names.size(), vs->pos);
      from = rhsTypes(vs->values, vs->names.size());
    }
    for (size_t i = 0; i < vs->names.size(); ++i) {
      ast::Ident* id = vs->names[i];
      auto* v = dynamic_cast<types::Var*>(id->obj);
      if (id->name == "_" || !v) continue;
      if (!values.empty() && !values[i]) continue;  // stored above
      llvm::Value* addr = emitAddr(id, true);
      if (values.empty()) {
        storeZero(addr, v->type);
        continue;
      }
      storeValue(convertTo(values[i], from[i], v->type, id->pos), addr, v->type);
    }
  }
}

void CodeGen::emitIf(ast::IfStmt* s) {
  if (s->init) emitStmt(s->init);
  setLocation(s->cond->pos);
  llvm::Value* cond = emitCond(s->cond);
  llvm::BasicBlock* then = newBlock("if.then");
  llvm::BasicBlock* els = s->els ? newBlock("if.else") : nullptr;
  llvm::BasicBlock* end = newBlock("if.end");
  b_.CreateCondBr(cond, then, els ? els : end);
  b_.SetInsertPoint(then);
  emitStmt(s->body);
  branchTo(end);
  if (els) {
    b_.SetInsertPoint(els);
    emitStmt(s->els);
    branchTo(end);
  }
  b_.SetInsertPoint(end);
}

void CodeGen::emitFor(ast::ForStmt* s) {
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();
  if (s->init) emitStmt(s->init);
  // Go 1.22: each iteration has its own copy of the variables the init
  // statement declares. Only captured ones can tell (the others live in one
  // alloca): each of them gets a new cell, initialised from the previous
  // iteration's, before the post statement.
  std::vector<types::Var*> perIteration;
  if (auto* a = dynamic_cast<ast::AssignStmt*>(s->init); a && a->kind == ast::AssignKind::Define)
    for (ast::Expr* l : a->lhs)
      if (auto* id = dynamic_cast<ast::Ident*>(l))
        if (auto* v = dynamic_cast<types::Var*>(id->obj); v && inCell(v)) perIteration.push_back(v);
  ensureBlock();
  llvm::BasicBlock* cond = newBlock("for.cond");
  llvm::BasicBlock* body = newBlock("for.body");
  // The latch: every back edge (end of body, continue) goes through it, so
  // it holds the per-iteration copies, the post statement and the
  // preemption check.
  llvm::BasicBlock* latch = newBlock(s->post ? "for.post" : "for.latch");
  llvm::BasicBlock* end = newBlock("for.end");
  b_.CreateBr(cond);
  b_.SetInsertPoint(cond);
  if (s->cond) {
    setLocation(s->cond->pos);
    b_.CreateCondBr(emitCond(s->cond), body, end);
  } else {
    b_.CreateBr(body);
  }
  b_.SetInsertPoint(body);
  emitLoopBody(s->body, label, end, latch);
  for (types::Var* v : perIteration) {
    if (inMemory(v->type)) {
      llvm::Value* prev = varAddr(v, s->pos);
      copyValue(newCell(v), prev, v->type);
      continue;
    }
    llvm::Value* prev = b_.CreateLoad(llvmType(v->type), varAddr(v, s->pos), v->name + ".prev");
    b_.CreateStore(prev, newCell(v));
  }
  if (s->post) emitStmt(s->post);
  ensureBlock();
  llvm::BasicBlock* last = b_.GetInsertBlock();
  emitBackEdge(cond);
  end->moveAfter(last);
  b_.SetInsertPoint(end);
}

void CodeGen::emitSwitch(ast::SwitchStmt* s) {
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();
  if (s->init) emitStmt(s->init);
  ensureBlock();
  // The tag is evaluated once; case expressions lazily, top to bottom and
  // left to right, the default case is taken only when none matches.
  llvm::Value* tag = nullptr;
  types::Type* tagType = nullptr;
  if (s->tag) {
    setLocation(s->tag->pos);
    tag = emitExpr(s->tag);
    tagType = s->tag->type;
  }
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->clauses.size(); ++i) bodies.push_back(newBlock("switch.case"));
  llvm::BasicBlock* end = newBlock("switch.end");
  llvm::BasicBlock* dflt = end;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* c = s->clauses[i];
    if (c->isDefault) dflt = bodies[i];
    for (ast::Expr* e : c->list) {
      setLocation(e->pos);
      llvm::Value* v = emitExpr(e);
      llvm::Value* match = v;
      if (tag) {
        types::Type* t = tagType;
        if (types::isUntyped(t)) t = e->type;
        llvm::Value* x = tag;
        if (types::Type* it = mixedCompare(x, tagType, v, e->type, e->pos)) t = it;
        match = emitCompare(ast::Op::Eql, x, v, t, e->pos);
      }
      llvm::BasicBlock* next = newBlock("switch.next");
      b_.CreateCondBr(match, bodies[i], next);
      b_.SetInsertPoint(next);
    }
  }
  b_.CreateBr(dflt);
  targets_.push_back({label, end, nullptr});
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    b_.SetInsertPoint(bodies[i]);
    setLocation(s->clauses[i]->pos);
    fallthroughTo_ = i + 1 < bodies.size() ? bodies[i + 1] : nullptr;
    emitStmtList(s->clauses[i]->body);
    branchTo(end);
  }
  fallthroughTo_ = nullptr;
  targets_.pop_back();
  b_.SetInsertPoint(end);
}

void CodeGen::emitBranch(ast::BranchStmt* s) {
  switch (s->kind) {
    case ast::BranchKind::Fallthrough:
      if (!fallthroughTo_) internalError(s->pos, "fallthrough outside a switch case");
      b_.CreateBr(fallthroughTo_);
      return;
    case ast::BranchKind::Goto: unsupported(s->pos, "goto");
    case ast::BranchKind::Break:
    case ast::BranchKind::Continue: break;
  }
  bool isBreak = s->kind == ast::BranchKind::Break;
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
    if (s->label) {
      if (it->label != s->label->name) continue;
    } else if (!isBreak && !it->continueTo) {
      continue;  // continue skips enclosing switches
    }
    llvm::BasicBlock* to = isBreak ? it->breakTo : it->continueTo;
    if (!to) internalError(s->pos, "continue of a switch");
    b_.CreateBr(to);
    return;
  }
  internalError(s->pos, std::string(isBreak ? "break" : "continue") + " without a target");
}

void CodeGen::emitReturn(ast::ReturnStmt* s) {
  size_t n = sig_ && sig_->results ? sig_->results->size() : 0;
  if (n == 0) {
    if (defer_.active) return deferReturn({}, s->pos);
    emitResults(nullptr);
    return;
  }
  if (defer_.active && s->results.empty()) return deferReturn({}, s->pos);
  std::vector<llvm::Value*> values;
  if (s->results.empty()) {
    // Bare return: the named results.
    for (types::Var* r : resultVars_)
      values.push_back(loadValue(varAddr(r, s->pos), r->type, r->name));
  } else {
    values = emitRHS(s->results, n, s->pos);
    std::vector<types::Type*> from = rhsTypes(s->results, n);
    for (size_t i = 0; i < n && i < values.size(); ++i)
      values[i] = convertTo(values[i], from[i], sig_->results->vars[i]->type, s->pos);
  }
  if (values.size() != n) internalError(s->pos, "wrong number of results");
  for (size_t i = 0; i < n; ++i) values[i] = coerce(values[i], sig_->results->vars[i]->type, s->pos);
  if (defer_.active) return deferReturn(values, s->pos);
  if (n == 1) {
    emitResults(values[0]);
    return;
  }
  llvm::Value* agg = llvm::PoisonValue::get(valueType(sig_->results));
  for (unsigned i = 0; i < n; ++i) agg = b_.CreateInsertValue(agg, values[i], i);
  emitResults(agg);
}

}  // namespace gosub::codegen
