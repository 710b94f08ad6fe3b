// map.cpp — maps (runtime/abi.def, "maps"; runtime/map.cpp, map_fast.cpp).
//
// A map value is a pointer to the runtime's hmap; nil is a null pointer.
// Every operation passes the map type's descriptor (a maptype, typedesc)
// and moves keys and elems through memory, as gc does:
//   make(map[K]V, n)  %m = call ptr @runtime.makemap(ptr @type:map[K]V, i64 n)
//   m[k]              %p = call ptr @runtime.mapaccess1(desc, m, ptr %kslot); load V from %p
//   v, ok := m[k]     %p = call ptr @runtime.mapaccess2(...); ok = %p != null; v = ok ? *p : zero
//   m[k] = v          %p = call ptr @runtime.mapassign(...); store v to %p
//   delete(m, k)      call @runtime.mapdelete(...)
//   clear(m)          call @runtime.mapclear(desc, m)
//   len(m)            m == null ? 0 : load i64 from m (hmap.count is its first word)
//   for k, v := range m   an hiter of 80 bytes in the frame; mapiterinit, then
//                     load the key and elem pointers from words 0 and 1 of the
//                     hiter (key null: done) and mapiternext on each back edge
// Keys of 4 or 8 bytes of plain memory (integers, pointers, channels) and
// strings, with elems of at most 128 bytes, use the _fast32/_fast64/_faststr
// entries, which take the key by value. Elems over 1024 bytes (larger than
// the runtime's zero value) are read through mapaccess2, with the zero value
// supplied here.
//
// Order of evaluation: `m[k] = v` evaluates m and k, then v, and only then
// calls mapassign, so `m[k] = len(m)` sees the map without k (Go's rule:
// operands first, then the assignments). `m[k] op= v` evaluates m, k and v,
// then reads m[k] with mapaccess1 and assigns, as gc does (v may itself
// write m[k]).
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

constexpr uint64_t kHiterWords = 10;     // runtime/map.h: hiterSize = 80
constexpr uint64_t kMaxZero = 1024;      // runtime/map.h: maxZero
constexpr uint64_t kMaxFastElem = 128;   // runtime/map.h: maxElemSize

}  // namespace

types::Map* CodeGen::mapType(types::Type* t, ast::Pos pos) {
  if (!t || t->underlying()->kind() != types::TypeKind::Map) internalError(pos, "map operation on a non-map");
  return static_cast<types::Map*>(t->underlying());
}

// Which runtime entries serve a map of type m.
CodeGen::MapFast CodeGen::mapFast(types::Map* m) {
  uint64_t elemSize = module_->getDataLayout().getTypeAllocSize(llvmType(m->elem));
  if (elemSize > kMaxFastElem) return MapFast::None;
  types::Type* k = m->key->underlying();
  if (types::isString(k)) return MapFast::Str;
  switch (k->kind()) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan: return MapFast::U64;
    case types::TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(k);
      if (!b->isInteger()) return MapFast::None;  // floats: +0 == -0, NaN
      int bits = bitWidth(k);
      return bits == 64 ? MapFast::U64 : bits == 32 ? MapFast::U32 : MapFast::None;
    }
    default: return MapFast::None;
  }
}

// The key argument(s) of a map entry: by value for the fast paths, else the
// address of a slot holding it.
std::vector<llvm::Value*> CodeGen::mapKeyArgs(types::Map* m, llvm::Value* key, ast::Pos pos) {
  key = coerce(key, m->key, pos);
  switch (mapFast(m)) {
    case MapFast::U32: return {key};
    case MapFast::U64: return {key->getType()->isPointerTy() ? b_.CreatePtrToInt(key, b_.getInt64Ty()) : key};
    case MapFast::Str: return {key};
    case MapFast::None: break;
  }
  // A large key is already a temporary of its own (aggregate.cpp).
  if (inMemory(m->key)) return {key};
  // One entry-block slot per key type and function: the runtime copies the
  // key out (or only reads it) before it returns.
  auto [it, fresh] = mapKeySlots_.try_emplace(key->getType(), nullptr);
  if (fresh) it->second = entryAlloca(key->getType(), "mapkey");
  b_.CreateStore(key, it->second);
  return {it->second};
}

