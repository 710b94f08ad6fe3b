// os/exec: LookPath's search of $PATH (non-executable files and directories
// skipped, empty and messy entries, relative entries giving ErrDot unless
// GODEBUG=execerrdot=0) and its *Error messages; Command's lookup (Path,
// Err, String); Start's errors for a missing program, a file that is not
// executable or not a program, a missing Dir. Runs in a scratch directory
// (%t.dir, printed as $D). Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t %t.dir > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 32 < %t.1
// RUN: env GOMAXPROCS=2 %t %t.dir > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 32 < %t.2
// RUN: env GOMAXPROCS=8 %t %t.dir > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 32 < %t.8
// OUT:LookPath("prog") = "$D/bin/prog", <nil>
// OUT-NEXT:LookPath("nope") = "", exec: "nope": executable file not found in $PATH
// OUT-NEXT:LookPath("notexec") = "", exec: "notexec": executable file not found in $PATH
// OUT-NEXT:LookPath("subdir") = "", exec: "subdir": executable file not found in $PATH
// OUT-NEXT:LookPath("$D/bin/notexec") = "", exec: "$D/bin/notexec": permission denied
// OUT-NEXT:LookPath("$D/bin/subdir") = "", exec: "$D/bin/subdir": permission denied
// OUT-NEXT:LookPath("/nonexistent/x") = "", exec: "/nonexistent/x": stat /nonexistent/x: no such file or directory
// OUT-NEXT:LookPath("") = "", exec: "": executable file not found in $PATH
// OUT-NEXT:true false
// OUT-NEXT:false true
// OUT-NEXT:true /nonexistent/x
// OUT-NEXT:LookPath("sh") = "/bin/sh", <nil>
// OUT-NEXT:LookPath("prog") = "$D/bin/prog", <nil>
// OUT-NEXT:LookPath("prog") = "bin/prog", exec: "prog": cannot run executable found relative to current directory
// OUT-NEXT:true
// OUT-NEXT:LookPath("prog") = "bin/prog", exec: "prog": cannot run executable found relative to current directory
// OUT-NEXT:LookPath("prog") = "bin/prog", <nil>
// OUT-NEXT:Command: Path="bin/prog" Err=exec: "prog": cannot run executable found relative to current directory String="prog a b"
// OUT-NEXT:Run: exec: "prog": cannot run executable found relative to current directory
// OUT-NEXT:Command: Path="./bin/prog" Err=<nil> String="./bin/prog a b"
// OUT-NEXT:Output: "prog ran a b\n" <nil>
// OUT-NEXT:Command: Path="$D/bin/prog" String="$D/bin/prog x"
// OUT-NEXT:Output: "prog ran x\n" <nil>
// OUT-NEXT:Run: exec: "nope": executable file not found in $PATH
// OUT-NEXT:Run: fork/exec $D/bin/notexec: permission denied
// OUT-NEXT:Run: fork/exec $D/bin/noshebang: exec format error
// OUT-NEXT:Run: fork/exec $D/bin/subdir: permission denied
// OUT-NEXT:Run: fork/exec /nonexistent: no such file or directory
// OUT-NEXT:Run: chdir /nonexistent: no such file or directory true
// OUT-NEXT:true true
// OUT-NEXT:Output: exec: "nope": executable file not found in $PATH
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
)

var dir string // the scratch directory, printed as $D

func show(s string) string {
	for i := 0; i+len(dir) <= len(s); i++ {
		if s[i:i+len(dir)] == dir {
			return s[:i] + "$D" + s[i+len(dir):]
		}
	}
	return s
}

// lookPath prints LookPath's results; a file starting with $D is in dir.
func lookPath(file string) {
	name := file
	if len(file) >= 2 && file[:2] == "$D" {
		name = dir + file[2:]
	}
	path, err := exec.LookPath(name)
	fmt.Printf("LookPath(%q) = %q, %v\n", file, show(path), errString(err))
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return show(err.Error())
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir = os.Args[1]
	os.RemoveAll(dir)
	must(os.MkdirAll(dir+"/bin/subdir", 0755))
	must(os.WriteFile(dir+"/bin/prog", []byte("#!/bin/sh\necho prog ran \"$@\"\n"), 0755))
	must(os.WriteFile(dir+"/bin/notexec", []byte("#!/bin/sh\n"), 0644))
	must(os.WriteFile(dir+"/bin/noshebang", []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 0}, 0755))
	must(os.Chdir(dir))

	os.Setenv("PATH", dir+"/bin")
	lookPath("prog")
	lookPath("nope")
	lookPath("notexec")
	lookPath("subdir")
	lookPath("$D/bin/notexec")
	lookPath("$D/bin/subdir")
	lookPath("/nonexistent/x")
	lookPath("")
	_, err := exec.LookPath("nope")
	fmt.Println(errors.Is(err, exec.ErrNotFound), errors.Is(err, fs.ErrNotExist))
	_, err = exec.LookPath("/nonexistent/x")
	fmt.Println(errors.Is(err, exec.ErrNotFound), errors.Is(err, fs.ErrNotExist))
	var ee *exec.Error
	fmt.Println(errors.As(err, &ee), ee.Name)

	os.Setenv("PATH", "/nonexistent::/bin//:"+dir+"/bin")
	lookPath("sh")
	lookPath("prog")

	// Relative entries: found, but with ErrDot.
	os.Setenv("PATH", "bin")
	lookPath("prog")
	_, err = exec.LookPath("prog")
	fmt.Println(errors.Is(err, exec.ErrDot))
	os.Setenv("PATH", "./bin/../bin")
	lookPath("prog")
	os.Setenv("GODEBUG", "execerrdot=0")
	lookPath("prog")
	os.Setenv("GODEBUG", "")

	cmd := exec.Command("prog", "a", "b")
	fmt.Printf("Command: Path=%q Err=%v String=%q\n", cmd.Path, cmd.Err, cmd.String())
	fmt.Println("Run:", cmd.Run())
	cmd = exec.Command("./bin/prog", "a", "b")
	fmt.Printf("Command: Path=%q Err=%v String=%q\n", cmd.Path, cmd.Err, cmd.String())
	out, err := cmd.Output()
	fmt.Printf("Output: %q %v\n", out, err)

	os.Setenv("PATH", dir+"/bin")
	cmd = exec.Command("prog", "x")
	fmt.Printf("Command: Path=%q String=%q\n", show(cmd.Path), show(cmd.String()))
	out, err = cmd.Output()
	fmt.Printf("Output: %q %v\n", out, err)
	fmt.Println("Run:", exec.Command("nope", "x").Run())
	fmt.Println("Run:", errString(exec.Command(dir+"/bin/notexec").Run()))
	fmt.Println("Run:", errString(exec.Command(dir+"/bin/noshebang").Run()))
	fmt.Println("Run:", errString(exec.Command(dir+"/bin/subdir").Run()))
	fmt.Println("Run:", exec.Command("/nonexistent").Run())
	cmd = exec.Command("/bin/true")
	cmd.Dir = "/nonexistent"
	err = cmd.Run()
	fmt.Println("Run:", err, errors.Is(err, fs.ErrNotExist))
	fmt.Println(cmd.Process == nil, cmd.ProcessState == nil)
	_, err = exec.Command("nope").Output()
	fmt.Println("Output:", err)
}
