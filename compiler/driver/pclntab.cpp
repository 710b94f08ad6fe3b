// pclntab.cpp — see pclntab.h; the layout is runtime/pclntab_layout.h.
//
// Per object file: its function symbols give the functions (entry, size,
// link name: the Go name, main.(*T).M), its DWARF line table the pc->line
// rows, and each DW_TAG_subprogram's DW_TAG_inlined_subroutine tree the
// inlined calls (callee name, call site, pc ranges). Addresses in a
// relocatable object are section offsets; the table keeps them so, with
// one relocation per text section to a global symbol in it (the anchor).
#include "driver/pclntab.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <llvm/ADT/STLExtras.h>
#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Instructions.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>

#include "pclntab_layout.h"  // runtime/

namespace gosub::driver {

namespace {

struct InlineNode {
  uint32_t name;
  uint32_t callfile;
  int32_t callline;
  int32_t parent;
  std::vector<std::pair<uint64_t, uint64_t>> ranges;  // section offsets
};

struct Func {
  uint64_t entry, size;
  std::string name;
  std::vector<InlineNode> inlines;  // preorder: a parent before its children
  uint32_t flags = 0;               // pcln::kFunc*
};

struct Row {
  uint64_t addr;
  uint32_t file;
  uint32_t line;
  bool end;  // end of a sequence: no code from here
  uint32_t order;  // position in its line table: the later of two rows at one address wins
};

// The text sections of one object, by section index.
struct Section {
  std::string anchor;  // a global symbol in the section
  uint64_t anchorOffset = 0;
  uint8_t anchorBinding = 0;
  std::vector<Func> funcs;  // sorted by entry
  std::vector<Row> rows;    // sorted by address, then by order in the line table
};

class Builder {
 public:
  explicit Builder(const std::map<std::string, uint32_t>& flags) : flags_(flags) {}
  bool addObject(const std::string& path, std::string& error);
  std::unique_ptr<llvm::Module> finish(llvm::LLVMContext& ctx);

