// runtime/pprof_encode.cpp — profile.proto writer and gzip (pprof_encode.h).
//
// The field numbers and what goes in them are those of Go's
// runtime/pprof/proto.go and protobuf.go for a CPU profile: sample types
// samples/count and cpu/nanoseconds, period type cpu/nanoseconds, period
// 1e9/hz, time and duration; one Mapping per executable mapping of
// /proc/self/maps (the executable first, with its GNU build ID); one
// Location per distinct address (its Lines, innermost frame first, without
// the compiler's wrappers: Go's sigprof traceback leaves them out); one
// Function per name, whose name and system_name Go sets alike. Memory comes
// from libc's allocator: this runs on the system stack, in the reader.

#include "pprof_encode.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include <initializer_list>
#include <new>

#include "profbuf.h"
#include "runtime.h"
#include "varint.h"

// The pseudo-function Go's profiles charge lost samples to (Go's
// runtime/pprof.lostProfileEvent): a real function, so that symbolising
// its address, here or in pprof, gives its name.
extern "C" [[gnu::noinline]] void lostProfileEvent() __asm__("runtime/pprof.lostProfileEvent");
extern "C" void lostProfileEvent() { __asm__ volatile("" ::: "memory"); }

namespace gosub::rt {

namespace {

// ---- growable arrays (libc memory; out of memory sets a flag) --------------
template <class T>
struct vec {
  T* p = nullptr;
  size_t len = 0, cap = 0;
  bool* oom = nullptr;
  bool reserve(size_t n) {
    if (n <= cap) return true;
    size_t c = cap ? cap : 16;
    while (c < n) c *= 2;
    void* q = realloc(p, c * sizeof(T));
    if (q == nullptr) {
      if (oom) *oom = true;
      return false;
    }
    p = static_cast<T*>(q);
    cap = c;
    return true;
  }
  bool push(const T& v) {
    if (!reserve(len + 1)) return false;
    p[len++] = v;
    return true;
  }
  void release() {
    free(p);
    p = nullptr;
    len = cap = 0;
  }
};

// A protobuf message being written (Go's protobuf.go, in the same spirit).
struct pbuf {
  vec<uint8_t> b;
  void byte(uint8_t c) { b.push(c); }
  void varint(uint64_t x) {
    if (b.reserve(b.len + kMaxVarintLen)) b.len = static_cast<size_t>(putUvarint(b.p + b.len, x) - b.p);
  }
  void key(int tag, int wire) { varint(static_cast<uint64_t>(tag) << 3 | static_cast<uint64_t>(wire)); }
  void u64(int tag, uint64_t x) {
    key(tag, 0);
    varint(x);
  }
  void u64opt(int tag, uint64_t x) {
    if (x != 0) u64(tag, x);
  }
  void i64opt(int tag, int64_t x) { u64opt(tag, static_cast<uint64_t>(x)); }
  void bytes(int tag, const void* p, size_t n) {
    key(tag, 2);
    varint(n);
    if (b.reserve(b.len + n)) {
      memcpy(b.p + b.len, p, n);
      b.len += n;
    }
  }
  // packed repeated integers (Go writes samples' values and locations so)
  void packed(int tag, const uint64_t* v, size_t n) {
    pbuf tmp;
    tmp.b.oom = b.oom;
    for (size_t i = 0; i < n; i++) tmp.varint(v[i]);
    bytes(tag, tmp.b.p, tmp.b.len);
    tmp.b.release();
  }
  void message(int tag, pbuf& m) {
    bytes(tag, m.b.p, m.b.len);
    m.b.len = 0;
  }
};

// Field numbers of profile.proto (Go's proto.go names).
enum {
  tagProfile_SampleType = 1, tagProfile_Sample = 2, tagProfile_Mapping = 3, tagProfile_Location = 4,
  tagProfile_Function = 5, tagProfile_StringTable = 6, tagProfile_TimeNanos = 9,
  tagProfile_DurationNanos = 10, tagProfile_PeriodType = 11, tagProfile_Period = 12,
  tagValueType_Type = 1, tagValueType_Unit = 2,
  tagSample_Location = 1, tagSample_Value = 2,
  tagMapping_ID = 1, tagMapping_Start = 2, tagMapping_Limit = 3, tagMapping_Offset = 4,
  tagMapping_Filename = 5, tagMapping_BuildID = 6, tagMapping_HasFunctions = 7,
  tagLocation_ID = 1, tagLocation_MappingID = 2, tagLocation_Address = 3, tagLocation_Line = 4,
  tagLine_FunctionID = 1, tagLine_Line = 2,
  tagFunction_ID = 1, tagFunction_Name = 2, tagFunction_SystemName = 3, tagFunction_Filename = 4,
};

// hashBytes: FNV-1a, for the tables below. Not the maps' memhash: that is
// a Go-ABI entry with a split-stack prologue, and the encoder runs on g0.
uint64_t hashBytes(const void* p, size_t n, uint64_t h = 1469598103934665603ull) {
  auto* c = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < n; i++) h = (h ^ c[i]) * 1099511628211ull;
  return h;
}

// index: open addressing from a hash to an entry number (1-based, 0 empty);
// the caller compares keys. Grows at half full.
struct index {
  vec<uint32_t> slots;
  vec<uint64_t> hashes;
  size_t used = 0;
  // find returns the slot for h where eq(entry) holds, or the empty one.
  template <class Eq>
  uint32_t* find(uint64_t h, Eq eq) {
    if (slots.cap == 0 || (used + 1) * 2 > slots.len) grow();
    if (slots.len == 0) return nullptr;
    size_t mask = slots.len - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint32_t e = slots.p[i];
      if (e == 0 || (hashes.p[i] == h && eq(e - 1))) return &slots.p[i];
    }
  }
  void insert(uint32_t* slot, uint64_t h, uint32_t entry) {
    *slot = entry + 1;
    hashes.p[slot - slots.p] = h;
    used++;
  }
  void grow() {
    size_t n = slots.len ? slots.len * 2 : 256;
    uint32_t* os = slots.p;
    uint64_t* oh = hashes.p;
    size_t on = slots.len;
    slots.p = nullptr;
    hashes.p = nullptr;
    slots.cap = hashes.cap = slots.len = hashes.len = 0;
    if (!slots.reserve(n) || !hashes.reserve(n)) return;
    slots.len = hashes.len = n;
    memset(slots.p, 0, n * sizeof(uint32_t));
    for (size_t i = 0; i < on; i++) {
      if (os[i] == 0) continue;
      size_t j = oh[i] & (n - 1);
      while (slots.p[j] != 0) j = (j + 1) & (n - 1);
      slots.p[j] = os[i];
      hashes.p[j] = oh[i];
    }
    free(os);
    free(oh);
  }
  void release() {
    slots.release();
    hashes.release();
    used = 0;
  }
};

