// runtime/symtab.cpp — pc to function, file and line (Go's symtab.go).
//
// Go functions: the compiler's table gosub.pclntab (pclntab_layout.h), read in
// place. It is sorted by the compiler, so a lookup is a binary search per
// text section and needs no initialisation at all.
//
// Everything else (the C++ runtime, libc): the ELF symbol table of the
// executable (/proc/self/exe; .dynsym if stripped), mapped on first use. Its
// function symbols are copied once into a sorted index (mmap'd memory, not
// the Go heap), so that a traceback of 10,000 goroutines, each with runtime
// frames to name, stays a binary search per frame. Generated code is in the
// executable, so shared objects are not searched.

#include "symtab.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include "pclntab_layout.h"
#include "runtime.h"

// The table is in the program's last object; a binary without it (the
// runtime's unit tests) sees a null address.
extern "C" const gosub::pcln::header gosub_pclntab __asm__("gosub.pclntab") __attribute__((weak));

namespace gosub::rt {

namespace {

// ---- the compiler's table -------------------------------------------------

const pcln::header* table() {
  const pcln::header* h = &gosub_pclntab;
  return h != nullptr && h->magic == pcln::kMagic ? h : nullptr;
}

template <typename T>
const T* part(const pcln::header* h, uint32_t off) {
  return reinterpret_cast<const T*>(reinterpret_cast<const uint8_t*>(h) + off);
}

const char* blobstr(const pcln::header* h, uint32_t off) { return part<char>(h, h->bloboff + off); }

size_t cstrlen(const char* s) {
  size_t n = 0;
  while (s[n] != 0) n++;
  return n;
}

// findfunc: the table's function containing pc and its entry address.
const pcln::func* findfunc(const pcln::header* h, uintptr_t pc, uintptr_t* entry) {
  auto* sections = part<pcln::section>(h, h->sectionoff);
  auto* funcs = part<pcln::func>(h, h->funcoff);
  for (uint32_t i = 0; i < h->nsection; i++) {
    const pcln::section& s = sections[i];
    if (s.nfunc == 0) continue;
    uintptr_t base = reinterpret_cast<uintptr_t>(&s.base) + static_cast<intptr_t>(s.base);
    if (pc < base) continue;
    uintptr_t off = pc - base;
    const pcln::func* f = funcs + s.firstfunc;
    // The last function with entry <= off.
    uint32_t lo = 0, hi = s.nfunc;
    while (hi - lo > 1) {
      uint32_t mid = lo + (hi - lo) / 2;
      if (f[mid].entry <= off) lo = mid;
      else hi = mid;
    }
    if (off >= f[lo].entry && off - f[lo].entry < f[lo].size) {
      *entry = base + f[lo].entry;
      return &f[lo];
    }
  }
  return nullptr;
}

uint64_t uvarint(const uint8_t*& p) {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = *p++;
    v |= uint64_t{b & 0x7fu} << shift;
    if (b < 0x80) return v;
  }
}

// pcline decodes a lines stream up to offset off in the function.
void pcline(const pcln::header* h, uint32_t stream, uintptr_t off, uint32_t* file, int32_t* line) {
  const uint8_t* p = part<uint8_t>(h, h->bloboff + stream);
  uint32_t f = 0;
  int64_t l = 0;
  uintptr_t pc = 0;
  for (;;) {
    uint64_t run = uvarint(p);
    if (run == 0) break;
    uint64_t v = uvarint(p);
    uint64_t zigzag = v >> 1;
    l += static_cast<int64_t>(zigzag >> 1) ^ -static_cast<int64_t>(zigzag & 1);
    if (v & 1) f = static_cast<uint32_t>(uvarint(p));
    if (off < pc + run) break;
    pc += run;
  }
  *file = f;
  *line = static_cast<int32_t>(l);
}

// pcinline: the innermost inline node at off + 1, or 0.
uint32_t pcinline(const pcln::header* h, uint32_t stream, uintptr_t off) {
  const uint8_t* p = part<uint8_t>(h, h->bloboff + stream);
  uintptr_t pc = 0;
  for (;;) {
    uint64_t run = uvarint(p);
    if (run == 0) return 0;
    uint64_t node = uvarint(p);
    if (off < pc + run) return static_cast<uint32_t>(node);
    pc += run;
  }
}

// ---- the ELF symbol table -------------------------------------------------

struct elfsym {
  uintptr_t addr;  // run-time address
  uintptr_t size;
  const char* name;
};

struct elfindex {
  elfsym* syms;
  size_t n;
};

elfindex elftab;
uint32_t elfstate;  // [atomic] 0 not loaded, 1 loading, 2 ready

int mainbias(dl_phdr_info* info, size_t, void* data) {
  // The first object dl_iterate_phdr reports is the executable itself.
  *static_cast<uintptr_t*>(data) = info->dlpi_addr;
  return 1;
}

// siftdown and heapsort: an in-place sort that needs no stack to speak of.
void siftdown(elfsym* a, size_t root, size_t n) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && a[child + 1].addr > a[child].addr) child++;
    if (a[root].addr >= a[child].addr) return;
    elfsym t = a[root];
    a[root] = a[child];
    a[child] = t;
    root = child;
  }
}

