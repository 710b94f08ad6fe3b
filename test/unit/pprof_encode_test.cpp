// pprof_encode_test.cpp — the CPU profile encoder (pprof_encode.h): what it
// writes, gunzip'd and decoded here, is the profile.proto Go's pprof
// writes: string 0 empty, samples/count and cpu/nanoseconds, the period,
// one location per address (pc-1) with its inlined lines innermost first,
// one function per name, executable mappings with has_functions, and lost
// samples under runtime/pprof.lostProfileEvent.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "pprof_encode.h"

namespace {

using namespace gosub::rt;

// ---- a small protobuf reader ------------------------------------------------
struct field {
  int num;
  int wire;
  uint64_t v;       // varint
  std::string b;    // length-delimited
};

uint64_t varint(const std::string& s, size_t* i) {
  uint64_t x = 0;
  for (int shift = 0; *i < s.size(); shift += 7) {
    auto c = static_cast<uint8_t>(s[(*i)++]);
    x |= uint64_t{c & 0x7fu} << shift;
    if (c < 0x80) break;
  }
  return x;
}

std::vector<field> fields(const std::string& s) {
  std::vector<field> out;
  size_t i = 0;
  while (i < s.size()) {
    uint64_t key = varint(s, &i);
    field f{static_cast<int>(key >> 3), static_cast<int>(key & 7), 0, {}};
    if (f.wire == 0) {
      f.v = varint(s, &i);
    } else if (f.wire == 2) {
      size_t n = varint(s, &i);
      f.b = s.substr(i, n);
      i += n;
    } else {
      ADD_FAILURE() << "unexpected wire type " << f.wire;
      break;
    }
    out.push_back(f);
  }
  return out;
}

std::vector<uint64_t> packed(const std::string& s) {
  std::vector<uint64_t> out;
  size_t i = 0;
  while (i < s.size()) out.push_back(varint(s, &i));
  return out;
}

std::string gunzip(const std::string& z) {
  z_stream zs{};
  EXPECT_EQ(inflateInit2(&zs, 16 + 15), Z_OK);
  std::string out;
  char buf[4096];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data()));
  zs.avail_in = static_cast<uInt>(z.size());
  int r;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    r = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  } while (r == Z_OK);
  EXPECT_EQ(r, Z_STREAM_END);
  inflateEnd(&zs);
  return out;
}

// The decoded profile, by Go's field numbers.
struct decoded {
  std::vector<std::string> strings;
  std::vector<std::string> sampleTypes;
  std::string periodType;
  int64_t period = 0, timeNanos = 0, durationNanos = 0;
  struct sample {
    std::vector<uint64_t> locs, values;
  };
  std::vector<sample> samples;
  struct line {
    uint64_t func;
    int64_t line;
  };
  struct location {
    uint64_t mapping, address;
    std::vector<line> lines;
  };
  std::map<uint64_t, location> locs;
  struct function {
    std::string name, systemName, file;
  };
  std::map<uint64_t, function> funcs;
  struct mapping {
    uint64_t id, start, limit, offset;
    std::string file, buildID;
    bool hasFunctions;
  };
  std::vector<mapping> maps;
};

