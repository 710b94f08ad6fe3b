// runtime/trace_json.cpp — the scheduler trace's events as Chrome
// trace-event JSON ({"traceEvents":[...]}, which Perfetto and
// chrome://tracing open). docs/tracing.md describes the result.
//
// Tracks (pid/tid pairs, named by "M" metadata events):
//   pid 1 "Ps"          tid = P id: a slice per goroutine run ("G17 main.worker"),
//                       "(syscall)" while the P waits in _Psyscall; instants
//                       for hand-offs, retakes and steals;
//   pid 2 "Ms"          tid = M id: what the thread does: "P0", "P0 spinning",
//                       "spinning", "idle", "parked", "syscall", "system";
//   pid 3 "Goroutines"  tid = goid: "running", "syscall", or the wait reason
//                       while blocked ("chan receive"); nothing while
//                       runnable; instants for creation, exit, preemption,
//                       stack growth, LockOSThread, fork;
//   pid 4 "Runtime"     tid 0: stop-the-world slices.
// Every track holds at most one open slice (B ... E), so slices never need
// nesting. Flow arrows (ph "s" then "f", bound to the enclosing slice) go
// from where a goroutine was created or unblocked (the waker goroutine's
// running slice, or the waking M's slice) to the start of its next run.
// Events arrive in time order (a merge of the buffers); a timestamp earlier
// than the last one written (clock skew between cores) is written as the
// last one, so every track's timestamps are monotone.

#include <errno.h>
#include <unistd.h>

#include <new>

#include "runtime.h"
#include "trace.h"
#include "trace_record.h"

namespace gosub::rt {

namespace {

enum : int { pidP = 1, pidM = 2, pidG = 3, pidRuntime = 4 };

// label: what a track shows now. kind none: no open slice.
enum labelKind : uint8_t {
  lNone,
  // goroutine tracks
  lRunning,
  lSyscall,
  lBlocked,  // v: the waitReason
  // P tracks; v: the goid
  lRunG,
  lSyscallG,
  // M tracks; v: the P id where there is one
  lMP,
  lMPSpinning,
  lMSpinning,
  lMIdle,
  lMParked,
  lMSyscall,
  lMSystem,
};

struct label {
  labelKind kind = lNone;
  int64_t v = 0;
  bool operator==(const label&) const = default;
};

struct track {
  label cur;
  bool seen = false;
};

struct gstate {
  track t;
  uintptr_t startpc = 0;
  const char* name = nullptr;  // its start function's, from the symbol table
  size_t namelen = 0;
  uint64_t flow = 0;   // the flow to end at its next start (0: none)
  int32_t sysP = -1;   // the P it left in _Psyscall
  bool created = false;
  bool exited = false;
};

struct mstate {
  track t;
  int64_t curg = 0;  // the goroutine it runs (0: none)
  int32_t p = -1;
  bool spinning = false, parked = false, syscall = false, system = false, exited = false;
};

// A growable array of T indexed by a small non-negative id.
template <class T>
struct table {
  T* v = nullptr;
  size_t n = 0;
  bool failed = false;
  T* at(int64_t id) {
    if (id < 0) id = 0;
    auto i = static_cast<size_t>(id);
    if (i >= n) {
      size_t nn = n == 0 ? 1024 : n;
      while (nn <= i) nn *= 2;
      auto* nv = static_cast<T*>(sysAlloc(nn * sizeof(T)));
      if (nv == nullptr) {
        failed = true;
        static T scratch;
        scratch = T{};
        return &scratch;
      }
      for (size_t k = 0; k < nn; k++) new (&nv[k]) T();
      for (size_t k = 0; k < n; k++) nv[k] = v[k];
      if (v != nullptr) sysFree(v, n * sizeof(T));
      v = nv;
      n = nn;
    }
    return &v[i];
  }
};

// funcnames caches funcname by pc: the symbol table's lookup is a scan.
struct funcnames {
  static constexpr size_t size = 1024;
  uintptr_t pcs[size] = {};
  const char* names[size] = {};
  size_t lens[size] = {};
  void get(uintptr_t pc, const char** name, size_t* len) {
    size_t h = (pc >> 4) % size;
    if (pcs[h] != pc) {
      const char* n = nullptr;
      size_t l = 0;
      if (!funcname(pc, &n, &l)) n = "?", l = 1;
      pcs[h] = pc, names[h] = n, lens[h] = l;
    }
    *name = names[h];
    *len = lens[h];
  }
};

struct writer {
  int fd;
  bool ok = true;
  bool first = true;
  size_t n = 0;
  char buf[1 << 16];

