package runtime

// MemStats: the memory allocator's statistics, with Go's field names,
// types and order.
//
// gosub has no collector yet: Frees, NumGC and the other GC figures are 0
// and EnableGC is false. The heap's metadata and goroutine stacks are
// counted in OtherSys. PauseNs, PauseEnd and BySize (arrays) come with the
// collector.
type MemStats struct {
	// Alloc: bytes in heap objects now allocated (as HeapAlloc).
	Alloc uint64
	// TotalAlloc: bytes ever allocated to heap objects (never decreases).
	TotalAlloc uint64
	// Sys: all memory the runtime has taken from the OS.
	Sys uint64
	// Lookups: pointer look-ups by the runtime (none in gosub).
	Lookups uint64
	// Mallocs: heap objects ever allocated.
	Mallocs uint64
	// Frees: heap objects ever freed.
	Frees uint64

	// HeapAlloc: bytes in heap objects now allocated.
	HeapAlloc uint64
	// HeapSys: bytes of heap arenas taken from the OS.
	HeapSys uint64
	// HeapIdle: bytes of heap pages in no span.
	HeapIdle uint64
	// HeapInuse: bytes of heap pages in spans.
	HeapInuse uint64
	// HeapReleased: bytes of heap pages given back to the OS.
	HeapReleased uint64
	// HeapObjects: heap objects now allocated.
	HeapObjects uint64

	// StackInuse: bytes of stacks in use (counted in OtherSys for now).
	StackInuse uint64
	// StackSys: bytes of stack memory (counted in OtherSys for now).
	StackSys uint64
	// MSpanInuse: bytes of span descriptors in use (in OtherSys for now).
	MSpanInuse uint64
	// MSpanSys: memory for span descriptors (in OtherSys for now).
	MSpanSys uint64
	// MCacheInuse: bytes of per-P caches in use (in OtherSys for now).
	MCacheInuse uint64
	// MCacheSys: memory for per-P caches (in OtherSys for now).
	MCacheSys uint64
	// BuckHashSys: memory of profiling tables (there are none).
	BuckHashSys uint64
	// GCSys: memory of collector metadata (no collector yet).
	GCSys uint64
	// OtherSys: every other runtime memory: heap metadata, stacks, tables.
	OtherSys uint64

	// NextGC: the heap size at which the next collection starts.
	NextGC uint64
	// LastGC: when the last collection ended, in nanoseconds since 1970.
	LastGC uint64
	// PauseTotalNs: nanoseconds the collector has stopped the world.
	PauseTotalNs uint64

	// NumGC: collections completed.
	NumGC uint32
	// NumForcedGC: collections that runtime.GC asked for.
	NumForcedGC uint32
	// GCCPUFraction: the share of the CPU time the collector has used.
	GCCPUFraction float64
	// EnableGC: whether a collector runs (false in gosub for now).
	EnableGC bool
	// DebugGC: unused.
	DebugGC bool
}

// ReadMemStats fills m with the allocator's statistics as of this call,
// read with the world stopped so that they agree with one another. The
// runtime writes through m and keeps nothing.
//
//go:noescape
func ReadMemStats(m *MemStats)
