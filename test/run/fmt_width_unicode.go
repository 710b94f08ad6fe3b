// fmt's widths and precisions count runes, not bytes: padded multibyte
// strings, %.Ns truncating at rune boundaries, %q with width, %c and %U
// with flags, %x and %X of negative numbers and of strings with the space
// and # flags, %08b and %o, zero padding with signs, %+q escaping non-ASCII,
// %#q choosing backquotes, and %v widths applied to each element of a slice.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:[   héé][日本    ][日本][     日]
// OUT-NEXT:[     "é"]["a"     ][`back`]["has`tick"]["\u65e5\u672c"]
// OUT-NEXT:[  é][日  ][U+00E9][U+65E5 '日'][U+0078 'x']
// OUT-NEXT:[-ff][-FF][-0x1][68 c3 a9 6c 6c 6f][0X6162]
// OUT-NEXT:[00000101][100][0100][0o100][-101]
// OUT-NEXT:[+0042][-0042][ 0042][+42  ][+007]
// OUT-NEXT:{{\[\[}}    1    22]]{{\[\[}}a    bb  ]]{{\[\[}}007 008]]
// OUT-NEXT:[   3.1][日][ 1.235e+03][1.2e-05   ]
// OUT-NEXT:[ true][false ]['x'][78][E697A5]
// OUT-NEXT:{{\[\[}}"a\tb" "é"]]['\u00e9']{{\[\[}}6869 796f]][C3 A9]
// OUT-NEXT:{{\[\[}}26085 26412]]{{\[\[}}233]]{{\[\[}}x]]
// OUT-NEXT:[   日][本   ][日]
// OUT-NEXT:exit=0
package main

import "fmt"

func main() {
	fmt.Printf("[%6s][%-6s][%.2s][%6.1s]\n", "héé", "日本", "日本語", "日本語")
	fmt.Printf("[%8q][%-8q][%#q][%#q][%+q]\n", "é", "a", "back", "has`tick", "日本")
	fmt.Printf("[%3c][%-3c][%U][%#U][%#6U]\n", 'é', '日', 'é', '日', 'x')
	fmt.Printf("[%x][%X][%#x][% x][%#X]\n", -255, -255, -1, "héllo", "ab")
	fmt.Printf("[%08b][%o][%#o][%O][%b]\n", 5, 64, 64, 64, -5)
	fmt.Printf("[%+05d][%05d][% 05d][%-+5d][%+.3d]\n", 42, -42, 42, 42, 7)
	fmt.Printf("[%5v][%-4v][%03d]\n", []int{1, 22}, []string{"a", "bb"}, []int{7, 8})
	fmt.Printf("[%6.2v][%.1v][%10.3e][%-10.2g]\n", 3.14159, "日本", 1234.5678, 0.000012345)
	fmt.Printf("[%5t][%-6t][%q][%x][%X]\n", true, false, 'x', 'x', "日")
	fmt.Printf("[%q][%+q][%x][% X]\n", []string{"a\tb", "é"}, 'é', []string{"hi", "yo"}, []byte("é"))
	fmt.Printf("[%d][%v][%s]\n", []rune("日本"), []rune("é"), []string{"x"})
	fmt.Printf("[%*s][%-*s][%.*s]\n", 4, "日", 4, "本", 1, "日本")
}