  void flush() {
    if (ok && n > 0) ok = write1(fd, buf, n);
    n = 0;
  }
  // room makes sure len more bytes fit (len <= sizeof buf).
  void room(size_t len) {
    if (n + len > sizeof buf) flush();
  }
  // put: a byte loop, not memcpy: the pieces are a few bytes long, and a
  // libc call per piece was the converter's largest cost.
  void put(const char* s, size_t len) {
    while (len > 0) {
      room(1);
      size_t k = len < sizeof buf - n ? len : sizeof buf - n;
      char* out = buf + n;  // not buf[n + i]: a char store may alias n, reloaded each time
      for (size_t i = 0; i < k; i++) out[i] = s[i];
      n += k;
      s += k;
      len -= k;
    }
  }
  template <size_t N>
  void lit(const char (&s)[N]) {
    room(N - 1);
    __builtin_memcpy(buf + n, s, N - 1);  // a constant size: inlined
    n += N - 1;
  }
  void str(const char* s) { put(s, __builtin_strlen(s)); }
  // A JSON string's contents: the names are Go identifiers and runtime
  // strings, but escape what JSON requires all the same.
  void escaped(const char* s, size_t len) {
    while (len > 0) {
      room(64);
      char* out = buf + n;
      char* end = buf + sizeof buf - 2;
      size_t i = 0;
      for (; i < len && out < end; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') {
          *out++ = '\\';
          *out++ = c;
        } else {
          *out++ = static_cast<unsigned char>(c) < 0x20 ? '?' : c;
        }
      }
      n = static_cast<size_t>(out - buf);
      s += i;
      len -= i;
    }
  }
  void num(int64_t v) {
    room(24);
    uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    char* out = buf + n;
    if (v < 0) *out++ = '-';
    // Two digits per division, from a table of "00".."99".
    static constexpr struct pairs {
      char d[200];
      constexpr pairs() : d() {
        for (int i = 0; i < 100; i++) d[2 * i] = static_cast<char>('0' + i / 10), d[2 * i + 1] = static_cast<char>('0' + i % 10);
      }
    } table;
    // Count the digits first and write them in place, from the right: a
    // copy of a variable-length scratch array became a memcpy call, which
    // cost as much as the formatting.
    int len = 1;
    for (uint64_t p10 = 10; len < 20 && u >= p10; p10 *= 10) len++;
    char* end = out + len;
    char* d = end;
    while (u >= 100) {
      unsigned r = static_cast<unsigned>(u % 100);
      u /= 100;
      d -= 2;
      d[0] = table.d[2 * r];
      d[1] = table.d[2 * r + 1];
    }
    if (u >= 10) {
      d[-2] = table.d[2 * u];
      d[-1] = table.d[2 * u + 1];
    } else {
      d[-1] = static_cast<char>('0' + u);
    }
    n = static_cast<size_t>(end - buf);
  }
  // ts: nanoseconds as microseconds with three decimals.
  void micros(int64_t ns) {
    num(ns / 1000);
    room(4);
    char* out = buf + n;
    out[0] = '.';
    out[1] = static_cast<char>('0' + ns / 100 % 10);
    out[2] = static_cast<char>('0' + ns / 10 % 10);
    out[3] = static_cast<char>('0' + ns % 10);
    n += 4;
  }
  // begin opens an event object: {"ph":"X","pid":1,"tid":2,"ts":3.000
  void begin(char ph, int pid, int64_t tid, int64_t ns) {
    if (first) {
      first = false;
    } else {
      lit(",\n");
    }
    char h[] = "{\"ph\":\"X\",\"pid\":";
    h[7] = ph;
    lit(h);
    num(pid);
    lit(",\"tid\":");
    num(tid);
    lit(",\"ts\":");
    micros(ns);
  }
};

struct converter {
  writer* w;
  table<gstate> gs;
  table<mstate> ms;
  track ps[_MaxGomaxprocs];
  funcnames names;
  uint64_t flows = 0;
  int64_t now = 0;  // the current event's time, never less than the last written
  bool stwOpen = false;

  // gname writes "G17 main.worker".
  void gname(int64_t goid) {
    w->lit("G");
    w->num(goid);
    gstate* g = gs.at(goid);
    if (g->startpc != 0 && g->name == nullptr) names.get(g->startpc, &g->name, &g->namelen);
    if (g->name != nullptr) {
      w->lit(" ");
      w->escaped(g->name, g->namelen);
    }
  }