decoded decode(const std::string& pb) {
  decoded d;
  std::vector<field> top = fields(pb);
  for (auto& f : top)
    if (f.num == 6) d.strings.push_back(f.b);
  auto str = [&](uint64_t i) { return i < d.strings.size() ? d.strings[i] : std::string("<bad index>"); };
  auto valueType = [&](const std::string& b) {
    std::string t, u;
    for (auto& f : fields(b)) (f.num == 1 ? t : u) = str(f.v);
    return t + "/" + u;
  };
  for (auto& f : top) {
    switch (f.num) {
      case 1: d.sampleTypes.push_back(valueType(f.b)); break;
      case 2: {
        decoded::sample s;
        for (auto& g : fields(f.b)) (g.num == 1 ? s.locs : s.values) = packed(g.b);
        d.samples.push_back(s);
        break;
      }
      case 3: {
        decoded::mapping m{};
        for (auto& g : fields(f.b)) {
          if (g.num == 1) m.id = g.v;
          if (g.num == 2) m.start = g.v;
          if (g.num == 3) m.limit = g.v;
          if (g.num == 4) m.offset = g.v;
          if (g.num == 5) m.file = str(g.v);
          if (g.num == 6) m.buildID = str(g.v);
          if (g.num == 7) m.hasFunctions = g.v != 0;
        }
        d.maps.push_back(m);
        break;
      }
      case 4: {
        uint64_t id = 0;
        decoded::location l{};
        for (auto& g : fields(f.b)) {
          if (g.num == 1) id = g.v;
          if (g.num == 2) l.mapping = g.v;
          if (g.num == 3) l.address = g.v;
          if (g.num == 4) {
            decoded::line ln{};
            for (auto& h : fields(g.b)) (h.num == 1 ? ln.func : reinterpret_cast<uint64_t&>(ln.line)) = h.v;
            l.lines.push_back(ln);
          }
        }
        d.locs[id] = l;
        break;
      }
      case 5: {
        uint64_t id = 0;
        decoded::function fn;
        for (auto& g : fields(f.b)) {
          if (g.num == 1) id = g.v;
          if (g.num == 2) fn.name = str(g.v);
          if (g.num == 3) fn.systemName = str(g.v);
          if (g.num == 4) fn.file = str(g.v);
        }
        d.funcs[id] = fn;
        break;
      }
      case 9: d.timeNanos = static_cast<int64_t>(f.v); break;
      case 10: d.durationNanos = static_cast<int64_t>(f.v); break;
      case 11: d.periodType = valueType(f.b); break;
      case 12: d.period = static_cast<int64_t>(f.v); break;
    }
  }
  return d;
}

// ---- a fake program ------------------------------------------------------------
// Text at 0x400000: main.leaf at 0x401000, main.caller at 0x402000 (with
// main.inlined inlined into it at 0x402100), a C++ runtime function at
// 0x403000; nothing known at 0x404000 (still in the mapping); a wrapper,
// main.(*T).M, at 0x405000, with main.T.M inlined into it at 0x405100;
// __morestack at 0x406000.
// Addresses above the fake ones are the test's own, symbolised for real.
int fakeSymbolize(uintptr_t pc, srcframe* out, int max) {
  static const char kRuntime[] = "_ZN5gosub2rt12_GLOBAL__N_18findWorkEv";
  if (max < 2) return 0;
  if (pc >= 0x401000 && pc < 0x402000) {
    out[0] = {"main.leaf", 9, "leaf.go", 7, 0x401000, false};
    return 1;
  }
  if (pc >= 0x402100 && pc < 0x402200) {
    out[0] = {"main.inlined", 12, "caller.go", 30, 0x402000, true};
    out[1] = {"main.caller", 11, "caller.go", 12, 0x402000, false};
    return 2;
  }
  if (pc >= 0x402000 && pc < 0x403000) {
    out[0] = {"main.caller", 11, "caller.go", 10, 0x402000, false};
    return 1;
  }
  if (pc >= 0x403000 && pc < 0x404000) {
    out[0] = {kRuntime, sizeof kRuntime - 1, "?", 0, 0x403000, false};
    return 1;
  }
  if (pc >= 0x405100 && pc < 0x405200) {
    out[0] = {"main.T.M", 8, "t.go", 5, 0x405000, true};
    out[1] = {"main.(*T).M", 11, "<autogenerated>", 1, 0x405000, false, true};
    return 2;
  }
  if (pc >= 0x405000 && pc < 0x406000) {
    out[0] = {"main.(*T).M", 11, "<autogenerated>", 1, 0x405000, false, true};
    return 1;
  }
  if (pc >= 0x406000 && pc < 0x407000) {
    out[0] = {"__morestack", 11, "?", 0, 0x406000, false};
    return 1;
  }
  if (pc < 0x1000000) return 0;
  return symframes(pc, out, max);  // this test's own functions (lostProfileEvent)
}

std::string writeMaps(const char* text) {
  char path[] = "/tmp/gosub-pprof-maps-XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(write(fd, text, strlen(text)), static_cast<ssize_t>(strlen(text)));
  close(fd);
  return path;
}

