// debuginfo.cpp — DWARF for -g (see debuginfo.h).
//
// The compile unit says DW_LANG_Go, so gdb uses its Go support: functions are
// named by their Go symbols (main.fib) and a string is described the way gc
// describes it, a struct "string" with fields str and len, which gdb prints
// as text. The other types follow gc's descriptions too, so that the
// pretty-printers of tools/gosub-gdb.py can find them by name:
//
//   []T             struct "[]T" {array *T; len, cap int}
//   interface{}     typedef to struct runtime.eface {_type *runtime._type; data}
//   interface{M()}  typedef to struct runtime.iface {tab *runtime.itab; data}
//   map[K]V         typedef to *hash<K,V> (runtime/map.h's hmap; its buckets
//                   are bucket<K,V> {tophash; keys; values; overflow})
//   chan T          typedef to *hchan<T> (runtime/chan.h's hchan, its prefix)
//   func(...)       typedef to *runtime.funcval {fn: the code}
//   named types     a struct of that name (main.T), or a typedef (main.Celsius)
//
// runtime._type, runtime.itab and runtime.uncommontype mirror runtime/type.h,
// so that the printers read an interface's dynamic type from its descriptor;
// their offsets come from typedesc_layout.h's LLVM types. Go types' sizes
// and offsets come from their LLVM types (CodeGen::llvmType) and the
// module's data layout, as the code's own.
#include "codegen/debuginfo.h"

#include <tuple>

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include "codegen/typedesc_layout.h"

namespace gosub::codegen {

using types::BasicKind;
using types::TypeKind;

static std::pair<std::string, std::string> splitPath(const std::string& path) {
  llvm::SmallString<256> abs(path);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, true);
  return {llvm::sys::path::filename(abs).str(), llvm::sys::path::parent_path(abs).str()};
}

DebugInfo::DebugInfo(llvm::Module& m, const SourceManager& sources, const std::string& mainFile,
                     bool lineTablesOnly, std::function<std::string(types::Type*)> typeName,
                     std::function<llvm::Type*(types::Type*)> llvmType)
    : module_(m),
      sources_(sources),
      builder_(m),
      lineTablesOnly_(lineTablesOnly),
      typeName(std::move(typeName)),
      llvmType(std::move(llvmType)) {
  m.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  m.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  auto [name, dir] = splitPath(mainFile);
  cu_ = builder_.createCompileUnit(llvm::dwarf::DW_LANG_Go, builder_.createFile(name, dir), "gosub",
                                   /*isOptimized=*/false, "", 0, llvm::StringRef(),
                                   lineTablesOnly ? llvm::DICompileUnit::LineTablesOnly : llvm::DICompileUnit::FullDebug);
}

llvm::DIFile* DebugInfo::file(int index) {
  if (index < 0 || index >= sources_.fileCount()) return cu_->getFile();
  llvm::DIFile*& f = files_[index];
  if (!f) {
    auto [name, dir] = splitPath(sources_.path(index));
    f = builder_.createFile(name, dir);
  }
  return f;
}

llvm::DISubprogram* DebugInfo::beginFunction(llvm::Function* fn, const std::string& name, ast::Pos pos) {
  llvm::DIFile* f = file(pos.file);
  unsigned line = pos.valid() ? static_cast<unsigned>(pos.line) : 0;
  auto* ty = builder_.createSubroutineType(builder_.getOrCreateTypeArray({}));
  sp_ = builder_.createFunction(f, name, name, f, line, ty, line, llvm::DINode::FlagPrototyped,
                                llvm::DISubprogram::SPFlagDefinition);
  fn->setSubprogram(sp_);
  fn_ = fn;
  openLine_ = line;
  openCol_ = pos.valid() ? static_cast<unsigned>(pos.col) : 0;
  slots_.clear();
  spFile_ = pos.file;
  fileScopes_.clear();
  return sp_;
}

void DebugInfo::endFunction() {
  if (sp_ && fn_ && !fn_->empty() && !lineTablesOnly_) endPrologue();
  sp_ = nullptr;
  fn_ = nullptr;
}

