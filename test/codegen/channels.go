// Channels and select (compiler/codegen/channel.cpp, select.cpp;
// runtime/abi.def): elements pass through entry-block stack slots (one per
// element type for sends and receives, one per case in a select), never
// dynamic allocas; the runtime gets the slot's address, or null when a
// received value is discarded.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck --check-prefix=OPT %s
package main

var g chan bool

// CHECK-LABEL: define {{.*}}void @main.ops(ptr %c, ptr %s)
// CHECK: entry:
// CHECK: %[[SLOT:chanelem]] = alloca i64
// CHECK-NOT: %chanelem{{[0-9]+}} = alloca i64
// CHECK: %[[C1:.*]] = load ptr, ptr %c.addr
// CHECK-NEXT: store i64 42, ptr %[[SLOT]]
// CHECK-NEXT: call void @runtime.chansend1(ptr %[[C1]], ptr %[[SLOT]])
// CHECK: %[[C2:.*]] = load ptr, ptr %c.addr
// CHECK-NEXT: call void @runtime.chanrecv1(ptr %[[C2]], ptr %[[SLOT]])
// CHECK-NEXT: %[[X:.*]] = load i64, ptr %[[SLOT]]
// CHECK-NEXT: store i64 %[[X]], ptr %x
// CHECK: %[[OK:.*]] = call zeroext i1 @runtime.chanrecv2(ptr %{{.*}}, ptr %[[SLOT]])
// CHECK-NEXT: %[[Y:.*]] = load i64, ptr %[[SLOT]]
// CHECK: store i64 %{{.*}}, ptr %y
// CHECK-NEXT: store i1 %{{.*}}, ptr %ok
// CHECK: %[[S:.*]] = load ptr, ptr %s.addr
// CHECK-NEXT: call void @runtime.chanrecv1(ptr %[[S]], ptr null)
// CHECK: call zeroext i1 @runtime.chanrecv2(
// CHECK: call void @runtime.closechan(ptr
// CHECK: call i64 @runtime.chanlen(ptr
// CHECK: call i64 @runtime.chancap(ptr
func ops(c chan int, s chan string) {
	c <- 42
	x := <-c
	y, ok := <-c
	<-s
	_, ok = <-c
	close(c)
	println(x, y, ok, len(c), cap(c))
}

// make(chan T, n): the element size and the size widened to i64.
// CHECK-LABEL: define {{.*}}ptr @main.makes(i8 %n)
// CHECK: call ptr @runtime.makechan(i64 1, i64 0)
// CHECK: call ptr @runtime.makechan(i64 16, i64 10)
// CHECK: %[[U:.*]] = zext i32 %{{.*}} to i64
// CHECK-NEXT: call ptr @runtime.makechan(i64 4, i64 %[[U]])
// CHECK: %[[N:.*]] = sext i8 %{{.*}} to i64
// CHECK-NEXT: call ptr @runtime.makechan(i64 8, i64 %[[N]])
func makes(n int8) chan int {
	g = make(chan bool)
	_ = make(chan string, 10)
	var u uint32 = 3
	_ = make(chan float32, u)
	return make(chan int, n)
}

// for v := range c: chanrecv2 until !ok, with the preemption check on the
// back edge; without a variable the value is discarded (null).
// CHECK-LABEL: define {{.*}}i64 @main.rng(ptr %c)
// CHECK: range.next:
// CHECK-NEXT: %[[OK:.*]] = call zeroext i1 @runtime.chanrecv2(ptr %[[CH:.*]], ptr %chanelem)
// CHECK-NEXT: br i1 %[[OK]], label %range.body, label %range.end
// CHECK: range.body:
// CHECK-NEXT: %[[E:.*]] = load i64, ptr %chanelem
// CHECK-NEXT: store i64 %[[E]], ptr %v
// CHECK: range.latch:
// CHECK-NEXT: %guard = call i64 asm sideeffect "movq %fs:0x70, $0", "=r"()
// CHECK-NEXT: %poisoned = icmp eq i64 %guard, -1
// CHECK-NEXT: br i1 %poisoned, label %preempt, label %range.next
// CHECK: preempt:
// CHECK-NEXT: call void @runtime.preemptcheck()
// CHECK-NEXT: br label %range.next
// CHECK: call zeroext i1 @runtime.chanrecv2(ptr %{{.*}}, ptr null)
func rng(c chan int) int {
	sum := 0
	for v := range c {
		sum += v
	}
	for range c {
	}
	return sum
}

