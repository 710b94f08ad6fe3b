// syscall files and directories (stdlib/syscall/file_linux.go), in a
// fresh directory: Open/Write/Fstat/Seek/Read/Pwrite/Pread/Ftruncate/Fsync,
// Stat/Lstat, Link, Symlink/Readlink, Rename, Truncate, Chmod, Access,
// Mkdir/Rmdir/Unlink, Chdir/Getwd, ReadDirent/ParseDirent, and the errors
// Go gives (ENOENT, EEXIST, EISDIR, ENOTDIR, ENOTEMPTY, EINVAL for a NUL
// in a path, with Go's result values). Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: rm -rf %t.d && mkdir %t.d && cd %t.d && %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:getwd absolute true
// OUT-NEXT:write 11 <nil>
// OUT-NEXT:fstat size=11 regular=true perm=644 nlink=1 blksize>0=true
// OUT-NEXT:seek 7 <nil>
// OUT-NEXT:read 4 <nil> "file"
// OUT-NEXT:pwrite 1 <nil>
// OUT-NEXT:pread 5 <nil> "Jello"
// OUT-NEXT:size after ftruncate 4
// OUT-NEXT:stat size 4
// OUT-NEXT:link same inode true nlink 2
// OUT-NEXT:lstat symlink true 5
// OUT-NEXT:readlink 5 <nil> "f.txt"
// OUT-NEXT:readlink file -1 invalid argument
// OUT-NEXT:stat renamed away no such file or directory
// OUT-NEXT:size after truncate 2
// OUT-NEXT:perm 600
// OUT-NEXT:access r <nil> access missing no such file or directory
// OUT-NEXT:mkdir again file exists
// OUT-NEXT:dir=true perm=755
// OUT-NEXT:rmdir non-empty directory not empty
// OUT-NEXT:unlink dir is a directory
// OUT-NEXT:getwd after chdir true
// OUT-NEXT:entries 4 [d f.txt h.txt s.txt]
// OUT-NEXT:at most 2 2 2
// OUT-NEXT:readdirent end 0 <nil>
// OUT-NEXT:open missing -1 no such file or directory true
// OUT-NEXT:open excl -1 file exists
// OUT-NEXT:open dir for writing -1 is a directory
// OUT-NEXT:open under file -1 not a directory
// OUT-NEXT:open NUL 0 invalid argument
// OUT-NEXT:stat NUL invalid argument mkdir NUL invalid argument
// OUT-NEXT:fstat bad fd bad file descriptor
// OUT-NEXT:chdir missing no such file or directory chdir file not a directory
// OUT-NEXT:unlink missing no such file or directory rmdir missing no such file or directory
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"syscall"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what+":", err)
	}
}

