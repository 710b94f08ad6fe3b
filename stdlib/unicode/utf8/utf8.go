// Package utf8 encodes and decodes UTF-8 text: runes to bytes and back,
// with invalid input decoded as RuneError one byte at a time.
package utf8

const (
	RuneError = '\uFFFD'     // the "replacement character" for invalid input
	RuneSelf  = 0x80         // runes below are one byte, the same as ASCII
	MaxRune   = '\U0010FFFF' // the largest valid rune
	UTFMax    = 4            // the most bytes a rune takes
)

// Surrogate halves are not valid runes in UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// ValidRune reports whether r can be encoded: in range and not a
// surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

// RuneLen is the number of bytes of r's encoding, -1 if r is not valid.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding (RuneError's for an invalid rune) into p,
// which must be large enough, and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 4:
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	case -1:
		r = RuneError
	}
	p[0] = 0xE0 | byte(r>>12)
	p[1] = 0x80 | byte(r>>6)&0x3F
	p[2] = 0x80 | byte(r)&0x3F
	return 3
}

// AppendRune appends r's encoding to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// decodeLen reads a first byte: the length of the encoding it starts
// (0: it cannot start one) and the smallest rune of that length (anything
// below is an overlong form).
func decodeLen(b0 byte) (n int, min rune) {
	switch {
	case b0 < 0x80:
		return 1, 0
	case b0 < 0xC2: // continuation bytes, and C0/C1 (always overlong)
		return 0, 0
	case b0 < 0xE0:
		return 2, 0x80
	case b0 < 0xF0:
		return 3, 0x800
	case b0 < 0xF5:
		return 4, 0x10000
	}
	return 0, 0
}

// finish checks an assembled rune of n bytes: overlong forms, surrogates
// and runes past MaxRune decode as (RuneError, 1).
func finish(r rune, n int, min rune) (rune, int) {
	if r < min || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, n
}

// DecodeRune decodes the first rune in p and its width; (RuneError, 0)
// for empty input, (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	n, min := decodeLen(p[0])
	if n == 1 {
		return rune(p[0]), 1
	}
	if n == 0 || len(p) < n {
		return RuneError, 1
	}
	r = rune(p[0]) & (0x7F >> uint(n))
	for i := 1; i < n; i++ {
		if p[i]&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(p[i]&0x3F)
	}
	return finish(r, n, min)
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	n, min := decodeLen(s[0])
	if n == 1 {
		return rune(s[0]), 1
	}
	if n == 0 || len(s) < n {
		return RuneError, 1
	}
	r = rune(s[0]) & (0x7F >> uint(n))
	for i := 1; i < n; i++ {
		if s[i]&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(s[i]&0x3F)
	}
	return finish(r, n, min)
}

// DecodeLastRuneInString decodes the last rune of s and its width.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	// Back up over continuation bytes to a possible start, at most UTFMax.
	start := end - 1
	for start > 0 && end-start < UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneCount is the number of runes in p (each invalid byte counts as one).
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRune(p[i:])
		i += w
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// RuneStart reports whether b can begin an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
