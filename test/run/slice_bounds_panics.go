// Every run-time error of indexing, slicing and make([]T) panics with Go's
// exact boundsError text (all codes, negative and unsigned forms) and exit
// status 2. One program; each RUN line builds it with another case selected.
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go && %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2>&1; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=C1 --match-full-lines --input-file=%t1.out %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go && %gosub build -o %t2 %t2.go
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=C2 --match-full-lines --input-file=%t2.out %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go && %gosub build -o %t3 %t3.go
// RUN: %t3 > %t3.out 2>&1; echo "exit=$?" >> %t3.out
// RUN: FileCheck --check-prefix=C3 --match-full-lines --input-file=%t3.out %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go && %gosub build -o %t4 %t4.go
// RUN: %t4 > %t4.out 2>&1; echo "exit=$?" >> %t4.out
// RUN: FileCheck --check-prefix=C4 --match-full-lines --input-file=%t4.out %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go && %gosub build -o %t5 %t5.go
// RUN: %t5 > %t5.out 2>&1; echo "exit=$?" >> %t5.out
// RUN: FileCheck --check-prefix=C5 --match-full-lines --input-file=%t5.out %s
// RUN: sed 's/^const which = 0/const which = 6/' %s > %t6.go && %gosub build -o %t6 %t6.go
// RUN: %t6 > %t6.out 2>&1; echo "exit=$?" >> %t6.out
// RUN: FileCheck --check-prefix=C6 --match-full-lines --input-file=%t6.out %s
// RUN: sed 's/^const which = 0/const which = 7/' %s > %t7.go && %gosub build -o %t7 %t7.go
// RUN: %t7 > %t7.out 2>&1; echo "exit=$?" >> %t7.out
// RUN: FileCheck --check-prefix=C7 --match-full-lines --input-file=%t7.out %s
// RUN: sed 's/^const which = 0/const which = 8/' %s > %t8.go && %gosub build -o %t8 %t8.go
// RUN: %t8 > %t8.out 2>&1; echo "exit=$?" >> %t8.out
// RUN: FileCheck --check-prefix=C8 --match-full-lines --input-file=%t8.out %s
// RUN: sed 's/^const which = 0/const which = 9/' %s > %t9.go && %gosub build -o %t9 %t9.go
// RUN: %t9 > %t9.out 2>&1; echo "exit=$?" >> %t9.out
// RUN: FileCheck --check-prefix=C9 --match-full-lines --input-file=%t9.out %s
// RUN: sed 's/^const which = 0/const which = 10/' %s > %t10.go && %gosub build -o %t10 %t10.go
// RUN: %t10 > %t10.out 2>&1; echo "exit=$?" >> %t10.out
// RUN: FileCheck --check-prefix=C10 --match-full-lines --input-file=%t10.out %s
// RUN: sed 's/^const which = 0/const which = 11/' %s > %t11.go && %gosub build -o %t11 %t11.go
// RUN: %t11 > %t11.out 2>&1; echo "exit=$?" >> %t11.out
// RUN: FileCheck --check-prefix=C11 --match-full-lines --input-file=%t11.out %s
// RUN: sed 's/^const which = 0/const which = 12/' %s > %t12.go && %gosub build -o %t12 %t12.go
// RUN: %t12 > %t12.out 2>&1; echo "exit=$?" >> %t12.out
// RUN: FileCheck --check-prefix=C12 --match-full-lines --input-file=%t12.out %s
// RUN: sed 's/^const which = 0/const which = 13/' %s > %t13.go && %gosub build -o %t13 %t13.go
// RUN: %t13 > %t13.out 2>&1; echo "exit=$?" >> %t13.out
// RUN: FileCheck --check-prefix=C13 --match-full-lines --input-file=%t13.out %s
// RUN: sed 's/^const which = 0/const which = 14/' %s > %t14.go && %gosub build -o %t14 %t14.go
// RUN: %t14 > %t14.out 2>&1; echo "exit=$?" >> %t14.out
// RUN: FileCheck --check-prefix=C14 --match-full-lines --input-file=%t14.out %s
// RUN: sed 's/^const which = 0/const which = 15/' %s > %t15.go && %gosub build -o %t15 %t15.go
// RUN: %t15 > %t15.out 2>&1; echo "exit=$?" >> %t15.out
// RUN: FileCheck --check-prefix=C15 --match-full-lines --input-file=%t15.out %s
// RUN: sed 's/^const which = 0/const which = 16/' %s > %t16.go && %gosub build -o %t16 %t16.go
// RUN: %t16 > %t16.out 2>&1; echo "exit=$?" >> %t16.out
// RUN: FileCheck --check-prefix=C16 --match-full-lines --input-file=%t16.out %s
// RUN: sed 's/^const which = 0/const which = 17/' %s > %t17.go && %gosub build -o %t17 %t17.go
// RUN: %t17 > %t17.out 2>&1; echo "exit=$?" >> %t17.out
// RUN: FileCheck --check-prefix=C17 --match-full-lines --input-file=%t17.out %s
// RUN: sed 's/^const which = 0/const which = 18/' %s > %t18.go && %gosub build -o %t18 %t18.go
// RUN: %t18 > %t18.out 2>&1; echo "exit=$?" >> %t18.out
// RUN: FileCheck --check-prefix=C18 --match-full-lines --input-file=%t18.out %s
// RUN: sed 's/^const which = 0/const which = 19/' %s > %t19.go && %gosub build -o %t19 %t19.go
// RUN: %t19 > %t19.out 2>&1; echo "exit=$?" >> %t19.out
// RUN: FileCheck --check-prefix=C19 --match-full-lines --input-file=%t19.out %s
// RUN: sed 's/^const which = 0/const which = 20/' %s > %t20.go && %gosub build -o %t20 %t20.go
// RUN: %t20 > %t20.out 2>&1; echo "exit=$?" >> %t20.out
// RUN: FileCheck --check-prefix=C20 --match-full-lines --input-file=%t20.out %s
// RUN: sed 's/^const which = 0/const which = 21/' %s > %t21.go && %gosub build -o %t21 %t21.go
// RUN: %t21 > %t21.out 2>&1; echo "exit=$?" >> %t21.out
// RUN: FileCheck --check-prefix=C21 --match-full-lines --input-file=%t21.out %s
// RUN: sed 's/^const which = 0/const which = 22/' %s > %t22.go && %gosub build -o %t22 %t22.go
// RUN: %t22 > %t22.out 2>&1; echo "exit=$?" >> %t22.out
// RUN: FileCheck --check-prefix=C22 --match-full-lines --input-file=%t22.out %s
// C1:case 1
// C1-NEXT:panic: runtime error: index out of range [5] with length 3
// C1-EMPTY:
// C1-NEXT:goroutine 1 [running]:
// C1:exit=2
// C2:case 2
// C2-NEXT:panic: runtime error: index out of range [-1]
// C2-EMPTY:
// C2-NEXT:goroutine 1 [running]:
// C2:exit=2
// C3:case 3
// C3-NEXT:panic: runtime error: slice bounds out of range [:5] with capacity 3
// C3-EMPTY:
// C3-NEXT:goroutine 1 [running]:
// C3:exit=2
// C4:case 4
// C4-NEXT:panic: runtime error: slice bounds out of range [:5] with length 3
// C4-EMPTY:
// C4-NEXT:goroutine 1 [running]:
// C4:exit=2
// C5:case 5
// C5-NEXT:panic: runtime error: slice bounds out of range [3:2]
// C5-EMPTY:
// C5-NEXT:goroutine 1 [running]:
// C5:exit=2
// C6:case 6
// C6-NEXT:panic: runtime error: slice bounds out of range [4:3]
// C6-EMPTY:
// C6-NEXT:goroutine 1 [running]:
// C6:exit=2
// C7:case 7
// C7-NEXT:panic: runtime error: slice bounds out of range [::5] with capacity 3
// C7-EMPTY:
// C7-NEXT:goroutine 1 [running]:
// C7:exit=2
// C8:case 8
// C8-NEXT:panic: runtime error: slice bounds out of range [::5] with length 3
// C8-EMPTY:
// C8-NEXT:goroutine 1 [running]:
// C8:exit=2
// C9:case 9
// C9-NEXT:panic: runtime error: slice bounds out of range [:3:2]
// C9-EMPTY:
// C9-NEXT:goroutine 1 [running]:
// C9:exit=2
// C10:case 10
// C10-NEXT:panic: runtime error: slice bounds out of range [3:2:]
// C10-EMPTY:
// C10-NEXT:goroutine 1 [running]:
// C10:exit=2
// C11:case 11
// C11-NEXT:panic: runtime error: index out of range [9223372036854775808] with length 3
// C11-EMPTY:
// C11-NEXT:goroutine 1 [running]:
// C11:exit=2
// C12:case 12
// C12-NEXT:panic: runtime error: slice bounds out of range [-1:]
// C12-EMPTY:
// C12-NEXT:goroutine 1 [running]:
// C12:exit=2
// C13:case 13
// C13-NEXT:panic: runtime error: makeslice: len out of range
// C13-EMPTY:
// C13-NEXT:goroutine 1 [running]:
// C13:exit=2
// C14:case 14
// C14-NEXT:panic: runtime error: makeslice: cap out of range
// C14-EMPTY:
// C14-NEXT:goroutine 1 [running]:
// C14:exit=2
// C15:case 15
// C15-NEXT:panic: runtime error: index out of range [7] with length 3
// C15-EMPTY:
// C15-NEXT:goroutine 1 [running]:
// C15:exit=2
// C16:case 16
// C16-NEXT:panic: runtime error: index out of range [3] with length 3
// C16-EMPTY:
// C16-NEXT:goroutine 1 [running]:
// C16:exit=2
// C17:case 17
// C17-NEXT:panic: runtime error: slice bounds out of range [:200] with capacity 3
// C17-EMPTY:
// C17-NEXT:goroutine 1 [running]:
// C17:exit=2
// C18:case 18
// C18-NEXT:panic: runtime error: slice bounds out of range [-2:]
// C18-EMPTY:
// C18-NEXT:goroutine 1 [running]:
// C18:exit=2
// C19:case 19
// C19-NEXT:panic: runtime error: makeslice: len out of range
// C19-EMPTY:
// C19-NEXT:goroutine 1 [running]:
// C19:exit=2
// C20:case 20
// C20-NEXT:panic: runtime error: slice bounds out of range [:-3:]
// C20-EMPTY:
// C20-NEXT:goroutine 1 [running]:
// C20:exit=2
// C21:case 21
// C21-NEXT:panic: runtime error: slice bounds out of range [2:1]
// C21-EMPTY:
// C21-NEXT:goroutine 1 [running]:
// C21:exit=2
// C22:case 22
// C22-NEXT:panic: runtime error: makeslice: cap out of range
// C22-EMPTY:
// C22-NEXT:goroutine 1 [running]:
// C22:exit=2
package main

