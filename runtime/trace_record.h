// runtime/trace_record.h — what trace.cpp (recording, buffers, the spill
// file) hands trace_json.cpp (the JSON converter). Internal to those two.
#pragma once

#include <cstdint>

namespace gosub::rt {

// traceRecord: one event, decoded from its buffer (trace.cpp stores it in
// a few bytes): the time in clock ticks (rdtsc, or nanoseconds when the
// TSC is not invariant), the kind (traceKind), a small argument b, the
// recording M and its P (-1 if none), the goroutine the event is about (0
// if none) and a word argument.
struct traceRecord {
  uint64_t ticks;
  uint8_t kind;
  uint8_t b;
  int16_t p;
  int32_t m;
  int64_t g;
  int64_t arg;
};
static_assert(sizeof(traceRecord) == 32);

// traceClockScale maps clock ticks to nanoseconds since tracing began.
struct traceClockScale {
  uint64_t tick0;  // ticks at traceinit
  double nsPerTick;
  int64_t ns(uint64_t ticks) const {
    return ticks <= tick0 ? 0 : static_cast<int64_t>(static_cast<double>(ticks - tick0) * nsPerTick);
  }
};

// traceRecordSource yields the recorded events in time order (a merge of
// every buffer's sequence); nullptr at the end.
struct traceRecordSource {
  const traceRecord* (*next)(void* ctx);
  void* ctx;
};

// traceWriteJSON converts the events into Chrome trace-event JSON written
// to fd. endns: the time tracing stopped. Returns false if a write failed.
bool traceWriteJSON(int fd, traceRecordSource src, traceClockScale clock, int64_t endns);

}  // namespace gosub::rt
