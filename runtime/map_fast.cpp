// runtime/map_fast.cpp — the fast paths of Go's map_fast32.go, map_fast64.go
// and map_faststr.go: maps whose keys are 4 or 8 bytes of plain memory
// (integers, pointers, channels) or strings, and whose elems are stored in
// the bucket (at most maxElemSize bytes). Generated code calls them instead
// of the generic mapaccess1/… for such maps, passing the key by value.
//
// They compare keys directly instead of calling the key's equal function,
// and for a one-bucket map do not hash at all; growth, evacuation and
// iteration are the generic ones of map.cpp (the hash is still the key
// type's hasher, so both agree on where an entry lives).
//
// Stack: -fsplit-stack like map.cpp (they call the key's hasher through the
// descriptor and share map.cpp's growth code).
#include <cstring>

#include "map.h"

namespace gosub::rt {

namespace {

// K is the key's representation: uint32_t or uint64_t.
template <typename K>
inline uint8_t* elemFast(const maptype* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * sizeof(K) + i * t->elemsize;
}
template <typename K>
inline K* keyFast(bmap* b, uintptr_t i) {
  return reinterpret_cast<K*>(reinterpret_cast<uint8_t*>(b) + dataOffset) + i;
}

template <typename K>
[[gnu::always_inline]] inline void* accessFast(const maptype* t, hmap* h, K key) {
  if (h == nullptr || h->count == 0) return nullptr;
  if (h->flags & hashWriting) throw_("concurrent map read and map write");
  bmap* b;
  if (h->B == 0) {
    // One bucket: no need to hash.
    b = h->buckets;
  } else {
    b = lookupBucket(t, h, t->key->hasher(&key, h->hash0));
  }
  for (; b != nullptr; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (*keyFast<K>(b, i) == key && !isEmpty(b->tophash[i])) return elemFast<K>(t, b, i);
    }
  }
  return nullptr;
}

template <typename K>
[[gnu::always_inline]] inline void* assignFast(const maptype* t, hmap* h, K key) {
  if (h == nullptr) panicNilMapAssign();
  if (h->flags & hashWriting) throw_("concurrent map writes");
  uintptr_t hash = t->key->hasher(&key, h->hash0);
  h->flags ^= hashWriting;
  if (h->buckets == nullptr) h->buckets = static_cast<bmap*>(mallocgc(t->bucketsize));

again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* b = bucketAt(t, h->buckets, bucket);
  bmap* insertb = nullptr;
  uintptr_t inserti = 0;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (isEmpty(b->tophash[i])) {
        if (insertb == nullptr) {
          insertb = b;
          inserti = i;
        }
        if (b->tophash[i] == emptyRest) goto notfound;
        continue;
      }
      if (*keyFast<K>(b, i) != key) continue;
      insertb = b;
      inserti = i;
      goto done;
    }
    bmap* ovf = overflow(t, b);
    if (ovf == nullptr) break;
    b = ovf;
  }
notfound:
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;
  }
  if (insertb == nullptr) {
    insertb = newoverflow(t, h, b);
    inserti = 0;
  }
  insertb->tophash[inserti] = tophash(hash);
  *keyFast<K>(insertb, inserti) = key;
  h->count++;

done:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
  return elemFast<K>(t, insertb, inserti);
}

template <typename K>
[[gnu::always_inline]] inline void deleteFast(const maptype* t, hmap* h, K key) {
  if (h == nullptr || h->count == 0) return;
  if (h->flags & hashWriting) throw_("concurrent map writes");
  uintptr_t hash = t->key->hasher(&key, h->hash0);
  h->flags ^= hashWriting;
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* bOrig = bucketAt(t, h->buckets, bucket);
  for (bmap* b = bOrig; b != nullptr; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (*keyFast<K>(b, i) != key || isEmpty(b->tophash[i])) continue;
      *keyFast<K>(b, i) = 0;
      memset(elemFast<K>(t, b, i), 0, t->elem->size);
      b->tophash[i] = emptyOne;
      deleteTail(t, h, bOrig, b, i);
      goto out;
    }
  }
out:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
}

// ---- string keys ----------------------------------------------------------------

inline GoString* keyStr(bmap* b, uintptr_t i) {
  return reinterpret_cast<GoString*>(reinterpret_cast<uint8_t*>(b) + dataOffset) + i;
}
inline uint8_t* elemStr(const maptype* t, bmap* b, uintptr_t i) {
  return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * sizeof(GoString) + i * t->elemsize;
}
inline bool streq(const GoString* k, const uint8_t* p, int64_t n) {
  return k->len == n && (k->ptr == p || memcmp(k->ptr, p, static_cast<size_t>(n)) == 0);
}

