// Files under a scratch directory: Create, Write/WriteString, Stat (name, size,
// mode), Seek, Read, ReadAt, WriteAt, ReadFile/WriteFile, O_APPEND and O_TRUNC,
// a 3 MiB file (writes and reads loop), Mkdir/MkdirAll, Symlink/Lstat/Readlink,
// ReadDir (sorted) and Readdirnames, Rename, Remove, RemoveAll, Chdir/Getwd, and
// FileMode's String. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %t %t.dir > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:getwd is the test directory: true <nil>
// OUT-NEXT:WriteString 7 <nil>
// OUT-NEXT:Write 6 <nil>
// OUT-NEXT:Name a.txt true
// OUT-NEXT:Stat a.txt 13 -rw-r--r-- false true -rw-r--r-- false
// OUT-NEXT:Seek 0 <nil>
// OUT-NEXT:Read 5 "hello" <nil>
// OUT-NEXT:ReadAt 5 "world" <nil>
// OUT-NEXT:ReadAt past the end 3 "ld\n" EOF
// OUT-NEXT:Seek current 4 <nil>
// OUT-NEXT:Seek end 13 <nil>
// OUT-NEXT:Read at EOF 0 EOF
// OUT-NEXT:Read empty 0 <nil>
// OUT-NEXT:WriteAt 1 <nil>
// OUT-NEXT:ReadFile "hello, World\n" <nil>
// OUT-NEXT:Stat b.txt 3 -rw------- <nil>
// OUT-NEXT:append 1 <nil>
// OUT-NEXT:WriteAt in append mode: 0 os: invalid use of WriteAt on file opened with O_APPEND
// OUT-NEXT:ReadFile "bee!" <nil>
// OUT-NEXT:truncated 0 <nil>
// OUT-NEXT:big file 3145728 true <nil>
// OUT-NEXT:Stat d d drwxr-x--- true false <nil>
// OUT-NEXT:Stat d/e/f/ f drwxr-xr-x <nil>
// OUT-NEXT:Lstat link link Lrwxrwxrwx true <nil>
// OUT-NEXT:Stat link link 13 -rw-r--r-- <nil>
// OUT-NEXT:Readlink a.txt <nil>
// OUT-NEXT:entry a.txt false ----------
// OUT-NEXT:entry b.txt false ----------
// OUT-NEXT:entry big false ----------
// OUT-NEXT:entry d true d---------
// OUT-NEXT:entry link false L---------
// OUT-NEXT:ReadDir 5 <nil>
// OUT-NEXT:Readdirnames [g.txt] <nil>
// OUT-NEXT:Readdirnames at the end [] EOF
// OUT-NEXT:old name gone: true
// OUT-NEXT:Remove file <nil>
// OUT-NEXT:Remove empty dir <nil> <nil>
// OUT-NEXT:RemoveAll <nil> <nil>
// OUT-NEXT:d gone: true
// OUT-NEXT:<nil> <nil> <nil>
// OUT-NEXT:empty again 0 <nil>
// OUT-NEXT:---------- 0 false true ---------- 0
// OUT-NEXT:-rw-r--r-- 420 false true -rw-r--r-- 0
// OUT-NEXT:drwxr-xr-x 2147484141 true false -rwxr-xr-x 2147483648
// OUT-NEXT:Lrwxrwxrwx 134218239 false false -rwxrwxrwx 134217728
// OUT-NEXT:prw------- 33554816 false false -rw------- 33554432
// OUT-NEXT:Dcrw--w---- 69206416 false false -rw--w---- 69206016
// OUT-NEXT:utrwxr-xr-x 9437677 false true -rwxr-xr-x 0
// OUT-NEXT:dLDpSc?rwxrwxrwx 2401763839 true false -rwxrwxrwx 2401763328
// OUT-NEXT:/dev/null / : true
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

func report(what string, err error) {
	if err != nil {
		fmt.Printf("%s: %v\n", what, err)
	}
}

