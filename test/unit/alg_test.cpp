// alg_test.cpp — the type descriptors' equality and hash functions
// (runtime/alg.cpp) and run-time itabs (runtime/iface.cpp): semantics of
// equality (+0 == -0, NaN != NaN, strings by content, interfaces by dynamic
// type then value), hashes consistent with equality, the panics for
// uncomparable and unhashable dynamic types, getitab's cache, its growth
// and its "missing method" panic. Each runs as a goroutine under the
// scheduler in a death-test child (the functions use the M's fastrand,
// locks and the allocator).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "rungo.h"
#include "type.h"

namespace {

using namespace gosub::rt;
using gosub::rt::testgo::rungo;
using ::testing::ExitedWithCode;

GoString gostr(const char* s) { return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(strlen(s))}; }

// A bare descriptor of a basic kind with the given functions.
_type basicType(const char* name, uint8_t kind, uintptr_t size, typeEqualFn eq, typeHashFn h) {
  _type t{};
  t.size = size;
  t.kind = kind;
  t.align = t.fieldAlign = 8;
  t.equal = eq;
  t.hasher = h;
  t.str = gostr(name);
  t.hash = static_cast<uint32_t>(size * 131 + kind);
  return t;
}

auto eqf(bool (*f)(void*, void*)) { return reinterpret_cast<typeEqualFn>(f); }
auto hashf(uintptr_t (*f)(void*, uintptr_t)) { return reinterpret_cast<typeHashFn>(f); }

TEST(AlgDeathTest, Equality) {
  EXPECT_EXIT(rungo([] {
                double pz = 0.0, nz = -0.0, nan = std::nan(""), one = 1;
                CHECK(f64equal(&pz, &nz), 1);
                CHECK(!f64equal(&nan, &nan), 2);
                CHECK(!f64equal(&pz, &one), 3);
                float fz = 0.0f, fnz = -0.0f;
                CHECK(f32equal(&fz, &fnz), 4);
                char a[] = "hello", b[] = "hello";
                GoString s1{reinterpret_cast<uint8_t*>(a), 5}, s2{reinterpret_cast<uint8_t*>(b), 5};
                GoString s3{reinterpret_cast<uint8_t*>(b), 4};
                CHECK(strequal(&s1, &s2) && !strequal(&s1, &s3), 5);
                uint64_t x[2] = {1, 2}, y[2] = {1, 2}, z[2] = {1, 3};
                CHECK(memequal128(x, y) && !memequal128(x, z), 6);
                CHECK(memequal(x, y, 16) && !memequal(x, z, 16) && memequal(x, z, 8), 7);
              }),
              ExitedWithCode(0), "");
}

TEST(AlgDeathTest, HashesAgreeWithEquality) {
  EXPECT_EXIT(rungo([] {
                double pz = 0.0, nz = -0.0, nan = std::nan("");
                CHECK(f64hash(&pz, 7) == f64hash(&nz, 7), 1);
                // NaNs hash randomly (each NaN key its own chain, as Go).
                CHECK(f64hash(&nan, 7) != f64hash(&nan, 7), 2);
                char a[] = "some key", b[] = "some key";
                GoString s1{reinterpret_cast<uint8_t*>(a), 8}, s2{reinterpret_cast<uint8_t*>(b), 8};
                CHECK(strhash(&s1, 3) == strhash(&s2, 3), 3);
                CHECK(strhash(&s1, 3) != strhash(&s1, 4), 4);
                // Every length from 0 to 40 bytes: equal content, equal hash;
                // one changed byte, another hash.
                for (int n = 0; n <= 40; n++) {
                  uint8_t p[40], q[40];
                  for (int i = 0; i < n; i++) p[i] = q[i] = static_cast<uint8_t>(i * 7 + 1);
                  CHECK(memhash(p, 99, n) == memhash(q, 99, n), 5);
                  if (n > 0) {
                    q[n / 2] ^= 1;
                    CHECK(memhash(p, 99, n) != memhash(q, 99, n), 6);
                  }
                }
                int64_t i1 = 42, i2 = 42;
                CHECK(memhash64(&i1, 5) == memhash64(&i2, 5), 7);
              }),
              ExitedWithCode(0), "");
}

