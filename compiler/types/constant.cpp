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

// num/den reduced, den > 0. Rationals whose parts outgrow the working width
// become quad-precision floats (Go similarly leaves big.Rat for big.Float).
static ConstPtr makeRat(APInt num, APInt den);

// Exact rational from a finite binary float: mantissa * 2^exp.
static bool ratFromAPFloat(const APFloat& f, APInt& num, APInt& den) {
  if (!f.isFinite()) return false;
  if (f.isZero()) {
    num = APInt(W, 0);
    den = APInt(W, 1);
    return true;
  }
  const int prec = static_cast<int>(APFloat::semanticsPrecision(f.getSemantics()));
  int e = ilogb(f);
  // f * 2^(prec-1-e) is an integer of at most prec bits.
  APFloat m = scalbn(f, prec - 1 - e, APFloat::rmNearestTiesToEven);
  llvm::APSInt mi(W, false);
  bool exact = false;
  m.convertToInteger(mi, APFloat::rmTowardZero, &exact);
  int shift = e - (prec - 1);  // value = mi * 2^shift
  if (shift > 0) {
    if (mi.getSignificantBits() + static_cast<unsigned>(shift) > W - 64) return false;
    num = APInt(mi).shl(static_cast<unsigned>(shift));
    den = APInt(W, 1);
  } else {
    if (static_cast<unsigned>(-shift) > W - 64) return false;
    num = APInt(mi);
    den = APInt(W, 1).shl(static_cast<unsigned>(-shift));
  }
  return true;
}

ConstPtr makeFloatAP(const APFloat& v) {
  APFloat q = v;
  bool lost;
  q.convert(APFloat::IEEEquad(), APFloat::rmNearestTiesToEven, &lost);
  APInt num, den;
  if (ratFromAPFloat(q, num, den)) return makeRat(num, den);
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::Float;
  c->ratExact = false;
  c->floatVal = q;
  return c;
}


// Correctly rounded conversion of num/den (den > 0) to a binary float:
// divide with enough quotient bits plus a sticky bit, let APFloat round the
// integer, then scale by the power of two.
static APFloat ratToAPFloat(const APInt& num, const APInt& den, const llvm::fltSemantics& sem) {
  constexpr unsigned Wide = 3 * W;
  const int prec = static_cast<int>(APFloat::semanticsPrecision(sem));
  bool neg = num.isNegative();
  APInt n = (neg ? -num : num).zext(Wide);
  APInt d = den.zext(Wide);
  if (n.isZero()) {
    APFloat z = APFloat::getZero(sem, neg);
    return z;
  }
  // q = floor(n/d * 2^k) with prec+2 or more significant bits; k may be
  // negative when n/d is large.
  int k = (prec + 2) - (static_cast<int>(n.getActiveBits()) - static_cast<int>(d.getActiveBits())) + 1;
  APInt q, r;
  if (k >= 0)
    APInt::udivrem(n.shl(static_cast<unsigned>(k)), d, q, r);
  else
    APInt::udivrem(n, d.shl(static_cast<unsigned>(-k)), q, r);
  q = q.shl(1);
  if (!r.isZero()) q.setBit(0);  // sticky: the true value is a bit above q
  k += 1;
  APFloat f(sem);
  f.convertFromAPInt(q, false, APFloat::rmNearestTiesToEven);
  f = scalbn(f, -k, APFloat::rmNearestTiesToEven);
  if (neg) f.changeSign();
  return f;
}

static ConstPtr makeRat(APInt num, APInt den) {
  if (den.isNegative()) {
    num = -num;
    den = -den;
  }
  APInt a = num.isNegative() ? -num : num;
  APInt g = llvm::APIntOps::GreatestCommonDivisor(a, den);
  if (!g.isZero() && !g.isOne()) {
    num = num.sdiv(g);
    den = den.udiv(g);
  }
  auto c = std::make_shared<Constant>();
  c->kind = Constant::Kind::Float;
  if (num.getSignificantBits() > W - 100 || den.getActiveBits() > W - 100) {
    c->ratExact = false;
    c->floatVal = ratToAPFloat(num, den, APFloat::IEEEquad());
    return c;
  }
  c->ratNum = num;
  c->ratDen = den;
  c->floatVal = ratToAPFloat(num, den, APFloat::IEEEquad());
  return c;
}

