// main.cpp — the gosub command line.
//
//   gosub build [-o out] [-O0..-O3] [-g] [-m] [-fno-split-stack] [-emit-llvm] [-S] [-c] file.go... | dir
//   gosub run   [-O0..-O3] [-g] [-m] [-fno-split-stack] file.go... | dir  [args...] [-- args...]
//
// Exit status: 0 success; 1 compile, link or I/O errors (diagnostics are
// printed sorted, as gc prints them); 2 usage errors. `run` exits with the
// program's status (128+N when it died of signal N).
//
// Pipeline: parse all files of package main (stop on syntax errors), check
// it (the PackageLoader parses and checks imported stdlib packages on
// demand), stop on errors, run escape analysis (printing its decisions
// with -m), generate one module for all packages, optimise, emit, link.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <llvm/IR/LLVMContext.h>
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/thread.h>

#include "codegen/codegen.h"
#include "driver/dead_code.h"
#include "driver/opt_budget.h"
#include "driver/package_loader.h"
#include "driver/pclntab.h"
#include "escape/escape.h"
#include "driver/toolchain.h"
#include "support/diagnostics.h"
#include "types/checker.h"

namespace gosub::driver {
namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

const char kUsage[] =
    "usage: gosub build [-o output] [-O0|-O1|-O2|-O3] [-g] [-m] [-fno-split-stack] [-emit-llvm] [-S] [-c] file.go... | dir\n"
    "       gosub run [-O0|-O1|-O2|-O3] [-g] [-m] [-fno-split-stack] file.go... | dir [arguments...] [-- arguments...]\n"
    "\n"
    "  -o file     output file (default: the first file's name without .go, or the\n"
    "              directory's name; with -emit-llvm/-S/-c that name plus .ll/.s/.o);\n"
    "              \"-\" writes IR, assembly or object code to stdout\n"
    "  -O0..-O3    LLVM optimisation level (default -O2; -O0 with -g)\n"
    "  -g          emit DWARF debug information for gdb (docs/debugging.md)\n"
    "  -m          print escape analysis decisions (as go build -gcflags=-m)\n"
    "  -fno-split-stack\n"
    "              no stack checks in function prologues and no preemption\n"
    "              checks on loop back edges, to measure what they cost; such a\n"
    "              program cannot grow its goroutine stacks, and loops without\n"
    "              calls cannot be preempted\n"
    "  -emit-llvm  write LLVM IR (textual; bitcode with -c) instead of linking\n"
    "  -S          write assembly instead of linking\n"
    "  -c          write an object file instead of linking\n";

struct Config {
  bool run = false;
  std::string output;
  int optLevel = -1;  // -1: not given (-O2, or -O0 with -g)
  bool debug = false;
  bool escapeReport = false;  // -m
  bool splitStack = true;
  bool emitLLVM = false;
  bool asmOut = false;
  bool objOut = false;
  std::vector<std::string> inputs;
  std::vector<std::string> programArgs;
};

int usageError(const std::string& msg) {
  std::fprintf(stderr, "gosub: %s\n%s", msg.c_str(), kUsage);
  return kExitUsage;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Parses arguments after the subcommand. Returns -1 on success, else an exit
// status. Flags accept one or two dashes and `-o=x`, like Go's flag package.
int parseArgs(int argc, char** argv, int first, Config& cfg) {
  int i = first;
  bool inputsStarted = false;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (inputsStarted && cfg.run && !endsWith(a, ".go")) break;  // program arguments
    // build takes flags anywhere (as clang does); for run, what follows the
    // files belongs to the program.
    if (a.size() > 1 && a[0] == '-' && (!inputsStarted || !cfg.run)) {
      std::string f = a.substr(a[1] == '-' ? 2 : 1);
      std::string value;
      bool hasValue = false;
      if (auto eq = f.find('='); eq != std::string::npos) {
        value = f.substr(eq + 1);
        f = f.substr(0, eq);
        hasValue = true;
      }
      if (f == "o") {
        if (!hasValue) {
          if (i + 1 >= argc) return usageError("flag needs an argument: -o");
          value = argv[++i];
        }
        cfg.output = value;
      } else if (f.size() == 2 && f[0] == 'O' && f[1] >= '0' && f[1] <= '3' && !hasValue) {
        cfg.optLevel = f[1] - '0';
      } else if (f == "g" && !hasValue) {
        cfg.debug = true;
      } else if (f == "m" && !hasValue) {
        cfg.escapeReport = true;
      } else if (f == "fno-split-stack" && !hasValue) {
        cfg.splitStack = false;
      } else if (f == "emit-llvm" && !hasValue) {
        cfg.emitLLVM = true;
      } else if (f == "S" && !hasValue) {
        cfg.asmOut = true;
      } else if (f == "c" && !hasValue) {
        cfg.objOut = true;
      } else if (f == "h" || f == "help") {
        std::fputs(kUsage, stdout);
        std::exit(0);
      } else {
        return usageError("flag provided but not defined: " + a);
      }
      continue;
    }
    inputsStarted = true;
    cfg.inputs.push_back(a);
  }
  for (; i < argc; ++i) cfg.programArgs.push_back(argv[i]);

  if (cfg.inputs.empty()) return usageError("no Go files listed");
  if (cfg.run && (cfg.emitLLVM || cfg.asmOut || cfg.objOut || !cfg.output.empty()))
    return usageError("-o, -emit-llvm, -S and -c are flags of build, not run");
  if (cfg.asmOut && cfg.objOut) return usageError("-S and -c cannot be combined");
  // -g is for gdb, which shows optimised code's variables as <optimized
  // out> (as Go's gdb advice builds with -gcflags=all="-N -l").
  if (cfg.optLevel < 0) cfg.optLevel = cfg.debug ? 0 : 2;
  return -1;
}

// The directory of the running binary (bin/), for the runtime and stdlib.
std::string selfDir() {
  std::string exe = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  return llvm::sys::path::parent_path(exe).str();
}

int compile(const Config& cfg) {
  // Inputs: .go files, or one directory (all of its non-test .go files).
  std::vector<std::string> files;
  std::string baseName;
  if (cfg.inputs.size() == 1 && isDir(cfg.inputs[0])) {
    files = goFilesIn(cfg.inputs[0]);
    llvm::SmallString<256> abs(cfg.inputs[0]);
    llvm::sys::fs::make_absolute(abs);
    llvm::sys::path::remove_dots(abs, true);
    baseName = llvm::sys::path::filename(abs).str();
    if (files.empty()) {
      std::fprintf(stderr, "gosub: no Go files in %s\n", cfg.inputs[0].c_str());
      return kExitError;
    }
  } else {
    for (const std::string& in : cfg.inputs) {
      if (!endsWith(in, ".go")) return usageError("named files must be .go files: " + in);
      files.push_back(in);
    }
    baseName = llvm::sys::path::stem(files[0]).str();
  }

  // <prefix>/bin/gosub finds <prefix>/share/gosub/stdlib and <prefix>/lib.
  llvm::SmallString<256> prefix(llvm::sys::path::parent_path(selfDir()));
  std::string stdlibDir = (prefix + "/share/gosub/stdlib").str();
  std::string runtimeLib = (prefix + "/lib/libgosubrt.a").str();

  SourceManager sources;
  Diagnostics diags(sources);
  ast::Arena arena;
  types::TypeTable table;
  PackageLoader loader(sources, arena, diags, table, stdlibDir);

  bool parsed;
  std::vector<ast::File*> asts = loader.parseFiles(files, parsed);
  if (!parsed || diags.hasErrors()) {
    diags.flush();
    return kExitError;
  }
  // Package runtime is part of every program, as in Go: the C++ runtime
  // panics with its error types (GO_TYPE in runtime/abi.def).
  loader.import("runtime", {});
  types::Package* mainPkg = types::checkPackage(table, diags, loader, "main", asts, /*isStdlib=*/false);
  if (!mainPkg || diags.hasErrors()) {
    diags.flush();
    return kExitError;
  }
  if (mainPkg->name != "main") {
    ast::Pos pos = asts[0]->packageName ? asts[0]->packageName->pos : ast::Pos{};
    diags.error(pos, "package " + mainPkg->name + " is not a main package");
    diags.flush();
    return kExitError;
  }

  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(cfg.optLevel, error);
  if (!tm) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return kExitError;
  }

