// Package reflectlite takes values of any type apart for fmt and errors,
// reading the type descriptors the compiler emits. It is internal to the
// standard library: user programs get no reflection.
//
// The structs below mirror runtime/type.h field for field (and so the
// compiler's codegen/typedesc_layout.h). Change the three together: so far
// only fmt's run tests, which print every kind of value, check this copy.
package reflectlite

import "unsafe"

// Kind numbers as Go's reflect.Kind.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const (
	kindDirectIface = 1 << 5
	kindMask        = 1<<5 - 1
)

// rtype is runtime/type.h's _type.
type rtype struct {
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
	uncommon   *uncommonType
	ptrToThis  *rtype
}

type method struct {
	name    string
	pkgpath string // unexported names only
	mtyp    *funcType
	ifn  unsafe.Pointer
}

type uncommonType struct {
	pkgpath string
	mcount  int64
	methods *[1 << 16]method
}

type arrayType struct {
	typ   rtype
	elem  *rtype
	slice *rtype
	len   int64
}

type chanType struct {
	typ  rtype
	elem *rtype
	dir  int64
}

type funcType struct {
	typ      rtype
	inCount  int64
	outCount int64
	variadic bool
	params   *[1 << 16]*rtype
}

type imethod struct {
	name    string
	pkgpath string // unexported names only
	typ     *funcType
}

type interfaceType struct {
	typ     rtype
	pkgpath string
	mcount  int64
	methods *[1 << 16]imethod
}

type mapType struct {
	typ        rtype
	key        *rtype
	elem       *rtype
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32
}

type ptrType struct {
	typ  rtype
	elem *rtype
}

type sliceType struct {
	typ  rtype
	elem *rtype
}

type structField struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded bool
}

type structType struct {
	typ     rtype
	pkgpath string
	nfields int64
	fields  *[1 << 16]structField
}

// eface and iface are interface values: runtime/type.h's eface and iface.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type itab struct {
	inter *interfaceType
	typ   *rtype
	hash  uint32
	_     uint32
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// Type is a Go type. Types are unique: two Types are the same type
// exactly when they are equal.
type Type = *rtype

// StructField describes a field of a struct type.
type StructField struct {
	Name      string
	Type      Type
	Offset    uintptr
	Anonymous bool // an embedded field
}

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

// String is the type as Go prints it: "int", "main.T", "[]string".
func (t *rtype) String() string { return t.str }

func (t *rtype) Size() uintptr { return t.size }

// Addr is the descriptor's address: an arbitrary but fixed order of types.
func (t *rtype) Addr() uintptr { return uintptr(unsafe.Pointer(t)) }

// Comparable reports whether == works on values of the type.
func (t *rtype) Comparable() bool { return t.equal != nil }

func (t *rtype) directIface() bool { return t.kind&kindDirectIface != 0 }

// Elem is the element type of an array, chan, map, pointer or slice type.
func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array:
		return (*arrayType)(unsafe.Pointer(t)).elem
	case Chan:
		return (*chanType)(unsafe.Pointer(t)).elem
	case Map:
		return (*mapType)(unsafe.Pointer(t)).elem
	case Pointer:
		return (*ptrType)(unsafe.Pointer(t)).elem
	case Slice:
		return (*sliceType)(unsafe.Pointer(t)).elem
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Key is the key type of a map type.
func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return (*mapType)(unsafe.Pointer(t)).key
}

// Len is the length of an array type.
func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

// NumField is the number of fields of a struct type.
func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return int((*structType)(unsafe.Pointer(t)).nfields)
}

// Field describes field i of a struct type.
func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	st := (*structType)(unsafe.Pointer(t))
	if i < 0 || i >= int(st.nfields) {
		panic("reflect: Field index out of bounds")
	}
	f := &st.fields[i]
	return StructField{Name: f.name, Type: f.typ, Offset: f.offset, Anonymous: f.embedded}
}

// NumMethod is the number of methods in the type's method set (exported
// or not; an interface type's methods).
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int((*interfaceType)(unsafe.Pointer(t)).mcount)
	}
	if t.uncommon == nil {
		return 0
	}
	return int(t.uncommon.mcount)
}

// Implements reports whether the type implements interface type u.
func (t *rtype) Implements(u Type) bool {
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u, t)
}

// AssignableTo reports whether a value of the type can be assigned to a
// variable of type u: the same type, or an interface type it implements.
func (t *rtype) AssignableTo(u Type) bool {
	return t == u || (u.Kind() == Interface && implements(u, t))
}

// implements reports whether T's method set covers interface type u's.
// Both lists are sorted by name, so one merge-like pass suffices; methods
// match by name, package of an unexported name (pkgpath, empty for
// exported ones) and signature (descriptors are unique, so by pointer), as
// the runtime's getitab matches them.
func implements(u, T *rtype) bool {
	it := (*interfaceType)(unsafe.Pointer(u))
	if it.mcount == 0 {
		return true
	}
	if T.Kind() == Interface {
		v := (*interfaceType)(unsafe.Pointer(T))
		j := int64(0)
		for i := int64(0); i < it.mcount; i++ {
			im := &it.methods[i]
			for j < v.mcount && v.methods[j].name < im.name {
				j++
			}
			found := false
			for k := j; k < v.mcount && v.methods[k].name == im.name; k++ {
				if v.methods[k].pkgpath == im.pkgpath && v.methods[k].typ == im.typ {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	x := T.uncommon
	if x == nil {
		return false
	}
	j := int64(0)
	for i := int64(0); i < it.mcount; i++ {
		im := &it.methods[i]
		for j < x.mcount && x.methods[j].name < im.name {
			j++
		}
		found := false
		for k := j; k < x.mcount && x.methods[k].name == im.name; k++ {
			if x.methods[k].pkgpath == im.pkgpath && x.methods[k].mtyp == im.typ {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
