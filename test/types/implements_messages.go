// Why a type does not implement an interface, in go/types' words: a
// missing method, a method with the wrong signature (have/want), a pointer
// receiver, a method spelled with different case (have/want lines), and
// a missing method of an embedded interface.
// Today's wording ("as Writer value", "missing method Write", have/want
// with parameter names; Go 1.19 said "missing Write method").
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type Writer interface {
	Write(p []byte) (int, error)
}

type Closer interface{ Close() error }

type WriteCloser interface {
	Writer
	Closer
}

type W1 struct{}

type W2 struct{}

func (W2) Write(p []byte) int { return 0 }

type W3 struct{}

func (*W3) Write(p []byte) (int, error) { return 0, nil }

type W4 struct{}

func (W4) write(p []byte) (int, error) { return 0, nil }

type W5 struct{}

func (W5) Write(p []byte) (int, error) { return 0, nil }

func main() {
	var w Writer
	w = W1{}
	// CHECK: implements_messages.go:[[@LINE-1]]:6: error: cannot use W1{} (value of type W1) as Writer value in assignment: W1 does not implement Writer (missing method Write)
	w = W2{}
	// CHECK: implements_messages.go:[[@LINE-1]]:6: error: cannot use W2{} (value of type W2) as Writer value in assignment: W2 does not implement Writer (wrong type for method Write)
	// CHECK-NEXT: {{^}}		have Write(p []byte) int
	// CHECK-NEXT: {{^}}		want Write(p []byte) (int, error)
	w = W3{}
	// CHECK: implements_messages.go:[[@LINE-1]]:6: error: cannot use W3{} (value of type W3) as Writer value in assignment: W3 does not implement Writer (method Write has pointer receiver)
	w = W4{}
	// CHECK: implements_messages.go:[[@LINE-1]]:6: error: cannot use W4{} (value of type W4) as Writer value in assignment: W4 does not implement Writer (missing method Write)
	// CHECK-NEXT: {{^}}		have write(p []byte) (int, error)
	// CHECK-NEXT: {{^}}		want Write(p []byte) (int, error)
	var wc WriteCloser = W5{}
	// CHECK: implements_messages.go:[[@LINE-1]]:23: error: cannot use W5{} (value of type W5) as WriteCloser value in variable declaration: W5 does not implement WriteCloser (missing method Close)
	_, _ = w, wc
}
