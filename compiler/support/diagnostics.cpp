#include "support/diagnostics.h"

#include <algorithm>
#include <cstdio>

namespace gosub {

int SourceManager::addFile(std::string path, std::string contents) {
  files_.push_back({std::move(path), std::move(contents)});
  return static_cast<int>(files_.size()) - 1;
}

void Diagnostics::error(ast::Pos pos, std::string message) {
  entries_.push_back({pos, "error: " + std::move(message), false, false});
}

void Diagnostics::syntaxError(ast::Pos pos, std::string message) {
  entries_.push_back({pos, "syntax error: " + std::move(message), true, true});
}

void Diagnostics::branchError(ast::Pos pos, std::string message) {
  entries_.push_back({pos, "error: " + std::move(message), true, false});
}

std::string Diagnostics::format(ast::Pos pos) const {
  if (pos.file < 0) return "?";
  return sources_.path(pos.file) + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

void Diagnostics::flush() {
  // The order gc reports them in: the parser's errors, then the checker's,
  // each in the order found.
  std::vector<const Entry*> found;
  for (bool parsePhase : {true, false})
    for (const Entry& e : entries_)
      if (e.parsePhase == parsePhase) found.push_back(&e);
  // gc's ErrorfAt: an error on the line of the previous one is not counted
  // (a syntax error whatever it says, another error if it says the same), and
  // the tenth counted ends compilation.
  constexpr size_t kMaxErrors = 10;
  auto sameLine = [](const Entry* a, const Entry& b) {
    return a && a->pos.file == b.pos.file && a->pos.line == b.pos.line;
  };
  std::vector<const Entry*> kept;
  const Entry *lastSyntax = nullptr, *lastOther = nullptr;
  for (const Entry* ep : found) {
    const Entry& e = *ep;
    if (e.syntax) {
      if (sameLine(lastSyntax, e)) continue;
      lastSyntax = &e;
    } else {
      if (sameLine(lastOther, e) && lastOther->text == e.text) continue;
      lastOther = &e;
    }
    kept.push_back(&e);
    if (kept.size() == kMaxErrors) break;
  }
  const Entry* tenth = kept.size() == kMaxErrors ? kept.back() : nullptr;
  // gc's FlushErrors: sorted by position, exact duplicates once.
  // (Ties keep the order found: entries_ holds them in that order.)
  std::sort(kept.begin(), kept.end(), [](const Entry* a, const Entry* b) {
    if (a->pos < b->pos || b->pos < a->pos) return a->pos < b->pos;
    return a < b;
  });
  const Entry* last = nullptr;
  for (const Entry* e : kept) {
    if (last && !(last->pos < e->pos) && !(e->pos < last->pos) && last->text == e->text) continue;
    if (e->pos.file >= 0)
      std::fprintf(stderr, "%s:%d:%d: %s\n", sources_.path(e->pos.file).c_str(), e->pos.line, e->pos.col,
                   e->text.c_str());
    else
      std::fprintf(stderr, "gosub: %s\n", e->text.c_str());
    last = e;
  }
  if (tenth) {
    if (tenth->pos.file >= 0)
      std::fprintf(stderr, "%s:%d:%d: too many errors\n", sources_.path(tenth->pos.file).c_str(), tenth->pos.line,
                   tenth->pos.col);
    else
      std::fprintf(stderr, "gosub: too many errors\n");
  }
  entries_.clear();
}

}  // namespace gosub
