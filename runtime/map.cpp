// runtime/map.cpp — Go's hash maps (runtime/map.go): make, lookup, assign,
// delete, clear, growth and iteration, for keys of any comparable type.
// The layout and its invariants are in map.h; docs/runtime.md ("Maps")
// gives the overview.
//
// Stack: compiled with -fsplit-stack (runtime/CMakeLists.txt). Every
// operation calls the key type's hasher and equal functions through the
// descriptor, and those may be compiler-generated Go code (struct and array
// keys) or call it (interface keys): code that calls Go code cannot run in
// the unchecked reserve below the guard. With split-stack prologues the map
// functions grow the goroutine's stack like Go code does, at the cost of one
// compare and branch per call; switching to the system stack instead would
// cost two stack switches per lookup and would run the Go hashers on g0.
#include <cstring>

#include "chan.h"  // panicPlainError
#include "map.h"

namespace gosub::rt {

alignas(16) const uint8_t zeroVal[maxZero] = {};

namespace {

inline uintptr_t hashKey(const maptype* t, const hmap* h, const void* key) {
  return t->key->hasher(key, h->hash0);
}

// Whether hashing a key can panic (interface keys holding unhashable
// values): then even a lookup in an empty or nil map hashes the key, so
// that the panic does not depend on the map's contents (Go's
// hashMightPanic). Only keys that are not plain memory, strings or floats
// can: interfaces and structs or arrays that contain them.
inline bool hashMightPanic(const maptype* t) {
  if (t->key->tflag & tflagRegularMemory) return false;
  switch (t->key->kindOf()) {
    case kindString:
    case kindFloat32:
    case kindFloat64:
    case kindComplex64:
    case kindComplex128:
      return false;
    default:
      return true;
  }
}

inline void* keyOf(const maptype* t, uint8_t* k) { return indirectKey(t) ? *reinterpret_cast<void**>(k) : k; }
inline void* elemOf(const maptype* t, uint8_t* e) { return indirectElem(t) ? *reinterpret_cast<void**>(e) : e; }

void incrnoverflow(hmap* h) {
  // Counts exactly up to 2^15; beyond, approximately (1 in 2^(B-15)), so
  // that the uint16 reaches tooManyOverflowBuckets' threshold at about the
  // same time as an exact count would.
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t{1} << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0) h->noverflow++;
}

// makeBucketArray allocates 2^b buckets plus, from b >= 4, 2^(b-4)
// overflow buckets handed out by newoverflow before it allocates. The last
// preallocated one points back at the array, marking the end of the free
// run (a free overflow bucket otherwise has a null overflow pointer).
// dirty: an array of the same size to clear and reuse (mapclear).
bmap* makeBucketArray(const maptype* t, uint8_t b, bmap* dirty, bmap** nextOverflow) {
  uintptr_t base = bucketShift(b), nbuckets = base;
  if (b >= 4) nbuckets += bucketShift(b - 4);
  bmap* buckets;
  if (dirty == nullptr) {
    buckets = static_cast<bmap*>(mallocgc(static_cast<int64_t>(nbuckets * t->bucketsize)));
  } else {
    buckets = dirty;
    memset(buckets, 0, nbuckets * t->bucketsize);
  }
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    *nextOverflow = bucketAt(t, buckets, base);
    setoverflow(t, bucketAt(t, buckets, nbuckets - 1), buckets);
  }
  return buckets;
}

}  // namespace

void panicNilMapAssign() { panicPlainError("assignment to entry in nil map"); }

bmap* newoverflow(const maptype* t, hmap* h, bmap* b) {
  bmap* ovf = h->nextOverflow;
  if (ovf != nullptr) {
    if (overflow(t, ovf) == nullptr) {
      h->nextOverflow = bucketAt(t, ovf, 1);
    } else {
      // The last preallocated bucket: clear the end marker.
      setoverflow(t, ovf, nullptr);
      h->nextOverflow = nullptr;
    }
  } else {
    ovf = static_cast<bmap*>(mallocgc(t->bucketsize));
  }
  incrnoverflow(h);
  setoverflow(t, b, ovf);
  return ovf;
}

