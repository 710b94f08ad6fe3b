// syscall's environment (stdlib/syscall/env_unix.go), started with exactly
// A=1 B=2 EMPTY=: Environ, Getenv (set, empty, missing, empty key), Setenv
// (new, existing, invalid keys and values: EINVAL), Unsetenv, Clearenv; a
// child given duplicates and an entry without '=' keeps only a key's first
// entry and Unsetenv does not uncover a later one. Expected output from
// Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env -i A=1 B=2 EMPTY= %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:environ ["A=1" "B=2" "EMPTY="]
// OUT-NEXT:getenv "A" = "1" true
// OUT-NEXT:getenv "EMPTY" = "" true
// OUT-NEXT:getenv "MISSING" = "" false
// OUT-NEXT:getenv "" = "" false
// OUT-NEXT:setenv <nil> <nil> <nil>
// OUT-NEXT:environ ["A=one" "B=2" "EMPTY=" "C=3" "D="]
// OUT-NEXT:getenv "A" = "one" true
// OUT-NEXT:getenv "D" = "" true
// OUT-NEXT:setenv invalid invalid argument invalid argument invalid argument invalid argument
// OUT-NEXT:setenv = in value <nil>
// OUT-NEXT:getenv "E" = "a=b" true
// OUT-NEXT:unsetenv <nil> <nil> <nil>
// OUT-NEXT:getenv "A" = "" false
// OUT-NEXT:environ ["B=2" "EMPTY=" "C=3" "D=" "E=a=b"]
// OUT-NEXT:setenv after unset <nil>
// OUT-NEXT:environ ["B=2" "EMPTY=" "C=3" "D=" "E=a=b" "A=again"]
// OUT-NEXT:child environ ["CHILD=1" "A=1" "NOEQ" "Z=9"]
// OUT-NEXT:getenv "A" = "1" true
// OUT-NEXT:getenv "NOEQ" = "" false
// OUT-NEXT:getenv "A" = "" false
// OUT-NEXT:child environ ["CHILD=1" "NOEQ" "Z=9"]
// OUT-NEXT:child <nil> 0
// OUT-NEXT:cleared [] 0
// OUT-NEXT:getenv "B" = "" false
// OUT-NEXT:setenv after clear <nil>
// OUT-NEXT:environ ["N=1"]
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"syscall"
)

func show(key string) {
	v, ok := syscall.Getenv(key)
	fmt.Printf("getenv %q = %q %v\n", key, v, ok)
}

func main() {
	if _, child := syscall.Getenv("CHILD"); child {
		// Started below with duplicates and an entry without '=': only a
		// key's first entry counts, and Unsetenv does not uncover a later one.
		fmt.Printf("child environ %q\n", syscall.Environ())
		show("A")
		show("NOEQ")
		syscall.Unsetenv("A")
		show("A")
		fmt.Printf("child environ %q\n", syscall.Environ())
		return
	}

	fmt.Printf("environ %q\n", syscall.Environ())
	show("A")
	show("EMPTY")
	show("MISSING")
	show("")

	fmt.Println("setenv", syscall.Setenv("C", "3"), syscall.Setenv("A", "one"), syscall.Setenv("D", ""))
	fmt.Printf("environ %q\n", syscall.Environ())
	show("A")
	show("D")
	fmt.Println("setenv invalid", syscall.Setenv("", "x"), syscall.Setenv("K=V", "x"), syscall.Setenv("K\x00", "x"), syscall.Setenv("K", "a\x00b"))
	fmt.Println("setenv = in value", syscall.Setenv("E", "a=b"))
	show("E")

	fmt.Println("unsetenv", syscall.Unsetenv("A"), syscall.Unsetenv("MISSING"), syscall.Unsetenv(""))
	show("A")
	fmt.Printf("environ %q\n", syscall.Environ())
	fmt.Println("setenv after unset", syscall.Setenv("A", "again"))
	fmt.Printf("environ %q\n", syscall.Environ())

	// The process's own environment is untouched by Setenv: a child gets
	// exactly the Env it is given.
	attr := &syscall.ProcAttr{
		Env:   []string{"CHILD=1", "A=1", "A=2", "NOEQ", "Z=9"},
		Files: []uintptr{0, 1, 2},
	}
	pid, err := syscall.ForkExec("/proc/self/exe", []string{"self"}, attr)
	if err != nil {
		fmt.Println("forkexec:", err)
		return
	}
	var ws syscall.WaitStatus
	_, err = syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("child", err, ws.ExitStatus())

	syscall.Clearenv()
	fmt.Printf("cleared %q %d\n", syscall.Environ(), len(syscall.Environ()))
	show("B")
	fmt.Println("setenv after clear", syscall.Setenv("N", "1"))
	fmt.Printf("environ %q\n", syscall.Environ())
}
