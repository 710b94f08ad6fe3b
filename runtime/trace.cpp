// runtime/trace.cpp — recording the scheduler trace (GOSUBTRACE=file).
//
// Recording follows Go's execution tracer (runtime/trace.go): each P has a
// buffer that only the M holding the P appends to, so no event takes a
// lock; an M without a P (sysmon, an M in a system call or parking) writes
// to a buffer of its own, found through a thread-local pointer. Each event
// is stamped from the TSC (one rdtsc, converted to nanoseconds at the end
// against two CLOCK_MONOTONIC readings; the monotonic clock itself when
// the CPU's TSC is not invariant).
//
// A record is a few bytes, as in Go's trace format: a header byte (the
// kind, and which of g, arg, b are there: they are left out when zero),
// then varints: the ticks since the buffer's previous record, the g, the
// arg (zigzag). The recording M is not in every record: a buffer says
// which M writes it by a record of its own when that changes (a P passing
// to another M). On pingpong a goroutine switch takes 3 events of about 5
// bytes each, against 32-byte records before: the spill file, and the
// time spent writing it, shrink sixfold. A full buffer is written, as it
// is, to a spill file next to the trace (unlinked at once) under
// trace.lock, on the system stack, and then reused; the delta base and
// the M carry over, so a buffer's chunks decode as one sequence.
//
// At exit (runtime.main's return, os.Exit, a fatal error) traceFinish
// reads the spill file back, decodes and merges every buffer's sequence by
// time and converts the events into Chrome trace-event JSON
// (trace_json.cpp), the format Perfetto and chrome://tracing open.
// Converting only at the end keeps JSON formatting out of the running
// program and lets the converter see events in time order, so that each
// track's slices nest and its timestamps never go back.

#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#include "proc.h"
#include "runtime.h"
#include "trace.h"
#include "trace_record.h"
#include "varint.h"

namespace gosub::rt {

bool traceEnabled;
bool traceRequested;

namespace {

constexpr uint32_t traceBufBytes = 65536 - 32;  // with its header, a buffer is 64 KiB

// The header byte of a record: the kind in the low 5 bits, then a bit for
// each field present.
constexpr uint8_t recKindMask = 0x1f;
constexpr uint8_t recHasG = 0x20;
constexpr uint8_t recHasArg = 0x40;
constexpr uint8_t recHasB = 0x80;
static_assert(traceEvCount <= recKindMask);
// recSetM (a kind no event has): the M writing this buffer from here on
// is the varint that follows.
constexpr uint8_t recSetM = recKindMask;
// The longest record, an M change before it included: room a writer
// checks for before it starts.
constexpr uint32_t recMaxBytes = (1 + kMaxVarintLen) + (1 + 3 * kMaxVarintLen + 1);

struct traceBuf {
  traceBuf* alllink;  // on trace.bufs [trace.lock]
  uint32_t id;        // the stream this buffer's records belong to
  // n: bytes written. [atomic] the writer (the M holding the P, or the
  // buffer's own M) store-releases it after each record; traceFinish
  // load-acquires it from another M and reads that much.
  uint32_t n;
  // The writer's state, kept across spills: the ticks of the last record
  // (deltas are from it) and the M the records are from. [writer]
  uint64_t lastTicks;
  int32_t lastM;
  int16_t p;  // the P whose buffer this is, -1 for an M's
  uint8_t bytes[traceBufBytes];
};
static_assert(sizeof(traceBuf) <= 65536);

// A chunk of the spill file: one full buffer's bytes.
struct spillHeader {
  uint32_t magic;
  uint32_t bufid;
  uint32_t n;  // bytes
};
constexpr uint32_t spillMagic = 0x47545243;  // "CRTG"

// fileid: a file's identity, as fstat gives it.
struct fileid {
  uint64_t dev, ino;
  bool operator==(const fileid&) const = default;
};

bool fdid(int fd, fileid* id) {
  struct stat st;
  if (fstat(fd, &st) != 0) return false;
  *id = {st.st_dev, st.st_ino};
  return true;
}

// ours: fd still refers to the file id.
bool ours(int fd, fileid id) {
  fileid now;
  return fdid(fd, &now) && now == id;
}

// highfd moves fd to a number of 64 or more, out of the way of the
// standard descriptors (a program started with stdout closed would
// otherwise print into the trace) and of the low numbers programs reuse.
int highfd(int fd) {
  int h = fcntl(fd, F_DUPFD_CLOEXEC, 64);
  if (h < 0) return fd;
  close(fd);
  return h;
}

struct {
  mutex lock;             // the spill file, the buffer list, finishing
  // lockOwner: the M holding lock, so that a crash inside traceFinish does
  // not wait for itself. [atomic]
  m* lockOwner;
  int outfd = -1;         // the trace file
  int spillfd = -1;       // full buffers, until traceFinish
  // What the two descriptors were opened on: the program may close one and
  // open a file of its own under the same number, which must not receive
  // the trace's bytes.
  fileid outid, spillid;
  char path[4096];        // the trace file's path, absolute: to open it again
  // spillFailed: a spill write failed (spillLost: the program closed the
  // spill file): the trace is incomplete. [lock]
  bool spillFailed, spillLost;
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
  if (!ours(trace.spillfd, trace.spillid)) {
    trace.spillFailed = trace.spillLost = true;
    return;
  }
  spillHeader h{spillMagic, b->id, b->n};
  if (!write1(trace.spillfd, &h, sizeof h) || !write1(trace.spillfd, b->bytes, b->n)) trace.spillFailed = true;
}

bool hasRoom(const traceBuf* b) { return b->n <= traceBufBytes - recMaxBytes; }

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
      nb->lastM = -1;
      nb->p = static_cast<int16_t>(slot == &mTraceBuf ? -1 : slot - traceBufP);
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
  return buf == nullptr || !hasRoom(buf) ? nullptr : buf;
}

}  // namespace

