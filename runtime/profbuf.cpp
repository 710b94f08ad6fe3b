// runtime/profbuf.cpp — the SIGPROF handler's lock-free buffer (profbuf.h).

#include "profbuf.h"

#include "runtime.h"

namespace gosub::rt {

bool profBuf::init(uint32_t nslots) {
  if (slots_ == nullptr) {
    if (nslots == 0 || (nslots & (nslots - 1)) != 0) return false;
    slots_ = static_cast<slot*>(sysAlloc(sizeof(slot) * nslots));
    if (slots_ == nullptr) return false;
    mask_ = nslots - 1;
  }
  reset();
  return true;
}

void profBuf::reset() {
  for (uint64_t i = 0; i <= mask_; i++) atomicStoreRelaxed(&slots_[i].seq, i);
  atomicStoreRelaxed(&writePos_, uint64_t{0});
  readPos_ = 0;
  atomicStoreRelaxed(&overflow_, uint64_t{0});
}

bool profBuf::write(const uintptr_t* stk, int n, uint64_t count) {
  if (n > kMaxCPUProfStack) n = kMaxCPUProfStack;
  uint64_t pos = atomicLoadRelaxed(&writePos_);
  slot* s;
  for (;;) {
    s = &slots_[pos & mask_];
    uint64_t seq = atomicLoadAcq(&s->seq);
    auto dif = static_cast<int64_t>(seq - pos);
    if (dif == 0) {
      // Free for this write: claim it (a failed CAS reloads pos).
      if (__atomic_compare_exchange_n(&writePos_, &pos, pos + 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) break;
    } else if (dif < 0) {
      // The reader has not freed it since the previous lap: full.
      __atomic_fetch_add(&overflow_, count, __ATOMIC_RELAXED);
      return false;
    } else {
      pos = atomicLoadRelaxed(&writePos_);  // another writer claimed it
    }
  }
  s->count = count;
  s->n = n;
  for (int i = 0; i < n; i++) s->stk[i] = stk[i];
  atomicStoreRel(&s->seq, pos + 1);
  return true;
}

bool profBuf::read(uintptr_t* stk, int* n, uint64_t* count) {
  slot* s = &slots_[readPos_ & mask_];
  if (atomicLoadAcq(&s->seq) != readPos_ + 1) return false;
  *count = s->count;
  *n = s->n;
  for (int i = 0; i < s->n; i++) stk[i] = s->stk[i];
  atomicStoreRel(&s->seq, readPos_ + mask_ + 1);
  readPos_++;
  return true;
}

}  // namespace gosub::rt
