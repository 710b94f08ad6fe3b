// runtime/fmt.cpp — fmt's %v for bool, integers and floats (first version).
//
// Until fmt is written in Go on top of strconv, the compiler lowers
// fmt.Print/Println operands to these calls. Output must equal Go's fmt byte
// for byte; floats follow strconv.FormatFloat(v, 'g', -1, bitsize).

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

namespace gosub::rt {

size_t formatuint(uint64_t v, char* buf) {
  char tmp[20];
  size_t i = sizeof tmp;
  do {
    tmp[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  size_t n = sizeof tmp - i;
  memcpy(buf, tmp + i, n);
  return n;
}

size_t formatint(int64_t v, char* buf) {
  if (v < 0) {
    buf[0] = '-';
    // Negate in unsigned arithmetic: -INT64_MIN overflows int64.
    return 1 + formatuint(0 - static_cast<uint64_t>(v), buf + 1);
  }
  return formatuint(static_cast<uint64_t>(v), buf);
}

namespace {

// decimal is a digit string d[0:nd] with the decimal point before digit dp:
// value = 0.d[0]d[1]... * 10^dp (strconv's decimalSlice).
struct decimal {
  char d[24];
  int nd;
  int dp;
};

bool roundtrips(const char* s, double v, int bitsize) {
  if (bitsize == 32) return strtof(s, nullptr) == static_cast<float>(v);
  return strtod(s, nullptr) == v;
}

// parse_e reads snprintf's "%.*e" output "D.DDDe±XX" for positive v.
void parse_e(const char* s, decimal* d) {
  d->nd = 0;
  for (; *s != 'e'; s++)
    if (*s != '.') d->d[d->nd++] = *s;
  d->dp = atoi(s + 1) + 1;
}

// render writes d as "D.DDDe±X" so that it can be parsed back.
void render(const decimal& d, char* out) {
  char* p = out;
  *p++ = d.d[0];
  if (d.nd > 1) {
    *p++ = '.';
    for (int i = 1; i < d.nd; i++) *p++ = d.d[i];
  }
  snprintf(p, 8, "e%d", d.dp - 1);
}

// step moves d to the next (dir=+1) or previous (dir=-1) decimal with the
// same number of digits.
void step(decimal* d, int dir) {
  int i = d->nd - 1;
  if (dir > 0) {
    while (i >= 0 && d->d[i] == '9') d->d[i--] = '0';
    if (i < 0) {  // 99..9 + 1 = 100..0: one more power of ten
      d->d[0] = '1';
      d->dp++;
    } else {
      d->d[i]++;
    }
  } else {
    while (i >= 0 && d->d[i] == '0') d->d[i--] = '9';
    d->d[i]--;  // i >= 0: d has no leading zero
    if (d->d[0] == '0') {  // 100..0 - 1 = 99..9 one power of ten lower
      memmove(d->d, d->d + 1, static_cast<size_t>(d->nd - 1));
      d->d[d->nd - 1] = '9';
      d->dp--;
    }
  }
}

// shortest sets d to the shortest decimal that reads back as v (a positive
// finite float of the given bitsize) and, among those, the one nearest to v:
// what strconv's Ryu-based shortest formatting produces.
//
// It asks libc for the correctly rounded p-digit decimal for p = 1, 2, ...
// and stops at the first p that round-trips. The nearest p-digit decimal can
// miss the rounding interval of v while its neighbour on the other side of v
// hits it (the interval is lopsided at powers of two), so both neighbours are
// tried before moving on to p+1.
void shortest(double v, int bitsize, decimal* d) {
  int maxdigits = bitsize == 32 ? 9 : 17;
  char s[40];
  for (int p = 1; p <= maxdigits; p++) {
    snprintf(s, sizeof s, "%.*e", p - 1, v);
    parse_e(s, d);
    if (roundtrips(s, v, bitsize)) break;
    decimal up = *d, down = *d;
    step(&up, +1);
    render(up, s);
    if (roundtrips(s, v, bitsize)) {
      *d = up;
      break;
    }
    step(&down, -1);
    render(down, s);
    if (roundtrips(s, v, bitsize)) {
      *d = down;
      break;
    }
  }
  while (d->nd > 1 && d->d[d->nd - 1] == '0') d->nd--;
}

}  // namespace

size_t formatfloat_v(double v, int bitsize, char* buf) {
  if (bitsize == 32) v = static_cast<float>(v);
  if (v != v) {
    memcpy(buf, "NaN", 3);
    return 3;
  }
  if (v + v == v && v != 0) {
    memcpy(buf, v > 0 ? "+Inf" : "-Inf", 4);
    return 4;
  }
  char* p = buf;
  if (__builtin_signbit(v)) {
    *p++ = '-';
    v = -v;
  }
  decimal d;
  if (v == 0) {
    d.nd = 0;
    d.dp = 0;
  } else {
    shortest(v, bitsize, &d);
  }
  // strconv's %g with shortest precision: %e when the exponent is < -4 or
  // >= 6 (with shortest digits Go fixes eprec at 6), else %f; either way
  // exactly the shortest digits, no padding zeros after the point.
  int exp = d.dp - 1;
  if (d.nd != 0 && (exp < -4 || exp >= 6)) {
    *p++ = d.d[0];
    if (d.nd > 1) {
      *p++ = '.';
      for (int i = 1; i < d.nd; i++) *p++ = d.d[i];
    }
    *p++ = 'e';
    *p++ = exp < 0 ? '-' : '+';
    if (exp < 0) exp = -exp;
    if (exp >= 100) *p++ = static_cast<char>('0' + exp / 100);
    *p++ = static_cast<char>('0' + exp / 10 % 10);
    *p++ = static_cast<char>('0' + exp % 10);
    return static_cast<size_t>(p - buf);
  }
  // %f: integer part (zero-padded up to the point), then the fraction.
  if (d.dp > 0) {
    for (int i = 0; i < d.dp; i++) *p++ = i < d.nd ? d.d[i] : '0';
  } else {
    *p++ = '0';
  }
  if (d.nd > d.dp) {
    *p++ = '.';
    for (int i = d.dp; i < d.nd; i++) *p++ = i < 0 ? '0' : d.d[i];
  }
  return static_cast<size_t>(p - buf);
}

namespace {

GoString gostringn(const char* p, size_t n) {
  auto* s = static_cast<uint8_t*>(mallocgc(static_cast<int64_t>(n)));
  memcpy(s, p, n);
  return GoString{s, static_cast<int64_t>(n)};
}

}  // namespace

// Strings are immutable, so the constant spellings need no allocation.
GoString fmtbool(bool v) {
  static const char t[] = "true", f[] = "false";
  return v ? GoString{reinterpret_cast<const uint8_t*>(t), 4}
           : GoString{reinterpret_cast<const uint8_t*>(f), 5};
}

GoString fmtint(int64_t v) {
  char buf[kFmtIntBufSize];
  return gostringn(buf, formatint(v, buf));
}

GoString fmtuint(uint64_t v) {
  char buf[kFmtIntBufSize];
  return gostringn(buf, formatuint(v, buf));
}

// libc's snprintf/strtod need kilobytes of stack, more than the reserve a
// goroutine's segment keeps below its guard: format on the system stack.
GoString fmtfloat(double v, int64_t bitsize) {
  char buf[kFmtFloatBufSize];
  size_t n = 0;
  systemstack([&] { n = formatfloat_v(v, static_cast<int>(bitsize), buf); });
  return gostringn(buf, n);
}

}  // namespace gosub::rt
