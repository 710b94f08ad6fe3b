package strconv

// decimal is an exact decimal number: 0.d[0]d[1]...d[nd-1] × 10^dp.
//
// Every float64 is a dyadic rational mant × 2^exp, and every dyadic rational
// has a finite decimal expansion, so shifting the decimal form of mant by
// exp binary places gives the float's value exactly. Formatting then rounds
// those digits as the verb asks (correct rounding is just rounding exact
// digits). The largest expansion needed is that of the smallest subnormal,
// 2^-1074, with 767 significant digits; digits past the buffer are only
// remembered as "something non-zero was dropped" (trunc), which is all the
// rounding decision needs.
type decimal struct {
	d     [800]byte // digits, most significant first, as ASCII '0'..'9'
	nd    int       // number of digits in use
	dp    int       // position of the decimal point
	trunc bool      // non-zero digits were dropped past the end of d
}

// String formats the decimal as plain digits with a point, for debugging.
func (a *decimal) String() string {
	if a.nd == 0 {
		return "0"
	}
	var buf []byte
	if a.dp <= 0 {
		buf = append(buf, '0', '.')
		for i := 0; i < -a.dp; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, a.d[:a.nd]...)
	} else if a.dp < a.nd {
		buf = append(buf, a.d[:a.dp]...)
		buf = append(buf, '.')
		buf = append(buf, a.d[a.dp:a.nd]...)
	} else {
		buf = append(buf, a.d[:a.nd]...)
		for i := a.nd; i < a.dp; i++ {
			buf = append(buf, '0')
		}
	}
	return string(buf)
}

// trim drops trailing zeros, which carry no value.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to the integer v.
func (a *decimal) Assign(v uint64) {
	var tmp [24]byte
	n := 0
	for v > 0 {
		tmp[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = tmp[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// maxShift is the largest shift done in one pass: the running value of a
// pass must not overflow 64 bits when multiplied by 10 (4 bits) after
// being shifted.
const maxShift = 60

// shiftRight divides a by 2^k, k <= maxShift, reading digits into an
// accumulator and writing the quotient's digits back behind the reader.
func (a *decimal) shiftRight(k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	// Read digits until the accumulator holds at least 2^k.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0 // the value was zero
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	// Each further digit read yields one quotient digit.
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + c
	}
	// Then the remainder's digits, while there is room.
	for n > 0 {
		dig := n >> k
		n = (n & mask) * 10
		if w < len(a.d) {
			a.d[w] = byte(dig) + '0'
			w++
		} else if dig > 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// shiftLeft multiplies a by 2^k, k <= maxShift, from the least significant
// digit up, writing each product digit at its final place.
func (a *decimal) shiftLeft(k uint) {
	delta := newDigits(a, k)
	r := a.nd
	w := a.nd + delta
	var n uint64
	for r--; r >= 0; r-- {
		n += uint64(a.d[r]-'0') << k
		q := n / 10
		w--
		if w < len(a.d) {
			a.d[w] = byte(n-q*10) + '0'
		} else if n-q*10 != 0 {
			a.trunc = true
		}
		n = q
	}
	for n > 0 {
		q := n / 10
		w--
		if w < len(a.d) {
			a.d[w] = byte(n-q*10) + '0'
		} else if n-q*10 != 0 {
			a.trunc = true
		}
		n = q
	}
	a.nd += delta
	if a.nd >= len(a.d) {
		a.nd = len(a.d)
	}
	a.dp += delta
	a.trim()
}

// newDigits is the number of digits a left shift by k adds. With A the
// integer of a's n digits: 2^k has k+1-np digits where np is the number of
// digits of 5^k (their product is 10^k), so A·2^k has n+k-np or n+k-np+1
// digits; it has the extra digit exactly when A·2^k ≥ 10^(n+k-np), which
// multiplying by 5^k turns into A/10^n ≥ 5^k/10^np: a's digits compared
// with those of 5^k as decimal fractions.
func newDigits(a *decimal, k uint) int {
	// Digits of 5^k by repeated multiplication; k <= maxShift keeps them
	// under 43.
	var p [64]byte
	p[0] = '1'
	np := 1
	for i := uint(0); i < k; i++ {
		carry := 0
		for j := np - 1; j >= 0; j-- {
			v := int(p[j]-'0')*5 + carry
			p[j] = byte(v%10) + '0'
			carry = v / 10
		}
		if carry > 0 {
			copy(p[1:np+1], p[:np])
			p[0] = byte(carry) + '0'
			np++
		}
	}
	fewer := int(k) - np
	for i := 0; i < np; i++ {
		if i >= a.nd {
			return fewer // a is a proper prefix of 5^k's digits: smaller
		}
		if a.d[i] != p[i] {
			if a.d[i] < p[i] {
				return fewer
			}
			return fewer + 1
		}
	}
	return fewer + 1
}

// Shift multiplies a by 2^k (k > 0) or divides it by 2^-k (k < 0).
func (a *decimal) Shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > maxShift {
		a.shiftLeft(maxShift)
		k -= maxShift
	}
	if k > 0 {
		a.shiftLeft(uint(k))
	}
	for k < -maxShift {
		a.shiftRight(maxShift)
		k += maxShift
	}
	if k < 0 {
		a.shiftRight(uint(-k))
	}
}

// shouldRoundUp reports whether cutting a to nd digits must round up:
// the dropped part is over one half, or exactly one half and the kept
// digit is odd (round half to even).
func shouldRoundUp(a *decimal, nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true // more than half: digits were dropped
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits, half to even.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits.
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// RoundUp cuts a to nd digits and adds one unit in the last place kept.
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: the value becomes 1 followed by the point moving right.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}
