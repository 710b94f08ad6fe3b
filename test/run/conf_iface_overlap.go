// Overlapping embedded interfaces (Go 1.14): two embedded interfaces with
// the same method merge into one method; an interface embedding another and
// repeating its method; embedding error and a custom interface that also
// declares Error; assertions and calls through each of them.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Closer interface{ Close() error }
type ReadCloser interface {
	Read() int
	Close() error
}
type WriteCloser interface {
	Write(int)
	Close() error
}
type ReadWriteCloser interface {
	ReadCloser
	WriteCloser
}

type Repeats interface {
	Closer
	Close() error
}

type Coded interface {
	error
	Error() string
	Code() int
}

type File struct {
	data   []int
	closed bool
}

func (f *File) Read() int     { return len(f.data) }
func (f *File) Write(v int)   { f.data = append(f.data, v) }
func (f *File) Close() error  { f.closed = true; return nil }
func (f *File) Error() string { return "file" }
func (f *File) Code() int     { return 7 }

func main() {
	f := &File{}
	var rwc ReadWriteCloser = f
	rwc.Write(1)
	rwc.Write(2)
	check(rwc.Read() == 2, "merged interface calls")
	check(rwc.Close() == nil && f.closed, "single Close")
	var rc ReadCloser = rwc
	var wc WriteCloser = rwc
	check(rc.Read() == 2 && wc != nil, "conversion to both embedded")
	var r Repeats = f
	var c Closer = r
	check(c.Close() == nil, "repeated method")
	var x interface{} = f
	cd, ok := x.(Coded)
	check(ok && cd.Code() == 7 && cd.Error() == "file", "error plus Error")
	var e error = cd
	check(e.Error() == "file", "Coded to error")
	_, ok = x.(ReadWriteCloser)
	check(ok, "assert to overlapping interface")
	println("ok")
}
