// debuginfo.cpp — DWARF for -g (see debuginfo.h).
//
// The compile unit says DW_LANG_Go, so gdb uses its Go support: functions are
// named by their Go symbols (main.fib) and a string is described the way gc
// describes it, a struct "string" with fields str and len.
#include "codegen/debuginfo.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace gosub::codegen {

static std::pair<std::string, std::string> splitPath(const std::string& path) {
  llvm::SmallString<256> abs(path);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, true);
  return {llvm::sys::path::filename(abs).str(), llvm::sys::path::parent_path(abs).str()};
}

DebugInfo::DebugInfo(llvm::Module& m, const SourceManager& sources, const std::string& mainFile,
                     bool lineTablesOnly)
    : module_(m), sources_(sources), builder_(m), lineTablesOnly_(lineTablesOnly) {
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
  spFile_ = pos.file;
  fileScopes_.clear();
  return sp_;
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

llvm::DIType* DebugInfo::type(types::Type* t) {
  if (auto it = types_.find(t); it != types_.end()) return it->second;
  llvm::DIType* result = nullptr;
  if (types::Basic* b = types::asBasic(t)) {
    using K = types::BasicKind;
    unsigned enc = 0;
    uint64_t bits = 0;
    switch (b->basicKind) {
      case K::Bool: enc = llvm::dwarf::DW_ATE_boolean; bits = 8; break;
      case K::Int8: case K::Int16: case K::Int32: case K::Int64: case K::Int:
        enc = llvm::dwarf::DW_ATE_signed; bits = b->size() * 8; break;
      case K::Uint8: case K::Uint16: case K::Uint32: case K::Uint64: case K::Uint: case K::Uintptr:
        enc = llvm::dwarf::DW_ATE_unsigned; bits = b->size() * 8; break;
      case K::Float32: enc = llvm::dwarf::DW_ATE_float; bits = 32; break;
      case K::Float64: enc = llvm::dwarf::DW_ATE_float; bits = 64; break;
      case K::String: {
        auto* u8 = builder_.createBasicType("uint8", 8, llvm::dwarf::DW_ATE_unsigned);
        auto* i64 = builder_.createBasicType("int", 64, llvm::dwarf::DW_ATE_signed);
        auto* ptr = builder_.createPointerType(u8, 64);
        llvm::DIFile* f = cu_->getFile();
        auto* str = builder_.createMemberType(cu_, "str", f, 0, 64, 64, 0, llvm::DINode::FlagZero, ptr);
        auto* len = builder_.createMemberType(cu_, "len", f, 0, 64, 64, 64, llvm::DINode::FlagZero, i64);
        result = builder_.createStructType(cu_, "string", f, 0, 128, 64, llvm::DINode::FlagZero, nullptr,
                                           builder_.getOrCreateArray({str, len}));
        break;
      }
      default: break;
    }
    if (!result && enc) result = builder_.createBasicType(b->name, bits, enc);
  }
  types_[t] = result;
  return result;
}

void DebugInfo::declareVar(types::Var* v, llvm::AllocaInst* addr, unsigned argNo, llvm::BasicBlock* atEnd,
                           bool indirect) {
  if (lineTablesOnly_) return;
  if (!sp_ || v->name.empty() || v->name == "_") return;
  llvm::DIType* t = type(v->type);
  if (!t) return;  // types without a description yet are left out
  llvm::DIFile* f = file(v->pos.file);
  unsigned line = v->pos.valid() ? static_cast<unsigned>(v->pos.line) : 0;
  llvm::DILocalVariable* var =
      argNo ? builder_.createParameterVariable(sp_, v->name, argNo, f, line, t, true)
            : builder_.createAutoVariable(sp_, v->name, f, line, t, true);
  llvm::DIExpression* expr =
      indirect ? builder_.createExpression(llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref}) : builder_.createExpression();
  builder_.insertDeclare(addr, var, expr,
                         llvm::DILocation::get(module_.getContext(), line, 0, sp_), atEnd);
}

void DebugInfo::finalize() { builder_.finalize(); }

}  // namespace gosub::codegen