  void labelName(label l) {
    switch (l.kind) {
      case lNone: break;
      case lRunning: w->lit("running"); break;
      case lSyscall: w->lit("syscall"); break;
      case lBlocked: {
        const char* r = waitReasonString(static_cast<waitReason>(l.v));
        if (*r == 0) r = "blocked";
        w->str(r);
        break;
      }
      case lRunG: gname(l.v); break;
      case lSyscallG:
        gname(l.v);
        w->lit(" (syscall)");
        break;
      case lMP:
      case lMPSpinning:
        w->lit("P");
        w->num(l.v);
        if (l.kind == lMPSpinning) w->lit(" spinning");
        break;
      case lMSpinning: w->lit("spinning"); break;
      case lMIdle: w->lit("idle"); break;
      case lMParked: w->lit("parked"); break;
      case lMSyscall: w->lit("syscall"); break;
      case lMSystem: w->lit("system"); break;
    }
  }

  // set changes what track (pid, tid) shows: E for the old slice, B for the new.
  void set(int pid, int64_t tid, track* t, label l) {
    t->seen = true;
    if (t->cur == l) return;
    if (t->cur.kind != lNone) {
      w->begin('E', pid, tid, now);
      w->lit("}");
    }
    t->cur = l;
    if (l.kind != lNone) {
      w->begin('B', pid, tid, now);
      w->lit(",\"name\":\"");
      labelName(l);
      w->lit("\"}");
    }
  }

  void instant(int pid, int64_t tid, const char* name) {
    w->begin('i', pid, tid, now);
    w->lit(",\"s\":\"t\",\"name\":\"");
    w->str(name);
    w->lit("\"}");
  }

  void flowEvent(char ph, int pid, int64_t tid, uint64_t id) {
    w->begin(ph, pid, tid, now);
    w->lit(",\"cat\":\"g\",\"name\":\"wake\",\"id\":");
    w->num(static_cast<int64_t>(id));
    if (ph == 'f') w->lit(",\"bp\":\"e\"");
    w->lit("}");
  }

  gstate* g(int64_t goid) { return gs.at(goid); }
  track* ptrack(int32_t id) { return &ps[id >= 0 && id < _MaxGomaxprocs ? id : 0]; }
  void setG(int64_t goid, label l) { set(pidG, goid, &g(goid)->t, l); }
  void setP(int32_t id, label l) {
    if (id >= 0 && id < _MaxGomaxprocs) set(pidP, id, ptrack(id), l);
  }

  void mlabel(int32_t id, mstate* mp) {
    label l;
    if (mp->exited) {
      l = {};
    } else if (mp->parked) {
      l = {lMParked, 0};
    } else if (mp->syscall) {
      l = {lMSyscall, 0};
    } else if (mp->p >= 0) {
      l = {mp->spinning ? lMPSpinning : lMP, mp->p};
    } else if (mp->spinning) {
      l = {lMSpinning, 0};
    } else {
      l = {mp->system ? lMSystem : lMIdle, 0};
    }
    set(pidM, id, &mp->t, l);
  }

  // wake starts a flow at the waker: its running goroutine's slice, or the
  // M's own (an M that has been seen always has an open slice).
  void wake(int32_t mid, mstate* mp, gstate* target) {
    mlabel(mid, mp);  // an M seen for the first time gets its slice first
    uint64_t id = ++flows;
    if (mp->curg != 0 && g(mp->curg)->t.cur.kind == lRunning) {
      flowEvent('s', pidG, mp->curg, id);
    } else {
      flowEvent('s', pidM, mid, id);
    }
    target->flow = id;
  }

  // stopped: goroutine goid stopped running on M mp (blocked, yielded, exited).
  void stopped(mstate* mp, int32_t p, int64_t goid, label gl) {
    setG(goid, gl);
    if (mp->curg == goid) mp->curg = 0;
    if (p >= 0 && ptrack(p)->cur == label{lRunG, goid}) setP(p, {});
  }

