// runtime/iface.cpp — itabs found or built at run time, type assertion
// failures and printing interfaces (Go's iface.go).
//
// The compiler builds an itab as a constant wherever it knows both the
// interface and the concrete type (a conversion T -> I). Everywhere else
// (I -> J, x.(I), a type switch case I) it calls getitab, which looks the
// pair up in itabTable and builds the itab once on a miss, as Go's
// getitab/itabTable do. Two itabs for one pair may therefore exist (the
// compiler's and the table's): interface comparisons and type switches
// compare itab->type, never itab pointers.
//
// getitab runs in the goroutine's stack reserve: the lookup is a short loop,
// and building an itab (rare: once per pair) needs a few words more.
#include "error.h"
#include "map.h"
#include "runtime.h"
#include "type.h"

namespace gosub::rt {

namespace {

// itabTable: open addressing on (inter->hash ^ type->hash), entries never
// removed. Readers load `itabTable` and its entries atomically without the
// lock (an itab is complete before it is published); writers hold itabLock.
// A full table (load 3/4) is replaced by one twice its size; the old one
// stays readable (no collector yet; it is garbage once one exists).
struct itabTableType {
  uintptr_t size;   // a power of two
  uintptr_t count;  // entries used; itabLock
  itab* entries[1];  // size of them
};

constexpr uintptr_t kInitialItabTableSize = 512;
itabTableType* itabTable;  // atomic pointer; itabLock for writes
mutex itabLock;

inline uintptr_t itabHashFunc(interfacetype* inter, _type* typ) {
  return static_cast<uintptr_t>(inter->typ.hash ^ typ->hash);
}

itab* find(itabTableType* t, interfacetype* inter, _type* typ) {
  if (t == nullptr) return nullptr;
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(inter, typ) & mask;
  for (uintptr_t i = 1;; i++) {
    itab* m = __atomic_load_n(&t->entries[h], __ATOMIC_ACQUIRE);
    if (m == nullptr) return nullptr;
    if (m->inter == inter && m->type == typ) return m;
    h = (h + i) & mask;  // quadratic probing, as Go's
  }
}

itabTableType* newTable(uintptr_t size) {
  auto* t = static_cast<itabTableType*>(
      mallocgc(static_cast<int64_t>(sizeof(itabTableType) + (size - 1) * sizeof(itab*))));
  t->size = size;
  t->count = 0;
  return t;
}

void addNoGrow(itabTableType* t, itab* m) {
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(m->inter, m->type) & mask;
  for (uintptr_t i = 1;; i++) {
    if (t->entries[h] == nullptr) {
      __atomic_store_n(&t->entries[h], m, __ATOMIC_RELEASE);
      t->count++;
      return;
    }
    h = (h + i) & mask;
  }
}

// itabAdd: m into the table; itabLock held.
void itabAdd(itab* m) {
  itabTableType* t = itabTable;
  if (t == nullptr) {
    t = newTable(kInitialItabTableSize);
    __atomic_store_n(&itabTable, t, __ATOMIC_RELEASE);
  }
  if (t->count >= 3 * (t->size / 4)) {
    itabTableType* bigger = newTable(t->size * 2);
    for (uintptr_t i = 0; i < t->size; i++)
      if (t->entries[i] != nullptr) addNoGrow(bigger, t->entries[i]);
    __atomic_store_n(&itabTable, bigger, __ATOMIC_RELEASE);
    t = bigger;
  }
  addNoGrow(t, m);
}

bool lessString(GoString a, GoString b) {
  int64_t n = a.len < b.len ? a.len : b.len;
  for (int64_t i = 0; i < n; i++)
    if (a.ptr[i] != b.ptr[i]) return a.ptr[i] < b.ptr[i];
  return a.len < b.len;
}

bool sameString(GoString a, GoString b) {
  if (a.len != b.len) return false;
  for (int64_t i = 0; i < a.len; i++)
    if (a.ptr[i] != b.ptr[i]) return false;
  return true;
}

// itabInit fills m->fun from m->type's method table (both sorted by name,
// so one merge pass). A method matches by name, by the package of an
// unexported name (Go's qualified names: a.m is not b.m; `pkgpath` is empty
// for exported names, so one comparison covers both) and by signature:
// descriptors are unique per type in a program (linkonce_odr, and the
// runtime's own types are the compiler's too, abi.def's GO_TYPE), so the
// same signature is the same pointer. Returns the name of the first
// missing method, or an empty string when the type implements the
// interface.
GoString itabInit(itab* m) {
  interfacetype* inter = m->inter;
  uncommontype* u = m->type->uncommon;
  int64_t j = 0;
  int64_t nt = u != nullptr ? u->mcount : 0;
  for (int64_t k = 0; k < inter->mcount; k++) {
    imethod* im = &inter->methods[k];
    while (j < nt && lessString(u->methods[j].name, im->name)) j++;
    void* fn = nullptr;
    // Names from two packages may tie: look at every method of the name.
    for (int64_t i = j; i < nt && sameString(u->methods[i].name, im->name); i++) {
      method* tm = &u->methods[i];
      if (tm->mtyp == im->typ && sameString(tm->pkgpath, im->pkgpath)) {
        fn = tm->ifn;
        break;
      }
    }
    if (fn == nullptr) {
      m->fun[0] = nullptr;
      return im->name;
    }
    m->fun[k] = fn;
  }
  return GoString{nullptr, 0};
}

// panicTypeAssertion panics with a *runtime.TypeAssertionError (declared in
// Go, stdlib/runtime/error.go, whose Error method words the message):
// concrete == null: "interface conversion: I is nil, not T"; missing set:
// "interface conversion: T is not I: missing method M"; else "interface
// conversion: I is C, not T".
[[noreturn]] void panicTypeAssertion(_type* iface, _type* concrete, _type* asserted, GoString missing) {
  auto* e = static_cast<TypeAssertionError*>(mallocgc(sizeof(TypeAssertionError)));
  *e = TypeAssertionError{iface, concrete, asserted, missing};
  // *TypeAssertionError is a pointer: the data word is e itself.
  gopanic(&typeAssertionErrorPtrType, e);
}

}  // namespace

// ---- boxing (Go's convT*) ----------------------------------------------------

namespace {
// staticuint64s[v] holds v: the box of any small value (little-endian, so
// also of 1-, 2- and 4-byte values below 256), shared, never written.
constexpr uint64_t kStaticValues = 256;
struct StaticValues {
  uint64_t v[kStaticValues];
};
constexpr StaticValues makeStaticValues() {
  StaticValues t{};
  for (uint64_t i = 0; i < kStaticValues; i++) t.v[i] = i;
  return t;
}
constexpr StaticValues staticuint64s = makeStaticValues();

template <typename T>
void* convT(uint64_t val) {
  if (val < kStaticValues) return const_cast<uint64_t*>(&staticuint64s.v[val]);
  auto* x = static_cast<T*>(mallocgc(sizeof(T)));
  *x = static_cast<T>(val);
  return x;
}
}  // namespace

void* convT16(int64_t val) { return convT<uint16_t>(static_cast<uint16_t>(val)); }
void* convT32(int64_t val) { return convT<uint32_t>(static_cast<uint32_t>(val)); }
void* convT64(uint64_t val) { return convT<uint64_t>(val); }

void* convTstring(const uint8_t* p, int64_t n) {
  if (n == 0) return const_cast<uint8_t*>(zeroVal);
  auto* x = static_cast<GoString*>(mallocgc(sizeof(GoString)));
  *x = GoString{p, n};
  return x;
}

void* convTslice(void* p, int64_t len, int64_t cap) {
  if (p == nullptr) return const_cast<uint8_t*>(zeroVal);
  auto* x = static_cast<int64_t*>(mallocgc(3 * sizeof(int64_t)));
  *reinterpret_cast<void**>(x) = p;
  x[1] = len;
  x[2] = cap;
  return x;
}

void* getitab(void* interp, void* typp, bool canfail) {
  auto* inter = static_cast<interfacetype*>(interp);
  auto* typ = static_cast<_type*>(typp);
  if (inter->mcount == 0) throw_("internal error - misuse of itab");
  if (typ->uncommon == nullptr) {
    if (canfail) return nullptr;
    panicTypeAssertion(nullptr, typ, &inter->typ, inter->methods[0].name);
  }
  itab* m = find(__atomic_load_n(&itabTable, __ATOMIC_ACQUIRE), inter, typ);
  if (m == nullptr) {
    lock(&itabLock);
    m = find(itabTable, inter, typ);
    if (m == nullptr) {
      // Built once per pair, kept even when the type does not implement the
      // interface (fun[0] == null), so the next assertion fails fast.
      m = static_cast<itab*>(
          mallocgc(static_cast<int64_t>(sizeof(itab) + (inter->mcount - 1) * sizeof(void*))));
      m->inter = inter;
      m->type = typ;
      m->hash = typ->hash;
      itabInit(m);
      itabAdd(m);
    }
    unlock(&itabLock);
  }
  if (m->fun[0] != nullptr) return m;
  if (canfail) return nullptr;
  // Rebuild the missing method's name for the message (rare path).
  itab probe = *m;
  itab* scratch = static_cast<itab*>(mallocgc(static_cast<int64_t>(sizeof(itab) + (inter->mcount - 1) * sizeof(void*))));
  *scratch = probe;
  GoString missing = itabInit(scratch);
  panicTypeAssertion(nullptr, typ, &inter->typ, missing);
}

void panicdottypeE(void* have, void* want, void* iface) {
  panicTypeAssertion(static_cast<_type*>(iface), static_cast<_type*>(have), static_cast<_type*>(want),
                     GoString{nullptr, 0});
}

void panicdottypeI(void* have, void* want, void* iface) {
  _type* t = have != nullptr ? static_cast<itab*>(have)->type : nullptr;
  panicdottypeE(t, want, iface);
}

void panicnildottype(void* want) {
  // Asserting to an interface type: Go names no static interface type.
  panicTypeAssertion(nullptr, nullptr, static_cast<_type*>(want), GoString{nullptr, 0});
}

void panicwrap(const uint8_t* msg, int64_t n) {
  panicPlainError(reinterpret_cast<const char*>(msg), static_cast<size_t>(n));
}

void printeface(void* t, void* data) {
  printcstr("(");
  printhex(reinterpret_cast<uintptr_t>(t));
  printcstr(",");
  printhex(reinterpret_cast<uintptr_t>(data));
  printcstr(")");
  // No tail call through the register holding printcstr's GOT entry:
  // tools/stack-depth cannot follow an indirect jump.
  __asm__ volatile("" ::: "memory");
}

}  // namespace gosub::rt