void traceEvent(traceKind kind, int64_t goid, int64_t arg, uint32_t b) {
  m* mp = getg()->m;
  p* pp = mp->p;
  traceBuf** slot = pp != nullptr ? &traceBufP[pp->id] : &mTraceBuf;
  traceBuf* buf = *slot;
  if (__builtin_expect(buf == nullptr || !hasRoom(buf), 0)) {
    buf = refilled(slot);
    if (buf == nullptr) return;
  }
  uint64_t now = traceClock();
  uint8_t* w = buf->bytes + buf->n;
  if (__builtin_expect(buf->lastM != mp->id, 0)) {
    buf->lastM = static_cast<int32_t>(mp->id);
    *w++ = recSetM;
    w = putUvarint(w, static_cast<uint64_t>(mp->id));
  }
  // Another core's TSC a little behind: the record keeps its buffer's order.
  uint64_t delta = now > buf->lastTicks ? now - buf->lastTicks : 0;
  buf->lastTicks += delta;
  uint8_t* head = w++;
  w = putUvarint(w, delta);
  uint8_t h = kind;
  if (goid != 0) h |= recHasG, w = putUvarint(w, static_cast<uint64_t>(goid));
  if (arg != 0) h |= recHasArg, w = putUvarint(w, (static_cast<uint64_t>(arg) << 1) ^ static_cast<uint64_t>(arg >> 63));
  if (b != 0) h |= recHasB, *w++ = static_cast<uint8_t>(b);
  *head = h;
  atomicStoreRel(&buf->n, static_cast<uint32_t>(w - buf->bytes));
}

void traceEventOnSystemStack(traceKind kind, int64_t goid, int64_t arg, uint32_t b) {
  systemstack([=] { traceEvent(kind, goid, arg, b); });
}

