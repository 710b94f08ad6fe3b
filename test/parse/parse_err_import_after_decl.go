// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An import after another declaration.
// CHECK: {{.*}}parse_err_import_after_decl.go:9:1: syntax error: imports must appear before other declarations
// CHECK-NOT: error
package main

var x int

import "fmt"
