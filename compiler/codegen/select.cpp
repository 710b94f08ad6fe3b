// select.cpp — select statements (runtime/abi.def, runtime.selectgo and
// runtime.block; runtime/select.cpp).
//
// As gc's walkSelectCases, without its special cases for one case:
//   1. On entry, the channel operands of all cases and the values of the
//      sends are evaluated once, in source order; each send value is
//      stored in its case's own element slot.
//   2. The cases go into an array of scase {ptr c; ptr elem}, sends first
//      (in source order), then receives (in source order); a receive whose
//      value is not used gets a null elem.
//   3. %i = call i64 @runtime.selectgo(cases, order, nsends, nrecvs,
//      block, recvOK), with `order` the 2*ncases uint16 scratch array gc
//      calls order0, block false when there is a default clause (then -1
//      picks it), and recvOK an i1 slot the runtime sets for a receive.
//   4. A switch on %i jumps to the chosen clause, which first assigns the
//      received value (and ok) to the left side of `v[, ok] = / := <-c`,
//      whose operands Go evaluates only now, then runs the clause body.
// Every slot and both arrays are static allocas in the entry block, sized
// by the number of cases. `break` leaves the select. `select {}` calls the
// noreturn runtime.block; a select with only a default runs its body.
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

struct SelectCase {
  ast::CommClause* clause = nullptr;
  bool send = false;
  ast::UnaryExpr* recv = nullptr;      // the receive expression of a receive case
  ast::AssignStmt* assign = nullptr;   // v[, ok] = / := <-c, or null
  llvm::Value* chan = nullptr;
  llvm::Value* elem = nullptr;         // the element slot, or null
  llvm::Type* elemTy = nullptr;
  types::Type* elemType = nullptr;
  uint64_t index = 0;                  // position in the scase array
};

bool isBlank(ast::Expr* e) {
  auto* id = dynamic_cast<ast::Ident*>(unparen(e));
  return id && id->name == "_";
}

}  // namespace

