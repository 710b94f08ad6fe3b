// abi_test.cpp — abi.def, abi.h and libgosubrt.a agree.
//
//  - Every RT_FUNC is defined with the signature abi.h declares: taking its
//    address through the X-macro fails to link otherwise (a definition with
//    other parameter types would be a different, mangled overload).
//  - The signature abi.h gives each entry is the table's (arity with STR as
//    two parameters, result type).
//  - Names are unique and well-formed Go symbols.
//  - The archive the compiler driver links defines every RT_FUNC, __morestack
//    and main, and refers to every GO_FUNC and GO_TYPE descriptor, defining
//    none of them.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <regex>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "abi.h"

namespace {

using namespace gosub::rt;

struct Entry {
  const char* id;
  const char* link;
  const char* result;
  const char* params;
  void* addr;  // nullptr for GO_FUNC
  size_t arity;
};

template <typename R, typename... A>
constexpr size_t arity_of(R (*)(A...)) {
  return sizeof...(A);
}
template <typename R, typename... A>
R result_of(R (*)(A...));

// The table's parameter count, STR counting twice: "(I64, STR)" -> 3.
size_t table_arity(const char* params) {
  std::string s(params);
  s = s.substr(1, s.size() - 2);
  if (s.find_first_not_of(' ') == std::string::npos) return 0;
  size_t n = 1;
  for (char c : s) n += c == ',';
  for (size_t p = s.find("STR"); p != std::string::npos; p = s.find("STR", p + 1)) n++;
  return n;
}

std::vector<Entry> entries() {
  std::vector<Entry> v;
#define RT_FUNC(id, name, res, params, attrs)                                                       \
  static_assert(std::is_same_v<decltype(result_of(&id)), RT_RESULT_##res>, #id ": result type"); \
  v.push_back({#id, name, #res, #params, reinterpret_cast<void*>(&id), arity_of(&id)});
  // The program's functions are only declared here: no address, just the type.
#define GO_FUNC(id, name, res, params) \
  v.push_back({#id, name, #res, #params, nullptr, arity_of(static_cast<decltype(&id)>(nullptr))});
#define GO_TYPE(id, gotype)
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
  return v;
}

// The descriptor symbols of GO_TYPE entries.
std::vector<std::string> typeSymbols() {
  return {
#define RT_FUNC(id, name, res, params, attrs)
#define GO_FUNC(id, name, res, params)
#define GO_TYPE(id, gotype) "type:" gotype,
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
  };
}

TEST(Abi, ArityMatchesTable) {
  for (const Entry& e : entries()) EXPECT_EQ(e.arity, table_arity(e.params)) << e.id << " " << e.params;
}

TEST(Abi, EveryRuntimeFunctionIsDefined) {
  for (const Entry& e : entries())
    if (std::string(e.link).rfind("main.", 0) != 0) EXPECT_NE(e.addr, nullptr) << e.id;
}

TEST(Abi, NamesAreUniqueAndWellFormed) {
  std::set<std::string> ids, links;
  // pkg/path.Name, as Go spells package-level function symbols.
  std::regex goname("^[a-z][a-z0-9_]*(/[a-z][a-z0-9_]*)*\\.[A-Za-z_][A-Za-z0-9_]*$");
  for (const Entry& e : entries()) {
    EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
    EXPECT_TRUE(links.insert(e.link).second) << "duplicate link name " << e.link;
    EXPECT_TRUE(std::regex_match(e.link, goname)) << "malformed link name " << e.link;
  }
}

TEST(Abi, ArchiveDefinesTheTable) {
  std::string cmd = std::string(GOSUB_NM) + " -A " + GOSUBRT_ARCHIVE + " 2>&1";
  FILE* f = popen(cmd.c_str(), "r");
  ASSERT_NE(f, nullptr);
  std::set<std::string> defined, definedAny, undefined;
  char line[1024];
  while (fgets(line, sizeof line, f) != nullptr) {
    // "archive:member: [value] T name"
    std::string l(line);
    while (!l.empty() && (l.back() == '\n' || l.back() == ' ')) l.pop_back();
    size_t sp = l.rfind(' ');
    if (sp == std::string::npos || sp < 2) continue;
    std::string name = l.substr(sp + 1);
    char kind = l[sp - 1];
    if (kind == 'T' || kind == 't') defined.insert(name);
    if (kind != 'U') definedAny.insert(name);
    if (kind == 'U') undefined.insert(name);
  }
  ASSERT_EQ(pclose(f), 0) << cmd;
  for (const Entry& e : entries()) {
    if (e.addr != nullptr) {
      EXPECT_TRUE(defined.count(e.link)) << e.link << " not defined in " << GOSUBRT_ARCHIVE;
    } else {
      EXPECT_FALSE(defined.count(e.link)) << e.link << " must come from the program";
      EXPECT_TRUE(undefined.count(e.link)) << e.link << " not referenced by the runtime";
    }
  }
  for (const std::string& sym : typeSymbols()) {
    EXPECT_TRUE(undefined.count(sym)) << sym << " not referenced by the runtime";
    EXPECT_FALSE(definedAny.count(sym)) << sym << " must come from the program";
  }
  EXPECT_TRUE(defined.count("__morestack"));
  EXPECT_TRUE(defined.count("main"));
}

}  // namespace
