// syscall.ForkExec and StartProcess (stdlib/syscall/exec_unix.go,
// exec_linux.go; the child is the runtime's rawVforkExec): argv and Env
// reach the child, its output comes back through a pipe in Files, exit
// statuses, Dir, the child's getppid is our getpid, no signal blocked in
// the child, a child killed by a signal (Wait4 with WNOHANG and Rusage),
// Setpgid and Setsid, Files with -1, swapped, extra and fewer than 3;
// no child or descriptor is left behind. With 1 and 4 Ps. Expected output
// from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2> %t.err; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 0 < %t.err
// RUN: env GOMAXPROCS=4 %t > %t.4 2> %t.err; echo "exit=$?" >> %t.4
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.4 %s
// RUN: count 0 < %t.err
// OUT:echo "hello from echo\n" exited=true status=0 err=<nil>
// OUT-NEXT:sh "hi, zero one\n" exited=true status=3 err=<nil>
// OUT-NEXT:dir "/\n" <nil>
// OUT-NEXT:getppid "parent ok\n" <nil>
// OUT-NEXT:mask "SigBlk: 0000000000000000\n" <nil>
// OUT-NEXT:started <nil>
// OUT-NEXT:own process group true <nil>
// OUT-NEXT:wnohang 0 <nil>
// OUT-NEXT:kill <nil>
// OUT-NEXT:killed same=true err=<nil> signaled=true signal=terminated exitstatus=-1 maxrss>0=true
// OUT-NEXT:no setsid ""
// OUT-NEXT:setsid "session leader\n" <nil>
// OUT-NEXT:files "stdout closed\nto fd 3\n" <nil>
// OUT-NEXT:child stderr on our stdout
// OUT-NEXT:swapped <nil>
// OUT-NEXT:short files "1 closed\n2 closed\n" <nil>
// OUT-NEXT:no children -1 no child processes
// OUT-NEXT:descriptors leaked 0
// OUT-NEXT:startprocess true 0 <nil>
// OUT-NEXT:true true <nil> true 0
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"syscall"
)

// openFDs counts this process's open descriptors (/proc/self/fd, less the
// one that lists it).
func openFDs() int {
	fd, err := syscall.Open("/proc/self/fd", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return -1
	}
	defer syscall.Close(fd)
	total := 0
	buf := make([]byte, 4096)
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err != nil || n <= 0 {
			break
		}
		_, count, _ := syscall.ParseDirent(buf[:n], -1, nil)
		total += count
	}
	return total - 1
}

// run starts argv with the child's stdout on a pipe, and returns what the
// child wrote and how it ended.
func run(argv []string, env []string, dir string) (string, syscall.WaitStatus, error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return "", 0, err
	}
	attr := &syscall.ProcAttr{Dir: dir, Env: env, Files: []uintptr{0, uintptr(p[1]), 2}}
	pid, err := syscall.ForkExec(argv[0], argv, attr)
	syscall.Close(p[1])
	if err != nil {
		syscall.Close(p[0])
		return "", 0, err
	}
	out := readAll(p[0])
	syscall.Close(p[0])
	var ws syscall.WaitStatus
	wpid, err := syscall.Wait4(pid, &ws, 0, nil)
	if wpid != pid {
		fmt.Println("wait4 returned", wpid, err)
	}
	return out, ws, err
}

func readAll(fd int) string {
	var out []byte
	buf := make([]byte, 256)
	for {
		n, err := syscall.Read(fd, buf)
		if n <= 0 || err != nil {
			return string(out)
		}
		out = append(out, buf[:n]...)
	}
}