void* makemap(void* tp, int64_t hint) {
  const maptype* t = static_cast<const maptype*>(tp);
  // A hint that cannot be satisfied is only a hint.
  if (hint < 0 || static_cast<uint64_t>(hint) > (uint64_t{1} << 40) / t->bucketsize) hint = 0;
  hmap* h = static_cast<hmap*>(mallocgc(sizeof(hmap)));
  h->hash0 = fastrand();
  uint8_t B = 0;
  while (overLoadFactor(hint, B)) B++;
  h->B = B;
  // B == 0: the bucket is allocated by the first assignment.
  if (B != 0) h->buckets = makeBucketArray(t, B, nullptr, &h->nextOverflow);
  return h;
}

// ---- lookup --------------------------------------------------------------------

namespace {

// The key slot and elem of key, or null.
uint8_t* lookup(const maptype* t, hmap* h, const void* key, uint8_t** elem) {
  if (h->flags & hashWriting) throw_("concurrent map read and map write");
  uintptr_t hash = hashKey(t, h, key);
  uint8_t top = tophash(hash);
  for (bmap* b = lookupBucket(t, h, hash); b != nullptr; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest) return nullptr;
        continue;
      }
      uint8_t* k = keyAt(t, b, i);
      if (t->key->equal(key, keyOf(t, k))) {
        *elem = static_cast<uint8_t*>(elemOf(t, elemAt(t, b, i)));
        return k;
      }
    }
  }
  return nullptr;
}

}  // namespace

void* mapaccess1(void* tp, void* hp, void* key) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr || h->count == 0) {
    if (hashMightPanic(t)) t->key->hasher(key, 0);
    return const_cast<uint8_t*>(zeroVal);
  }
  uint8_t* e;
  if (lookup(t, h, key, &e) == nullptr) return const_cast<uint8_t*>(zeroVal);
  return e;
}

void* mapaccess2(void* tp, void* hp, void* key) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr || h->count == 0) {
    if (hashMightPanic(t)) t->key->hasher(key, 0);
    return nullptr;
  }
  uint8_t* e;
  if (lookup(t, h, key, &e) == nullptr) return nullptr;
  return e;
}

namespace {

// mapaccessK: the key and elem of key as they are now, for an iterator
// whose bucket has moved.
void* mapaccessK(const maptype* t, hmap* h, const void* key, void** elem) {
  if (h == nullptr || h->count == 0) return nullptr;
  uint8_t* e;
  uint8_t* k = lookup(t, h, key, &e);
  if (k == nullptr) return nullptr;
  *elem = e;
  return keyOf(t, k);
}

}  // namespace

// ---- assignment ----------------------------------------------------------------

void* mapassign(void* tp, void* hp, void* key) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr) panicNilMapAssign();
  if (h->flags & hashWriting) throw_("concurrent map writes");
  uintptr_t hash = hashKey(t, h, key);
  // Set after the hasher, which may panic: the map is then still unwritten.
  h->flags ^= hashWriting;
  if (h->buckets == nullptr) h->buckets = static_cast<bmap*>(mallocgc(t->bucketsize));

again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* b = bucketAt(t, h->buckets, bucket);
  uint8_t top = tophash(hash);
  uint8_t* inserti = nullptr;
  uint8_t* insertk = nullptr;
  uint8_t* elem = nullptr;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && inserti == nullptr) {
          inserti = &b->tophash[i];
          insertk = keyAt(t, b, i);
          elem = elemAt(t, b, i);
        }
        if (b->tophash[i] == emptyRest) goto notfound;
        continue;
      }
      uint8_t* k = keyAt(t, b, i);
      void* kv = keyOf(t, k);
      if (!t->key->equal(key, kv)) continue;
      // The key is there: update it if equal keys can differ (+0/-0, the
      // bytes behind two equal strings), then hand out its elem.
      if (needKeyUpdate(t)) memmove(kv, key, t->key->size);
      elem = elemAt(t, b, i);
      goto done;
    }
    bmap* ovf = overflow(t, b);
    if (ovf == nullptr) break;
    b = ovf;
  }
