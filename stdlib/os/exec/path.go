package exec

import "os"

// The few path/filepath and strings operations os/exec needs, with their
// Unix behaviour (gosub's library has no path/filepath or strings yet).

// containsByte reports whether c occurs in s.
func containsByte(s string, c byte) bool {
	return indexByte(s, c) >= 0
}

// indexByte is the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// splitList splits a $PATH-style list at its colons; "" gives no entries.
func splitList(list string) []string {
	if list == "" {
		return []string{}
	}
	var parts []string
	start := 0
	for i := 0; i < len(list); i++ {
		if list[i] == ':' {
			parts = append(parts, list[start:i])
			start = i + 1
		}
	}
	return append(parts, list[start:])
}

func isAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// baseName is the last element of path, trailing slashes removed: "." for
// an empty path and "/" for one made only of slashes.
func baseName(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			path = path[i+1:]
			break
		}
	}
	if path == "" {
		return "/"
	}
	return path
}

// joinPath joins the non-empty elements with slashes and cleans the
// result; it is "" when every element is empty.
func joinPath(elems ...string) string {
	joined := ""
	for _, e := range elems {
		if e == "" {
			continue
		}
		if joined != "" {
			joined += "/"
		}
		joined += e
	}
	if joined == "" {
		return ""
	}
	return cleanPath(joined)
}

// cleanPath is the shortest path naming the same file by lexical rules
// alone: repeated slashes become one, "." elements go, each ".." removes
// the element before it (at the root it is dropped), a trailing slash
// goes, and an empty result is ".".
func cleanPath(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	// floor is where ".." may stop backtracking: after the root slash or
	// after leading ".." elements of a relative path.
	floor := len(out)
	n := len(path)
	for r := 0; r < n; {
		end := r
		for end < n && path[end] != '/' {
			end++
		}
		elem := path[r:end]
		r = end + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			switch {
			case len(out) > floor:
				i := len(out) - 1
				for i > floor && out[i] != '/' {
					i--
				}
				out = out[:i]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				floor = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// absPath makes path absolute against the current directory, cleaned.
func absPath(path string) (string, error) {
	if isAbs(path) {
		return cleanPath(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return joinPath(wd, path), nil
}
