package strconv

import "unicode/utf8"

const (
	lowerhex = "0123456789abcdef"
	upperhex = "0123456789ABCDEF"
)

// Quote returns s as a double-quoted Go string literal: control and
// non-printable runes (IsPrint) as \a, \n, \x7f, \u2028..., invalid UTF-8
// bytes as \xNN.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false)
}

// QuoteToASCII is Quote with every non-ASCII rune escaped too.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', true))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true)
}

// QuoteRune returns r as a single-quoted Go character literal; invalid
// runes become '�'.
func QuoteRune(r rune) string {
	return string(AppendQuoteRune(nil, r))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false)
}

// QuoteRuneToASCII is QuoteRune with non-ASCII runes escaped.
func QuoteRuneToASCII(r rune) string {
	return string(AppendQuoteRuneToASCII(nil, r))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true)
}

func appendQuoted(buf []byte, s string, quote byte, asciiOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			// An invalid byte: shown as itself in hex.
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly)
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, asciiOnly bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = appendEscapedRune(buf, r, '\'', asciiOnly)
	return append(buf, '\'')
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	if r < ' ' || r == 0x7f {
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	}
	if !utf8.ValidRune(r) {
		r = 0xFFFD
	}
	// \uXXXX, or \UXXXXXXXX beyond the Basic Multilingual Plane.
	esc, top := byte('u'), 12
	if r >= 0x10000 {
		esc, top = 'U', 28
	}
	buf = append(buf, '\\', esc)
	for s := top; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// CanBackquote reports whether s can be a raw string literal unchanged:
// valid UTF-8 without backquotes or control characters other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false // a byte order mark would be dropped by editors
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// IsPrint reports whether r is printable as Go defines it: letters,
// marks, numbers, punctuation, symbols and the ASCII space (unicode.IsPrint).
func IsPrint(r rune) bool {
	if r < 0 {
		return false
	}
	x := uint32(r)
	// Binary search over the [lo, hi] pairs.
	lo, hi := 0, len(printRanges)/2
	for lo < hi {
		m := (lo + hi) / 2
		if x < printRanges[2*m] {
			hi = m
		} else if x > printRanges[2*m+1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}
