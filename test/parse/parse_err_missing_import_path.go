// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An import without a path.
// CHECK: {{.*}}parse_err_missing_import_path.go:7:11: syntax error: missing import path
// CHECK-NOT: error
package main

import fmt
