#include "types/constant.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/APSInt.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/Error.h>

#include <cmath>
#include <cstring>

namespace gosub::types {

using llvm::APFloat;
using llvm::APInt;
static constexpr unsigned W = Constant::kConstIntBits;

ConstPtr makeBool(bool b) {
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::Bool;
  c->boolVal = b;
  return c;
}

ConstPtr makeString(std::string s) {
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::String;
  c->strVal = std::move(s);
  return c;
}

ConstPtr makeIntAP(const APInt& v) {
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::Int;
  c->intVal = v.sextOrTrunc(W);
  return c;
}

ConstPtr makeInt(int64_t v) { return makeIntAP(APInt(64, static_cast<uint64_t>(v), true)); }

ConstPtr makeFloatAP(const APFloat& v) {
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::Float;
  c->floatVal = v;
  bool lost;
  c->floatVal.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven, &lost);
  return c;
}

// ---------------------------------------------------------------- literals

static bool parseIntText(std::string digits, APInt& out) {
  std::string clean;
  for (char ch : digits)
    if (ch != '_') clean += ch;
  unsigned radix = 10;
  size_t start = 0;
  if (clean.size() > 1 && clean[0] == '0') {
    char p = static_cast<char>(std::tolower(clean[1]));
    if (p == 'x') radix = 16, start = 2;
    else if (p == 'b') radix = 2, start = 2;
    else if (p == 'o') radix = 8, start = 2;
    else radix = 8, start = 1;  // legacy octal 0755
  }
  llvm::StringRef body = llvm::StringRef(clean).substr(start);
  if (body.empty()) return false;
  APInt v;
  if (body.getAsInteger(radix, v)) return false;
  if (v.getActiveBits() >= W) return false;
  out = v.zextOrTrunc(W);
  return true;
}

// Decodes one escape starting after the backslash at s[i]; appends UTF-8 or a
// raw byte. Returns false with gc's message on error.
static void appendUTF8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; invalid bytes decode as U+FFFD width 1.
static uint32_t decodeUTF8(const std::string& s, size_t& i) {
  unsigned char c = s[i];
  auto cont = [&](size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  if (c < 0x80) { i += 1; return c; }
  if ((c & 0xE0) == 0xC0 && cont(i + 1)) {
    uint32_t r = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    if (r >= 0x80) { i += 2; return r; }
  } else if ((c & 0xF0) == 0xE0 && cont(i + 1) && cont(i + 2)) {
    uint32_t r = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (r >= 0x800 && (r < 0xD800 || r > 0xDFFF)) { i += 3; return r; }
  } else if ((c & 0xF8) == 0xF0 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    uint32_t r = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) { i += 4; return r; }
  }
  i += 1;
  return 0xFFFD;
}

// Unquotes an interpreted string or rune body (without quotes). For runes
// `isRune` makes \' legal and \" illegal, as in Go.
static bool unquote(const std::string& body, bool isRune, std::string& out, std::vector<uint32_t>* runes,
                    std::string& error) {
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      size_t start = i;
      uint32_t r = decodeUTF8(body, i);
      out.append(body, start, i - start);
      if (runes) runes->push_back(r);
      continue;
    }
    if (i + 1 >= body.size()) { error = "invalid escape sequence"; return false; }
    char e = body[i + 1];
    i += 2;
    auto hex = [&](int n, uint64_t& v) {
      v = 0;
      for (int k = 0; k < n; k++, i++) {
        if (i >= body.size() || !std::isxdigit(static_cast<unsigned char>(body[i]))) return false;
        v = v * 16 + static_cast<uint64_t>(llvm::hexDigitValue(body[i]));
      }
      return true;
    };
    uint64_t v = 0;
    switch (e) {
      case 'a': v = 7; break;
      case 'b': v = 8; break;
      case 'f': v = 12; break;
      case 'n': v = 10; break;
      case 'r': v = 13; break;
      case 't': v = 9; break;
      case 'v': v = 11; break;
      case '\\': v = '\\'; break;
      case '\'':
        if (!isRune) { error = "unknown escape sequence"; return false; }
        v = '\'';
        break;
      case '"':
        if (isRune) { error = "unknown escape sequence"; return false; }
        v = '"';
        break;
      case 'x':
        if (!hex(2, v)) { error = "invalid character in hexadecimal escape"; return false; }
        out += static_cast<char>(v);
        if (runes) runes->push_back(static_cast<uint32_t>(v));
        continue;
      case 'u':
      case 'U':
        if (!hex(e == 'u' ? 4 : 8, v)) { error = "invalid character in escape sequence"; return false; }
        if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) { error = "escape is invalid Unicode code point"; return false; }
        appendUTF8(out, static_cast<uint32_t>(v));
        if (runes) runes->push_back(static_cast<uint32_t>(v));
        continue;
      default:
        if (e >= '0' && e <= '7') {
          v = static_cast<uint64_t>(e - '0');
          for (int k = 0; k < 2; k++, i++) {
            if (i >= body.size() || body[i] < '0' || body[i] > '7') { error = "invalid character in octal escape"; return false; }
            v = v * 8 + static_cast<uint64_t>(body[i] - '0');
          }
          if (v > 255) { error = "octal escape value > 255"; return false; }
          out += static_cast<char>(v);
          if (runes) runes->push_back(static_cast<uint32_t>(v));
          continue;
        }
        error = "unknown escape sequence";
        return false;
    }
    out += static_cast<char>(v);
    if (runes) runes->push_back(static_cast<uint32_t>(v));
  }
  return true;
}