namespace {

// openSpill opens an anonymous file (O_TMPFILE: it has no name, so nothing
// is left behind whatever way the process ends) for the full buffers: in
// the trace's directory, where the user chose to put the trace's bytes,
// else in $TMPDIR or /tmp (the trace is /dev/stdout, or the directory's
// file system has no O_TMPFILE). -1 and errno if there is none.
int openSpill(const char* path) {
  static char dir[4096];
  size_t slash = 0, n = 0;
  for (; path[n] != 0 && n < sizeof dir - 1; n++) {
    dir[n] = path[n];
    if (path[n] == '/') slash = n + 1;
  }
  if (slash == 0) {
    dir[0] = '.';
    slash = 1;
  }
  dir[slash] = 0;
  const char* dirs[] = {dir, gogetenv("TMPDIR"), "/tmp"};
  int fd = -1;
  for (const char* d : dirs) {
    if (d == nullptr || *d == 0) continue;
    fd = open(d, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) break;
  }
  return fd;
}

}  // namespace

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
  // O_APPEND: the trace may be the program's own output (/dev/stdout
  // redirected to a file), which it then follows rather than overwrites.
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0666);
  if (fd < 0) {
    fail("");
    return;
  }
  int sfd = openSpill(path);
  if (sfd < 0) {
    fail("a spill file (in its directory, $TMPDIR or /tmp) for ");
    close(fd);
    return;
  }
  trace.outfd = highfd(fd);
  trace.spillfd = highfd(sfd);
  fdid(trace.outfd, &trace.outid);
  fdid(trace.spillfd, &trace.spillid);
  size_t n = 0;
  if (path[0] != '/' && getcwd(trace.path, sizeof trace.path - 2) != nullptr) {
    while (trace.path[n] != 0) n++;
    trace.path[n++] = '/';
  }
  for (size_t i = 0; path[i] != 0 && n < sizeof trace.path - 1; i++) trace.path[n++] = path[i];
  trace.path[n] = 0;
  trace.useTSC = invariantTSC();
  trace.tick0 = traceClock();
  trace.ns0 = nanotime();
  traceRequested = true;
  atomicStoreRelaxed(&traceEnabled, true);
}

namespace {

// ---- reading the events back, in time order ------------------------------------

// A chunk of one stream: a spilled buffer (in the mapped spill file) or a
// live buffer's first n bytes. next: the stream's next chunk, -1 at the end.
struct chunk {
  const uint8_t* bytes;
  uint32_t n;
  int32_t next;
};

// stream: where the merge is in one buffer's sequence of chunks, and its
// next record, decoded.
struct stream {
  int32_t chunk;  // current chunk, -1 when done
  uint32_t pos;
  uint64_t ticks;  // of the last record decoded
  int32_t m;       // the M writing the records
  int16_t p;       // the buffer's P, -1 for an M's
  traceRecord head;
};

struct merger {
  chunk* chunks;
  stream* streams;
  int32_t* heap;  // stream indexes, a min-heap by the ticks of their next record
  int32_t nheap;
  traceRecord out;  // the record next() returned last

