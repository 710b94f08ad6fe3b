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

// Function attributes codegen sets for the pc->line table (driver/pclntab.h)
// when Options::lineTables: a Go function without parameters or receiver
// (a traceback prints f(), not f(...)), and a generated wrapper (no frame in
// tracebacks and Callers).
inline constexpr const char* kNoArgsAttr = "gosub-noargs";
inline constexpr const char* kWrapperAttr = "gosub-wrapper";

struct Options {
  bool debugInfo = false;  // -g
  // Building an executable, whose pc->line table (driver/pclntab.h) is
  // built from line tables: emit them (line tables only without -g) and
  // mark Go functions without parameters. IR, assembly and object files
  // get neither without -g.
  bool lineTables = false;
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

// A module holding the run-time descriptors of `types` (runtime/type.h) and
// what they refer to, as generate() emits them for a program: for tests
// that check descriptors of types a program cannot spell yet, and for
// tools that inspect them.
std::unique_ptr<llvm::Module> generateTypeDescriptors(llvm::LLVMContext& ctx, types::TypeTable& table,
                                                      const std::vector<types::Type*>& types, const Options& options,
                                                      const SourceManager& sources, Diagnostics& diags);

}  // namespace gosub::codegen
