#include "grammar/source_text.h"

#include <algorithm>

namespace gosub::grammar {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if malformed
// (overlong forms, surrogates and values above U+10FFFF are malformed too).
size_t decodeOne(std::string_view s, size_t i, char32_t& out) {
  auto b0 = static_cast<unsigned char>(s[i]);
  size_t n;
  char32_t c, min;
  if (b0 < 0x80) {
    out = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    n = 2, c = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, c = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return 0;
  out = c;
  return n;
}

}  // namespace

SourceText::SourceText(int file, std::string_view bytes) : file_(file), bytes_(bytes) {
  bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  cps_.reserve(bytes.size());
  if (ascii) {
    cps_.assign(bytes.begin(), bytes.end());
  } else {
    cpByte_.reserve(bytes.size() + 1);
    for (size_t i = 0; i < bytes.size();) {
      char32_t c;
      size_t n = decodeOne(bytes, i, c);
      if (n == 0) {
        c = 0xDC00 + static_cast<unsigned char>(bytes[i]);
        n = 1;
      }
      cps_.push_back(c);
      cpByte_.push_back(static_cast<uint32_t>(i));
      i += n;
    }
    cpByte_.push_back(static_cast<uint32_t>(bytes.size()));
  }
  lineStarts_.push_back(0);
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') lineStarts_.push_back(static_cast<uint32_t>(i + 1));
}

ast::Pos SourceText::posOfByte(size_t byteOff) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<uint32_t>(byteOff));
  size_t line = static_cast<size_t>(it - lineStarts_.begin());  // 1-based
  ast::Pos p;
  p.file = file_;
  p.line = static_cast<int>(line);
  p.col = static_cast<int>(byteOff - lineStarts_[line - 1]) + 1;
  return p;
}

std::string_view SourceText::slice(size_t start, size_t stop) const {
  if (stop + 1 <= start) return {};
  size_t b = byteOffset(start), e = byteOffset(stop + 1);
  return bytes_.substr(b, e - b);
}

}  // namespace gosub::grammar
