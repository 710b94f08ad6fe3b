// gosub-parse-test — parses Go files with gosub's front end and prints `ok`
// per file, the AST (-dump-ast, with positions under -pos), or the syntax
// errors as gosub reports them (exit status 1). Used by test/parse.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "grammar/ast_dump.h"
#include "grammar/parser.h"

int main(int argc, char** argv) {
  bool dump = false, withPos = false, timing = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "-dump-ast"))
      dump = true;
    else if (!std::strcmp(argv[i], "-pos"))
      withPos = true;
    else if (!std::strcmp(argv[i], "-time"))
      timing = true;
    else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: gosub-parse-test [-dump-ast] [-pos] [-time] file.go...\n");
      return 2;
    } else
      files.push_back(argv[i]);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: gosub-parse-test [-dump-ast] [-pos] [-time] file.go...\n");
    return 2;
  }
  gosub::SourceManager sources;
  gosub::Diagnostics diags(sources);
  gosub::ast::Arena arena;
  int status = 0;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "gosub-parse-test: cannot open %s\n", path.c_str());
      status = 1;
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    int idx = sources.addFile(path, ss.str());
    auto t0 = std::chrono::steady_clock::now();
    gosub::ast::File* f = gosub::grammar::parseFile(sources, idx, arena, diags);
    auto t1 = std::chrono::steady_clock::now();
    if (timing)
      std::fprintf(stderr, "%s: %.2f ms\n", path.c_str(),
                   std::chrono::duration<double, std::milli>(t1 - t0).count());
    if (!f) {
      status = 1;
      continue;
    }
    if (dump)
      gosub::grammar::dumpAst(f, std::cout, withPos);
    else
      std::cout << "ok\n";
  }
  diags.flush();
  return status;
}
