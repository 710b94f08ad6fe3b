package runtime

// Frames and functions as Go's symtab.go and extern.go present them. The
// bodies of callers, caller, funcframes and stack are the C++ runtime's
// (runtime/callers.cpp), over the compiler's pc->line table.
//
// Frames are logical: a function inlined at a call site is a frame of its
// own. Callers records one pc per frame, the frame's return address, so
// the frames inlined at one call have the same pc; Frames.Next reads a run
// of equal pcs as those frames in turn (runtime/callers.cpp explains the
// rule).

// frameinfo is filled in by the C++ runtime (callers.cpp's frameinfo).
type frameinfo struct {
	function string
	file     string
	line     int
	entry    uintptr
	inlined  bool
}

//go:noescape
func callers(skip int, buf *uintptr, max int) int
//go:noescape
func caller(skip int, f *frameinfo) uintptr
//go:noescape
func funcframes(pc uintptr, index int, f *frameinfo) int
//go:noescape
func stack(buf *byte, n int, all bool) int

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. The return values report the program counter, file name, and
// line number within the file of the corresponding call. The boolean ok is
// false if it was not possible to recover the information.
//go:noinline
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var f frameinfo
	pc = caller(skip+1, &f)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, f.file, f.line, true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller of
// Callers. It returns the number of entries written to pc.
//
// To translate these PCs into symbolic information such as function names
// and line numbers, use CallersFrames.
//go:noinline
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
	first   bool    // callers[0] starts the slice given to CallersFrames
	frames  []Frame // expanded and not yet returned
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame. For a
	// frame that calls another frame, this will be the program counter of
	// a call instruction.
	PC uintptr

	// Func is the Func value of this call frame. This may be nil for
	// non-Go code or fully inlined functions.
	Func *Func

	// Function is the package path-qualified function name of this call
	// frame. If non-empty, this string uniquely identifies a single
	// function in the program.
	Function string

	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int

	// Entry point program counter for the function; may be zero if not
	// known. If Func is not nil then Entry == Func.Entry().
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information. Do not change the slice until you
// are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers, first: true}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 && len(ci.callers) > 0 {
		pc := ci.callers[0]
		run := 1
		for run < len(ci.callers) && ci.callers[run] == pc {
			run++
		}
		first := ci.first
		ci.first = false
		ci.callers = ci.callers[run:]
		var f frameinfo
		k := funcframes(pc-1, 0, &f)
		if k == 0 {
			continue
		}
		// The run's copies are the frames at pc, innermost first; the
		// slice's first run may have lost its innermost ones to skip.
		depth := 0
		if first {
			depth = (k - run%k) % k
		}
		for i := 0; i < run; i++ {
			funcframes(pc-1, depth, &f)
			fr := Frame{PC: pc - 1, Function: f.function, File: f.file, Line: f.line, Entry: f.entry}
			if !f.inlined {
				fr.Func = &Func{name: f.function, entry: f.entry}
			}
			ci.frames = append(ci.frames, fr)
			depth = (depth + 1) % k
		}
	}
	if len(ci.frames) == 0 {
		return Frame{}, false
	}
	frame = ci.frames[0]
	ci.frames = ci.frames[1:]
	return frame, len(ci.frames) > 0 || len(ci.callers) > 0
}

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
//
// If pc represents multiple functions because of inlining, it returns the
// *Func describing the innermost function, but with an entry of the
// outermost function.
func FuncForPC(pc uintptr) *Func {
	var f frameinfo
	if funcframes(pc, 0, &f) == 0 {
		return nil
	}
	// A return address (Callers') lies after its call: the call is the
	// instruction before it, as long as that is in the same function.
	if pc > f.entry {
		funcframes(pc-1, 0, &f)
	}
	return &Func{name: f.function, entry: f.entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc. The result will not be
// accurate if pc is not a program counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var fi frameinfo
	if funcframes(pc, 0, &fi) == 0 {
		return "?", 0
	}
	return fi.file, fi.line
}

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats stack traces of all other goroutines into buf after the trace
// for the current goroutine.
//go:noinline
func Stack(buf []byte, all bool) int {
	if len(buf) == 0 {
		return 0
	}
	return stack(&buf[0], len(buf), all)
}
