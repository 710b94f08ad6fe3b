// io.Copy with WriterTo and ReaderFrom fast paths, CopyBuffer, short and lying
// writers, failing readers, CopyN, ReadAll, ReadFull, ReadAtLeast, LimitReader,
// SectionReader, TeeReader, MultiReader (nested, WriteTo), MultiWriter (nested,
// WriteString), WriteString, NopCloser, Discard, the errors' texts.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:Copy 12 <nil> "hello, world"
// OUT-NEXT:  ReadFrom used
// OUT-NEXT:Copy to ReaderFrom 3 <nil> "abc"
// OUT-NEXT:  WriteTo used
// OUT-NEXT:Copy from WriterTo 3 <nil> "xyz"
// OUT-NEXT:CopyBuffer 8 <nil> "buffered"
// OUT-NEXT:CopyBuffer empty buffer panics: empty buffer in CopyBuffer
// OUT-NEXT:short writer 2 short write true
// OUT-NEXT:liar writer 0 invalid write result
// OUT-NEXT:failing reader 7 device on fire "partial"
// OUT-NEXT:CopyN 4 <nil> "0123"
// OUT-NEXT:CopyN short 2 EOF
// OUT-NEXT:ReadAll 2000 <nil>
// OUT-NEXT:ReadAll failing "abc" device on fire
// OUT-NEXT:ReadFull 4 <nil> "abcd"
// OUT-NEXT:ReadFull short 2 unexpected EOF true
// OUT-NEXT:ReadFull empty 0 EOF true
// OUT-NEXT:ReadAtLeast 4 <nil> "abcd"
// OUT-NEXT:ReadAtLeast short buffer 0 short buffer
// OUT-NEXT:LimitReader "limite" <nil> 0
// OUT-NEXT:SectionReader "23456" <nil> size 5
// OUT-NEXT:Seek 3 <nil>
// OUT-NEXT:after Seek "56"
// OUT-NEXT:bad Seek: Seek: invalid offset
// OUT-NEXT:bad whence: Seek: invalid whence
// OUT-NEXT:section ReadAt 2 "56" EOF
// OUT-NEXT:TeeReader "tee" "tee"
// OUT-NEXT:MultiReader "one two three" <nil>
// OUT-NEXT:MultiReader after the end 0 EOF
// OUT-NEXT:MultiReader WriteTo with a failing reader 2 device on fire "ab"
// OUT-NEXT:MultiWriter 6 <nil>
// OUT-NEXT:MultiWriter WriteString 6 <nil> "bytes string" "bytes <string>"
// OUT-NEXT:MultiWriter short 2 short write
// OUT-NEXT:WriteString 6 <nil> "bytes <string><direct>"
// OUT-NEXT:NopCloser <nil> false
// OUT-NEXT:NopCloser of a WriterTo true
// OUT-NEXT:  WriteTo used
// OUT-NEXT:"keeps WriteTo"
// OUT-NEXT:Discard 9 <nil>
// OUT-NEXT:3 <nil>
// OUT-NEXT:Discard is a ReaderFrom: true
// OUT-NEXT:EOF | unexpected EOF | short write | short buffer | multiple Read calls return no data or error | io: read/write on closed pipe
// OUT-NEXT:0 1 2
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io"
)

// chunks reads its string a few bytes at a time.
type chunks struct {
	s    string
	size int
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	n := c.size
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.s) {
		n = len(c.s)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

type sink struct{ b []byte }

func (s *sink) Write(p []byte) (int, error) { s.b = append(s.b, p...); return len(p), nil }

// stringSink also has WriteString.
type stringSink struct{ sink }

func (s *stringSink) WriteString(str string) (int, error) {
	s.b = append(s.b, "<"+str+">"...)
	return len(str), nil
}

// fromReader has ReadFrom; toWriter has WriteTo.
type fromReader struct{ sink }

func (f *fromReader) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("  ReadFrom used")
	b, err := io.ReadAll(r)
	f.b = append(f.b, b...)
	return int64(len(b)), err
}

type toWriter struct{ s string }

func (t *toWriter) Read(p []byte) (int, error) { panic("Read must not be called") }
func (t *toWriter) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("  WriteTo used")
	n, err := io.WriteString(w, t.s)
	return int64(n), err
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

type failing struct{ data string }

func (f *failing) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("device on fire")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

type at string

