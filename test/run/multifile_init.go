// Two files (in go build's order, by name): cross-file funcs, consts and vars,
// var initialisation across files, init() order (file order, then source order).
// RUN: %gosub build -o %t %s %S/Inputs/multifile_init_other.go
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 7 < %t.out
// RUN: count 0 < %t.err
// OUT:compute in other file
// OUT-NEXT:init A1 (main file) 42 21
// OUT-NEXT:init A2 (main file)
// OUT-NEXT:init B1 (other file) 1001
// OUT-NEXT:init B2 (other file) 2
// OUT-NEXT:main 2010 42 2
// OUT-NEXT:exit=0
package main

import "fmt"

var fromHere = otherVal * 2

const localConst = otherConst + 1

func init() {
	fmt.Println("init A1 (main file)", fromHere, otherVal)
}

func init() {
	fmt.Println("init A2 (main file)")
}

func helperHere(x int) int { return x + 1000 }

func main() {
	fmt.Println("main", otherHelper(5), localConst, otherCount)
}
