// runtime/reflect.cpp — the runtime's side of internal/reflectlite, the
// standard library's reflection over type descriptors (fmt, errors): Go's
// reflect_* entry points of the runtime, under reflectlite's own symbols.
//
// Compiled -fsplit-stack, like the maps it iterates: mapentries walks a map
// with an iterator in its frame and calls the map code, which may call Go
// hash functions.
#include <cstring>

#include "map.h"
#include "runtime.h"
#include "type.h"

namespace gosub::rt {

void* reflectlite_unsafe_New(void* t) { return mallocgc(static_cast<int64_t>(static_cast<_type*>(t)->size)); }

void reflectlite_typedmemmove(void* t, void* dst, void* src) {
  size_t n = static_cast<_type*>(t)->size;
  if (n != 0 && dst != src) memmove(dst, src, n);
}

int64_t reflectlite_maplen(void* h) { return h == nullptr ? 0 : static_cast<hmap*>(h)->count; }

// mapentries copies the map's keys and elements, in iteration order, into
// keys and elems (each room for maplen(h) values of the key/elem type).
void reflectlite_mapentries(void* t, void* h, void* keys, void* elems) {
  if (h == nullptr) return;
  auto* mt = static_cast<maptype*>(t);
  size_t ks = mt->key->size, es = mt->elem->size;
  hiter it;
  mapiterinit(mt, h, &it);
  for (size_t i = 0; it.key != nullptr; i++) {
    memmove(static_cast<uint8_t*>(keys) + i * ks, it.key, ks);
    memmove(static_cast<uint8_t*>(elems) + i * es, it.elem, es);
    mapiternext(&it);
  }
}

int64_t reflectlite_chanlen(void* c) { return chanlen(c); }

int64_t reflectlite_chancap(void* c) { return chancap(c); }

void* reflectlite_getitab(void* inter, void* typ) { return getitab(inter, typ, false); }

}  // namespace gosub::rt
