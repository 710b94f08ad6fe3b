#include "grammar/token_source.h"

#include <cstdio>

#include "GoLexer.h"

namespace gosub::grammar {

using antlr4::Token;

GoTokenSource::GoTokenSource(GoLexer& lexer, const SourceText& text) : lexer_(lexer), text_(text) {}

size_t GoTokenSource::getLine() const { return lexer_.getLine(); }
size_t GoTokenSource::getCharPositionInLine() { return lexer_.getCharPositionInLine(); }
antlr4::CharStream* GoTokenSource::getInputStream() { return lexer_.getInputStream(); }
std::string GoTokenSource::getSourceName() { return lexer_.getSourceName(); }
antlr4::TokenFactory<antlr4::CommonToken>* GoTokenSource::getTokenFactory() { return lexer_.getTokenFactory(); }

std::unique_ptr<Token> GoTokenSource::makeToken(size_t type, const std::string& tokText, size_t start) {
  auto t = std::make_unique<antlr4::CommonToken>(std::make_pair(static_cast<antlr4::TokenSource*>(this),
                                                                lexer_.getInputStream()),
                                                 type, Token::DEFAULT_CHANNEL, start, start - 1);
  t->setText(tokText);
  ast::Pos p = text_.posOfCodePoint(start);
  t->setLine(static_cast<size_t>(p.line));
  t->setCharPositionInLine(static_cast<size_t>(p.col - 1));
  return t;
}

void GoTokenSource::error(size_t byteOff, std::string msg) {
  if (lexError_) return;
  lexError_ = SyntaxErrorInfo{text_.posOfByte(byteOff), byteOff, std::move(msg), false};
}

static bool insertsSemicolon(size_t type) {
  switch (type) {
    case GoLexer::IDENTIFIER:
    case GoLexer::INT_LIT:
    case GoLexer::FLOAT_LIT:
    case GoLexer::IMAGINARY_LIT:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::BREAK:
    case GoLexer::CONTINUE:
    case GoLexer::FALLTHROUGH:
    case GoLexer::RETURN:
    case GoLexer::INC:
    case GoLexer::DEC:
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::R_CURLY:
      return true;
    default:
      return false;
  }
}

std::unique_ptr<Token> GoTokenSource::nextToken() {
  if (pending_tok_) {
    noteEmitted(pending_tok_->getType());
    return std::move(pending_tok_);
  }
  std::unique_ptr<Token> t = rawNext();
  size_t type = t->getType();
  bool closer = type == GoLexer::R_CURLY || type == Token::EOF ||
                (type == GoLexer::R_PAREN && !brackets_.empty() && brackets_.back());
  if (closer && lastType_ != 0 && lastType_ != GoLexer::SEMI && lastType_ != GoLexer::IMPLICIT_SEMI &&
      lastType_ != GoLexer::L_CURLY && lastType_ != GoLexer::L_PAREN) {
    // Named after the closer it stands for: "unexpected }" reads as gc's.
    auto semi = makeToken(GoLexer::IMPLICIT_SEMI, type == Token::EOF ? "EOF" : t->getText(), t->getStartIndex());
    pending_tok_ = std::move(t);
    lastType_ = GoLexer::IMPLICIT_SEMI;
    return semi;
  }
  noteEmitted(type);
  return t;
}

void GoTokenSource::noteEmitted(size_t type) {
  switch (type) {
    case GoLexer::L_PAREN:
      brackets_.push_back(lastType_ == GoLexer::CONST || lastType_ == GoLexer::VAR || lastType_ == GoLexer::TYPE ||
                          lastType_ == GoLexer::IMPORT);
      break;
    case GoLexer::L_BRACKET:
    case GoLexer::L_CURLY:
      brackets_.push_back(false);
      break;
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::R_CURLY:
      if (!brackets_.empty()) brackets_.pop_back();
      break;
  }
  lastType_ = type;
}

std::unique_ptr<Token> GoTokenSource::rawNext() {
  for (;;) {
    if (atEOF_) return makeToken(Token::EOF, "<EOF>", text_.codePoints().size());
    std::unique_ptr<Token> t = lexer_.nextToken();
    size_t type = t->getType();
    switch (type) {
      case GoLexer::NEWLINE:
        if (needSemi_) {
          needSemi_ = false;
          return makeToken(GoLexer::SEMI, "newline", t->getStartIndex());
        }
        continue;
      case GoLexer::LINE_COMMENT: {
        std::string_view s = text_.slice(t->getStartIndex(), t->getStopIndex());
        auto directive = [&](std::string_view d) {
          return s.substr(0, d.size()) == d && (s.size() == d.size() || s[d.size()] == ' ' || s[d.size()] == '\r');
        };
        if (directive("//go:noinline")) pending_.noinline = true;
        if (directive("//go:nosplit")) pending_.nosplit = true;
        if (directive("//go:noescape")) pending_.noescape = true;
        checkToken(*t);
        if (failed()) break;
        continue;
      }
      case GoLexer::BLOCK_COMMENT: {
        checkToken(*t);
        if (failed()) break;
        std::string_view s = text_.slice(t->getStartIndex(), t->getStopIndex());
        if (needSemi_ && s.find('\n') != std::string_view::npos) {
          // gc places this semicolon at the comment's start.
          needSemi_ = false;
          return makeToken(GoLexer::SEMI, "newline", t->getStartIndex());
        }
        continue;
      }
      case Token::EOF:
        atEOF_ = true;
        if (needSemi_) {
          needSemi_ = false;
          return makeToken(GoLexer::SEMI, "EOF", t->getStartIndex());
        }
        return t;
      default:
        // A byte order mark is allowed (and ignored) at the start of a file.
        if (type == GoLexer::INVALID && t->getStartIndex() == 0 && text_.codePoints()[0] == 0xFEFF) continue;
        checkToken(*t);
        if (failed()) break;
        if (type == GoLexer::FUNC) {
          if (pending_.noinline || pending_.nosplit || pending_.noescape) directives_[t->getStartIndex()] = pending_;
        }
        if (type != GoLexer::SEMI) pending_ = {};
        needSemi_ = insertsSemicolon(type);
        return t;
    }
    // A lexical error: end the token stream here (see header).
    atEOF_ = true;
    needSemi_ = false;
  }
}

namespace {

std::string hexU(uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", c);
  return buf;
}

// Go's %q of a rune, for the printable ASCII cases that matter here.
std::string quoteRune(char32_t c) {
  switch (c) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
  }
  if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, c > 0xFFFF ? "'\\U%08x'" : "'\\u%04x'", static_cast<unsigned>(c));
  return buf;
}

