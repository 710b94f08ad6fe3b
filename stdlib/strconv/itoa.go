package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base (2 to 36), with lower-case
// letters for digits of 10 and more.
func FormatUint(i uint64, base int) string {
	return string(AppendUint(nil, i, base))
}

// FormatInt returns i in the given base (2 to 36).
func FormatInt(i int64, base int) string {
	return string(AppendInt(nil, i, base))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt's result to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		// -i as unsigned is right even for the smallest int64.
		return appendDigits(append(dst, '-'), uint64(-i), base)
	}
	return appendDigits(dst, uint64(i), base)
}

// AppendUint appends FormatUint's result to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendDigits(dst, i, base)
}

func appendDigits(dst []byte, u uint64, base int) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [64]byte // base 2 needs 64 digits
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	return append(dst, buf[i:]...)
}