ConstPtr parseLiteral(ast::LitKind kind, const std::string& text, std::string& error) {
  switch (kind) {
    case ast::LitKind::Int: {
      APInt v;
      if (!parseIntText(text, v)) { error = "invalid integer literal " + text; return nullptr; }
      return makeIntAP(v);
    }
    case ast::LitKind::Float: {
      std::string clean;
      for (char ch : text)
        if (ch != '_') clean += ch;
      APFloat f(APFloat::IEEEquad());
      auto st = f.convertFromString(clean, APFloat::rmNearestTiesToEven);
      if (!st) { error = "invalid floating-point literal " + text; llvm::consumeError(st.takeError()); return nullptr; }
      return makeFloatAP(f);
    }
    case ast::LitKind::Imag:
      error = "complex numbers are not supported by gosub";
      return nullptr;
    case ast::LitKind::Char: {
      if (text.size() < 2) { error = "invalid rune literal"; return nullptr; }
      std::string out;
      std::vector<uint32_t> runes;
      if (!unquote(text.substr(1, text.size() - 2), true, out, &runes, error)) return nullptr;
      if (runes.size() != 1) { error = runes.empty() ? "empty rune literal or unescaped ' in rune literal" : "more than one character in rune literal"; return nullptr; }
      return makeInt(runes[0]);
    }
    case ast::LitKind::String: {
      if (text.size() < 2) { error = "invalid string literal"; return nullptr; }
      if (text[0] == '`') {
        std::string raw;
        for (char ch : text.substr(1, text.size() - 2))
          if (ch != '\r') raw += ch;  // carriage returns are dropped from raw strings
        return makeString(raw);
      }
      std::string out;
      if (!unquote(text.substr(1, text.size() - 2), false, out, nullptr, error)) return nullptr;
      return makeString(out);
    }
  }
  return nullptr;
}

// ---------------------------------------------------------------- conversions

ConstPtr toFloat(const Constant& c) {
  if (c.kind == Constant::Kind::Float) return std::make_shared<Constant>(c);
  APFloat f(APFloat::IEEEquad());
  f.convertFromAPInt(c.intVal, true, APFloat::rmNearestTiesToEven);
  return makeFloatAP(f);
}

ConstPtr toIntExact(const Constant& c) {
  if (c.kind == Constant::Kind::Int) return std::make_shared<Constant>(c);
  if (c.kind != Constant::Kind::Float || !c.floatVal.isFinite()) return nullptr;
  if (!c.floatVal.isInteger()) return nullptr;
  llvm::APSInt r(W, false);
  bool exact = false;
  c.floatVal.convertToInteger(r, APFloat::rmTowardZero, &exact);
  if (!exact) return nullptr;
  return makeIntAP(r);
}

bool intInRange(const Constant& c) {
  if (c.kind != Constant::Kind::Int) return true;
  return c.intVal.getSignificantBits() <= 512;
}

static bool intFits(const APInt& v, unsigned bits, bool isUnsigned) {
  if (isUnsigned) return !v.isNegative() && v.getActiveBits() <= bits;
  return v.getSignificantBits() <= bits;
}