struct mapping {
  uint64_t start, limit, offset;
  int64_t file, buildID;  // string indexes
  bool tried, failed;     // Go's lookupTried / lookupFailed
};

// buildIDOf finds the GNU build ID note of the loaded object that maps
// addr, in memory; writes it as hex into hex (room for 2*kMaxID+1).
constexpr size_t kMaxBuildID = 64;
struct buildIDQuery {
  uintptr_t addr;
  char* hex;
  size_t len;
};

int buildIDCallback(dl_phdr_info* info, size_t, void* data) {
  auto* q = static_cast<buildIDQuery*>(data);
  bool mine = false;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && q->addr >= (lo & ~uintptr_t{0xfff}) && q->addr < lo + ph.p_memsz) mine = true;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    auto* p = reinterpret_cast<const uint8_t*>(info->dlpi_addr + ph.p_vaddr);
    size_t off = 0;
    while (off + sizeof(ElfW(Nhdr)) <= ph.p_memsz) {
      auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p + off);
      size_t name = off + sizeof(ElfW(Nhdr));
      size_t desc = name + ((nh->n_namesz + 3) & ~size_t{3});
      size_t next = desc + ((nh->n_descsz + 3) & ~size_t{3});
      if (next > ph.p_memsz) break;
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(p + name, "GNU", 4) == 0 &&
          nh->n_descsz <= kMaxBuildID) {
        static const char digits[] = "0123456789abcdef";
        for (size_t k = 0; k < nh->n_descsz; k++) {
          q->hex[2 * k] = digits[p[desc + k] >> 4];
          q->hex[2 * k + 1] = digits[p[desc + k] & 15];
        }
        q->len = 2 * nh->n_descsz;
        return 1;
      }
      off = next;
    }
  }
  return 1;
}

