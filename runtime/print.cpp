// runtime/print.cpp — the print and println builtins (Go's print.go).
//
// Every piece goes straight to fd 2 with write(2), in order, as gc's gwrite
// does when no goroutine write buffer is installed. The compiler brackets one
// print statement with printlock/printunlock so that, once there are several
// threads, the pieces of one statement are not interleaved with another's.

#include "runtime.h"

namespace gosub::rt {

// Decimal digits of v into buf (at most 20 bytes; formatint 21 with the
// sign); returns the length. Used by print and the runtime's messages.
size_t formatuint(uint64_t v, char* buf) {
  char tmp[20];
  size_t i = sizeof tmp;
  do {
    tmp[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  size_t n = sizeof tmp - i;
  __builtin_memcpy(buf, tmp + i, n);
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


// debuglock serialises printing between Ms (Go's debuglock).
static mutex debuglock;

// printlock may be taken recursively by one M: a crash while printing must
// still be able to print, and print helpers may print.
void printlock() {
  m* mp = getg()->m;
  mp->printlock++;
  if (mp->printlock == 1) lock(&debuglock);
}

void printunlock() {
  m* mp = getg()->m;
  mp->printlock--;
  if (mp->printlock == 0) unlock(&debuglock);
}

void gwrite(const void* p, size_t n) {
  if (n == 0) return;
  // runtime.Stack collects a traceback in a buffer (callers.cpp).
  g* gp = getg();
  if (gp != nullptr && gp->writebuf != nullptr) {
    size_t room = static_cast<size_t>(gp->writebufcap - gp->writebuflen);
    size_t k = n < room ? n : room;
    __builtin_memcpy(gp->writebuf + gp->writebuflen, p, k);
    gp->writebuflen += static_cast<int64_t>(k);
    return;
  }
  write1(2, p, n);
}

void printcstr(const char* s) {
  size_t n = 0;
  while (s[n] != 0) n++;
  gwrite(s, n);
}

void printstring(const uint8_t* p, int64_t n) {
  if (n > 0) gwrite(p, static_cast<size_t>(n));
}

void printsp() { gwrite(" ", 1); }
void printnl() { gwrite("\n", 1); }

void printbool(bool v) {
  if (v) {
    gwrite("true", 4);
  } else {
    gwrite("false", 5);
  }
}

void printuint(uint64_t v) {
  char buf[kFmtIntBufSize];
  gwrite(buf, formatuint(v, buf));
}

void printint(int64_t v) {
  char buf[kFmtIntBufSize];
  gwrite(buf, formatint(v, buf));
}

void printhex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[18];
  size_t i = sizeof buf;
  do {
    buf[--i] = dig[v & 15];
    v >>= 4;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, sizeof buf - i);
}

// printpointer: print of a pointer, map, channel, func or unsafe.Pointer
// (Go's printpointer): its address in hex.
void printpointer(void* p) { printhex(reinterpret_cast<uintptr_t>(p)); }

// formatfloat_gc follows gc's printfloat step by step, because its output is
// defined by that algorithm rather than by exact decimal conversion: scale v
// into [1, 10) by repeated *10 and /10 (each step rounds), add half a unit in
// the 7th digit, then peel off 7 digits by truncation. Reproducing the same
// sequence of double operations reproduces gc's digits bit for bit, so
// print.cpp must not be compiled with fast-math or FP contraction.
size_t formatfloat_gc(double v, char* buf) {
  auto put = [buf](const char* s) {
    size_t n = 0;
    for (; s[n] != 0; n++) buf[n] = s[n];
    return n;
  };
  if (v != v) return put("NaN");
  if (v + v == v && v > 0) return put("+Inf");
  if (v + v == v && v < 0) return put("-Inf");

  constexpr int n = 7;  // significant digits printed
  buf[0] = '+';
  int e = 0;  // decimal exponent
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';  // negative zero
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // Round at the 7th digit; rounding may carry into a new leading digit.
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  // Digits go to buf[2..8]; the first then moves left of the '.'.
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>('0' + s);
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>('0' + e / 100);
  buf[n + 5] = static_cast<char>('0' + (e / 10) % 10);
  buf[n + 6] = static_cast<char>('0' + e % 10);
  return n + 7;
}

void printfloat(double v) {
  char buf[kGCFloatBufSize];
  gwrite(buf, formatfloat_gc(v, buf));
}

}  // namespace gosub::rt