bool representable(const Constant& c, BasicKind k, ConstPtr* rounded) {
  auto ok = [&](ConstPtr v) {
    if (rounded) *rounded = std::move(v);
    return true;
  };
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return c.kind == Constant::Kind::Bool && ok(std::make_shared<Constant>(c));
    case BasicKind::String:
    case BasicKind::UntypedString:
      return c.kind == Constant::Kind::String && ok(std::make_shared<Constant>(c));
    case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16: case BasicKind::Int32: case BasicKind::Int64:
    case BasicKind::Uint: case BasicKind::Uint8: case BasicKind::Uint16: case BasicKind::Uint32: case BasicKind::Uint64:
    case BasicKind::Uintptr: case BasicKind::UntypedInt: case BasicKind::UntypedRune: {
      if (c.kind != Constant::Kind::Int && c.kind != Constant::Kind::Float) return false;
      ConstPtr i = toIntExact(c);
      if (!i) return false;
      if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) return intInRange(*i) && ok(i);
      Basic b(k, "");
      bool uns = b.isUnsigned();
      if (!intFits(i->intVal, static_cast<unsigned>(b.size() * 8), uns)) return false;
      return ok(i);
    }
    case BasicKind::Float32:
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: {
      if (c.kind != Constant::Kind::Int && c.kind != Constant::Kind::Float) return false;
      ConstPtr f = toFloat(c);
      if (k == BasicKind::UntypedFloat) return ok(f);
      APFloat v = f->floatVal;
      bool lost;
      v.convert(k == BasicKind::Float32 ? APFloat::IEEEsingle() : APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                &lost);
      if (v.isInfinity()) return false;  // overflows
      return ok(makeFloatAP(v));
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------- arithmetic

ConstPtr unaryOp(ast::Op op, const Constant& x, BasicKind typeKind) {
  using ast::Op;
  switch (op) {
    case Op::Add: return std::make_shared<Constant>(x);
    case Op::Sub:
      if (x.kind == Constant::Kind::Int) return makeIntAP(-x.intVal);
      if (x.kind == Constant::Kind::Float) { APFloat f = x.floatVal; f.changeSign(); return makeFloatAP(f); }
      return nullptr;
    case Op::Xor: {
      if (x.kind != Constant::Kind::Int) return nullptr;
      Basic b(typeKind, "");
      if (b.isUnsigned()) {
        // ^x for unsigned typed constants flips only the type's bits.
        unsigned bits = static_cast<unsigned>(b.size() * 8);
        APInt mask = APInt::getLowBitsSet(W, bits);
        return makeIntAP(x.intVal ^ mask);
      }
      return makeIntAP(~x.intVal);  // -x-1
    }
    case Op::Not:
      if (x.kind != Constant::Kind::Bool) return nullptr;
      return makeBool(!x.boolVal);
    default:
      return nullptr;
  }
}

ConstPtr binaryOp(ast::Op op, const Constant& x, const Constant& y, bool integerDivision) {
  using ast::Op;
  using K = Constant::Kind;
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Op::LAnd) return makeBool(x.boolVal && y.boolVal);
    if (op == Op::LOr) return makeBool(x.boolVal || y.boolVal);
    return nullptr;
  }
  if (x.kind == K::String && y.kind == K::String) {
    if (op == Op::Add) return makeString(x.strVal + y.strVal);
    return nullptr;
  }
  if (x.kind == K::Int && y.kind == K::Int && (integerDivision || op != Op::Quo)) {
    const APInt &a = x.intVal, &b = y.intVal;
    switch (op) {
      case Op::Add: return makeIntAP(a + b);
      case Op::Sub: return makeIntAP(a - b);
      case Op::Mul: {
        // 1024-bit products of in-range (<=512-bit) operands cannot wrap.
        return makeIntAP(a * b);
      }
      case Op::Quo: return makeIntAP(a.sdiv(b));
      case Op::Rem: return makeIntAP(a.srem(b));
      case Op::And: return makeIntAP(a & b);
      case Op::Or: return makeIntAP(a | b);
      case Op::Xor: return makeIntAP(a ^ b);
      case Op::AndNot: return makeIntAP(a & ~b);
      default: return nullptr;
    }
  }
  if ((x.kind == K::Int || x.kind == K::Float) && (y.kind == K::Int || y.kind == K::Float)) {
    APFloat a = toFloat(x)->floatVal, b = toFloat(y)->floatVal;
    auto rm = APFloat::rmNearestTiesToEven;
    switch (op) {
      case Op::Add: a.add(b, rm); break;
      case Op::Sub: a.subtract(b, rm); break;
      case Op::Mul: a.multiply(b, rm); break;
      case Op::Quo: a.divide(b, rm); break;
      default: return nullptr;
    }
    return makeFloatAP(a);
  }
  return nullptr;
}

