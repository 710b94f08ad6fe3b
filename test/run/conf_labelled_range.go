// Labelled break and continue with range loops over slices, strings and maps, out of switches, and labels inside blocks.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	res := 0
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue outer
		}
		for j := range []int{1, 2, 3} {
			if j == 2 {
				continue outer
			}
			res += j + i*100
		}
	}
	if res != 402 {
		panic("continue outer from range")
	}
	cnt := 0
L1:
	for _, s := range []string{"ab", "cd"} {
	L2:
		for _, r := range s {
			switch r {
			case 'b':
				break L2
			case 'c':
				break L1
			}
			cnt++
		}
		cnt += 10
	}
	if cnt != 11 {
		panic("break labels over string range")
	}
	k := 0
	m := map[int]bool{1: true, 2: true, 3: true}
mloop:
	for range m {
		k++
		if k == 2 {
			break mloop
		}
	}
	if k != 2 {
		panic("break out of map range")
	}
	lab := 0
	{
	blk:
		for {
			lab++
			break blk
		}
	}
	if lab != 1 {
		panic("label in block")
	}
	println("ok")
}
