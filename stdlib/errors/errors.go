// Package errors creates errors and inspects chains of wrapped errors.
//
// An error wraps another if it has a method Unwrap() error; Is and As walk
// the chain that Unwrap methods form (fmt.Errorf's %w makes such errors).
package errors

import "internal/reflectlite"

// New returns an error whose Error method returns text. Each call returns
// a distinct error, even for the same text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns err's Unwrap() result, or nil if err has no such method.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain equals target (==, for
// comparable errors) or has a method Is(error) bool that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := reflectlite.TypeOf(target).Comparable()
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that is assignable to the value
// target points to (or whose As(any) bool method says it matches), stores
// it there and reports true. target must be a non-nil pointer to an
// interface type or to a type implementing error; As panics otherwise.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflectlite.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflectlite.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflectlite.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	for {
		if reflectlite.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflectlite.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

var errorType = reflectlite.TypeOf((*error)(nil)).Elem()
