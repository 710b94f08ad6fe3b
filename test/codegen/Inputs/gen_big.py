"""Writes a Go program whose main is over gosub's optimisation budget
(compiler/driver/opt_budget.h): `loops N` nests N for loops, `concat N` sums
N strings in one expression. Used by opt_budget_*.test."""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
out = ["package main", "", "func main() {"]
if kind == "loops":
    # Each loop runs twice, so the innermost statement runs 2**N times unless
    # the nest is cut short: only the last three loops iterate.
    out.append("\tc := 0")
    for i in range(n):
        bound = 2 if i >= n - 3 else 1
        out.append("\tfor i%d := 0; i%d < %d; i%d++ {" % (i, i, bound, i))
    out.append("\tc++")
    out += ["\t}"] * n
    out.append("\tprintln(c)")
elif kind == "concat":
    out += ['\ta := "a"', '\tb := "bc"']
    out.append("\ts := a" + "".join(" + b" if i % 2 else " + a" for i in range(n - 1)))
    out.append("\tprintln(len(s), s[0], s[1], s[2], s[len(s)-1])")
else:
    sys.exit("usage: gen_big.py loops|concat N")
out.append("}")
print("\n".join(out))
