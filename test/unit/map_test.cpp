// map_test.cpp — Go's maps (runtime/map.cpp, map_fast.cpp, alg.cpp) driven
// with type descriptors built by hand, as the compiler would emit them:
// growth, iteration while the table grows, deletion and insertion during
// iteration, NaN keys, clear, collisions, big (indirect) keys and elems,
// the fast paths, and the panics.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "map.h"
#include "rungo.h"
#include "sanitizer.h"

namespace {

using namespace gosub::rt;
using testing::ExitedWithCode;

// ---- descriptors ------------------------------------------------------------

GoString gs(const char* s) { return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(strlen(s))}; }

template <typename H, typename E>
_type scalar(uintptr_t size, uint8_t kind, H hasher, E equal, uint8_t tflag, const char* name) {
  _type t{};
  t.size = size;
  t.align = t.fieldAlign = static_cast<uint8_t>(size < 8 ? (size ? size : 1) : 8);
  t.kind = kind;
  t.tflag = tflag;
  t.hasher = reinterpret_cast<typeHashFn>(reinterpret_cast<void*>(hasher));
  t.equal = reinterpret_cast<typeEqualFn>(reinterpret_cast<void*>(equal));
  t.str = gs(name);
  return t;
}

_type tInt64 = scalar(8, kindInt64, &memhash64, &memequal64, tflagRegularMemory, "int64");
_type tInt32 = scalar(4, kindInt32, &memhash32, &memequal32, tflagRegularMemory, "int32");
_type tFloat64 = scalar(8, kindFloat64, &f64hash, &f64equal, 0, "float64");
_type tString = scalar(16, kindString, &strhash, &strequal, 0, "string");
_type tEface = scalar(16, kindInterface, &nilinterhash, &nilinterequal, 0, "interface {}");
_type tSlice = scalar(24, kindSlice, static_cast<void*>(nullptr), static_cast<void*>(nullptr), 0, "[]int");

// A 200-byte key (stored indirectly) hashed and compared as plain memory.
struct bigkey {
  int64_t v[25];
};
uint64_t bighash(void* p, uint64_t seed) { return memhash(p, seed, sizeof(bigkey)); }
bool bigequal(void* a, void* b) { return memequal(a, b, sizeof(bigkey)); }
_type tBig = scalar(sizeof(bigkey), kindArray, &bighash, &bigequal, tflagRegularMemory, "[25]int64");

// Every key hashes alike: the whole map is one chain of overflow buckets
// (and every growth is one that cannot spread it).
uint64_t collidehash(void*, uint64_t) { return 0x1234567890abcdefull; }
_type tCollide = scalar(8, kindInt64, &collidehash, &memequal64, 0, "main.K");

maptype mapOf(_type* key, _type* elem) {
  maptype t{};
  t.typ.size = 8;
  t.typ.kind = kindMap | kindDirectIface;
  t.key = key;
  t.elem = elem;
  // The bucket layout as codegen computes it (Go's cmd/compile/reflectdata).
  uintptr_t ks = key->size, es = elem->size;
  if (ks > maxKeySize) {
    ks = 8;
    t.flags |= mapIndirectKey;
  }
  if (es > maxElemSize) {
    es = 8;
    t.flags |= mapIndirectElem;
  }
  t.keysize = static_cast<uint8_t>(ks);
  t.elemsize = static_cast<uint8_t>(es);
  t.bucketsize = static_cast<uint16_t>(bucketCnt + bucketCnt * ks + bucketCnt * es + 8);
  uint8_t k = key->kindOf();
  if (k != kindFloat32 && k != kindFloat64 && k != kindInterface) t.flags |= mapReflexiveKey;
  if (k == kindFloat32 || k == kindFloat64 || k == kindString || k == kindInterface) t.flags |= mapNeedKeyUpdate;
  return t;
}

maptype mInt = mapOf(&tInt64, &tInt64);
maptype mInt32 = mapOf(&tInt32, &tInt64);
maptype mFloat = mapOf(&tFloat64, &tInt64);
maptype mStr = mapOf(&tString, &tInt64);
maptype mBig = mapOf(&tBig, &tBig);
maptype mCollide = mapOf(&tCollide, &tInt64);
maptype mEface = mapOf(&tEface, &tInt64);