[[gnu::always_inline]] inline void* accessStr(const maptype* t, hmap* h, const uint8_t* p, int64_t n) {
  if (h == nullptr || h->count == 0) return nullptr;
  if (h->flags & hashWriting) throw_("concurrent map read and map write");
  GoString key{p, n};
  if (h->B == 0) {
    // One bucket: compare lengths first, bytes only on a length match.
    bmap* b = h->buckets;
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (isEmpty(b->tophash[i])) {
        if (b->tophash[i] == emptyRest) break;
        continue;
      }
      if (streq(keyStr(b, i), p, n)) return elemStr(t, b, i);
    }
    return nullptr;
  }
  uintptr_t hash = t->key->hasher(&key, h->hash0);
  uint8_t top = tophash(hash);
  for (bmap* b = lookupBucket(t, h, hash); b != nullptr; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest) return nullptr;
        continue;
      }
      if (streq(keyStr(b, i), p, n)) return elemStr(t, b, i);
    }
  }
  return nullptr;
}

}  // namespace

void* mapaccess1_fast32(void* t, void* h, int32_t key) {
  void* e = accessFast<uint32_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
  return e != nullptr ? e : const_cast<uint8_t*>(zeroVal);
}
void* mapaccess2_fast32(void* t, void* h, int32_t key) {
  return accessFast<uint32_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
}
void* mapassign_fast32(void* t, void* h, int32_t key) {
  return assignFast<uint32_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
}
void mapdelete_fast32(void* t, void* h, int32_t key) {
  deleteFast<uint32_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
}

void* mapaccess1_fast64(void* t, void* h, uint64_t key) {
  void* e = accessFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
  return e != nullptr ? e : const_cast<uint8_t*>(zeroVal);
}
void* mapaccess2_fast64(void* t, void* h, uint64_t key) {
  return accessFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}
void* mapassign_fast64(void* t, void* h, uint64_t key) {
  return assignFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}
void mapdelete_fast64(void* t, void* h, uint64_t key) {
  deleteFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}

void* mapaccess1_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  void* e = accessStr(static_cast<maptype*>(t), static_cast<hmap*>(h), p, n);
  return e != nullptr ? e : const_cast<uint8_t*>(zeroVal);
}
void* mapaccess2_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  return accessStr(static_cast<maptype*>(t), static_cast<hmap*>(h), p, n);
}

void* mapassign_faststr(void* tp, void* hp, const uint8_t* p, int64_t n) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr) panicNilMapAssign();
  if (h->flags & hashWriting) throw_("concurrent map writes");
  GoString key{p, n};
  uintptr_t hash = t->key->hasher(&key, h->hash0);
  h->flags ^= hashWriting;
  if (h->buckets == nullptr) h->buckets = static_cast<bmap*>(mallocgc(t->bucketsize));
  uint8_t top = tophash(hash);

again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  bmap* b = bucketAt(t, h->buckets, bucket);
  bmap* insertb = nullptr;
  uintptr_t inserti = 0;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && insertb == nullptr) {
          insertb = b;
          inserti = i;
        }
        if (b->tophash[i] == emptyRest) goto notfound;
        continue;
      }
      GoString* k = keyStr(b, i);
      if (!streq(k, p, n)) continue;
      // Same key: keep the new string's bytes (Go does the same, so the
      // old backing array can be collected).
      k->ptr = p;
      insertb = b;
      inserti = i;
      goto done;
    }
    bmap* ovf = overflow(t, b);
    if (ovf == nullptr) break;
    b = ovf;
  }
notfound:
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;
  }
  if (insertb == nullptr) {
    insertb = newoverflow(t, h, b);
    inserti = 0;
  }
  insertb->tophash[inserti] = top;
  *keyStr(insertb, inserti) = key;
  h->count++;

done:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
  return elemStr(t, insertb, inserti);
}

void mapdelete_faststr(void* tp, void* hp, const uint8_t* p, int64_t n) {
  const maptype* t = static_cast<const maptype*>(tp);
  hmap* h = static_cast<hmap*>(hp);
  if (h == nullptr || h->count == 0) return;
  if (h->flags & hashWriting) throw_("concurrent map writes");
  GoString key{p, n};
  uintptr_t hash = t->key->hasher(&key, h->hash0);
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
      GoString* k = keyStr(b, i);
      if (!streq(k, p, n)) continue;
      *k = GoString{nullptr, 0};
      memset(elemStr(t, b, i), 0, t->elem->size);
      b->tophash[i] = emptyOne;
      deleteTail(t, h, bOrig, b, i);
      goto out;
    }
  }
out:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
}

}  // namespace gosub::rt
