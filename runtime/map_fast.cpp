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

// How a fast path's keys sit in a bucket: all keys first, then all elems.
// IntKeys<K> holds 4- or 8-byte keys (K is uint32_t or uint64_t), StrKeys
// strings. The generic assign and delete below take one of them.
template <typename K>
struct IntKeys {
  using Key = K;
  static K* slot(bmap* b, uintptr_t i) { return reinterpret_cast<K*>(reinterpret_cast<uint8_t*>(b) + dataOffset) + i; }
  static uint8_t* elem(const maptype* t, bmap* b, uintptr_t i) {
    return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * sizeof(K) + i * t->elemsize;
  }
  static bool equal(const K* k, K key) { return *k == key; }
  // An assignment to an existing key leaves the stored key as it is.
  static void reassign(K*, K) {}
};

struct StrKeys {
  using Key = GoString;
  static GoString* slot(bmap* b, uintptr_t i) {
    return reinterpret_cast<GoString*>(reinterpret_cast<uint8_t*>(b) + dataOffset) + i;
  }
  static uint8_t* elem(const maptype* t, bmap* b, uintptr_t i) {
    return reinterpret_cast<uint8_t*>(b) + dataOffset + bucketCnt * sizeof(GoString) + i * t->elemsize;
  }
  static bool equal(const GoString* k, const GoString& key) {
    return k->len == key.len && (k->ptr == key.ptr || memcmp(k->ptr, key.ptr, static_cast<size_t>(key.len)) == 0);
  }
  // Same key: keep the new string's bytes (Go does the same, so the old
  // backing array can be collected).
  static void reassign(GoString* k, const GoString& key) { k->ptr = key.ptr; }
};

template <typename K>
[[gnu::always_inline]] inline void* accessFast(const maptype* t, hmap* h, K key) {
  using Keys = IntKeys<K>;
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
      if (*Keys::slot(b, i) == key && !isEmpty(b->tophash[i])) return Keys::elem(t, b, i);
    }
  }
  return nullptr;
}

[[gnu::always_inline]] inline void* accessStr(const maptype* t, hmap* h, const GoString& key) {
  if (h == nullptr || h->count == 0) return nullptr;
  if (h->flags & hashWriting) throw_("concurrent map read and map write");
  if (h->B == 0) {
    // One bucket: compare lengths first, bytes only on a length match.
    bmap* b = h->buckets;
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (isEmpty(b->tophash[i])) {
        if (b->tophash[i] == emptyRest) break;
        continue;
      }
      if (StrKeys::equal(StrKeys::slot(b, i), key)) return StrKeys::elem(t, b, i);
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
      if (StrKeys::equal(StrKeys::slot(b, i), key)) return StrKeys::elem(t, b, i);
    }
  }
  return nullptr;
}

// mapassign for a fast key kind: the slot for key, inserted if absent.
// A full slot whose tophash differs cannot hold the key, so keys are
// compared only on a tophash match.
template <typename Keys>
[[gnu::always_inline]] inline void* assignFast(const maptype* t, hmap* h, typename Keys::Key key) {
  if (h == nullptr) panicNilMapAssign();
  if (h->flags & hashWriting) throw_("concurrent map writes");
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
      auto* k = Keys::slot(b, i);
      if (!Keys::equal(k, key)) continue;
      Keys::reassign(k, key);
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
  *Keys::slot(insertb, inserti) = key;
  h->count++;

done:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
  return Keys::elem(t, insertb, inserti);
}

template <typename Keys>
[[gnu::always_inline]] inline void deleteFast(const maptype* t, hmap* h, typename Keys::Key key) {
  if (h == nullptr || h->count == 0) return;
  if (h->flags & hashWriting) throw_("concurrent map writes");
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
      auto* k = Keys::slot(b, i);
      if (!Keys::equal(k, key)) continue;
      *k = typename Keys::Key{};
      memset(Keys::elem(t, b, i), 0, t->elem->size);
      b->tophash[i] = emptyOne;
      deleteTail(t, h, bOrig, b, i);
      goto out;
    }
  }
out:
  if ((h->flags & hashWriting) == 0) throw_("concurrent map writes");
  h->flags &= ~hashWriting;
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
  return assignFast<IntKeys<uint32_t>>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
}
void mapdelete_fast32(void* t, void* h, int32_t key) {
  deleteFast<IntKeys<uint32_t>>(static_cast<maptype*>(t), static_cast<hmap*>(h), static_cast<uint32_t>(key));
}

void* mapaccess1_fast64(void* t, void* h, uint64_t key) {
  void* e = accessFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
  return e != nullptr ? e : const_cast<uint8_t*>(zeroVal);
}
void* mapaccess2_fast64(void* t, void* h, uint64_t key) {
  return accessFast<uint64_t>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}
void* mapassign_fast64(void* t, void* h, uint64_t key) {
  return assignFast<IntKeys<uint64_t>>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}
void mapdelete_fast64(void* t, void* h, uint64_t key) {
  deleteFast<IntKeys<uint64_t>>(static_cast<maptype*>(t), static_cast<hmap*>(h), key);
}

void* mapaccess1_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  void* e = accessStr(static_cast<maptype*>(t), static_cast<hmap*>(h), GoString{p, n});
  return e != nullptr ? e : const_cast<uint8_t*>(zeroVal);
}
void* mapaccess2_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  return accessStr(static_cast<maptype*>(t), static_cast<hmap*>(h), GoString{p, n});
}
void* mapassign_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  return assignFast<StrKeys>(static_cast<maptype*>(t), static_cast<hmap*>(h), GoString{p, n});
}
void mapdelete_faststr(void* t, void* h, const uint8_t* p, int64_t n) {
  deleteFast<StrKeys>(static_cast<maptype*>(t), static_cast<hmap*>(h), GoString{p, n});
}

}  // namespace gosub::rt