// ---- helpers ------------------------------------------------------------------

hmap* mk(maptype* t, int64_t hint = 0) { return static_cast<hmap*>(makemap(t, hint)); }
int64_t* put(maptype* t, hmap* h, int64_t k) { return static_cast<int64_t*>(mapassign(t, h, &k)); }
int64_t* get2(maptype* t, hmap* h, int64_t k) { return static_cast<int64_t*>(mapaccess2(t, h, &k)); }
int64_t get(maptype* t, hmap* h, int64_t k) { return *static_cast<int64_t*>(mapaccess1(t, h, &k)); }
void del(maptype* t, hmap* h, int64_t k) { mapdelete(t, h, &k); }

// Every (key, elem) a range loop over an int64->int64 map produces.
std::vector<std::pair<int64_t, int64_t>> rangeAll(maptype* t, hmap* h) {
  std::vector<std::pair<int64_t, int64_t>> out;
  hiter it;
  for (mapiterinit(t, h, &it); it.key != nullptr; mapiternext(&it))
    out.emplace_back(*static_cast<int64_t*>(it.key), *static_cast<int64_t*>(it.elem));
  return out;
}

class Map : public testing::Test {
 protected:
  void SetUp() override { schedinit(); }  // fastrand needs an M
};

// ---- tests --------------------------------------------------------------------

TEST_F(Map, InsertLookupGrow) {
  hmap* h = mk(&mInt);
  EXPECT_EQ(h->B, 0);
  EXPECT_EQ(h->buckets, nullptr);  // allocated by the first assignment
  const int64_t n = 100000;
  for (int64_t i = 0; i < n; i++) *put(&mInt, h, i * 7) = i;
  EXPECT_EQ(h->count, n);
  // 6.5 entries per bucket at most: 100000 / 6.5 > 2^13, so B = 14.
  EXPECT_EQ(h->B, 14);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(get(&mInt, h, i * 7), i);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(get2(&mInt, h, i * 7 + 1), nullptr);
  EXPECT_EQ(get(&mInt, h, -1), 0);  // the zero value for a missing key
  // Overwriting keeps the count.
  for (int64_t i = 0; i < n; i += 2) *put(&mInt, h, i * 7) += 1000000;
  EXPECT_EQ(h->count, n);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(get(&mInt, h, i * 7), i % 2 == 0 ? i + 1000000 : i);
}

TEST_F(Map, HintPreallocates) {
  hmap* h = mk(&mInt, 1000);
  // 1000 entries at 6.5 per bucket: 2^8 = 256 buckets (208 would be too few).
  EXPECT_EQ(h->B, 8);
  EXPECT_NE(h->buckets, nullptr);
  EXPECT_NE(h->nextOverflow, nullptr);  // 2^(8-4) preallocated overflow buckets
  for (int64_t i = 0; i < 1000; i++) *put(&mInt, h, i) = i;
  EXPECT_EQ(h->B, 8);  // no growth
  EXPECT_EQ(mk(&mInt, -5)->B, 0);                     // a negative hint is no hint
  EXPECT_EQ(mk(&mInt, int64_t{1} << 62)->B, 0);       // nor is an impossible one
}

TEST_F(Map, NilMap) {
  EXPECT_EQ(get(&mInt, nullptr, 5), 0);
  EXPECT_EQ(get2(&mInt, nullptr, 5), nullptr);
  del(&mInt, nullptr, 5);  // no-op
  mapclear(&mInt, nullptr);
  EXPECT_TRUE(rangeAll(&mInt, nullptr).empty());
}

TEST_F(Map, DeleteAndReinsertStartsFromZero) {
  hmap* h = mk(&mInt);
  for (int64_t i = 0; i < 1000; i++) *put(&mInt, h, i) = i + 1;
  for (int64_t i = 0; i < 1000; i += 3) del(&mInt, h, i);
  del(&mInt, h, 5000);  // absent: nothing happens
  EXPECT_EQ(h->count, 1000 - 334);
  for (int64_t i = 0; i < 1000; i++) ASSERT_EQ(get(&mInt, h, i), i % 3 == 0 ? 0 : i + 1);
  // m[k] += 1 on a deleted key starts from 0, not from the old elem.
  for (int64_t i = 0; i < 1000; i += 3) ASSERT_EQ(*put(&mInt, h, i), 0);
  EXPECT_EQ(h->count, 1000);
  for (int64_t i = 0; i < 1000; i++) del(&mInt, h, i);
  EXPECT_EQ(h->count, 0);
  EXPECT_TRUE(rangeAll(&mInt, h).empty());
}

