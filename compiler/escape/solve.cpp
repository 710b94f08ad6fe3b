// solve.cpp — solving one batch's graph (gc's solve.go) and turning the
// result into decisions: leak summaries for the batch's parameters, the
// stack/heap sets codegen reads, and the -m lines.
#include <algorithm>

#include "escape/escape_impl.h"

namespace gosub::escape {

bool Leaks::empty() const {
  if (heap >= 0) return false;
  for (int r : results)
    if (r >= 0) return false;
  return true;
}

void Leaks::optimize() {
  if (heap < 0) return;
  for (int& r : results)
    if (r >= heap) r = -1;
}

namespace {

// Whether c is a literal written (at any depth) inside f.
bool containsClosure(const FuncInfo* f, const FuncInfo* c) {
  if (f == c) return false;
  for (const FuncInfo* o = c ? c->outer : nullptr; o; o = o->outer)
    if (o == f) return true;
  return false;
}

// gc's limits: an explicit variable up to 10 MB and an implicit object
// (new, &T{}, a closure) up to 64 KB may live in a frame.
constexpr uint64_t kMaxStackVarSize = 10 * 1024 * 1024;
constexpr uint64_t kMaxImplicitStackVarSize = 64 * 1024;

}  // namespace

// Whether values stored in l may survive beyond other's lifetime if other
// were in its frame.
bool Batch::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  // What callers do with results is unknown: it outlives everything, except
  // that a literal called where it is written may return its outer
  // function's locations.
  if (l->resultIndex >= 0) {
    if (l->fn->closureCalled && containsClosure(other->fn, l->fn)) return false;
    return true;
  }
  // Declared outside other's loop: it keeps values across iterations, and
  // other is one frame slot reused by every iteration.
  if (l->fn == other->fn && l->loopDepth < other->loopDepth) return true;
  // other belongs to a literal l's function contains.
  if (containsClosure(l->fn, other->fn)) return true;
  return false;
}

void Batch::leakTo(Location* l, const Location* sink, int derefs) {
  if (!sink->escapes && sink->resultIndex >= 0 && sink->fn == l->fn && sink->resultIndex < Leaks::kResults) {
    Leaks::addMin(l->paramEsc.results[sink->resultIndex], derefs);
    return;
  }
  Leaks::addMin(l->paramEsc.heap, derefs);
}

void Batch::walkAll() {
  // One walk from every location, and again from each location that starts
  // to escape (at most once each), as gc does.
  std::vector<Location*> todo;
  auto enqueue = [&todo](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (auto& l : locs_) enqueue(l.get());
  enqueue(&heap_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkOne(root, ++walkgen, todo);
  }
}

// The least dereference count from every location to root (Bellman-Ford:
// address-of edges are negative, but counts are floored at 0 past a
// location, so there are no negative cycles).
void Batch::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    // root = &l; l = x: l's address reaches root, x's does not.
    bool addressOf = derefs < 0;
    if (addressOf) derefs = 0;
    if (outlives(root, l)) {
      if (l->isParam) leakTo(l, root, derefs);
      if (addressOf && !l->escapes) {
        l->escapes = true;
        if (!l->queued) {
          queue.push_back(l);
          l->queued = true;
        }
        continue;
      }
    }
    for (const Edge& e : l->edges) {
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        todo.push_back(e.src);
      }
    }
  }
}

void Batch::note(ast::Pos pos, std::string message) {
  if (decisions_) decisions_->push_back({pos, std::move(message)});
}

void Batch::finish(const std::vector<FuncInfo*>& fns) {
  // Objects too big for a frame escape first, so that what they point to
  // does too.
  for (auto& l : locs_) {
    bool big = false;
    if (l->kind == Location::Kind::Alloc) big = l->size > kMaxImplicitStackVarSize;
    if (l->kind == Location::Kind::Var && l->var) big = typeSize(l->var->type) > kMaxStackVarSize;
    if (big) flow(heapHole().addr(), l.get());
  }
  walkAll();

  // Leak summaries, and -m's lines about parameters.
  for (FuncInfo* fn : fns) {
    fn->state = 2;
    fn->tags.assign(fn->params.size(), Leaks{});
    for (size_t i = 0; i < fn->params.size(); ++i) {
      types::Var* p = fn->params[i];
      if (!hasPointers(p->type)) continue;
      bool named = !p->name.empty() && p->name != "_";
      if (!fn->body) {  // implemented by the runtime: assume the worst
        fn->tags[i].heap = 0;
        if (fn->report && named) note(p->pos, "leaking param: " + p->name);
        continue;
      }
      Location* l = named ? varLoc(p) : nullptr;
      if (!l) continue;  // unnamed parameters are unused
      Leaks esc = l->paramEsc;
      esc.optimize();
      fn->tags[i] = esc;
      if (!fn->report || l->escapes) continue;
      if (esc.empty()) note(p->pos, p->name + " does not escape");
      if (esc.heap == 0) note(p->pos, "leaking param: " + p->name);
      if (esc.heap > 0) note(p->pos, "leaking param content: " + p->name);
      for (int r = 0; r < Leaks::kResults && static_cast<size_t>(r) < fn->results.size(); ++r) {
        if (esc.results[r] < 0) continue;
        const std::string& rn = fn->results[r]->name;
        std::string res = rn.empty() ? "~r" + std::to_string(r) : rn;
        note(p->pos, "leaking param: " + p->name + " to result " + res + " level=" + std::to_string(esc.results[r]));
      }
    }
  }

  // Variables, then allocations, in gc's order: gc makes the locations of
  // all the batch's declared names (function by function) before it walks
  // any body, and the allocations' as it walks.
  std::map<const FuncInfo*, size_t> fnOrder;
  for (size_t i = 0; i < fns.size(); ++i) fnOrder[fns[i]] = i;
  std::vector<Location*> vars;
  for (auto& lp : locs_)
    if (lp->kind == Location::Kind::Var && lp->var && (lp->var->captured || lp->var->addressTaken))
      vars.push_back(lp.get());  // codegen keeps the others in its frame anyway
  std::stable_sort(vars.begin(), vars.end(),
                   [&fnOrder](const Location* a, const Location* b) { return fnOrder[a->fn] < fnOrder[b->fn]; });
  for (Location* l : vars) {
    if (l->escapes) {
      if (l->fn->report) note(l->var->pos, "moved to heap: " + l->var->name);
    } else {
      result_.stackVars.insert(l->var);
    }
  }
  for (auto& lp : locs_) {
    Location* l = lp.get();
    if (l->kind != Location::Kind::Alloc) continue;
    bool report = l->fn && l->fn->report;
    if (l->escapes) {
      if (report) note(l->pos, l->what + " escapes to heap");
    } else {
      if (report) note(l->pos, l->what + " does not escape");
      result_.stackAllocs.insert(l->node);
    }
  }
}

}  // namespace gosub::escape
