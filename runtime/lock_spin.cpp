// runtime/lock_spin.cpp — runtime locks, first version.
//
// With a single thread a lock is never contended; this spin lock only keeps
// the call sites honest. The goroutines issue replaces it with Go's
// lock_futex.go (spin a little, then futex-sleep), keeping the interface.
// std::mutex is not used: an M must never block a goroutine it does not own.

#include "runtime.h"

namespace gosub::rt {

void lock(mutex* l) {
  while (__atomic_exchange_n(&l->key, 1u, __ATOMIC_ACQUIRE) != 0) {
    while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) != 0) __builtin_ia32_pause();
  }
}

void unlock(mutex* l) {
  if (__atomic_exchange_n(&l->key, 0u, __ATOMIC_RELEASE) == 0) throw_("unlock of unlocked lock");
}

}  // namespace gosub::rt
