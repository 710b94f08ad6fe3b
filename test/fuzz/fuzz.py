#!/usr/bin/env python3
"""No input may crash the compiler (DESIGN.md: "No input may crash the
compiler or reach the LLVM verifier broken").

Feeds gosub, deterministically:
  * every .go file of test/ and examples/, cut off at --cuts points each
    (truncated programs reach every parser state and, when the cut falls
    between declarations, the type checker and codegen);
  * --random inputs from a fixed seed: half raw bytes, half "token soup"
    (Go tokens in random order after `package main`), which gets past the
    lexer far more often than raw bytes do;
  * the empty file.
Each input is compiled with `gosub build -c -o TMP.o INPUT.go`. Accepted:
exit 0, or exit 1 with at least one `file:line:col: error: ...` line on
stderr. Anything else fails: a signal, another exit status, a timeout, exit
1 without a diagnostic, or LLVM's error/verifier/assertion output.

Failing inputs are copied to WORK/failures/ and described in
WORK/failures.txt (command, reason, end of stderr) for reproduction.
Exit status 0 if all inputs pass, 1 otherwise.
"""
import argparse
import concurrent.futures
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

DIAG = re.compile(rb":\d+:\d+: (syntax )?error: ")
# Output that means the compiler let a broken program reach LLVM, or died.
BAD_OUTPUT = [
    rb"LLVM ERROR",
    rb"Broken module",
    rb"Broken function",
    rb"Instruction does not dominate",
    rb"PLEASE submit a bug report",
    rb"Stack dump:",
    rb"Assertion `",
    rb"terminate called",
    rb"Sanitizer",
    rb"UNREACHABLE executed",
]

GO_TOKENS = (
    "package main import func var const return if else for switch case default "
    "fallthrough break continue goto type struct map chan go defer select range "
    "x y z main fmt os Println Print println print len Exit int int8 uint64 "
    "float64 string bool true false nil iota _ "
    "0 1 42 0x7f 1e9 3.5 'a' \"s\" `raw` \"\\n\" 9223372036854775807 "
    "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= "
    "&& || <- ++ -- == < > = ! != <= >= := ... ( ) [ ] { } , ; . : "
    "\n \n \n fmt.Println( os.Exit( ) { }"
).split(" ")


def sources(root):
    files = []
    for sub in ("test", "examples"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, sub)):
            dirnames[:] = sorted(d for d in dirnames if d != "Output")
            files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".go")]
    return files


def make_inputs(root, cuts, n_random, seed, max_inputs):
    """[(name, bytes)], the same for the same tree and options."""
    inputs = [("empty", b"")]
    files = sources(root)
    # Keep the run quick as the test tree grows: fewer cuts per file rather
    # than fewer files.
    per_file = max(1, min(cuts, max_inputs // max(1, len(files))))
    for path in files:
        data = open(path, "rb").read()
        rel = os.path.relpath(path, root)
        stem = re.sub(r"[^A-Za-z0-9]+", "_", rel[:-3])
        # Seed per file from its name, so adding a file does not reshuffle
        # the cuts of all the others.
        rng = random.Random(int.from_bytes(hashlib.sha256(f"{seed}:{rel}".encode()).digest()[:8], "big"))
        if len(data) < 2:
            continue
        points = sorted(rng.sample(range(1, len(data)), min(per_file, len(data) - 1)))
        inputs += [(f"cut_{stem}_{p}", data[:p]) for p in points]
    rng = random.Random(seed)
    for i in range(n_random):
        if i % 2 == 0:
            data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        else:
            toks = [rng.choice(GO_TOKENS) for _ in range(rng.randrange(1, 120))]
            data = ("package main\n" + " ".join(toks)).encode()
        inputs.append((f"random_{i}", data))
    return inputs


def check(gosub, work, timeout, item):
    """Compile one input; return None or (name, reason, cmd, stderr)."""
    idx, (name, data) = item
    src = os.path.join(work, "inputs", f"{idx:05d}_{name}.go")
    obj = os.path.join(work, "out", f"{idx:05d}.o")
    with open(src, "wb") as f:
        f.write(data)
    cmd = [gosub, "build", "-c", "-o", obj, src]
    # Own process group: on a timeout, kill the compiler and anything it
    # started (a linker holding our pipes open would make us wait for it).
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        stdout, stderr = p.communicate()
        return (src, f"timeout after {timeout} s", cmd, stderr)
    finally:
        if os.path.exists(obj):
            os.unlink(obj)
    out = stdout + stderr
    reason = None
    if p.returncode < 0:
        reason = f"killed by signal {-p.returncode}"
    elif p.returncode not in (0, 1):
        reason = f"exit status {p.returncode}"
    elif any(pat in out for pat in BAD_OUTPUT):
        reason = "LLVM error, verifier failure or assertion in the output"
    elif p.returncode == 1 and not DIAG.search(stderr):
        reason = "exit status 1 without a `file:line:col: error:` diagnostic"
    if reason is None:
        os.unlink(src)
        return None
    return (src, reason, cmd, stderr)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Check that no input crashes gosub.")
    ap.add_argument("--gosub", default=os.environ.get("GOSUB"),
                    help="compiler to test (default: $GOSUB, else <root>/build/bin/gosub)")
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(here)),
                    help="source tree whose test/ and examples/ provide the inputs")
    ap.add_argument("--work", required=True, help="scratch directory (wiped)")
    ap.add_argument("--cuts", type=int, default=20, help="cut points per file")
    ap.add_argument("--random", type=int, default=50, help="random inputs")
    ap.add_argument("--max-inputs", type=int, default=1000, help="cap on cut inputs in total")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--jobs", type=int, default=min(4, max(2, os.cpu_count() or 2)))
    ap.add_argument("--timeout", type=float, default=30, help="seconds per compile")
    a = ap.parse_args()
    gosub = a.gosub or os.path.join(a.root, "build", "bin", "gosub")
    if not os.access(gosub, os.X_OK):
        print(f"fuzz: error: compiler {gosub} not found or not executable", file=sys.stderr)
        return 1

    shutil.rmtree(a.work, ignore_errors=True)
    for d in ("inputs", "out", "failures"):
        os.makedirs(os.path.join(a.work, d))
    inputs = make_inputs(a.root, a.cuts, a.random, a.seed, a.max_inputs)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        results = [r for r in pool.map(lambda it: check(gosub, a.work, a.timeout, it),
                                       enumerate(inputs)) if r]
    elapsed = time.monotonic() - start

    report = os.path.join(a.work, "failures.txt")
    with open(report, "w") as f:
        for src, reason, cmd, err in results:
            kept = shutil.copy(src, os.path.join(a.work, "failures"))
            tail = err.decode("utf-8", "replace").splitlines()[-15:]
            repro = [kept if c == src else c for c in cmd]
            f.write(f"{kept}: {reason}\n  $ {' '.join(repro)}\n")
            f.writelines(f"  | {line}\n" for line in tail)
            f.write("\n")
    for src, reason, _, _ in results:
        print(f"FUZZ FAIL: {os.path.basename(src)}: {reason}")
    print(f"fuzz: {len(inputs)} inputs, {len(results)} failed, {elapsed:.1f} s, "
          f"{a.jobs} jobs, seed {a.seed}")
    if results:
        print(f"fuzz: failing inputs in {os.path.join(a.work, 'failures')}, details in {report}")
    return 1 if results else 0


if __name__ == "__main__":
    sys.exit(main())
