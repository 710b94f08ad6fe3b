// callconv.cpp — the calling convention of Go functions: how parameters
// and results map onto an LLVM function type, and so onto registers.
//
// Parameters are the receiver (if any), then the Go parameters, each as its
// LLVM type; LLVM spreads aggregates over the C convention's argument
// registers and passes the rest on the stack (which __morestack copies when
// a call starts a new segment). An array or struct of more than 64 bytes
// (inMemory, aggregate.cpp) is passed as a pointer to a copy the caller
// made: the callee owns it for the call and uses it as the parameter's
// storage; thunks and wrappers forward the pointer. A func value's code has
// the closure object as one more, last, parameter (closure.cpp).
//
// Results come back in registers only when they fit rax, rdx, rcx (the
// integer and pointer leaves) and xmm0, xmm1 (the floating-point leaves).
// LLVM itself falls back to memory when the integer leaves do not fit, but
// returns a third and fourth float in x87's st0/st1: slow, outside what
// __morestack preserves across a split, and lossy (fldl quiets a signalling
// NaN). So codegen decides, by one rule for every Go function: results
// that do not fit go through memory, a pointer to the caller's slot
// appended after the Go parameters (before a closure pointer), and the
// function returns void; results with a large (inMemory) value always do,
// each call site with a slot of its own, since that value points into it.
// The set of result registers is then fixed, and
// __morestack (runtime/asm_amd64.S) keeps exactly these five across
// runtime.oldstack: change one side, change the other.
#include <llvm/IR/Constants.h>

#include "codegen/codegen_impl.h"

namespace gosub::codegen {

namespace {

constexpr int kIntResultRegs = 3;    // rax, rdx, rcx
constexpr int kFloatResultRegs = 2;  // xmm0, xmm1

}  // namespace

CodeGen::ScalarCount CodeGen::countScalars(llvm::Type* t) {
  if (auto* st = llvm::dyn_cast<llvm::StructType>(t)) {
    ScalarCount n;
    for (llvm::Type* e : st->elements()) {
      ScalarCount en = countScalars(e);
      n.ints += en.ints;
      n.floats += en.floats;
    }
    return n;
  }
  if (auto* at = llvm::dyn_cast<llvm::ArrayType>(t)) {
    ScalarCount en = countScalars(at->getElementType());
    return {en.ints * at->getNumElements(), en.floats * at->getNumElements()};
  }
  if (t->isFloatingPointTy()) return {0, 1};
  return {1, 0};  // integers and pointers
}

llvm::Type* CodeGen::resultsType(types::Signature* sig) {
  if (!sig->results || sig->results->size() == 0) return llvm::Type::getVoidTy(ctx_);
  if (sig->results->size() == 1) return llvmType(sig->results->vars[0]->type);
  return llvmType(sig->results);
}

bool CodeGen::resultsInMemory(types::Signature* sig) {
  llvm::Type* t = resultsType(sig);
  if (t->isVoidTy()) return false;
  for (types::Var* r : sig->results->vars)
    if (inMemory(r->type)) return true;
  ScalarCount n = countScalars(t);
  return n.ints > kIntResultRegs || n.floats > kFloatResultRegs;
}

unsigned CodeGen::resultsParamIndex(types::Signature* sig) {
  return (sig->recv ? 1 : 0) + static_cast<unsigned>(sig->params ? sig->params->size() : 0);
}

llvm::FunctionType* CodeGen::funcType(types::Signature* sig) {
  std::vector<llvm::Type*> params;
  if (sig->recv) params.push_back(valueType(sig->recv->type));
  if (sig->params)
    for (types::Var* p : sig->params->vars) params.push_back(valueType(p->type));
  if (resultsInMemory(sig)) {
    params.push_back(b_.getPtrTy());
    return llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), params, false);
  }
  return llvm::FunctionType::get(resultsType(sig), params, false);
}

void CodeGen::nameResultsParam(llvm::Function* fn, types::Signature* sig) {
  if (resultsInMemory(sig)) fn->getArg(resultsParamIndex(sig))->setName("results");
}

void CodeGen::emitResults(llvm::Value* results) {
  if (!results) {
    b_.CreateRetVoid();
    return;
  }
  if (resultsInMemory(sig_)) {
    storeResults(results, fn_->getArg(resultsParamIndex(sig_)), sig_);
    b_.CreateRetVoid();
    return;
  }
  b_.CreateRet(results);
}

void CodeGen::storeResults(llvm::Value* results, llvm::Value* slot, types::Signature* sig) {
  const std::vector<types::Var*>& rs = sig->results->vars;
  if (rs.size() == 1) {
    storeValue(results, slot, rs[0]->type);
    return;
  }
  if (!hasLargeResult(sig)) {
    b_.CreateStore(results, slot);
    return;
  }
  llvm::Type* ty = resultsType(sig);
  for (unsigned i = 0; i < rs.size(); ++i)
    storeValue(b_.CreateExtractValue(results, i), b_.CreateStructGEP(ty, slot, i), rs[i]->type);
}

llvm::Value* CodeGen::loadResults(llvm::Value* slot, types::Signature* sig) {
  const std::vector<types::Var*>& rs = sig->results->vars;
  if (rs.size() == 1) return inMemory(rs[0]->type) ? slot : b_.CreateLoad(resultsType(sig), slot, "results");
  if (!hasLargeResult(sig)) return b_.CreateLoad(resultsType(sig), slot, "results");
  // Large results stay in the slot (the call's own): their values point into it.
  llvm::Type* ty = resultsType(sig);
  llvm::Value* agg = llvm::PoisonValue::get(valueType(sig->results));
  for (unsigned i = 0; i < rs.size(); ++i) {
    llvm::Value* at = b_.CreateStructGEP(ty, slot, i);
    agg = b_.CreateInsertValue(agg, inMemory(rs[i]->type) ? at : b_.CreateLoad(llvmType(rs[i]->type), at), i);
  }
  return agg;
}

bool CodeGen::hasLargeResult(types::Signature* sig) {
  if (!sig->results) return false;
  for (types::Var* r : sig->results->vars)
    if (inMemory(r->type)) return true;
  return false;
}

llvm::Value* CodeGen::resultsSlotFor(types::Signature* sig, std::vector<llvm::Value*>* args, llvm::Value* slot) {
  if (!resultsInMemory(sig)) return nullptr;
  if (!slot && hasLargeResult(sig)) {
    // The values of large results are the slot itself: one per call site.
    slot = newTemp(sig->results, "results.slot");
  } else if (!slot) {
    // One slot per results type and function: a call's results are loaded
    // right after it, so calls never need two at once.
    llvm::Type* t = resultsType(sig);
    llvm::AllocaInst*& s = resultSlots_[t];
    if (!s) s = entryAlloca(t, "results.slot");
    slot = s;
  }
  args->push_back(slot);
  return slot;
}

}  // namespace gosub::codegen
