// diagnostics.h — positions of source files and the error list every stage
// reports into.
//
// Errors are collected, not printed as found. Like gc, gosub keeps the first
// ten in the order they were found (gc exits at the tenth, so a checker that
// finds its errors in go/types' order shows the same ten: "declared and not
// used" comes at the end of each function body, unused imports after all of
// them), then prints those sorted by position without exact duplicates, and
// "too many errors" at the tenth's position.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"

namespace gosub {

// The files of one compilation; ast::Pos::file indexes into it.
class SourceManager {
 public:
  int addFile(std::string path, std::string contents);
  const std::string& path(int file) const { return files_[file].path; }
  const std::string& contents(int file) const { return files_[file].contents; }
  int fileCount() const { return static_cast<int>(files_.size()); }

 private:
  struct SourceFile {
    std::string path;
    std::string contents;
  };
  std::vector<SourceFile> files_;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sources) : sources_(sources) {}

  // `file.go:L:C: error: message`
  void error(ast::Pos pos, std::string message);
  // `file.go:L:C: syntax error: message` (gc's wording for parse errors)
  void syntaxError(ast::Pos pos, std::string message);
  // An error about labels, break, continue, goto or fallthrough: gc's parser
  // finds these (syntax.checkBranches) before any type error, so they come
  // first when the cap is applied, wherever the checker finds them.
  void branchError(ast::Pos pos, std::string message);

  // "file.go:L:C", for messages that point at a second position.
  std::string format(ast::Pos pos) const;

  bool hasErrors() const { return !entries_.empty(); }
  size_t errorCount() const { return entries_.size(); }

  // Prints the collected errors to stderr, sorted, de-duplicated and capped.
  void flush();

 private:
  struct Entry {
    ast::Pos pos;
    std::string text;  // "error: ..." or "syntax error: ..."
    bool parsePhase;   // a syntax or branch error: counted before type errors
    bool syntax;       // gc keeps one syntax error per line
  };
  const SourceManager& sources_;
  std::vector<Entry> entries_;
};

}  // namespace gosub