void heapsort(elfsym* a, size_t n) {
  for (size_t i = n / 2; i-- > 0;) siftdown(a, i, n);
  for (size_t end = n; end-- > 1;) {
    elfsym t = a[0];
    a[0] = a[end];
    a[end] = t;
    siftdown(a, 0, end);
  }
}

void elfload() {
  int fd = ::open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > static_cast<off_t>(sizeof(Elf64_Ehdr)))
    map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return;
  auto* base = static_cast<const uint8_t*>(map);
  auto size = static_cast<size_t>(st.st_size);
  auto* eh = reinterpret_cast<const Elf64_Ehdr*>(base);
  if (eh->e_ident[EI_MAG0] != ELFMAG0 || eh->e_ident[EI_MAG1] != ELFMAG1 || eh->e_ident[EI_MAG2] != ELFMAG2 ||
      eh->e_ident[EI_MAG3] != ELFMAG3 || eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_shoff == 0 ||
      eh->e_shoff + uint64_t{eh->e_shnum} * sizeof(Elf64_Shdr) > size)
    return;
  auto* sh = reinterpret_cast<const Elf64_Shdr*>(base + eh->e_shoff);
  const Elf64_Shdr* best = nullptr;
  for (int i = 0; i < eh->e_shnum; i++) {
    if (sh[i].sh_type == SHT_SYMTAB) best = &sh[i];
    if (sh[i].sh_type == SHT_DYNSYM && best == nullptr) best = &sh[i];
  }
  if (best == nullptr || best->sh_link >= eh->e_shnum) return;
  const Elf64_Shdr* str = &sh[best->sh_link];
  if (best->sh_offset + best->sh_size > size || str->sh_offset + str->sh_size > size) return;
  auto* syms = reinterpret_cast<const Elf64_Sym*>(base + best->sh_offset);
  size_t nsyms = best->sh_size / sizeof(Elf64_Sym);
  auto* strs = reinterpret_cast<const char*>(base + str->sh_offset);
  if (str->sh_size == 0 || strs[str->sh_size - 1] != 0) return;  // names must end inside the table
  uintptr_t bias = 0;
  dl_iterate_phdr(mainbias, &bias);

  // A defined function whose name is in the table.
  auto isfunc = [&](const Elf64_Sym& s) {
    return ELF64_ST_TYPE(s.st_info) == STT_FUNC && s.st_shndx != SHN_UNDEF && s.st_name < str->sh_size;
  };
  size_t n = 0;
  for (size_t i = 0; i < nsyms; i++) n += isfunc(syms[i]);
  if (n == 0) return;
  auto* index = static_cast<elfsym*>(sysAlloc(n * sizeof(elfsym)));
  if (index == nullptr) return;
  size_t k = 0;
  for (size_t i = 0; i < nsyms; i++)
    if (const Elf64_Sym& s = syms[i]; isfunc(s)) index[k++] = {bias + s.st_value, s.st_size != 0 ? s.st_size : 1, strs + s.st_name};
  heapsort(index, n);
  elftab = {index, n};
}

const elfsym* elflookup(uintptr_t pc) {
  uint32_t state = __atomic_load_n(&elfstate, __ATOMIC_ACQUIRE);
  if (state != 2) {
    uint32_t expected = 0;
    if (__atomic_compare_exchange_n(&elfstate, &expected, 1u, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
      elfload();
      __atomic_store_n(&elfstate, 2u, __ATOMIC_RELEASE);
    } else {
      while (__atomic_load_n(&elfstate, __ATOMIC_ACQUIRE) != 2) osyield();
    }
  }
  size_t lo = 0, hi = elftab.n;
  if (hi == 0 || pc < elftab.syms[0].addr) return nullptr;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (elftab.syms[mid].addr <= pc) lo = mid;
    else hi = mid;
  }
  // Symbols may nest or share an address (aliases): look back a little
  // for one that contains pc.
  for (size_t i = lo + 1, tries = 0; i-- > 0 && tries < 8; tries++) {
    const elfsym& s = elftab.syms[i];
    if (pc - s.addr < s.size) return &s;
  }
  return nullptr;
}

}  // namespace

