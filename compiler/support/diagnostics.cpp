#include "support/diagnostics.h"

#include <algorithm>
#include <cstdio>

namespace gosub {

int SourceManager::addFile(std::string path, std::string contents) {
  files_.push_back({std::move(path), std::move(contents)});
  return static_cast<int>(files_.size()) - 1;
}

void Diagnostics::error(ast::Pos pos, std::string message) {
  entries_.push_back({pos, "error: " + std::move(message)});
}

void Diagnostics::syntaxError(ast::Pos pos, std::string message) {
  entries_.push_back({pos, "syntax error: " + std::move(message)});
}

std::string Diagnostics::format(ast::Pos pos) const {
  if (pos.file < 0) return "?";
  return sources_.path(pos.file) + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

void Diagnostics::flush() {
  // Stable so that errors at one position keep the order they were found in.
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.pos < b.pos; });
  constexpr int kMaxErrors = 10;  // gc's limit before "too many errors"
  int printed = 0;
  const Entry* last = nullptr;
  for (const Entry& e : entries_) {
    if (last && last->pos.file == e.pos.file && last->pos.line == e.pos.line && last->text == e.text)
      continue;
    if (printed == kMaxErrors) {
      std::fprintf(stderr, "%s:%d:%d: too many errors\n", sources_.path(e.pos.file).c_str(), e.pos.line,
                   e.pos.col);
      break;
    }
    if (e.pos.file >= 0)
      std::fprintf(stderr, "%s:%d:%d: %s\n", sources_.path(e.pos.file).c_str(), e.pos.line, e.pos.col,
                   e.text.c_str());
    else
      std::fprintf(stderr, "gosub: %s\n", e.text.c_str());
    last = &e;
    ++printed;
  }
  entries_.clear();
}

}  // namespace gosub
