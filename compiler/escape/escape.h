// escape.h — escape analysis: which variables and allocations may live in
// their function's frame instead of the heap.
//
// A stage of its own between type checking and code generation (see
// docs/architecture.md). It reads the checked AST and decides, for every
// variable whose address is taken or that a closure captures, and for every
// &T{...}, new(T), func literal and method value, whether its address can
// outlive the frame that creates it. Codegen then allocates the ones that
// cannot in the frame (gosub's stacks never move, so such pointers stay
// valid while the frame lives) and everything else on the heap.
//
// The analysis follows gc's (cmd/compile/internal/escape): a data-flow graph
// of locations whose edges count dereferences, solved per strongly
// connected component of the call graph, bottom up, so that calls of known
// functions use the callee's per-parameter leak summary. Whatever it does not
// model flows to the heap: the default is always the heap.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "support/diagnostics.h"
#include "types/types.h"

namespace gosub::escape {

// The decisions codegen reads. Anything not listed here is heap-allocated,
// so an analysis that never ran (or a node it never saw) is safe.
struct Result {
  // Captured or address-taken variables that stay in their frame.
  std::unordered_set<const types::Var*> stackVars;
  // &T{...} (the UnaryExpr), new(T) (the CallExpr), func literals and method
  // values (the SelectorExpr) whose objects stay in the frame.
  std::unordered_set<const ast::Node*> stackAllocs;
  // Captured variables that closures copy instead of referring to (gc's
  // byval: never assigned after their declaration, address never taken,
  // at most 128 bytes): the closure object holds the value, not a cell.
  std::unordered_set<const types::Var*> byValue;

  bool onStack(const types::Var* v) const { return stackVars.count(v) != 0; }
  bool onStack(const ast::Node* n) const { return stackAllocs.count(n) != 0; }
  bool capturedByValue(const types::Var* v) const { return byValue.count(v) != 0; }
};

// One -m line: `file.go:L:C: message`.
struct Decision {
  ast::Pos pos;
  std::string message;
};

// Analyses `packages` (in initialisation order, main last) into `result`.
// With `report`, the decisions about packages not from the standard library
// are appended to `decisions` in gc's order: batch by batch bottom up, each
// batch's parameters, then its variables, then its allocations (gc prints
// -m lines as it decides, unsorted).
void analyze(const std::vector<types::Package*>& packages, Result& result, bool report,
             std::vector<Decision>* decisions);

}  // namespace gosub::escape