// The code before a function's first statement (loading a closure's
// captured cells, storing the parameters in their slots or heap cells,
// zeroing named results) carries the function's own position. Left there,
// the line table would put prologue_end, where gdb's `break f` stops, on the
// first of those stores, and gdb would show parameters that are not stored
// yet. At line 0 (no line, as LLVM marks compiler-generated code) they are
// part of the prologue and prologue_end falls after them, as in clang's
// output: on the first statement, or on the set-up of the defer frame,
// which keeps the function's line (its setjmp ends the entry block, and
// LLVM does not look for prologue_end past a branch). Only with -g: without
// it, tracebacks read the line table alone and a call in that code (a
// captured parameter's heap cell) keeps the function's line.
void DebugInfo::endPrologue() {
  // The instructions at the function's position, up to the last one that
  // stores a parameter or into a described variable's slot.
  std::vector<llvm::Instruction*> run;
  size_t end = 0;
  bool inRun = true;
  for (llvm::BasicBlock& bb : *fn_) {
    for (llvm::Instruction& inst : bb) {
      const llvm::DebugLoc& dl = inst.getDebugLoc();
      if (!dl) continue;
      inRun = dl.getLine() == openLine_ && dl.getCol() == openCol_ && dl->getScope() == sp_ && !dl.getInlinedAt();
      if (!inRun) break;
      run.push_back(&inst);
      if (auto* st = llvm::dyn_cast<llvm::StoreInst>(&inst))
        if (llvm::isa<llvm::Argument>(st->getValueOperand()) || slots_.count(st->getPointerOperand()))
          end = run.size();
    }
    if (!inRun) break;
  }
  auto* zero = llvm::DILocation::get(module_.getContext(), 0, 0, sp_);
  for (size_t i = 0; i < end; i++) run[i]->setDebugLoc(zero);
}

llvm::DILocation* DebugInfo::location(ast::Pos pos) {
  llvm::DIScope* scope = sp_;
  if (pos.file != spFile_ && pos.file >= 0) {
    llvm::DILexicalBlockFile*& bf = fileScopes_[pos.file];
    if (!bf) bf = builder_.createLexicalBlockFile(sp_, file(pos.file));
    scope = bf;
  }
  return llvm::DILocation::get(module_.getContext(), static_cast<unsigned>(pos.line), static_cast<unsigned>(pos.col),
                               scope);
}

void DebugInfo::declareGlobal(types::Var* v, llvm::GlobalVariable* gv) {
  if (lineTablesOnly_) return;
  llvm::DIType* t = type(v->type);
  if (!t) return;
  unsigned line = v->pos.valid() ? static_cast<unsigned>(v->pos.line) : 0;
  std::string name = gv->getName().str();  // gdb knows Go globals as pkg.name
  auto* gve = builder_.createGlobalVariableExpression(cu_, name, name, file(v->pos.file), line, t, false);
  gv->addDebugInfo(gve);
}

// ---------------------------------------------------------------- layouts and names

DebugInfo::Layout DebugInfo::layout(types::Type* t) {
  llvm::Type* lt = llvmType(t);
  const llvm::DataLayout& dl = module_.getDataLayout();
  return {dl.getTypeAllocSize(lt), dl.getABITypeAlign(lt).value()};
}

// fieldOffsets: the byte offset of each field of struct type t (named or
// not), from its LLVM type, which has a member per Go field.
std::vector<uint64_t> DebugInfo::fieldOffsets(types::Type* t) {
  auto* st = llvm::cast<llvm::StructType>(llvmType(t));
  const llvm::StructLayout* sl = module_.getDataLayout().getStructLayout(st);
  std::vector<uint64_t> v;
  for (unsigned i = 0; i < st->getNumElements(); i++) v.push_back(sl->getElementOffset(i));
  return v;
}

// ---------------------------------------------------------------- types