TEST_F(Map, RangeVisitsEachOnce) {
  hmap* h = mk(&mInt);
  for (int64_t i = 0; i < 5000; i++) *put(&mInt, h, i) = -i;
  auto all = rangeAll(&mInt, h);
  ASSERT_EQ(all.size(), 5000u);
  std::set<int64_t> seen;
  for (auto [k, v] : all) {
    EXPECT_EQ(v, -k);
    EXPECT_TRUE(seen.insert(k).second) << "key " << k << " seen twice";
  }
}

TEST_F(Map, RangeStartIsRandom) {
  hmap* h = mk(&mInt);
  for (int64_t i = 0; i < 100; i++) *put(&mInt, h, i) = i;
  std::set<int64_t> firsts;
  for (int r = 0; r < 50; r++) firsts.insert(rangeAll(&mInt, h)[0].first);
  EXPECT_GT(firsts.size(), 5u);
  // Even a map of one bucket starts at a random cell.
  hmap* s = mk(&mInt);
  for (int64_t i = 0; i < 5; i++) *put(&mInt, s, i) = i;
  std::set<int64_t> sf;
  for (int r = 0; r < 50; r++) sf.insert(rangeAll(&mInt, s)[0].first);
  EXPECT_GT(sf.size(), 1u);
}

// Go's spec: an entry deleted before the loop reaches it is not produced;
// every entry present throughout is produced exactly once; entries added
// during the loop may or may not be.
void checkModifyDuringRange(int64_t n, int64_t added, bool deleteAhead) {
  hmap* h = mk(&mInt);
  for (int64_t i = 0; i < n; i++) *put(&mInt, h, i) = i;
  std::set<int64_t> seen, deleted;
  hiter it;
  int64_t next = n;
  for (mapiterinit(&mInt, h, &it); it.key != nullptr; mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    ASSERT_EQ(*static_cast<int64_t*>(it.elem), k);
    ASSERT_TRUE(seen.insert(k).second) << "key " << k << " produced twice";
    ASSERT_FALSE(deleted.count(k)) << "deleted key " << k << " produced";
    // Each step inserts (growing the table mid-loop) and deletes a key
    // that has not been produced yet.
    for (int j = 0; j < added && next < n + added * n; j++, next++) *put(&mInt, h, next) = next;  // NOLINT
    if (deleteAhead) {
      for (int64_t d = (k * 7 + 3) % n, tries = 0; tries < n; d = (d + 1) % n, tries++) {
        if (!seen.count(d) && !deleted.count(d)) {
          del(&mInt, h, d);
          deleted.insert(d);
          break;
        }
      }
    }
  }
  for (int64_t i = 0; i < n; i++)
    if (!deleted.count(i)) ASSERT_TRUE(seen.count(i)) << "key " << i << " present throughout, never produced";
  EXPECT_EQ(h->count, n + static_cast<int64_t>(next - n) - static_cast<int64_t>(deleted.size()));
}

TEST_F(Map, DeleteDuringRange) { checkModifyDuringRange(2000, 0, true); }
TEST_F(Map, InsertDuringRangeGrows) { checkModifyDuringRange(50, 4, false); }
TEST_F(Map, InsertAndDeleteDuringRange) {
  for (int64_t n : {1, 7, 8, 9, 53, 500, 3000}) checkModifyDuringRange(n, 3, true);
}

