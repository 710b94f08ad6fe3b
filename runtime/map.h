// runtime/map.h — Go's hash maps (runtime/map.go): the hmap, its buckets and
// the iterator, shared by map.cpp (generic operations), map_fast.cpp (the
// int32/int64/string key fast paths) and the unit tests.
//
// A map value is a pointer to an hmap (nil: the nil map). The table is an
// array of 2^B buckets; each bucket holds 8 entries: 8 tophash bytes (the
// hash's top byte, or a state below minTopHash), then the 8 keys, then the
// 8 elems, then a pointer to an overflow bucket (keys and elems apart, so
// map[int64]int8 needs no padding). The low B bits of the hash pick the
// bucket. Past an average of 6.5 entries per bucket the table doubles
// (or, when overflow buckets pile up after deletions, is rebuilt at the
// same size), and entries move ("evacuate") from the old array to the new
// one a bucket or two at a time, on each assignment and deletion, never
// all at once.
//
// The runtime knows a map's types only through its maptype descriptor
// (type.h): key/elem sizes, the bucket layout the compiler computed, and
// the key's hasher and equal functions, which may be Go code.
#pragma once

#include <cstdint>

#include "abi.h"
#include "runtime.h"
#include "type.h"

namespace gosub::rt {

constexpr uintptr_t bucketCntBits = 3;
constexpr uintptr_t bucketCnt = 1 << bucketCntBits;
// Average entries per bucket that trigger growth: 6.5 = 13/2.
constexpr uintptr_t loadFactorNum = 13, loadFactorDen = 2;
// Larger keys or elems are stored behind a pointer (mapIndirectKey/Elem).
constexpr uintptr_t maxKeySize = 128, maxElemSize = 128;
// Offset of the keys in a bucket: right after the tophash array.
constexpr uintptr_t dataOffset = bucketCnt;

// tophash values below minTopHash are cell states.
enum : uint8_t {
  emptyRest = 0,       // this cell and every later one (and its overflows) are empty
  emptyOne = 1,        // this cell is empty
  evacuatedX = 2,      // entry moved to the first half of the larger table
  evacuatedY = 3,      // entry moved to the second half
  evacuatedEmpty = 4,  // cell was empty when its bucket was evacuated
  minTopHash = 5,
};

// hmap.flags
enum : uint8_t {
  iterator = 1,      // an iterator may be using buckets
  oldIterator = 2,   // an iterator may be using oldbuckets
  hashWriting = 4,   // a goroutine is writing the map
  sameSizeGrow = 8,  // the current growth is to a table of the same size
};

// The zero value that mapaccess1 returns for missing keys; generated code
// uses mapaccess2 for elems larger than this.
constexpr uintptr_t maxZero = 1024;
extern const uint8_t zeroVal[maxZero];

struct bmap {
  uint8_t tophash[bucketCnt];
  // keys, elems and the overflow pointer follow (maptype's bucketsize).
};

// Owned by whoever holds hashWriting (writers); readers only look.
struct hmap {
  int64_t count;       // live entries; FIRST: len(m) loads it (codegen/map.cpp)
  uint8_t flags;
  uint8_t B;           // log2 of the number of buckets
  uint16_t noverflow;  // approximate number of overflow buckets
  uint32_t hash0;      // the map's hash seed
  bmap* buckets;       // 2^B buckets; null until the first assignment
  bmap* oldbuckets;    // half as many (or as many), non-null while growing
  uintptr_t nevacuate; // old buckets below this are evacuated
  bmap* nextOverflow;  // preallocated free overflow buckets
};

// A range loop's state, in the loop's frame (codegen allocates
// hiterSize bytes). key == null: iteration is over.
struct hiter {
  void* key;   // FIRST: codegen reads the current key pointer here
  void* elem;  // SECOND: and the elem pointer here
  maptype* t;
  hmap* h;
  bmap* buckets;  // the bucket array at mapiterinit
  bmap* bptr;     // the bucket being walked
  uintptr_t startBucket;
  uint8_t offset;  // random offset into each bucket
  bool wrapped;    // bucket index has wrapped past the end
  uint8_t B;
  uint8_t i;
  uintptr_t bucket;
  uintptr_t checkBucket;
};
constexpr uintptr_t hiterSize = 80;
static_assert(sizeof(hiter) == hiterSize, "codegen/map.cpp allocates hiterSize bytes");

// ---- helpers shared by map.cpp and map_fast.cpp ------------------------------

inline bool isEmpty(uint8_t x) { return x <= emptyOne; }
inline uintptr_t bucketShift(uint8_t b) { return uintptr_t{1} << (b & 63); }
inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }
inline uint8_t tophash(uintptr_t hash) {
  uint8_t top = static_cast<uint8_t>(hash >> 56);
  if (top < minTopHash) top += minTopHash;
  return top;
}
inline bool evacuated(const bmap* b) {
  uint8_t h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}