uint64_t parseHex(const char*& s, const char* end) {
  uint64_t v = 0;
  for (; s < end; s++) {
    char c = *s;
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) break;
    v = v << 4 | static_cast<uint64_t>(d);
  }
  return v;
}

}  // namespace

struct profileBuilder::impl {
  bool oom = false;
  int64_t period = 0, startNanos = 0;
  symbolizeFn sym = nullptr;

  // Strings: the table's bytes in one arena; offsets and lengths.
  vec<char> arena;
  vec<uint64_t> strOff, strLen;
  index strIndex;

  // Samples: distinct stacks (their pcs in one pool) and counts.
  vec<uintptr_t> pcs;
  vec<uint64_t> stkOff, stkLen, stkCount;
  index stkIndex;

  // Locations by address, functions by name; their messages as written.
  // locID: each address's Location id, 0 for one whose frames are all
  // wrappers (it has no Location: samples skip it).
  vec<uintptr_t> locAddr;
  vec<uint64_t> locID;
  uint64_t nextLocID = 1;
  index locIndex;
  vec<uint64_t> funcName;  // string index of each function's name
  index funcIndex;
  pbuf locMsgs, funcMsgs;

  vec<mapping> maps;

  impl() {
    for (auto* v : {&strOff, &strLen, &stkOff, &stkLen, &stkCount, &funcName, &locID}) v->oom = &oom;
    arena.oom = &oom;
    pcs.oom = locAddr.oom = &oom;
    maps.oom = &oom;
    locMsgs.b.oom = funcMsgs.b.oom = &oom;
  }

  void release() {
    for (auto* v : {&strOff, &strLen, &stkOff, &stkLen, &stkCount, &funcName, &locID}) v->release();
    arena.release();
    pcs.release();
    locAddr.release();
    maps.release();
    locMsgs.b.release();
    funcMsgs.b.release();
    strIndex.release();
    stkIndex.release();
    locIndex.release();
    funcIndex.release();
  }

  int64_t str(const char* s, size_t n) {
    uint64_t h = hashBytes(s, n);
    uint32_t* slot = strIndex.find(h, [&](uint32_t e) {
      return strLen.p[e] == n && memcmp(arena.p + strOff.p[e], s, n) == 0;
    });
    if (slot == nullptr) return 0;
    if (*slot != 0) return *slot - 1;
    if (!arena.reserve(arena.len + n + 1)) return 0;
    auto e = static_cast<uint32_t>(strOff.len);
    strOff.push(arena.len);
    strLen.push(n);
    memcpy(arena.p + arena.len, s, n);
    arena.len += n;
    strIndex.insert(slot, h, e);
    return e;
  }
  int64_t str(const char* s) { return str(s, strlen(s)); }

  mapping* mappingOf(uintptr_t addr) {
    for (size_t i = 0; i < maps.len; i++)
      if (addr >= maps.p[i].start && addr < maps.p[i].limit) return &maps.p[i];
    return nullptr;
  }

  void readMaps(const char* path) {
    int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    vec<char> text;
    text.oom = &oom;
    for (;;) {
      if (!text.reserve(text.len + 4096)) break;
      ssize_t r = ::read(fd, text.p + text.len, 4096);
      if (r <= 0) break;
      text.len += static_cast<size_t>(r);
    }
    ::close(fd);
    const char* s = text.p;
    const char* end = text.p + text.len;
    while (s < end) {
      const char* eol = static_cast<const char*>(memchr(s, '\n', static_cast<size_t>(end - s)));
      if (eol == nullptr) eol = end;
      addMapsLine(s, eol);
      s = eol + 1;
    }
    text.release();
  }