TEST_F(Map, RangeStartedDuringGrowth) {
  // Start iterating while the table is half evacuated, then keep writing so
  // that evacuation goes on under the iterator.
  for (int round = 0; round < 20; round++) {
    hmap* h = mk(&mInt);
    int64_t n = 0;
    // Fill until a growth has just started.
    while (!growing(h) || n < 100) {
      *put(&mInt, h, n) = n;
      n++;
    }
    ASSERT_TRUE(growing(h));
    std::set<int64_t> seen;
    hiter it;
    int64_t next = n;
    for (mapiterinit(&mInt, h, &it); it.key != nullptr; mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      ASSERT_TRUE(seen.insert(k).second);
      ASSERT_EQ(*static_cast<int64_t*>(it.elem), k);
      // Assignments to existing keys evacuate too.
      *put(&mInt, h, (k * 13 + round) % n) = (k * 13 + round) % n;
      if (round % 2) {
        int64_t v = next++;
        *put(&mInt, h, v) = v;
      }
    }
    for (int64_t i = 0; i < n; i++) ASSERT_TRUE(seen.count(i)) << "round " << round << " missed " << i;
  }
}

TEST_F(Map, SameSizeGrowAfterChurn) {
  // Many insertions and deletions of distinct keys at a constant size pile
  // up overflow buckets; a same-size growth repacks them.
  hmap* h = mk(&mInt);
  bool sawSameSize = false;
  int64_t live0 = 0;
  for (int64_t i = 0; i < 200000; i++) {
    *put(&mInt, h, i) = i;
    if (i - live0 >= 400) del(&mInt, h, live0++);
    if (h->flags & sameSizeGrow) sawSameSize = true;
  }
  EXPECT_TRUE(sawSameSize);
  EXPECT_EQ(h->count, 400);
  EXPECT_LE(h->B, 7);
  for (int64_t i = live0; i < 200000; i++) ASSERT_EQ(get(&mInt, h, i), i);
  EXPECT_EQ(rangeAll(&mInt, h).size(), 400u);
}

TEST_F(Map, Collisions) {
  hmap* h = mk(&mCollide);
  for (int64_t i = 0; i < 300; i++) *put(&mCollide, h, i) = i * 2;
  EXPECT_EQ(h->count, 300);
  for (int64_t i = 0; i < 300; i++) ASSERT_EQ(get(&mCollide, h, i), i * 2);
  for (int64_t i = 0; i < 300; i += 2) del(&mCollide, h, i);
  for (int64_t i = 0; i < 300; i++) ASSERT_EQ(get2(&mCollide, h, i) != nullptr, i % 2 == 1);
  EXPECT_EQ(rangeAll(&mCollide, h).size(), 150u);
  // Deleting the tail of the chain marks it emptyRest back to the head.
  for (int64_t i = 1; i < 300; i += 2) del(&mCollide, h, i);
  EXPECT_EQ(h->count, 0);
  EXPECT_TRUE(rangeAll(&mCollide, h).empty());
}

TEST_F(Map, NaNKeys) {
  hmap* h = mk(&mFloat);
  double nan = std::nan(""), zero = 0.0, negzero = -0.0, one = 1.0;
  for (int i = 0; i < 3; i++) *static_cast<int64_t*>(mapassign(&mFloat, h, &nan)) = 10 + i;
  EXPECT_EQ(h->count, 3);  // each NaN insert adds an entry
  EXPECT_EQ(mapaccess2(&mFloat, h, &nan), nullptr);  // and none can be found
  mapdelete(&mFloat, h, &nan);  // nor deleted
  EXPECT_EQ(h->count, 3);
  *static_cast<int64_t*>(mapassign(&mFloat, h, &zero)) = 1;
  *static_cast<int64_t*>(mapassign(&mFloat, h, &negzero)) = 2;  // +0 == -0: same key
  EXPECT_EQ(h->count, 4);
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1(&mFloat, h, &zero)), 2);
  *static_cast<int64_t*>(mapassign(&mFloat, h, &one)) = 3;
  // Range produces the NaNs too; the key of +0 now reads -0 (the key is
  // updated on assignment, as in Go).
  int nans = 0;
  int64_t nanSum = 0;
  hiter it;
  for (mapiterinit(&mFloat, h, &it); it.key != nullptr; mapiternext(&it)) {
    double k = *static_cast<double*>(it.key);
    int64_t v = *static_cast<int64_t*>(it.elem);
    if (k != k) {
      nans++;
      nanSum += v;
    } else if (k == 0) {
      EXPECT_TRUE(std::signbit(k));
      EXPECT_EQ(v, 2);
    }
  }
  EXPECT_EQ(nans, 3);
  EXPECT_EQ(nanSum, 10 + 11 + 12);
  // Growth with NaNs and an iterator running (NaNs split by tophash bit).
  hiter it2;
  mapiterinit(&mFloat, h, &it2);
  std::multiset<int64_t> seen;
  for (int i = 0; i < 200; i++) *static_cast<int64_t*>(mapassign(&mFloat, h, &nan)) = 100 + i;
  for (; it2.key != nullptr; mapiternext(&it2)) seen.insert(*static_cast<int64_t*>(it2.elem));
  for (int64_t v : {10, 11, 12, 2, 3}) EXPECT_EQ(seen.count(v), 1u) << v;
  EXPECT_EQ(h->count, 205);
  // clear removes everything, NaNs included (Go 1.21).
  mapclear(&mFloat, h);
  EXPECT_EQ(h->count, 0);
  EXPECT_TRUE(rangeAll(&mFloat, h).empty());
  *static_cast<int64_t*>(mapassign(&mFloat, h, &one)) = 7;
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1(&mFloat, h, &one)), 7);
}

