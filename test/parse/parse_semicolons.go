// RUN: %gosub-parse -dump-ast %s | FileCheck %s
// Automatic semicolon insertion (go.dev/ref/spec#Semicolons) and the
// semicolons a program may omit before ) and }.
package main

// A newline after return ends the statement: f() is a statement of its own.
func ret() {
	return
	f()
}

// CHECK-LABEL: (Func ret
// CHECK: (Return)
// CHECK-NEXT: (ExprStmt (Call f))

// A /* */ comment that contains a newline acts as a newline; one that does
// not is just space.
func comments() {
	x := 1 /* a comment
	spanning lines */ y := 2
	z := 1 /* one line */ + 2
	w := 3 // trailing
	v := []int{
		1,
		2,
	}
}

// CHECK-LABEL: (Func comments
// CHECK: (Define (x) (1))
// CHECK-NEXT: (Define (y) (2))
// CHECK-NEXT: (Define (z) ((Binary + 1 2)))
// CHECK-NEXT: (Define (w) (3))
// CHECK-NEXT: (Define (v) ((Composite (SliceType int) 1 2)))

// No semicolon is needed before } or the ) of a declaration group; the }
// that closes a block on its own line gets one after it.
func closers() { x++; if x > 0 { return }; for { break } }

var (a int; b = 2)

type T struct{ a, b int; c string }

type I interface{ M(); N() int }

// CHECK-LABEL: (Func closers
// CHECK: (Inc x)
// CHECK-NEXT: (If _ (Binary > x 0) (Block
// CHECK-NEXT: (Return))
// CHECK-NEXT: (For _ _ _ (Block
// CHECK-NEXT: (Break)))))
// CHECK-NEXT: (Var (ValueSpec (a) int ()) (ValueSpec (b) _ (2)))
// CHECK-NEXT: (Type (TypeSpec T (StructType (Field a b int) (Field c string))))
// CHECK-NEXT: (Type (TypeSpec I (InterfaceType (Field M (FuncType (Params))) (Field N (FuncType (Params) (Results (Field int)))))))

// Operators at the end of a line continue the expression; ++, -- and the
// closers ) ] } end it.
func continuation() {
	s := 1 +
		2
	t := f(
		1,
	)[0]
	s++
	u := g()
	_ = u
}

// CHECK-LABEL: (Func continuation
// CHECK: (Define (s) ((Binary + 1 2)))
// CHECK-NEXT: (Define (t) ((Index (Call f 1) 0)))
// CHECK-NEXT: (Inc s)
// CHECK-NEXT: (Define (u) ((Call g)))

// Labels: a label may stand before } (it labels an empty statement).
func labels() {
L:
	for {
		break L
	}
M:
}

// CHECK-LABEL: (Func labels
// CHECK: (Labeled L (For
// CHECK: (Labeled M (Empty))

// The last declaration needs no newline before EOF.
func last() { return }