TEST(AlgDeathTest, Interfaces) {
  EXPECT_EXIT(rungo([] {
                static _type intT = basicType("int", kindInt, 8, eqf(memequal64), hashf(memhash64));
                static _type strT = basicType("string", kindString, 16, eqf(strequal), hashf(strhash));
                int64_t a = 5, b = 5, c = 6;
                static char five[] = "\x05\0\0\0\0\0\0\0";
                GoString str{reinterpret_cast<uint8_t*>(five), 8};
                eface ea{&intT, &a}, eb{&intT, &b}, ec{&intT, &c}, es{&strT, &str}, nil1{}, nil2{};
                CHECK(nilinterequal(&ea, &eb) && !nilinterequal(&ea, &ec), 1);
                CHECK(!nilinterequal(&ea, &es), 2);  // other dynamic type
                CHECK(nilinterequal(&nil1, &nil2) && !nilinterequal(&nil1, &ea), 3);
                CHECK(nilinterhash(&ea, 1) == nilinterhash(&eb, 1), 4);
                CHECK(nilinterhash(&ea, 1) != nilinterhash(&es, 1), 5);
              }),
              ExitedWithCode(0), "");
}

TEST(AlgDeathTest, UncomparablePanics) {
  EXPECT_EXIT(rungo([] {
                static _type sliceT = basicType("[]int", kindSlice, 24, nullptr, nullptr);
                int64_t a[3] = {}, b[3] = {};
                eface x{&sliceT, a}, y{&sliceT, b};
                nilinterequal(&x, &y);
              }),
              ExitedWithCode(2), "^panic: runtime error: comparing uncomparable type \\[\\]int\n");
}

TEST(AlgDeathTest, UnhashablePanics) {
  EXPECT_EXIT(rungo([] {
                static _type sliceT = basicType("[]int", kindSlice, 24, nullptr, nullptr);
                int64_t a[3] = {};
                eface x{&sliceT, a};
                nilinterhash(&x, 0);
              }),
              ExitedWithCode(2), "^panic: runtime error: hash of unhashable type \\[\\]int\n");
}

// ---- getitab

void mA() {}
void mB() {}

struct Fixture {
  functype sig{};  // one shared signature descriptor: func()
  imethod imethods[2];
  interfacetype inter{};
  method methods[2];
  uncommontype u{};
  Fixture() {
    sig.typ = basicType("func()", kindFunc, 8, nullptr, nullptr);
    imethods[0] = {gostr("A"), {}, &sig};
    imethods[1] = {gostr("B"), {}, &sig};
    inter.typ = basicType("main.I", kindInterface, 16, nullptr, nullptr);
    inter.mcount = 2;
    inter.methods = imethods;
    methods[0] = {gostr("A"), {}, &sig, reinterpret_cast<void*>(&mA)};
    methods[1] = {gostr("B"), {}, &sig, reinterpret_cast<void*>(&mB)};
    u.pkgpath = gostr("main");
    u.mcount = 2;
    u.methods = methods;
  }
};

TEST(AlgDeathTest, GetitabCachesAndGrows) {
  EXPECT_EXIT(rungo([] {
                static Fixture f;
                // More types than the initial table holds (512, grown at 3/4).
                constexpr int n = 1000;
                static _type types[n];
                static itab* tabs[n];
                for (int i = 0; i < n; i++) {
                  types[i] = basicType("main.T", kindStruct, 8, nullptr, nullptr);
                  types[i].hash = static_cast<uint32_t>(i * 2654435761u);
                  types[i].uncommon = &f.u;
                  tabs[i] = static_cast<itab*>(getitab(&f.inter, &types[i], false));
                  CHECK(tabs[i]->fun[0] == reinterpret_cast<void*>(&mA), 1);
                  CHECK(tabs[i]->fun[1] == reinterpret_cast<void*>(&mB), 2);
                  CHECK(tabs[i]->type == &types[i] && tabs[i]->inter == &f.inter, 3);
                }
                for (int i = 0; i < n; i++) CHECK(getitab(&f.inter, &types[i], false) == tabs[i], 4);
              }),
              ExitedWithCode(0), "");
}

TEST(AlgDeathTest, GetitabMissingMethod) {
  EXPECT_EXIT(rungo([] {
                static Fixture f;
                static uncommontype onlyA{gostr("main"), 1, f.methods};
                static _type t = basicType("main.T", kindStruct, 8, nullptr, nullptr);
                t.uncommon = &onlyA;
                CHECK(getitab(&f.inter, &t, true) == nullptr, 1);
                getitab(&f.inter, &t, false);
              }),
              ExitedWithCode(2), "^panic: interface conversion: main.T is not main.I: missing method B\n");
}

}  // namespace