// The value as a quad float, whichever representation holds it.
static APFloat quadOf(const Constant& c) {
  if (c.kind == Constant::Kind::Int) {
    APFloat f(APFloat::IEEEquad());
    f.convertFromAPInt(c.intVal, true, APFloat::rmNearestTiesToEven);
    return f;
  }
  return c.floatVal;
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

// A decimal float literal as an exact rational: digits * 10^exp. Returns null
// for hex floats and for exponents too large to hold exactly.
static ConstPtr parseDecimalFloat(const std::string& text) {
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) return nullptr;
  std::string digits;
  long exp10 = 0;
  size_t i = 0;
  bool afterDot = false;
  for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; i++) {
    if (text[i] == '.') { afterDot = true; continue; }
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return nullptr;
    digits += text[i];
    if (afterDot) exp10--;
  }
  if (i < text.size()) {
    long e = 0;
    bool neg = false;
    size_t j = i + 1;
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) neg = text[j++] == '-';
    if (j == text.size()) return nullptr;
    for (; j < text.size(); j++) {
      if (!std::isdigit(static_cast<unsigned char>(text[j]))) return nullptr;
      e = e * 10 + (text[j] - '0');
      if (e > 100000) return nullptr;
    }
    exp10 += neg ? -e : e;
  }
  // 10^k needs about 3.33 k bits; keep well inside the working width.
  size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return makeRat(APInt(W, 0), APInt(W, 1));
  digits = digits.substr(first);
  if (digits.size() > 200 || exp10 > 250 || exp10 < -250) return nullptr;
  APInt num(W, digits, 10);
  APInt ten(W, 10);
  APInt pow(W, 1);
  for (long k = 0; k < (exp10 < 0 ? -exp10 : exp10); k++) pow *= ten;
  return exp10 >= 0 ? makeRat(num * pow, APInt(W, 1)) : makeRat(num, pow);
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
      if (ConstPtr exact = parseDecimalFloat(clean)) return exact;
      // Hex floats are exact in binary; huge decimal exponents go through quad.
      APFloat f(APFloat::IEEEquad());
      auto st = f.convertFromString(clean, APFloat::rmNearestTiesToEven);
      if (!st) { error = "invalid floating-point literal " + text; llvm::consumeError(st.takeError()); return nullptr; }
      // Beyond quad precision's exponent range gosub cannot hold the value;
      // say so instead of computing with Inf or 0.
      if (*st & (APFloat::opOverflow | APFloat::opUnderflow)) {
        error = "floating-point constant " + text + " is out of the range gosub supports (about 1e±4930)";
        return nullptr;
      }
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
  return makeRat(c.intVal, APInt(W, 1));
}

ConstPtr toIntExact(const Constant& c) {
  if (c.kind == Constant::Kind::Int) return std::make_shared<Constant>(c);
  if (c.kind != Constant::Kind::Float) return nullptr;
  if (c.ratExact) return c.ratDen.isOne() ? makeIntAP(c.ratNum) : nullptr;
  if (!c.floatVal.isFinite() || !c.floatVal.isInteger()) return nullptr;
  llvm::APSInt r(W, false);
  bool exact = false;
  c.floatVal.convertToInteger(r, APFloat::rmTowardZero, &exact);
  if (!exact) return nullptr;
  return makeIntAP(r);
}

// The value rounded to a binary format, correctly for exact rationals.
static APFloat roundTo(const Constant& c, const llvm::fltSemantics& sem) {
  if (c.kind == Constant::Kind::Int) return ratToAPFloat(c.intVal, APInt(W, 1), sem);
  if (c.ratExact) return ratToAPFloat(c.ratNum, c.ratDen, sem);
  APFloat f = c.floatVal;
  bool lost;
  f.convert(sem, APFloat::rmNearestTiesToEven, &lost);
  return f;
}

