// runtime/stack.cpp — segmented goroutine stacks, the guard and preemption
// through it (Go's stack.go, with libgcc's split-stack protocol instead of
// Go's stack copying: gosub's collector is conservative and non-moving, so
// a stack can never move; it grows by chaining segments).
//
// The guard. Every Go function starts with LLVM's split-stack prologue
//     cmp %fs:0x70, %rsp        (large frames: lea -frame(%rsp),%r11; cmp %fs:0x70,%r11)
//     jbe -> mov $frame,%r10; mov $args,%r11; call __morestack; ret
// %fs:0x70 is the TCB word glibc reserves for split stacks; gosub keeps the
// running goroutine's g.stackguard0 there (gogo loads it), which is the
// current segment's lo + _StackGuard, or a poison value as a request:
// stackPreempt (yield) or stackFork (stack growth in a forked child is
// fatal). A slot of 0 means "no limit": threads the runtime did not set up
// never call __morestack, nor does g0 when it runs Go code (a timer func,
// time.cpp: runTimerFunc clears the slot, which otherwise still holds the
// last goroutine's guard on g0).
//
// Segments. A goroutine starts on one segment of startingStackSize bytes
// (_StackMin = 2 KiB, as Go's), whose stkseg header lies at its base:
//
//     base        lo = base+32        guard = lo+_StackGuard           hi
//     | header    | reserve (1 KiB)   | Go frames ...                   |
//
// __morestack (asm_amd64.S) calls newstack, which chains a segment of at
// least twice the current size (up to _StackSegMax per segment, more if one
// frame needs it) or reuses the cached spare, and oldstack when the function
// that needed it returns. The previous segment is kept as the next one's
// spare, and only one spare is kept: a call that bounces across a boundary
// then costs two trips through __morestack but never an allocation.
//
// Sizes. Small segments (<= 32 KiB) come from per-size free lists carved
// from 64 KiB mmap chunks and are never returned to the OS. Larger ones,
// up to _StackSegMax, are mmapped one by one, and freed ones wait on free
// lists of their own (Go's stackLarge) up to stackLargeCacheMax bytes in
// all, beyond which they are unmapped: a program whose goroutines keep
// growing deep stacks then reuses faulted-in pages instead of asking the
// kernel for fresh zeroed ones each time. The total of a goroutine's
// segments in use is limited to maxstacksize (1e9 bytes, as Go's 64-bit
// limit).
//
// Guard pages (debug builds, cmake -DGOSUB_STACK_GUARD_PAGES=ON). Runtime
// C++ runs unchecked below the guard; if it ever went past the segment's
// base it would silently overwrite the neighbouring segment of a chunk.
// In this mode every segment is its own mapping, page-rounded, with an
// inaccessible page directly below its base (below the header), so such an
// overrun faults at once. Freed segments stay on the free lists as usual,
// guard page and all. A build option rather than an environment variable:
// the normal build keeps exactly its allocation path, with no branch.

#include <sys/mman.h>

#include "runtime.h"
#include "trace.h"

