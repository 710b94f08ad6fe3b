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
  * --cycles programs from the same seed whose declarations refer to each
    other in cycles: types, aliases, constants, variables, functions and
    methods, package-level and local, in random order and grouping, with
    types nested and recursive through pointers, functions, channels,
    structs (fields and embedding), arrays, slices and maps, so that every
    kind of declaration cycle, valid or not, reaches the checker (and the
    valid ones codegen);
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


def make_inputs(root, cuts, n_random, seed, max_inputs, n_cycles=0):
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
    # A generator of its own, so that --cycles does not change the others.
    rng = random.Random(f"{seed}:cycles")
    for i in range(n_cycles):
        inputs.append((f"cycles_{i}", CycleGen(rng).program().encode()))
    return inputs


class CycleGen:
    """One program of mutually referring declarations (see the docstring).

    Names come from a small pool, so references close cycles often. About a
    third of the programs are `valid`-leaning: a name is referred to directly
    only from a later declaration (`cur` is the one being written), other
    references to types go through pointers, functions and channels, and
    values are ints, so that many of them compile and reach codegen with
    recursive types."""

    def __init__(self, rng):
        self.rng = rng
        self.valid = rng.random() < 0.35
        n = rng.randrange(3, 9)
        kinds = ["type", "type", "alias", "const", "var", "var", "func"]
        self.decls = [(f"n{i}", rng.choice(kinds)) for i in range(n)]
        self.cur = n

    def pool(self, kinds, direct):
        # An alias is its right-hand side: every use in it is direct.
        direct = direct or self.decls[min(self.cur, len(self.decls) - 1)][1] == "alias"
        return [d for i, (d, k) in enumerate(self.decls)
                if k in kinds and (not self.valid or not direct or i < self.cur)]

    def name(self, kinds, direct=True, default="int"):
        r = self.rng
        # Now and then a name of the wrong kind, or one not declared at all.
        if not self.valid and r.random() < 0.08:
            return r.choice([d for d, _ in self.decls] + ["undeclared"])
        return r.choice(self.pool(kinds, direct) or [default])

    def typ(self, depth=0, direct=True):
        r = self.rng
        if depth > 3 or r.random() < 0.3:
            if r.random() < 0.25:
                return r.choice(["int", "string", "bool"])
            return self.name(("type", "alias"), direct)
        inner = lambda: self.typ(depth + 1, direct=False)
        if self.valid:
            forms = ["*{}", "func({}) {}", "chan {}", "func() {}", "struct{{ f int; g *{} }}", "struct{{ *{} }}"]
        else:
            forms = ["*{}", "func({}) {}", "chan {}", "[{}]{}", "[]{}", "map[{}]{}",
                     "struct{{ f {}; g {} }}", "struct{{ {} }}", "struct{{ *{} }}"]
        form = r.choice(forms)
        if form == "[{}]{}":
            n = r.choice(["2", "0", 'len("ab")', self.name(("const", "var"), default="1")])
            return form.format(n, self.typ(depth + 1, direct))
        if form in ("struct{{ {} }}", "struct{{ f {}; g {} }}"):
            # Embedded and plain fields contain the type: a direct use.
            if form == "struct{{ {} }}":
                return form.format(self.name(("type", "alias"), direct))
            return form.format(self.typ(depth + 1, direct), self.typ(depth + 1, direct))
        if form == "struct{{ *{} }}":
            return form.format(self.name(("type", "alias"), direct=False))
        return form.format(*[inner() for _ in range(form.count("{}"))])

    def value(self, depth=0, const=False):
        r = self.rng
        const = const and self.valid
        leaves = ["1", self.name(("const",) if const else ("const", "var"), default="1")]
        if not self.valid:
            leaves += ["iota", '"s"']
        if depth > 2 or r.random() < 0.35:
            return r.choice(leaves)
        v = lambda: self.value(depth + 1, const)
        forms = ["{} + {}", "- {}", "({})"]
        if const:
            return r.choice(forms).format(v(), v()) if r.random() < 0.5 else v()
        forms.append("func() int {{ return {} }}()")
        if not self.valid:
            forms += ["len({})", self.name(("type", "alias")) + "{{}}.f"]
        funcs = self.pool(("func",), True)
        if funcs:
            forms.append(r.choice(funcs) + "()")
        form = r.choice(forms)
        return form.format(*[v() for _ in range(form.count("{}"))])

    def decl(self, i, local=False):
        r = self.rng
        name, kind = self.decls[i]
        self.cur = i
        if kind == "type":
            self.last_rhs = self.typ()
            return f"type {name} {self.last_rhs}"
        if kind == "alias":
            return f"type {name} = {self.typ()}"
        if kind == "const":
            t = " int" if self.valid else f" {self.name(('type', 'alias'))}"
            return f"const {name}{t if r.random() < 0.2 else ''} = {self.value(const=True)}"
        if kind == "var":
            t = " int" if self.valid else f" {self.typ()}"
            return f"var {name}{t if r.random() < 0.3 else ''} = {self.value()}"
        if local:  # a function literal stands in for a local func
            return f"{name} := func() int {{ return {self.value()} }}; _ = {name}"
        return f"func {name}() int {{ return {self.value()} }}"

    def program(self):
        r = self.rng
        order = list(range(len(self.decls)))
        r.shuffle(order)
        out, local = ["package main", ""], []
        j = 0
        while j < len(order):
            i = order[j]
            kind = self.decls[i][1]
            if kind != "func" and not self.valid and r.random() < 0.2:
                local.append(i)  # declared in main instead
                j += 1
                continue
            # Group declarations of one kind: const ( ... ), type ( ... ).
            keyword = lambda k: "type" if k == "alias" else k
            word = keyword(kind)
            group = [i]
            while (word != "func" and j + len(group) < len(order)
                   and keyword(self.decls[order[j + len(group)]][1]) == word and r.random() < 0.5):
                group.append(order[j + len(group)])
            j += len(group)
            if len(group) > 1:
                out += [f"{word} ("] + [f"\t{self.decl(g).split(' ', 1)[1]}" for g in group] + [")"]
            else:
                out.append(self.decl(i))
            # Methods; valid-leaning programs only on types that may have them.
            if (kind == "type" and len(group) == 1 and r.random() < 0.3
                    and not (self.valid and self.last_rhs.startswith("*"))):
                name = self.decls[i][0]
                recv = r.choice([name, "*" + name])
                out.append(f"func (x {recv}) M() int {{ return {self.value()} }}")
        out.append("func main() {")
        for i in local:
            out.append("\t" + self.decl(i, local=True))
        for name, kind in self.decls:
            if kind in ("const", "var"):
                out.append(f"\t_ = {name}")
            elif kind == "type" and r.random() < 0.5:
                out.append(f"\tvar v{name} {name}\n\t_ = v{name}")
        out.append("}")
        return "\n".join(out) + "\n"


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
    ap.add_argument("--cycles", type=int, default=100, help="programs of mutually referring declarations")
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
    inputs = make_inputs(a.root, a.cuts, a.random, a.seed, a.max_inputs, a.cycles)

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