notfound:
  // A new entry. Grow first if the table is too full (or too sparse with
  // overflow buckets), unless a growth is under way already.
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;  // growing invalidates everything found above
  }
  if (inserti == nullptr) {
    // Every cell is full: chain an overflow bucket.
    bmap* nb = newoverflow(t, h, b);
    inserti = &nb->tophash[0];
    insertk = keyAt(t, nb, 0);
    elem = elemAt(t, nb, 0);
  }
  if (indirectKey(t)) {
    void* kmem = mallocgc(static_cast<int64_t>(t->key->size));
    *reinterpret_cast<void**>(insertk) = kmem;
    insertk = static_cast<uint8_t*>(kmem);
  }
  if (indirectElem(t)) *reinterpret_cast<void**>(elem) = mallocgc(static_cast<int64_t>(t->elem->size));
  memmove(insertk, key, t->key->size);
  *inserti = top;
  h->count++;

done:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
  return elemOf(t, elem);
}

// ---- deletion --------------------------------------------------------------------

void deleteTail(const maptype* t, hmap* h, bmap* bOrig, bmap* b, uintptr_t i) {
  // If the cells after i are all empty (emptyRest, to the end of the chain),
  // cell i and the emptyOnes before it become emptyRest too, so that
  // lookups stop early.
  bool last = false;
  if (i == bucketCnt - 1) {
    bmap* ovf = overflow(t, b);
    last = ovf == nullptr || ovf->tophash[0] == emptyRest;
  } else {
    last = b->tophash[i + 1] == emptyRest;
  }
  if (last) {
    for (;;) {
      b->tophash[i] = emptyRest;
      if (i == 0) {
        if (b == bOrig) break;
        // Continue at the last cell of the previous bucket of the chain.
        bmap* c = b;
        for (b = bOrig; overflow(t, b) != c; b = overflow(t, b)) {
        }
        i = bucketCnt - 1;
      } else {
        i--;
      }
      if (b->tophash[i] != emptyOne) break;
    }
  }
  h->count--;
  // A new seed once the map is empty: a sequence of colliding keys that an
  // attacker found cannot be replayed against it.
  if (h->count == 0) h->hash0 = fastrand();
}

void mapdelete(void* tp, void* hp, void* key) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr || h->count == 0) {
    if (hashMightPanic(t)) t->key->hasher(key, 0);
    return;
  }
  if (h->flags & hashWriting) throw_("concurrent map writes");
  uintptr_t hash = hashKey(t, h, key);
  h->flags ^= hashWriting;
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* bOrig = bucketAt(t, h->buckets, bucket);
  uint8_t top = tophash(hash);
  for (bmap* b = bOrig; b != nullptr; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest) goto out;
        continue;
      }
      uint8_t* k = keyAt(t, b, i);
      if (!t->key->equal(key, keyOf(t, k))) continue;
      // Clear the cell: a later insertion into it starts from a zero elem
      // (m[k] op= v reads it), and the collector will not see stale pointers.
      if (indirectKey(t)) *reinterpret_cast<void**>(k) = nullptr;
      else memset(k, 0, t->key->size);
      uint8_t* e = elemAt(t, b, i);
      if (indirectElem(t)) *reinterpret_cast<void**>(e) = nullptr;
      else memset(e, 0, t->elem->size);
      b->tophash[i] = emptyOne;
      deleteTail(t, h, bOrig, b, i);
      goto out;
    }
  }
out:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
}

// clear(m), Go 1.21: every bucket of both arrays is marked emptyRest first,
// so that an iterator in progress finds nothing more (it may hold either
// array), then the current array is zeroed and reused.
void mapclear(void* tp, void* hp) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr || h->count == 0) return;
  if (h->flags & hashWriting) throw_("concurrent map writes");
  h->flags ^= hashWriting;
  auto markEmpty = [t](bmap* array, uintptr_t n) {
    for (uintptr_t i = 0; i < n; i++)
      for (bmap* b = bucketAt(t, array, i); b != nullptr; b = overflow(t, b)) memset(b->tophash, emptyRest, bucketCnt);
  };
  markEmpty(h->buckets, bucketShift(h->B));
  if (h->oldbuckets != nullptr) markEmpty(h->oldbuckets, noldbuckets(h));
  h->flags &= ~sameSizeGrow;
  h->oldbuckets = nullptr;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  h->buckets = makeBucketArray(t, h->B, h->buckets, &h->nextOverflow);
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
}