namespace gosub::rt {

// [atomic]: runtime/debug.SetMaxStack changes it while goroutines grow.
uintptr_t maxstacksize = 1000000000;

// runtime/debug.SetMaxStack (Go's setMaxStack): the limit applies to the
// next growth of every goroutine; returns the previous one.
int64_t debug_SetMaxStack(int64_t in) {
  return static_cast<int64_t>(__atomic_exchange_n(&maxstacksize, static_cast<uintptr_t>(in), __ATOMIC_RELAXED));
}
// startingStackSize is the size of a new goroutine's first segment (Go's
// variable of the same name; a stack of another size on a free list is
// freed by gfput/gfget).
uintptr_t startingStackSize = _StackMin;

namespace {

#ifdef GOSUB_STACK_GUARD_PAGES
constexpr bool stackGuardPages = true;
#else
constexpr bool stackGuardPages = false;
#endif
constexpr uintptr_t _StackGuardPage = 4096;

constexpr uintptr_t _StackSegMax = 1 << 20;  // doubling stops here
constexpr int _NumStackOrders = 5;           // pooled: 2, 4, 8, 16, 32 KiB
constexpr uintptr_t _StackChunk = 64 << 10;
// A frame under this size is checked by the prologue against rsp alone
// (LLVM's kSplitStackAvailable), so it may dip this far below the guard.
constexpr uintptr_t _StackSmall = 256;

// Orders 0 .. _NumStackOrders-1 are pooled small segments; the orders up
// to _NumStackLargeOrders-1 (64 KiB .. _StackSegMax) are large ones.
constexpr int _NumStackLargeOrders = 10;
static_assert((_StackMin << (_NumStackLargeOrders - 1)) == _StackSegMax);
constexpr uintptr_t stackLargeCacheMax = 64 << 20;

mutex stackpoolmu;
stkseg* stackpool[_NumStackLargeOrders];  // free segments by order [stackpoolmu]
uintptr_t carvecur[_NumStackOrders], carveend[_NumStackOrders];
uintptr_t stackLargeCached;  // bytes of large segments on stackpool [stackpoolmu]

int stackorder(uintptr_t n) {
  int order = 0;
  for (uintptr_t s = _StackMin; s < n; s <<= 1) order++;
  return order;
}

uintptr_t roundpow2(uintptr_t n) {
  uintptr_t s = _StackMin;
  while (s < n) s <<= 1;
  return s;
}

// stacksysalloc maps a segment of n bytes of its own (nullptr: out of
// memory); in guard-page mode with an inaccessible page below it.
void* stacksysalloc(uintptr_t n) {
  if constexpr (!stackGuardPages) return sysAlloc(n);
  uintptr_t size = (n + _StackGuardPage - 1) & ~(_StackGuardPage - 1);
  auto* m = static_cast<uint8_t*>(sysAlloc(_StackGuardPage + size));
  if (m == nullptr) return nullptr;
  if (mprotect(m, _StackGuardPage, PROT_NONE) != 0) {
    sysFree(m, _StackGuardPage + size);
    return nullptr;
  }
  return m + _StackGuardPage;
}

void stacksysfree(stkseg* s) {
  if constexpr (!stackGuardPages) {
    sysFree(s, s->size);
    return;
  }
  uintptr_t size = (s->size + _StackGuardPage - 1) & ~(_StackGuardPage - 1);
  sysFree(reinterpret_cast<uint8_t*>(s) - _StackGuardPage, _StackGuardPage + size);
}

}  // namespace

void setstackguard(uintptr_t guard) { __asm__ volatile("movq %0, %%fs:0x70" : : "r"(guard) : "memory"); }

uintptr_t getstackguard() {
  uintptr_t guard;
  __asm__ volatile("movq %%fs:0x70, %0" : "=r"(guard));
  return guard;
}

stkseg* stackalloc(uintptr_t n) {
  if (n < _StackMin || (n & (n - 1)) != 0) throw_("stackalloc: bad size");
  int order = stackorder(n);
  void* v = nullptr;
  if (order < _NumStackLargeOrders) {
    lock(&stackpoolmu);
    if (stkseg* s = stackpool[order]; s != nullptr) {
      stackpool[order] = s->next;
      if (order >= _NumStackOrders) stackLargeCached -= n;
      v = s;
    } else if (!stackGuardPages && order < _NumStackOrders) {
      // Bump through a chunk: pieces are not touched until used, so an
      // idle goroutine's RSS is only the pages its stack really reached.
      if (carvecur[order] == carveend[order]) {
        void* c = sysAlloc(_StackChunk);
        if (c == nullptr) {
          unlock(&stackpoolmu);
          throw_("out of memory allocating stack");
        }
        carvecur[order] = reinterpret_cast<uintptr_t>(c);
        carveend[order] = carvecur[order] + _StackChunk;
      }
      v = reinterpret_cast<void*>(carvecur[order]);
      carvecur[order] += n;
    }
    unlock(&stackpoolmu);
  }
  if (v == nullptr) {
    v = stacksysalloc(n);
    if (v == nullptr) throw_("out of memory allocating stack");
  }
  auto* s = static_cast<stkseg*>(v);
  s->prev = nullptr;
  s->next = nullptr;
  s->size = n;
  return s;
}

void stackfree(stkseg* s) {
  int order = stackorder(s->size);
  if (order < _NumStackLargeOrders) {
    lock(&stackpoolmu);
    bool keep = order < _NumStackOrders || stackLargeCached + s->size <= stackLargeCacheMax;
    if (keep) {
      if (order >= _NumStackOrders) stackLargeCached += s->size;
      s->prev = nullptr;
      s->next = stackpool[order];
      stackpool[order] = s;
    }
    unlock(&stackpoolmu);
    if (keep) return;
  }
  stacksysfree(s);
}

void stackinit_g(g* gp, stkseg* s) {
  gp->stackbase = s;
  gp->stackseg = s;
  gp->stack = {seglo(s), seghi(s)};
  atomicStoreRelaxed(&gp->stackguard0, gp->stack.lo + _StackGuard);  // [racy]: preemptone
  gp->stacktotal = s->size;
}

void stackfreeextra(g* gp) {
  stkseg* base = gp->stackbase;
  if (base == nullptr || !gp->stackgrown) return;
  gp->stackgrown = false;
  for (stkseg* s = base->next; s != nullptr;) {
    stkseg* next = s->next;
    stackfree(s);
    s = next;
  }
  base->next = nullptr;
  stackinit_g(gp, base);
}

// morebuf: what __morestack saved (asm_amd64.S, MB_* offsets).
struct morebuf {
  uint8_t xmm[128];
  uintptr_t rdi, rsi, rdx, rcx, r8, r9, rax;
  uintptr_t framesize;  // r10
  uintptr_t argsize;    // r11
  uintptr_t rbp;        // __morestack's frame record: [rbp+8] = ret in f,
                        // [rbp+16] = f's return address, args at rbp+24
  uintptr_t pad[2];
};
static_assert(sizeof(morebuf) == 224);
static_assert(offsetof(morebuf, rdi) == 128 && offsetof(morebuf, framesize) == 184 && offsetof(morebuf, rbp) == 200);

namespace {

// canPreemptM: a goroutine may not be switched away while its M holds
// runtime state for it (Go's canPreemptM): locks, or the print lock (the
// pieces of one print statement must stay together on one M).
bool canPreemptM(m* mp) { return mp->locks == 0 && mp->printlock == 0 && mp->dying == 0; }

// stackoverflow: Go's two `runtime:` lines, then the fatal error; the
// lines are printed as part of the report (throwWith), so that two
// goroutines overflowing at once cannot mix theirs.
[[noreturn]] void stackoverflow(g* gp, uintptr_t sp) {
  struct where {
    g* gp;
    uintptr_t sp;
  } w{gp, sp};
  throwWith(
      "stack overflow",
      [](void* arg) {
        auto* w = static_cast<where*>(arg);
        char buf[kFmtIntBufSize];
        printcstr("runtime: goroutine stack exceeds ");
        gwrite(buf, formatuint(atomicLoadRelaxed(&maxstacksize), buf));
        printcstr("-byte limit\n");
        printcstr("runtime: sp=");
        printhex(w->sp);
        printcstr(" stack=[");
        printhex(w->gp->stack.lo);
        printcstr(", ");
        printhex(w->gp->stack.hi);
        printcstr("]\n");
      },
      &w);
}

// restoreguard undoes a poisoned guard for the running goroutine.
void restoreguard(g* gp) {
  uintptr_t guard = gp->stack.lo + _StackGuard;
  atomicStoreRelaxed(&gp->stackguard0, guard);  // races with preemptone: [racy]
  setstackguard(guard);
}

}  // namespace

// newstack is called by __morestack on the goroutine's stack, in the reserve.
// Returns 0 if f fits after all (the guard was a preemption request), else
// the 16-byte-aligned top of a new segment holding a copy of f's stack
// arguments, with g.stack, g.stackguard0 and %fs:0x70 already switched.
extern "C" uintptr_t newstack(morebuf* mb) __asm__("runtime.newstack");

uintptr_t newstack(morebuf* mb) {
  g* gp = getg();
  uintptr_t entrysp = mb->rbp + 16;  // rsp at f's entry, as its prologue saw it
  uintptr_t guard = getstackguard();
  if (gp == gp->m->g0) {
    // g0 runs Go code only for timer funcs (time.sendTime) and never grows:
    // its guard is 0. A preemption request that sysmon aimed at the
    // goroutine this M just left can land in the TCB slot all the same;
    // it means nothing here.
    if (guard == stackPreempt) {
      setstackguard(0);
      return 0;
    }
    throw_("runtime: morestack on g0");
  }
  uintptr_t guard0 = atomicLoadRelaxed(&gp->stackguard0);
  if (guard == stackFork || guard0 == stackFork) throw_("stack growth after fork");
  // Between entersyscall and exitsyscall the P may belong to someone else
  // already: nothing may grow (or yield) there.
  if (gp->throwsplit) throw_("runtime: stack split at bad time");
  if (guard == stackPreempt || guard0 == stackPreempt) {
    // A request, not (necessarily) a full stack. Honour it if the M may
    // switch goroutines now; execute() resets the guard when gp runs again
    // (here, or on another M: read getg() afresh afterwards).
    if (atomicLoadRelaxed(&gp->preempt) && canPreemptM(gp->m)) {
      mcall(gopreempt_m);
      gp = getg();
    }
    restoreguard(gp);
    // Does f fit now? The same test as LLVM's prologue.
    uintptr_t need = mb->framesize >= _StackSmall ? mb->framesize : 0;
    if (entrysp - need > gp->stack.lo + _StackGuard) return 0;  // restoreguard's
  }

  // Grow: f needs its frame, its copied arguments, a return address and
  // the reserve below the guard for its callees' C++ runtime calls.
  uintptr_t need = sizeof(stkseg) + _StackGuard + mb->framesize + mb->argsize + _StackSmall + 64;
  stkseg* cur = gp->stackseg;
  uintptr_t size = cur->size * 2;
  if (size > _StackSegMax) size = _StackSegMax;
  if (size < need) size = roundpow2(need);
  stkseg* s = cur->next;  // the cached spare
  if (s != nullptr && s->size < need) {
    cur->next = nullptr;
    systemstack([s] { stackfree(s); });
    s = nullptr;
  }
  if (s != nullptr) size = s->size;
  if (gp->stacktotal + size > atomicLoadRelaxed(&maxstacksize)) stackoverflow(gp, entrysp);
  if (s == nullptr) {
    systemstack([&s, size] { s = stackalloc(size); });
    s->prev = cur;
    cur->next = s;
  }
  gp->stackgrown = true;
  s->next = nullptr;
  gp->stacktotal += s->size;
  gp->stackseg = s;
  gp->stack = {seglo(s), seghi(s)};
  traceStackGrow(gp, s->size);
  // A preemption request that arrived meanwhile stays pending.
  uintptr_t newguard = atomicLoadRelaxed(&gp->preempt) ? stackPreempt : gp->stack.lo + _StackGuard;
  atomicStoreRelaxed(&gp->stackguard0, newguard);  // [racy]: preemptone
  setstackguard(newguard);

  uintptr_t args = (mb->argsize + 15) & ~uintptr_t{15};
  uintptr_t sp = gp->stack.hi - args;
  __builtin_memcpy(reinterpret_cast<void*>(sp), reinterpret_cast<void*>(mb->rbp + 24), mb->argsize);
  return sp;
}

// oldstack is called by __morestack when the function that needed a new
// segment returns: back to the previous segment, keeping this one as the
// spare (and freeing the spare beyond it, so only one is ever cached).
extern "C" void oldstack() __asm__("runtime.oldstack");

void oldstack() {
  g* gp = getg();
  stkseg* s = gp->stackseg;
  stkseg* prev = s->prev;
  if (prev == nullptr) throw_("oldstack: no previous segment");
  if (stkseg* spare = s->next; spare != nullptr) {
    s->next = nullptr;
    systemstack([spare] { stackfree(spare); });
  }
  gp->stacktotal -= s->size;
  gp->stackseg = prev;
  gp->stack = {seglo(prev), seghi(prev)};
  uintptr_t newguard = atomicLoadRelaxed(&gp->preempt) ? stackPreempt : gp->stack.lo + _StackGuard;
  atomicStoreRelaxed(&gp->stackguard0, newguard);  // [racy]: preemptone
  setstackguard(newguard);
}

// preemptcheck is what the loop back-edge check calls when it finds the
// guard poisoned (docs/runtime.md): yield if preemption was requested,
// otherwise just restore the guard.
void preemptcheck() {
  g* gp = getg();
  uintptr_t guard = getstackguard();
  if (guard != stackPreempt && atomicLoadRelaxed(&gp->stackguard0) != stackPreempt) return;
  if (gp == gp->m->g0) {
    setstackguard(0);  // a stray request (see newstack)
    return;
  }
  if (atomicLoadRelaxed(&gp->preempt) && canPreemptM(gp->m)) {
    mcall(gopreempt_m);
    return;  // execute() installed a fresh guard
  }
  restoreguard(gp);
}

}  // namespace gosub::rt
