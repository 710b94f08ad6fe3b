package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// flags are the parsed parts of one directive: %[flags][width][.prec]verb.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool // '-': pad on the right
	plus        bool // '+': always a sign; %+q ASCII only; %+v field names
	sharp       bool // '#': alternate form
	space       bool // ' ': a space for the sign; spaces between %x bytes
	zero        bool // '0': pad with leading zeros (numbers only)

	// %+v and %#v are remembered as plusV and sharpV, with plus and sharp
	// cleared, since they mean something else than '+' and '#' on the
	// operands printed inside them.
	plusV  bool
	sharpV bool
}

// formatter writes one formatted operand into buf.
type formatter struct {
	buf *buffer
	flags
	wid  int
	prec int
	// Scratch space for integer and float digits: big enough for a 64-bit
	// integer in base 2 with sign and prefix, and most floats.
	intbuf [68]byte
}

func (f *formatter) clearflags() {
	f.flags = flags{}
	f.wid = 0
	f.prec = 0
}

func (f *formatter) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding writes n bytes of padding: zeros when zero-padding on the
// left, spaces otherwise.
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	pad := byte(' ')
	if f.zero {
		pad = '0'
	}
	for i := 0; i < n; i++ {
		f.buf.writeByte(pad)
	}
}

// pad writes b padded to the width (counted in runes).
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		f.buf.write(b)
	} else {
		f.buf.write(b)
		f.writePadding(width)
	}
}

// padString is pad for a string.
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		f.buf.writeString(s)
	} else {
		f.buf.writeString(s)
		f.writePadding(width)
	}
}

// fmtBoolean formats true or false.
func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats a rune as U+0078, or U+0078 'x' with the sharp flag.
func (f *formatter) fmtUnicode(u uint64) {
	buf := f.intbuf[0:]
	// Room for "U+" and 16 hex digits, or with '#' also " 'r'" with the
	// rune's UTF-8 bytes; a larger precision needs a bigger buffer.
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		width := 2 + prec + 2 + utf8.UTFMax + 1
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i--
	buf[i] = '+'
	i--
	buf[i] = 'U'

	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// fmtInteger formats u (the magnitude; isSigned with u's bits as int64)
// in the given base. verb is 'v', 'd', 'b', 'o', 'O', 'x' or 'X'.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}

	buf := f.intbuf[0:]
	// A precision or width beyond the scratch buffer gets a buffer of its
	// own (3 more bytes for sign and prefix).
	if f.widPresent || f.precPresent {
		width := 3 + f.wid + f.prec
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}

	// Two ways to ask for leading zeros: %.3d and %03d. With both, the
	// precision wins and the width pads with spaces.
	prec := 0
	if f.precPresent {
		prec = f.prec
		// %.0d of zero prints no digits at all.
		if prec == 0 && u == 0 {
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // room for the sign
		}
	}

	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	// The alternate forms' prefixes.
	if f.sharp {
		switch base {
		case 2:
			i--
			buf[i] = 'b'
			i--
			buf[i] = '0'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i--
			buf[i] = digits[16]
			i--
			buf[i] = '0'
		}
	}
	if verb == 'O' {
		i--
		buf[i] = 'o'
		i--
		buf[i] = '0'
	}

	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}

	// Zero padding became precision above; the width pads with spaces.
	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate is truncateString for bytes.
func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats a string or byte slice (b when s is unused) as hex
// digits: %x, % x (spaces between bytes), %#x (0x prefixes).
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	// The precision limits the number of bytes encoded.
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	// The encoded width: two digits per byte, plus separators and prefixes.
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2 // 0x before every byte
			}
			width += length - 1 // spaces between bytes
		} else if f.sharp {
			width += 2 // one 0x
		}
	} else {
		// Nothing to encode: only the padding.
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	buf := f.buf
	if f.sharp {
		buf.writeByte('0')
		buf.writeByte(digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			buf.writeByte(' ')
			if f.sharp {
				buf.writeByte('0')
				buf.writeByte(digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		buf.writeByte(digits[c>>4])
		buf.writeByte(digits[c&0xF])
	}
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *formatter) fmtSx(s, digits string) {
	f.fmtSbx(s, nil, digits)
}

func (f *formatter) fmtBx(b []byte, digits string) {
	f.fmtSbx("", b, digits)
}

// fmtQ formats a double-quoted string with Go escapes (%q), only ASCII
// with '+', or a raw backquoted string with '#' when s allows one.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(buf, s))
	} else {
		f.pad(strconv.AppendQuote(buf, s))
	}
}

// fmtC formats a rune as its UTF-8 bytes (invalid runes as U+FFFD).
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	w := utf8.EncodeRune(buf[:utf8.UTFMax], r)
	f.pad(buf[:w])
}

// fmtQc formats a rune as a single-quoted Go character literal.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(buf, r))
	} else {
		f.pad(strconv.AppendQuoteRune(buf, r))
	}
}

// fmtFloat formats v (of size 32 or 64 bits) with strconv's verb and
// precision (the directive's precision, if given, wins), then applies the
// flags: sign, space, '#', zero padding.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// Leave room for a sign in front of the digits.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	// ' ' asks for a space instead of a plus sign, unless '+' asks too.
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are not padded with zeros, and NaN shows a sign
	// only when one was asked for.
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	// '#' always prints a decimal point and, for %g, keeps trailing zeros
	// up to the precision (6 if none was given).
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		// The exponent, set aside while digits are counted and added.
		var tailBuf [6]byte
		tail := tailBuf[:0]
		hasDecimalPoint := false
		sawNonzeroDigit := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasDecimalPoint = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				sawNonzeroDigit = true
			}
			// Significant digits count from the first non-zero one.
			if sawNonzeroDigit {
				digits--
			}
		}
		if !hasDecimalPoint {
			// A lone 0 counts as one significant digit.
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	// A sign is shown if asked for or negative.
	if f.plus || num[0] != '+' {
		// Zero padding goes between the sign and the digits.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
