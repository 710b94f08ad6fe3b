// runtime/symtab.cpp — pc to function name (Go's symtab.go, minimal).
//
// Go reads its own pclntab; gosub reads the ELF symbol table of its own
// executable (/proc/self/exe), mapped once on first use. This works without
// -rdynamic (dladdr would only see exported dynamic symbols) and costs
// nothing until a traceback is printed. A stripped binary falls back to
// .dynsym; without either, tracebacks show the goroutine header only.
// Generated code is in the executable, so shared objects are not searched.

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime.h"

namespace gosub::rt {

namespace {

struct symtab {
  bool loaded;
  const Elf64_Sym* syms;
  size_t nsyms;
  const char* strs;
  size_t strsize;
  uintptr_t bias;  // load address minus link address (PIE)
};

symtab tab;

int mainbias(dl_phdr_info* info, size_t, void* data) {
  // The first object dl_iterate_phdr reports is the executable itself.
  *static_cast<uintptr_t*>(data) = info->dlpi_addr;
  return 1;
}

void load() {
  tab.loaded = true;
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
  tab.syms = reinterpret_cast<const Elf64_Sym*>(base + best->sh_offset);
  tab.nsyms = best->sh_size / sizeof(Elf64_Sym);
  tab.strs = reinterpret_cast<const char*>(base + str->sh_offset);
  tab.strsize = str->sh_size;
  dl_iterate_phdr(mainbias, &tab.bias);
}

}  // namespace

bool funcname(uintptr_t pc, const char** name, size_t* len) {
  if (!tab.loaded) load();
  if (tab.syms == nullptr) return false;
  uintptr_t addr = pc - tab.bias;
  for (size_t i = 0; i < tab.nsyms; i++) {
    const Elf64_Sym& s = tab.syms[i];
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_shndx == SHN_UNDEF) continue;
    if (addr < s.st_value || addr - s.st_value >= (s.st_size != 0 ? s.st_size : 1)) continue;
    if (s.st_name >= tab.strsize) return false;
    const char* n = tab.strs + s.st_name;
    size_t l = 0;
    while (s.st_name + l < tab.strsize && n[l] != 0) l++;
    *name = n;
    *len = l;
    return true;
  }
  return false;
}

}  // namespace gosub::rt
