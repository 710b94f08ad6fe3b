// Overriding promoted methods: an outer type's method shadows the embedded one and can call it explicitly; the embedded type's methods see only what they are given (no virtual dispatch).
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string  { return b.name }
func (b *Base) Sound() string { return "..." }
func (b *Base) Describe(a Animal) string { return a.Name() + " says " + a.Sound() }

type Dog struct{ *Base }

func (d Dog) Sound() string { return "woof+" + d.Base.Sound() }

type Puppy struct{ Dog }

func (p Puppy) Name() string { return "little " + p.Dog.Name() }

func main() {
	d := Dog{&Base{"rex"}}
	p := Puppy{Dog{&Base{"bit"}}}
	as := []Animal{d.Base, d, p}
	want := []string{"rex says ...", "rex says woof+...", "little bit says woof+..."}
	for i, a := range as {
		if d.Describe(a) != want[i] {
			panic("override through embedding")
		}
	}
	if p.Describe(p) != "little bit says woof+..." {
		panic("promoted Describe with outer value")
	}
	d.Base.name = "max"
	if as[1].Name() != "max" {
		panic("interface holds Dog sharing *Base")
	}
	println("ok")
}