func main() {
	syscall.Umask(022) // file modes below do not depend on the caller's umask
	dir := os.Args[1]
	report("chdir", os.Chdir(dir))
	wd, err := os.Getwd()
	fmt.Println("getwd is the test directory:", wd == dir, err)

	f, err := os.Create("a.txt")
	report("create", err)
	n, err := f.WriteString("hello, ")
	fmt.Println("WriteString", n, err)
	n, err = f.Write([]byte("world\n"))
	fmt.Println("Write", n, err)
	fmt.Println("Name", f.Name(), f.Fd() > 2)
	fi, err := f.Stat()
	report("stat", err)
	fmt.Println("Stat", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), fi.ModTime().IsZero())

	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("Seek", off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("ReadAt %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 10)
	fmt.Printf("ReadAt past the end %d %q %v\n", n, buf[:n], err)
	off, err = f.Seek(-1, io.SeekCurrent)
	fmt.Println("Seek current", off, err)
	off, err = f.Seek(0, io.SeekEnd)
	fmt.Println("Seek end", off, err)
	n, err = f.Read(buf)
	fmt.Println("Read at EOF", n, err)
	n, err = f.Read(nil)
	fmt.Println("Read empty", n, err)
	n, err = f.WriteAt([]byte("W"), 7)
	fmt.Println("WriteAt", n, err)
	report("close", f.Close())

	data, err := os.ReadFile("a.txt")
	fmt.Printf("ReadFile %q %v\n", data, err)
	report("WriteFile", os.WriteFile("b.txt", []byte("bee"), 0600))
	fi, err = os.Stat("b.txt")
	fmt.Println("Stat b.txt", fi.Size(), fi.Mode(), err)
	f, err = os.OpenFile("b.txt", os.O_WRONLY|os.O_APPEND, 0)
	report("open append", err)
	n, err = f.WriteString("!")
	fmt.Println("append", n, err)
	n, err = f.WriteAt([]byte("x"), 0)
	fmt.Println("WriteAt in append mode:", n, err)
	f.Close()
	data, err = os.ReadFile("b.txt")
	fmt.Printf("ReadFile %q %v\n", data, err)
	f, err = os.OpenFile("b.txt", os.O_WRONLY|os.O_TRUNC, 0)
	report("open trunc", err)
	f.Close()
	fi, err = os.Stat("b.txt")
	fmt.Println("truncated", fi.Size(), err)

	// A large file: writes and reads loop until done.
	big := make([]byte, 3<<20)
	for i := range big {
		big[i] = byte(i % 251)
	}
	report("WriteFile big", os.WriteFile("big", big, 0644))
	got, err := os.ReadFile("big")
	same := len(got) == len(big)
	for i := 0; same && i < len(got); i++ {
		same = got[i] == big[i]
	}
	fmt.Println("big file", len(got), same, err)

	report("Mkdir", os.Mkdir("d", 0750))
	fi, err = os.Stat("d")
	fmt.Println("Stat d", fi.Name(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	report("MkdirAll", os.MkdirAll("d/e/f/", 0755))
	report("MkdirAll again", os.MkdirAll("d/e/f", 0755))
	report("WriteFile g", os.WriteFile("d/e/f/g.txt", []byte("g"), 0644))
	fi, err = os.Stat("d/e/f/")
	fmt.Println("Stat d/e/f/", fi.Name(), fi.Mode(), err)
	report("Symlink", os.Symlink("a.txt", "link"))
	fi, err = os.Lstat("link")
	fmt.Println("Lstat link", fi.Name(), fi.Mode(), fi.Mode()&os.ModeSymlink != 0, err)
	fi, err = os.Stat("link")
	fmt.Println("Stat link", fi.Name(), fi.Size(), fi.Mode(), err)
	target, err := os.Readlink("link")
	fmt.Println("Readlink", target, err)

	entries, err := os.ReadDir(".")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println("ReadDir", len(entries), err)
	d, err := os.Open("d/e/f")
	report("open dir", err)
	names, err := d.Readdirnames(-1)
	fmt.Println("Readdirnames", names, err)
	names, err = d.Readdirnames(1)
	fmt.Println("Readdirnames at the end", names, err)
	d.Close()

	report("Rename", os.Rename("b.txt", "c.txt"))
	_, err = os.Stat("b.txt")
	fmt.Println("old name gone:", os.IsNotExist(err))
	fmt.Println("Remove file", os.Remove("c.txt"))
	fmt.Println("Remove empty dir", os.Remove("d/e/f/g.txt"), os.Remove("d/e/f"))
	fmt.Println("RemoveAll", os.RemoveAll("d"), os.RemoveAll("d"))
	_, err = os.Stat("d")
	fmt.Println("d gone:", os.IsNotExist(err))
	fmt.Println(os.Remove("link"), os.Remove("big"), os.Remove("a.txt"))
	entries, err = os.ReadDir(".")
	fmt.Println("empty again", len(entries), err)

	for _, m := range []os.FileMode{0, 0644, 0755 | os.ModeDir, os.ModeSymlink | 0777, os.ModeNamedPipe | 0600,
		os.ModeDevice | os.ModeCharDevice | 0620, os.ModeSetuid | os.ModeSticky | 0755, os.ModeType | 0777} {
		fmt.Println(m, uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), uint32(m.Type()))
	}
	fmt.Println(os.DevNull, string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'))
}
