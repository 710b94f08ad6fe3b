// Error wrapping with fmt.Errorf and package errors as Go 1.19 has them:
// chains of %w, errors.Is through every level and with a custom Is method,
// errors.As to a pointer type and to an interface, errors.Unwrap stopping at
// a non-wrapping error, %w with a non-error operand (%!w(...)) and with nil,
// two %w verbs (an error in Go 1.19), and %v/%s/%q/%+v of wrapped errors.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:layer2 (2): layer1: base
// OUT-NEXT:true false true true
// OUT-NEXT:true
// OUT-NEXT:true key key not found
// OUT-NEXT:true true false
// OUT-NEXT:true true false
// OUT-NEXT:bad: %!w(int=42)
// OUT-NEXT:nil: %!w(<nil>) true
// OUT-NEXT:base and %!w(*errors.errorString=&{second}) true
// OUT-NEXT:layer1: base|"layer1: base"|layer1: base|[layer1: base <nil>]
// OUT-NEXT:false true true
// OUT-NEXT:true true
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type TempErr struct{}

func (TempErr) Error() string   { return "temporary" }
func (TempErr) Temporary() bool { return true }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t == 0 || t == c)
}

var ErrBase = errors.New("base")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2 (%d): %w", 2, e1)
	e3 := fmt.Errorf("layer3: %v", e2) // %v does not wrap
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e3, ErrBase), errors.Unwrap(e2) == e1, errors.Unwrap(e3) == nil)
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(e2))) == nil)

	nf := fmt.Errorf("lookup: %w", &NotFound{"key"})
	var target *NotFound
	fmt.Println(errors.As(nf, &target), target.Name, target.Error())
	var tmp Temporary
	te := fmt.Errorf("op: %w", TempErr{})
	fmt.Println(errors.As(te, &tmp), tmp.Temporary(), errors.As(nf, &tmp))

	ce := fmt.Errorf("wrapped: %w", CodeErr(404))
	fmt.Println(errors.Is(ce, CodeErr(404)), errors.Is(ce, CodeErr(0)), errors.Is(ce, CodeErr(500)))

	fmt.Println(fmt.Errorf("bad: %w", 42))
	fmt.Println(fmt.Errorf("nil: %w", nil), errors.Unwrap(fmt.Errorf("nil: %w", nil)) == nil)
	two := fmt.Errorf("%w and %w", ErrBase, errors.New("second"))
	fmt.Println(two, errors.Unwrap(two) == nil)
	fmt.Printf("%s|%q|%+v|%v\n", e1, e1, e1, []error{e1, nil})
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil), errors.Unwrap(nil) == nil)
	var nilNF *NotFound
	fmt.Println(errors.As(fmt.Errorf("%w", nilNF), &target), target == nil)
}