  bool less(int32_t a, int32_t b) const { return streams[heap[a]].head.ticks < streams[heap[b]].head.ticks; }
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
  // advance decodes stream s's next record into its head; false when the
  // stream is done (or its bytes end in the middle of a record).
  bool advance(int32_t s) {
    stream& st = streams[s];
    for (;;) {
      while (st.chunk >= 0 && st.pos >= chunks[st.chunk].n) {
        st.chunk = chunks[st.chunk].next;
        st.pos = 0;
      }
      if (st.chunk < 0) return false;
      const uint8_t* r = chunks[st.chunk].bytes + st.pos;
      const uint8_t* end = chunks[st.chunk].bytes + chunks[st.chunk].n;
      bool ok = true;
      auto uvarint = [&]() -> uint64_t {
        uint64_t v = 0;
        if (!getUvarint(&r, end, &v)) ok = false;
        return v;
      };
      uint8_t h = *r++;
      if (h == recSetM) {
        st.m = static_cast<int32_t>(uvarint());
      } else {
        traceRecord& e = st.head;
        st.ticks += uvarint();
        e.ticks = st.ticks;
        e.kind = h & recKindMask;
        e.g = (h & recHasG) != 0 ? static_cast<int64_t>(uvarint()) : 0;
        uint64_t z = (h & recHasArg) != 0 ? uvarint() : 0;
        e.arg = static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
        e.b = 0;
        if ((h & recHasB) != 0) {
          if (r == end) ok = false;
          else e.b = *r++;
        }
        e.m = st.m;
        e.p = st.p;
      }
      if (!ok) {
        st.chunk = -1;
        return false;
      }
      st.pos = static_cast<uint32_t>(r - chunks[st.chunk].bytes);
      if (h != recSetM) return true;
    }
  }
  const traceRecord* next() {
    if (nheap == 0) return nullptr;
    int32_t s = heap[0];
    out = streams[s].head;
    if (!advance(s)) heap[0] = heap[--nheap];
    down(0);
    return &out;
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
  if (!ours(trace.spillfd, trace.spillid)) trace.spillFailed = trace.spillLost = true;
  off_t size = trace.spillLost ? 0 : lseek(trace.spillfd, 0, SEEK_END);
  const char* spilled = nullptr;
  if (size > 0) {
    void* v = mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_PRIVATE, trace.spillfd, 0);
    if (v != MAP_FAILED) spilled = static_cast<const char*>(v);
  }
  // Chunk headers sit at any byte offset: read them by copying.
  auto header = [&](off_t off, spillHeader* h) {
    if (spilled == nullptr || off + static_cast<off_t>(sizeof *h) > size) return false;
    __builtin_memcpy(h, spilled + off, sizeof *h);
    return h->magic == spillMagic && h->bufid < trace.nbufs &&
           off + static_cast<off_t>(sizeof *h) + static_cast<off_t>(h->n) <= size;
  };
  size_t nspilled = 0;
  spillHeader h;
  for (off_t off = 0; header(off, &h); off += static_cast<off_t>(sizeof h + h.n)) nspilled++;
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
  for (uint32_t s = 0; s < nstreams; s++) mg.streams[s] = {-1, 0, 0, -1, -1, {}}, tails[s] = -1;
  int32_t nchunks = 0;
  auto append = [&](uint32_t s, const uint8_t* ev, uint32_t n) {
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
    header(off, &h);
    append(h.bufid, reinterpret_cast<const uint8_t*>(spilled + off) + sizeof h, h.n);
    off += static_cast<off_t>(sizeof h + h.n);
  }
  // The live buffers last: their records follow their spilled ones. Their
  // Ms may still be writing (another thread running while this one
  // exits): take what was published.
  for (traceBuf* b = trace.bufs; b != nullptr; b = b->alllink) {
    append(b->id, b->bytes, atomicLoadAcq(&b->n));
    mg.streams[b->id].p = b->p;
  }
  for (uint32_t s = 0; s < nstreams; s++)
    if (mg.advance(static_cast<int32_t>(s))) mg.heap[mg.nheap++] = static_cast<int32_t>(s);
  for (int32_t i = mg.nheap / 2; i >= 0; i--) mg.down(i);

  // The program closed the trace file (and may have opened its own under
  // the number): open it again by name.
  if (!ours(trace.outfd, trace.outid)) trace.outfd = open(trace.path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0666);
  traceRecordSource src{[](void* ctx) { return static_cast<merger*>(ctx)->next(); }, &mg};
  bool ok = trace.outfd >= 0 && traceWriteJSON(trace.outfd, src, clock, endns);
  if (trace.spillFailed) {
    printcstr(trace.spillLost ? "runtime: GOSUBTRACE: the program closed the spill file; the trace is incomplete\n"
                              : "runtime: GOSUBTRACE: a spill write failed; the trace is incomplete\n");
  }
  if (!ok) {
    printcstr("runtime: GOSUBTRACE: writing the trace to ");
    printcstr(trace.path);
    printcstr(" failed\n");
  }
  if (trace.outfd >= 0) close(trace.outfd);
  if (!trace.spillLost) close(trace.spillfd);
}

}  // namespace

void syscall_runtime_beforeExit() { traceExit(); }

void traceFinish(bool freeze) {
  systemstack([freeze] {
    m* mp = getg()->m;
    // A crash while this M spills or finishes (the converter itself
    // failing): the trace cannot be written; let the crash go on.
    if (atomicLoadRelaxed(&trace.lockOwner) == mp) return;
    // The process ends after this: the other goroutines stop here rather
    // than go on printing while the trace is written.
    if (freeze) freezetheworld();
    // Another M writing it: wait; this M's exit then comes after its.
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
