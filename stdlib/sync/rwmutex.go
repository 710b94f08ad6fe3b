package sync

import "sync/atomic"

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or one writer. The zero value is unlocked.
//
// readerCount counts the active readers; a writer announces itself by
// subtracting rwmutexMaxReaders, so readers that arrive later see a
// negative count and sleep on readerSem. readerWait is how many readers
// the writer still waits for (it sleeps on writerSem until the last one
// leaves). As in Go, a blocked Lock keeps new readers out, so writers
// are not starved, and a reader must not take the lock recursively.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer holds or awaits the lock.
		runtime_Semacquire(&rw.readerSem)
	}
}

// RUnlock undoes one RLock; it is a fatal error if rw is not read-locked.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			throw("sync: RUnlock of unlocked RWMutex")
		}
		// A writer is waiting: the last departing reader wakes it.
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			runtime_Semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing, waiting for the readers inside to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	active := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if active != 0 && atomic.AddInt32(&rw.readerWait, active) != 0 {
		runtime_Semacquire(&rw.writerSem)
	}
}

// Unlock unlocks rw for writing and lets the readers that queued meanwhile
// in; it is a fatal error if rw is not write-locked.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		throw("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}
