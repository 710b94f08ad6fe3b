// The scheduler trace's converter (runtime/trace_json.cpp): recorded events
// in, Chrome trace-event JSON out. Each test feeds a short event sequence
// and looks at the JSON lines the tracks get.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "runtime2.h"
#include "trace.h"
#include "trace_record.h"

namespace gosub::rt {
namespace {

struct events {
  std::vector<traceRecord> v;
  size_t next = 0;
  // add: an event at ns (the clock below has one tick per nanosecond).
  events& add(uint64_t ns, traceKind kind, int32_t m, int16_t p, int64_t g, int64_t arg = 0, uint8_t b = 0) {
    v.push_back(traceRecord{ns, static_cast<uint8_t>(kind), b, p, m, g, arg});
    return *this;
  }
};

// convert runs traceWriteJSON over evs and returns the document.
std::string convert(events& evs, int64_t endns) {
  FILE* f = tmpfile();
  EXPECT_NE(f, nullptr);
  traceRecordSource src{[](void* ctx) -> const traceRecord* {
                          auto* e = static_cast<events*>(ctx);
                          return e->next < e->v.size() ? &e->v[e->next++] : nullptr;
                        },
                        &evs};
  EXPECT_TRUE(traceWriteJSON(fileno(f), src, traceClockScale{0, 1.0}, endns));
  std::string out;
  rewind(f);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  fclose(f);
  return out;
}

// lines: the document's event lines that contain every one of needles.
std::vector<std::string> lines(const std::string& doc, std::vector<std::string> needles) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < doc.size()) {
    size_t end = doc.find('\n', pos);
    if (end == std::string::npos) end = doc.size();
    std::string line = doc.substr(pos, end - pos);
    bool all = true;
    for (auto& n : needles) all = all && line.find(n) != std::string::npos;
    if (all) out.push_back(line);
    pos = end + 1;
  }
  return out;
}

TEST(TraceJSON, GoroutineLifeOnItsTrack) {
  events e;
  e.add(1000, traceEvProcAcquire, 0, -1, 0, 0)
      .add(2000, traceEvGoCreate, 0, 0, 7)  // by M0's scheduler (no goroutine)
      .add(3000, traceEvGoStart, 0, 0, 7)
      .add(4000, traceEvGoBlock, 0, 0, 7, 0, waitReasonChanReceive)
      .add(5000, traceEvGoUnblock, 0, 0, 7)
      .add(6000, traceEvGoStart, 0, 0, 7)
      .add(7000, traceEvGoExit, 0, 0, 7);
  std::string doc = convert(e, 8000);
  // Goroutine 7's track: running, chan receive, running, in order.
  auto g = lines(doc, {"\"pid\":3,\"tid\":7,"});
  std::vector<std::string> want = {
      R"({"ph":"i","pid":3,"tid":7,"ts":2.000,"s":"t","name":"created"},)",
      R"({"ph":"B","pid":3,"tid":7,"ts":3.000,"name":"running"},)",
      R"({"ph":"f","pid":3,"tid":7,"ts":3.000,"cat":"g","name":"wake","id":1,"bp":"e"},)",
      R"({"ph":"E","pid":3,"tid":7,"ts":4.000},)",
      R"({"ph":"B","pid":3,"tid":7,"ts":4.000,"name":"chan receive"},)",
      R"({"ph":"E","pid":3,"tid":7,"ts":5.000},)",
      R"({"ph":"B","pid":3,"tid":7,"ts":6.000,"name":"running"},)",
      R"({"ph":"f","pid":3,"tid":7,"ts":6.000,"cat":"g","name":"wake","id":2,"bp":"e"},)",
      R"({"ph":"E","pid":3,"tid":7,"ts":7.000},)",
      R"({"ph":"i","pid":3,"tid":7,"ts":7.000,"s":"t","name":"exit"},)",
  };
  ASSERT_GE(g.size(), want.size());
  for (size_t i = 0; i < want.size(); i++) EXPECT_EQ(g[i], want[i]) << i;
  // The flows start on M0's track, whose slice is "P0".
  EXPECT_EQ(lines(doc, {R"("ph":"s","pid":2,"tid":0)"}).size(), 2u);
  EXPECT_EQ(lines(doc, {R"("ph":"B","pid":2,"tid":0,"ts":1.000,"name":"P0")"}).size(), 1u);
  // P0 shows the goroutine's runs; names come from the metadata.
  EXPECT_EQ(lines(doc, {R"("ph":"B","pid":1,"tid":0)", R"("name":"G7")"}).size(), 2u);
  EXPECT_EQ(lines(doc, {R"("thread_name")", R"("pid":3,"tid":7)", R"("name":"G7")"}).size(), 1u);
  EXPECT_EQ(lines(doc, {"alive at end"}).size(), 0u);
  EXPECT_NE(doc.find(R"("otherData":{"recorded_events":"7")"), std::string::npos);
}