  // addMapsLine takes one line of /proc/self/maps, as Go's parseProcSelfMaps.
  void addMapsLine(const char* s, const char* eol) {
    auto field = [&](const char*& b, const char*& e) {
      while (s < eol && *s == ' ') s++;
      b = s;
      while (s < eol && *s != ' ') s++;
      e = s;
      return b < e;
    };
    const char *b, *e;
    if (!field(b, e)) return;
    uint64_t lo = parseHex(b, e);
    if (b >= e || *b != '-') return;
    b++;
    uint64_t hi = parseHex(b, e);
    if (!field(b, e) || e - b < 4 || b[2] != 'x') return;  // executable only
    if (!field(b, e)) return;
    uint64_t offset = parseHex(b, e);
    const char *ib, *ie;
    if (!field(b, e) || !field(ib, ie)) return;  // dev, inode
    while (s < eol && *s == ' ') s++;
    const char* file = s;
    size_t flen = static_cast<size_t>(eol - s);
    static const char kDeleted[] = " (deleted)";
    size_t dl = sizeof kDeleted - 1;
    if (flen >= dl && memcmp(file + flen - dl, kDeleted, dl) == 0) flen -= dl;
    if (flen == 0) return;  // anonymous (Go drops inode-0 mappings without a name)
    char hex[2 * kMaxBuildID + 1];
    buildIDQuery q{lo, hex, 0};
    if (file[0] == '/') dl_iterate_phdr(buildIDCallback, &q);
    maps.push({lo, hi, offset, str(file, flen), str(hex, q.len), false, false});
  }

  uint64_t function(const srcframe& f) {
    char buf[256];
    const char* name = f.name;
    size_t len = f.namelen;
    size_t dl = demangleRuntime(f.name, f.namelen, buf, sizeof buf);
    static const char kMorestack[] = "__morestack";
    if (dl != 0) {
      name = buf;
      len = dl;
    } else if (len == sizeof kMorestack - 1 && memcmp(name, kMorestack, len) == 0) {
      // The split-stack ABI fixes its name; it is Go's runtime.morestack.
      name = "runtime.morestack";
      len = strlen(name);
    }
    uint64_t h = hashBytes(name, len);
    int64_t nameIdx = str(name, len);
    uint32_t* slot = funcIndex.find(h, [&](uint32_t e) { return funcName.p[e] == static_cast<uint64_t>(nameIdx); });
    if (slot == nullptr) return 0;
    if (*slot != 0) return *slot;  // ids are 1-based, as the slot's value
    auto e = static_cast<uint32_t>(funcName.len);
    funcName.push(static_cast<uint64_t>(nameIdx));
    funcIndex.insert(slot, h, e);
    pbuf m;
    m.b.oom = &oom;
    m.u64opt(tagFunction_ID, e + 1);
    m.i64opt(tagFunction_Name, nameIdx);
    // Go writes the name twice; the runtime's C++ functions keep their
    // symbol as the system name.
    m.i64opt(tagFunction_SystemName, str(f.name, f.namelen));
    m.i64opt(tagFunction_Filename, str(f.file));
    funcMsgs.message(tagProfile_Function, m);
    m.b.release();
    return e + 1;
  }