llvm::DIType* DebugInfo::basicType(BasicKind k) {
  const char* name = types::kindName(k);
  if (!name) return nullptr;
  if (auto it = named_.find(name); it != named_.end()) return it->second;
  llvm::DIType* t = nullptr;
  switch (k) {
    case BasicKind::Bool: t = builder_.createBasicType(name, 8, llvm::dwarf::DW_ATE_boolean); break;
    case BasicKind::Int8: t = builder_.createBasicType(name, 8, llvm::dwarf::DW_ATE_signed); break;
    case BasicKind::Int16: t = builder_.createBasicType(name, 16, llvm::dwarf::DW_ATE_signed); break;
    case BasicKind::Int32: t = builder_.createBasicType(name, 32, llvm::dwarf::DW_ATE_signed); break;
    case BasicKind::Int: case BasicKind::Int64:
      t = builder_.createBasicType(name, 64, llvm::dwarf::DW_ATE_signed);
      break;
    case BasicKind::Uint8: t = builder_.createBasicType(name, 8, llvm::dwarf::DW_ATE_unsigned); break;
    case BasicKind::Uint16: t = builder_.createBasicType(name, 16, llvm::dwarf::DW_ATE_unsigned); break;
    case BasicKind::Uint32: t = builder_.createBasicType(name, 32, llvm::dwarf::DW_ATE_unsigned); break;
    case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr:
      t = builder_.createBasicType(name, 64, llvm::dwarf::DW_ATE_unsigned);
      break;
    case BasicKind::Float32: t = builder_.createBasicType(name, 32, llvm::dwarf::DW_ATE_float); break;
    case BasicKind::Float64: t = builder_.createBasicType(name, 64, llvm::dwarf::DW_ATE_float); break;
    case BasicKind::Complex64: t = builder_.createBasicType(name, 64, llvm::dwarf::DW_ATE_complex_float); break;
    case BasicKind::Complex128:
      t = builder_.createBasicType(name, 128, llvm::dwarf::DW_ATE_complex_float);
      break;
    case BasicKind::UnsafePointer: t = builder_.createPointerType(nullptr, 64, 0, std::nullopt, name); break;
    case BasicKind::String: {
      llvm::DIType* bytePtr = pointerTo(basicType(BasicKind::Uint8), "*uint8");
      t = structOf(name, {16, 8}, {{"str", bytePtr}, {"len", basicType(BasicKind::Int)}}, {0, 8});
      break;
    }
    default: break;
  }
  named_[name] = t;
  return t;
}

llvm::DIType* DebugInfo::pointerTo(llvm::DIType* elem, const std::string& name) {
  return builder_.createPointerType(elem, 64, 64, std::nullopt, name);
}

llvm::DIType* DebugInfo::arrayOf(llvm::DIType* elem, int64_t len, Layout elemLayout) {
  llvm::Metadata* range = builder_.getOrCreateSubrange(0, len);
  return builder_.createArrayType(elemLayout.size * static_cast<uint64_t>(len) * 8, elemLayout.align * 8, elem,
                                  builder_.getOrCreateArray({range}));
}

// A struct type named `name`, registered before its fields are described so
// that they may point back to it (type Node struct { next *Node }).
llvm::DIType* DebugInfo::structOf(const std::string& name, Layout l,
                                  const std::vector<std::pair<std::string, llvm::DIType*>>& fields,
                                  const std::vector<uint64_t>& offsets) {
  llvm::DIFile* f = cu_->getFile();
  llvm::DICompositeType* st = builder_.createStructType(cu_, name, f, 0, l.size * 8, l.align * 8,
                                                        llvm::DINode::FlagZero, nullptr, llvm::DINodeArray());
  std::vector<llvm::Metadata*> members;
  for (size_t i = 0; i < fields.size(); i++) {
    llvm::DIType* ft = fields[i].second;
    uint64_t bits = ft ? ft->getSizeInBits() : 0;
    members.push_back(builder_.createMemberType(st, fields[i].first, f, 0, bits, 0, offsets[i] * 8,
                                                llvm::DINode::FlagZero, ft));
  }
  builder_.replaceArrays(st, builder_.getOrCreateArray(members));
  return st;
}