  std::vector<types::Package*> packages = loader.ordered();
  packages.push_back(mainPkg);
  escape::Result escapes;
  std::vector<escape::Decision> decisions;
  escape::analyze(packages, escapes, cfg.escapeReport, &decisions);
  // gc prints -m lines as `file.go:L:C: message`, which go build passes on
  // to stderr.
  for (const escape::Decision& d : decisions)
    std::fprintf(stderr, "%s: %s\n", diags.format(d.pos).c_str(), d.message.c_str());
  llvm::LLVMContext ctx;
  codegen::Options options;
  options.debugInfo = cfg.debug;
  bool filesOut = cfg.emitLLVM || cfg.asmOut || cfg.objOut;
  options.lineTables = !filesOut;
  options.splitStack = cfg.splitStack;
  options.targetTriple = tm->getTargetTriple().str();
  options.dataLayout = tm->createDataLayout().getStringRepresentation();
  options.escapes = &escapes;
  std::unique_ptr<llvm::Module> module = codegen::generate(ctx, table, packages, options, sources, diags);
  if (!module || diags.hasErrors()) {
    diags.flush();
    return kExitError;
  }
  // An executable's module is the whole program: what it cannot reach of
  // the packages it imports need not be optimised or compiled.
  if (!filesOut) dropUnreachable(*module);
  if (!filesOut) keepCallSitesApart(*module);
  optimize(*module, *tm, cfg.optLevel);

