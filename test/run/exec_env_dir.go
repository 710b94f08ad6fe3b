// os/exec: Env (nil inherits this process's environment, duplicates keep
// the last value, an empty Env is empty, a NUL byte is an error) and Dir
// (absolute, relative, with .. ; PWD added to the inherited environment,
// not to a given Env). Runs in a scratch directory (%t.dir, printed as $D).
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t %t.dir > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 19 < %t.1
// RUN: env GOMAXPROCS=2 %t %t.dir > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 19 < %t.2
// RUN: env GOMAXPROCS=8 %t %t.dir > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 19 < %t.8
// OUT:Env:
// OUT-NEXT:"from the parent\n" <nil>
// OUT-NEXT:"B=2\nA=3\nNOEQUALS\n=x=y\n" <nil>
// OUT-NEXT:["B=2" "A=3" "NOEQUALS" "=x=y"]
// OUT-NEXT:"" <nil>
// OUT-NEXT:"" exec: environment variable contains NUL
// OUT-NEXT:["OK=1"]
// OUT-NEXT:Dir:
// OUT-NEXT:"$D\n$D\n" <nil>
// OUT-NEXT:"$D/sub\n$D/sub\n" <nil>
// OUT-NEXT:PWD=$D/sub
// OUT-NEXT:"$D/sub\n$D/sub\n" <nil>
// OUT-NEXT:PWD=$D/sub
// OUT-NEXT:"$D/sub\n$D/sub\n" <nil>
// OUT-NEXT:PWD=$D/sub
// OUT-NEXT:"/\n/\n" <nil>
// OUT-NEXT:PWD=/
// OUT-NEXT:"X=1\n" <nil>
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
	"os/exec"
)

var dir string // the scratch directory, printed as $D

// show prints out with dir replaced by $D.
func show(out []byte) string {
	s := string(out)
	for i := 0; i+len(dir) <= len(s); i++ {
		if s[i:i+len(dir)] == dir {
			s = s[:i] + "$D" + s[i+len(dir):]
		}
	}
	return s
}

func run(cmd *exec.Cmd) {
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", show(out), err)
}

func main() {
	dir = os.Args[1]
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir+"/sub/deeper", 0755); err != nil {
		panic(err)
	}

	fmt.Println("Env:")
	os.Setenv("GOSUB_EXEC_TEST", "from the parent")
	run(exec.Command("/bin/sh", "-c", `echo "$GOSUB_EXEC_TEST"`))
	cmd := exec.Command("/usr/bin/env")
	cmd.Env = []string{"A=1", "B=2", "A=3", "NOEQUALS", "", "=x=y"}
	run(cmd)
	fmt.Printf("%q\n", cmd.Environ())
	cmd = exec.Command("/usr/bin/env")
	cmd.Env = []string{}
	run(cmd)
	cmd = exec.Command("/usr/bin/env")
	cmd.Env = []string{"OK=1", "BAD=a\x00b"}
	run(cmd)
	fmt.Printf("%q\n", cmd.Environ())

	fmt.Println("Dir:")
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	for _, d := range []string{"", dir + "/sub", "sub", "sub/deeper/..", "/"} {
		cmd = exec.Command("/bin/sh", "-c", `echo "$PWD"; pwd`)
		cmd.Dir = d
		run(cmd)
		// Environ adds PWD only for a Dir (the inherited PWD is the test
		// runner's).
		for _, kv := range cmd.Environ() {
			if d != "" && len(kv) > 4 && kv[:4] == "PWD=" {
				fmt.Println(show([]byte(kv)))
			}
		}
	}
	// With Env given, PWD is left alone.
	cmd = exec.Command("/usr/bin/env")
	cmd.Dir = "sub"
	cmd.Env = []string{"X=1"}
	run(cmd)
}
