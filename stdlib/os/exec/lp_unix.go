package exec

import (
	"errors"
	"io/fs"
	"os"
)

// ErrNotFound is the error of a LookPath that found no executable file.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot is the error of a LookPath whose result is relative to the current
// directory because $PATH has a relative entry ("." or ""). Test for it
// with errors.Is: LookPath wraps it in an *Error. GODEBUG=execerrdot=0
// turns it off, as in Go 1.19.
var ErrDot = errors.New("cannot run executable found relative to current directory")

// findExecutable: file exists, is not a directory and has an execute bit.
func findExecutable(file string) error {
	d, err := os.Stat(file)
	if err != nil {
		return err
	}
	if m := d.Mode(); !m.IsDir() && m&0111 != 0 {
		return nil
	}
	return fs.ErrPermission
}

// LookPath searches the directories of $PATH for an executable named file
// and returns its path. A file containing a slash is tried as it is,
// without searching. Failures are *Error values: wrapping ErrNotFound when
// no directory has it, or ErrDot (with the path found) when the only match
// is relative to the current directory.
func LookPath(file string) (string, error) {
	if containsByte(file, '/') {
		err := findExecutable(file)
		if err == nil {
			return file, nil
		}
		return "", &Error{file, err}
	}
	for _, dir := range splitList(os.Getenv("PATH")) {
		if dir == "" {
			// An empty entry means the current directory (POSIX).
			dir = "."
		}
		path := joinPath(dir, file)
		if err := findExecutable(path); err == nil {
			if !isAbs(path) && godebug("execerrdot") != "0" {
				return path, &Error{file, ErrDot}
			}
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

// godebug is the value of setting key in $GODEBUG ("k1=v1,k2=v2"), the
// first one when it is there twice, or "".
func godebug(key string) string {
	s := os.Getenv("GODEBUG")
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ',' {
			continue
		}
		item := s[start:i]
		start = i + 1
		if len(item) > len(key) && item[len(key)] == '=' && item[:len(key)] == key {
			return item[len(key)+1:]
		}
	}
	return ""
}
