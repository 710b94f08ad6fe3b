package exec

import "strconv"

// byteBuffer collects everything written to it (Output's and
// CombinedOutput's stand-in for bytes.Buffer).
type byteBuffer struct {
	buf []byte
}

func (b *byteBuffer) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// prefixSuffixSaver keeps the first N and the last N bytes written to it,
// so that an ExitError's Stderr stays small however much the command
// wrote.
type prefixSuffixSaver struct {
	N         int // the most bytes kept at each end
	prefix    []byte
	suffix    []byte // a ring buffer once it holds N bytes
	suffixOff int    // where the ring's next byte goes
	skipped   int64  // bytes that went through the ring and were lost
}

func (w *prefixSuffixSaver) Write(p []byte) (n int, err error) {
	lenp := len(p)
	p = w.fill(&w.prefix, p)

	// Of what does not fit in the prefix, only the last N bytes can
	// survive.
	if overage := len(p) - w.N; overage > 0 {
		p = p[overage:]
		w.skipped += int64(overage)
	}
	p = w.fill(&w.suffix, p)

	// Anything left overwrites the ring's oldest bytes.
	for len(p) > 0 {
		n := copy(w.suffix[w.suffixOff:], p)
		p = p[n:]
		w.skipped += int64(n)
		w.suffixOff += n
		if w.suffixOff == w.N {
			w.suffixOff = 0
		}
	}
	return lenp, nil
}

// fill appends to *dst as much of p as fits under N bytes and returns the
// rest of p.
func (w *prefixSuffixSaver) fill(dst *[]byte, p []byte) []byte {
	if room := w.N - len(*dst); room > 0 {
		add := len(p)
		if add > room {
			add = room
		}
		*dst = append(*dst, p[:add]...)
		p = p[add:]
	}
	return p
}

// Bytes is what was kept: all of it when nothing was lost, else the
// prefix, a line saying how many bytes were omitted, and the suffix.
func (w *prefixSuffixSaver) Bytes() []byte {
	if w.suffix == nil {
		return w.prefix
	}
	if w.skipped == 0 {
		return append(w.prefix, w.suffix...)
	}
	buf := make([]byte, 0, len(w.prefix)+len(w.suffix)+50)
	buf = append(buf, w.prefix...)
	buf = append(buf, "\n... omitting "...)
	buf = strconv.AppendInt(buf, w.skipped, 10)
	buf = append(buf, " bytes ...\n"...)
	buf = append(buf, w.suffix[w.suffixOff:]...)
	buf = append(buf, w.suffix[:w.suffixOff]...)
	return buf
}
