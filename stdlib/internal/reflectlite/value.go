package reflectlite

import "unsafe"

// Value is a value of any type: its type and the address of its bytes.
// Unlike Go's reflect, ptr always points at the value, also for types an
// interface holds directly; the zero Value is invalid.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

type flag uint

const (
	// flagRO: reached through an unexported struct field; such values
	// may be read but not handed out as interfaces (CanInterface).
	flagRO flag = 1 << iota
)

// Runtime entry points (runtime/reflect.cpp).

// unsafe_New returns zeroed memory for a value of type t.
func unsafe_New(t *rtype) unsafe.Pointer

// typedmemmove copies a value of type t from src to dst.
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

// maplen is the number of entries of map m (nil: 0).
func maplen(m unsafe.Pointer) int

// mapentries stores into keys and elems (arrays of maplen(m) values of
// the key and element types) the map's entries, in the map's own order.
func mapentries(t *rtype, m unsafe.Pointer, keys, elems unsafe.Pointer)

// chanlen and chancap are len and cap of channel c (nil: 0).
func chanlen(c unsafe.Pointer) int
func chancap(c unsafe.Pointer) int

// getitab returns the itab of type typ for non-empty interface type inter;
// the type must implement the interface.
func getitab(inter *rtype, typ *rtype) unsafe.Pointer

// ValueOf returns the Value held by interface i (invalid for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if e.typ.directIface() {
		// The data word is the value: point at a copy of it.
		p := new(unsafe.Pointer)
		*p = e.data
		return Value{e.typ, unsafe.Pointer(p), 0}
	}
	return Value{e.typ, e.data, 0}
}

// TypeOf returns the dynamic type of i (nil for nil).
func TypeOf(i any) Type {
	return (*eface)(unsafe.Pointer(&i)).typ
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic("reflect: call of reflect.Value.Type on zero Value")
	}
	return v.typ
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic("reflect: call of reflect.Value." + method + " on " + kindName(v.Kind()) + " Value")
	}
}

func kindName(k Kind) string {
	names := [...]string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
		"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
		"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}
	if int(k) < len(names) {
		return names[k]
	}
	return "kind?"
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic("reflect: call of reflect.Value.Int on " + kindName(v.Kind()) + " Value")
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic("reflect: call of reflect.Value.Uint on " + kindName(v.Kind()) + " Value")
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic("reflect: call of reflect.Value.Float on " + kindName(v.Kind()) + " Value")
}

// String returns a string's value; for other kinds, as Go's reflect,
// "<T Value>".
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// sliceHeader is a slice's representation.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return len(*(*string)(v.ptr))
	case Map:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	case Chan:
		return chanlen(*(*unsafe.Pointer)(v.ptr))
	}
	panic("reflect: call of reflect.Value.Len on " + kindName(v.Kind()) + " Value")
}

func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Chan:
		return chancap(*(*unsafe.Pointer)(v.ptr))
	}
	panic("reflect: call of reflect.Value.Cap on " + kindName(v.Kind()) + " Value")
}

// add returns p + off.
func add(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + off)
}

var uint8Type = TypeOf(uint8(0))

// Index is element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		at := (*arrayType)(unsafe.Pointer(v.typ))
		if i < 0 || int64(i) >= at.len {
			panic("reflect: array index out of range")
		}
		return Value{at.elem, add(v.ptr, uintptr(i)*at.elem.size), v.flag}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || i >= s.len {
			panic("reflect: slice index out of range")
		}
		elem := (*sliceType)(unsafe.Pointer(v.typ)).elem
		return Value{elem, add(s.data, uintptr(i)*elem.size), v.flag}
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || i >= len(s) {
			panic("reflect: string index out of range")
		}
		b := new(uint8)
		*b = s[i]
		return Value{uint8Type, unsafe.Pointer(b), v.flag}
	}
	panic("reflect: call of reflect.Value.Index on " + kindName(v.Kind()) + " Value")
}

func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return int((*structType)(unsafe.Pointer(v.typ)).nfields)
}

// Field is field i of a struct.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	st := (*structType)(unsafe.Pointer(v.typ))
	if i < 0 || int64(i) >= st.nfields {
		panic("reflect: Field index out of range")
	}
	f := &st.fields[i]
	fl := v.flag
	if !exported(f.name) {
		fl |= flagRO
	}
	return Value{f.typ, add(v.ptr, f.offset), fl}
}

