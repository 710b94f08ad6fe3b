// Stress: 1,000 fork/execs of /bin/true (ForkExec + Wait4) while 2×GOMAXPROCS
// goroutines spin, others block in read() on pipes, and a signal goroutine
// sends SIGUSR1 (ignored) to the process every millisecond. No hang, every
// child reaped (Wait4(-1, WNOHANG) finds no child left: no zombie), no
// file descriptor leaked (/proc/self/fd has the same entries before and
// after), and the spinners and readers all finish. With 1, 2 and 8 Ps.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: children run: 1000, failed: 0
// CHECK-NEXT: zombies: none
// CHECK-NEXT: descriptors leaked: 0
// CHECK-NEXT: readers done: 4
// CHECK-NEXT: spinners done: true
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

// fdCount counts the entries of /proc/self/fd.
func fdCount() int {
	fd, err := syscall.Open("/proc/self/fd", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		panic(err)
	}
	n := 0
	buf := make([]byte, 4096)
	for {
		m, err := syscall.ReadDirent(fd, buf)
		if err != nil {
			panic(err)
		}
		if m == 0 {
			break
		}
		for off := 0; off < m; {
			reclen := int(buf[off+16]) | int(buf[off+17])<<8
			name := buf[off+19]
			if name != '.' {
				n++
			}
			off += reclen
		}
	}
	syscall.Close(fd)
	return n - 1 // the descriptor reading the directory
}

func main() {
	before := fdCount()
	procs := runtime.GOMAXPROCS(0)
	stop := make(chan bool)
	spinDone := make(chan bool)
	for i := 0; i < 2*procs; i++ {
		go func() {
			x := 0
			for {
				select {
				case <-stop:
					spinDone <- x >= 0
					return
				default:
				}
				for j := 0; j < 1000; j++ {
					x += j & 1
				}
				runtime.Gosched() // busy, but fair to the forking goroutine
			}
		}()
	}
	readDone := make(chan bool)
	var writers []int
	for i := 0; i < 4; i++ {
		var p [2]int
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			panic(err)
		}
		writers = append(writers, p[1])
		go func() {
			b := make([]byte, 1)
			n, _ := syscall.Read(p[0], b)
			syscall.Close(p[0])
			readDone <- n == 1
		}()
	}
	go func() {
		pid := syscall.Getpid()
		for {
			select {
			case <-stop:
				return
			default:
			}
			syscall.Kill(pid, syscall.SIGUSR1)
			time.Sleep(time.Millisecond)
		}
	}()

	attr := &syscall.ProcAttr{Files: []uintptr{0, 1, 2}}
	failed := 0
	for i := 0; i < 1000; i++ {
		pid, err := syscall.ForkExec("/bin/true", []string{"true"}, attr)
		if err != nil {
			failed++
			continue
		}
		var ws syscall.WaitStatus
		for {
			_, err = syscall.Wait4(pid, &ws, 0, nil)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil || !ws.Exited() || ws.ExitStatus() != 0 {
			failed++
		}
	}
	fmt.Printf("children run: %d, failed: %d\n", 1000, failed)
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil); err == syscall.ECHILD {
		fmt.Println("zombies: none")
	} else {
		fmt.Println("zombies: some", err)
	}
	for _, w := range writers {
		syscall.Write(w, []byte{1})
	}
	done := 0
	for i := 0; i < 4; i++ {
		if <-readDone {
			done++
		}
	}
	for _, w := range writers {
		syscall.Close(w)
	}
	close(stop)
	ok := true
	for i := 0; i < 2*procs; i++ {
		ok = ok && <-spinDone
	}
	fmt.Println("descriptors leaked:", fdCount()-before)
	fmt.Println("readers done:", done)
	fmt.Println("spinners done:", ok)
}