TEST_F(Map, ClearDuringRangeEndsIt) {
  hmap* h = mk(&mInt);
  for (int64_t i = 0; i < 1000; i++) *put(&mInt, h, i) = i;
  hiter it;
  int produced = 0;
  for (mapiterinit(&mInt, h, &it); it.key != nullptr; mapiternext(&it)) {
    if (++produced == 10) mapclear(&mInt, h);
  }
  EXPECT_EQ(produced, 10);
  EXPECT_EQ(h->count, 0);
  for (int64_t i = 0; i < 1000; i++) ASSERT_EQ(get2(&mInt, h, i), nullptr);
  for (int64_t i = 0; i < 2000; i++) *put(&mInt, h, i) = i;  // usable again, grows
  EXPECT_EQ(rangeAll(&mInt, h).size(), 2000u);
}

TEST_F(Map, StringKeys) {
  hmap* g = mk(&mStr);  // generic path
  hmap* f = mk(&mStr);  // fast path
  std::vector<std::string> keys;
  for (int i = 0; i < 20000; i++) keys.push_back("key-" + std::to_string(i * 31) + std::string(i % 40, 'x'));
  for (size_t i = 0; i < keys.size(); i++) {
    GoString k{reinterpret_cast<const uint8_t*>(keys[i].data()), static_cast<int64_t>(keys[i].size())};
    *static_cast<int64_t*>(mapassign(&mStr, g, &k)) = static_cast<int64_t>(i);
    *static_cast<int64_t*>(mapassign_faststr(&mStr, f, k.ptr, k.len)) = static_cast<int64_t>(i);
  }
  EXPECT_EQ(g->count, 20000);
  EXPECT_EQ(f->count, 20000);
  for (size_t i = 0; i < keys.size(); i++) {
    std::string copy = keys[i];  // equal bytes elsewhere
    GoString k{reinterpret_cast<const uint8_t*>(copy.data()), static_cast<int64_t>(copy.size())};
    // Both paths hash alike, so each reads the other's map.
    ASSERT_EQ(*static_cast<int64_t*>(mapaccess1_faststr(&mStr, g, k.ptr, k.len)), static_cast<int64_t>(i));
    ASSERT_EQ(*static_cast<int64_t*>(mapaccess1(&mStr, f, &k)), static_cast<int64_t>(i));
  }
  GoString missing = gs("nope");
  EXPECT_EQ(mapaccess2_faststr(&mStr, f, missing.ptr, missing.len), nullptr);
  for (size_t i = 0; i < keys.size(); i += 2) mapdelete_faststr(&mStr, f, reinterpret_cast<const uint8_t*>(keys[i].data()), static_cast<int64_t>(keys[i].size()));
  EXPECT_EQ(f->count, 10000);
  // A small (one-bucket) map compares without hashing.
  hmap* s = mk(&mStr);
  GoString a = gs("a"), b = gs("bb"), e = gs("");
  *static_cast<int64_t*>(mapassign_faststr(&mStr, s, a.ptr, a.len)) = 1;
  *static_cast<int64_t*>(mapassign_faststr(&mStr, s, e.ptr, e.len)) = 2;
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1_faststr(&mStr, s, a.ptr, a.len)), 1);
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1_faststr(&mStr, s, e.ptr, e.len)), 2);
  EXPECT_EQ(mapaccess2_faststr(&mStr, s, b.ptr, b.len), nullptr);
}