// exported reports whether a field is exported: its name (for an
// embedded field its type's name, which is also the field's) starts with
// an upper-case letter. Only ASCII initials are recognised: gosub's
// stdlib carries no Unicode case tables, so a field named with a
// non-ASCII capital counts as unexported (fmt then prints it without
// calling its String method).
func exported(name string) bool {
	return name != "" && 'A' <= name[0] && name[0] <= 'Z'
}

// Elem is the value a pointer points to, or the value inside an
// interface (invalid for nil).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{(*ptrType)(unsafe.Pointer(v.typ)).elem, p, v.flag}
	case Interface:
		var t *rtype
		var data *unsafe.Pointer
		if (*interfaceType)(unsafe.Pointer(v.typ)).mcount == 0 {
			e := (*eface)(v.ptr)
			t, data = e.typ, &e.data
		} else {
			i := (*iface)(v.ptr)
			if i.tab != nil {
				t = i.tab.typ
			}
			data = &i.data
		}
		if t == nil {
			return Value{}
		}
		if t.directIface() {
			return Value{t, unsafe.Pointer(data), v.flag}
		}
		return Value{t, *data, v.flag}
	}
	panic("reflect: call of reflect.Value.Elem on " + kindName(v.Kind()) + " Value")
}

// IsNil reports whether a chan, func, interface, map, pointer or slice is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	}
	panic("reflect: call of reflect.Value.IsNil on " + kindName(v.Kind()) + " Value")
}

// Pointer is the address a chan, func, map, pointer, slice or
// unsafe.Pointer holds.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	panic("reflect: call of reflect.Value.Pointer on " + kindName(v.Kind()) + " Value")
}

func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic("reflect: call of reflect.Value.CanInterface on zero Value")
	}
	return v.flag&flagRO == 0
}

// Interface returns v as an interface{} value (a copy of it).
func (v Value) Interface() any {
	if v.typ == nil {
		panic("reflect: call of reflect.Value.Interface on zero Value")
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	if v.Kind() == Interface {
		// The value inside, as an interface{}.
		x := v.Elem()
		if !x.IsValid() {
			return nil
		}
		return x.Interface()
	}
	e.typ = v.typ
	if v.typ.directIface() {
		e.data = *(*unsafe.Pointer)(v.ptr)
	} else {
		p := unsafe_New(v.typ)
		typedmemmove(v.typ, p, v.ptr)
		e.data = p
	}
	return i
}

// MapEntries returns a map's keys and elements, in the map's order.
func (v Value) MapEntries() (keys, elems []Value) {
	v.mustBe(Map, "MapEntries")
	m := *(*unsafe.Pointer)(v.ptr)
	n := maplen(m)
	if n == 0 {
		return nil, nil
	}
	mt := (*mapType)(unsafe.Pointer(v.typ))
	kbuf := unsafe_New(arrayOf(mt.key, n))
	ebuf := unsafe_New(arrayOf(mt.elem, n))
	mapentries(v.typ, m, kbuf, ebuf)
	keys = make([]Value, n)
	elems = make([]Value, n)
	for i := 0; i < n; i++ {
		keys[i] = Value{mt.key, add(kbuf, uintptr(i)*mt.key.size), v.flag}
		elems[i] = Value{mt.elem, add(ebuf, uintptr(i)*mt.elem.size), v.flag}
	}
	return keys, elems
}

// arrayOf is a descriptor good enough for unsafe_New of n values of t.
func arrayOf(t *rtype, n int) *rtype {
	a := new(rtype)
	a.size = t.size * uintptr(n)
	a.ptrdata = a.size
	a.align = t.align
	a.kind = uint8(Array)
	return a
}

// Set assigns x to v, which must be addressable (reached through a
// pointer); x must be assignable to v's type.
func (v Value) Set(x Value) {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + x.typ.String() + " is not assignable to type " + v.typ.String())
	}
	if v.typ == x.typ {
		typedmemmove(v.typ, v.ptr, x.ptr)
		return
	}
	// A concrete value into an interface variable.
	var data unsafe.Pointer
	if x.typ.directIface() {
		data = *(*unsafe.Pointer)(x.ptr)
	} else {
		data = unsafe_New(x.typ)
		typedmemmove(x.typ, data, x.ptr)
	}
	if (*interfaceType)(unsafe.Pointer(v.typ)).mcount == 0 {
		*(*eface)(v.ptr) = eface{x.typ, data}
	} else {
		*(*iface)(v.ptr) = iface{(*itab)(getitab(v.typ, x.typ)), data}
	}
}