  void event(const traceRecord& r, int64_t ns) {
    if (ns > now) now = ns;
    int32_t mid = r.m;
    mstate* mp = ms.at(mid);
    switch (static_cast<traceKind>(r.kind)) {
      case traceEvGoCreate: {
        gstate* ng = g(r.g);
        ng->created = true;
        ng->startpc = static_cast<uintptr_t>(r.arg);
        ng->t.seen = true;
        instant(pidG, r.g, "created");
        wake(mid, mp, ng);
        break;
      }
      case traceEvGoStart: {
        gstate* gp = g(r.g);
        mp->curg = r.g;
        if (r.p >= 0) mp->p = r.p;
        setG(r.g, {lRunning, 0});
        if (gp->flow != 0) {
          flowEvent('f', pidG, r.g, gp->flow);
          gp->flow = 0;
        }
        setP(r.p, {lRunG, r.g});
        break;
      }
      case traceEvGoBlock: stopped(mp, r.p, r.g, {lBlocked, r.b}); break;
      case traceEvGoUnblock: {
        gstate* gp = g(r.g);
        setG(r.g, {});
        wake(mid, mp, gp);
        break;
      }
      case traceEvGoSched:
      case traceEvGoPreempt:
        stopped(mp, r.p, r.g, {});
        instant(pidG, r.g, r.kind == traceEvGoSched ? "Gosched" : "preempted");
        break;
      case traceEvGoExit:
        stopped(mp, r.p, r.g, {});
        instant(pidG, r.g, "exit");
        g(r.g)->exited = true;
        break;
      case traceEvGoSysCall: {
        auto pid = static_cast<int32_t>(r.arg);
        g(r.g)->sysP = pid;
        setG(r.g, {lSyscall, 0});
        mp->syscall = true;
        mp->p = -1;
        setP(pid, {lSyscallG, r.g});
        break;
      }
      case traceEvGoSysExit: {
        gstate* gp = g(r.g);
        auto pid = static_cast<int32_t>(r.arg);
        mp->syscall = false;
        if (gp->sysP >= 0 && ptrack(gp->sysP)->cur == label{lSyscallG, r.g}) setP(gp->sysP, {});
        gp->sysP = -1;
        if (pid >= 0) {
          mp->p = pid;
          mp->curg = r.g;
          setG(r.g, {lRunning, 0});
          setP(pid, {lRunG, r.g});
        } else {
          if (mp->curg == r.g) mp->curg = 0;
          setG(r.g, {});
        }
        break;
      }
      case traceEvProcAcquire: mp->p = static_cast<int32_t>(r.arg); break;
      case traceEvProcRelease:
        if (mp->p == r.arg) mp->p = -1;
        break;
      case traceEvProcHandoff:
      case traceEvProcRetake: {
        auto pid = static_cast<int32_t>(r.arg);
        if (pid < 0 || pid >= _MaxGomaxprocs) break;
        if (ptrack(pid)->cur.kind == lSyscallG) setP(pid, {});
        instant(pidP, pid,
                r.kind == traceEvProcHandoff ? "handoff"
                : r.b != 0                   ? "stopped for stop-the-world"
                                             : "retaken by sysmon");
        break;
      }
      case traceEvSteal: {
        int pid = r.p >= 0 ? pidP : pidM;
        w->begin('i', pid, r.p >= 0 ? r.p : mid, now);
        w->lit(",\"s\":\"t\",\"name\":\"steal ");
        w->num(r.b);
        w->lit(" from P");
        w->num(r.arg);
        w->lit("\"}");
        ptrack(r.p)->seen = true;
        break;
      }
      case traceEvMStart: mp->system = r.b != 0; break;
      case traceEvMPark:
        mp->parked = true;
        mp->spinning = false;
        break;
      case traceEvMUnpark:
        mp->parked = false;
        mp->spinning = r.b != 0;
        break;
      case traceEvMSpin: mp->spinning = r.b != 0; break;
      case traceEvMExit: mp->exited = true; break;
      case traceEvPreemptRequest: instant(pidG, r.g, "preempt request"); break;
      case traceEvStackGrow:
        w->begin('i', pidG, r.g, now);
        w->lit(",\"s\":\"t\",\"name\":\"stack growth\",\"args\":{\"segment\":");
        w->num(r.arg);
        w->lit("}}");
        break;
      case traceEvSTWStart:
        if (stwOpen) break;
        stwOpen = true;
        w->begin('B', pidRuntime, 0, now);
        w->lit(",\"name\":\"stop the world (");
        w->str(reinterpret_cast<const char*>(r.arg));
        w->lit(")\"}");
        break;
      case traceEvSTWDone:
        if (!stwOpen) break;
        stwOpen = false;
        w->begin('E', pidRuntime, 0, now);
        w->lit("}");
        break;
      case traceEvLockOSThread: instant(pidG, r.g, "LockOSThread"); break;
      case traceEvUnlockOSThread: instant(pidG, r.g, "UnlockOSThread"); break;
      case traceEvFork: instant(pidG, r.g, "fork"); break;
      case traceEvProcResize:
        // Every P in use gets its track, even one that never runs anything.
        for (int64_t id = 0; id < r.arg && id < _MaxGomaxprocs; id++) ps[id].seen = true;
        w->begin('i', pidRuntime, 0, now);
        w->lit(",\"s\":\"t\",\"name\":\"GOMAXPROCS=");
        w->num(r.arg);
        w->lit("\"}");
        break;
      case traceEvNone:
      case traceEvCount: break;
    }
    mlabel(mid, mp);
  }