inline bmap* overflow(const maptype* t, bmap* b) {
  return *reinterpret_cast<bmap**>(reinterpret_cast<uint8_t*>(b) + t->bucketsize - sizeof(void*));
}
inline void setoverflow(const maptype* t, bmap* b, bmap* ovf) {
  *reinterpret_cast<bmap**>(reinterpret_cast<uint8_t*>(b) + t->bucketsize - sizeof(void*)) = ovf;
}
inline bmap* bucketAt(const maptype* t, bmap* base, uintptr_t i) {
  return reinterpret_cast<bmap*>(reinterpret_cast<uint8_t*>(base) + i * t->bucketsize);
}
inline uint8_t* keyAt(const maptype* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + i * t->keysize;
}
inline uint8_t* elemAt(const maptype* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * t->keysize + i * t->elemsize;
}
inline bool overLoadFactor(int64_t count, uint8_t B) {
  return count > static_cast<int64_t>(bucketCnt) &&
         static_cast<uintptr_t>(count) > loadFactorNum * (bucketShift(B) / loadFactorDen);
}
// Too many overflow buckets for the table's size: deletions left them
// sparse, so the next insertion rebuilds the table at the same size.
inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= static_cast<uint16_t>(uint16_t{1} << (B & 15));
}
inline bool growing(const hmap* h) { return h->oldbuckets != nullptr; }
inline uintptr_t noldbuckets(const hmap* h) {
  uint8_t oldB = h->B;
  if ((h->flags & sameSizeGrow) == 0) oldB--;
  return bucketShift(oldB);
}
inline uintptr_t oldbucketmask(const hmap* h) { return noldbuckets(h) - 1; }
inline bool indirectKey(const maptype* t) { return (t->flags & mapIndirectKey) != 0; }
inline bool indirectElem(const maptype* t) { return (t->flags & mapIndirectElem) != 0; }
inline bool reflexiveKey(const maptype* t) { return (t->flags & mapReflexiveKey) != 0; }
inline bool needKeyUpdate(const maptype* t) { return (t->flags & mapNeedKeyUpdate) != 0; }

// The bucket holding hash's entries right now: in the old array while that
// bucket has not been evacuated yet.
inline bmap* lookupBucket(const maptype* t, const hmap* h, uintptr_t hash) {
  uintptr_t m = bucketMask(h->B);
  bmap* b = bucketAt(t, h->buckets, hash & m);
  if (bmap* c = h->oldbuckets; c != nullptr) {
    if ((h->flags & sameSizeGrow) == 0) m >>= 1;
    bmap* oldb = bucketAt(t, c, hash & m);
    if (!evacuated(oldb)) b = oldb;
  }
  return b;
}

// map.cpp's internals that map_fast.cpp shares.
bmap* newoverflow(const maptype* t, hmap* h, bmap* b);
void hashGrow(const maptype* t, hmap* h);
void growWork(const maptype* t, hmap* h, uintptr_t bucket);
[[noreturn]] void panicNilMapAssign();
// Deletion's bookkeeping once cell i of b (in the chain starting at bOrig)
// became emptyOne: trailing emptyOnes become emptyRest; count drops.
void deleteTail(const maptype* t, hmap* h, bmap* bOrig, bmap* b, uintptr_t i);

// ---- alg.cpp -----------------------------------------------------------------
extern uint64_t hashkey[4];
bool efaceeq(const _type* t, void* x, void* y);

}  // namespace gosub::rt
