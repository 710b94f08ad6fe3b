// runtime/profbuf.h — the buffer between the SIGPROF handler and the
// profile's reader (the role of Go's profBuf, cpuprof.go's log).
//
// Writers are signal handlers on any number of threads at once, and a
// handler may interrupt a write of its own thread's code (the unit test
// does that); the reader is one goroutine at a time (readProfile, under
// cpuprof's lock). A writer takes no lock and never waits: it claims a
// slot with one CAS on writePos, fills it and publishes it by storing the
// slot's sequence number (release). A full buffer drops the sample and
// counts it in overflow, which the reader turns into a lost-samples record
// (Go's overflow record, reported under runtime/pprof.lostProfileEvent).
//
// Each slot has room for a whole stack (Go's maxCPUProfStack frames), so
// records never wrap or straddle slots. Slot i's seq is the number of the
// write that may claim it next (pos, with pos % nslots == i) while free, and
// pos+1 once that write published it; the reader frees it with pos+nslots.
// A writer stalled between claim and publish holds up the reader at that
// slot only until it finishes (the reader sees it as "nothing yet").
#pragma once

#include <cstddef>
#include <cstdint>

namespace gosub::rt {

constexpr int kMaxCPUProfStack = 64;  // Go's maxCPUProfStack

class profBuf {
 public:
  // init allocates nslots slots (a power of two) the first time, and
  // empties the buffer; false if out of memory. reset empties a buffer
  // nobody is writing to.
  bool init(uint32_t nslots);
  void reset();

  // write appends a record of count samples of the stack stk[0..n)
  // (n <= kMaxCPUProfStack, leaf first). Async-signal-safe. Returns false
  // if the buffer was full and the record was counted as lost.
  bool write(const uintptr_t* stk, int n, uint64_t count);

  // read takes the oldest published record into stk (room for
  // kMaxCPUProfStack) and its count; false if none is ready. One reader.
  bool read(uintptr_t* stk, int* n, uint64_t* count);

  // takeOverflow returns the samples lost since the last call.
  uint64_t takeOverflow() { return __atomic_exchange_n(&overflow_, 0, __ATOMIC_ACQ_REL); }

 private:
  struct slot {
    uint64_t seq;
    uint64_t count;
    int32_t n;
    uintptr_t stk[kMaxCPUProfStack];
  };
  slot* slots_ = nullptr;
  uint64_t mask_ = 0;
  alignas(64) uint64_t writePos_ = 0;  // [atomic] next write to claim
  alignas(64) uint64_t readPos_ = 0;   // the reader's
  uint64_t overflow_ = 0;              // [atomic]
};

}  // namespace gosub::rt