 private:
  uint32_t string(const std::string& s) {
    auto [it, added] = strings_.try_emplace(s, static_cast<uint32_t>(blob_.size()));
    if (added) blob_.insert(blob_.end(), s.c_str(), s.c_str() + s.size() + 1);
    return it->second;
  }
  uint32_t file(const std::string& path) {
    auto [it, added] = files_.try_emplace(path, static_cast<uint32_t>(fileNames_.size()));
    if (added) fileNames_.push_back(string(path));
    return it->second;
  }
  void uvarint(uint64_t v) {
    while (v >= 0x80) {
      blob_.push_back(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    blob_.push_back(static_cast<uint8_t>(v));
  }
  void collectInlines(const llvm::DWARFDie& die, llvm::DWARFUnit& cu, const llvm::DWARFDebugLine::LineTable* lt,
                      int32_t parent, Func& fn);
  uint32_t lineStream(const Section& s, const Func& fn);
  uint32_t inlineStream(const Func& fn);

  const std::map<std::string, uint32_t>& flags_;
  std::vector<Section> sections_;
  std::vector<uint8_t> blob_;
  std::unordered_map<std::string, uint32_t> strings_;
  std::unordered_map<std::string, uint32_t> files_;
  std::vector<uint32_t> fileNames_;
};

// goName: the Go name of a function symbol. LLVM's clones of a function
// (function specialisation, constant propagation) carry its name plus a
// suffix; tracebacks show the function.
std::string goName(llvm::StringRef name) {
  for (;;) {
    size_t dot = name.rfind('.');
    if (dot == llvm::StringRef::npos || dot + 1 == name.size()) return name.str();
    llvm::StringRef digits = name.substr(dot + 1);
    if (!llvm::all_of(digits, [](char c) { return c >= '0' && c <= '9'; })) return name.str();
    llvm::StringRef rest = name.substr(0, dot);
    bool stripped = false;
    for (llvm::StringRef suffix : {".specialized", ".constprop", ".llvm"})
      if (rest.ends_with(suffix)) {
        name = rest.drop_back(suffix.size());
        stripped = true;
        break;
      }
    if (!stripped) return name.str();
  }
}

std::string fileName(const llvm::DWARFDebugLine::LineTable* lt, uint64_t index, llvm::StringRef compDir) {
  std::string path;
  if (lt == nullptr ||
      !lt->getFileNameByIndex(index, compDir, llvm::DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath, path))
    return "?";
  return path;
}

void Builder::collectInlines(const llvm::DWARFDie& die, llvm::DWARFUnit& cu,
                             const llvm::DWARFDebugLine::LineTable* lt, int32_t parent, Func& fn) {
  for (llvm::DWARFDie child : die.children()) {
    llvm::dwarf::Tag tag = child.getTag();
    if (tag == llvm::dwarf::DW_TAG_lexical_block) {
      collectInlines(child, cu, lt, parent, fn);
      continue;
    }
    if (tag != llvm::dwarf::DW_TAG_inlined_subroutine) continue;
    InlineNode node;
    const char* name = child.getSubroutineName(llvm::DINameKind::ShortName);
    node.name = string(name ? name : "?");
    uint64_t callFile = llvm::dwarf::toUnsigned(child.find(llvm::dwarf::DW_AT_call_file), 0);
    node.callfile = file(fileName(lt, callFile, cu.getCompilationDir()));
    node.callline = static_cast<int32_t>(llvm::dwarf::toUnsigned(child.find(llvm::dwarf::DW_AT_call_line), 0));
    node.parent = parent;
    if (llvm::Expected<llvm::DWARFAddressRangesVector> ranges = child.getAddressRanges()) {
      for (const llvm::DWARFAddressRange& r : *ranges)
        if (r.LowPC < r.HighPC) node.ranges.push_back({r.LowPC, r.HighPC});
    } else {
      llvm::consumeError(ranges.takeError());
    }
    fn.inlines.push_back(std::move(node));
    collectInlines(child, cu, lt, static_cast<int32_t>(fn.inlines.size() - 1), fn);
  }
}

bool Builder::addObject(const std::string& path, std::string& error) {
  auto binary = llvm::object::ObjectFile::createObjectFile(path);
  if (!binary) {
    error = "reading " + path + ": " + llvm::toString(binary.takeError());
    return false;
  }
  llvm::object::ObjectFile& obj = *binary->getBinary();
  auto* elf = llvm::dyn_cast<llvm::object::ELFObjectFileBase>(&obj);
  if (elf == nullptr) {
    error = path + ": not an ELF object";
    return false;
  }

  // Functions, by section index; aliases (same section and offset) once.
  std::map<uint64_t, Section> sections;
  std::map<std::pair<uint64_t, uint64_t>, bool> seen;
  for (const llvm::object::ELFSymbolRef& sym : elf->symbols()) {
    auto type = sym.getType();
    auto sec = sym.getSection();
    auto name = sym.getName();
    auto value = sym.getValue();
    if (!type || !sec || !name || !value) {
      if (!type) llvm::consumeError(type.takeError());
      if (!sec) llvm::consumeError(sec.takeError());
      if (!name) llvm::consumeError(name.takeError());
      if (!value) llvm::consumeError(value.takeError());
      continue;
    }
    if (*sec == obj.section_end() || !(*sec)->isText() || name->empty()) continue;
    bool isFunc = *type == llvm::object::SymbolRef::ST_Function;
    // Besides functions, only a label can anchor a section (anchorSections).
    if (!isFunc && *type != llvm::object::SymbolRef::ST_Unknown) continue;
    uint64_t index = (*sec)->getIndex();
    Section& s = sections[index];
    // The anchor: a global symbol if the section has one, else a weak one.
    uint8_t binding = sym.getBinding();
    if ((binding == llvm::ELF::STB_GLOBAL && s.anchorBinding != llvm::ELF::STB_GLOBAL) ||
        (binding == llvm::ELF::STB_WEAK && s.anchor.empty())) {
      s.anchor = name->str();
      s.anchorOffset = *value;
      s.anchorBinding = binding;
    }
    if (!isFunc || !seen.try_emplace({index, *value}, true).second) continue;
    std::string go = goName(*name);
    auto flags = flags_.find(go);
    s.funcs.push_back(Func{*value, sym.getSize(), go, {}, flags != flags_.end() ? flags->second : 0});
  }

  // Line rows, and the inline trees of the subprograms.
  std::unique_ptr<llvm::DWARFContext> dwarf = llvm::DWARFContext::create(obj);
  std::map<std::pair<uint64_t, uint64_t>, Func*> byEntry;
  for (auto& [index, s] : sections)
    for (Func& fn : s.funcs) byEntry[{index, fn.entry}] = &fn;
  for (const std::unique_ptr<llvm::DWARFUnit>& cu : dwarf->compile_units()) {
    const llvm::DWARFDebugLine::LineTable* lt = dwarf->getLineTableForUnit(cu.get());
    if (lt != nullptr) {
      std::vector<uint32_t> fileIndex(lt->Prologue.FileNames.size() + 1, UINT32_MAX);
      for (const llvm::DWARFDebugLine::Row& r : lt->Rows) {
        auto it = sections.find(r.Address.SectionIndex);
        if (it == sections.end()) continue;
        uint32_t f = 0;
        if (r.File < fileIndex.size()) {
          if (fileIndex[r.File] == UINT32_MAX) fileIndex[r.File] = file(fileName(lt, r.File, cu->getCompilationDir()));
          f = fileIndex[r.File];
        }
        it->second.rows.push_back(Row{r.Address.Address, f, r.Line, static_cast<bool>(r.EndSequence),
                                      static_cast<uint32_t>(it->second.rows.size())});
      }
    }
    for (llvm::DWARFDie die : cu->getUnitDIE(false).children()) {
      if (die.getTag() != llvm::dwarf::DW_TAG_subprogram) continue;
      uint64_t lo, hi, index;
      if (!die.getLowAndHighPC(lo, hi, index)) continue;
      auto it = byEntry.find({index, lo});
      if (it != byEntry.end()) collectInlines(die, *cu, lt, -1, *it->second);
    }
  }

  for (auto& [index, s] : sections) {
    // No global symbol to place it (see anchorSections): left to the ELF symtab.
    if (s.anchor.empty() || s.funcs.empty()) continue;
    std::sort(s.funcs.begin(), s.funcs.end(), [](const Func& a, const Func& b) { return a.entry < b.entry; });
    std::sort(s.rows.begin(), s.rows.end(),
              [](const Row& a, const Row& b) { return a.addr != b.addr ? a.addr < b.addr : a.order < b.order; });
    sections_.push_back(std::move(s));
  }
  return true;
}

// lineStream writes fn's pc->(file, line) runs; line 0 (code of no
// particular line) keeps the line before it.
uint32_t Builder::lineStream(const Section& s, const Func& fn) {
  uint64_t lo = fn.entry, hi = fn.entry + fn.size;
  auto first = std::upper_bound(s.rows.begin(), s.rows.end(), lo, [](uint64_t a, const Row& r) { return a < r.addr; });
  if (first != s.rows.begin() && !std::prev(first)->end) --first;
  struct Run {
    uint64_t start;
    uint32_t file, line;
  };
  std::vector<Run> runs;
  for (auto r = first; r != s.rows.end() && r->addr < hi; ++r) {
    uint64_t start = std::max(r->addr, lo);
    if (r->end) {
      runs.push_back({start, UINT32_MAX, 0});
      continue;
    }
    uint32_t line = r->line;
    uint32_t f = r->file;
    if (line == 0) {
      if (runs.empty() || runs.back().file == UINT32_MAX) continue;
      line = runs.back().line;
      f = runs.back().file;
    }
    if (!runs.empty() && runs.back().start == start) runs.pop_back();
    if (!runs.empty() && runs.back().file == f && runs.back().line == line) continue;
    runs.push_back({start, f, line});
  }
  while (!runs.empty() && runs.back().file == UINT32_MAX) runs.pop_back();
  if (runs.empty()) return pcln::kNone;
  uint32_t off = static_cast<uint32_t>(blob_.size());
  uint32_t file = 0, line = 0;
  for (size_t i = 0; i < runs.size(); ++i) {
    uint64_t end = i + 1 < runs.size() ? runs[i + 1].start : hi;
    if (end <= runs[i].start) continue;
    uvarint(end - runs[i].start);
    uint32_t f = runs[i].file == UINT32_MAX ? file : runs[i].file;
    uint32_t l = runs[i].file == UINT32_MAX ? line : runs[i].line;
    int64_t delta = static_cast<int64_t>(l) - static_cast<int64_t>(line);
    uint64_t zigzag = (static_cast<uint64_t>(delta) << 1) ^ static_cast<uint64_t>(delta >> 63);
    uvarint(zigzag << 1 | (f != file ? 1 : 0));
    if (f != file) uvarint(f);
    file = f;
    line = l;
  }
  uvarint(0);
  return off;
}

// inlineStream writes fn's pc->innermost inline node runs. Nodes are in
// preorder and a callee's ranges lie within its caller's, so painting them
// in order leaves the innermost node on every byte.
uint32_t Builder::inlineStream(const Func& fn) {
  if (fn.inlines.empty()) return pcln::kNone;
  uint64_t lo = fn.entry, hi = fn.entry + fn.size;
  std::vector<uint64_t> cuts{lo, hi};
  for (const InlineNode& n : fn.inlines)
    for (auto [a, b] : n.ranges) {
      cuts.push_back(std::clamp(a, lo, hi));
      cuts.push_back(std::clamp(b, lo, hi));
    }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<uint32_t> paint(cuts.size() - 1, 0);
  for (size_t i = 0; i < fn.inlines.size(); ++i)
    for (auto [a, b] : fn.inlines[i].ranges) {
      auto from = std::lower_bound(cuts.begin(), cuts.end(), std::clamp(a, lo, hi)) - cuts.begin();
      auto to = std::lower_bound(cuts.begin(), cuts.end(), std::clamp(b, lo, hi)) - cuts.begin();
      for (auto k = from; k < to; ++k) paint[k] = static_cast<uint32_t>(i + 1);
    }
  uint32_t off = static_cast<uint32_t>(blob_.size());
  for (size_t k = 0; k < paint.size();) {
    size_t j = k + 1;
    while (j < paint.size() && paint[j] == paint[k]) ++j;
    uvarint(cuts[j] - cuts[k]);
    uvarint(paint[k]);
    k = j;
  }
  uvarint(0);
  return off;
}

std::unique_ptr<llvm::Module> Builder::finish(llvm::LLVMContext& ctx) {
  auto m = std::make_unique<llvm::Module>("gosub.pclntab", ctx);
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);
  std::vector<uint32_t> funcWords, inlineWords;
  std::vector<uint32_t> sectionFirst, sectionCount;
  uint32_t nfunc = 0, ninline = 0;
  for (const Section& s : sections_) {
    sectionFirst.push_back(nfunc);
    sectionCount.push_back(static_cast<uint32_t>(s.funcs.size()));
    for (const Func& fn : s.funcs) {
      uint32_t name = string(fn.name);
      uint32_t lines = lineStream(s, fn);
      uint32_t inl = inlineStream(fn);
      funcWords.insert(funcWords.end(), {static_cast<uint32_t>(fn.entry - s.funcs.front().entry),
                                         static_cast<uint32_t>(fn.size), name, lines, inl, ninline, fn.flags});
      for (const InlineNode& n : fn.inlines)
        inlineWords.insert(inlineWords.end(), {n.name, n.callfile, static_cast<uint32_t>(n.callline),
                                               static_cast<uint32_t>(n.parent)});
      ninline += static_cast<uint32_t>(fn.inlines.size());
      nfunc++;
    }
  }
  while (blob_.size() % 4 != 0) blob_.push_back(0);

  uint32_t nsection = static_cast<uint32_t>(sections_.size());
  uint32_t sectionoff = sizeof(pcln::header);
  uint32_t funcoff = sectionoff + nsection * sizeof(pcln::section);
  uint32_t inlineoff = funcoff + nfunc * sizeof(pcln::func);
  uint32_t fileoff = inlineoff + ninline * sizeof(pcln::inlinenode);
  uint32_t bloboff = fileoff + static_cast<uint32_t>(fileNames_.size()) * 4;
  std::vector<uint32_t> headerWords{pcln::kMagic, nsection, nfunc, ninline, static_cast<uint32_t>(fileNames_.size()),
                                    sectionoff, funcoff, inlineoff, fileoff, bloboff};

  auto words = [&](const std::vector<uint32_t>& w) {
    std::vector<llvm::Constant*> c;
    for (uint32_t x : w) c.push_back(llvm::ConstantInt::get(i32, x));
    return llvm::ConstantArray::get(llvm::ArrayType::get(i32, c.size()), c);
  };
  llvm::ArrayType* sectionTy = llvm::ArrayType::get(i32, nsection * 3);
  llvm::Constant* blob = llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<uint8_t>(blob_));
  llvm::StructType* tableTy = llvm::StructType::get(
      ctx, {llvm::ArrayType::get(i32, headerWords.size()), sectionTy, llvm::ArrayType::get(i32, funcWords.size()),
            llvm::ArrayType::get(i32, inlineWords.size()), llvm::ArrayType::get(i32, fileNames_.size()),
            blob->getType()});
  auto* table = new llvm::GlobalVariable(*m, tableTy, true, llvm::GlobalValue::ExternalLinkage, nullptr,
                                         "gosub.pclntab");
  table->setAlignment(llvm::Align(8));
  table->setDSOLocal(true);

