// Errors as Go prints them: *PathError ("open /nope/missing: no such file or
// directory"), *LinkError, *SyscallError; errors.Is with ErrNotExist, ErrExist,
// ErrPermission, ErrClosed, ErrInvalid and os.IsNotExist/IsExist/IsPermission;
// ENOTDIR and EISDIR cases; operations on a closed File ("read file: file
// already closed"; Stat keeps Go's "use of closed file") and on a nil *File.
// Permission denied is a constructed error: the tests may run as root.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %t %t.dir > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:open missing: open /nope/missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:  Op="open" Path="/nope/missing" Err=no such file or directory errno=2 ENOENT=true
// OUT-NEXT:stat missing: stat missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:lstat missing: lstat missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:ReadFile missing: open missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:Remove missing: remove missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:Chdir missing: chdir missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:Rename missing: rename missing other: no such file or directory (*os.LinkError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:ReadDir missing: open missing: no such file or directory (*fs.PathError)
// OUT-NEXT:  is: true false false false false true false false
// OUT-NEXT:open under a file: open file/x: not a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:Mkdir under a file: mkdir file/x: not a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:MkdirAll over a file: mkdir file: not a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:MkdirAll under a file: mkdir file: not a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:open dir for writing: open dir: is a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:read a directory: read dir: is a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:ReadDir of a file: readdirent file: not a directory (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:create existing O_EXCL: open file: file exists (*fs.PathError)
// OUT-NEXT:  is: false true false false false false true false
// OUT-NEXT:Mkdir existing: mkdir dir: file exists (*fs.PathError)
// OUT-NEXT:  is: false true false false false false true false
// OUT-NEXT:Remove non-empty dir: remove dir: directory not empty (*fs.PathError)
// OUT-NEXT:  is: false true false false false false true false
// OUT-NEXT:Rename onto a dir: rename file dir: file exists (*os.LinkError)
// OUT-NEXT:  is: false true false false false false true false
// OUT-NEXT:RemoveAll dot: RemoveAll dir/.: invalid argument (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:Close <nil>
// OUT-NEXT:0
// OUT-NEXT:read closed: read file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:write closed: write file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:WriteString closed: write file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:ReadAt closed: read file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:seek closed: seek file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:stat closed: stat file: use of closed file (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:close closed: close file: file already closed (*fs.PathError)
// OUT-NEXT:  is: false false false true false false false false
// OUT-NEXT:Readdirnames closed: readdirent file: use of closed file (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:Fd closed true file
// OUT-NEXT:ReadAt negative: readat file: negative offset (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:write read-only: write file: bad file descriptor (*fs.PathError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:nil Read: invalid argument (*errors.errorString)
// OUT-NEXT:  is: false false false false true false false false
// OUT-NEXT:nil Write: invalid argument (*errors.errorString)
// OUT-NEXT:  is: false false false false true false false false
// OUT-NEXT:nil Stat: invalid argument (*errors.errorString)
// OUT-NEXT:  is: false false false false true false false false
// OUT-NEXT:nil Close: invalid argument (*errors.errorString)
// OUT-NEXT:  is: false false false false true false false false
// OUT-NEXT:nil Fd true
// OUT-NEXT:NewFile(-1) is nil: true
// OUT-NEXT:Setenv bad key: setenv: invalid argument (*os.SyscallError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:Setenv with =: setenv: invalid argument (*os.SyscallError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:NewSyscallError nil: <nil> (<nil>)
// OUT-NEXT:NewSyscallError: pipe2: too many open files (*os.SyscallError)
// OUT-NEXT:  is: false false false false false false false false
// OUT-NEXT:EACCES: open /secret: permission denied (*fs.PathError)
// OUT-NEXT:  is: false false true false false false false true
// OUT-NEXT:EPERM: link a b: operation not permitted (*os.LinkError)
// OUT-NEXT:  is: false false true false false false false true
// OUT-NEXT:ENOTEMPTY: directory not empty (syscall.Errno)
// OUT-NEXT:  is: false true false false false false true false
// OUT-NEXT:wrapped twice: wrap: stat p: no such file or directory (*fmt.wrapError)
// OUT-NEXT:  is: true false false false false false false false
// OUT-NEXT:invalid argument | permission denied | file already exists | file does not exist | file already closed
// OUT-NEXT:true false
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func show(what string, err error) {
	fmt.Printf("%s: %v (%T)\n", what, err, err)
	if err != nil {
		fmt.Println("  is:", errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist),
			errors.Is(err, os.ErrPermission), errors.Is(err, os.ErrClosed), errors.Is(err, os.ErrInvalid),
			os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	}
}

