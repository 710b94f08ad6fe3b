package os

import "syscall"

// Getenv returns the value of the environment variable key, "" when it
// is unset (LookupEnv tells unset and empty apart).
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and
// whether it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value; a bad key (empty, or
// with '=' or NUL) gives "setenv: invalid argument".
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv removes every environment variable.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	return syscall.Environ()
}

// ExpandEnv replaces $var and ${var} in s by the variables' values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var), as the shell
// does: a name is letters, digits and '_', or one of the shell's special
// characters (*#$@!?- and digits); "${}" and an unclosed "${" disappear;
// a '$' followed by nothing usable stays.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	start := 0 // s[start:] is not yet in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 == len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[start:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name == "" && width > 0:
			// Bad syntax: drop it.
		case name == "":
			buf = append(buf, '$')
		default:
			buf = append(buf, mapping(name)...)
		}
		j += width
		start = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[start:]
}

// shellName reads the variable name at the start of s (s follows a '$'):
// the name and how many bytes it took; "" with a width is bad syntax to
// drop, "" with width 0 no name at all.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" never closed
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
