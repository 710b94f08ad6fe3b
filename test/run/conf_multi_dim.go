// Multi-dimensional slices and arrays: jagged slices, rows sharing one backing array, arrays of slices, copying rows, transposition.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	n, m := 3, 4
	backing := make([]int, n*m)
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = backing[i*m : (i+1)*m]
	}
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			grid[i][j] = i*10 + j
		}
	}
	if backing[5] != 11 || backing[11] != 23 {
		panic("rows share backing")
	}
	tr := make([][]int, m)
	for j := range tr {
		tr[j] = make([]int, n)
		for i := range tr[j] {
			tr[j][i] = grid[i][j]
		}
	}
	if tr[3][2] != 23 || tr[0][1] != 10 {
		panic("transpose")
	}
	jag := [][]string{{"a"}, {}, {"b", "c", "d"}}
	cnt := 0
	for _, row := range jag {
		cnt += len(row)
	}
	if cnt != 4 || jag[2][2] != "d" {
		panic("jagged")
	}
	jag[1] = append(jag[1], "x")
	if len(jag[1]) != 1 {
		panic("append to row")
	}
	var a [2][]int
	a[0] = []int{1}
	b := a
	b[0][0] = 5
	if a[0][0] != 5 {
		panic("array of slices copies headers only")
	}
	var cube [2][2][2]int
	cube[1][1][1] = 7
	c2 := cube
	c2[1][1][1] = 8
	if cube[1][1][1] != 7 {
		panic("3-d array copy")
	}
	row := make([]int, m)
	copy(row, grid[1])
	grid[1][0] = -1
	if row[0] != 10 {
		panic("copied row independent")
	}
	println("ok")
}
