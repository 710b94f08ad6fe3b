// debuginfo.h — DWARF for -g: a compile unit, a DISubprogram per function,
// line locations per statement and call, and variables of basic types, enough
// for `gdb -ex 'break x.go:5'` and `info locals`. Without -g the same class
// emits line tables only (no variables, no types): the driver reads them
// back from the object file to build the runtime's pc->line table
// (driver/pclntab.cpp), which tracebacks and runtime.Caller use.
#pragma once

#include <map>
#include <memory>

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
  DebugInfo(llvm::Module& m, const SourceManager& sources, const std::string& mainFile, bool lineTablesOnly);

  // Attaches a DISubprogram to fn; `name` is the Go name ("main.fib").
  llvm::DISubprogram* beginFunction(llvm::Function* fn, const std::string& name, ast::Pos pos);
  llvm::DISubprogram* current() const { return sp_; }
  void endFunction() { sp_ = nullptr; }
  llvm::DILocation* location(ast::Pos pos);
  // Describes a local variable (argNo > 0 for parameters) living in `addr`,
  // or, if `indirect`, in the heap cell whose address `addr` holds.
  void declareVar(types::Var* v, llvm::AllocaInst* addr, unsigned argNo, llvm::BasicBlock* atEnd,
                  bool indirect = false);
  // Describes a package-level variable.
  void declareGlobal(types::Var* v, llvm::GlobalVariable* gv);
  void finalize();

 private:
  llvm::DIFile* file(int index);
  llvm::DIType* type(types::Type* t);

  llvm::Module& module_;
  const SourceManager& sources_;
  llvm::DIBuilder builder_;
  bool lineTablesOnly_;
  llvm::DICompileUnit* cu_ = nullptr;
  llvm::DISubprogram* sp_ = nullptr;
  std::map<int, llvm::DIFile*> files_;
  int spFile_ = -1;  // file index of the current function
  // Scopes for lines of another file inside the current function (package
  // initialisers run variable initialisers written in every file).
  std::map<int, llvm::DILexicalBlockFile*> fileScopes_;
  std::map<types::Type*, llvm::DIType*> types_;
};

}  // namespace gosub::codegen
