// GODEBUG=schedtrace=N prints Go's SCHED line every N ms (gomaxprocs,
// idleprocs, threads, spinningthreads, idlethreads, runqueue and each P's
// run-queue length); scheddetail=1 adds a line per P, M and G. Other
// GODEBUG settings are ignored, as Go ignores unknown ones.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=2 GODEBUG=foo=1,schedtrace=20 %t 2>&1 | FileCheck --check-prefix=TRACE %s
// RUN: env GOMAXPROCS=3 GODEBUG=schedtrace=40,scheddetail=1 %t 2>&1 | FileCheck --check-prefix=DETAIL %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck --check-prefix=NONE %s
// TRACE: SCHED {{[0-9]+}}ms: gomaxprocs=2 idleprocs={{[0-2]}} threads={{[0-9]+}} spinningthreads={{[0-9]+}} idlethreads={{[0-9]+}} runqueue={{[0-9]+}} [{{[0-9]+}} {{[0-9]+}}]
// TRACE: SCHED {{[0-9]+}}ms: gomaxprocs=2
// TRACE: done
// DETAIL: SCHED {{[0-9]+}}ms: gomaxprocs=3 idleprocs={{[0-3]}} threads={{[0-9]+}} spinningthreads={{[0-9]+}} idlethreads={{[0-9]+}} runqueue={{[0-9]+}} gcwaiting=0 nmidlelocked={{[0-9]+}} stopwait=0 sysmonwait=0
// DETAIL-NEXT:   P0: status={{[0-4]}} schedtick={{[0-9]+}} syscalltick={{[0-9]+}} m={{-?[0-9]+}} runqsize={{[0-9]+}} gfreecnt={{[0-9]+}} timerslen={{[0-9]+}}
// DETAIL-NEXT:   P1: status=
// DETAIL-NEXT:   P2: status=
// DETAIL-NEXT:   M{{[0-9]+}}: p={{-?[0-9]+}} curg={{-?[0-9]+}} locks={{[0-9]+}} dying=0 spinning={{true|false}} blocked={{true|false}} lockedg={{-?[0-9]+}}
// DETAIL:   G1: status={{[0-9]}}({{[a-z ]*}}) m={{-?[0-9]+}} lockedm={{-?[0-9]+}}
// DETAIL: done
// NONE-NOT: SCHED
// NONE: done
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 2; i++ {
		go func() {
			for {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
}
