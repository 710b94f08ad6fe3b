// runtime.Caller, Callers, CallersFrames, FuncForPC(pc).Name/Entry/FileLine,
// Stack and runtime/debug.Stack, with Go's skip counts: Caller(0) is its
// caller, Callers(1, ...) starts at Callers' caller, and a function
// inlined at a call is a frame of its own (at -O2 here, `where` and
// `helper` may be inlined: the frames and lines must not change). Built
// with -O2 and -O0. Expected output from Go 1.19 (`go run`), but for the
// runtime's own frames, which end the Callers list (Go: runtime.main
// 250, runtime.goexit; gosub: runtime.main at line 0).
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t0.out %s
// CHECK:where: {{.*}}runtime_caller.go:80 main.helper
// CHECK-NEXT:frame main.frames runtime_caller.go:50
// CHECK-NEXT:frame main.helper runtime_caller.go:81
// CHECK-NEXT:frame main.main runtime_caller.go:90
// CHECK-NEXT:frame runtime.main ?:0
// CHECK-NEXT:skip 2: main.helper runtime_caller.go:82
// CHECK-NEXT:FuncForPC: main.helper true runtime_caller.go:83
// CHECK-NEXT:where(2): {{.*}}runtime_caller.go:91 main.main
// CHECK-NEXT:FuncForPC(nil): ""
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.stackOf{{\(\)|\(\.\.\.\)}}
// CHECK-NEXT:	{{.*}}runtime_caller.go:76{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.main()
// CHECK-NEXT:	{{.*}}runtime_caller.go:94 +0x{{[0-9a-f]+}}
// CHECK-NEXT:debug.Stack: true
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

func base(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

func frames(skip int) {
	pc := make([]uintptr, 16)
	n := runtime.Callers(skip, pc)
	fs := runtime.CallersFrames(pc[:n])
	for {
		f, more := fs.Next()
		if skip == 1 {
			fmt.Println("frame", f.Function, base(f.File)+":"+strconv.Itoa(f.Line))
		} else {
			fmt.Println("skip 2:", f.Function, base(f.File)+":"+strconv.Itoa(f.Line))
			return
		}
		if !more {
			return
		}
	}
}

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "?"
	}
	return file + ":" + strconv.Itoa(line) + " " + runtime.FuncForPC(pc).Name()
}

func stackOf() string {
	buf := make([]byte, 4096)
	return string(buf[:runtime.Stack(buf, false)])
}

func helper() {
	fmt.Println("where:", where(1))
	frames(1)
	frames(2)
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, line := f.FileLine(pc)
	fmt.Println("FuncForPC:", f.Name(), f.Entry() <= pc, base(file)+":"+strconv.Itoa(line))
}

func main() {
	helper()
	fmt.Println("where(2):", where(1))
	var nilf *runtime.Func
	fmt.Printf("FuncForPC(nil): %q\n", nilf.Name())
	fmt.Print(stackOf())
	fmt.Println("debug.Stack:", len(debug.Stack()) > 0)
}
