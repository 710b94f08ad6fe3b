// runtime/trace.cpp — recording the scheduler trace (GOSUBTRACE=file).
//
// Recording follows Go's execution tracer (runtime/trace.go): each P has a
// buffer that only the M holding the P appends to, so no event takes a
// lock; an M without a P (sysmon, an M in a system call or parking) writes
// to a buffer of its own, found through a thread-local pointer. A record
// is 32 bytes: a timestamp from the TSC (one rdtsc, converted to
// nanoseconds at the end against two CLOCK_MONOTONIC readings; the
// monotonic clock itself when the CPU's TSC is not invariant) and the
// event's fields. A full buffer is written, as it is, to a spill file next
// to the trace (unlinked at once) under trace.lock, on the system stack,
// and then reused.
//
// At exit (runtime.main's return, os.Exit, a fatal error) traceFinish
// reads the spill file back, merges every buffer's sequence by time and
// converts the events into Chrome trace-event JSON (trace_json.cpp), the
// format Perfetto and chrome://tracing open. Converting only at the end
// keeps JSON formatting out of the running program and lets the converter
// see events in time order, so that each track's slices nest and its
// timestamps never go back.

#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#include "proc.h"
#include "runtime.h"
#include "trace.h"
#include "trace_record.h"

namespace gosub::rt {

bool traceEnabled;

namespace {

constexpr uint32_t traceBufEvents = 2047;  // a buffer is 64 KiB

struct traceBuf {
  traceBuf* alllink;  // on trace.bufs [trace.lock]
  uint32_t id;        // the stream this buffer's events belong to
  // n: records written. [atomic] the writer (the M holding the P, or the
  // buffer's own M) store-releases it after each record; traceFinish
  // load-acquires it from another M and reads that many.
  uint32_t n;
  traceRecord ev[traceBufEvents];
};
static_assert(sizeof(traceBuf) <= 65536);

// A chunk of the spill file: one full buffer.
struct spillHeader {
  uint32_t magic;
  uint32_t bufid;
  uint32_t n;
  uint32_t pad[5];  // records stay 32-byte aligned
};
static_assert(sizeof(spillHeader) == sizeof(traceRecord));
constexpr uint32_t spillMagic = 0x47545243;  // "CRTG"

struct {
  mutex lock;             // the spill file, the buffer list, finishing
  // lockOwner: the M holding lock, so that a crash inside traceFinish does
  // not wait for itself. [atomic]
  m* lockOwner;
  int outfd = -1;         // the trace file
  int spillfd = -1;       // full buffers, until traceFinish
  bool spillFailed;       // a spill write failed: the trace is incomplete [lock]
  traceBuf* bufs;         // every buffer [lock]
  uint32_t nbufs;         // [lock]
  bool finished;          // traceFinish ran: record nothing more [lock]
  bool useTSC;            // ticks are TSC cycles (else nanoseconds)
  uint64_t tick0;         // clock at traceinit
  int64_t ns0;            // nanotime at traceinit
} trace;

// The P buffers, by P id: written only by the M holding the P.
traceBuf* traceBufP[_MaxGomaxprocs];
// The buffer of this thread's M, for its events without a P. Local-exec
// TLS (the runtime is only linked into executables): one %fs-relative move.
constinit thread_local traceBuf* mTraceBuf __attribute__((tls_model("local-exec"))) = nullptr;

// traceClock: clock_gettime itself rather than nanotime when the TSC will
// not do, one frame less in the reserve (newstack records stack growth).
inline uint64_t traceClock() {
  if (trace.useTSC) return __rdtsc();
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000 + static_cast<uint64_t>(ts.tv_nsec);
}

// invariantTSC: the TSC runs at a constant rate in every power state and
// across cores (CPUID 0x80000007, EDX bit 8), so rdtsc is a clock.
bool invariantTSC() {
  unsigned a, b, c, d;
  if (__get_cpuid(0x80000000, &a, &b, &c, &d) == 0 || a < 0x80000007) return false;
  __get_cpuid(0x80000007, &a, &b, &c, &d);
  return (d & (1u << 8)) != 0;
}

void tracelock() {
  lock(&trace.lock);
  atomicStoreRelaxed(&trace.lockOwner, getg()->m);
}

void traceunlock() {
  atomicStoreRelaxed(&trace.lockOwner, static_cast<m*>(nullptr));
  unlock(&trace.lock);
}

// spill appends full buffer b to the spill file. trace.lock held.
void spill(traceBuf* b) {
  if (trace.spillFailed) return;
  spillHeader h{spillMagic, b->id, b->n, {}};
  const char* parts[2] = {reinterpret_cast<const char*>(&h), reinterpret_cast<const char*>(b->ev)};
  size_t sizes[2] = {sizeof h, b->n * sizeof(traceRecord)};
  for (int i = 0; i < 2; i++) {
    const char* s = parts[i];
    size_t n = sizes[i];
    while (n > 0) {
      ssize_t w = ::write(trace.spillfd, s, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        trace.spillFailed = true;
        return;
      }
      s += w;
      n -= static_cast<size_t>(w);
    }
  }
}

// refill gives *slot a buffer with room: the full one after spilling it,
// or a new one. Runs on the system stack. After traceFinish it leaves the
// slot as it is (full or nil): the event is dropped.
void refill(traceBuf** slot) {
  tracelock();
  if (!trace.finished) {
    if (traceBuf* b = *slot; b != nullptr) {
      spill(b);
      atomicStoreRel(&b->n, 0u);
    } else if (auto* nb = static_cast<traceBuf*>(sysAlloc(sizeof(traceBuf))); nb != nullptr) {
      nb->id = trace.nbufs++;
      nb->alllink = trace.bufs;
      trace.bufs = nb;
      *slot = nb;
    }
  }
  traceunlock();
}

// refilled: *slot after refill on the system stack, nullptr if it still
// has no room. Out of line: traceEvent's own frame stays small.
[[gnu::noinline]] traceBuf* refilled(traceBuf** slot) {
  systemstack([slot] { refill(slot); });
  traceBuf* buf = *slot;
  return buf == nullptr || buf->n == traceBufEvents ? nullptr : buf;
}

}  // namespace

void traceEvent(traceKind kind, int64_t goid, int64_t arg, uint32_t b) {
  m* mp = getg()->m;
  p* pp = mp->p;
  traceBuf** slot = pp != nullptr ? &traceBufP[pp->id] : &mTraceBuf;
  traceBuf* buf = *slot;
  if (__builtin_expect(buf == nullptr || buf->n == traceBufEvents, 0)) {
    buf = refilled(slot);
    if (buf == nullptr) return;
  }
  uint32_t n = buf->n;
  traceRecord* r = &buf->ev[n];
  r->ticks = traceClock();
  r->kind = kind;
  r->b = static_cast<uint8_t>(b);
  r->p = static_cast<int16_t>(pp != nullptr ? pp->id : -1);
  r->m = static_cast<int32_t>(mp->id);
  r->g = goid;
  r->arg = arg;
  atomicStoreRel(&buf->n, n + 1);
}

void traceEventOnSystemStack(traceKind kind, int64_t goid, int64_t arg, uint32_t b) {
  systemstack([=] { traceEvent(kind, goid, arg, b); });
}

void traceinit(const char* path) {
  if (path == nullptr || *path == 0) return;
  auto fail = [path](const char* what) {
    char buf[kFmtIntBufSize];
    printcstr("runtime: GOSUBTRACE: cannot create ");
    printcstr(what);
    printcstr(path);
    printcstr(": errno ");
    gwrite(buf, formatint(errno, buf));
    printcstr("; not tracing\n");
  };
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    fail("");
    return;
  }
  // The spill file sits next to the trace (same file system, same
  // permissions) and is unlinked at once: nothing is left behind, whatever
  // way the process ends.
  static char spillpath[4096 + 8];
  size_t n = 0;
  while (path[n] != 0 && n < 4096) spillpath[n] = path[n], n++;
  __builtin_memcpy(spillpath + n, ".spill", 7);
  int sfd = open(spillpath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (sfd < 0) {
    fail("spill file for ");
    close(fd);
    return;
  }
  unlink(spillpath);
  trace.outfd = fd;
  trace.spillfd = sfd;
  trace.useTSC = invariantTSC();
  trace.tick0 = traceClock();
  trace.ns0 = nanotime();
  atomicStoreRelaxed(&traceEnabled, true);
}

namespace {

// ---- reading the events back, in time order ------------------------------------

// A chunk of one stream: a spilled buffer (in the mapped spill file) or a
// live buffer's first n records. next: the stream's next chunk, -1 at the end.
struct chunk {
  const traceRecord* ev;
  uint32_t n;
  int32_t next;
};

// stream: where the merge is in one buffer's sequence of chunks.
struct stream {
  int32_t chunk;  // current chunk, -1 when done
  uint32_t pos;
};

struct merger {
  chunk* chunks;
  stream* streams;
  int32_t* heap;  // stream indexes, a min-heap by the ticks of their next record
  int32_t nheap;

