// unwind_test.cpp — the frame-pointer walk (unwind.h) across goroutine
// stack segments, and the ELF symbol fallback of symtab.cpp.
#include <gtest/gtest.h>

#include "rungo.h"
#include "runtime.h"
#include "unwind.h"

namespace unwindtest {

uintptr_t ras[512];
int nras;
int segments;
int descend(int depth);

// walkfrom records the return addresses of the walk from fp (descend's
// bottom frame) and the number of segments the goroutine has. It runs in
// the reserve below the guard: small, no checks.
void walkfrom(uintptr_t fp) {
  gosub::rt::g* gp = gosub::rt::getg();
  segments = 0;
  for (gosub::rt::stkseg* s = gp->stackbase; s != nullptr; s = s->next) {
    segments++;
    if (s == gp->stackseg) break;
  }
  gosub::rt::unwinder u(gp, fp);
  uintptr_t ra;
  nras = 0;
  while (nras < 512 && u.next(&ra)) ras[nras++] = ra;
}

}  // namespace unwindtest

namespace {

using namespace gosub::rt;
using testgo::rungo;

constexpr int kDepth = 60;

// descend(kDepth) recurses with 6000-byte frames from a 64 KiB first
// segment, so its frames lie on several segments; the walk from the
// bottom must yield every recursive call's return address, in order,
// through each __morestack record, then the caller's.
__attribute__((noinline)) void walkAcrossSegments() {
  unwindtest::descend(kDepth);
  CHECK(unwindtest::segments >= 3, 1);
  CHECK(unwindtest::nras > kDepth, 2);
  uintptr_t site = unwindtest::ras[0];
  for (int i = 0; i < kDepth; i++) CHECK(unwindtest::ras[i] == site, 3);
  // The next one returns into this function, not into descend.
  CHECK(unwindtest::ras[kDepth] != site, 4);
  const char* name;
  size_t len;
  CHECK(funcname(unwindtest::ras[kDepth] - 1, &name, &len), 5);
  CHECK(std::string(name, len).find("walkAcrossSegments") != std::string::npos, 6);
  CHECK(funcname(site - 1, &name, &len) && std::string(name, len).find("descend") != std::string::npos, 7);
  gosub::rt::exit(0);
}

TEST(UnwindDeathTest, WalksAcrossStackSegments) {
  EXPECT_EXIT(rungo([] { walkAcrossSegments(); }, "1"), testing::ExitedWithCode(0), "");
}

// Without the compiler's table (a unit test has none), pcframes knows no
// pc, and funcname and funcentry fall back to the ELF symbol table.
TEST(Symtab, ElfFallback) {
  srcframe f[4];
  auto pc = reinterpret_cast<uintptr_t>(&unwindtest::descend) + 1;
  EXPECT_EQ(pcframes(pc, f, 4), 0);
  const char* name;
  size_t len;
  ASSERT_TRUE(funcname(pc, &name, &len));
  EXPECT_NE(std::string(name, len).find("descend"), std::string::npos);
  EXPECT_EQ(funcentry(pc), reinterpret_cast<uintptr_t>(&unwindtest::descend));
  EXPECT_FALSE(isgocode(pc));
  EXPECT_FALSE(funcname(0x10, &name, &len));
}

}  // namespace
