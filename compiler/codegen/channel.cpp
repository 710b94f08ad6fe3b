// channel.cpp — channel operations (runtime/abi.def, "channels and select";
// runtime/chan.cpp).
//
// A channel value is a pointer to the runtime's hchan; nil is a null
// pointer, so comparisons are pointer comparisons (expr.cpp). Elements move
// through memory, as in gc:
//   make(chan T, n)  call ptr @runtime.makechan(i64 sizeof(T), i64 n)
//   c <- v           store v into a slot; call @runtime.chansend1(c, slot)
//   v := <-c         call @runtime.chanrecv1(c, slot); load the slot
//   v, ok := <-c     %ok = call i1 @runtime.chanrecv2(c, slot); load the slot
//   <-c              call @runtime.chanrecv1(c, null)   (value discarded)
//   close(c)         call @runtime.closechan(c)
//   len(c), cap(c)   call i64 @runtime.chanlen(c) / @runtime.chancap(c)
// The slots are static allocas in the entry block (no dynamic allocas in Go
// functions, DESIGN.md), one per element type and function: a send stores
// its value after every operand is evaluated and the runtime has copied it
// out before chansend1 returns; a receive loads the slot right after the
// call. A blocked goroutine's slot stays valid while it is parked: its frame
// does not run, and segmented stacks never move. On a closed channel the
// runtime writes the zero value into the slot. select (select.cpp) needs
// one slot per case instead, as all of them are handed over at once.
//
// for v := range c lowers to a loop around chanrecv2 that ends when ok is
// false; its back edge carries the preemption check like any loop's
// (preempt.cpp). A captured v gets a new cell per iteration (Go 1.22).
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

types::Chan* CodeGen::chanType(types::Type* t, ast::Pos pos) {
  if (!t || t->underlying()->kind() != types::TypeKind::Chan) internalError(pos, "channel operation on a non-channel");
  return static_cast<types::Chan*>(t->underlying());
}

llvm::AllocaInst* CodeGen::elemSlot(llvm::Type* t) {
  auto [it, fresh] = elemSlots_.try_emplace(t, nullptr);
  if (fresh) it->second = entryAlloca(t, "chanelem");
  return it->second;
}

llvm::Value* CodeGen::emitMakeChan(ast::CallExpr* call) {
  types::Chan* ch = chanType(call->type, call->pos);
  uint64_t elemSize = module_->getDataLayout().getTypeAllocSize(llvmType(ch->elem));
  llvm::Value* size = b_.getInt64(0);
  if (call->args.size() == 2) {
    ast::Expr* n = call->args[1];
    size = emitExpr(n);
    if (!size->getType()->isIntegerTy()) internalError(n->pos, "channel buffer size is not an integer");
    // Sizes of any integer type: an unsigned size above MaxInt64 becomes
    // negative and draws the runtime's "makechan: size out of range", as
    // gc's makechan64 does.
    size = types::isUnsigned(n->type) ? b_.CreateZExtOrTrunc(size, b_.getInt64Ty())
                                      : b_.CreateSExtOrTrunc(size, b_.getInt64Ty());
  }
  setLocation(call->pos);
  llvm::Value* c = callRuntime(RtFunc::makechan, {b_.getInt64(elemSize), size});
  c->setName("chan");
  return c;
}

void CodeGen::emitSend(ast::SendStmt* s) {
  types::Chan* ch = chanType(s->chan->type, s->pos);
  // Go's order: the channel, then the value, then the send.
  llvm::Value* c = emitExpr(s->chan);
  llvm::Value* v = convertTo(emitExpr(s->value), s->value->type, ch->elem, s->value->pos);
  setLocation(s->pos);
  // A large value is already in a temporary of its own (aggregate.cpp).
  llvm::Value* slot = v;
  if (!inMemory(ch->elem)) {
    slot = elemSlot(v->getType());
    b_.CreateStore(v, slot);
  }
  callRuntime(RtFunc::chansend1, {c, slot});
}