// runtime._type, runtime.itab, runtime.uncommontype, runtime.funcval:
// runtime/type.h's and runtime2.h's structs, as far as the printers read them.
llvm::DIType* DebugInfo::runtimeType(const std::string& name) {
  if (auto it = named_.find(name); it != named_.end()) return it->second;
  llvm::DIType* ptr = basicType(BasicKind::UnsafePointer);
  llvm::DIType* str = basicType(BasicKind::String);
  llvm::DIType* i64 = basicType(BasicKind::Int);
  llvm::DIType* u8 = basicType(BasicKind::Uint8);
  llvm::DIType* u32 = basicType(BasicKind::Uint32);
  llvm::DIType* uptr = basicType(BasicKind::Uintptr);
  llvm::DIType* t = nullptr;
  // Sizes and offsets of the runtime's structs from the LLVM types that
  // typedesc.cpp emits descriptors with (typedesc_layout.h, checked against
  // runtime/type.h by test/unit/typedesc_test.cpp).
  const llvm::DataLayout& dl = module_.getDataLayout();
  typedesc::Layout rt = typedesc::layout(module_.getContext());
  auto offsets = [&](llvm::StructType* st, std::initializer_list<unsigned> fields) {
    std::vector<uint64_t> v;
    for (unsigned i : fields) v.push_back(dl.getStructLayout(st)->getElementOffset(i));
    return v;
  };
  auto sizeOf = [&](llvm::StructType* st) { return Layout{dl.getTypeAllocSize(st), dl.getABITypeAlign(st).value()}; };
  if (name == "runtime._type") {
    // Registered first: ptrToThis points back to it.
    Layout tl = sizeOf(rt.type);
    auto* st = builder_.createStructType(cu_, name, cu_->getFile(), 0, tl.size * 8, tl.align * 8,
                                         llvm::DINode::FlagZero, nullptr, llvm::DINodeArray());
    named_[name] = st;
    llvm::DIType* self = pointerTo(st, "*runtime._type");
    llvm::DIType* uncommon = pointerTo(runtimeType("runtime.uncommontype"), "*runtime.uncommontype");
    using namespace typedesc;
    std::vector<std::tuple<const char*, llvm::DIType*, unsigned>> fields = {
        {"size", uptr, kTypeSize},   {"ptrdata", uptr, kTypePtrdata}, {"hash", u32, kTypeHash},
        {"tflag", u8, kTypeTflag},   {"align", u8, kTypeAlign},       {"fieldAlign", u8, kTypeFieldAlign},
        {"kind", u8, kTypeKind},     {"equal", ptr, kTypeEqual},      {"hasher", ptr, kTypeHasher},
        {"str", str, kTypeStr},      {"uncommon", uncommon, kTypeUncommon}, {"ptrToThis", self, kTypePtrToThis}};
    const llvm::StructLayout* sl = dl.getStructLayout(rt.type);
    std::vector<llvm::Metadata*> members;
    for (auto& [fname, ft, field] : fields)
      members.push_back(builder_.createMemberType(st, fname, cu_->getFile(), 0, ft->getSizeInBits(), 0,
                                                  sl->getElementOffset(field) * 8, llvm::DINode::FlagZero, ft));
    builder_.replaceArrays(st, builder_.getOrCreateArray(members));
    return st;
  }
  if (name == "runtime.uncommontype") {
    t = structOf(name, sizeOf(rt.uncommon), {{"pkgpath", str}, {"mcount", i64}, {"methods", ptr}},
                 offsets(rt.uncommon, {0, 1, 2}));
  } else if (name == "runtime.itab") {
    llvm::DIType* typ = pointerTo(runtimeType("runtime._type"), "*runtime._type");
    std::vector<uint64_t> offs = offsets(rt.itabHeader, {typedesc::kItabInter, typedesc::kItabType,
                                                         typedesc::kItabHash, typedesc::kItabUnused});
    Layout hl = sizeOf(rt.itabHeader);
    offs.push_back(hl.size);  // fun[], after the header
    t = structOf(name, {hl.size + 8, hl.align},
                 {{"inter", ptr}, {"_type", typ}, {"hash", u32}, {"unused", u32}, {"fun", arrayOf(uptr, 1, {8, 8})}},
                 offs);
  } else if (name == "runtime.funcval") {
    // fn: the closure's code; gdb prints a code pointer with its symbol.
    llvm::DIType* code = builder_.createSubroutineType(builder_.getOrCreateTypeArray({nullptr}));
    t = structOf(name, {8, 8}, {{"fn", pointerTo(code)}}, {0});
  } else if (name == "runtime.eface" || name == "runtime.iface") {
    bool empty = name == "runtime.eface";
    llvm::DIType* first = empty ? pointerTo(runtimeType("runtime._type"), "*runtime._type")
                                : pointerTo(runtimeType("runtime.itab"), "*runtime.itab");
    t = structOf(name, sizeOf(rt.eface), {{empty ? "_type" : "tab", first}, {"data", ptr}}, offsets(rt.eface, {0, 1}));
  }
  named_[name] = t;
  return t;
}