  // section::base = anchor - (anchor's offset - first function's offset)
  // - &base: a PC-relative 32-bit value the static linker resolves.
  std::vector<llvm::Constant*> sectionWords;
  llvm::Type* i8 = llvm::Type::getInt8Ty(ctx);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  for (uint32_t i = 0; i < nsection; ++i) {
    const Section& s = sections_[i];
    llvm::Function* anchor = m->getFunction(s.anchor);
    if (anchor == nullptr) {
      anchor = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false),
                                      llvm::GlobalValue::ExternalLinkage, s.anchor, *m);
      anchor->setDSOLocal(true);
    }
    int64_t delta = static_cast<int64_t>(s.funcs.front().entry) - static_cast<int64_t>(s.anchorOffset);
    llvm::Constant* base = llvm::ConstantExpr::getGetElementPtr(i8, anchor, llvm::ConstantInt::get(i64, delta));
    llvm::Constant* field = llvm::ConstantExpr::getGetElementPtr(
        tableTy, table,
        llvm::ArrayRef<llvm::Constant*>{llvm::ConstantInt::get(i32, 0), llvm::ConstantInt::get(i32, 1),
                                        llvm::ConstantInt::get(i32, i * 3)});
    llvm::Constant* rel = llvm::ConstantExpr::getSub(llvm::ConstantExpr::getPtrToInt(base, i64),
                                                     llvm::ConstantExpr::getPtrToInt(field, i64));
    sectionWords.push_back(llvm::ConstantExpr::getTrunc(rel, i32));
    sectionWords.push_back(llvm::ConstantInt::get(i32, sectionFirst[i]));
    sectionWords.push_back(llvm::ConstantInt::get(i32, sectionCount[i]));
  }
  table->setInitializer(llvm::ConstantStruct::get(
      tableTy, {words(headerWords), llvm::ConstantArray::get(sectionTy, sectionWords), words(funcWords),
                words(inlineWords), words(fileNames_), blob}));
  return m;
}

}  // namespace