llvm::Value* CodeGen::mapCall(types::Map* m, MapOp op, llvm::Value* desc, llvm::Value* h, llvm::Value* key,
                              ast::Pos pos) {
  static const RtFunc table[4][4] = {
      // access1, access2, assign, delete
      {RtFunc::mapaccess1, RtFunc::mapaccess2, RtFunc::mapassign, RtFunc::mapdelete},
      {RtFunc::mapaccess1_fast32, RtFunc::mapaccess2_fast32, RtFunc::mapassign_fast32, RtFunc::mapdelete_fast32},
      {RtFunc::mapaccess1_fast64, RtFunc::mapaccess2_fast64, RtFunc::mapassign_fast64, RtFunc::mapdelete_fast64},
      {RtFunc::mapaccess1_faststr, RtFunc::mapaccess2_faststr, RtFunc::mapassign_faststr, RtFunc::mapdelete_faststr},
  };
  std::vector<llvm::Value*> args = {desc, h};
  for (llvm::Value* a : mapKeyArgs(m, key, pos)) args.push_back(a);
  setLocation(pos);
  return callRuntime(table[static_cast<int>(mapFast(m))][static_cast<int>(op)], args);
}

llvm::Value* CodeGen::emitMakeMap(ast::CallExpr* call) {
  types::Map* m = mapType(call->type, call->pos);
  llvm::Value* hint = b_.getInt64(0);
  if (call->args.size() == 2) {
    ast::Expr* n = call->args[1];
    hint = emitExpr(n);
    if (!hint->getType()->isIntegerTy()) internalError(n->pos, "map size hint is not an integer");
    // A hint above MaxInt64 becomes negative, which the runtime ignores, as
    // gc's makemap64 ignores hints that do not fit an int.
    hint = types::isUnsigned(n->type) ? b_.CreateZExtOrTrunc(hint, b_.getInt64Ty())
                                      : b_.CreateSExtOrTrunc(hint, b_.getInt64Ty());
  }
  setLocation(call->pos);
  llvm::Value* h = callRuntime(RtFunc::makemap, {typeDescriptor(call->type), hint});
  h->setName("map");
  (void)m;
  return h;
}

llvm::Value* CodeGen::emitMapLit(ast::CompositeLit* lit) {
  types::Map* m = mapType(lit->type, lit->pos);
  llvm::Value* desc = typeDescriptor(lit->type);
  setLocation(lit->pos);
  llvm::Value* h = callRuntime(RtFunc::makemap, {desc, b_.getInt64(static_cast<int64_t>(lit->elts.size()))});
  h->setName("maplit");
  for (ast::Expr* el : lit->elts) {
    auto* kv = dynamic_cast<ast::KeyValueExpr*>(el);
    if (!kv) internalError(el->pos, "map literal element without a key");
    llvm::Value* k = convertTo(emitExpr(kv->key), kv->key->type, m->key, kv->key->pos);
    llvm::Value* v = convertTo(emitExpr(kv->value), kv->value->type, m->elem, kv->value->pos);
    llvm::Value* p = mapCall(m, MapOp::Assign, desc, h, k, kv->pos);
    storeValue(v, p, m->elem);
  }
  return h;
}

// m[k] as a value, or {v, ok} when the checker typed it as a tuple.
llvm::Value* CodeGen::emitMapIndex(ast::IndexExpr* e) {
  types::Map* m = mapType(e->x->type, e->pos);
  llvm::Value* h = emitExpr(e->x);
  llvm::Value* k = convertTo(emitExpr(e->index), e->index->type, m->key, e->index->pos);
  llvm::Type* elemTy = llvmType(m->elem);
  bool commaOk = e->type && e->type->kind() == types::TypeKind::Tuple;
  uint64_t elemSize = module_->getDataLayout().getTypeAllocSize(elemTy);
  llvm::Value* desc = typeDescriptor(e->x->type);
  if (inMemory(m->elem)) {
    // A large element is copied into a temporary, or the temporary zeroed.
    llvm::Value* tmp = newTemp(m->elem, "mapelem");
    llvm::Value* p = mapCall(m, MapOp::Access2, desc, h, k, e->pos);
    llvm::Value* ok = b_.CreateICmpNE(p, llvm::ConstantPointerNull::get(b_.getPtrTy()), "ok");
    llvm::BasicBlock* found = newBlock("map.found");
    llvm::BasicBlock* missing = newBlock("map.missing");
    llvm::BasicBlock* done = newBlock("map.done");
    b_.CreateCondBr(ok, found, missing);
    b_.SetInsertPoint(found);
    copyValue(tmp, p, m->elem);
    b_.CreateBr(done);
    b_.SetInsertPoint(missing);
    zeroMemory(tmp, elemTy);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    if (!commaOk) return tmp;
    llvm::Value* agg = llvm::PoisonValue::get(llvm::StructType::get(ctx_, {b_.getPtrTy(), b_.getInt1Ty()}));
    return b_.CreateInsertValue(b_.CreateInsertValue(agg, tmp, 0), ok, 1);
  }
  if (!commaOk && elemSize <= kMaxZero) {
    llvm::Value* p = mapCall(m, MapOp::Access1, desc, h, k, e->pos);
    return b_.CreateLoad(elemTy, p, "mapelem");
  }
  llvm::Value* p = mapCall(m, MapOp::Access2, desc, h, k, e->pos);
  llvm::Value* ok = b_.CreateICmpNE(p, llvm::ConstantPointerNull::get(b_.getPtrTy()), "ok");
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* found = newBlock("map.found");
  llvm::BasicBlock* done = newBlock("map.done");
  b_.CreateCondBr(ok, found, done);
  b_.SetInsertPoint(found);
  llvm::Value* v = b_.CreateLoad(elemTy, p, "mapelem");
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(elemTy, 2, "mapval");
  phi->addIncoming(v, found);
  phi->addIncoming(llvm::Constant::getNullValue(elemTy), from);
  if (!commaOk) return phi;
  llvm::Type* tupleTy = llvm::StructType::get(ctx_, {elemTy, b_.getInt1Ty()});
  llvm::Value* agg = llvm::PoisonValue::get(tupleTy);
  agg = b_.CreateInsertValue(agg, phi, 0);
  return b_.CreateInsertValue(agg, ok, 1);
}

