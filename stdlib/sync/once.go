package sync

import "sync/atomic"

// Once performs exactly one action.
//
// done turns 1 only after f has returned (or panicked), so a caller that
// sees it set also sees everything f did; callers that come while f runs
// wait on m.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for o.
// Other calls wait until that first f has returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { atomic.StoreUint32(&o.done, 1) }()
		f()
	}
}
