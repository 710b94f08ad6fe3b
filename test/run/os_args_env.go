// os.Args from the command line (empty and spaced arguments), the environment:
// Getenv, LookupEnv (set, empty, unset), Environ's order, Setenv, Unsetenv,
// Clearenv, ExpandEnv/Expand with the shell's special forms, TempDir following
// $TMPDIR, UserHomeDir without $HOME, process ids, Hostname.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env -i X=1 EMPTY= %t a 'b c' '' -x > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:args: 5
// OUT-NEXT:arg 1: "a"
// OUT-NEXT:arg 2: "b c"
// OUT-NEXT:arg 3: ""
// OUT-NEXT:arg 4: "-x"
// OUT-NEXT:X="1" EMPTY="" MISSING=""
// OUT-NEXT:LookupEnv(X) = "1", true
// OUT-NEXT:LookupEnv(EMPTY) = "", true
// OUT-NEXT:LookupEnv(MISSING) = "", false
// OUT-NEXT:Environ: ["X=1" "EMPTY="]
// OUT-NEXT:TempDir: /tmp
// OUT-NEXT:<nil> <nil> <nil>
// OUT-NEXT:NEW="new value" X="2" TempDir="/var/tmp"
// OUT-NEXT:<nil> <nil>
// OUT-NEXT:EMPTY still set: false
// OUT-NEXT:Environ: ["X=2" "NEW=new value" "TMPDIR=/var/tmp"]
// OUT-NEXT:x=2, new value! |2y|||X||$
// OUT-NEXT:<a>-<bc>-<@>
// OUT-NEXT:after Clearenv: [] ""
// OUT-NEXT:"" $HOME is not defined
// OUT-NEXT:true true true true true
// OUT-NEXT:true <nil>
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q\n", i+1, a)
	}
	fmt.Printf("X=%q EMPTY=%q MISSING=%q\n", os.Getenv("X"), os.Getenv("EMPTY"), os.Getenv("MISSING"))
	for _, k := range []string{"X", "EMPTY", "MISSING"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("LookupEnv(%s) = %q, %v\n", k, v, ok)
	}
	fmt.Printf("Environ: %q\n", os.Environ())
	fmt.Println("TempDir:", os.TempDir())
	fmt.Println(os.Setenv("NEW", "new value"), os.Setenv("X", "2"), os.Setenv("TMPDIR", "/var/tmp"))
	fmt.Printf("NEW=%q X=%q TempDir=%q\n", os.Getenv("NEW"), os.Getenv("X"), os.TempDir())
	fmt.Println(os.Unsetenv("EMPTY"), os.Unsetenv("MISSING"))
	_, ok := os.LookupEnv("EMPTY")
	fmt.Println("EMPTY still set:", ok)
	fmt.Printf("Environ: %q\n", os.Environ())
	fmt.Println(os.ExpandEnv("x=$X, ${NEW}! $MISSING|${X}y|$$|${}|${X|$1|$"))
	fmt.Println(os.Expand("$a-${bc}-$@", func(k string) string { return "<" + k + ">" }))
	os.Clearenv()
	fmt.Printf("after Clearenv: %q %q\n", os.Environ(), os.Getenv("X"))
	home, err := os.UserHomeDir()
	fmt.Printf("%q %v\n", home, err)
	fmt.Println(os.Getpid() > 1, os.Getppid() > 0, os.Getpid() != os.Getppid(), os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid())
	h, err := os.Hostname()
	fmt.Println(len(h) > 0, err)
}
