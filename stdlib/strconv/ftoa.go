package strconv

import "math"

// FormatFloat converts f to a string in format fmt with precision prec,
// rounding as if f were of bitSize bits (32 or 64).
//
// fmt: 'b' (-ddddp±ddd, binary exponent), 'e'/'E' (-d.dddde±dd), 'f'
// (-ddd.dddd), 'g'/'G' ('e' for large exponents, 'f' otherwise), 'x'/'X'
// (-0x1.hhhhp±dd, hexadecimal mantissa and binary exponent). prec is
// the number of digits after the point for 'e' and 'f', the number of
// significant digits for 'g'; -1 asks for the fewest digits that read back
// as exactly f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat's result to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var mantbits uint
	var expbits uint
	var bias int
	if bitSize == 32 {
		bits = uint64(math.Float32bits(float32(f)))
		mantbits, expbits, bias = 23, 8, -127
	} else if bitSize == 64 {
		bits = math.Float64bits(f)
		mantbits, expbits, bias = 52, 11, -1023
	} else {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}

	neg := bits>>(expbits+mantbits) != 0
	exp := int(bits>>mantbits) & (1<<expbits - 1)
	mant := bits & (uint64(1)<<mantbits - 1)

	switch exp {
	case 1<<expbits - 1:
		if mant != 0 {
			return append(dst, "NaN"...)
		}
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // subnormal: no implicit bit, smallest exponent
	default:
		mant |= uint64(1) << mantbits
	}
	exp += bias

	if fmt == 'b' {
		return fmtB(dst, neg, mant, exp, mantbits)
	}
	if fmt == 'x' || fmt == 'X' {
		return fmtX(dst, prec, fmt, neg, mant, exp, mantbits)
	}

	// The exact decimal value of mant × 2^(exp-mantbits).
	var d decimal
	d.Assign(mant)
	d.Shift(exp - int(mantbits))

	shortest := prec < 0
	if shortest {
		roundShortest(&d, mant, exp, mantbits, bias)
		switch fmt {
		case 'e', 'E':
			prec = d.nd - 1
			if prec < 0 {
				prec = 0
			}
		case 'f':
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		switch fmt {
		case 'e', 'E':
			d.Round(prec + 1)
		case 'f':
			d.Round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.Round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, &d, prec, fmt)
}

// formatDigits lays out the rounded digits of d in format fmt.
func formatDigits(dst []byte, shortest bool, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	case 'g', 'G':
		// %e when the exponent is below -4 or at least the precision
		// (6 for the shortest form, as %v prints 1e+06 but 100000).
		eprec := prec
		if eprec > d.nd && d.nd >= d.dp {
			eprec = d.nd
		}
		if shortest {
			eprec = 6
		}
		exp := d.dp - 1
		if exp < -4 || exp >= eprec {
			if prec > d.nd {
				prec = d.nd
			}
			return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
		}
		if prec > d.dp {
			prec = d.nd
		}
		p := prec - d.dp
		if p < 0 {
			p = 0
		}
		return fmtF(dst, neg, d, p)
	}
	// An unknown format: Go's %!x marker.
	return append(dst, '%', fmt)
}

// digitAt is the i-th digit of d, '0' past its end.
func digitAt(d *decimal, i int) byte {
	if i >= 0 && i < d.nd {
		return d.d[i]
	}
	return '0'
}

// fmtE: -d.ddddde±dd
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, digitAt(d, 0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, digitAt(d, i))
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0 // zero is 0e+00
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	// At least two exponent digits.
	if exp < 10 {
		return append(dst, '0', byte(exp)+'0')
	}
	if exp < 100 {
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/100)+'0', byte(exp/10%10)+'0', byte(exp%10)+'0')
}

// fmtF: -ddd.ddddd
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			dst = append(dst, digitAt(d, i))
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digitAt(d, d.dp+i))
		}
	}
	return dst
}

// fmtB: -ddddp±ddd, the mantissa and binary exponent as integers.
func fmtB(dst []byte, neg bool, mant uint64, exp int, mantbits uint) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// roundShortest cuts d, the exact value of mant × 2^(exp-mantbits), to the
// fewest digits that still lie strictly between the midpoints to the
// neighbouring floats (or on a midpoint when mant is even, since reading
// rounds half to even), so that the digits read back as the same float.
func roundShortest(d *decimal, mant uint64, exp int, mantbits uint, bias int) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// Midpoint to the next float up: (2·mant+1) × 2^(exp-mantbits-1).
	var upper decimal
	upper.Assign(mant*2 + 1)
	upper.Shift(exp - int(mantbits) - 1)

	// Midpoint to the next float down. At a power of two (other than the
	// smallest normal exponent) the float below is only half as far away.
	minexp := bias + 1
	mantlo := mant - 1
	explo := exp
	if mant <= uint64(1)<<mantbits && exp != minexp {
		mantlo = mant*2 - 1
		explo = exp - 1
	}
	var lower decimal
	lower.Assign(mantlo*2 + 1)
	lower.Shift(explo - int(mantbits) - 1)

	inclusive := mant%2 == 0

	// Walk the digits of upper (which may have one more integer digit than
	// d), keeping d's and lower's digits at the same place value, and stop
	// at the first place where cutting d is allowed. gap is upper's prefix
	// minus d's prefix in units of the current place, capped at 2 (it only
	// matters whether it is 0, 1 or more).
	upperdelta := upper.dp - d.dp
	gap := 0
	for ui := 0; ; ui++ {
		mi := ui - upperdelta
		if mi >= d.nd {
			break
		}
		li := ui - upper.dp + lower.dp
		l := digitAt(&lower, li)
		m := digitAt(d, mi)
		u := digitAt(&upper, ui)
		gap = gap*10 + int(u) - int(m)
		if gap > 2 {
			gap = 2
		}

		// Cutting here (rounding down) stays above lower if lower's digit
		// is smaller (all earlier digits agreed), or lower ends here and
		// may be reached.
		okdown := l != m || inclusive && li+1 == lower.nd
		// Rounding up adds one unit here: below upper if the gap is more
		// than one unit, or exactly one with upper continuing past this
		// place (or reachable).
		okup := gap > 1 || gap == 1 && (inclusive || ui+1 < upper.nd)

		switch {
		case okdown && okup:
			d.Round(mi + 1)
			return
		case okdown:
			d.RoundDown(mi + 1)
			return
		case okup:
			d.RoundUp(mi + 1)
			return
		}
	}
}

// fmtX: -0x1.hhhhhp±dd, the mantissa in hex with a leading 1 (0 for zero)
// and prec hex digits after the point (-1: as many as needed), rounded
// half to even.
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, mantbits uint) []byte {
	if mant == 0 {
		exp = 0
	}
	// Put the leading 1 at bit 60, leaving headroom for a carry.
	mant <<= 60 - mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1) // the bits cut off, as a fraction of 2^60
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 {
			// Rounding carried into a second leading bit: 0x2.0 is 0x1.0p+1.
			mant >>= 1
			exp++
		}
	}

	hex := lowerhex
	if fmt == 'X' {
		hex = upperhex
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte(mant>>60&1))
	mant <<= 4 // the first fraction digit now in bits 63..60
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[mant>>60&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[mant>>60&15])
			mant <<= 4
		}
	}
	if fmt == 'X' {
		dst = append(dst, 'P')
	} else {
		dst = append(dst, 'p')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}
