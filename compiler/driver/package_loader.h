// package_loader.h — finds, parses and checks the packages a program imports.
//
// The stdlib is Go source under <prefix>/share/gosub/stdlib/<import path>/,
// found relative to the gosub binary (the build tree mirrors the install
// tree). Packages are checked on demand when the checker imports them, once
// each; ordered() lists them with every package after its imports, which is
// the order codegen and package initialisation need.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"
#include "types/checker.h"
#include "types/types.h"

namespace gosub::driver {

// Reads `path` into `out`; on failure sets `error` to the reason (errno text).
bool readFile(const std::string& path, std::string& out, std::string& error);

// The non-test .go files of a directory, sorted by name (as go lists them).
std::vector<std::string> goFilesIn(const std::string& dir);

class PackageLoader : public types::Importer {
 public:
  PackageLoader(SourceManager& sources, ast::Arena& arena, Diagnostics& diags, types::TypeTable& table,
                std::string stdlibDir)
      : sources_(sources), arena_(arena), diags_(diags), table_(table), stdlibDir_(std::move(stdlibDir)) {}

  // Adds and parses files; returns null entries for files with syntax
  // errors (reported to diags). `ok` is false if any file failed.
  std::vector<ast::File*> parseFiles(const std::vector<std::string>& paths, bool& ok);

  types::Package* import(const std::string& path, ast::Pos pos) override;

  const std::vector<types::Package*>& ordered() const { return ordered_; }

 private:
  SourceManager& sources_;
  ast::Arena& arena_;
  Diagnostics& diags_;
  types::TypeTable& table_;
  std::string stdlibDir_;
  std::map<std::string, types::Package*> cache_;  // null: failed to load
  std::set<std::string> loading_;                 // for import cycles
  std::vector<types::Package*> ordered_;
};

}  // namespace gosub::driver
