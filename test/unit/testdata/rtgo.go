// The Go half of the runtime, for the unit tests: compiled by gosub into
// an object the test binary links (test/unit/CMakeLists.txt). Every program
// contains package runtime (stdlib/runtime): its run-time error types, with
// their Error methods, and the descriptors runtime/abi.def's GO_TYPE entries
// name, which the C++ runtime refers to by symbol. This empty program is
// just that.
package main

func main() {}
