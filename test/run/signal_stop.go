// os/signal.Stop: a stopped channel gets nothing more while another one still
// gets the signal; Stop of an unknown channel does nothing; once no channel
// wants SIGTERM, its default action ends the program (status 143 =
// 128+15, nothing printed). Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 6 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 6 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 6 < %t.8
// OUT:both: terminated terminated
// OUT-NEXT:c2 still gets it: terminated
// OUT-NEXT:and: user defined signal 1
// OUT-NEXT:c1 got nothing: 0
// OUT-NEXT:no channel wants SIGTERM: its default action ends the program
// OUT-NEXT:exit=143
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func raise(sig syscall.Signal) {
	if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
		panic(err)
	}
}

func main() {
	c1 := make(chan os.Signal, 1)
	c2 := make(chan os.Signal, 1)
	signal.Notify(c1, syscall.SIGTERM)
	signal.Notify(c2, syscall.SIGTERM, syscall.SIGUSR1)
	raise(syscall.SIGTERM)
	fmt.Println("both:", <-c1, <-c2)

	signal.Stop(c1)
	raise(syscall.SIGTERM)
	fmt.Println("c2 still gets it:", <-c2)
	raise(syscall.SIGUSR1) // after the SIGTERM: nothing is left for c1
	fmt.Println("and:", <-c2)
	fmt.Println("c1 got nothing:", len(c1))

	signal.Stop(c1) // again: nothing to do
	signal.Stop(make(chan os.Signal))

	signal.Stop(c2)
	fmt.Println("no channel wants SIGTERM: its default action ends the program")
	raise(syscall.SIGTERM)
	time.Sleep(5 * time.Second)
	fmt.Println("still alive")
}
