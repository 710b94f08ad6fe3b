// toolchain.cpp — see toolchain.h.
#include "driver/toolchain.h"

#include "driver/opt_budget.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Passes/StandardInstrumentations.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

extern char** environ;

namespace gosub::driver {

std::unique_ptr<llvm::TargetMachine> createTargetMachine(int optLevel, std::string& error) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)initialized;
  std::string triple = llvm::sys::getDefaultTargetTriple();
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return nullptr;
  llvm::CodeGenOptLevel level = optLevel == 0   ? llvm::CodeGenOptLevel::None
                                : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                                : optLevel == 2 ? llvm::CodeGenOptLevel::Default
                                                : llvm::CodeGenOptLevel::Aggressive;
  llvm::TargetOptions options;
  // Generic x86-64, so binaries run on any x86-64 machine, like gc's GOAMD64=v1.
  std::unique_ptr<llvm::TargetMachine> tm(
      target->createTargetMachine(triple, "x86-64", "", options, llvm::Reloc::PIC_, std::nullopt, level));
  if (!tm) error = "cannot create a target machine for " + triple;
  return tm;
}

void optimize(llvm::Module& m, llvm::TargetMachine& tm, int optLevel) {
  m.setTargetTriple(tm.getTargetTriple().str());
  m.setDataLayout(tm.createDataLayout());
  // Position-independent executables (Debian's default): our symbols are
  // dso_local, so they need no GOT.
  m.setPICLevel(llvm::PICLevel::BigPIC);
  m.setPIELevel(llvm::PIELevel::Large);
  m.setFramePointer(llvm::FramePointerKind::All);

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  // The standard instrumentations include the one that skips optional passes
  // on optnone functions (OptNoneInstrumentation); without them the new pass
  // manager optimises those too.
  llvm::PassInstrumentationCallbacks pic;
  llvm::StandardInstrumentations si(m.getContext(), /*DebugLogging=*/false);
  si.registerCallbacks(pic, &mam);
  llvm::PassBuilder pb(&tm, llvm::PipelineTuningOptions(), std::nullopt, &pic);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  // Functions whose size or loop nesting would make the pipeline's work grow
  // far faster than the function are compiled as at -O0 (opt_budget.h).
  if (optLevel > 0) limitOptimisation(m);
  llvm::ModulePassManager mpm;
  switch (optLevel) {
    case 0: mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0); break;
    case 1: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1); break;
    case 2: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2); break;
    default: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3); break;
  }
  mpm.run(m, mam);
}

static bool writeOut(const std::string& path, llvm::StringRef data, std::string& error) {
  if (path == "-") {
    llvm::outs() << data;
    llvm::outs().flush();
    return true;
  }
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "open " + path + ": " + ec.message();
    return false;
  }
  os << data;
  os.close();
  if (os.has_error()) {
    error = "write " + path + ": " + os.error().message();
    os.clear_error();
    return false;
  }
  return true;
}

bool emit(llvm::Module& m, llvm::TargetMachine& tm, OutputKind kind, const std::string& path, std::string& error) {
  // Everything is produced in memory first: object emission needs a
  // seekable stream, and "-" may be a pipe.
  llvm::SmallString<0> buf;
  llvm::raw_svector_ostream os(buf);
  switch (kind) {
    case OutputKind::IRText: m.print(os, nullptr); break;
    case OutputKind::Bitcode: llvm::WriteBitcodeToFile(m, os); break;
    case OutputKind::Object:
    case OutputKind::Assembly:
    case OutputKind::Executable: {
      llvm::legacy::PassManager pm;
      auto type = kind == OutputKind::Assembly ? llvm::CodeGenFileType::AssemblyFile : llvm::CodeGenFileType::ObjectFile;
      if (tm.addPassesToEmitFile(pm, os, nullptr, type)) {
        error = "the target cannot emit this file type";
        return false;
      }
      pm.run(m);
      break;
    }
  }
  return writeOut(path, buf.str(), error);
}

static std::string findInPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string p = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find(':', start);
    if (end == std::string::npos) end = p.size();
    std::string dir = p.substr(start, end - start);
    if (dir.empty()) dir = ".";
    std::string cand = dir + "/" + name;
    if (access(cand.c_str(), X_OK) == 0) return cand;
    start = end + 1;
  }
  return "";
}

// Spawns argv[0] (a path) and waits; returns the wait status, or -1.
static int spawnAndWait(const std::vector<std::string>& argv, std::string& error) {
  std::vector<char*> cargv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, cargv[0], nullptr, nullptr, cargv.data(), environ);
  if (rc != 0) {
    error = "cannot run " + argv[0] + ": " + std::strerror(rc);
    return -1;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      error = std::string("waitpid: ") + std::strerror(errno);
      return -1;
    }
  }
  return status;
}

bool link(const std::vector<std::string>& objects, const std::string& runtimeLib, const std::string& out,
          bool keepDebugInfo, std::string& error) {
  // The C driver knows the platform's crt files and libc. The BFD linker is
  // required: lld and gold rewrite calls from split-stack code into
  // non-split-stack code (see DESIGN.md, contract 3).
  std::string cc = findInPath("clang-19");
  if (cc.empty()) cc = findInPath("cc");
  if (cc.empty()) {
    error = "no C compiler driver (clang-19 or cc) found in PATH to link with";
    return false;
  }
  struct stat st;
  if (stat(runtimeLib.c_str(), &st) != 0) {
    error = "runtime library not found: " + runtimeLib;
    return false;
  }
  std::vector<std::string> argv = {cc, "-fuse-ld=bfd", "-o", out};
  argv.insert(argv.end(), objects.begin(), objects.end());
  argv.push_back(runtimeLib);
  argv.push_back("-lpthread");
  argv.push_back("-lz");  // the CPU profile's gzip (runtime/pprof_encode.cpp)
  argv.push_back("-Wl,--build-id");  // profiles name the executable by it
  // Without -g the line tables were only the pclntab's input (pclntab.h).
  if (!keepDebugInfo) argv.push_back("-Wl,--strip-debug");
  int status = spawnAndWait(argv, error);
  if (status < 0) return false;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string cmd;
    for (const std::string& a : argv) cmd += (cmd.empty() ? "" : " ") + a;
    error = "linking failed: " + cmd;
    return false;
  }
  return true;
}

int runProgram(const std::string& path, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {path};
  argv.insert(argv.end(), args.begin(), args.end());
  // Like system(3): a ^C goes to the program, and we report how it ended.
  struct sigaction ign {}, oldInt {}, oldQuit {};
  ign.sa_handler = SIG_IGN;
  sigemptyset(&ign.sa_mask);
  sigaction(SIGINT, &ign, &oldInt);
  sigaction(SIGQUIT, &ign, &oldQuit);
  std::string error;
  int status = spawnAndWait(argv, error);
  sigaction(SIGINT, &oldInt, nullptr);
  sigaction(SIGQUIT, &oldQuit, nullptr);
  if (status < 0) {
    std::fprintf(stderr, "gosub: %s\n", error.c_str());
    return 1;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

static std::string activeTempDir;

TempDir::TempDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/gosub-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (mkdtemp(buf.data())) {
    path_ = buf.data();
    activeTempDir = path_;
  }
}

TempDir::~TempDir() {
  if (path_.empty()) return;
  llvm::sys::fs::remove_directories(path_);
  if (activeTempDir == path_) activeTempDir.clear();
}

void TempDir::removeActive() {
  if (!activeTempDir.empty()) llvm::sys::fs::remove_directories(activeTempDir);
}

}  // namespace gosub::driver