func main() {
	dir := os.Args[1]
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	_, err := os.Open("/nope/missing")
	show("open missing", err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("  Op=%q Path=%q Err=%v errno=%d ENOENT=%v\n", pe.Op, pe.Path, pe.Err, pe.Err.(syscall.Errno), pe.Err == syscall.ENOENT)
	}
	_, err = os.Stat("missing")
	show("stat missing", err)
	_, err = os.Lstat("missing")
	show("lstat missing", err)
	_, err = os.ReadFile("missing")
	show("ReadFile missing", err)
	show("Remove missing", os.Remove("missing"))
	show("Chdir missing", os.Chdir("missing"))
	show("Rename missing", os.Rename("missing", "other"))
	_, err = os.ReadDir("missing")
	show("ReadDir missing", err)

	os.WriteFile("file", []byte("data"), 0644)
	os.Mkdir("dir", 0755)
	os.WriteFile("dir/inner", nil, 0644)
	_, err = os.Open("file/x")
	show("open under a file", err)
	show("Mkdir under a file", os.Mkdir("file/x", 0755))
	show("MkdirAll over a file", os.MkdirAll("file", 0755))
	show("MkdirAll under a file", os.MkdirAll("file/x/y", 0755))
	_, err = os.OpenFile("dir", os.O_WRONLY, 0)
	show("open dir for writing", err)
	d, _ := os.Open("dir")
	_, err = d.Read(make([]byte, 10))
	show("read a directory", err)
	d.Close()
	_, err = os.ReadDir("file")
	show("ReadDir of a file", err)
	_, err = os.OpenFile("file", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("create existing O_EXCL", err)
	show("Mkdir existing", os.Mkdir("dir", 0755))
	show("Remove non-empty dir", os.Remove("dir"))
	show("Rename onto a dir", os.Rename("file", "dir"))
	show("RemoveAll dot", os.RemoveAll("dir/."))

	f, _ := os.Open("file")
	fmt.Println("Close", f.Close())
	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Println(n)
	show("read closed", err)
	_, err = f.Write(buf)
	show("write closed", err)
	_, err = f.WriteString("x")
	show("WriteString closed", err)
	_, err = f.ReadAt(buf, 0)
	show("ReadAt closed", err)
	_, err = f.Seek(0, 0)
	show("seek closed", err)
	_, err = f.Stat()
	show("stat closed", err)
	show("close closed", f.Close())
	_, err = f.Readdirnames(-1)
	show("Readdirnames closed", err)
	fmt.Println("Fd closed", f.Fd() == ^uintptr(0), f.Name())
	f, _ = os.Open("file")
	_, err = f.ReadAt(buf, -1)
	show("ReadAt negative", err)
	_, err = f.Write(buf)
	show("write read-only", err)
	f.Close()

	var nilFile *os.File
	_, err = nilFile.Read(buf)
	show("nil Read", err)
	_, err = nilFile.Write(buf)
	show("nil Write", err)
	_, err = nilFile.Stat()
	show("nil Stat", err)
	show("nil Close", nilFile.Close())
	fmt.Println("nil Fd", nilFile.Fd() == ^uintptr(0))
	fmt.Println("NewFile(-1) is nil:", os.NewFile(^uintptr(0), "x") == nil)

	show("Setenv bad key", os.Setenv("", "v"))
	show("Setenv with =", os.Setenv("A=B", "v"))
	show("NewSyscallError nil", os.NewSyscallError("x", nil))
	show("NewSyscallError", os.NewSyscallError("pipe2", syscall.EMFILE))
	perm := &os.PathError{Op: "open", Path: "/secret", Err: syscall.EACCES}
	show("EACCES", perm)
	show("EPERM", &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EPERM})
	show("ENOTEMPTY", syscall.ENOTEMPTY)
	show("wrapped twice", fmt.Errorf("wrap: %w", &os.PathError{Op: "stat", Path: "p", Err: syscall.ENOENT}))
	fmt.Println(os.ErrInvalid, "|", os.ErrPermission, "|", os.ErrExist, "|", os.ErrNotExist, "|", os.ErrClosed)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.IsTimeout(perm))
	os.RemoveAll("dir")
	os.Remove("file")
}