void CodeGen::emitSelect(ast::SelectStmt* s) {
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();
  llvm::Type* ptr = b_.getPtrTy();

  // 1. Operands, in source order.
  std::vector<SelectCase> cases;
  ast::CommClause* dflt = nullptr;
  uint64_t nsends = 0, nrecvs = 0;
  for (ast::CommClause* cl : s->clauses) {
    if (!cl->comm) {
      dflt = cl;
      continue;
    }
    SelectCase c;
    c.clause = cl;
    setLocation(cl->comm->pos);
    if (auto* send = dynamic_cast<ast::SendStmt*>(cl->comm)) {
      types::Chan* ch = chanType(send->chan->type, send->pos);
      c.send = true;
      c.chan = emitExpr(send->chan);
      llvm::Value* v = convertTo(emitExpr(send->value), send->value->type, ch->elem, send->value->pos);
      c.elemTy = llvmType(ch->elem);
      c.elemType = ch->elem;
      if (inMemory(ch->elem)) {
        c.elem = v;  // already a temporary of its own (aggregate.cpp)
      } else {
        c.elem = entryAlloca(c.elemTy, "select.send");
        b_.CreateStore(v, c.elem);
      }
      ++nsends;
    } else {
      ast::Expr* rx = nullptr;
      if (auto* es = dynamic_cast<ast::ExprStmt*>(cl->comm)) {
        rx = es->x;
      } else if (auto* as = dynamic_cast<ast::AssignStmt*>(cl->comm); as && as->rhs.size() == 1) {
        rx = as->rhs[0];
        c.assign = as;
      }
      c.recv = rx ? dynamic_cast<ast::UnaryExpr*>(unparen(rx)) : nullptr;
      if (!c.recv || c.recv->op != ast::Op::Arrow) internalError(cl->comm->pos, "select case is not a send or receive");
      types::Chan* ch = chanType(c.recv->x->type, c.recv->pos);
      c.chan = emitExpr(c.recv->x);
      c.elemTy = llvmType(ch->elem);
      c.elemType = ch->elem;
      if (c.assign && !c.assign->lhs.empty() && !isBlank(c.assign->lhs[0]))
        c.elem = newTemp(ch->elem, "select.recv");
      ++nrecvs;
    }
    cases.push_back(c);
  }
  uint64_t ncases = nsends + nrecvs;
  {
    uint64_t si = 0, ri = nsends;
    for (SelectCase& c : cases) c.index = c.send ? si++ : ri++;
  }

  llvm::BasicBlock* end = newBlock("select.end");
  targets_.push_back({label, end, nullptr});
  if (ncases == 0) {
    if (!dflt) {
      // select {}: block forever (noreturn).
      setLocation(s->pos);
      callRuntime(RtFunc::block, {});
    } else {
      emitStmtList(dflt->body);
      branchTo(end);
    }
    targets_.pop_back();
    ensureBlock();
    branchTo(end);
    b_.SetInsertPoint(end);
    return;
  }

  // 2. The scase array and the scratch order array.
  llvm::StructType* scaseTy = llvm::StructType::get(ctx_, {ptr, ptr});
  llvm::AllocaInst* casesArr = entryAlloca(llvm::ArrayType::get(scaseTy, ncases), "select.cases");
  llvm::AllocaInst* order = entryAlloca(llvm::ArrayType::get(b_.getInt16Ty(), 2 * ncases), "select.order");
  llvm::AllocaInst* recvOK = entryAlloca(b_.getInt1Ty(), "select.recvok");
  setLocation(s->pos);
  for (const SelectCase& c : cases) {
    llvm::Value* sc = b_.CreateConstInBoundsGEP2_64(casesArr->getAllocatedType(), casesArr, 0, c.index);
    b_.CreateStore(c.chan, b_.CreateStructGEP(scaseTy, sc, 0));
    b_.CreateStore(c.elem ? c.elem : llvm::ConstantPointerNull::get(b_.getPtrTy()), b_.CreateStructGEP(scaseTy, sc, 1));
  }

  // 3. selectgo.
  llvm::Value* chosen = callRuntime(RtFunc::selectgo, {casesArr, order, b_.getInt64(nsends), b_.getInt64(nrecvs),
                                                       b_.getInt1(dflt == nullptr), recvOK});
  chosen->setName("chosen");

  // 4. Dispatch to the clauses, laid out in source order.
  llvm::BasicBlock* noCase = nullptr;
  llvm::BasicBlock* dfltBlock = nullptr;
  if (dflt) {
    dfltBlock = newBlock("select.default");
  } else {
    // selectgo returns a case index when it may block.
    noCase = newBlock("select.nocase");
  }
  llvm::SwitchInst* sw = b_.CreateSwitch(chosen, dflt ? dfltBlock : noCase, static_cast<unsigned>(ncases));
  if (noCase) {
    b_.SetInsertPoint(noCase);
    b_.CreateUnreachable();
  }
  size_t ci = 0;
  for (ast::CommClause* cl : s->clauses) {
    llvm::BasicBlock* bb;
    if (cl == dflt) {
      bb = dfltBlock;
      b_.SetInsertPoint(bb);
    } else {
      const SelectCase& c = cases[ci++];
      bb = newBlock(c.send ? "select.send" : "select.recv");
      sw->addCase(b_.getInt64(c.index), bb);
      b_.SetInsertPoint(bb);
      if (c.assign) {
        setLocation(c.assign->pos);
        bool define = c.assign->kind == ast::AssignKind::Define;
        std::vector<llvm::Value*> addrs, values;
        std::vector<types::Type*> tys;
        for (size_t i = 0; i < c.assign->lhs.size(); ++i) {
          ast::Expr* l = c.assign->lhs[i];
          llvm::Value* addr = emitAddr(l, define);
          addrs.push_back(addr);
          tys.push_back(addr ? l->type : nullptr);
          llvm::Value* v = nullptr;
          if (addr && i == 0) v = inMemory(c.elemType) ? c.elem : b_.CreateLoad(c.elemTy, c.elem, "recv");
          if (addr && i == 1) v = b_.CreateLoad(b_.getInt1Ty(), recvOK, "ok");
          values.push_back(v);
        }
        storeAll(addrs, values, tys, c.assign->pos);
      }
    }
    setLocation(cl->pos);
    emitStmtList(cl->body);
    branchTo(end);
    (void)bb;
  }
  targets_.pop_back();
  b_.SetInsertPoint(end);
}

}  // namespace gosub::codegen
