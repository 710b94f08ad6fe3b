package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
//
// state is 0 (unlocked), 1 (locked) or 2 (locked, maybe with waiters): a
// locker that finds it taken marks it 2 and sleeps on sema; an unlock that
// sees 2 wakes one sleeper, which competes again. (Go's Mutex adds spinning
// and a starvation mode on top of the same idea.)
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, waiting (parked, not spinning) while it is held.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, 1) {
		return
	}
	for atomic.SwapInt32(&m.state, 2) != 0 {
		runtime_Semacquire(&m.sema)
	}
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	switch atomic.SwapInt32(&m.state, 0) {
	case 0:
		throw("sync: unlock of unlocked mutex")
	case 2:
		runtime_Semrelease(&m.sema)
	}
}
