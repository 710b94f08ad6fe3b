// toolchain.h — from an LLVM module to files on disk: optimisation with the
// new pass manager, object/assembly emission, linking with the system linker
// through the C compiler driver, and running the result.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

namespace gosub::driver {

// x86-64 Linux (the host triple), PIC, the given -O level.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(int optLevel, std::string& error);

// Sets the module's triple and data layout from tm, then runs LLVM's default
// pipeline for the level (O0: only what must run, e.g. always-inline).
void optimize(llvm::Module& m, llvm::TargetMachine& tm, int optLevel);

enum class OutputKind { Executable, Object, Assembly, IRText, Bitcode };

// Writes IR, assembly or an object file to `path` ("-" = stdout).
bool emit(llvm::Module& m, llvm::TargetMachine& tm, OutputKind kind, const std::string& path, std::string& error);

// Links objects with the runtime archive into an executable; without
// keepDebugInfo, .debug_* sections are left out.
bool link(const std::vector<std::string>& objects, const std::string& runtimeLib, const std::string& out,
          bool keepDebugInfo, std::string& error);

// Runs a program with stdin/stdout/stderr inherited; returns its exit status
// (128+N if it died of signal N).
int runProgram(const std::string& path, const std::vector<std::string>& args);

// A private temporary directory, removed with its contents on destruction
// (and by the fatal-error handler, via active()).
class TempDir {
 public:
  TempDir();
  ~TempDir();
  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }
  static void removeActive();

 private:
  std::string path_;
};

}  // namespace gosub::driver