const which = 0

//go:noinline
func n(x int) int { return x }

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	var arr [3]int
	pa := &arr
	var u uint = 1 << 63
	var u8 uint8 = 200
	println("case", which)
	switch which {
	case 1:
		println(s[n(5)])
	case 2:
		println(s[n(-1)])
	case 3:
		println(len(s[:n(5)]))
	case 4:
		println(str[:n(5)])
	case 5:
		println(len(s[n(3):n(2)]))
	case 6:
		println(len(s[n(4):]))
	case 7:
		println(len(s[:1:n(5)]))
	case 8:
		println(len(arr[:1:n(5)]))
	case 9:
		println(len(s[:n(3):n(2)]))
	case 10:
		println(len(s[n(3):n(2):n(3)]))
	case 11:
		println(s[u])
	case 12:
		println(len(s[n(-1):]))
	case 13:
		println(len(make([]int, n(-1))))
	case 14:
		println(len(make([]int, n(5), n(2))))
	case 15:
		println(arr[n(7)])
	case 16:
		pa[n(3)] = 1
	case 17:
		println(len(s[:u8]))
	case 18:
		println(str[n(-2):])
	case 19:
		println(len(make([]int64, n(1<<60))))
	case 20:
		println(len(s[:n(-3):n(2)]))
	case 21:
		println(len(pa[n(2):n(1)]))
	case 22:
		println(len(make([]byte, 0, n(-1))))
	}
}