func (a at) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(a)) {
		return 0, io.EOF
	}
	n := copy(p, a[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func main() {
	var s sink
	n, err := io.Copy(&s, &chunks{"hello, world", 5})
	fmt.Printf("Copy %d %v %q\n", n, err, s.b)
	var f fromReader
	n, err = io.Copy(&f, &chunks{"abc", 1})
	fmt.Printf("Copy to ReaderFrom %d %v %q\n", n, err, f.b)
	s = sink{}
	n, err = io.Copy(&s, &toWriter{"xyz"})
	fmt.Printf("Copy from WriterTo %d %v %q\n", n, err, s.b)
	s = sink{}
	n, err = io.CopyBuffer(&s, &chunks{"buffered", 3}, make([]byte, 2))
	fmt.Printf("CopyBuffer %d %v %q\n", n, err, s.b)
	func() {
		defer func() { fmt.Println("CopyBuffer empty buffer panics:", recover()) }()
		io.CopyBuffer(&s, &chunks{"x", 1}, make([]byte, 0))
	}()
	n, err = io.Copy(shortWriter{}, &chunks{"abcd", 4})
	fmt.Println("short writer", n, err, err == io.ErrShortWrite)
	n, err = io.Copy(liarWriter{}, &chunks{"abcd", 4})
	fmt.Println("liar writer", n, err)
	s = sink{}
	n, err = io.Copy(&s, &failing{"partial"})
	fmt.Printf("failing reader %d %v %q\n", n, err, s.b)

	s = sink{}
	n, err = io.CopyN(&s, &chunks{"0123456789", 3}, 4)
	fmt.Printf("CopyN %d %v %q\n", n, err, s.b)
	n, err = io.CopyN(&s, &chunks{"01", 3}, 4)
	fmt.Println("CopyN short", n, err)

	b, err := io.ReadAll(&chunks{string(make([]byte, 2000)), 7})
	fmt.Println("ReadAll", len(b), err)
	b, err = io.ReadAll(&failing{"abc"})
	fmt.Printf("ReadAll failing %q %v\n", b, err)

	buf := make([]byte, 4)
	m, err := io.ReadFull(&chunks{"abcdef", 1}, buf)
	fmt.Printf("ReadFull %d %v %q\n", m, err, buf[:m])
	m, err = io.ReadFull(&chunks{"ab", 1}, buf)
	fmt.Println("ReadFull short", m, err, err == io.ErrUnexpectedEOF)
	m, err = io.ReadFull(&chunks{"", 1}, buf)
	fmt.Println("ReadFull empty", m, err, err == io.EOF)
	m, err = io.ReadAtLeast(&chunks{"abcdef", 2}, buf, 3)
	fmt.Printf("ReadAtLeast %d %v %q\n", m, err, buf[:m])
	m, err = io.ReadAtLeast(&chunks{"abcdef", 2}, buf, 5)
	fmt.Println("ReadAtLeast short buffer", m, err)

	lr := io.LimitReader(&chunks{"limited reader", 4}, 6)
	b, err = io.ReadAll(lr)
	fmt.Printf("LimitReader %q %v %d\n", b, err, lr.(*io.LimitedReader).N)

	sr := io.NewSectionReader(at("0123456789"), 2, 5)
	b, err = io.ReadAll(sr)
	fmt.Printf("SectionReader %q %v size %d\n", b, err, sr.Size())
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println("Seek", pos, err)
	b, _ = io.ReadAll(sr)
	fmt.Printf("after Seek %q\n", b)
	_, err = sr.Seek(-10, io.SeekCurrent)
	fmt.Println("bad Seek:", err)
	_, err = sr.Seek(0, 7)
	fmt.Println("bad whence:", err)
	m, err = sr.ReadAt(buf, 3)
	fmt.Printf("section ReadAt %d %q %v\n", m, buf[:m], err)

	var tee sink
	b, _ = io.ReadAll(io.TeeReader(&chunks{"tee", 2}, &tee))
	fmt.Printf("TeeReader %q %q\n", b, tee.b)

	mr := io.MultiReader(&chunks{"one ", 2}, &chunks{"", 1}, io.MultiReader(&chunks{"two ", 3}), &chunks{"three", 10})
	b, err = io.ReadAll(mr)
	fmt.Printf("MultiReader %q %v\n", b, err)
	m, err = mr.Read(buf)
	fmt.Println("MultiReader after the end", m, err)
	s = sink{}
	n, err = io.Copy(&s, io.MultiReader(&chunks{"a", 1}, &failing{"b"}, &chunks{"c", 1}))
	fmt.Printf("MultiReader WriteTo with a failing reader %d %v %q\n", n, err, s.b)

	var w1 sink
	var w2 stringSink
	mw := io.MultiWriter(&w1, io.MultiWriter(&w2))
	m, err = mw.Write([]byte("bytes "))
	fmt.Println("MultiWriter", m, err)
	m, err = io.WriteString(mw, "string")
	fmt.Printf("MultiWriter WriteString %d %v %q %q\n", m, err, w1.b, w2.b)
	m, err = io.MultiWriter(&w1, shortWriter{}, &w2).Write([]byte("abcd"))
	fmt.Println("MultiWriter short", m, err)

	m, err = io.WriteString(&w2, "direct")
	fmt.Printf("WriteString %d %v %q\n", m, err, w2.b)

	rc := io.NopCloser(&chunks{"nop", 3})
	_, isWriterTo := rc.(io.WriterTo)
	fmt.Println("NopCloser", rc.Close(), isWriterTo)
	rc = io.NopCloser(&toWriter{"keeps WriteTo"})
	_, isWriterTo = rc.(io.WriterTo)
	fmt.Println("NopCloser of a WriterTo", isWriterTo)
	s = sink{}
	io.Copy(&s, rc)
	fmt.Printf("%q\n", s.b)

	n, err = io.Copy(io.Discard, &chunks{"discarded", 2})
	fmt.Println("Discard", n, err)
	m, err = io.Discard.Write([]byte("abc"))
	fmt.Println(m, err)
	_, isReaderFrom := io.Discard.(io.ReaderFrom)
	fmt.Println("Discard is a ReaderFrom:", isReaderFrom)
	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortWrite, "|", io.ErrShortBuffer, "|", io.ErrNoProgress, "|", io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
