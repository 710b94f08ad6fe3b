// opt_budget.h — bounds the work LLVM's -O1..-O3 pipelines do on functions
// whose shape makes some passes superlinear (docs/decisions.md, "Compile
// time at -O2").
#pragma once

#include <memory>

#include <llvm/IR/Module.h>

namespace gosub::driver {

// The limits, measured on generated programs (see decisions.md): beyond them
// a function is compiled as at -O0.
struct OptBudget {
  // Loop passes (LCSSA, LICM, IndVars, rotation...) grow with the cube of
  // the nesting depth: 400 nested loops take 1.9 s in opt, 1000 take minutes.
  unsigned maxLoopDepth = 128;
  // The machine scheduler, DSE and InstCombine grow with the square of a
  // block's size: one 3,000-instruction block takes 1 s, 15,000 take 10 s.
  unsigned maxBlockInstructions = 2000;
};

// Marks every function over budget `optnone noinline`, so that the optimising
// pipelines and the back end (FastISel, the fast register allocator) treat it
// as -O0 does, and returns how many were marked. Run before the pipeline.
unsigned limitOptimisation(llvm::Module& m, const OptBudget& budget = OptBudget());

// The back end's -O2 pipeline still computes loop and dominator analyses for
// optnone functions (1000 nested loops: 2 s of loop analyses against 0.1 s
// at -O0). For an executable, the functions limitOptimisation marked are
// moved into a module of their own, compiled with an -O0 target machine:
// returns that module (null if there are none) and leaves declarations in m.
// Symbols local to m become hidden globals, so that the two objects link.
std::unique_ptr<llvm::Module> splitOverBudget(llvm::Module& m);

}  // namespace gosub::driver
