// codegen.h — lowers checked packages to one LLVM module.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "escape/escape.h"
#include "support/diagnostics.h"
#include "types/types.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace gosub::codegen {

struct Options {
  bool debugInfo = false;  // -g
  // Emit the split-stack prologue attribute on Go functions, and with it the
  // loop back-edge preemption checks (off only with -fno-split-stack, which
  // measures their cost: bench/fib.go with and without).
  bool splitStack = true;
  // The target, so that codegen lays out memory as the backend will (the
  // driver passes its TargetMachine's); empty means x86-64 Linux.
  std::string targetTriple;
  std::string dataLayout;
  // Escape analysis's decisions: what may live in a frame. Null: all of it
  // on the heap.
  const escape::Result* escapes = nullptr;
};

// Generates IR for `packages`, which are in initialisation order (every
// package after the packages it imports; main last). Returns null after
// reporting to diags if something cannot be lowered.
std::unique_ptr<llvm::Module> generate(llvm::LLVMContext& ctx, types::TypeTable& table,
                                       const std::vector<types::Package*>& packages, const Options& options,
                                       const SourceManager& sources, Diagnostics& diags);

}  // namespace gosub::codegen
