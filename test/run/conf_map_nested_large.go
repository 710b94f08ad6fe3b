// Maps of maps and maps with large keys and values (stored out of line by
// Go's runtime past 128 bytes): reads of a missing outer key give a nil inner
// map that reads as empty, writes through m[k1][k2] after creating the inner
// map, values copied on read, large struct keys that differ in the last byte.
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

type Big struct {
	data [40]int
	tag  string
}

type BigKey [200]byte

func main() {
	mm := map[string]map[string]int{}
	check(mm["x"]["y"] == 0, "missing outer and inner")
	check(mm["x"] == nil, "missing inner is nil")
	for _, w := range []string{"a/b", "a/c", "b/b", "a/b"} {
		k1, k2 := w[:1], w[2:]
		inner, ok := mm[k1]
		if !ok {
			inner = map[string]int{}
			mm[k1] = inner
		}
		inner[k2]++
	}
	check(len(mm) == 2 && len(mm["a"]) == 2 && mm["a"]["b"] == 2 && mm["b"]["b"] == 1, "map of maps counts")
	alias := mm["a"]
	alias["z"] = 9
	check(mm["a"]["z"] == 9, "inner maps are shared references")
	delete(mm, "a")
	check(alias["z"] == 9 && len(mm) == 1, "deleting outer keeps inner alive")

	bm := map[int]Big{}
	for i := 0; i < 50; i++ {
		var b Big
		for j := range b.data {
			b.data[j] = i * j
		}
		b.tag = string(rune('A' + i%26))
		bm[i] = b
	}
	v := bm[7]
	v.data[3] = -1
	check(bm[7].data[3] == 21, "large value read is a copy")
	check(bm[49].data[39] == 49*39 && bm[49].tag == "X", "large value contents")
	check(bm[100].data[39] == 0 && bm[100].tag == "", "missing large value is zero")

	km := map[BigKey]int{}
	var k1, k2 BigKey
	k1[199] = 1
	k2[199] = 2
	km[k1] = 10
	km[k2] = 20
	var k3 BigKey
	k3[199] = 1
	check(km[k3] == 10 && len(km) == 2, "large keys differing in last byte")
	delete(km, k3)
	check(len(km) == 1 && km[k2] == 20, "delete large key")

	arrm := map[[2]int]map[int]bool{}
	arrm[[2]int{1, 2}] = map[int]bool{3: true}
	check(arrm[[2]int{1, 2}][3] && !arrm[[2]int{2, 1}][3], "array keys to maps")

	sliceVals := map[string][]int{}
	sliceVals["x"] = append(sliceVals["x"], 1, 2)
	sliceVals["x"] = append(sliceVals["x"], 3)
	check(len(sliceVals["x"]) == 3 && sliceVals["y"] == nil, "append to map slice values")
	println("ok")
}