  // location: the id of the Location for return address pc (Go's
  // appendLocsForStack; its address is pc-1, the call instruction), or 0
  // if pc is only in wrappers. A wrapper's own frame is dropped, as Go's
  // sigprof traceback skips wrapper functions (funcFlag WRAPPER) and their
  // inline-tree entries; what is inlined into a wrapper stays.
  uint64_t location(uintptr_t pc) {
    uint64_t h = hashBytes(&pc, sizeof pc);
    uint32_t* slot = locIndex.find(h, [&](uint32_t e) { return locAddr.p[e] == pc; });
    if (slot == nullptr) return 0;
    if (*slot != 0) return locID.p[*slot - 1];
    auto e = static_cast<uint32_t>(locAddr.len);
    // pc at a function's entry was not returned to by a call (a new
    // goroutine's first pc, the frame record a stack switch leaves): Go's
    // traceback records it as entry+1, so its location is the entry, not
    // the end of whatever precedes it.
    uintptr_t addr = pc;
    srcframe frames[16];
    int n = sym(addr, frames, 16);
    if (n == 0 || frames[0].entry != pc) n = sym(--addr, frames, 16);
    int kept = 0;
    for (int i = 0; i < n; i++)
      if (!frames[i].wrapper) frames[kept++] = frames[i];
    uint64_t id = n > 0 && kept == 0 ? 0 : nextLocID++;
    if (!locAddr.push(pc) || !locID.push(id)) return 0;
    locIndex.insert(slot, h, e);
    mapping* mp = mappingOf(addr);
    if (mp != nullptr) {
      mp->tried = true;
      if (n == 0) mp->failed = true;
    }
    if (id == 0) return 0;
    pbuf m, line;
    m.b.oom = line.b.oom = &oom;
    m.u64opt(tagLocation_ID, id);
    if (mp != nullptr) m.u64opt(tagLocation_MappingID, static_cast<uint64_t>(mp - maps.p) + 1);
    m.u64opt(tagLocation_Address, addr);
    for (int i = 0; i < kept; i++) {
      line.u64opt(tagLine_FunctionID, function(frames[i]));
      line.i64opt(tagLine_Line, frames[i].line);
      m.message(tagLocation_Line, line);
    }
    locMsgs.message(tagProfile_Location, m);
    m.b.release();
    line.b.release();
    return id;
  }

  void add(const uintptr_t* stk, int n, uint64_t count) {
    uint64_t h = hashBytes(stk, sizeof(uintptr_t) * static_cast<size_t>(n));
    uint32_t* slot = stkIndex.find(h, [&](uint32_t e) {
      return stkLen.p[e] == static_cast<uint64_t>(n) &&
             memcmp(pcs.p + stkOff.p[e], stk, sizeof(uintptr_t) * static_cast<size_t>(n)) == 0;
    });
    if (slot == nullptr) return;
    if (*slot != 0) {
      stkCount.p[*slot - 1] += count;
      return;
    }
    if (!pcs.reserve(pcs.len + static_cast<size_t>(n))) return;
    auto e = static_cast<uint32_t>(stkOff.len);
    stkOff.push(pcs.len);
    stkLen.push(static_cast<uint64_t>(n));
    stkCount.push(count);
    memcpy(pcs.p + pcs.len, stk, sizeof(uintptr_t) * static_cast<size_t>(n));
    pcs.len += static_cast<size_t>(n);
    stkIndex.insert(slot, h, e);
  }
};

bool profileBuilder::start(int64_t hz, int64_t startNanos, symbolizeFn sym, const char* mapsPath) {
  release();
  void* mem = malloc(sizeof(impl));
  if (mem == nullptr) return false;
  d_ = new (mem) impl();
  d_->period = hz > 0 ? 1000000000 / hz : 0;
  d_->startNanos = startNanos;
  d_->sym = sym;
  d_->str("", 0);  // string 0 is always ""
  d_->readMaps(mapsPath);
  return !d_->oom;
}

void profileBuilder::addSample(const uintptr_t* stk, int n, uint64_t count) {
  if (d_ != nullptr && n > 0 && count > 0) d_->add(stk, n, count);
}

void profileBuilder::addLost(uint64_t count) {
  uintptr_t pc = reinterpret_cast<uintptr_t>(&lostProfileEvent) + 1;
  addSample(&pc, 1, count);
}