func main() {
	before := openFDs()

	out, ws, err := run([]string{"/bin/echo", "hello", "from", "echo"}, nil, "")
	fmt.Printf("echo %q exited=%v status=%d err=%v\n", out, ws.Exited(), ws.ExitStatus(), err)

	out, ws, err = run([]string{"/bin/sh", "-c", "echo \"$GREETING, $0 $1\"; exit 3", "zero", "one"}, []string{"GREETING=hi"}, "")
	fmt.Printf("sh %q exited=%v status=%d err=%v\n", out, ws.Exited(), ws.ExitStatus(), err)

	out, _, err = run([]string{"/bin/sh", "-c", "pwd"}, nil, "/")
	fmt.Printf("dir %q %v\n", out, err)

	out, _, err = run([]string{"/bin/sh", "-c", "if [ \"$PPID\" = \"$1\" ]; then echo parent ok; else echo parent $PPID; fi", "sh", fmt.Sprint(syscall.Getpid())}, nil, "")
	fmt.Printf("getppid %q %v\n", out, err)

	// The child starts with no signal blocked (the parent blocks them all
	// around the clone).
	out, _, err = run([]string{"/bin/sh", "-c", "while read k v; do [ \"$k\" = SigBlk: ] && echo $k $v; done < /proc/self/status"}, nil, "")
	fmt.Printf("mask %q %v\n", out, err)

	// A signal ends the child: it blocks reading its stdin (a pipe) until
	// it is killed.
	var in [2]int
	syscall.Pipe2(in[:], syscall.O_CLOEXEC)
	attr := &syscall.ProcAttr{Files: []uintptr{uintptr(in[0]), 1, 2}, Sys: &syscall.SysProcAttr{Setpgid: true}}
	pid, err := syscall.ForkExec("/bin/sh", []string{"sh", "-c", "read line; echo not reached"}, attr)
	fmt.Println("started", err)
	pgid, err := syscall.Getpgid(pid)
	fmt.Println("own process group", pgid == pid, err)
	var ws2 syscall.WaitStatus
	wpid, err := syscall.Wait4(pid, &ws2, syscall.WNOHANG, nil)
	fmt.Println("wnohang", wpid, err)
	fmt.Println("kill", syscall.Kill(pid, syscall.SIGTERM))
	var ru syscall.Rusage
	wpid, err = syscall.Wait4(pid, &ws2, 0, &ru)
	fmt.Printf("killed same=%v err=%v signaled=%v signal=%v exitstatus=%d maxrss>0=%v\n", wpid == pid, err, ws2.Signaled(), ws2.Signal(), ws2.ExitStatus(), ru.Maxrss > 0)
	syscall.Close(in[0])
	syscall.Close(in[1])

	// Setsid: the child leads a new session (field 6 of /proc/PID/stat).
	out, _, err = run([]string{"/bin/sh", "-c", "set -- $(cat /proc/$$/stat); [ \"$6\" = \"$$\" ] && echo session leader"}, nil, "")
	fmt.Printf("no setsid %q\n", out)
	syscall.Pipe2(in[:], syscall.O_CLOEXEC)
	attr = &syscall.ProcAttr{Files: []uintptr{0, uintptr(in[1]), 2}, Sys: &syscall.SysProcAttr{Setsid: true}}
	pid, err = syscall.ForkExec("/bin/sh", []string{"sh", "-c", "set -- $(cat /proc/$$/stat); [ \"$6\" = \"$$\" ] && echo session leader"}, attr)
	syscall.Close(in[1])
	fmt.Printf("setsid %q %v\n", readAll(in[0]), err)
	syscall.Close(in[0])
	syscall.Wait4(pid, nil, 0, nil)

	// Files: -1 leaves a descriptor closed; extra entries become 3, 4, ...
	syscall.Pipe2(in[:], syscall.O_CLOEXEC)
	attr = &syscall.ProcAttr{Files: []uintptr{0, ^uintptr(0), 2, uintptr(in[1])}}
	pid, err = syscall.ForkExec("/bin/sh", []string{"sh", "-c", "echo x 2>/dev/null || echo stdout closed >&3; echo to fd 3 >&3"}, attr)
	syscall.Close(in[1])
	fmt.Printf("files %q %v\n", readAll(in[0]), err)
	syscall.Close(in[0])
	syscall.Wait4(pid, nil, 0, nil)

	// Files may swap descriptors: the child's stderr is our stdout.
	pid, err = syscall.ForkExec("/bin/sh", []string{"sh", "-c", "echo child stderr on our stdout >&2"}, &syscall.ProcAttr{Files: []uintptr{0, 2, 1}})
	syscall.Wait4(pid, nil, 0, nil)
	fmt.Println("swapped", err)

	// Descriptors 0-2 that Files does not cover are closed in the child.
	syscall.Pipe2(in[:], syscall.O_CLOEXEC)
	attr = &syscall.ProcAttr{Files: []uintptr{uintptr(in[1])}}
	pid, err = syscall.ForkExec("/bin/sh", []string{"sh", "-c", "for fd in 1 2; do [ -e /proc/self/fd/$fd ] && echo $fd open >&0 || echo $fd closed >&0; done"}, attr)
	syscall.Close(in[1])
	fmt.Printf("short files %q %v\n", readAll(in[0]), err)
	syscall.Close(in[0])
	syscall.Wait4(pid, nil, 0, nil)

	// No child is left, and no descriptor leaked.
	wpid, err = syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
	fmt.Println("no children", wpid, err)
	fmt.Println("descriptors leaked", openFDs()-before)

	// StartProcess is ForkExec with a handle of 0.
	pid, handle, err := syscall.StartProcess("/bin/true", []string{"true"}, nil)
	fmt.Println("startprocess", pid > 0, handle, err)
	wpid, err = syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("true", wpid == pid, err, ws.Exited(), ws.ExitStatus())
}
