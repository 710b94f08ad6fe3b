// runtime/pprof_encode.h — the CPU profile as profile.proto, gzip'd (what
// Go's runtime/pprof profileBuilder writes for a CPU profile).
//
// The reader (readProfile, cpuprof.cpp) feeds it the stacks it drains from
// the SIGPROF buffer; stacks are return addresses, the leaf too (sigprof
// stores the interrupted pc + 1, as Go's traceback does), so every address
// is symbolised at address-1. build() writes the whole profile once
// profiling stopped; the reader then hands the bytes out in chunks.
// Runs on the system stack (zlib and libc's allocator need room).
#pragma once

#include <cstddef>
#include <cstdint>

#include "symtab.h"

namespace gosub::rt {

// The symboliser: symframes (symtab.h), or a test's own.
using symbolizeFn = int (*)(uintptr_t pc, srcframe* out, int max);

class profileBuilder {
 public:
  // start forgets any previous profile. hz: the sampling rate; startNanos:
  // wall-clock start (profile's time_nanos); sym: the symboliser (tests
  // pass their own); mapsPath: /proc/self/maps (tests pass a file).
  bool start(int64_t hz, int64_t startNanos, symbolizeFn sym, const char* mapsPath);
  // addSample counts count samples of stk[0..n), leaf first.
  void addSample(const uintptr_t* stk, int n, uint64_t count);
  // addLost counts samples the buffer had to drop.
  void addLost(uint64_t count);
  // build encodes and compresses the profile; false if out of memory.
  bool build(int64_t endNanos);
  // read moves up to n bytes of the gzip'd profile to p; returns how many.
  size_t read(uint8_t* p, size_t n);
  bool built() const { return built_; }
  bool drained() const { return built_ && outOff_ == outLen_; }
  // release frees everything (after the last read).
  void release();

  struct impl;

 private:
  impl* d_ = nullptr;
  bool built_ = false;
  uint8_t* out_ = nullptr;
  size_t outLen_ = 0, outOff_ = 0;
};

}  // namespace gosub::rt
