// Benchmark: binary-trees (the Computer Language Benchmarks Game's), depth
// 16, sequential: allocates about 15 million 16-byte nodes and never frees
// them (there is no collector yet), so bench/run's peak RSS column matters
// as much as its time.
package main

import "fmt"

type Node struct {
	left, right *Node
}

func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

func (n *Node) itemCheck() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.itemCheck() + n.right.itemCheck()
}

func main() {
	const n = 16
	const minDepth = 4
	maxDepth := n
	if minDepth+2 > n {
		maxDepth = minDepth + 2
	}
	stretchDepth := maxDepth + 1
	fmt.Println("stretch tree of depth", stretchDepth, "check:", bottomUpTree(stretchDepth).itemCheck())

	longLived := bottomUpTree(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 1; i <= iterations; i++ {
			check += bottomUpTree(depth).itemCheck()
		}
		fmt.Println(iterations, "trees of depth", depth, "check:", check)
	}
	fmt.Println("long lived tree of depth", maxDepth, "check:", longLived.itemCheck())
}
