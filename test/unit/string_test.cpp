// string_test.cpp — concatstrings and cmpstring.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime.h"

namespace {

using namespace gosub::rt;

GoString gs(const std::string& s) { return GoString{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())}; }
std::string str(GoString s) { return std::string(reinterpret_cast<const char*>(s.ptr), s.len); }

TEST(Concat, JoinsAll) {
  std::string a = "hello", b = ", ", c = "world";
  GoString parts[] = {gs(a), gs(b), gs(c)};
  GoString r = concatstrings(parts, 3);
  EXPECT_EQ(str(r), "hello, world");
  EXPECT_NE(r.ptr, parts[0].ptr);
}

TEST(Concat, EmptyAndSingle) {
  std::string e, x = "x";
  GoString none[] = {gs(e), gs(e)};
  EXPECT_EQ(concatstrings(none, 2).len, 0);
  EXPECT_EQ(concatstrings(none, 0).len, 0);
  // One non-empty operand is returned as is: strings are immutable.
  GoString one[] = {gs(e), gs(x), gs(e)};
  GoString r = concatstrings(one, 3);
  EXPECT_EQ(r.ptr, one[1].ptr);
  EXPECT_EQ(r.len, 1);
}

int64_t cmp(const std::string& a, const std::string& b) {
  return cmpstring(reinterpret_cast<const uint8_t*>(a.data()), static_cast<int64_t>(a.size()),
                   reinterpret_cast<const uint8_t*>(b.data()), static_cast<int64_t>(b.size()));
}

TEST(Cmp, Order) {
  EXPECT_EQ(cmp("", ""), 0);
  EXPECT_EQ(cmp("a", "a"), 0);
  EXPECT_EQ(cmp("a", "b"), -1);
  EXPECT_EQ(cmp("b", "a"), 1);
  EXPECT_EQ(cmp("ab", "abc"), -1);
  EXPECT_EQ(cmp("abc", "ab"), 1);
  EXPECT_EQ(cmp("", "a"), -1);
  // Bytes compare unsigned, as Go's strings do.
  EXPECT_EQ(cmp("\xff", "a"), 1);
  EXPECT_EQ(cmp(std::string("a\0b", 3), std::string("a\0c", 3)), -1);
}

}  // namespace
