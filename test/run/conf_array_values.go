// Arrays as values: arrays of structs of arrays copy deeply on assignment,
// passing and return; comparison of nested arrays; arrays of interfaces
// compare their dynamic values; range over an array value iterates a copy
// while range over &array sees writes; array pointers index and len; arrays
// as struct fields in maps read back as copies; [0]T and [1]struct{}.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Cell struct {
	vals [3]int
	name string
}

type Grid [2][2]Cell

func mutate(g Grid) Grid {
	g[0][0].vals[0] = 99
	return g
}

func main() {
	var g Grid
	g[1][1] = Cell{[3]int{1, 2, 3}, "x"}
	h := g
	h[1][1].vals[2] = 30
	check(g[1][1].vals[2] == 3, "deep copy on assignment")
	r := mutate(g)
	check(g[0][0].vals[0] == 0 && r[0][0].vals[0] == 99, "deep copy on call")
	check(g != h && g != r, "nested arrays differ")
	h[1][1].vals[2] = 3
	check(g == h, "nested arrays equal again")

	ia := [3]interface{}{1, "a", 2.5}
	ib := [3]interface{}{1, "a", 2.5}
	check(ia == ib, "arrays of interfaces")
	ib[0] = int64(1)
	check(ia != ib, "different dynamic types")

	arr := [4]int{1, 2, 3, 4}
	sum := 0
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		sum += v
	}
	check(sum == 10, "range over array value uses a copy")
	sum = 0
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 1000
		}
		sum += v
	}
	check(sum == 1006, "range over &array sees writes")

	p := &arr
	check(len(p) == 4 && p[3] == 1000 && cap(p) == 4, "array pointer len/index")

	m := map[string]Cell{"a": {name: "a"}}
	c := m["a"]
	c.vals[0] = 5
	check(m["a"].vals[0] == 0, "map value arrays are copies")

	var z [0]int
	var z2 [0]int
	check(z == z2 && len(z) == 0, "[0]int")
	var one [1]struct{}
	check(len(one) == 1 && one == [1]struct{}{}, "[1]struct{}")

	type Pair [2]*int
	x, y := 1, 2
	pa := Pair{&x, &y}
	pb := pa
	*pb[0] = 10
	check(x == 10 && pa == pb, "arrays of pointers copy the pointers")
	println("ok")
}
