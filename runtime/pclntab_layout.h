// runtime/pclntab_layout.h — the layout of the pc->line table, shared by the
// compiler, which writes it (compiler/driver/pclntab.cpp), and the runtime,
// which reads it (symtab.cpp). The ideas are Go's pclntab: a sorted function
// table, pc-value streams of varints, an inline tree; the format is ours.
//
// One read-only blob, the symbol gosub.pclntab, laid out as
//   header | section[nsection] | func[nfunc] | inlinenode[ninline] |
//   file[nfile] | bytes[blobsize]
// (every part a multiple of 4 bytes, offsets from the header's start).
//
// Functions are grouped by the text section of the object file holding
// them: within one section the linker keeps the compiler's layout, so one
// relocation per section (section::base) places all of its functions, and
// the compiler sorts them by entry. The runtime then needs no index of its
// own: a lookup is a binary search in each section's run of functions.
//
// Streams (in the blob) are sequences of runs, each [uvarint n > 0][value]
// meaning "the next n bytes of code have this value", ended by a 0:
//   lines: value = uvarint(zigzag(line delta) << 1 | file changed),
//          then uvarint(file index) if the file changed; file and line
//          start at 0. The location is the innermost (inlined) one.
//   inline: value = uvarint(node + 1), 0 = no inlined call at that pc;
//          node indexes the function's inline nodes.
#pragma once

#include <cstdint>

namespace gosub::pcln {

constexpr uint32_t kMagic = 0x31736f67;  // "gos1"
constexpr uint32_t kNone = 0xffffffff;

struct header {
  uint32_t magic;
  uint32_t nsection, nfunc, ninline, nfile;
  uint32_t sectionoff, funcoff, inlineoff, fileoff, bloboff;
};

struct section {
  int32_t base;  // the section's first byte, relative to &base
  uint32_t firstfunc, nfunc;
};

struct func {
  uint32_t entry;  // offset from the section's base
  uint32_t size;
  uint32_t name;   // blob offset of a NUL-terminated string
  uint32_t lines;  // blob offset of the lines stream, or kNone
  uint32_t inl;    // blob offset of the inline stream, or kNone
  uint32_t firstinline;  // index of the function's first inline node
  uint32_t flags;        // kFuncNoArgs, kFuncWrapper
};

// The Go function has no parameters (and no receiver): a traceback prints
// `f()` rather than `f(...)`.
constexpr uint32_t kFuncNoArgs = 1;
// A wrapper the compiler generated (Go's funcFlag_WRAPPER): no frame of its
// own to tracebacks and Callers.
constexpr uint32_t kFuncWrapper = 2;

// An inlined call: function `name` was inlined at callfile:callline into
// its parent (another node, or the physical function if parent is -1).
struct inlinenode {
  uint32_t name;  // blob offset
  uint32_t callfile;
  int32_t callline;
  int32_t parent;  // relative to the function's firstinline
};

}  // namespace gosub::pcln