TEST(TraceJSON, WakerGoroutineStartsTheFlow) {
  events e;
  e.add(1000, traceEvGoCreate, 0, 0, 1)
      .add(1100, traceEvGoStart, 0, 0, 1)
      .add(1200, traceEvGoCreate, 0, 0, 2)  // goroutine 1's go statement
      .add(1300, traceEvGoBlock, 0, 0, 1, 0, waitReasonSelect)
      .add(1400, traceEvGoStart, 0, 0, 2)
      .add(1500, traceEvGoUnblock, 0, 0, 1);  // goroutine 2 wakes goroutine 1
  std::string doc = convert(e, 2000);
  EXPECT_EQ(lines(doc, {R"({"ph":"s","pid":3,"tid":1,"ts":1.200)", R"("id":2)"}).size(), 1u);
  EXPECT_EQ(lines(doc, {R"({"ph":"s","pid":3,"tid":2,"ts":1.500)", R"("id":3)"}).size(), 1u);
  // Goroutine 1 never ran again: a zero-length "runnable" slice ends the
  // flow, and both are alive at the end.
  EXPECT_EQ(lines(doc, {R"({"ph":"B","pid":3,"tid":1,"ts":2.000,"name":"runnable"})"}).size(), 1u);
  EXPECT_EQ(lines(doc, {R"("ph":"f","pid":3,"tid":1,"ts":2.000)", R"("id":3)"}).size(), 1u);
  EXPECT_EQ(lines(doc, {"alive at end"}).size(), 2u);
  EXPECT_EQ(lines(doc, {R"("name":"select")"}).size(), 1u);
}

TEST(TraceJSON, SyscallHandoffAndRetake) {
  events e;
  e.add(1000, traceEvGoCreate, 0, 0, 5)
      .add(1100, traceEvGoStart, 0, 0, 5)
      .add(1200, traceEvGoSysCall, 0, 0, 5, 0)    // P0 left in _Psyscall
      .add(1300, traceEvProcRetake, 1, -1, 0, 0)  // sysmon (M1)
      .add(1310, traceEvProcHandoff, 1, -1, 0, 0)
      .add(1400, traceEvProcAcquire, 2, -1, 0, 0)  // M2 takes P0
      .add(1500, traceEvGoSysExit, 0, -1, 5, -1);  // no P: runnable
  std::string doc = convert(e, 2000);
  auto p0 = lines(doc, {"\"pid\":1,\"tid\":0,"});
  ASSERT_GE(p0.size(), 5u);
  EXPECT_NE(p0[0].find(R"("name":"G5")"), std::string::npos);
  EXPECT_NE(p0[2].find(R"j("name":"G5 (syscall)")j"), std::string::npos);
  EXPECT_NE(p0[3].find(R"("ph":"E","pid":1,"tid":0,"ts":1.300)"), std::string::npos);
  EXPECT_NE(p0[4].find(R"("name":"retaken by sysmon")"), std::string::npos);
  EXPECT_EQ(lines(doc, {R"("ph":"B","pid":2,"tid":0)", R"("name":"syscall")"}).size(), 1u);
  EXPECT_EQ(lines(doc, {R"("ph":"B","pid":2,"tid":2,"ts":1.400,"name":"P0")"}).size(), 1u);
}

TEST(TraceJSON, TimestampsNeverGoBack) {
  events e;
  e.add(5000, traceEvGoCreate, 0, 0, 3).add(4000, traceEvGoStart, 1, 1, 3);  // another core's clock, behind
  std::string doc = convert(e, 6000);
  EXPECT_EQ(lines(doc, {R"({"ph":"B","pid":3,"tid":3,"ts":5.000,"name":"running"})"}).size(), 1u);
}

}  // namespace
}  // namespace gosub::rt