// select: the operands in source order, the scase array (sends first) and
// the order array sized by the number of cases, selectgo, a switch.
// CHECK-LABEL: define {{.*}}i64 @main.sel(ptr %a, ptr %b, ptr %s)
// CHECK: entry:
// CHECK: %[[R1:select.recv]] = alloca i64
// CHECK-NEXT: %[[SEND:select.send]] = alloca i64
// CHECK-NEXT: %[[R2:select.recv[0-9]+]] = alloca i64
// CHECK-NEXT: %select.cases = alloca [4 x { ptr, ptr }]
// CHECK-NEXT: %select.order = alloca [8 x i16]
// CHECK-NEXT: %select.recvok = alloca i1
// CHECK: %[[B:.*]] = load ptr, ptr %b.addr
// CHECK: %[[A:.*]] = load ptr, ptr %a.addr
// CHECK-NEXT: store i64 1, ptr %[[SEND]]
// CHECK: %[[S:.*]] = load ptr, ptr %s.addr
// CHECK: %[[SC1:.*]] = getelementptr inbounds [4 x { ptr, ptr }], ptr %select.cases, i64 0, i64 1
// CHECK-NEXT: %[[F1:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC1]], i32 0, i32 0
// CHECK-NEXT: store ptr %[[B]], ptr %[[F1]]
// CHECK-NEXT: %[[E1:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC1]], i32 0, i32 1
// CHECK-NEXT: store ptr %[[R1]], ptr %[[E1]]
// CHECK-NEXT: %[[SC0:.*]] = getelementptr inbounds [4 x { ptr, ptr }], ptr %select.cases, i64 0, i64 0
// CHECK-NEXT: %[[F0:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC0]], i32 0, i32 0
// CHECK-NEXT: store ptr %[[A]], ptr %[[F0]]
// CHECK-NEXT: %[[E0:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[SC0]], i32 0, i32 1
// CHECK-NEXT: store ptr %[[SEND]], ptr %[[E0]]
// CHECK: store ptr %[[S]], ptr
// CHECK-NEXT: getelementptr
// CHECK-NEXT: store ptr null, ptr
// CHECK-NEXT: %chosen = call i64 @runtime.selectgo(ptr %select.cases, ptr %select.order, i64 1, i64 3, i1 zeroext true, ptr %select.recvok)
// CHECK-NEXT: switch i64 %chosen, label %select.nocase [
// CHECK-NEXT: i64 1, label %[[CASE_B:.*]]
// CHECK-NEXT: i64 0, label %[[CASE_A:.*]]
// CHECK-NEXT: i64 2, label %[[CASE_BOK:.*]]
// CHECK-NEXT: i64 3, label %[[CASE_S:.*]]
// CHECK-NEXT: ]
// CHECK: select.nocase:
// CHECK-NEXT: unreachable
// CHECK: [[CASE_BOK]]:
// CHECK-NEXT: %[[V:.*]] = load i64, ptr %[[R2]]
// CHECK-NEXT: %[[OK:.*]] = load i1, ptr %select.recvok
// CHECK-NEXT: store i64 %[[V]], ptr %v
// CHECK-NEXT: store i1 %[[OK]], ptr %ok
func sel(a, b chan int, s chan string) int {
	select {
	case v := <-b:
		return v
	case a <- 1:
		return 1
	case v, ok := <-b:
		if ok {
			return v
		}
	case <-s:
		return 3
	}
	return 0
}

// A default clause: block = false, and -1 (the switch's default) runs it.
// CHECK-LABEL: define {{.*}}i1 @main.seldefault(ptr %a)
// CHECK: %chosen = call i64 @runtime.selectgo(ptr %select.cases, ptr %select.order, i64 1, i64 0, i1 zeroext false, ptr %select.recvok)
// CHECK-NEXT: switch i64 %chosen, label %select.default [
// CHECK-NEXT: i64 0, label %select.send
// CHECK: select.default:
// CHECK-NEXT: ret i1 false
func seldefault(a chan int) bool {
	select {
	case a <- 7:
		return true
	default:
		return false
	}
}

// select {} never returns.
// CHECK-LABEL: define {{.*}}void @main.forever()
// CHECK-NEXT: entry:
// CHECK-NEXT: call void @runtime.block() #[[NORET:[0-9]+]]
// CHECK-NEXT: unreachable
func forever() {
	select {}
}

// Channel comparison is pointer comparison.
// CHECK-LABEL: define {{.*}}i1 @main.isnil(ptr %c)
// CHECK: icmp eq ptr %{{.*}}, null
func isnil(c chan int) bool { return c == nil }

// Optimised, the slots stay in memory (the runtime writes them) and the
// loop keeps its check.
// OPT-LABEL: define {{.*}}i64 @main.rng(ptr %c)
// OPT: %chanelem = alloca i64
// OPT: call zeroext i1 @runtime.chanrecv2(ptr %c, ptr nonnull %chanelem)
// OPT: call i64 asm sideeffect "movq %fs:0x70, $0", "=r"()

// CHECK: attributes #[[NORET]] = { noreturn {{.*}}}

func main() {}
