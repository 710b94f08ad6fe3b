// RUN: %gosub-parse -dump-ast -pos %s | FileCheck %s
// Node positions: the first token of each node, 1-based line and byte
// column (a non-ASCII character before a node counts its UTF-8 bytes).
package main

func f(s string) {
	x := "é" + s
	y := x[1:] + g(x, 2)
}

// CHECK: (Func@6:1 f@6:6 (FuncType@6:1 (Params (Field@6:8 s@6:8 string@6:10)))
// CHECK-NEXT: (Define@7:2 (x@7:2) ((Binary@7:7 + "é"@7:7 s@7:14)))
// CHECK-NEXT: (Define@8:2 (y@8:2) ((Binary@8:7 + (Slice@8:7 x@8:7 1@8:9 _) (Call@8:15 g@8:15 x@8:17 2@8:20))))
