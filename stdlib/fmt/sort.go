package fmt

import "internal/reflectlite"

// sortedMap returns the keys and values of map m with the keys in the
// order Go's fmt prints them (its internal/fmtsort): numbers, strings and
// bools in their natural order (NaNs first, false before true), pointers
// and channels by address, structs and arrays field by field or element by
// element, interfaces by the dynamic type first, then the value.
func sortedMap(m reflectlite.Value) (keys, values []reflectlite.Value) {
	keys, values = m.MapEntries()
	// Insertion sort by compare: maps printed by fmt are small, and this
	// keeps fmt free of a sort package dependency. Large maps fall back
	// to a merge sort.
	if len(keys) > 12 {
		mergeSort(keys, values, make([]reflectlite.Value, len(keys)), make([]reflectlite.Value, len(keys)))
		return
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && compare(keys[j], keys[j-1]) < 0; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
			values[j], values[j-1] = values[j-1], values[j]
		}
	}
	return
}

// mergeSort sorts keys (and values alongside) stably, using the scratch
// slices tk and tv of the same length.
func mergeSort(keys, values, tk, tv []reflectlite.Value) {
	n := len(keys)
	if n < 2 {
		return
	}
	mid := n / 2
	mergeSort(keys[:mid], values[:mid], tk[:mid], tv[:mid])
	mergeSort(keys[mid:], values[mid:], tk[mid:], tv[mid:])
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if compare(keys[j], keys[i]) < 0 {
			tk[k], tv[k] = keys[j], values[j]
			j++
		} else {
			tk[k], tv[k] = keys[i], values[i]
			i++
		}
		k++
	}
	for ; i < mid; i++ {
		tk[k], tv[k] = keys[i], values[i]
		k++
	}
	for ; j < n; j++ {
		tk[k], tv[k] = keys[j], values[j]
		k++
	}
	copy(keys, tk)
	copy(values, tv)
}

// compare orders two values of the same type: -1, 0 or +1.
func compare(a, b reflectlite.Value) int {
	if a.Type() != b.Type() {
		return -1 // not comparable; cannot happen for one map's keys
	}
	switch a.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		return cmpOrdered(a.Int() < b.Int(), a.Int() > b.Int())
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		return cmpOrdered(a.Uint() < b.Uint(), a.Uint() > b.Uint())
	case reflectlite.String:
		return cmpOrdered(a.String() < b.String(), a.String() > b.String())
	case reflectlite.Float32, reflectlite.Float64:
		x, y := a.Float(), b.Float()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		case x == y:
			return 0
		case x != x && y != y: // both NaN
			return 0
		case x != x: // NaNs sort first
			return -1
		}
		return 1
	case reflectlite.Bool:
		x, y := a.Bool(), b.Bool()
		return cmpOrdered(!x && y, x && !y)
	case reflectlite.Pointer, reflectlite.UnsafePointer, reflectlite.Chan:
		return cmpOrdered(a.Pointer() < b.Pointer(), a.Pointer() > b.Pointer())
	case reflectlite.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		if c, ok := nilable(a, b); ok {
			return c
		}
		ae, be := a.Elem(), b.Elem()
		// Different dynamic types order by the types' addresses, as Go's
		// fmtsort does: stable within a run, arbitrary across runs.
		if ae.Type() != be.Type() {
			return cmpOrdered(ae.Type().Addr() < be.Type().Addr(), ae.Type().Addr() > be.Type().Addr())
		}
		return compare(ae, be)
	}
	return 0
}

func cmpOrdered(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// nilable orders nil interfaces before non-nil ones; ok is false when
// neither is nil.
func nilable(a, b reflectlite.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}