TEST_F(Map, FastPathsAgreeWithGeneric) {
  hmap* h = mk(&mInt);
  hmap* h32 = mk(&mInt32);
  for (int64_t i = -5000; i < 5000; i++) {
    *static_cast<int64_t*>(mapassign_fast64(&mInt, h, static_cast<uint64_t>(i * 977))) = i;
    *static_cast<int64_t*>(mapassign_fast32(&mInt32, h32, static_cast<int32_t>(i * 977))) = i;
  }
  EXPECT_EQ(h->count, 10000);
  EXPECT_EQ(h32->count, 10000);
  for (int64_t i = -5000; i < 5000; i++) {
    ASSERT_EQ(get(&mInt, h, i * 977), i);
    int32_t k32 = static_cast<int32_t>(i * 977);
    ASSERT_EQ(*static_cast<int64_t*>(mapaccess1(&mInt32, h32, &k32)), i);
    ASSERT_EQ(*static_cast<int64_t*>(mapaccess1_fast64(&mInt, h, static_cast<uint64_t>(i * 977))), i);
    ASSERT_EQ(*static_cast<int64_t*>(mapaccess1_fast32(&mInt32, h32, k32)), i);
  }
  EXPECT_EQ(mapaccess2_fast64(&mInt, h, 1), nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1_fast64(&mInt, h, 1)), 0);
  for (int64_t i = -5000; i < 5000; i += 2) {
    mapdelete_fast64(&mInt, h, static_cast<uint64_t>(i * 977));
    mapdelete_fast32(&mInt32, h32, static_cast<int32_t>(i * 977));
  }
  EXPECT_EQ(h->count, 5000);
  EXPECT_EQ(h32->count, 5000);
  EXPECT_EQ(rangeAll(&mInt, h).size(), 5000u);
  EXPECT_EQ(mapaccess2_fast64(&mInt, nullptr, 1), nullptr);
  mapdelete_fast64(&mInt, nullptr, 1);
}

TEST_F(Map, BigKeysAndElemsIndirect) {
  EXPECT_TRUE(mBig.flags & mapIndirectKey);
  EXPECT_TRUE(mBig.flags & mapIndirectElem);
  hmap* h = mk(&mBig);
  for (int64_t i = 0; i < 500; i++) {
    bigkey k{}, v{};
    k.v[0] = i;
    k.v[24] = -i;
    v.v[3] = i * 5;
    memcpy(mapassign(&mBig, h, &k), &v, sizeof v);
  }
  EXPECT_EQ(h->count, 500);
  for (int64_t i = 0; i < 500; i++) {
    bigkey k{};
    k.v[0] = i;
    k.v[24] = -i;
    ASSERT_EQ(static_cast<bigkey*>(mapaccess1(&mBig, h, &k))->v[3], i * 5);
    if (i % 2) mapdelete(&mBig, h, &k);
  }
  EXPECT_EQ(h->count, 250);
  bigkey absent{};
  absent.v[1] = 1;
  EXPECT_EQ(static_cast<bigkey*>(mapaccess1(&mBig, h, &absent))->v[3], 0);
  hiter it;
  int n = 0;
  for (mapiterinit(&mBig, h, &it); it.key != nullptr; mapiternext(&it), n++) {
    auto* k = static_cast<bigkey*>(it.key);
    EXPECT_EQ(k->v[0] % 2, 0);
    EXPECT_EQ(static_cast<bigkey*>(it.elem)->v[3], k->v[0] * 5);
  }
  EXPECT_EQ(n, 250);
}

TEST_F(Map, InterfaceKeys) {
  hmap* h = mk(&mEface);
  int64_t one = 1, two = 2;
  GoString s = gs("one");
  eface k1{&tInt64, &one}, k2{&tInt64, &two}, ks{&tString, &s}, knil{nullptr, nullptr};
  *static_cast<int64_t*>(mapassign(&mEface, h, &k1)) = 1;
  *static_cast<int64_t*>(mapassign(&mEface, h, &k2)) = 2;
  *static_cast<int64_t*>(mapassign(&mEface, h, &ks)) = 3;
  *static_cast<int64_t*>(mapassign(&mEface, h, &knil)) = 4;
  int64_t oneAgain = 1;
  eface k1b{&tInt64, &oneAgain};  // equal dynamic value elsewhere
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1(&mEface, h, &k1b)), 1);
  EXPECT_EQ(*static_cast<int64_t*>(mapaccess1(&mEface, h, &knil)), 4);
  int32_t one32 = 1;
  eface k32{&tInt32, &one32};  // same number, other type: another key
  EXPECT_EQ(mapaccess2(&mEface, h, &k32), nullptr);
  EXPECT_EQ(h->count, 4);
}

