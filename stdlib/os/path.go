package os

import (
	"io"
	"syscall"
)

const (
	PathSeparator     = '/' // the separator of path elements
	PathListSeparator = ':' // the separator of paths in $PATH
)

// IsPathSeparator reports whether c is a directory separator.
func IsPathSeparator(c uint8) bool {
	return c == PathSeparator
}

// MkdirAll creates the directory path and any missing parents, with
// permissions perm (before umask); an existing directory is success.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// The parent is path without trailing slashes and its last element.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// Someone else may have made it meanwhile (or path ends in "..").
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains. A path that does not
// exist is success; otherwise the first error is returned.
func RemoveAll(path string) error {
	if path == "" {
		return nil // Go keeps this silent, for compatibility
	}
	if endsWithDot(path) {
		// rmdir refuses ".", and so does RemoveAll.
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if pe, ok := serr.(*PathError); ok && (IsNotExist(pe.Err) || pe.Err == syscall.ENOTDIR) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err // Remove's error stands
	}

	// Empty the directory. Removing entries may reorder it, so after each
	// batch the directory is opened again rather than read on.
	err = nil
	for {
		f, openErr := Open(path)
		if openErr != nil {
			if IsNotExist(openErr) {
				return nil
			}
			return openErr
		}
		const batch = 1024
		var names []string
		var readErr error
		for {
			failed := 0
			names, readErr = f.Readdirnames(batch)
			for _, name := range names {
				if err1 := RemoveAll(path + "/" + name); err1 != nil {
					if err == nil {
						err = err1
					}
					failed++
				}
			}
			// A whole batch that failed: read the next batch rather than
			// trying the same entries again.
			if failed != batch {
				break
			}
		}
		f.Close()
		if readErr == io.EOF {
			break
		}
		if err == nil {
			err = readErr
		}
		if len(names) == 0 {
			break
		}
		if len(names) < batch {
			// The directory has been read to its end: try to remove it.
			if err1 := Remove(path); err1 == nil || IsNotExist(err1) {
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	err1 := Remove(path)
	if err1 == nil || IsNotExist(err1) {
		return nil
	}
	if err == nil {
		err = err1
	}
	return err
}

// endsWithDot reports whether the last element of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	n := len(path)
	return n >= 2 && path[n-1] == '.' && IsPathSeparator(path[n-2])
}