CodeGen::MapLvalue CodeGen::emitMapLvalue(ast::IndexExpr* e) {
  MapLvalue lv;
  lv.m = mapType(e->x->type, e->pos);
  lv.desc = typeDescriptor(e->x->type);
  lv.h = emitExpr(e->x);
  lv.key = convertTo(emitExpr(e->index), e->index->type, lv.m->key, e->index->pos);
  lv.pos = e->pos;
  return lv;
}

llvm::Value* CodeGen::mapAssignAddr(const MapLvalue& lv) {
  llvm::Value* p = mapCall(lv.m, MapOp::Assign, lv.desc, lv.h, lv.key, lv.pos);
  p->setName("mapslot");
  return p;
}

llvm::Value* CodeGen::mapLoad(const MapLvalue& lv) {
  llvm::Type* elemTy = llvmType(lv.m->elem);
  uint64_t elemSize = module_->getDataLayout().getTypeAllocSize(elemTy);
  if (elemSize <= kMaxZero) return b_.CreateLoad(elemTy, mapCall(lv.m, MapOp::Access1, lv.desc, lv.h, lv.key, lv.pos));
  llvm::Value* p = mapCall(lv.m, MapOp::Access2, lv.desc, lv.h, lv.key, lv.pos);
  llvm::Value* ok = b_.CreateICmpNE(p, llvm::ConstantPointerNull::get(b_.getPtrTy()));
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* found = newBlock("map.found");
  llvm::BasicBlock* done = newBlock("map.done");
  b_.CreateCondBr(ok, found, done);
  b_.SetInsertPoint(found);
  llvm::Value* v = b_.CreateLoad(elemTy, p);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(elemTy, 2);
  phi->addIncoming(v, found);
  phi->addIncoming(llvm::Constant::getNullValue(elemTy), from);
  return phi;
}

void CodeGen::emitMapDelete(ast::CallExpr* call) {
  types::Map* m = mapType(call->args[0]->type, call->pos);
  llvm::Value* h = emitExpr(call->args[0]);
  llvm::Value* k = convertTo(emitExpr(call->args[1]), call->args[1]->type, m->key, call->args[1]->pos);
  mapCall(m, MapOp::Delete, typeDescriptor(call->args[0]->type), h, k, call->pos);
}

void CodeGen::emitMapClear(ast::CallExpr* call) {
  llvm::Value* h = emitExpr(call->args[0]);
  setLocation(call->pos);
  callRuntime(RtFunc::mapclear, {typeDescriptor(call->args[0]->type), h});
}

llvm::Value* CodeGen::emitMapLen(llvm::Value* h) {
  // hmap.count is the first word; a nil map has length 0.
  llvm::Value* isNil = b_.CreateICmpEQ(h, llvm::ConstantPointerNull::get(b_.getPtrTy()));
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* load = newBlock("maplen.load");
  llvm::BasicBlock* done = newBlock("maplen.done");
  b_.CreateCondBr(isNil, done, load);
  b_.SetInsertPoint(load);
  llvm::Value* n = b_.CreateLoad(b_.getInt64Ty(), h, "count");
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(b_.getInt64Ty(), 2, "len");
  phi->addIncoming(b_.getInt64(0), from);
  phi->addIncoming(n, load);
  return phi;
}