func main() {
	syscall.Umask(022)
	wd, err := syscall.Getwd()
	fmt.Println("getwd absolute", err == nil && len(wd) > 1 && wd[0] == '/')

	// Create, write, stat, read back.
	fd, err := syscall.Open("f.txt", syscall.O_CREAT|syscall.O_RDWR|syscall.O_TRUNC|syscall.O_CLOEXEC, 0666)
	check("open", err)
	n, err := syscall.Write(fd, []byte("hello, file"))
	fmt.Println("write", n, err)
	var st syscall.Stat_t
	check("fstat", syscall.Fstat(fd, &st))
	fmt.Printf("fstat size=%d regular=%v perm=%o nlink=%d blksize>0=%v\n", st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Mode&0777, st.Nlink, st.Blksize > 0)
	off, err := syscall.Seek(fd, 7, 0)
	fmt.Println("seek", off, err)
	buf := make([]byte, 32)
	n, err = syscall.Read(fd, buf)
	fmt.Printf("read %d %v %q\n", n, err, buf[:n])
	n, err = syscall.Pwrite(fd, []byte("J"), 0)
	fmt.Println("pwrite", n, err)
	n, err = syscall.Pread(fd, buf[:5], 0)
	fmt.Printf("pread %d %v %q\n", n, err, buf[:n])
	check("ftruncate", syscall.Ftruncate(fd, 4))
	check("fsync", syscall.Fsync(fd))
	check("fstat", syscall.Fstat(fd, &st))
	fmt.Println("size after ftruncate", st.Size)
	check("close", syscall.Close(fd))

	// Stat and Lstat by name, links, renames.
	check("stat", syscall.Stat("f.txt", &st))
	ino := st.Ino
	fmt.Println("stat size", st.Size)
	check("link", syscall.Link("f.txt", "g.txt"))
	check("stat", syscall.Stat("g.txt", &st))
	fmt.Println("link same inode", st.Ino == ino, "nlink", st.Nlink)
	check("symlink", syscall.Symlink("f.txt", "s.txt"))
	check("lstat", syscall.Lstat("s.txt", &st))
	fmt.Println("lstat symlink", st.Mode&syscall.S_IFMT == syscall.S_IFLNK, st.Size)
	n, err = syscall.Readlink("s.txt", buf)
	fmt.Printf("readlink %d %v %q\n", n, err, buf[:n])
	n, err = syscall.Readlink("f.txt", buf)
	fmt.Println("readlink file", n, err)
	check("rename", syscall.Rename("g.txt", "h.txt"))
	fmt.Println("stat renamed away", syscall.Stat("g.txt", &st))
	check("truncate", syscall.Truncate("h.txt", 2))
	check("stat", syscall.Stat("f.txt", &st))
	fmt.Println("size after truncate", st.Size)

	// Permissions.
	check("chmod", syscall.Chmod("f.txt", 0600))
	check("stat", syscall.Stat("f.txt", &st))
	fmt.Printf("perm %o\n", st.Mode&0777)
	fmt.Println("access r", syscall.Access("f.txt", 4), "access missing", syscall.Access("nope", 0))

	// Directories.
	check("mkdir", syscall.Mkdir("d", 0755))
	fmt.Println("mkdir again", syscall.Mkdir("d", 0755))
	check("stat", syscall.Stat("d", &st))
	fmt.Printf("dir=%v perm=%o\n", st.Mode&syscall.S_IFMT == syscall.S_IFDIR, st.Mode&0777)
	fd, err = syscall.Open("d/inner", syscall.O_CREAT|syscall.O_WRONLY, 0644)
	check("open inner", err)
	syscall.Close(fd)
	fmt.Println("rmdir non-empty", syscall.Rmdir("d"))
	fmt.Println("unlink dir", syscall.Unlink("d"))
	check("chdir", syscall.Chdir("d"))
	wd2, _ := syscall.Getwd()
	fmt.Println("getwd after chdir", wd2 == wd+"/d")
	check("chdir", syscall.Chdir(".."))

	// Directory entries.
	fd, err = syscall.Open(".", syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	check("open dir", err)
	dents := make([]byte, 4096)
	n, err = syscall.ReadDirent(fd, dents)
	check("readdirent", err)
	_, count, names := syscall.ParseDirent(dents[:n], -1, nil)
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	fmt.Println("entries", count, names)
	_, count, names = syscall.ParseDirent(dents[:n], 2, nil)
	fmt.Println("at most 2", count, len(names))
	n, err = syscall.ReadDirent(fd, dents)
	fmt.Println("readdirent end", n, err)
	syscall.Close(fd)

	// Errors.
	fd, err = syscall.Open("missing", syscall.O_RDONLY, 0)
	fmt.Println("open missing", fd, err, err == syscall.ENOENT)
	fd, err = syscall.Open("f.txt", syscall.O_CREAT|syscall.O_EXCL|syscall.O_WRONLY, 0644)
	fmt.Println("open excl", fd, err)
	fd, err = syscall.Open("d", syscall.O_WRONLY, 0)
	fmt.Println("open dir for writing", fd, err)
	fd, err = syscall.Open("f.txt/x", syscall.O_RDONLY, 0)
	fmt.Println("open under file", fd, err)
	fd, err = syscall.Open("nul\x00byte", syscall.O_RDONLY, 0)
	fmt.Println("open NUL", fd, err)
	fmt.Println("stat NUL", syscall.Stat("a\x00", &st), "mkdir NUL", syscall.Mkdir("\x00", 0))
	fmt.Println("fstat bad fd", syscall.Fstat(-1, &st))
	fmt.Println("chdir missing", syscall.Chdir("missing"), "chdir file", syscall.Chdir("f.txt"))

	// Clean up.
	for _, name := range []string{"f.txt", "h.txt", "s.txt", "d/inner"} {
		check("unlink "+name, syscall.Unlink(name))
	}
	check("rmdir", syscall.Rmdir("d"))
	fmt.Println("unlink missing", syscall.Unlink("f.txt"), "rmdir missing", syscall.Rmdir("d"))
}