int pcframes(uintptr_t pc, srcframe* out, int max) {
  const pcln::header* h = table();
  uintptr_t entry;
  const pcln::func* f = h != nullptr ? findfunc(h, pc, &entry) : nullptr;
  if (f == nullptr || max <= 0) return 0;
  uintptr_t off = pc - entry;
  auto* nodes = part<pcln::inlinenode>(h, h->inlineoff) + f->firstinline;
  auto* files = part<uint32_t>(h, h->fileoff);
  uint32_t file = 0;
  int32_t line = 0;
  // Without lines: generated code, which Go places at <autogenerated>:1.
  const char* path = "<autogenerated>";
  line = 1;
  if (f->lines != pcln::kNone) {
    pcline(h, f->lines, off, &file, &line);
    path = file < h->nfile ? blobstr(h, files[file]) : "?";
  }
  // The innermost frame has the line table's location; each frame out is
  // then at the call site of the one inlined into it.
  uint32_t node = f->inl != pcln::kNone ? pcinline(h, f->inl, off) : 0;
  bool wrapper = (f->flags & pcln::kFuncWrapper) != 0;
  int n = 0;
  for (;;) {
    const char* name = blobstr(h, node != 0 ? nodes[node - 1].name : f->name);
    // What is inlined into a wrapper is no wrapper: only its own frame is.
    out[n] = {name, cstrlen(name), path, line, entry, node != 0, node == 0 && wrapper};
    if (++n == max || node == 0) break;
    const pcln::inlinenode& in = nodes[node - 1];
    path = in.callfile < h->nfile ? blobstr(h, files[in.callfile]) : "?";
    line = in.callline;
    node = static_cast<uint32_t>(in.parent + 1);
  }
  return n;
}

int symframes(uintptr_t pc, srcframe* out, int max) {
  int n = pcframes(pc, out, max);
  if (n > 0) return n;
  const char* name;
  size_t len;
  if (max < 1 || !funcname(pc, &name, &len)) return 0;
  // The runtime's own wrapper: it calls a frame's recorded deferred calls,
  // which Go shows as called by the function that deferred them (Go's
  // linker gives runtime.deferreturn the wrapper's function ID).
  bool wrapper = len == 19 && __builtin_memcmp(name, "runtime.deferreturn", 19) == 0;
  out[0] = {name, len, "?", 0, funcentry(pc), false, wrapper};
  return 1;
}

bool funcname(uintptr_t pc, const char** name, size_t* len) {
  const pcln::header* h = table();
  uintptr_t entry;
  if (const pcln::func* f = h != nullptr ? findfunc(h, pc, &entry) : nullptr) {
    *name = blobstr(h, f->name);
    *len = cstrlen(*name);
    return true;
  }
  const elfsym* s = elflookup(pc);
  if (s == nullptr) return false;
  *name = s->name;
  *len = cstrlen(s->name);
  return true;
}

bool isgocode(uintptr_t pc) {
  const pcln::header* h = table();
  uintptr_t entry;
  return h != nullptr && findfunc(h, pc, &entry) != nullptr;
}

bool funcnoargs(uintptr_t pc) {
  const pcln::header* h = table();
  uintptr_t entry;
  const pcln::func* f = h != nullptr ? findfunc(h, pc, &entry) : nullptr;
  return f != nullptr && (f->flags & pcln::kFuncNoArgs) != 0;
}

uintptr_t funcentry(uintptr_t pc) {
  const pcln::header* h = table();
  uintptr_t entry;
  if (h != nullptr && findfunc(h, pc, &entry) != nullptr) return entry;
  const elfsym* s = elflookup(pc);
  return s != nullptr ? s->addr : 0;
}

