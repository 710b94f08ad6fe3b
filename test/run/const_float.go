// Float constants: typed float constants convert exactly to integers, float32
// keeps its full range, and untyped arithmetic is exact until conversion.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:2 9223372036854775808 -5 200
// OUT-NEXT:3.4e+38 1e-45 0.3333333333333333 0.33333334
// OUT-NEXT:true 1e+300 1e-300
// OUT-NEXT:8 8 255
// OUT-NEXT:exit=0

package main

import "fmt"

const F float64 = 2
const third = 1.0 / 3
const huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(int(F), uint64(float64(1<<63)), int(float64(-5)), uint8(float32(200)))
	fmt.Println(float32(3.4e38), float32(1e-45), float64(third), float32(third))
	fmt.Println(third*3 == 1, huge, 1e-300*1e-300/1e-300)
	var s uint = 3
	var i8 int8 = 1.0 << s
	fmt.Println(i8, 1<<s, uint8(254)+1.0)
}
