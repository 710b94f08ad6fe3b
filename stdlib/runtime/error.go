package runtime

import "unsafe"

// The run-time error values, as Go's runtime/error.go: what recover()
// returns after a failed index, conversion, division, channel operation...
//
// The C++ runtime (runtime/error.cpp, iface.cpp) builds these values and
// panics with them; it names their descriptors through GO_TYPE entries of
// runtime/abi.def, which the compiler emits in every program (this package
// is part of every program). Their layouts are mirrored in runtime/error.h
// and checked against these declarations by test/unit/error_types_test.cpp.

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError does nothing: having it is what marks a run-time
	// error apart from other errors.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // one method needed by Interface, missing from Concrete
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.str
	}
	as := e.asserted.str
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.str
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// The same spelling: say why they differ.
			if e.concrete.pkgpath() != e.asserted.pkgpath() {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
}

// An errorString represents a runtime error described by a single string.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a runtime error printed without the "runtime error: "
// prefix (closed channels, nil maps, failed conversions of method values).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError represents an indexing or slicing operation gone wrong.
type boundsError struct {
	x int64
	y int
	// x came from a signed index (else it is printed as a uint64, so
	// that one int64 covers both); y, a length or bound, is never negative.
	signed bool
	code   boundsErrorCode
}

type boundsErrorCode uint8

const (
	boundsIndex      boundsErrorCode = iota // s[x], 0 <= x < len(s) failed
	boundsSliceAlen                         // s[?:x], 0 <= x <= len(s) failed
	boundsSliceAcap                         // s[?:x], 0 <= x <= cap(s) failed
	boundsSliceB                            // s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen)
	boundsSlice3Alen                        // s[?:?:x], 0 <= x <= len(s) failed
	boundsSlice3Acap                        // s[?:?:x], 0 <= x <= cap(s) failed
	boundsSlice3B                           // s[?:x:y], 0 <= x <= y failed (but boundsSlice3A didn't happen)
	boundsSlice3C                           // s[x:y:?], 0 <= x <= y failed (but boundsSlice3A/B didn't happen)
	boundsConvert                           // (*[x]T)(s), 0 <= x <= len(s) failed
)

// boundsErrorFmt is the message of each code, %x and %y standing for the
// two values. A switch rather than Go's array variable: run-time errors can
// happen before any package initialiser has run.
func boundsErrorFmt(code boundsErrorCode) string {
	switch code {
	case boundsIndex:
		return "index out of range [%x] with length %y"
	case boundsSliceAlen:
		return "slice bounds out of range [:%x] with length %y"
	case boundsSliceAcap:
		return "slice bounds out of range [:%x] with capacity %y"
	case boundsSliceB:
		return "slice bounds out of range [%x:%y]"
	case boundsSlice3Alen:
		return "slice bounds out of range [::%x] with length %y"
	case boundsSlice3Acap:
		return "slice bounds out of range [::%x] with capacity %y"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:%y]"
	case boundsSlice3C:
		return "slice bounds out of range [%x:%y:]"
	}
	return "cannot convert slice with length %y to pointer to array with length %x"
}

// boundsNegErrorFmt: the message when x is negative (y is then irrelevant).
func boundsNegErrorFmt(code boundsErrorCode) string {
	switch code {
	case boundsIndex:
		return "index out of range [%x]"
	case boundsSliceAlen, boundsSliceAcap:
		return "slice bounds out of range [:%x]"
	case boundsSliceB:
		return "slice bounds out of range [%x:]"
	case boundsSlice3Alen, boundsSlice3Acap:
		return "slice bounds out of range [::%x]"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:]"
	case boundsSlice3C:
		return "slice bounds out of range [%x::]"
	}
	return "cannot convert slice with length %y to pointer to array with length %x"
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	fmt := boundsErrorFmt(e.code)
	if e.signed && e.x < 0 {
		fmt = boundsNegErrorFmt(e.code)
	}
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(fmt); i++ {
		c := fmt[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		switch fmt[i] {
		case 'x':
			b = appendIntStr(b, e.x, e.signed)
		case 'y':
			b = appendIntStr(b, int64(e.y), true)
		}
	}
	return string(b)
}

// appendIntStr appends v in decimal, as signed or unsigned.
func appendIntStr(b []byte, v int64, signed bool) []byte {
	if signed && v < 0 {
		b = append(b, '-')
		return appendUint(b, uint64(-v))
	}
	return appendUint(b, uint64(v))
}

func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// stringer is what the runtime prints a non-error panic value with, when
// the value has a String method (printpanics, via preprintpanics).
type stringer interface {
	String() string
}

// _type is the header of every type descriptor (runtime/type.h's _type);
// TypeAssertionError's fields point at descriptors.
type _type struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	hasher     unsafe.Pointer
	str        string
	uncommon   *uncommontype
	ptrToThis  *_type
}

type uncommontype struct {
	pkgpath string
	mcount  int64
	methods unsafe.Pointer
}

// pkgpath is the package a defined type was declared in ("" for others).
func (t *_type) pkgpath() string {
	if t.uncommon == nil {
		return ""
	}
	return t.uncommon.pkgpath
}
