// Untyped constants take their default type when converted to an interface: int, rune, float64, string, bool, including mixed constant expressions (the kind of the later operand wins), constant and non-constant shifts.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func kind(e interface{}) string {
	switch e.(type) {
	case int:
		return "int"
	case int32:
		return "rune"
	case float64:
		return "float64"
	case string:
		return "string"
	case bool:
		return "bool"
	case uint8:
		return "byte"
	}
	return "?"
}

func main() {
	const c = 10
	const r = 'x'
	const f = 1 << 3.0
	var sh uint = 2
	var b byte = 'q'
	x := 'a' + 1.0
	got := []string{kind(1 << 10), kind('a'), kind(2.0), kind("s"), kind(1 == 1), kind(c), kind(r), kind(f),
		kind(r + 1), kind(c * 1.0), kind(1 << sh), kind(b), kind(b + 1), kind(r * 2), kind(len("abc")), kind(x)}
	want := []string{"int", "rune", "float64", "string", "bool", "int", "rune", "int",
		"rune", "float64", "int", "byte", "byte", "rune", "int", "float64"}
	for i := range want {
		if got[i] != want[i] {
			println(i, got[i])
			panic("default type")
		}
	}
	println("ok")
}