// ---- growth ----------------------------------------------------------------------

void hashGrow(const maptype* t, hmap* h) {
  // Twice the buckets if the load factor was reached; otherwise there are
  // too many overflow buckets: the same number, repacked.
  uint8_t bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  bmap* old = h->buckets;
  bmap* nextOverflow;
  bmap* nb = makeBucketArray(t, static_cast<uint8_t>(h->B + bigger), nullptr, &nextOverflow);
  uint8_t flags = h->flags & ~(iterator | oldIterator);
  // Iterators over the current array now iterate over the old one.
  if (h->flags & iterator) flags |= oldIterator;
  h->B += bigger;
  h->flags = flags;
  h->oldbuckets = old;
  h->buckets = nb;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->nextOverflow = nextOverflow;
  // The entries move in growWork, called by mapassign and mapdelete.
}

namespace {

// Where evacuated entries of one old bucket go: X is the bucket of the same
// index in the new array, Y (doubling only) the one at index + newbit.
struct evacDst {
  bmap* b;
  uintptr_t i;
};

bool bucketEvacuated(const maptype* t, hmap* h, uintptr_t bucket) {
  return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

void advanceEvacuationMark(const maptype* t, hmap* h, uintptr_t newbit) {
  h->nevacuate++;
  // Look a bounded distance ahead for buckets evacuated out of order, so
  // that the mark keeps up without an unbounded scan per call.
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
  if (h->nevacuate == newbit) {
    // Growth done: the old array is no longer needed.
    h->oldbuckets = nullptr;
    h->flags &= ~sameSizeGrow;
  }
}

void evacuate(const maptype* t, hmap* h, uintptr_t oldbucket) {
  bmap* b = bucketAt(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    evacDst xy[2] = {{bucketAt(t, h->buckets, oldbucket), 0}, {nullptr, 0}};
    bool same = (h->flags & sameSizeGrow) != 0;
    if (!same) xy[1].b = bucketAt(t, h->buckets, oldbucket + newbit);
    for (; b != nullptr; b = overflow(t, b)) {
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        uint8_t top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash) throw_("bad map state");
        uint8_t* k = keyAt(t, b, i);
        void* k2 = keyOf(t, k);
        uint8_t useY = 0;
        if (!same) {
          uintptr_t hash = hashKey(t, h, k2);
          if ((h->flags & iterator) && !reflexiveKey(t) && !t->key->equal(k2, k2)) {
            // A NaN-like key: its hash is random on every call, so the hash
            // cannot decide X or Y in a way an iterator could repeat. The
            // low bit of the old tophash decides instead (mapiternext knows),
            // and a fresh tophash spreads such keys over both halves.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        b->tophash[i] = static_cast<uint8_t>(evacuatedX + useY);
        evacDst* dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
        }
        dst->b->tophash[dst->i] = top;
        uint8_t* dk = keyAt(t, dst->b, dst->i);
        if (indirectKey(t)) *reinterpret_cast<void**>(dk) = k2;
        else memmove(dk, k, t->key->size);
        uint8_t* e = elemAt(t, b, i);
        uint8_t* de = elemAt(t, dst->b, dst->i);
        if (indirectElem(t)) *reinterpret_cast<void**>(de) = *reinterpret_cast<void**>(e);
        else memmove(de, e, t->elem->size);
        dst->i++;
      }
    }
    // Go also clears the old bucket's keys and elems here for the
    // collector's sake when no iterator uses the old array; without a
    // collector that is wasted work (the memory is not freed either).
  }
  if (oldbucket == h->nevacuate) advanceEvacuationMark(t, h, newbit);
}

}  // namespace

void growWork(const maptype* t, hmap* h, uintptr_t bucket) {
  // The old bucket the caller is about to use, then one more in order, so
  // that growth finishes before the table needs to grow again.
  evacuate(t, h, bucket & oldbucketmask(h));
  if (growing(h)) evacuate(t, h, h->nevacuate);
}

