// if/else, the three for forms, labelled break/continue, switch with and
// without a tag, fallthrough, && and || short-circuit.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} @main.loops(
// CHECK: for.cond:
// CHECK: for.body:
// CHECK: for.post:
// CHECK: for.end:
func loops(n int) int {
	sum := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; ; j++ {
			if j > i {
				continue outer
			}
			if sum > 100 {
				break outer
			}
			sum += j
		}
	}
	for sum < 1000 {
		sum *= 2
	}
	return sum
}

// The tag is compared with each case in order; default is taken last
// whatever its position; fallthrough enters the next body.
// CHECK-LABEL: define {{.*}} @main.classify(
// CHECK: icmp eq i64 %[[T:.*]], 1
// CHECK: icmp eq i64 %[[T]], 2
// CHECK: icmp eq i64 %[[T]], 3
// CHECK: br label %switch.case
func classify(x int) string {
	r := ""
	switch x {
	default:
		r = "many"
	case 1, 2:
		r = "few"
		fallthrough
	case 3:
		r += "!"
	}
	return r
}

// CHECK-LABEL: define {{.*}} i1 @main.logic(
// CHECK: and.rhs:
// CHECK: and.end:
// CHECK: phi i1 [ false,
// CHECK: or.rhs:
// CHECK: or.end:
// CHECK: phi i1 [ true,
func logic(a, b, c bool) bool { return (a && b) || c }

// CHECK-LABEL: define {{.*}} @main.tagless(
// CHECK: icmp slt i64
// CHECK: icmp sgt i64
func tagless(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func main() {
	println(loops(10), classify(2), logic(true, false, true), tagless(-5))
}
