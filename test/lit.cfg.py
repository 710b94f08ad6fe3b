# -*- Python -*-
# lit configuration for gosub's tests (LLVM 19's lit, FileCheck, not, count).
#
# HOW TO WRITE A TEST
# A test is a .go (or .test) file under parse/, types/, codegen/, run/,
# debug/ or fuzz/ with `// RUN:` lines (`# RUN:` in .test files). Each RUN line is a bash
# command (lit's external shell: pipes, `;`, `$?` and `||` all work); the test
# passes when every RUN line exits 0. Substitutions:
#   %gosub     build/bin/gosub            %s   this file     %S  its directory
#   %gosub-parse  build/bin/gosub-parse-test (parse only; -dump-ast prints the AST)
#   %python    python3                    %t   a per-test temporary path (file
#   %repo      the source tree root            or directory, yours to create)
#   %examples  <repo>/examples
#   %gosub-rtobjs  the runtime's object files (tools/stack-depth's input)
# FileCheck, not and count come from /usr/lib/llvm-19/bin (first on PATH).
#
# Compile errors (exit status 1, one `file:line:col: error: ...` per error):
#   // RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s
#   // CHECK: {{.*}}x.go:3:5: error: undefined: y
#
# Programs that run (check stdout, stderr and the exit status exactly):
#   // RUN: %gosub build -o %t %s
#   // RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
#   // RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
#   // RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
#   // OUT:hello, world
#   // OUT-NEXT:exit=0
#   // ERR:panic: runtime error: integer divide by zero
# With --strict-whitespace --match-full-lines the pattern starts right after
# the colon (`// OUT:hello`, no space) and must match the whole line. Use
# `count 0 < %t.err` for "stderr is empty". Whole-file golden outputs are
# compared with `diff -u GOLDEN %t.out` (see run/example-*.test).
#
# Debugger tests (debug/, `// REQUIRES: gdb`): %gdb is gdb in batch mode,
# without the user's gdbinit, in a UTF-8 locale, loading tools/gosub-gdb.py
# through the executable's .debug_gdb_scripts section:
#   // RUN: %gosub build -g -o %t %s
#   // RUN: %gdb -ex 'break main.f' -ex run -ex 'info args' %t 2>&1 | FileCheck %s
#
# Codegen tests: `// RUN: %gosub build -emit-llvm -o - %s | FileCheck %s`.
# Extra source files of a multi-file test go into an `Inputs/` directory
# (never run as tests). A .go file without RUN lines is an error (UNRESOLVED),
# so every file says what it tests. Use `// REQUIRES:`, `// UNSUPPORTED:` and
# `// XFAIL: *` rather than disabling tests.
#
# Run one test:  tools/gosub-dev test test/run/x.go
#           or:  python3 /usr/lib/llvm-19/build/utils/lit/lit.py -v build/test/run/x.go

import glob
import os
import shutil
import sys

import lit.formats
import lit.util

config.name = "gosub"
# External shell (bash): test writers get the shell they know, including $?.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".go", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py"]

# Loaded through build/test/lit.site.cfg.py (the normal case) the paths are
# set already; loaded directly (`lit test/run/x.go`) we assume the default
# build directory, or $GOSUB_BUILD_DIR.
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
src_root = getattr(config, "gosub_src_root", None) or os.path.dirname(config.test_source_root)
build_dir = (getattr(config, "gosub_build_dir", None)
             or os.environ.get("GOSUB_BUILD_DIR")
             or os.path.join(src_root, "build"))
config.test_exec_root = os.path.join(build_dir, "test")
llvm_tools = getattr(config, "llvm_tools_dir", None) or "/usr/lib/llvm-19/bin"
python = sys.executable  # the python3 running lit

for tool in ("FileCheck", "not", "count"):
    if not os.access(os.path.join(llvm_tools, tool), os.X_OK):
        lit_config.fatal(f"{tool} not found in {llvm_tools} (apt-get install llvm-19-tools)")
gosub = os.path.join(build_dir, "bin", "gosub")
if not os.access(gosub, os.X_OK):
    lit_config.warning(f"{gosub} is not built; tests that use %gosub will fail")

# LLVM's tools first, so that FileCheck/not/count are LLVM 19's.
config.environment["PATH"] = os.pathsep.join(
    [llvm_tools, os.path.join(build_dir, "bin"), config.environment.get("PATH", os.environ["PATH"])])
# lit passes only a few variables through (so GOMAXPROCS, GODEBUG etc. of the
# developer's shell never reach a test); pin the locale too.
config.environment["LC_ALL"] = "C"

# Config substitutions are applied before lit's own (%s, %t, ...) and in
# order, so no name here may be a prefix of a later one.
config.substitutions += [
    # Longest first: lit replaces in order and %gosub is a prefix of these.
    ("%gosub-parse", os.path.join(build_dir, "bin", "gosub-parse-test")),
    # (Objects whose source is gone, left in an old build tree, are not.)
    ("%gosub-rtobjs", " ".join(sorted(
        o for o in glob.glob(os.path.join(build_dir, "runtime", "CMakeFiles", "gosubrt_objs.dir", "*.o"))
        if os.path.exists(os.path.join(src_root, "runtime", os.path.basename(o)[:-2]))))),
    ("%gosub", gosub),
    ("%python", python),
    # -iex: before the program is loaded, so that its script may auto-load.
    # A UTF-8 locale: gdb prints Go's UTF-8 strings as text, not escapes.
    ("%gdb", "env LC_ALL=C.UTF-8 gdb -batch -nx -iex 'set auto-load safe-path /' -iex 'set debuginfod enabled off'"),
    ("%repo", src_root),
    ("%examples", os.path.join(src_root, "examples")),
]

config.available_features.add("x86_64")
# A build with -DGOSUB_STACK_GUARD_PAGES=ON (tools/gosub-dev test
# --stack-guard-pages): every stack segment is a mapping of its own.
if getattr(config, "gosub_stack_guard_pages", "OFF").upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("stack-guard-pages")
# test/tools/cmake_*.test configure the source tree with plain cmake.
if shutil.which("cmake") and shutil.which("ninja"):
    config.available_features.add("cmake")
if shutil.which("gcc") and shutil.which("g++"):
    config.available_features.add("gcc")
if shutil.which("gdb"):  # debug/ (tools/gosub-dev installs it)
    config.available_features.add("gdb")
if shutil.which("go"):  # only for optional checks against the real Go toolchain
    config.available_features.add("go")

# A hung test (deadlocked scheduler, runaway program) must fail, not hang CI.
# lit needs psutil to kill process trees; tools/gosub-dev installs it.
if lit_config.maxIndividualTestTime == 0:
    supported, _ = lit_config.maxIndividualTestTimeIsSupported
    if supported:
        lit_config.maxIndividualTestTime = 300
    else:
        lit_config.warning("no per-test time limit (apt-get install python3-psutil)")
