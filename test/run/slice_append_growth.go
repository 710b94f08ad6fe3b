// append grows a slice's capacity exactly as Go 1.19's growslice does:
// doubling below 256 elements, about 1.25x above with a smooth transition,
// rounded up to the allocator's size classes, for several element sizes.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,
// ERR-NEXT:8,16,32,64,128,256,512,896,1408,2048,3072,4096,5376,
// ERR-NEXT:1,2,4,8,16,32,64,128,256,512,853,
// ERR-NEXT:1,3,6,12,25,51,102,204,409,
// ERR-NEXT:10 10
// ERR-NEXT:13 14
// ERR-NEXT:4 6
// ERR-NEXT:13 16 xhello, world
// ERR-NEXT:10 true
package main

type three struct{ a, b, c int }

func main() {
	var a []int
	last := -1
	for i := 0; i < 2000; i++ {
		a = append(a, i)
		if cap(a) != last {
			last = cap(a)
			print(last, ",")
		}
	}
	println()
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			print(last, ",")
		}
	}
	println()
	var c []three
	last = -1
	for i := 0; i < 600; i++ {
		c = append(c, three{i, i, i})
		if cap(c) != last {
			last = cap(c)
			print(last, ",")
		}
	}
	println()
	var d [][5]byte
	last = -1
	for i := 0; i < 300; i++ {
		d = append(d, [5]byte{})
		if cap(d) != last {
			last = cap(d)
			print(last, ",")
		}
	}
	println()
	// Appending several at once grows to at least the new length.
	e := append([]int{1, 2, 3}, 4, 5, 6, 7, 8, 9, 10)
	println(len(e), cap(e))
	f := append([]int(nil), make([]int, 13)...)
	println(len(f), cap(f))
	g := append(make([]int32, 3, 3), 1)
	println(len(g), cap(g))
	h := append([]byte("x"), "hello, world"...)
	println(len(h), cap(h), string(h))
	var z []struct{}
	for i := 0; i < 10; i++ {
		z = append(z, struct{}{})
	}
	println(len(z), z != nil)
}