void keepCallSitesApart(llvm::Module& m) {
  for (llvm::Function& f : m)
    for (llvm::BasicBlock& bb : f)
      for (llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst); call && !call->isInlineAsm())
          if (llvm::Function* callee = call->getCalledFunction(); !callee || !callee->isIntrinsic())
            call->addFnAttr(llvm::Attribute::NoMerge);
}

std::map<std::string, uint32_t> functionFlags(const llvm::Module& m) {
  std::map<std::string, uint32_t> flags;
  for (const llvm::Function& f : m) {
    uint32_t v = (f.hasFnAttribute(kNoArgsAttr) ? pcln::kFuncNoArgs : 0) |
                 (f.hasFnAttribute(kWrapperAttr) ? pcln::kFuncWrapper : 0);
    if (v != 0) flags[f.getName().str()] = v;
  }
  return flags;
}

void anchorSections(llvm::Module& m, const std::string& prefix) {
  // Sections named by codegen, and whether a global function is in one.
  std::map<std::string, bool> named;
  for (const llvm::Function& f : m)
    if (!f.isDeclaration() && f.hasSection()) named[f.getSection().str()] |= !f.hasLocalLinkage();
  int n = 0;
  for (const auto& [section, anchored] : named) {
    if (anchored) continue;
    // Module asm comes first in the object: the label is the section's
    // first byte, and, a label, no function of the table.
    std::string label = prefix + "." + std::to_string(n++);
    m.appendModuleInlineAsm(".pushsection " + section + ",\"ax\",@progbits\n.globl " + label + "\n.hidden " + label +
                            "\n" + label + ":\n.popsection");
  }
}

std::unique_ptr<llvm::Module> buildPclntab(llvm::LLVMContext& ctx, const std::vector<std::string>& objects,
                                           const std::map<std::string, uint32_t>& flags, std::string& error) {
  Builder b(flags);
  for (const std::string& path : objects)
    if (!b.addObject(path, error)) return nullptr;
  return b.finish(ctx);
}

}  // namespace gosub::driver