  const traceRecord* head(int32_t s) const {
    const stream& st = streams[s];
    return &chunks[st.chunk].ev[st.pos];
  }
  bool less(int32_t a, int32_t b) const { return head(heap[a])->ticks < head(heap[b])->ticks; }
  void down(int32_t i) {
    for (;;) {
      int32_t l = 2 * i + 1, min = i;
      if (l < nheap && less(l, min)) min = l;
      if (l + 1 < nheap && less(l + 1, min)) min = l + 1;
      if (min == i) return;
      int32_t t = heap[i];
      heap[i] = heap[min];
      heap[min] = t;
      i = min;
    }
  }
  // skipEmpty moves stream s past empty chunks; false when it is done.
  bool skipEmpty(int32_t s) {
    stream& st = streams[s];
    while (st.chunk >= 0 && st.pos >= chunks[st.chunk].n) {
      st.chunk = chunks[st.chunk].next;
      st.pos = 0;
    }
    return st.chunk >= 0;
  }
  const traceRecord* next() {
    if (nheap == 0) return nullptr;
    int32_t s = heap[0];
    const traceRecord* r = head(s);
    streams[s].pos++;
    if (!skipEmpty(s)) heap[0] = heap[--nheap];
    down(0);
    return r;
  }
};

void* allocOrNull(size_t n) { return n == 0 ? nullptr : sysAlloc(n); }

// finish_m writes the trace file. On g0, trace.lock held.
void finish_m() {
  uint64_t tick1 = traceClock();
  int64_t ns1 = nanotime();
  traceClockScale clock{trace.tick0, 1.0};
  if (trace.useTSC && tick1 > trace.tick0 && ns1 > trace.ns0)
    clock.nsPerTick = static_cast<double>(ns1 - trace.ns0) / static_cast<double>(tick1 - trace.tick0);
  int64_t endns = clock.ns(tick1);

  // Map the spill file and count its chunks.
  off_t size = lseek(trace.spillfd, 0, SEEK_END);
  const char* spilled = nullptr;
  if (size > 0) {
    void* v = mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_PRIVATE, trace.spillfd, 0);
    if (v != MAP_FAILED) spilled = static_cast<const char*>(v);
  }
  size_t nspilled = 0;
  for (off_t off = 0; spilled != nullptr && off + static_cast<off_t>(sizeof(spillHeader)) <= size;) {
    auto* h = reinterpret_cast<const spillHeader*>(spilled + off);
    if (h->magic != spillMagic || h->bufid >= trace.nbufs) break;
    nspilled++;
    off += static_cast<off_t>(sizeof(spillHeader) + h->n * sizeof(traceRecord));
  }
  uint32_t nstreams = trace.nbufs;
  merger mg{};
  mg.chunks = static_cast<chunk*>(allocOrNull((nspilled + nstreams) * sizeof(chunk)));
  mg.streams = static_cast<stream*>(allocOrNull(nstreams * sizeof(stream)));
  mg.heap = static_cast<int32_t*>(allocOrNull(nstreams * sizeof(int32_t)));
  auto* tails = static_cast<int32_t*>(allocOrNull(nstreams * sizeof(int32_t)));
  if (nstreams != 0 && (mg.chunks == nullptr || mg.streams == nullptr || mg.heap == nullptr || tails == nullptr)) {
    printcstr("runtime: GOSUBTRACE: out of memory writing the trace\n");
    return;
  }
  for (uint32_t s = 0; s < nstreams; s++) mg.streams[s] = {-1, 0}, tails[s] = -1;
  int32_t nchunks = 0;
  auto append = [&](uint32_t s, const traceRecord* ev, uint32_t n) {
    mg.chunks[nchunks] = {ev, n, -1};
    if (tails[s] < 0) {
      mg.streams[s].chunk = nchunks;
    } else {
      mg.chunks[tails[s]].next = nchunks;
    }
    tails[s] = nchunks++;
  };
  off_t off = 0;
  for (size_t i = 0; i < nspilled; i++) {
    auto* h = reinterpret_cast<const spillHeader*>(spilled + off);
    append(h->bufid, reinterpret_cast<const traceRecord*>(h + 1), h->n);
    off += static_cast<off_t>(sizeof(spillHeader) + h->n * sizeof(traceRecord));
  }
  // The live buffers last: their records follow their spilled ones. Their
  // Ms may still be writing (another thread running while this one
  // exits): take what was published.
  for (traceBuf* b = trace.bufs; b != nullptr; b = b->alllink) append(b->id, b->ev, atomicLoadAcq(&b->n));
  for (uint32_t s = 0; s < nstreams; s++)
    if (mg.skipEmpty(static_cast<int32_t>(s))) mg.heap[mg.nheap++] = static_cast<int32_t>(s);
  for (int32_t i = mg.nheap / 2; i >= 0; i--) mg.down(i);

  traceRecordSource src{[](void* ctx) { return static_cast<merger*>(ctx)->next(); }, &mg};
  bool ok = traceWriteJSON(trace.outfd, src, clock, endns);
  if (!ok || trace.spillFailed) {
    printcstr(trace.spillFailed ? "runtime: GOSUBTRACE: a spill write failed; the trace is incomplete\n"
                                : "runtime: GOSUBTRACE: writing the trace failed\n");
  }
  close(trace.outfd);
  close(trace.spillfd);
}

}  // namespace

void syscall_runtime_beforeExit() { traceExit(); }

void traceFinish() {
  systemstack([] {
    m* mp = getg()->m;
    // A crash while this M spills or finishes (the converter itself
    // failing): the trace cannot be written; let the crash go on.
    if (atomicLoadRelaxed(&trace.lockOwner) == mp) return;
    tracelock();
    if (!trace.finished) {
      trace.finished = true;
      atomicStoreRelaxed(&traceEnabled, false);
      finish_m();
    }
    traceunlock();
  });
}

}  // namespace gosub::rt