llvm::DIType* DebugInfo::type(types::Type* t) {
  if (!t) return nullptr;
  if (auto it = types_.find(t); it != types_.end()) return it->second;
  if (inProgress_.count(t)) {
    // A type that reaches itself other than through a named struct
    // (type L *L): described without its structure.
    return builder_.createUnspecifiedType(typeName(t));
  }
  inProgress_.insert(t);
  llvm::DIType* result = makeType(t);
  inProgress_.erase(t);
  types_[t] = result;
  return result;
}

llvm::DIType* DebugInfo::makeType(types::Type* t) {
  if (t->kind() == TypeKind::Basic) return basicType(static_cast<types::Basic*>(t)->basicKind);
  std::string name = typeName(t);
  // Unnamed types are identical when their spellings are.
  if (t->kind() != TypeKind::Named)
    if (auto it = named_.find(name); it != named_.end()) return it->second;
  llvm::DIFile* f = cu_->getFile();
  llvm::DIType* result = nullptr;
  switch (t->kind()) {
    case TypeKind::Named: {
      auto* n = static_cast<types::Named*>(t);
      if (!n->under) return nullptr;
      llvm::DIFile* nf = file(n->obj->pos.file);
      unsigned line = n->obj->pos.valid() ? static_cast<unsigned>(n->obj->pos.line) : 0;
      if (n->under->kind() == TypeKind::Struct) {
        // Registered before its fields: they may point back to it.
        Layout l = layout(t);
        auto* st = builder_.createStructType(cu_, name, nf, line, l.size * 8, l.align * 8, llvm::DINode::FlagZero,
                                             nullptr, llvm::DINodeArray());
        types_[t] = st;
        std::vector<llvm::Metadata*> members;
        std::vector<uint64_t> offsets = fieldOffsets(t);
        const auto& flds = static_cast<types::Struct*>(n->under)->fields;
        for (size_t i = 0; i < flds.size(); i++) {
          types::Var* fld = flds[i];
          llvm::DIType* ft = type(fld->type);
          unsigned fline = fld->pos.valid() ? static_cast<unsigned>(fld->pos.line) : 0;
          members.push_back(builder_.createMemberType(st, fld->name, nf, fline, layout(fld->type).size * 8, 0,
                                                      offsets[i] * 8, llvm::DINode::FlagZero, ft));
        }
        builder_.replaceArrays(st, builder_.getOrCreateArray(members));
        result = st;
      } else {
        llvm::DIType* under = type(n->under);
        if (!under) return nullptr;
        result = builder_.createTypedef(under, name, nf, line, cu_);
      }
      break;
    }
    case TypeKind::Pointer: {
      llvm::DIType* elem = type(static_cast<types::Pointer*>(t)->elem);
      result = pointerTo(elem, name);
      break;
    }
    case TypeKind::Slice: {
      llvm::DIType* elem = type(static_cast<types::Slice*>(t)->elem);
      llvm::DIType* i64 = basicType(BasicKind::Int);
      result = structOf(name, {24, 8}, {{"array", pointerTo(elem)}, {"len", i64}, {"cap", i64}}, {0, 8, 16});
      break;
    }
    case TypeKind::Array: {
      auto* a = static_cast<types::Array*>(t);
      llvm::DIType* elem = type(a->elem);
      if (!elem) return nullptr;
      result = arrayOf(elem, a->len, layout(a->elem));
      break;
    }
    case TypeKind::Struct: {
      std::vector<std::pair<std::string, llvm::DIType*>> fields;
      for (types::Var* fld : static_cast<types::Struct*>(t)->fields) fields.emplace_back(fld->name, type(fld->type));
      result = structOf(name, layout(t), fields, fieldOffsets(t));
      break;
    }
    case TypeKind::Interface: {
      bool empty = types::asInterface(t)->allMethods.empty();
      result = builder_.createTypedef(runtimeType(empty ? "runtime.eface" : "runtime.iface"), name, f, 0, cu_);
      break;
    }
    case TypeKind::Map: {
      // runtime/map.h: hmap, and buckets of kBucketCnt tophash bytes, keys
      // and elems and the overflow pointer; keys and elems over
      // kMaxKeySize/kMaxElemSize bytes are stored as pointers (as
      // typedesc.cpp lays maptype out).
      constexpr uint64_t n = typedesc::kBucketCnt;
      auto* m = static_cast<types::Map*>(t);
      std::string kv = typeName(m->key) + "," + typeName(m->elem);
      llvm::DIType* key = type(m->key);
      llvm::DIType* elem = type(m->elem);
      Layout kl = layout(m->key), el = layout(m->elem);
      if (kl.size > typedesc::kMaxKeySize) key = pointerTo(key), kl = {8, 8};
      if (el.size > typedesc::kMaxElemSize) elem = pointerTo(elem), el = {8, 8};
      uint64_t bucketSize = n + n * kl.size + n * el.size + 8;
      auto* bucket = builder_.createStructType(cu_, "bucket<" + kv + ">", f, 0, bucketSize * 8, 64,
                                               llvm::DINode::FlagZero, nullptr, llvm::DINodeArray());
      llvm::DIType* bucketPtr = pointerTo(bucket);
      std::vector<std::tuple<const char*, llvm::DIType*, uint64_t, uint64_t>> bfields = {
          {"tophash", arrayOf(basicType(BasicKind::Uint8), n, {1, 1}), 0, n},
          {"keys", arrayOf(key, n, kl), n, n * kl.size},
          {"values", arrayOf(elem, n, el), n + n * kl.size, n * el.size},
          {"overflow", bucketPtr, n + n * kl.size + n * el.size, 8}};
      std::vector<llvm::Metadata*> members;
      for (auto& [fname, ft, off, size] : bfields)
        members.push_back(
            builder_.createMemberType(bucket, fname, f, 0, size * 8, 0, off * 8, llvm::DINode::FlagZero, ft));
      builder_.replaceArrays(bucket, builder_.getOrCreateArray(members));
      llvm::DIType* hmap = structOf("hash<" + kv + ">", {48, 8},
                                    {{"count", basicType(BasicKind::Int)},
                                     {"flags", basicType(BasicKind::Uint8)},
                                     {"B", basicType(BasicKind::Uint8)},
                                     {"noverflow", basicType(BasicKind::Uint16)},
                                     {"hash0", basicType(BasicKind::Uint32)},
                                     {"buckets", bucketPtr},
                                     {"oldbuckets", bucketPtr},
                                     {"nevacuate", basicType(BasicKind::Uintptr)},
                                     {"nextOverflow", basicType(BasicKind::UnsafePointer)}},
                                    {0, 8, 9, 10, 12, 16, 24, 32, 40});
      result = builder_.createTypedef(pointerTo(hmap), name, f, 0, cu_);
      break;
    }
    case TypeKind::Chan: {
      // runtime/chan.h's hchan, up to the wait queues.
      auto* c = static_cast<types::Chan*>(t);
      llvm::DIType* elem = type(c->elem);
      llvm::DIType* u64 = basicType(BasicKind::Uint);
      std::string hname = "hchan<" + typeName(c->elem) + ">";
      llvm::DIType* hchan = named_.count(hname) ? named_[hname]
                                                : structOf(hname, {48, 8},
                                                           {{"qcount", u64},
                                                            {"dataqsiz", u64},
                                                            {"buf", pointerTo(elem)},
                                                            {"elemsize", basicType(BasicKind::Uint16)},
                                                            {"closed", basicType(BasicKind::Uint32)},
                                                            {"sendx", u64},
                                                            {"recvx", u64}},
                                                           {0, 8, 16, 24, 28, 32, 40});
      named_[hname] = hchan;
      result = builder_.createTypedef(pointerTo(hchan), name, f, 0, cu_);
      break;
    }
    case TypeKind::Signature:
      result = builder_.createTypedef(pointerTo(runtimeType("runtime.funcval")), name, f, 0, cu_);
      break;
    case TypeKind::Basic:
    case TypeKind::Tuple: return nullptr;
  }
  if (t->kind() != TypeKind::Named) named_[name] = result;
  return result;
}