ConstPtr shiftOp(ast::Op op, const Constant& x, uint64_t count) {
  ConstPtr i = toIntExact(x);
  if (!i) return nullptr;
  if (op == ast::Op::Shl) {
    if (count >= 512 + 64) count = 512 + 64;  // result is out of range anyway
    if (i->intVal.isZero()) return makeInt(0);
    if (i->intVal.getSignificantBits() + count > W - 1) return makeIntAP(APInt::getSignedMaxValue(W));  // overflow marker
    return makeIntAP(i->intVal.shl(static_cast<unsigned>(count)));
  }
  if (count >= W) count = W - 1;
  return makeIntAP(i->intVal.ashr(static_cast<unsigned>(count)));
}

static int compareValues(const Constant& x, const Constant& y) {
  using K = Constant::Kind;
  if (x.kind == K::String) return x.strVal < y.strVal ? -1 : (x.strVal == y.strVal ? 0 : 1);
  if (x.kind == K::Int && y.kind == K::Int) return x.intVal.slt(y.intVal) ? -1 : (x.intVal == y.intVal ? 0 : 1);
  APFloat a = toFloat(x)->floatVal, b = toFloat(y)->floatVal;
  switch (a.compare(b)) {
    case APFloat::cmpLessThan: return -1;
    case APFloat::cmpEqual: return 0;
    case APFloat::cmpGreaterThan: return 1;
    default: return 2;  // unordered: only != holds
  }
}

bool compareOp(ast::Op op, const Constant& x, const Constant& y) {
  using ast::Op;
  if (x.kind == Constant::Kind::Bool) return op == Op::Eql ? x.boolVal == y.boolVal : x.boolVal != y.boolVal;
  int c = compareValues(x, y);
  switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c == -1;
    case Op::Leq: return c == -1 || c == 0;
    case Op::Gtr: return c == 1;
    case Op::Geq: return c == 1 || c == 0;
    default: return false;
  }
}

bool isZero(const Constant& c) {
  if (c.kind == Constant::Kind::Int) return c.intVal.isZero();
  if (c.kind == Constant::Kind::Float) return c.floatVal.isZero();
  return false;
}

// ---------------------------------------------------------------- accessors

int64_t Constant::toInt64() const {
  if (kind == Kind::Float) return toIntExact(*this) ? toIntExact(*this)->intVal.trunc(64).getSExtValue() : 0;
  if (kind == Kind::Bool) return boolVal;
  return intVal.trunc(64).getSExtValue();
}

uint64_t Constant::toUint64() const { return static_cast<uint64_t>(toInt64()); }

double Constant::toDouble() const {
  APFloat f = types::toFloat(*this)->floatVal;
  bool lost;
  f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
  return f.convertToDouble();
}

float Constant::toFloat() const {
  APFloat f = types::toFloat(*this)->floatVal;
  bool lost;
  f.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &lost);
  return f.convertToFloat();
}

std::string Constant::toString() const {
  switch (kind) {
    case Kind::Bool: return boolVal ? "true" : "false";
    case Kind::String: {
      // Quoted as Go's strconv.Quote would for printable ASCII; others escaped.
      std::string out = "\"";
      for (unsigned char ch : strVal) {
        if (ch == '"' || ch == '\\') out += '\\', out += static_cast<char>(ch);
        else if (ch == '\n') out += "\\n";
        else if (ch == '\t') out += "\\t";
        else if (ch < 0x20 || ch == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", ch);
          out += buf;
        } else out += static_cast<char>(ch);
      }
      // go/constant shortens long strings in messages.
      if (out.size() > 72) out = out.substr(0, 69) + "...";
      return out + "\"";
    }
    case Kind::Int: {
      llvm::SmallString<64> s;
      intVal.toStringSigned(s, 10);
      return std::string(s);
    }
    case Kind::Float: {
      // go/constant prints floats in %.6g; an integral value prints as an integer.
      if (auto i = toIntExact(*this); i && i->intVal.getSignificantBits() <= 64) return i->toString();
      APFloat f = floatVal;
      bool lost;
      f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6g", f.convertToDouble());
      return buf;
    }
  }
  return "?";
}

}  // namespace gosub::types