  // end closes every track at the end of the trace. A goroutine still alive
  // is marked so; one that was made runnable and never ran again gets a
  // zero-length "runnable" slice to end its flow arrow in.
  void end(int64_t ns) {
    if (ns > now) now = ns;
    for (size_t id = 0; id < gs.n; id++) {
      gstate* gp = &gs.v[id];
      if (!gp->t.seen) continue;
      auto goid = static_cast<int64_t>(id);
      setG(goid, {});
      if (gp->created && !gp->exited) {
        if (gp->flow != 0) {
          w->begin('B', pidG, goid, now);
          w->lit(",\"name\":\"runnable\"}");
          flowEvent('f', pidG, goid, gp->flow);
          w->begin('E', pidG, goid, now);
          w->lit("}");
        }
        instant(pidG, goid, "alive at end");
      }
    }
    for (int32_t id = 0; id < _MaxGomaxprocs; id++)
      if (ps[id].seen) setP(id, {});
    for (size_t id = 0; id < ms.n; id++) {
      if (ms.v[id].t.seen) set(pidM, static_cast<int64_t>(id), &ms.v[id].t, {});
    }
    if (stwOpen) {
      w->begin('E', pidRuntime, 0, now);
      w->lit("}");
    }
  }

  void meta(int pid, int64_t tid, const char* what, bool sort) {
    w->begin('M', pid, tid, 0);
    w->lit(",\"name\":\"");
    w->str(what);
    w->lit("\",\"args\":{");
    if (sort) {
      w->lit("\"sort_index\":");
      w->num(tid);
    } else {
      w->lit("\"name\":\"");
    }
  }

  // names writes the metadata: process and track names, in id order.
  void trackNames() {
    static const char* const processes[] = {"", "Ps", "Ms", "Goroutines", "Runtime"};
    for (int pid = pidP; pid <= pidRuntime; pid++) {
      meta(pid, 0, "process_name", false);
      w->str(processes[pid]);
      w->lit("\"}}");
      meta(pid, pid, "process_sort_index", true);
      w->lit("}}");
    }
    auto thread = [&](int pid, int64_t tid, char prefix) {
      meta(pid, tid, "thread_name", false);
      if (prefix == 'G') {
        gname(tid);
      } else {
        char c[1] = {prefix};
        w->put(c, 1);
        w->num(tid);
      }
      w->lit("\"}}");
      meta(pid, tid, "thread_sort_index", true);
      w->lit("}}");
    };
    for (int32_t id = 0; id < _MaxGomaxprocs; id++)
      if (ps[id].seen) thread(pidP, id, 'P');
    for (size_t id = 0; id < ms.n; id++)
      if (ms.v[id].t.seen) thread(pidM, static_cast<int64_t>(id), 'M');
    for (size_t id = 0; id < gs.n; id++)
      if (gs.v[id].t.seen) thread(pidG, static_cast<int64_t>(id), 'G');
    meta(pidRuntime, 0, "thread_name", false);
    w->lit("stop the world\"}}");
  }
};

}  // namespace

bool traceWriteJSON(int fd, traceRecordSource src, traceClockScale clock, int64_t endns) {
  // Both are large (the writer's buffer, the P tracks): not on g0's stack.
  auto* w = static_cast<writer*>(sysAlloc(sizeof(writer)));
  auto* c = static_cast<converter*>(sysAlloc(sizeof(converter)));
  if (w == nullptr || c == nullptr) return false;
  new (w) writer();
  new (c) converter();
  w->fd = fd;
  c->w = w;
  int64_t start = nanotime();
  w->lit("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
  int64_t nevents = 0;
  while (const traceRecord* r = src.next(src.ctx)) {
    c->event(*r, clock.ns(r->ticks));
    nevents++;
  }
  c->end(endns);
  c->trackNames();
  // otherData (free-form in the format): how long the program ran traced,
  // how many events it recorded, and how long this conversion took, which
  // the program's exit waited for (bench/trace-overhead separates the two).
  w->lit("\n],\"otherData\":{\"recorded_events\":\"");
  w->num(nevents);
  w->lit("\",\"traced_ms\":\"");
  w->num(endns / 1000000);
  w->lit("\",\"conversion_ms\":\"");
  w->num((nanotime() - start) / 1000000);
  w->lit("\"}}\n");
  w->flush();
  bool ok = w->ok && !c->gs.failed && !c->ms.failed;
  sysFree(c, sizeof(converter));
  sysFree(w, sizeof(writer));
  return ok;
}

}  // namespace gosub::rt
