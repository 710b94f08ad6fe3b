// runtime/error.h — the C++ view of the run-time error values declared in Go
// (stdlib/runtime/error.go), which the runtime builds and panics with.
//
// Their descriptors are the compiler's (GO_TYPE in abi.def); these structs
// only mirror the Go layouts so that the runtime can fill values in.
// test/unit/error_types_test.cpp checks them against the descriptors the
// compiler emits for the Go declarations (size, field names and offsets).
#pragma once

#include <cstdint>

#include "abi.h"

namespace gosub::rt {

// runtime.errorString and runtime.plainError are Go strings.

// runtime.boundsError: struct { x int64; y int; signed bool; code boundsErrorCode }.
struct boundsError {
  int64_t x;
  int64_t y;
  bool signed_;
  uint8_t code;
};

// runtime.TypeAssertionError; panics carry a *TypeAssertionError.
struct TypeAssertionError {
  _type* _interface;  // the static interface type; null: Go prints "interface"
  _type* concrete;    // the dynamic type; null: the interface was nil
  _type* asserted;
  GoString missingMethod;  // set when asserting to an interface type
};

}  // namespace gosub::rt
