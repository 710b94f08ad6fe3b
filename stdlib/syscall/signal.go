package syscall

// A Signal is a signal number. It implements os.Signal.
type Signal int

// Signal makes Signal an os.Signal.
func (s Signal) Signal() {}

// String is the signal's description as Go gives it ("interrupt",
// "terminated"), or "signal N" for a number without one.
func (s Signal) String() string {
	if 0 <= s && int(s) < len(signalNames) {
		if str := signalNames[s]; str != "" {
			return str
		}
	}
	return "signal " + itoa(int(s))
}