// ---------------------------------------------------------------- variables

void DebugInfo::declareVar(types::Var* v, llvm::AllocaInst* addr, unsigned argNo, llvm::BasicBlock* atEnd,
                           bool indirect) {
  if (lineTablesOnly_) return;
  if (!sp_ || v->name.empty() || v->name == "_") return;
  llvm::DIType* t = type(v->type);
  if (!t) return;  // types without a description are left out
  llvm::DIFile* f = file(v->pos.file);
  unsigned line = v->pos.valid() ? static_cast<unsigned>(v->pos.line) : 0;
  llvm::DILocalVariable* var =
      argNo ? builder_.createParameterVariable(sp_, v->name, argNo, f, line, t, true)
            : builder_.createAutoVariable(sp_, v->name, f, line, t, true);
  llvm::DIExpression* expr =
      indirect ? builder_.createExpression(llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref}) : builder_.createExpression();
  slots_.insert(addr);
  builder_.insertDeclare(addr, var, expr,
                         llvm::DILocation::get(module_.getContext(), line, 0, sp_), atEnd);
}

// ---------------------------------------------------------------- gdb script

// .debug_gdb_scripts names tools/gosub-gdb.py, installed next to the
// standard library (<prefix>/share/gosub/gosub-gdb.py), so that gdb loads
// the Go pretty-printers and `info goroutines` with the program, as Go's
// linker names runtime-gdb.py. gdb runs it only from a directory in its
// auto-load safe-path (docs/debugging.md).
void DebugInfo::emitGdbScriptsSection() {
  std::string self = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  if (self.empty()) return;
  llvm::SmallString<256> script(llvm::sys::path::parent_path(llvm::sys::path::parent_path(self)));
  llvm::sys::path::append(script, "share", "gosub", "gosub-gdb.py");
  if (!llvm::sys::fs::exists(script)) return;
  // Entry kind 1: the file name of a Python script, NUL-terminated.
  std::string entry = "\x01" + script.str().str();
  llvm::Constant* init = llvm::ConstantDataArray::getString(module_.getContext(), entry, /*AddNull=*/true);
  auto* gv = new llvm::GlobalVariable(module_, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init,
                                      "gosub.gdb_scripts");
  gv->setSection(".debug_gdb_scripts");
  gv->setAlignment(llvm::Align(1));
  llvm::appendToUsed(module_, {gv});
}

void DebugInfo::finalize() {
  if (!lineTablesOnly_) emitGdbScriptsSection();
  builder_.finalize();
}

}  // namespace gosub::codegen