llvm::Value* CodeGen::emitRecv(ast::UnaryExpr* e, bool discard) {
  types::Chan* ch = chanType(e->x->type, e->pos);
  llvm::Value* c = emitExpr(e->x);
  setLocation(e->pos);
  llvm::Type* elemTy = llvmType(ch->elem);
  bool commaOk = e->type && e->type->kind() == types::TypeKind::Tuple;
  llvm::Value* null = llvm::ConstantPointerNull::get(b_.getPtrTy());
  if (discard && !commaOk) {
    callRuntime(RtFunc::chanrecv1, {c, null});
    return nullptr;
  }
  // A large element is received straight into a temporary of its own.
  bool large = inMemory(ch->elem);
  llvm::Value* slot = large ? newTemp(ch->elem, "recv") : elemSlot(elemTy);
  if (!commaOk) {
    callRuntime(RtFunc::chanrecv1, {c, slot});
    return large ? slot : b_.CreateLoad(elemTy, slot, "recv");
  }
  llvm::Value* ok = callRuntime(RtFunc::chanrecv2, {c, discard ? null : slot});
  ok->setName("ok");
  if (discard) return nullptr;
  llvm::Value* v = large ? slot : b_.CreateLoad(elemTy, slot, "recv");
  llvm::Type* tupleTy = llvm::StructType::get(ctx_, {v->getType(), b_.getInt1Ty()});
  llvm::Value* agg = llvm::PoisonValue::get(tupleTy);
  agg = b_.CreateInsertValue(agg, v, 0);
  return b_.CreateInsertValue(agg, ok, 1);
}

void CodeGen::emitRange(ast::RangeStmt* s) {
  types::TypeKind kind = s->x->type ? s->x->type->underlying()->kind() : types::TypeKind::Basic;
  if (kind != types::TypeKind::Chan && kind != types::TypeKind::Map) return emitRangeIndexed(s);
  std::string label = std::move(pendingLabel_);
  pendingLabel_.clear();
  if (kind == types::TypeKind::Map) return emitMapRange(s, label);
  if (!s->x->type || s->x->type->underlying()->kind() != types::TypeKind::Chan)
    unsupported(s->x->pos, "range over " + (s->x->type ? s->x->type->string() : std::string("this operand")));
  if (s->value) internalError(s->value->pos, "range over a channel with two iteration variables");
  types::Chan* ch = chanType(s->x->type, s->x->pos);
  llvm::Type* elemTy = llvmType(ch->elem);
  // The channel is evaluated once, before the loop.
  llvm::Value* c = emitExpr(s->x);
  auto* keyId = dynamic_cast<ast::Ident*>(s->key ? unparen(s->key) : nullptr);
  bool hasVar = s->key && !(keyId && keyId->name == "_");
  llvm::Value* slot = hasVar ? static_cast<llvm::Value*>(elemSlot(elemTy))
                             : llvm::ConstantPointerNull::get(b_.getPtrTy());
  ensureBlock();
  llvm::BasicBlock* head = newBlock("range.next");
  llvm::BasicBlock* body = newBlock("range.body");
  llvm::BasicBlock* latch = newBlock("range.latch");
  llvm::BasicBlock* end = newBlock("range.end");
  b_.CreateBr(head);
  b_.SetInsertPoint(head);
  setLocation(s->pos);
  llvm::Value* ok = callRuntime(RtFunc::chanrecv2, {c, slot});
  ok->setName("ok");
  b_.CreateCondBr(ok, body, end);
  b_.SetInsertPoint(body);
  if (hasVar) {
    // `for v := range c` declares v per iteration (a captured v gets a new
    // cell each time); `for v = range c` assigns, evaluating v's address
    // in every iteration as Go's `v = <-c` would.
    llvm::Value* v = loadValue(slot, ch->elem, "elem");
    llvm::Value* addr = emitAddr(s->key, s->define);
    if (addr) storeValue(coerce(v, s->key->type, s->key->pos), addr, s->key->type);
  }
  emitLoopBody(s->body, label, end, latch);
  emitBackEdge(head);
  end->moveAfter(b_.GetInsertBlock());
  b_.SetInsertPoint(end);
}

}  // namespace gosub::codegen