// ---- panics (death tests: the runtime prints and exits 2) ----------------------

TEST(MapDeathTest, AssignToNilMap) {
  EXPECT_EXIT(testgo::rungo([] { put(&mInt, nullptr, 1); }), ExitedWithCode(2),
              deathre("^panic: assignment to entry in nil map\n\ngoroutine 1 \\[running\\]:\n"));
  EXPECT_EXIT(testgo::rungo([] { mapassign_fast64(&mInt, nullptr, 1); }), ExitedWithCode(2),
              deathre("^panic: assignment to entry in nil map\n"));
  EXPECT_EXIT(testgo::rungo([] { mapassign_faststr(&mStr, nullptr, nullptr, 0); }), ExitedWithCode(2),
              deathre("^panic: assignment to entry in nil map\n"));
}

TEST(MapDeathTest, UnhashableKey) {
  static int64_t slice[3];
  static eface bad{&tSlice, slice};
  // Even a lookup in a nil map hashes the key, so it panics too (as in Go).
  EXPECT_EXIT(testgo::rungo([] { mapaccess1(&mEface, nullptr, &bad); }), ExitedWithCode(2),
              deathre("^panic: runtime error: hash of unhashable type \\[\\]int\n\ngoroutine 1 \\[running\\]:\n"));
  EXPECT_EXIT(testgo::rungo([] { mapassign(&mEface, mk(&mEface), &bad); }), ExitedWithCode(2),
              deathre("^panic: runtime error: hash of unhashable type \\[\\]int\n"));
}

TEST(MapDeathTest, UncomparableInterfaces) {
  static int64_t slice[3];
  static eface a{&tSlice, slice}, b{&tSlice, slice};
  EXPECT_EXIT(testgo::rungo([] { nilinterequal(&a, &b); }), ExitedWithCode(2),
              deathre("^panic: runtime error: comparing uncomparable type \\[\\]int\n"));
}

// ---- the hash ------------------------------------------------------------------

TEST_F(Map, HashSpreadsAndIsSeeded) {
  // Sequential integers: the top byte (tophash) and low bits (bucket) both
  // vary; a different seed gives a different hash.
  std::set<uint64_t> tops, lows;
  for (uint64_t i = 0; i < 4096; i++) {
    uint64_t h = memhash64(&i, 42);
    tops.insert(h >> 56);
    lows.insert(h & 1023);
  }
  EXPECT_GT(tops.size(), 250u);
  EXPECT_GT(lows.size(), 950u);
  uint64_t x = 7;
  EXPECT_NE(memhash64(&x, 1), memhash64(&x, 2));
  // memhash of every length up to 100 depends on every byte.
  uint8_t buf[100];
  for (int i = 0; i < 100; i++) buf[i] = static_cast<uint8_t>(i);
  for (uint64_t n = 1; n <= 100; n++) {
    uint64_t h0 = memhash(buf, 9, n);
    for (uint64_t j = 0; j < n; j++) {
      buf[j] ^= 1;
      ASSERT_NE(memhash(buf, 9, n), h0) << "length " << n << " byte " << j;
      buf[j] ^= 1;
    }
  }
  // strhash is memhash of the bytes; +0 and -0 hash alike.
  GoString s = gs("hello, world");
  EXPECT_EQ(strhash(&s, 3), memhash(const_cast<uint8_t*>(s.ptr), 3, 12));
  double pz = 0.0, nz = -0.0;
  EXPECT_EQ(f64hash(&pz, 5), f64hash(&nz, 5));
  float pzf = 0.0f, nzf = -0.0f;
  EXPECT_EQ(f32hash(&pzf, 5), f32hash(&nzf, 5));
}

}  // namespace