// ---- iteration ---------------------------------------------------------------------

namespace {
constexpr uintptr_t noCheck = uintptr_t{1} << 63;
}

void mapiterinit(void* tp, void* hp, void* itp) {
  maptype* t = static_cast<maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  hiter* it = static_cast<hiter*>(itp);
  memset(it, 0, sizeof *it);
  it->t = t;
  if (h == nullptr || h->count == 0) return;
  it->h = h;
  // The array and size as of now: a growth during the loop does not change
  // which buckets this iterator walks (it then looks entries up in h).
  it->B = h->B;
  it->buckets = h->buckets;
  // A random bucket and a random offset within every bucket: programs must
  // not depend on iteration order (Go randomises it the same way).
  uintptr_t r = fastrand();
  if (h->B > 31 - bucketCntBits) r += static_cast<uintptr_t>(fastrand()) << 31;
  it->startBucket = r & bucketMask(h->B);
  it->offset = static_cast<uint8_t>((r >> h->B) & (bucketCnt - 1));
  it->bucket = it->startBucket;
  // Tell growth that an iterator may use the (soon old) buckets.
  if ((h->flags & (iterator | oldIterator)) != (iterator | oldIterator))
    __atomic_fetch_or(&h->flags, iterator | oldIterator, __ATOMIC_RELAXED);
  mapiternext(it);
}

void mapiternext(void* itp) {
  hiter* it = static_cast<hiter*>(itp);
  hmap* h = it->h;
  if (h->flags & hashWriting) throw_("concurrent map iteration and map write");
  const maptype* t = it->t;
  uintptr_t bucket = it->bucket;
  bmap* b = it->bptr;
  uintptr_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;

  for (;;) {
    if (b == nullptr) {
      if (bucket == it->startBucket && it->wrapped) {
        it->key = nullptr;
        it->elem = nullptr;
        return;
      }
      if (growing(h) && it->B == h->B) {
        // Started during a growth that is still going on: walk the old
        // bucket if it has not moved yet, but only the entries that will
        // land in the new bucket this iterator is at.
        bmap* oldb = bucketAt(t, h->oldbuckets, bucket & oldbucketmask(h));
        if (!evacuated(oldb)) {
          b = oldb;
          checkBucket = bucket;
        } else {
          b = bucketAt(t, it->buckets, bucket);
          checkBucket = noCheck;
        }
      } else {
        b = bucketAt(t, it->buckets, bucket);
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
      uint8_t th = b->tophash[offi];
      if (isEmpty(th) || th == evacuatedEmpty) continue;
      void* k = keyOf(t, keyAt(t, b, offi));
      uint8_t* e = elemAt(t, b, offi);
      bool selfEqual = reflexiveKey(t) || t->key->equal(k, k);
      if (checkBucket != noCheck && (h->flags & sameSizeGrow) == 0) {
        // The old bucket holds entries for two new buckets; skip those
        // that belong to the other one (evacuate's X/Y decision, including
        // its tophash-bit rule for NaN keys).
        if (selfEqual) {
          if ((hashKey(t, h, k) & bucketMask(it->B)) != checkBucket) continue;
        } else if ((checkBucket >> (it->B - 1)) != static_cast<uintptr_t>(th & 1)) {
          continue;
        }
      }
      if ((th != evacuatedX && th != evacuatedY) || !selfEqual) {
        // The entry is where the iterator left it: return it. (A NaN key
        // cannot be looked up, but neither can it be updated or deleted,
        // so the copy here is current.)
        it->key = k;
        it->elem = elemOf(t, e);
      } else {
        // The table grew since the iterator started and this entry moved:
        // return its current elem, or skip it if it was deleted.
        void* re;
        void* rk = mapaccessK(t, h, k, &re);
        if (rk == nullptr) continue;
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = static_cast<uint8_t>(i + 1);
      it->checkBucket = checkBucket;
      return;
    }
    b = overflow(t, b);
    i = 0;
  }
}

}  // namespace gosub::rt