namespace {

// sourceNames appends the length-prefixed names at sym[*i] ("7newproc",
// "6mcache10allocLarge") to buf as ".name" each, up to the first that is
// not one; the anonymous namespace's name and the substitutions for
// gosub and gosub::rt (S_, S0_) add nothing. Returns false on a bad
// length.
bool sourceNames(const char* sym, size_t len, size_t* i, char* buf, size_t cap, size_t* out) {
  for (;;) {
    if (*i + 2 < len && sym[*i] == 'S' && sym[*i + 1] == '_') {
      *i += 2;
      continue;
    }
    if (*i + 3 < len && memcmp(sym + *i, "S0_", 3) == 0) {
      *i += 3;
      continue;
    }
    if (*i >= len || sym[*i] < '0' || sym[*i] > '9') return true;
    size_t n = 0;
    while (*i < len && sym[*i] >= '0' && sym[*i] <= '9') n = n * 10 + static_cast<size_t>(sym[(*i)++] - '0');
    if (n == 0 || *i + n > len) return false;
    if (!(n == 12 && memcmp(sym + *i, "_GLOBAL__N_1", 12) == 0)) {
      if (*out < cap) buf[(*out)++] = '.';
      for (size_t k = 0; k < n && *out < cap; k++) buf[(*out)++] = sym[*i + k];
    }
    *i += n;
  }
}

// systemstackClosure names the trampoline through which systemstack calls
// a lambda of runtime function F on g0 (the lambda's body is inlined into
// it) as Go names a closure passed to systemstack: runtime.F.funcN, N
// counting F's lambdas from 1 as clang's local type names $_0, $_1... do.
size_t systemstackClosure(const char* sym, size_t len, char* buf, size_t cap) {
  static const char kPrefix[] = "_ZZN5gosub2rt11systemstackIZ";
  static const char kInvoke[] = "8__invoke";
  size_t pl = sizeof kPrefix - 1;
  if (len <= pl || memcmp(sym, kPrefix, pl) != 0) return 0;
  size_t i = pl, out = 0;
  const char* pfx = "runtime";
  for (size_t k = 0; pfx[k] != 0 && out < cap; k++) buf[out++] = pfx[k];
  // F: a nested name N...E in gosub::rt, or a plain one (extern "C").
  bool nested = i < len && sym[i] == 'N';
  if (nested) i++;
  size_t named = out;
  if (!sourceNames(sym, len, &i, buf, cap, &out) || out == named) return 0;
  if (nested && (i >= len || sym[i] != 'E')) return 0;
  // Then F's parameter types, and the lambda's type: E3$_<k>.
  const char* dollar = nullptr;
  for (size_t k = i; k + 2 < len; k++)
    if (sym[k] == '$' && sym[k + 1] == '_' && sym[k - 1] >= '0' && sym[k - 1] <= '9') {
      dollar = sym + k + 2;
      break;
    }
  if (dollar == nullptr) return 0;
  uint64_t index = 0;
  const char* end = sym + len;
  const char* d = dollar;
  while (d < end && *d >= '0' && *d <= '9') index = index * 10 + static_cast<uint64_t>(*d++ - '0');
  if (d == dollar) return 0;
  bool invoke = false;
  for (const char* q = d; q + sizeof kInvoke - 1 <= end && !invoke; q++)
    invoke = memcmp(q, kInvoke, sizeof kInvoke - 1) == 0;
  if (!invoke) return 0;
  char digits[24];
  int nd = 0;
  for (uint64_t v = index + 1; v != 0; v /= 10) digits[nd++] = static_cast<char>('0' + v % 10);
  for (const char* t = ".func"; *t != 0 && out < cap; t++) buf[out++] = *t;
  while (nd > 0 && out < cap) buf[out++] = digits[--nd];
  return out < cap ? out : 0;
}

}  // namespace

size_t demangleRuntime(const char* sym, size_t len, char* buf, size_t cap) {
  if (size_t n = systemstackClosure(sym, len, buf, cap)) return n;
  static const char kPrefix[] = "_ZN5gosub2rt";
  size_t pl = sizeof kPrefix - 1;
  if (len <= pl || memcmp(sym, kPrefix, pl) != 0) return 0;
  size_t out = 0;
  const char* pfx = "runtime";
  for (size_t k = 0; pfx[k] != 0 && out < cap; k++) buf[out++] = pfx[k];
  size_t i = pl;
  // Skip a nested name's qualifiers (anonymous namespace "12_GLOBAL__N_1").
  if (!sourceNames(sym, len, &i, buf, cap, &out)) return 0;
  return out < cap ? out : 0;
}

}  // namespace gosub::rt
