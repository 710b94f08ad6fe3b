// runtime/atomic.cpp — package sync/atomic's functions (Go implements them
// in assembly). Each is sequentially consistent, as Go's memory model asks of
// sync/atomic. The stdlib declares them without bodies (stdlib/sync/atomic).
#include "runtime.h"

namespace gosub::rt {

namespace {
template <class T>
T add(void* addr, T delta) {
  return __atomic_add_fetch(static_cast<T*>(addr), delta, __ATOMIC_SEQ_CST);
}
template <class T>
T load(void* addr) {
  return __atomic_load_n(static_cast<T*>(addr), __ATOMIC_SEQ_CST);
}
template <class T>
void store(void* addr, T v) {
  __atomic_store_n(static_cast<T*>(addr), v, __ATOMIC_SEQ_CST);
}
template <class T>
T swap(void* addr, T v) {
  return __atomic_exchange_n(static_cast<T*>(addr), v, __ATOMIC_SEQ_CST);
}
template <class T>
bool cas(void* addr, T old, T neu) {
  return __atomic_compare_exchange_n(static_cast<T*>(addr), &old, neu, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
}  // namespace

// uint32 values travel as int32 bits and uint64 as int64/uint64 bits: the
// ABI table's integer types are about registers, not signedness.
int32_t atomic_AddInt32(void* a, int32_t d) { return add<int32_t>(a, d); }
int64_t atomic_AddInt64(void* a, int64_t d) { return add<int64_t>(a, d); }
int32_t atomic_AddUint32(void* a, int32_t d) { return add<int32_t>(a, d); }
uint64_t atomic_AddUint64(void* a, uint64_t d) { return add<uint64_t>(a, d); }
int32_t atomic_LoadInt32(void* a) { return load<int32_t>(a); }
int64_t atomic_LoadInt64(void* a) { return load<int64_t>(a); }
int32_t atomic_LoadUint32(void* a) { return load<int32_t>(a); }
uint64_t atomic_LoadUint64(void* a) { return load<uint64_t>(a); }
void atomic_StoreInt32(void* a, int32_t v) { store<int32_t>(a, v); }
void atomic_StoreInt64(void* a, int64_t v) { store<int64_t>(a, v); }
void atomic_StoreUint32(void* a, int32_t v) { store<int32_t>(a, v); }
void atomic_StoreUint64(void* a, uint64_t v) { store<uint64_t>(a, v); }
int32_t atomic_SwapInt32(void* a, int32_t v) { return swap<int32_t>(a, v); }
int64_t atomic_SwapInt64(void* a, int64_t v) { return swap<int64_t>(a, v); }
bool atomic_CompareAndSwapInt32(void* a, int32_t o, int32_t n) { return cas<int32_t>(a, o, n); }
bool atomic_CompareAndSwapInt64(void* a, int64_t o, int64_t n) { return cas<int64_t>(a, o, n); }
bool atomic_CompareAndSwapUint32(void* a, int32_t o, int32_t n) { return cas<int32_t>(a, o, n); }
bool atomic_CompareAndSwapUint64(void* a, uint64_t o, uint64_t n) { return cas<uint64_t>(a, o, n); }

}  // namespace gosub::rt
