// escape_impl.h — the data-flow graph of escape analysis, shared by
//   escape.cpp  functions, call-graph components, batches, the -m report
//   walk.cpp    building the graph from statements and expressions
//   solve.cpp   the shortest-dereference walk, outlives, leak summaries
//
// A location is a variable, an allocation (&T{...}, new(T), a func literal,
// a method value), a temporary, or the heap. An edge dst <- src with a
// dereference count d says "dst = *^d src": d = -1 is dst = &src, 0 a copy,
// 1 a load through src. Solving finds, for every root location, the least
// count from each location that flows into it; a location whose address
// (count -1) reaches a root that outlives it must be heap-allocated, and a
// parameter reaching the heap or a result gives that parameter's leak.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "escape/escape.h"

namespace gosub::escape {

struct FuncInfo;

// Where a parameter's value goes (gc's leaks): the least dereference count
// to the heap and to each of the first kResults results, -1 for never.
struct Leaks {
  static constexpr int kResults = 7;
  int heap = -1;
  int results[kResults] = {-1, -1, -1, -1, -1, -1, -1};
  static void addMin(int& slot, int derefs) {
    if (slot < 0 || derefs < slot) slot = derefs;
  }
  bool empty() const;
  // Drops result paths no shorter than the heap path (they add nothing).
  void optimize();
};

struct Location;

struct Edge {
  Location* src;
  int derefs;  // >= -1
};

struct Location {
  enum class Kind : uint8_t { Var, Alloc, Temp, Heap, Blank };
  Kind kind = Kind::Temp;
  types::Var* var = nullptr;       // Kind::Var
  const ast::Node* node = nullptr;  // Kind::Alloc: the allocating expression
  std::string what;                 // Kind::Alloc: as -m names it (&T{...}, new(int), func literal)
  ast::Pos pos;                     // Kind::Alloc: where -m reports it
  uint64_t size = 0;                // Kind::Alloc: bytes the frame would hold
  FuncInfo* fn = nullptr;           // enclosing function
  int loopDepth = 0;                // at declaration
  bool isParam = false;             // a parameter or receiver of fn
  int resultIndex = -1;             // a result of fn: its index
  std::vector<Edge> edges;          // incoming

  // Solver state (solve.cpp).
  bool escapes = false;
  bool queued = false;
  int derefs = 0;
  uint32_t walkgen = 0;
  Leaks paramEsc;  // parameters: where the value goes
};

// A context an expression is evaluated into: its value flows to dst with
// `derefs` dereferences (gc's hole).
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  Hole shift(int delta) const { return {dst, derefs + delta}; }
  Hole addr() const { return shift(-1); }
  Hole deref() const { return shift(1); }
};

// A Go function: declared, method, literal, or a package's initialiser.
struct FuncInfo {
  types::Func* func = nullptr;      // declared functions and methods
  ast::FuncLit* lit = nullptr;      // literals
  types::Package* pkg = nullptr;    // its package; a package initialiser has neither func nor lit
  FuncInfo* outer = nullptr;        // the function a literal is written in
  types::Signature* sig = nullptr;
  ast::BlockStmt* body = nullptr;   // null: implemented by the runtime
  std::vector<types::Var*> params;  // receiver first
  std::vector<types::Var*> results;
  std::vector<FuncInfo*> lits;      // literals written directly in it
  bool closureCalled = false;       // a literal called where it is written
  bool report = false;              // its decisions are printed with -m
  // Analysis state: 0 unknown, 1 in the current batch, 2 tagged.
  int state = 0;
  std::vector<Leaks> tags;  // per parameter, once tagged
  // Call-graph component numbering (escape.cpp).
  int index = -1, lowlink = -1;
  bool onStack = false;
};

// One component of the call graph, analysed together (gc's batch).
class Batch {
 public:
  Batch(Result& result, std::vector<Decision>* decisions) : result_(result), decisions_(decisions) {
    heap_.kind = Location::Kind::Heap;
    heap_.escapes = true;
    blank_.kind = Location::Kind::Blank;
  }
  // The locations of fn's parameters and results, before any body of the
  // batch is walked (calls within the batch flow into them).
  void initFunc(FuncInfo* fn);
  // Builds the graph of fn's body, its literals' included.
  void walkFunc(FuncInfo* fn);
  // After all bodies: captured variables' addresses into their closures.
  void flowClosures();

  // The analysis's tables (escape.cpp): functions with bodies by object,
  // literals as the walker meets them (owned by `owned`).
  std::map<const types::Func*, FuncInfo*>* funcs = nullptr;
  std::map<const ast::FuncLit*, FuncInfo*>* lits = nullptr;
  std::vector<std::unique_ptr<FuncInfo>>* owned = nullptr;
  // Assignments to each local anywhere in its function, literals included;
  // a declaration counts one, range bindings two (they change per iteration).
  const std::map<const types::Var*, int>* assigns = nullptr;
  FuncInfo* funcInfo(const types::Func* f);
  FuncInfo* litInfo(ast::FuncLit* lit, FuncInfo* outer);

  // ---- locations (walk.cpp)
  Location* newLoc(Location::Kind kind, FuncInfo* fn, int loopDepth);
  Location* varLoc(types::Var* v);  // null: not a tracked variable (a global)
  Hole heapHole() { return {&heap_, 0}; }
  Hole discardHole() { return {&blank_, 0}; }
  void flow(Hole k, Location* src);
  Location& heap() { return heap_; }

  // ---- solving (solve.cpp)
  void walkAll();
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(const Location* l, const Location* other) const;
  void leakTo(Location* l, const Location* sink, int derefs);
  void finish(const std::vector<FuncInfo*>& fns);
  void note(ast::Pos pos, std::string message);

 private:
  Result& result_;
  std::vector<Decision>* decisions_;
  Location heap_;
  Location blank_;
  std::vector<std::unique_ptr<Location>> locs_;
  std::map<const types::Var*, Location*> vars_;
  // Func literals and the holes their objects were evaluated into, whose
  // captured variables' addresses flow there once all are walked.
  struct Closure {
    Hole k;
    ast::FuncLit* lit;
  };
  std::vector<Closure> closures_;
  friend class Walker;
};

// Whether values of t can hold pointers (gc's HasPointers).
bool hasPointers(types::Type* t);
// About the bytes a value of t takes, for gc's limits on frame objects.
uint64_t typeSize(types::Type* t);

}  // namespace gosub::escape
