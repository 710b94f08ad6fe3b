// initorder.cpp — the order of package variable initialisation, and the
// initialisation cycles that prevent one, as go/types' initorder.go computes
// them.
//
// The graph has a node per package-level constant, variable and function,
// with an edge to each one its declaration refers to (DeclInfo::deps; for a
// function, its body). Functions are then removed, joining their callers to
// what they refer to, since functions may recurse freely. Nodes are taken
// out constants first, then by fewest outstanding dependencies, then in source
// order: in a valid program that is the spec's "earliest variable in
// declaration order that is ready". A node taken out with dependencies left
// is on a cycle (constants too: `const a = b; const b = a` is reported here,
// since the checker leaves their cycle alone), and the cycle is reported
// with its whole chain.
#include <algorithm>
#include <functional>
#include <tuple>

#include "types/checker_impl.h"

namespace gosub::types {

namespace {
struct InitNode {
  Object* obj;
  size_t order;               // index in declOrder
  std::set<InitNode*> pred;   // nodes that refer to this one
  std::set<InitNode*> succ;   // nodes this one refers to
  size_t ndeps = 0;           // dependencies not initialised yet
};
}  // namespace

void Checker::computeInitOrder() {
  auto isDependency = [](Object* o) {
    return o->kind == ObjectKind::Const || o->kind == ObjectKind::Var || o->kind == ObjectKind::Func;
  };

  std::vector<std::unique_ptr<InitNode>> store;
  std::map<Object*, InitNode*> nodeOf;
  for (size_t i = 0; i < declOrder.size(); i++) {
    Object* o = declOrder[i];
    if (!isDependency(o) || nodeOf.count(o)) continue;
    store.push_back(std::make_unique<InitNode>(InitNode{o, i, {}, {}, 0}));
    nodeOf[o] = store.back().get();
  }
  for (auto& n : store)
    for (Object* dep : decls[n->obj]->deps) {
      auto it = nodeOf.find(dep);
      if (it == nodeOf.end()) continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n.get());
    }

  // Remove the functions, cheapest first (go/types' order; the resulting
  // graph is the same in any order).
  std::vector<InitNode*> funcs, values;
  for (auto& n : store) (n->obj->kind == ObjectKind::Func ? funcs : values).push_back(n.get());
  std::sort(funcs.begin(), funcs.end(), [](InitNode* a, InitNode* b) {
    return std::pair(a->pred.size() * a->succ.size(), a->order) < std::pair(b->pred.size() * b->succ.size(), b->order);
  });
  for (InitNode* f : funcs) {
    for (InitNode* p : f->pred) {
      if (p == f) continue;
      for (InitNode* s : f->succ) {
        if (s == f) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(f);
    }
    for (InitNode* s : f->succ) s->pred.erase(f);
  }

  // The priority queue: constants first, then fewest dependencies, then
  // source order.
  using Key = std::tuple<bool, size_t, size_t, InitNode*>;
  auto key = [](InitNode* n) { return Key{n->obj->kind != ObjectKind::Const, n->ndeps, n->order, n}; };
  std::set<Key> queue;
  for (InitNode* n : values) {
    n->ndeps = n->succ.size();
    queue.insert(key(n));
  }

  std::map<DeclInfo*, Initializer> initOf;
  for (auto& [d, in] : pendingInits) initOf[d] = in;
  std::set<DeclInfo*> emitted;
  while (!queue.empty()) {
    InitNode* n = std::get<3>(*queue.begin());
    queue.erase(queue.begin());
    if (n->ndeps > 0) {
      // A cycle, if n is on it (else the cycle is reported when its first
      // node comes out; by then n's count has dropped).
      std::vector<Object*> cycle;
      std::set<Object*> seen;
      std::function<bool(Object*)> findPath = [&](Object* from) {
        if (!seen.insert(from).second) return false;
        // Dependencies in source order, for a deterministic chain (every
        // one has a node: recordDep records only package-level constants,
        // variables and functions).
        std::vector<Object*> deps(decls[from]->deps.begin(), decls[from]->deps.end());
        std::sort(deps.begin(), deps.end(), [&](Object* a, Object* b) { return nodeOf[a]->order < nodeOf[b]->order; });
        for (Object* d : deps) {
          if (d == n->obj || findPath(d)) {
            cycle.push_back(d);
            return true;
          }
        }
        return false;
      };
      if (findPath(n->obj)) {
        // cycle holds the chain backwards: n, x_k, ..., x_1 for n -> x_1 -> ... -> x_k -> n.
        std::reverse(cycle.begin(), cycle.end());
        cycle.pop_back();
        cycle.insert(cycle.begin(), n->obj);
        //   x.go:3:5: initialization cycle for a
        //   	x.go:3:5: a refers to b
        //   	x.go:4:5: b refers to a
        reportCycle(cycle, 0, "initialization cycle: ", "initialization cycle for ");
      }
    }
    for (InitNode* p : n->pred) {
      if (!queue.erase(key(p))) continue;  // p was taken out already
      p->ndeps--;
      queue.insert(key(p));
    }
    if (n->obj->kind != ObjectKind::Var) continue;
    DeclInfo* d = decls[n->obj];
    if (!initOf.count(d) || !emitted.insert(d).second) continue;
    pkg->initOrder.push_back(initOf[d]);
  }
}

}  // namespace gosub::types