  // Files instead of an executable.
  if (filesOut) {
    OutputKind kind = cfg.emitLLVM ? (cfg.objOut ? OutputKind::Bitcode : OutputKind::IRText)
                      : cfg.asmOut ? OutputKind::Assembly
                                   : OutputKind::Object;
    std::string out = cfg.output;
    if (out.empty()) {
      const char* ext = kind == OutputKind::IRText     ? ".ll"
                        : kind == OutputKind::Bitcode  ? ".bc"
                        : kind == OutputKind::Assembly ? ".s"
                                                       : ".o";
      out = baseName + ext;
    }
    if (!emit(*module, *tm, kind, out, error)) {
      std::fprintf(stderr, "gosub: %s\n", error.c_str());
      return kExitError;
    }
    return 0;
  }

  TempDir tmp;
  if (!tmp.ok()) {
    std::fprintf(stderr, "gosub: cannot create a temporary directory: %s\n", std::strerror(errno));
    return kExitError;
  }
  std::vector<std::string> objects{tmp.path() + "/" + baseName + ".o"};
  std::map<std::string, uint32_t> funcFlags = functionFlags(*module);
  // Functions over the optimisation budget get the -O0 back end (opt_budget.h).
  if (std::unique_ptr<llvm::Module> part = cfg.optLevel > 0 ? splitOverBudget(*module) : nullptr) {
    std::unique_ptr<llvm::TargetMachine> tm0 = createTargetMachine(0, error);
    if (!tm0) {
      std::fprintf(stderr, "gosub: %s\n", error.c_str());
      return kExitError;
    }
    objects.push_back(tmp.path() + "/" + baseName + ".O0.o");
    anchorSections(*part, "gosub.anchor.O0");
    if (!emit(*part, *tm0, OutputKind::Object, objects.back(), error)) {
      std::fprintf(stderr, "gosub: %s\n", error.c_str());
      return kExitError;
    }
  }
  anchorSections(*module, "gosub.anchor");
  if (!emit(*module, *tm, OutputKind::Object, objects[0], error)) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return kExitError;
  }
  module.reset();
  // The runtime's pc->line table, from the objects' line tables.
  std::unique_ptr<llvm::Module> pclntab = buildPclntab(ctx, objects, funcFlags, error);
  if (!pclntab) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return kExitError;
  }
  pclntab->setTargetTriple(tm->getTargetTriple().str());
  pclntab->setDataLayout(tm->createDataLayout());
  pclntab->setPICLevel(llvm::PICLevel::BigPIC);
  pclntab->setPIELevel(llvm::PIELevel::Large);
  objects.push_back(tmp.path() + "/" + baseName + ".pclntab.o");
  if (!emit(*pclntab, *tm, OutputKind::Object, objects.back(), error)) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return kExitError;
  }
  pclntab.reset();
  std::string exe = cfg.run ? tmp.path() + "/" + baseName : (cfg.output.empty() ? baseName : cfg.output);
  if (exe == "-") return usageError("cannot write an executable to stdout");
  if (!link(objects, runtimeLib, exe, /*keepDebugInfo=*/cfg.debug, error)) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return kExitError;
  }
  if (!cfg.run) return 0;
  return runProgram(exe, cfg.programArgs);
}

void fatalErrorHandler(void*, const char* reason, bool) {
  // LLVM's fatal errors (e.g. a backend failure) are compiler bugs; report
  // them the way every other internal error is reported.
  std::fprintf(stderr, "gosub: internal compiler error: %s\n", reason);
  TempDir::removeActive();
  std::_Exit(kExitError);
}

}  // namespace
}  // namespace gosub::driver

int main(int argc, char** argv) {
  using namespace gosub::driver;
  llvm::install_fatal_error_handler(fatalErrorHandler, nullptr);
  if (argc < 2) return usageError("no command");
  std::string cmd = argv[1];
  if (cmd == "help" || cmd == "-h" || cmd == "--help" || cmd == "-help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  Config cfg;
  if (cmd == "run")
    cfg.run = true;
  else if (cmd != "build")
    return usageError("unknown command " + cmd);
  if (int rc = parseArgs(argc, argv, 2, cfg); rc >= 0) return rc;
  // The checker and codegen recurse over the syntax tree, so they run on a
  // thread with a large stack (reserved, not committed): deeply nested but
  // valid programs then compile instead of overflowing the main stack.
  constexpr unsigned kCompileStackSize = 1u << 30;
  int rc = kExitError;
  llvm::thread worker(std::optional<unsigned>(kCompileStackSize), [&] {
    try {
      rc = compile(cfg);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "gosub: internal compiler error: %s\n", e.what());
      rc = kExitError;
    }
  });
  worker.join();
  return rc;
}