std::string buildAndRead(profileBuilder& b, size_t chunk) {
  EXPECT_TRUE(b.build(5'000'000'000));
  std::string z;
  uint8_t buf[4096];
  size_t n;
  while ((n = b.read(buf, chunk)) > 0) z.append(reinterpret_cast<char*>(buf), n);
  EXPECT_TRUE(b.drained());
  return z;
}

TEST(PprofEncode, WritesGosProfileProto) {
  std::string maps = writeMaps(
      "00400000-00500000 r-xp 00001000 08:01 1234 /usr/bin/fakeprog\n"
      "00600000-00700000 rw-p 00100000 08:01 1234 /usr/bin/fakeprog\n"
      "00800000-00900000 r-xp 00000000 08:01 99 /usr/lib/libfake.so (deleted)\n"
      "00a00000-00a01000 r-xp 00000000 00:00 0 \n"
      "7fff0000-7fff2000 r-xp 00000000 00:00 0                          [vdso]\n");
  profileBuilder b;
  ASSERT_TRUE(b.start(100, 2'000'000'000, fakeSymbolize, maps.c_str()));
  // Return addresses (leaf = pc+1): leaf <- caller (inlined call) <- caller.
  uintptr_t s1[] = {0x401011, 0x402105, 0x402055};
  uintptr_t s2[] = {0x403001, 0x402055};
  uintptr_t s3[] = {0x404001, 0x802000};
  b.addSample(s1, 3, 1);
  b.addSample(s2, 2, 1);
  b.addSample(s1, 3, 2);
  b.addSample(s3, 2, 1);
  b.addLost(4);
  decoded d = decode(gunzip(buildAndRead(b, 7)));
  b.release();
  unlink(maps.c_str());

  ASSERT_FALSE(d.strings.empty());
  EXPECT_EQ(d.strings[0], "");
  EXPECT_EQ(d.sampleTypes, (std::vector<std::string>{"samples/count", "cpu/nanoseconds"}));
  EXPECT_EQ(d.periodType, "cpu/nanoseconds");
  EXPECT_EQ(d.period, 10'000'000);
  EXPECT_EQ(d.timeNanos, 2'000'000'000);
  EXPECT_EQ(d.durationNanos, 3'000'000'000);

  // Samples: one per distinct stack; values are count and count*period.
  ASSERT_EQ(d.samples.size(), 4u);
  std::map<std::string, uint64_t> byLeaf;
  for (auto& s : d.samples) {
    ASSERT_EQ(s.values.size(), 2u);
    EXPECT_EQ(s.values[1], s.values[0] * 10'000'000);
    ASSERT_FALSE(s.locs.empty());
    ASSERT_TRUE(d.locs.count(s.locs[0]));
    const auto& leaf = d.locs[s.locs[0]];
    std::string name = leaf.lines.empty() ? "?" : d.funcs[leaf.lines[0].func].name;
    byLeaf[name] += s.values[0];
  }
  EXPECT_EQ(byLeaf["main.leaf"], 3u);
  EXPECT_EQ(byLeaf["runtime.findWork"], 1u);
  EXPECT_EQ(byLeaf["?"], 1u);
  EXPECT_EQ(byLeaf["runtime/pprof.lostProfileEvent"], 4u);

  // Locations: address pc-1, the inlined call's lines innermost first.
  std::map<uint64_t, decoded::location> byAddr;
  for (auto& [id, l] : d.locs) byAddr[l.address] = l;
  ASSERT_TRUE(byAddr.count(0x401010));
  ASSERT_TRUE(byAddr.count(0x402104));
  const auto& in = byAddr[0x402104];
  ASSERT_EQ(in.lines.size(), 2u);
  EXPECT_EQ(d.funcs[in.lines[0].func].name, "main.inlined");
  EXPECT_EQ(in.lines[0].line, 30);
  EXPECT_EQ(d.funcs[in.lines[1].func].name, "main.caller");
  EXPECT_EQ(in.lines[1].line, 12);
  EXPECT_EQ(d.funcs[byAddr[0x401010].lines[0].func].file, "leaf.go");

  // Functions: one per name; the runtime's keep their symbol as system name.
  std::map<std::string, int> names;
  for (auto& [id, f] : d.funcs) {
    names[f.name]++;
    if (f.name == "main.caller") EXPECT_EQ(f.systemName, "main.caller");
    if (f.name == "runtime.findWork") EXPECT_EQ(f.systemName, "_ZN5gosub2rt12_GLOBAL__N_18findWorkEv");
  }
  EXPECT_EQ(names["main.caller"], 1);

  // Mappings: the executable ones with a name, in order; the program's has
  // functions only if every address in it was symbolised (0x404000 was not).
  ASSERT_EQ(d.maps.size(), 3u);
  EXPECT_EQ(d.maps[0].file, "/usr/bin/fakeprog");
  EXPECT_EQ(d.maps[0].start, 0x400000u);
  EXPECT_EQ(d.maps[0].limit, 0x500000u);
  EXPECT_EQ(d.maps[0].offset, 0x1000u);
  EXPECT_FALSE(d.maps[0].hasFunctions);
  EXPECT_EQ(d.maps[1].file, "/usr/lib/libfake.so");
  EXPECT_EQ(d.maps[2].file, "[vdso]");
  for (auto& [id, l] : d.locs)
    if (l.address >= 0x400000 && l.address < 0x500000) EXPECT_EQ(l.mapping, 1u);
}

TEST(PprofEncode, MappingHasFunctionsWhenAllSymbolised) {
  std::string maps = writeMaps("00400000-00500000 r-xp 00000000 08:01 1 /usr/bin/fakeprog\n");
  profileBuilder b;
  ASSERT_TRUE(b.start(250, 0, fakeSymbolize, maps.c_str()));
  uintptr_t s[] = {0x401011, 0x402055};
  b.addSample(s, 2, 5);
  decoded d = decode(gunzip(buildAndRead(b, 1 << 20)));
  b.release();
  unlink(maps.c_str());
  EXPECT_EQ(d.period, 4'000'000);
  ASSERT_EQ(d.maps.size(), 1u);
  EXPECT_TRUE(d.maps[0].hasFunctions);
  ASSERT_EQ(d.samples.size(), 1u);
  EXPECT_EQ(d.samples[0].values, (std::vector<uint64_t>{5, 20'000'000}));
}

// Go's sigprof traceback skips wrapper functions: a wrapper's own frame
// is no Line, a pc only in a wrapper no Location; what is inlined into a
// wrapper stays.
TEST(PprofEncode, LeavesOutWrappers) {
  std::string maps = writeMaps("00400000-00500000 r-xp 00000000 08:01 1 /usr/bin/fakeprog\n");
  profileBuilder b;
  ASSERT_TRUE(b.start(100, 0, fakeSymbolize, maps.c_str()));
  // leaf <- wrapper (own call) <- caller; leaf <- wrapper (inlined call) <- caller.
  uintptr_t s1[] = {0x401011, 0x405021, 0x402055};
  uintptr_t s2[] = {0x401011, 0x405121, 0x402055};
  b.addSample(s1, 3, 2);
  b.addSample(s2, 3, 1);
  b.addSample(s1, 3, 1);
  decoded d = decode(gunzip(buildAndRead(b, 1 << 20)));
  b.release();
  unlink(maps.c_str());
  ASSERT_EQ(d.samples.size(), 2u);
  std::map<std::string, uint64_t> stacks;
  for (auto& s : d.samples) {
    std::string names;
    for (uint64_t id : s.locs) {
      ASSERT_TRUE(d.locs.count(id));
      for (auto& ln : d.locs[id].lines) names += d.funcs[ln.func].name + " ";
    }
    stacks[names] += s.values[0];
  }
  EXPECT_EQ(stacks["main.leaf main.caller "], 3u);
  EXPECT_EQ(stacks["main.leaf main.T.M main.caller "], 1u);
  for (auto& [id, f] : d.funcs) EXPECT_NE(f.name, "main.(*T).M");
  EXPECT_EQ(d.locs.size(), 3u);  // leaf, the inlined call, caller
  for (auto& [id, l] : d.locs) EXPECT_NE(l.address, 0x405020u);
  EXPECT_TRUE(d.maps[0].hasFunctions);
}

// A return address at a function's entry (a goroutine's first pc, a
// stack switch's record pointing at __morestack) was not returned to by a
// call: its location is the entry, in that function.
TEST(PprofEncode, EntryPCIsItsFunction) {
  std::string maps = writeMaps("00400000-00500000 r-xp 00000000 08:01 1 /usr/bin/fakeprog\n");
  profileBuilder b;
  ASSERT_TRUE(b.start(100, 0, fakeSymbolize, maps.c_str()));
  uintptr_t s[] = {0x401011, 0x406000, 0x402000};
  b.addSample(s, 3, 1);
  decoded d = decode(gunzip(buildAndRead(b, 1 << 20)));
  b.release();
  unlink(maps.c_str());
  ASSERT_EQ(d.samples.size(), 1u);
  ASSERT_EQ(d.samples[0].locs.size(), 3u);
  // (and __morestack is named as Go's runtime.morestack)
  const auto& morestack = d.locs[d.samples[0].locs[1]];
  EXPECT_EQ(morestack.address, 0x406000u);
  ASSERT_EQ(morestack.lines.size(), 1u);
  EXPECT_EQ(d.funcs[morestack.lines[0].func].name, "runtime.morestack");
  EXPECT_EQ(d.funcs[morestack.lines[0].func].systemName, "__morestack");
  const auto& root = d.locs[d.samples[0].locs[2]];
  EXPECT_EQ(root.address, 0x402000u);
  ASSERT_EQ(root.lines.size(), 1u);
  EXPECT_EQ(d.funcs[root.lines[0].func].name, "main.caller");
  EXPECT_TRUE(d.maps[0].hasFunctions);
}

TEST(PprofEncode, EmptyProfileIsValid) {
  std::string maps = writeMaps("");
  profileBuilder b;
  ASSERT_TRUE(b.start(100, 1, fakeSymbolize, maps.c_str()));
  decoded d = decode(gunzip(buildAndRead(b, 100)));
  b.release();
  unlink(maps.c_str());
  EXPECT_EQ(d.strings[0], "");
  EXPECT_TRUE(d.samples.empty());
  EXPECT_EQ(d.sampleTypes.size(), 2u);
}

TEST(PprofEncode, DemanglesRuntimeNames) {
  char buf[64];
  auto dm = [&](const char* s) { return std::string(buf, demangleRuntime(s, strlen(s), buf, sizeof buf)); };
  EXPECT_EQ(dm("_ZN5gosub2rt8scheduleEv"), "runtime.schedule");
  EXPECT_EQ(dm("_ZN5gosub2rt12_GLOBAL__N_17profBufEv"), "runtime.profBuf");
  EXPECT_EQ(dm("_ZN5gosub2rt8unwinder4nextEPm"), "runtime.unwinder.next");
  // Lambdas run by systemstack: named as Go's closures of their function.
  EXPECT_EQ(dm("_ZZN5gosub2rt11systemstackIZNS0_7newprocEPvS2_E3$_0EEvOT_ENUlS2_E_8__invokeES2_"),
            "runtime.newproc.func1");
  EXPECT_EQ(dm("_ZZN5gosub2rt11systemstackIZ8newstackPNS0_7morebufEE3$_1EEvOT_ENUlPvE_8__invokeES7_"),
            "runtime.newstack.func2");
  EXPECT_EQ(dm("_ZZN5gosub2rt11systemstackIZNS0_12_GLOBAL__N_115exitsyscallfastEPNS0_1pEE3$_0EEvOT_ENUlPvE_"
               "8__invokeES8_"),
            "runtime.exitsyscallfast.func1");
  EXPECT_EQ(dm("_ZZN5gosub2rt11systemstackIZNS0_6mcache10allocLargeEmE3$_11EEvOT_ENUlPvE_8__invokeES6_"),
            "runtime.mcache.allocLarge.func12");
  EXPECT_EQ(dm("_ZZN5gosub2rt11systemstackIZNS0_7newprocEPvS2_E3$_0EEvOT_ENUlS2_E_"), "");
  EXPECT_EQ(dm("main.fib"), "");
  EXPECT_EQ(dm("_ZN5gosub2rt99x"), "");
}

}  // namespace
