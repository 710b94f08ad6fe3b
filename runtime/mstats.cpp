// runtime/mstats.cpp — runtime.ReadMemStats (Go's mstats.go).
//
// Allocation counts live in each P's mcache (and mcache0), written only by
// their owner with relaxed atomic stores; the page heap keeps its byte
// counts atomically. ReadMemStats stops the world, as Go's does, so that
// the sums form one consistent snapshot (no P allocates between reading
// Mallocs and HeapAlloc), then adds them up. Without a collector nothing is
// freed: Frees, NumGC and the GC fields are 0, truthfully.

#include "malloc.h"

namespace gosub::rt {

mstatsGlobal memstats;

namespace {

// MemStats: the layout of stdlib/runtime's MemStats (mstats.go), field by
// field. PauseNs, PauseEnd and BySize (arrays) are not in the Go struct
// yet; test/run/memstats.go checks that every field lands where Go reads it.
struct MemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
};

void addCache(const mcache* c, uint64_t* nmalloc, uint64_t* bytes) {
  if (c == nullptr) return;
  *nmalloc += atomicLoadRelaxed(&c->nmalloc);
  *bytes += atomicLoadRelaxed(&c->allocBytes);
}

}  // namespace

// readmemstats_m fills *m from the counters. The world is stopped (or, in
// the unit tests, nothing else allocates).
void readmemstats_m(void* out) {
  uint64_t nmalloc = 0, totalAlloc = 0;
  for (int32_t i = 0; i < _MaxGomaxprocs; i++)
    if (p* pp = allp[i]) addCache(pp->mcache, &nmalloc, &totalAlloc);
  lock(&mcache0lock);
  addCache(mcache0, &nmalloc, &totalAlloc);
  unlock(&mcache0lock);
  uint64_t nfree = atomicLoadRelaxed(&memstats.nfree);
  uint64_t heapSys = atomicLoadRelaxed(&mheap_.heapSys);
  uint64_t heapInuse = atomicLoadRelaxed(&mheap_.pagesInUse);
  uint64_t other = atomicLoadRelaxed(&mheap_.metaSys) + atomicLoadRelaxed(&otherSys);
  auto* m = static_cast<MemStats*>(out);
  *m = MemStats{};
  m->TotalAlloc = totalAlloc;
  m->Mallocs = nmalloc;
  m->Frees = nfree;
  m->HeapAlloc = m->Alloc = totalAlloc;  // less the bytes freed, once something is
  m->HeapObjects = nmalloc - nfree;
  m->HeapSys = heapSys;
  m->HeapInuse = heapInuse;
  m->HeapIdle = heapSys - heapInuse;
  // The heap's metadata, goroutine stacks and the scheduler's tables are
  // not yet told apart: all of it is OtherSys.
  m->OtherSys = other;
  m->Sys = heapSys + other;
  m->NumGC = atomicLoadRelaxed(&memstats.numgc);
  m->EnableGC = false;  // there is no collector
}

void ReadMemStats(void* m) {
  stopTheWorld("read mem stats");
  systemstack(readmemstats_m, m);
  startTheWorld();
}

}  // namespace gosub::rt
