// os/signal.Ignored for SIGHUP and SIGINT inherited as ignored (nohup, a
// shell's trap ""): Go's initsig leaves them ignored and marks them so
// (sigInitIgnored), and Ignored reports true. The first run restores the
// default actions (lit itself may run tests with SIGINT ignored). Expected
// output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env --default-signal=HUP,INT %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: bash -c 'trap "" HUP INT; exec %t' >> %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:false false false
// OUT-NEXT:exit=0
// OUT-NEXT:true true false
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os/signal"
	"syscall"
)

func main() {
	fmt.Println(signal.Ignored(syscall.SIGHUP), signal.Ignored(syscall.SIGINT), signal.Ignored(syscall.SIGTERM))
}
