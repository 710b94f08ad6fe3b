// source_text.h — one Go source file as the lexer sees it (code points) and
// as diagnostics count it (bytes).
//
// ANTLR's C++ runtime works on UTF-32 and counts columns in code points, while
// Go counts columns in bytes; every position the front end reports goes
// through SourceText so both agree. Decoding is our own: ANTLR's UTF-8
// converter throws on malformed input, and gosub must never crash on any
// input. A malformed byte b becomes the lone surrogate U+DC00+b (never valid
// in decoded UTF-8), which the token source reports as "invalid UTF-8
// encoding" and which maps back to exactly one source byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace gosub::grammar {

class SourceText {
 public:
  SourceText(int file, std::string_view bytes);

  const std::u32string& codePoints() const { return cps_; }
  std::string_view bytes() const { return bytes_; }
  int file() const { return file_; }

  // Byte offset of code point `cp` (cp may equal size(): end of file).
  size_t byteOffset(size_t cp) const { return cpByte_.empty() ? cp : cpByte_[cp]; }
  ast::Pos posOfByte(size_t byteOff) const;
  ast::Pos posOfCodePoint(size_t cp) const { return posOfByte(byteOffset(cp)); }
  // Source bytes of code points [start, stop] (inclusive, as ANTLR's tokens).
  std::string_view slice(size_t start, size_t stop) const;

  static bool isEscapedByte(char32_t c) { return c >= 0xDC80 && c <= 0xDCFF; }

 private:
  int file_;
  std::string_view bytes_;
  std::u32string cps_;
  std::vector<uint32_t> cpByte_;      // empty when the file is pure ASCII
  std::vector<uint32_t> lineStarts_;  // byte offset of each line's first byte
};

}  // namespace gosub::grammar
