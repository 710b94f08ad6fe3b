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

bool sameString(GoString a, GoString b) {
  if (a.len != b.len) return false;
  for (int64_t i = 0; i < a.len; i++)
    if (a.ptr[i] != b.ptr[i]) return false;
  return true;
}

bool isExported(GoString name) { return name.len > 0 && name.ptr[0] >= 'A' && name.ptr[0] <= 'Z'; }

// itabInit fills m->fun from m->type's method table (both sorted by name,
// so one merge pass). Returns the name of the first missing method, or an
// empty string when the type implements the interface.
GoString itabInit(itab* m) {
  interfacetype* inter = m->inter;
  uncommontype* u = m->type->uncommon;
  int64_t j = 0;
  int64_t nt = u != nullptr ? u->mcount : 0;
  for (int64_t k = 0; k < inter->mcount; k++) {
    imethod* im = &inter->methods[k];
    void* fn = nullptr;
    for (; j < nt; j++) {
      method* tm = &u->methods[j];
      if (sameString(tm->name, im->name)) {
        // Method signatures are descriptors, deduplicated by the compiler:
        // same type, same pointer. The runtime's own error types
        // (error.cpp) carry descriptors of their own, so a signature
        // spelled the same ("func() string") matches too. Unexported
        // names must also come from the same package.
        bool sameSig = tm->mtyp == im->typ || sameString(tm->mtyp->typ.str, im->typ->typ.str);
        if (sameSig && (isExported(im->name) || sameString(u->pkgpath, inter->pkgpath))) fn = tm->ifn;
        j++;
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

// ---- TypeAssertionError messages (Go's error.go), on the heap.
struct msgbuf {
  char* p;
  size_t n;
  size_t cap;
  void add(const char* s, size_t l) {
    __builtin_memcpy(p + n, s, l);
    n += l;
  }
  void add(const char* s) {
    size_t l = 0;
    while (s[l] != 0) l++;
    add(s, l);
  }
  void add(GoString s) { add(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)); }
};

msgbuf newmsg(size_t cap) { return msgbuf{static_cast<char*>(mallocgc(static_cast<int64_t>(cap))), 0, cap}; }

// concrete == null: "interface conversion: I is nil, not T"; missing set:
// "interface conversion: T is not I: missing method M"; else "interface
// conversion: I is C, not T".
[[noreturn]] void panicTypeAssertion(_type* iface, _type* concrete, _type* asserted, GoString missing) {
  GoString inter = iface != nullptr ? iface->str : GoString{reinterpret_cast<const uint8_t*>("interface"), 9};
  size_t cap = 96 + static_cast<size_t>(inter.len + asserted->str.len + missing.len) +
               (concrete != nullptr ? static_cast<size_t>(concrete->str.len) : 0);
  msgbuf b = newmsg(cap);
  b.add("interface conversion: ");
  if (concrete == nullptr) {
    b.add(inter);
    b.add(" is nil, not ");
    b.add(asserted->str);
  } else if (missing.len != 0) {
    b.add(concrete->str);
    b.add(" is not ");
    b.add(asserted->str);
    b.add(": missing method ");
    b.add(missing);
  } else {
    b.add(inter);
    b.add(" is ");
    b.add(concrete->str);
    b.add(", not ");
    b.add(asserted->str);
    if (sameString(concrete->str, asserted->str)) b.add(" (types from different scopes)");
  }
  // Go's *runtime.TypeAssertionError prints without "runtime error: ", as
  // a plainError does. cap left room for the terminator (the fixed words
  // take less than the 96 bytes counted for them).
  b.p[b.n] = 0;
  panicPlainError(b.p);
}

}  // namespace

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