bool intInRange(const Constant& c) {
  // gc keeps untyped integers with a 512-bit magnitude (plus sign).
  if (c.kind != Constant::Kind::Int) return true;
  return c.intVal.abs().getActiveBits() <= 512;
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
      if (k == BasicKind::UntypedFloat) return ok(toFloat(c));
      APFloat v = roundTo(c, k == BasicKind::Float32 ? APFloat::IEEEsingle() : APFloat::IEEEdouble());
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
      if (x.kind == Constant::Kind::Float) {
        if (x.ratExact) return makeRat(-x.ratNum, x.ratDen);
        APFloat f = x.floatVal;
        f.changeSign();
        return makeFloatAP(f);
      }
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
    ConstPtr fx = toFloat(x), fy = toFloat(y);
    if (fx->ratExact && fy->ratExact) {
      // Exact rational arithmetic in a double-width intermediate; makeRat
      // reduces and falls back to quad if the result is still too large.
      constexpr unsigned W2 = 2 * W;
      APInt an = fx->ratNum.sext(W2), ad = fx->ratDen.zext(W2), bn = fy->ratNum.sext(W2), bd = fy->ratDen.zext(W2);
      APInt n, d;
      switch (op) {
        case Op::Add: n = an * bd + bn * ad; d = ad * bd; break;
        case Op::Sub: n = an * bd - bn * ad; d = ad * bd; break;
        case Op::Mul: n = an * bn; d = ad * bd; break;
        case Op::Quo:
          if (bn.isZero()) return nullptr;
          n = an * bd;
          d = ad * bn;
          break;
        default: return nullptr;
      }
      if (d.isNegative()) { n = -n; d = -d; }
      APInt g = llvm::APIntOps::GreatestCommonDivisor(n.isNegative() ? -n : n, d);
      if (!g.isZero() && !g.isOne()) { n = n.sdiv(g); d = d.udiv(g); }
      if (n.getSignificantBits() <= W && d.getActiveBits() < W) return makeRat(n.trunc(W), d.trunc(W));
      // Too large to stay exact: fall through to quad precision.
    }
    APFloat a = quadOf(*fx), b = quadOf(*fy);
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
  ConstPtr fx = toFloat(x), fy = toFloat(y);
  if (fx->ratExact && fy->ratExact) {
    constexpr unsigned W2 = 2 * W;
    APInt l = fx->ratNum.sext(W2) * fy->ratDen.zext(W2);
    APInt r = fy->ratNum.sext(W2) * fx->ratDen.zext(W2);
    return l.slt(r) ? -1 : (l == r ? 0 : 1);
  }
  APFloat a = quadOf(*fx), b = quadOf(*fy);
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
  if (c.kind == Constant::Kind::Float) return c.ratExact ? c.ratNum.isZero() : c.floatVal.isZero();
  return false;
}

// ---------------------------------------------------------------- accessors

int64_t Constant::toInt64() const {
  if (kind == Kind::Float) return toIntExact(*this) ? toIntExact(*this)->intVal.trunc(64).getSExtValue() : 0;
  if (kind == Kind::Bool) return boolVal;
  return intVal.trunc(64).getSExtValue();
}

uint64_t Constant::toUint64() const { return static_cast<uint64_t>(toInt64()); }

double Constant::toDouble() const { return roundTo(*this, APFloat::IEEEdouble()).convertToDouble(); }

float Constant::toFloat() const { return roundTo(*this, APFloat::IEEEsingle()).convertToFloat(); }

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
      char buf[64];
      double d = toDouble();
      APFloat q = roundTo(*this, APFloat::IEEEquad());
      if (!std::isinf(d) && (d != 0 || q.isZero())) {
        std::snprintf(buf, sizeof buf, "%.6g", d);
        return buf;
      }
      // Outside float64's range go/constant approximates: |q| = mant * 2^exp
      // with 0.5 <= mant < 1, then m * 10^e with 1 <= |m| < 10.
      int exp = ilogb(q) + 1;  // (APFloat friends, found by ADL)
      APFloat mantq = scalbn(q, -exp, APFloat::rmNearestTiesToEven);
      bool lost;
      mantq.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      double m = mantq.convertToDouble();
      double dexp = exp * (std::log(2.0) / std::log(10.0));
      int64_t e = static_cast<int64_t>(dexp);
      m *= std::pow(10.0, dexp - static_cast<double>(e));
      double am = std::fabs(m);
      if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
      } else if (am >= 10) {
        m /= 10;
        e++;
      }
      std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
      return buf;
    }
  }
  return "?";
}

}  // namespace gosub::types