bool printable(char32_t c) {
  return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0xD800 && c < 0xE000) && c <= 0x10FFFF;
}

void appendUtf8(std::string& s, char32_t c) {
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 16;
}

}  // namespace

// Checks the escapes of a quoted literal body as gc's scanner.escape does;
// `lit` starts after the opening quote. Counts characters into *chars.
void GoTokenSource::checkEscapes(size_t startByte, std::string_view lit, char quote, size_t* chars) {
  size_t i = 0;
  while (i < lit.size() && !failed()) {
    char c = lit[i];
    if (c == quote) return;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++*chars;  // count code points, not bytes
    if (c != '\\') {
      ++i;
      continue;
    }
    ++i;
    if (i >= lit.size()) return;  // EOF: the caller complains
    char e = lit[i];
    int n = 0, base = 0;
    uint32_t max = 0;
    switch (e) {
      case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        ++i;
        continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
      case 'x': n = 2, base = 16, max = 255, ++i; break;
      case 'u': n = 4, base = 16, max = 0x10FFFF, ++i; break;
      case 'U': n = 8, base = 16, max = 0x10FFFF, ++i; break;
      default:
        if (e == quote) {
          ++i;
          continue;
        }
        error(startByte + i, "unknown escape");
        return;
    }
    uint32_t x = 0;
    for (; n > 0; --n, ++i) {
      if (i >= lit.size()) return;
      int d = digitVal(lit[i]);
      if (d >= base) {
        // Decode the offending character for the message (it may be UTF-8).
        std::string_view rest = lit.substr(i);
        char32_t ch = static_cast<unsigned char>(rest[0]);
        if (ch >= 0x80) {
          SourceText one(-1, rest.substr(0, std::min<size_t>(4, rest.size())));
          ch = one.codePoints()[0];
        }
        error(startByte + i, "invalid character " + quoteRune(ch) + " in " + (base == 8 ? "octal" : "hexadecimal") +
                                 " escape");
        return;
      }
      x = x * base + d;
    }
    if (x > max && base == 8) {
      error(startByte + i, "octal escape value " + std::to_string(x) + " > 255");
      return;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
      error(startByte + i, "escape is invalid Unicode code point " + hexU(x));
      return;
    }
  }
}