bool profileBuilder::build(int64_t endNanos) {
  if (d_ == nullptr) return false;
  impl& d = *d_;
  pbuf pb, m;
  pb.b.oom = m.b.oom = &d.oom;
  auto valueType = [&](int tag, const char* type, const char* unit) {
    m.i64opt(tagValueType_Type, d.str(type));
    m.i64opt(tagValueType_Unit, d.str(unit));
    pb.message(tag, m);
  };
  pb.i64opt(tagProfile_TimeNanos, d.startNanos);
  valueType(tagProfile_SampleType, "samples", "count");
  valueType(tagProfile_SampleType, "cpu", "nanoseconds");
  pb.i64opt(tagProfile_DurationNanos, endNanos - d.startNanos);
  valueType(tagProfile_PeriodType, "cpu", "nanoseconds");
  pb.i64opt(tagProfile_Period, d.period);

  uint64_t locs[kMaxCPUProfStack];
  for (size_t s = 0; s < d.stkOff.len; s++) {
    size_t n = d.stkLen.p[s];
    if (n > kMaxCPUProfStack) n = kMaxCPUProfStack;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
      if (uint64_t id = d.location(d.pcs.p[d.stkOff.p[s] + i])) locs[kept++] = id;
    uint64_t values[2] = {d.stkCount.p[s], d.stkCount.p[s] * static_cast<uint64_t>(d.period)};
    m.packed(tagSample_Value, values, 2);
    m.packed(tagSample_Location, locs, kept);
    pb.message(tagProfile_Sample, m);
  }
  for (size_t i = 0; i < d.maps.len; i++) {
    const mapping& mp = d.maps.p[i];
    m.u64opt(tagMapping_ID, i + 1);
    m.u64opt(tagMapping_Start, mp.start);
    m.u64opt(tagMapping_Limit, mp.limit);
    m.u64opt(tagMapping_Offset, mp.offset);
    m.i64opt(tagMapping_Filename, mp.file);
    m.i64opt(tagMapping_BuildID, mp.buildID);
    if (mp.tried && !mp.failed) m.u64(tagMapping_HasFunctions, 1);
    pb.message(tagProfile_Mapping, m);
  }
  if (pb.b.reserve(pb.b.len + d.locMsgs.b.len + d.funcMsgs.b.len)) {
    memcpy(pb.b.p + pb.b.len, d.locMsgs.b.p, d.locMsgs.b.len);
    pb.b.len += d.locMsgs.b.len;
    memcpy(pb.b.p + pb.b.len, d.funcMsgs.b.p, d.funcMsgs.b.len);
    pb.b.len += d.funcMsgs.b.len;
  }
  for (size_t i = 0; i < d.strOff.len; i++) pb.bytes(tagProfile_StringTable, d.arena.p + d.strOff.p[i], d.strLen.p[i]);
  m.b.release();
  if (d.oom) {
    pb.b.release();
    return false;
  }

  // gzip (windowBits 16+15), fast, as Go's gzip.BestSpeed writer.
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    pb.b.release();
    return false;
  }
  size_t cap = deflateBound(&zs, pb.b.len);
  out_ = static_cast<uint8_t*>(malloc(cap));
  bool ok = out_ != nullptr;
  if (ok) {
    zs.next_in = pb.b.p;
    zs.avail_in = static_cast<uInt>(pb.b.len);
    zs.next_out = out_;
    zs.avail_out = static_cast<uInt>(cap);
    ok = deflate(&zs, Z_FINISH) == Z_STREAM_END;
    outLen_ = cap - zs.avail_out;
  }
  deflateEnd(&zs);
  pb.b.release();
  outOff_ = 0;
  built_ = ok;
  return ok;
}

size_t profileBuilder::read(uint8_t* p, size_t n) {
  if (!built_) return 0;
  size_t k = outLen_ - outOff_ < n ? outLen_ - outOff_ : n;
  memcpy(p, out_ + outOff_, k);
  outOff_ += k;
  return k;
}

void profileBuilder::release() {
  if (d_ != nullptr) {
    d_->release();
    d_->~impl();
    free(d_);
    d_ = nullptr;
  }
  free(out_);
  out_ = nullptr;
  outLen_ = outOff_ = 0;
  built_ = false;
}

}  // namespace gosub::rt
