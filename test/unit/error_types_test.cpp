// error_types_test.cpp — runtime/error.h's C++ mirrors of the run-time
// error types agree with the Go declarations (stdlib/runtime/error.go), as
// the compiler laid them out: the descriptors abi.def's GO_TYPE entries name
// (linked in from rtgo.o, test/unit/CMakeLists.txt) give each field's name
// and offset and the size.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "error.h"
#include "type.h"

namespace {

using namespace gosub::rt;

std::string str(GoString s) { return std::string(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)); }

void expectField(const structtype* st, int64_t i, const char* name, size_t offset, uint8_t kind) {
  ASSERT_LT(i, st->nfields);
  EXPECT_EQ(str(st->fields[i].name), name);
  EXPECT_EQ(st->fields[i].offset, offset) << name;
  EXPECT_EQ(st->fields[i].typ->kindOf(), kind) << name;
}

TEST(ErrorTypes, BoundsError) {
  auto* st = reinterpret_cast<const structtype*>(&boundsErrorType);
  EXPECT_EQ(str(st->typ.str), "runtime.boundsError");
  ASSERT_EQ(st->typ.kindOf(), kindStruct);
  EXPECT_EQ(st->typ.size, sizeof(boundsError));
  ASSERT_EQ(st->nfields, 4);
  expectField(st, 0, "x", offsetof(boundsError, x), kindInt64);
  expectField(st, 1, "y", offsetof(boundsError, y), kindInt);
  expectField(st, 2, "signed", offsetof(boundsError, signed_), kindBool);
  expectField(st, 3, "code", offsetof(boundsError, code), kindUint8);
}

TEST(ErrorTypes, TypeAssertionError) {
  auto* pt = reinterpret_cast<const ptrtype*>(&typeAssertionErrorPtrType);
  EXPECT_EQ(str(pt->typ.str), "*runtime.TypeAssertionError");
  ASSERT_EQ(pt->typ.kindOf(), kindPointer);
  EXPECT_TRUE(pt->typ.isDirectIface());
  auto* st = reinterpret_cast<const structtype*>(pt->elem);
  ASSERT_EQ(st->typ.kindOf(), kindStruct);
  EXPECT_EQ(st->typ.size, sizeof(TypeAssertionError));
  ASSERT_EQ(st->nfields, 4);
  expectField(st, 0, "_interface", offsetof(TypeAssertionError, _interface), kindPointer);
  expectField(st, 1, "concrete", offsetof(TypeAssertionError, concrete), kindPointer);
  expectField(st, 2, "asserted", offsetof(TypeAssertionError, asserted), kindPointer);
  expectField(st, 3, "missingMethod", offsetof(TypeAssertionError, missingMethod), kindString);
}

TEST(ErrorTypes, StringErrors) {
  for (_type* t : {&errorStringType, &plainErrorType}) {
    EXPECT_EQ(t->kindOf(), kindString);
    EXPECT_EQ(t->size, sizeof(GoString));
    ASSERT_NE(t->uncommon, nullptr);
    // Error and RuntimeError, sorted by name.
    ASSERT_EQ(t->uncommon->mcount, 2);
    EXPECT_EQ(str(t->uncommon->methods[0].name), "Error");
    EXPECT_EQ(str(t->uncommon->methods[1].name), "RuntimeError");
  }
}

// The interfaces the runtime asserts to have the one method it calls.
TEST(ErrorTypes, AssertedInterfaces) {
  auto* e = reinterpret_cast<const interfacetype*>(&errorType);
  ASSERT_EQ(e->mcount, 1);
  EXPECT_EQ(str(e->methods[0].name), "Error");
  auto* s = reinterpret_cast<const interfacetype*>(&stringerType);
  ASSERT_EQ(s->mcount, 1);
  EXPECT_EQ(str(s->methods[0].name), "String");
  EXPECT_EQ(e->methods[0].typ, s->methods[0].typ);  // both func() string: one descriptor
  EXPECT_EQ(stringType.kindOf(), kindString);
}

}  // namespace