void GoTokenSource::checkToken(const Token& t) {
  size_t start = t.getStartIndex();
  size_t byte = text_.byteOffset(start);
  std::string_view s = text_.slice(start, t.getStopIndex());
  const std::u32string& cps = text_.codePoints();
  size_t stopCp = t.getStopIndex() + 1;  // one past the token
  // Malformed UTF-8 anywhere in a token (literals, comments included).
  if (t.getType() != GoLexer::INVALID) {
    for (size_t k = start; k < stopCp && k < cps.size(); ++k)
      if (SourceText::isEscapedByte(cps[k])) {
        error(text_.byteOffset(k), "invalid UTF-8 encoding");
        return;
      }
  }
  char32_t next = stopCp < cps.size() ? cps[stopCp] : 0;
  bool atEnd = stopCp >= cps.size();
  switch (t.getType()) {
    case GoLexer::INVALID: {
      char32_t c = cps[start];
      if (SourceText::isEscapedByte(c))
        error(byte, "invalid UTF-8 encoding");
      else if (c == 0)
        error(byte, "invalid NUL character");
      else if (c == 0xFEFF)
        error(byte, "invalid BOM in the middle of the file");
      else if (printable(c)) {
        std::string msg = "invalid character " + hexU(c) + " '";
        appendUtf8(msg, c);
        error(byte, msg + "'");
      } else
        error(byte, "invalid character " + hexU(c));
      return;
    }
    case GoLexer::INT_LIT: {
      // A leading 0 followed by digits is a legacy octal literal.
      if (s.size() > 1 && s[0] == '0' && (s[1] == '_' || (s[1] >= '0' && s[1] <= '9'))) {
        for (size_t i = 1; i < s.size(); ++i)
          if (s[i] == '8' || s[i] == '9') {
            error(byte + i, std::string("invalid digit '") + s[i] + "' in octal literal");
            return;
          }
      }
      return;
    }
    case GoLexer::BAD_NUMBER: {
      char k = static_cast<char>(s[1] | 0x20);
      const char* name = k == 'x' ? "hexadecimal" : k == 'b' ? "binary" : "octal";
      error(byte + 2, std::string(name) + " literal has no digits");
      return;
    }
    case GoLexer::STRING_LIT: {
      size_t n = 0;
      checkEscapes(byte + 1, s.substr(1), '"', &n);
      return;
    }
    case GoLexer::UNTERMINATED_STRING: {
      size_t n = 0;
      checkEscapes(byte + 1, s.substr(1), '"', &n);
      if (failed()) return;
      if (!atEnd && next == '\n') {
        // A backslash right before the newline is an escape of the newline.
        if (s.size() >= 2 && s.back() == '\\' && s[s.size() - 2] != '\\')
          error(byte + s.size(), "unknown escape");
        else
          error(byte + s.size(), "newline in string");
      } else {
        error(byte, "string literal not terminated");
      }
      return;
    }
    case GoLexer::UNTERMINATED_RAW:
      error(byte, "string literal not terminated");
      return;
    case GoLexer::RUNE_LIT: {
      size_t n = 0;
      checkEscapes(byte + 1, s.substr(1), '\'', &n);
      if (failed()) return;
      if (n == 0)
        error(byte + s.size() - 1, "empty rune literal or unescaped ' in rune literal");
      else if (n != 1)
        error(byte, "more than one character in rune literal");
      return;
    }
    case GoLexer::UNTERMINATED_RUNE: {
      size_t n = 0;
      checkEscapes(byte + 1, s.substr(1), '\'', &n);
      if (failed()) return;
      if (!atEnd && next == '\n') {
        if (s.size() >= 2 && s.back() == '\\' && s[s.size() - 2] != '\\')
          error(byte + s.size(), "unknown escape");
        else
          error(byte + s.size(), "newline in rune literal");
      } else {
        error(byte, "rune literal not terminated");
      }
      return;
    }
    case GoLexer::UNTERMINATED_BLOCK:
      error(byte, "comment not terminated");
      return;
    default:
      return;
  }
}

}  // namespace gosub::grammar
