// debuginfo.h — DWARF for -g: a compile unit, a DISubprogram per function,
// line locations per statement and call, and variables of every Go type,
// described the way gc describes them, so that gdb with
// tools/gosub-gdb.py prints them as Go values (docs/debugging.md). Without
// -g the same class emits line tables only (no variables, no types): the
// driver reads them back from the object file to build the runtime's
// pc->line table (driver/pclntab.cpp), which tracebacks and runtime.Caller
// use.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>

#include "ast/ast.h"
#include "support/diagnostics.h"
#include "types/types.h"

namespace gosub::codegen {

class DebugInfo {
 public:
  // lineTablesOnly: DICompileUnit::LineTablesOnly (functions, inlining and
  // lines; declareVar and declareGlobal do nothing), else FullDebug.
  // typeName: gc's DWARF name of a type (CodeGen::typeName, Dwarf style);
  // llvmType: its LLVM type (CodeGen::llvmType), for sizes and offsets.
  DebugInfo(llvm::Module& m, const SourceManager& sources, const std::string& mainFile, bool lineTablesOnly,
            std::function<std::string(types::Type*)> typeName, std::function<llvm::Type*(types::Type*)> llvmType);

  // Attaches a DISubprogram to fn; `name` is the Go name ("main.fib").
  llvm::DISubprogram* beginFunction(llvm::Function* fn, const std::string& name, ast::Pos pos);
  llvm::DISubprogram* current() const { return sp_; }
  // Ends the current function: moves the code that stores its parameters
  // off the function's line, so that `break f` stops at the first statement
  // with the parameters in place (see endPrologue in debuginfo.cpp).
  void endFunction();
  llvm::DILocation* location(ast::Pos pos);
  // Describes a local variable (argNo > 0 for parameters) living in `addr`,
  // or, if `indirect`, in the heap cell whose address `addr` holds.
  void declareVar(types::Var* v, llvm::AllocaInst* addr, unsigned argNo, llvm::BasicBlock* atEnd,
                  bool indirect = false);
  // Describes a package-level variable.
  void declareGlobal(types::Var* v, llvm::GlobalVariable* gv);
  void finalize();

 private:
  struct Layout {
    uint64_t size = 0, align = 1;  // bytes
  };

  llvm::DIFile* file(int index);
  llvm::DIType* type(types::Type* t);
  llvm::DIType* makeType(types::Type* t);
  llvm::DIType* basicType(types::BasicKind kind);
  llvm::DIType* structOf(const std::string& name, Layout layout,
                         const std::vector<std::pair<std::string, llvm::DIType*>>& fields,
                         const std::vector<uint64_t>& offsets);
  llvm::DIType* pointerTo(llvm::DIType* elem, const std::string& name = "");
  llvm::DIType* arrayOf(llvm::DIType* elem, int64_t len, Layout elemLayout);
  llvm::DIType* runtimeType(const std::string& name);
  Layout layout(types::Type* t);
  std::vector<uint64_t> fieldOffsets(types::Type* t);
  void endPrologue();
  void emitGdbScriptsSection();

  llvm::Module& module_;
  const SourceManager& sources_;
  llvm::DIBuilder builder_;
  bool lineTablesOnly_;
  std::function<std::string(types::Type*)> typeName;
  std::function<llvm::Type*(types::Type*)> llvmType;
  llvm::DICompileUnit* cu_ = nullptr;
  llvm::DISubprogram* sp_ = nullptr;
  llvm::Function* fn_ = nullptr;
  unsigned openLine_ = 0, openCol_ = 0;  // the current function's position
  std::set<llvm::Value*> slots_;         // its described variables' storage
  std::map<int, llvm::DIFile*> files_;
  int spFile_ = -1;  // file index of the current function
  // Scopes for lines of another file inside the current function (package
  // initialisers run variable initialisers written in every file).
  std::map<int, llvm::DILexicalBlockFile*> fileScopes_;
  std::map<types::Type*, llvm::DIType*> types_;
  // Types by DWARF name: identical Go types reached through different
  // types::Type objects (byte and uint8, two []int) share one description,
  // as do the runtime structs (runtime.itab, hash<K,V>...).
  std::map<std::string, llvm::DIType*> named_;
  std::set<types::Type*> inProgress_;  // recursion guard for `type L *L`
};

}  // namespace gosub::codegen