// `for k := range m { delete(m, k) }` with m a variable and keys that equal
// themselves: one mapclear instead of a loop (gc's isMapClear; float and
// interface keys may hold NaNs, which delete cannot remove, so they keep
// the loop).
bool CodeGen::isMapClearLoop(ast::RangeStmt* s) {
  auto* m = dynamic_cast<ast::Ident*>(unparen(s->x));
  auto* k = dynamic_cast<ast::Ident*>(s->key ? unparen(s->key) : nullptr);
  if (!m || !k || !s->define || k->name == "_" || s->value || !s->body || s->body->stmts.size() != 1) return false;
  auto* es = dynamic_cast<ast::ExprStmt*>(s->body->stmts[0]);
  auto* call = es ? dynamic_cast<ast::CallExpr*>(unparen(es->x)) : nullptr;
  auto* fn = call ? dynamic_cast<ast::Ident*>(unparen(call->fun)) : nullptr;
  auto* b = fn ? dynamic_cast<types::Builtin*>(fn->obj) : nullptr;
  if (!b || b->id != types::BuiltinId::Delete || call->args.size() != 2) return false;
  auto* dm = dynamic_cast<ast::Ident*>(unparen(call->args[0]));
  auto* dk = dynamic_cast<ast::Ident*>(unparen(call->args[1]));
  if (!dm || !dk || !m->obj || dm->obj != m->obj || !k->obj || dk->obj != k->obj) return false;
  types::Type* ku = mapType(s->x->type, s->x->pos)->key->underlying();
  return isReflexive(ku);
}

void CodeGen::emitMapRange(ast::RangeStmt* s, const std::string& label) {
  types::Map* m = mapType(s->x->type, s->x->pos);
  llvm::Value* desc = typeDescriptor(s->x->type);
  if (isMapClearLoop(s)) {
    llvm::Value* h = emitExpr(s->x);
    setLocation(s->pos);
    callRuntime(RtFunc::mapclear, {desc, h});
    return;
  }
  llvm::Value* h = emitExpr(s->x);  // once, before the loop
  // One iterator per range statement (nested loops over one map each have
  // their own), in the entry block like every local.
  llvm::AllocaInst* it = entryAlloca(llvm::ArrayType::get(b_.getInt64Ty(), kHiterWords), "hiter");
  setLocation(s->pos);
  callRuntime(RtFunc::mapiterinit, {desc, h, it});
  ensureBlock();
  llvm::BasicBlock* head = newBlock("maprange.head");
  llvm::BasicBlock* body = newBlock("maprange.body");
  llvm::BasicBlock* latch = newBlock("maprange.latch");
  llvm::BasicBlock* end = newBlock("maprange.end");
  b_.CreateBr(head);
  b_.SetInsertPoint(head);
  llvm::Value* kp = b_.CreateLoad(b_.getPtrTy(), it, "key.ptr");
  b_.CreateCondBr(b_.CreateICmpEQ(kp, llvm::ConstantPointerNull::get(b_.getPtrTy())), end, body);
  b_.SetInsertPoint(body);
  auto isBlank = [](ast::Expr* e) {
    auto* id = dynamic_cast<ast::Ident*>(e ? unparen(e) : nullptr);
    return !e || (id && id->name == "_");
  };
  // Go 1.22: `:=` declares fresh variables each iteration (emitAddr gives a
  // captured one a new cell); `=` assigns key, then value.
  if (!isBlank(s->key)) {
    llvm::Value* k = loadValue(kp, m->key, "key");
    llvm::Value* addr = emitAddr(s->key, s->define);
    if (addr) storeValue(convertTo(k, m->key, s->key->type, s->key->pos), addr, s->key->type);
  }
  if (!isBlank(s->value)) {
    llvm::Value* ep = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstInBoundsGEP1_64(b_.getInt64Ty(), it, 1), "elem.ptr");
    llvm::Value* v = loadValue(ep, m->elem, "elem");
    llvm::Value* addr = emitAddr(s->value, s->define);
    if (addr) storeValue(convertTo(v, m->elem, s->value->type, s->value->pos), addr, s->value->type);
  }
  emitLoopBody(s->body, label, end, latch);
  setLocation(s->pos);
  callRuntime(RtFunc::mapiternext, {it});
  emitBackEdge(head);
  end->moveAfter(b_.GetInsertBlock());
  b_.SetInsertPoint(end);
}

}  // namespace gosub::codegen
