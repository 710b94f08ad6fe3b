package os

import (
	"io"
	"syscall"
)

// dirInfo is the state of a directory being read: a buffer of
// linux_dirent64 records from getdents64 and how far they were used.
type dirInfo struct {
	buf  []byte
	nbuf int // bytes of buf that getdents64 filled
	bufp int // the next record's offset in buf
}

// The fields of a linux_dirent64 record: d_ino (8 bytes), d_off (8),
// d_reclen (2), d_type (1), then the NUL-terminated name.
const (
	direntInoOffset    = 0
	direntReclenOffset = 16
	direntTypeOffset   = 18
	direntNameOffset   = 19
)

// d_type values.
const (
	dtUnknown = 0
	dtFifo    = 1
	dtChr     = 2
	dtDir     = 4
	dtBlk     = 6
	dtReg     = 8
	dtLnk     = 10
	dtSock    = 12
)

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// readdir reads entries of the directory, leaving out "." and "..": up to
// n of them when n > 0 (io.EOF when there are none left), all the rest
// when n <= 0. It collects names, DirEntries or FileInfos by mode.
func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, 8192)}
	}
	d := f.dirinfo
	all := n <= 0
	for all || n > 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e error
			d.nbuf, e = f.readDirent(d.buf)
			if e != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if d.nbuf <= 0 {
				break // the end of the directory
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		if len(rec) < direntNameOffset {
			break
		}
		reclen := int(rec[direntReclenOffset]) | int(rec[direntReclenOffset+1])<<8
		if reclen < direntNameOffset || reclen > len(rec) {
			break
		}
		rec = rec[:reclen]
		d.bufp += reclen
		if readLittleEndian64(rec[direntInoOffset:]) == 0 {
			continue // a deleted entry
		}
		name := rec[direntNameOffset:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, string(name))
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, string(name), direntType(rec[direntTypeOffset]))
			if IsNotExist(err) {
				continue // removed since getdents: as if never there
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		default:
			info, err := Lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}
	if !all && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// readDirent fills buf with getdents64 records; 0 at the end.
func (f *File) readDirent(buf []byte) (n int, err error) {
	err = f.pfd.with(func(sysfd int) error {
		var e error
		n, e = syscall.ReadDirent(sysfd, buf)
		return e
	})
	// A closed file's error stays errFileClosing, as in Go.
	return n, err
}

func readLittleEndian64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// direntType maps d_type to the type bits; ^FileMode(0) when the file
// system does not say (DT_UNKNOWN): newUnixDirent then asks lstat.
func direntType(t byte) FileMode {
	switch t {
	case dtBlk:
		return ModeDevice
	case dtChr:
		return ModeDevice | ModeCharDevice
	case dtDir:
		return ModeDir
	case dtFifo:
		return ModeNamedPipe
	case dtLnk:
		return ModeSymlink
	case dtReg:
		return 0
	case dtSock:
		return ModeSocket
	}
	return ^FileMode(0)
}

// unixDirent is the DirEntry of ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo // from lstat, when the type needed it
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	d := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return d, nil
	}
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	d.typ = info.Mode().Type()
	d.info = info
	return d, nil
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

// Info is the entry's Lstat, read now (or when ReadDir needed the type).
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// Readdirnames reads the names of the directory's entries, as readdir
// says, in directory order; it never returns a nil slice.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the directory's entries, as readdir says, in directory
// order; it never returns a nil slice.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// Readdir reads the FileInfos (Lstat) of the directory's entries, as
// readdir says; it never returns a nil slice.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// ReadDir reads the named directory and returns its entries sorted by
// name; on an error it returns the entries read before it.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortDirEntries(dirs)
	return dirs, err
}

// sortDirEntries sorts by name: a heap sort, with no sort package to lean
// on and directories of any size to handle.
func sortDirEntries(d []DirEntry) {
	siftDown := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && d[child].Name() < d[child+1].Name() {
				child++
			}
			if d[root].Name() >= d[child].Name() {
				return
			}
			d[root], d[child] = d[child], d[root]
			root = child
		}
	}
	for i := len(d)/2 - 1; i >= 0; i-- {
		siftDown(i, len(d))
	}
	for end := len(d) - 1; end > 0; end-- {
		d[0], d[end] = d[end], d[0]
		siftDown(0, end)
	}
}
