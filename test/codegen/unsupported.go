// What the checker lets through but codegen cannot lower yet is a clean
// positioned error (exit status 1), never a crash or invalid IR.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s
package main

func main() {
	var c complex128
	// CHECK: unsupported.go:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}not supported by gosub
	println(c)
}
