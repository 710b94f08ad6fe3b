package syscall

import "unsafe"

// Files and directories. As in Go, results come straight from the kernel:
// a failed call returns -1 (for counts and descriptors) together with the
// Errno. Calls that may block use Syscall.

func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bufferAddress(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bufferAddress(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), bufferAddress(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), bufferAddress(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

// readlen and writelen are read and write of a raw buffer.
func readlen(fd int, p *byte, np int) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(p)), uintptr(np))
	return int(r), errnoErr(e)
}

func writelen(fd int, p *byte, np int) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(p)), uintptr(np))
	return int(r), errnoErr(e)
}

// Open opens path (relative to the working directory) with openat.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return openat(_AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	return openat(dirfd, path, flags|O_LARGEFILE, mode)
}

func openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall6(SYS_OPENAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(mode), 0, 0)
	return int(r), errnoErr(e)
}

func Creat(path string, mode uint32) (fd int, err error) {
	return Open(path, O_CREAT|O_WRONLY|O_TRUNC, mode)
}

func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Dup(oldfd int) (fd int, err error) {
	r, _, e := Syscall(SYS_DUP, uintptr(oldfd), 0, 0)
	return int(r), errnoErr(e)
}

// Dup2 makes newfd a copy of oldfd (closing newfd first); Dup2(fd, fd)
// only checks that fd is open.
func Dup2(oldfd int, newfd int) (err error) {
	_, _, e := Syscall(SYS_DUP2, uintptr(oldfd), uintptr(newfd), 0)
	return errnoErr(e)
}

// Dup3 is Dup2 with flags (O_CLOEXEC); oldfd == newfd is EINVAL.
func Dup3(oldfd int, newfd int, flags int) (err error) {
	_, _, e := Syscall(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags))
	return errnoErr(e)
}

func Pipe(p []int) error {
	return Pipe2(p, 0)
}

// Pipe2 stores a new pipe's read end in p[0] and its write end in p[1];
// p must have length 2.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var fds [2]_C_int
	_, _, e := RawSyscall(SYS_PIPE2, uintptr(unsafe.Pointer(&fds)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	p[0] = int(fds[0])
	p[1] = int(fds[1])
	return nil
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := Syscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	return int64(r), errnoErr(e)
}

func Fsync(fd int) (err error) {
	_, _, e := Syscall(SYS_FSYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Fdatasync(fd int) (err error) {
	_, _, e := Syscall(SYS_FDATASYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Sync() {
	Syscall(SYS_SYNC, 0, 0, 0)
}

func Ftruncate(fd int, length int64) (err error) {
	_, _, e := Syscall(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0)
	return errnoErr(e)
}

func Truncate(path string, length int64) (err error) {
	return pathCall(SYS_TRUNCATE, path, uintptr(length), 0)
}

func Fallocate(fd int, mode uint32, off int64, len int64) (err error) {
	_, _, e := Syscall6(SYS_FALLOCATE, uintptr(fd), uintptr(mode), uintptr(off), uintptr(len), 0, 0)
	return errnoErr(e)
}

func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error) {
	r, _, e := Syscall6(SYS_SENDFILE, uintptr(outfd), uintptr(infd), uintptr(unsafe.Pointer(offset)), uintptr(count), 0, 0)
	return int(r), errnoErr(e)
}

// pathCall makes system call trap with path as its first argument, then
// a2 and a3.
func pathCall(trap uintptr, path string, a2, a3 uintptr) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(trap, uintptr(unsafe.Pointer(p)), a2, a3)
	return errnoErr(e)
}

// atCall makes system call trap (an *at call) with dirfd, path, a3, a4.
func atCall(trap uintptr, dirfd int, path string, a3, a4 uintptr) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(trap, uintptr(dirfd), uintptr(unsafe.Pointer(p)), a3, a4, 0, 0)
	return errnoErr(e)
}

// twoPathCall makes the *at call trap that names two files (renameat,
// linkat), with flags as its fifth argument.
func twoPathCall(trap uintptr, olddirfd int, oldpath string, newdirfd int, newpath string, flags int) error {
	oldp, err := BytePtrFromString(oldpath)
	if err != nil {
		return err
	}
	newp, err := BytePtrFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(trap, uintptr(olddirfd), uintptr(unsafe.Pointer(oldp)), uintptr(newdirfd), uintptr(unsafe.Pointer(newp)), uintptr(flags), 0)
	return errnoErr(e)
}

func Fstat(fd int, stat *Stat_t) (err error) {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(stat)), 0)
	return errnoErr(e)
}

func fstatat(dirfd int, path string, stat *Stat_t, flags int) error {
	return atCall(SYS_NEWFSTATAT, dirfd, path, uintptr(unsafe.Pointer(stat)), uintptr(flags))
}

// Stat describes the file path names, following symbolic links.
func Stat(path string, stat *Stat_t) (err error) {
	return fstatat(_AT_FDCWD, path, stat, 0)
}

// Lstat is Stat of a symbolic link itself.
func Lstat(path string, stat *Stat_t) (err error) {
	return fstatat(_AT_FDCWD, path, stat, _AT_SYMLINK_NOFOLLOW)
}

func Statfs(path string, buf *Statfs_t) (err error) {
	return pathCall(SYS_STATFS, path, uintptr(unsafe.Pointer(buf)), 0)
}

func Fstatfs(fd int, buf *Statfs_t) (err error) {
	_, _, e := Syscall(SYS_FSTATFS, uintptr(fd), uintptr(unsafe.Pointer(buf)), 0)
	return errnoErr(e)
}

const ImplementsGetwd = true

// Getcwd stores the working directory, NUL-terminated, in buf and returns
// the number of bytes stored, NUL included.
func Getcwd(buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETCWD, bufferAddress(buf), uintptr(len(buf)), 0)
	return int(r), errnoErr(e)
}

// Getwd returns the absolute path of the working directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	// The kernel prefixes an unreachable directory with "(unreachable)",
	// which would read as a relative path.
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

func Chdir(path string) (err error) {
	return pathCall(SYS_CHDIR, path, 0, 0)
}

func Fchdir(fd int) (err error) {
	_, _, e := Syscall(SYS_FCHDIR, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Chroot(path string) (err error) {
	return pathCall(SYS_CHROOT, path, 0, 0)
}

func Mkdir(path string, mode uint32) (err error) {
	return Mkdirat(_AT_FDCWD, path, mode)
}

func Mkdirat(dirfd int, path string, mode uint32) (err error) {
	return atCall(SYS_MKDIRAT, dirfd, path, uintptr(mode), 0)
}

func Mknod(path string, mode uint32, dev int) (err error) {
	return Mknodat(_AT_FDCWD, path, mode, dev)
}

func Mknodat(dirfd int, path string, mode uint32, dev int) (err error) {
	return atCall(SYS_MKNODAT, dirfd, path, uintptr(mode), uintptr(dev))
}

func Mkfifo(path string, mode uint32) (err error) {
	return Mknod(path, mode|S_IFIFO, 0)
}

func Rmdir(path string) error {
	return atCall(SYS_UNLINKAT, _AT_FDCWD, path, _AT_REMOVEDIR, 0)
}

func Unlink(path string) error {
	return atCall(SYS_UNLINKAT, _AT_FDCWD, path, 0, 0)
}

func Unlinkat(dirfd int, path string) error {
	return atCall(SYS_UNLINKAT, dirfd, path, 0, 0)
}

func Rename(oldpath string, newpath string) (err error) {
	return Renameat(_AT_FDCWD, oldpath, _AT_FDCWD, newpath)
}

func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error) {
	return twoPathCall(SYS_RENAMEAT, olddirfd, oldpath, newdirfd, newpath, 0)
}

func Link(oldpath string, newpath string) (err error) {
	return twoPathCall(SYS_LINKAT, _AT_FDCWD, oldpath, _AT_FDCWD, newpath, 0)
}

func Symlink(oldpath string, newpath string) (err error) {
	return symlinkat(oldpath, _AT_FDCWD, newpath)
}

func symlinkat(oldpath string, newdirfd int, newpath string) error {
	oldp, err := BytePtrFromString(oldpath)
	if err != nil {
		return err
	}
	newp, err := BytePtrFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_SYMLINKAT, uintptr(unsafe.Pointer(oldp)), uintptr(newdirfd), uintptr(unsafe.Pointer(newp)))
	return errnoErr(e)
}

// Readlink stores the target of the symbolic link path in buf (without a
// NUL, truncated to len(buf)) and returns its length.
func Readlink(path string, buf []byte) (n int, err error) {
	return readlinkat(_AT_FDCWD, path, buf)
}

func readlinkat(dirfd int, path string, buf []byte) (n int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall6(SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), bufferAddress(buf), uintptr(len(buf)), 0, 0)
	return int(r), errnoErr(e)
}

func Chmod(path string, mode uint32) (err error) {
	return Fchmodat(_AT_FDCWD, path, mode, 0)
}

func Fchmod(fd int, mode uint32) (err error) {
	_, _, e := Syscall(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0)
	return errnoErr(e)
}

// Fchmodat takes only AT_SYMLINK_NOFOLLOW, which Linux cannot honour for
// a mode (EOPNOTSUPP), as glibc does.
func Fchmodat(dirfd int, path string, mode uint32, flags int) (err error) {
	if flags&^_AT_SYMLINK_NOFOLLOW != 0 {
		return EINVAL
	} else if flags&_AT_SYMLINK_NOFOLLOW != 0 {
		return EOPNOTSUPP
	}
	return atCall(SYS_FCHMODAT, dirfd, path, uintptr(mode), 0)
}

func Chown(path string, uid int, gid int) (err error) {
	return Fchownat(_AT_FDCWD, path, uid, gid, 0)
}

func Lchown(path string, uid int, gid int) (err error) {
	return Fchownat(_AT_FDCWD, path, uid, gid, _AT_SYMLINK_NOFOLLOW)
}

func Fchown(fd int, uid int, gid int) (err error) {
	_, _, e := Syscall(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid))
	return errnoErr(e)
}

func Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_FCHOWNAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(uid), uintptr(gid), uintptr(flags), 0)
	return errnoErr(e)
}

func Access(path string, mode uint32) (err error) {
	return Faccessat(_AT_FDCWD, path, mode, 0)
}

// Faccessat checks access as C's faccessat does: the kernel's call takes
// no flags, so with AT_EACCESS or AT_SYMLINK_NOFOLLOW the permission bits
// are checked here against the (effective) ids, as glibc does.
func Faccessat(dirfd int, path string, mode uint32, flags int) (err error) {
	if flags&^(_AT_SYMLINK_NOFOLLOW|_AT_EACCESS) != 0 {
		return EINVAL
	}
	if flags == 0 {
		return atCall(SYS_FACCESSAT, dirfd, path, uintptr(mode), 0)
	}
	var st Stat_t
	if err := fstatat(dirfd, path, &st, flags&_AT_SYMLINK_NOFOLLOW); err != nil {
		return err
	}
	mode &= 7
	if mode == 0 {
		return nil
	}
	uid := Getuid()
	if flags&_AT_EACCESS != 0 {
		uid = Geteuid()
	}
	if uid == 0 {
		// Root reads and writes anything, and executes what anyone may.
		if mode&1 == 0 || st.Mode&0111 != 0 {
			return nil
		}
		return EACCES
	}
	var allowed uint32
	if uint32(uid) == st.Uid {
		allowed = (st.Mode >> 6) & 7
	} else {
		gid := Getgid()
		if flags&_AT_EACCESS != 0 {
			gid = Getegid()
		}
		if uint32(gid) == st.Gid || isGroupMember(int(st.Gid)) {
			allowed = (st.Mode >> 3) & 7
		} else {
			allowed = st.Mode & 7
		}
	}
	if allowed&mode == mode {
		return nil
	}
	return EACCES
}

func isGroupMember(gid int) bool {
	groups, err := Getgroups()
	if err != nil {
		return false
	}
	for _, g := range groups {
		if g == gid {
			return true
		}
	}
	return false
}

// Utimes sets path's access and modification times to tv[0] and tv[1].
func Utimes(path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	return pathCall(SYS_UTIMES, path, uintptr(unsafe.Pointer(&tv[0])), 0)
}

// UtimesNano is Utimes with nanoseconds.
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return atCall(SYS_UTIMENSAT, _AT_FDCWD, path, uintptr(unsafe.Pointer(&ts[0])), 0)
}

func Futimesat(dirfd int, path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	return atCall(SYS_FUTIMESAT, dirfd, path, uintptr(unsafe.Pointer(&tv[0])), 0)
}

// Futimes sets the times of an open file, through /proc as glibc does.
func Futimes(fd int, tv []Timeval) (err error) {
	return Utimes("/proc/self/fd/"+itoa(fd), tv)
}

func Utime(path string, buf *Utimbuf) (err error) {
	return pathCall(SYS_UTIME, path, uintptr(unsafe.Pointer(buf)), 0)
}

func fcntl(fd int, cmd int, arg int) (val int, err error) {
	r, _, e := Syscall(SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	return int(r), errnoErr(e)
}

// CloseOnExec marks fd close-on-exec.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

// SetNonblock sets or clears O_NONBLOCK on fd.
func SetNonblock(fd int, nonblocking bool) (err error) {
	flag, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flag)
	return err
}

// FcntlFlock runs the record-locking command F_GETLK, F_SETLK or F_SETLKW.
func FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error {
	_, _, e := Syscall(SYS_FCNTL, fd, uintptr(cmd), uintptr(unsafe.Pointer(lk)))
	return errnoErr(e)
}

func Flock(fd int, how int) (err error) {
	_, _, e := Syscall(SYS_FLOCK, uintptr(fd), uintptr(how), 0)
	return errnoErr(e)
}

// Getdents reads directory entries (linux_dirent64 records) into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), bufferAddress(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

func ReadDirent(fd int, buf []byte) (n int, err error) {
	return Getdents(fd, buf)
}

// ParseDirent appends to names the names of at most max entries (all if
// max is negative) of the records in buf, skipping "." and "..", and
// returns how many bytes of buf it consumed and how many names it added.
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string) {
	origlen := len(buf)
	for max != 0 && len(buf) > 0 {
		if len(buf) < direntReclenOffset+2 {
			return origlen, count, names
		}
		reclen := int(buf[direntReclenOffset]) | int(buf[direntReclenOffset+1])<<8
		if reclen > len(buf) {
			return origlen, count, names
		}
		rec := buf[:reclen]
		buf = buf[reclen:]
		if reclen < direntInoOffset+8 {
			break
		}
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[direntInoOffset+i])
		}
		if ino == 0 { // a deleted entry
			continue
		}
		if reclen < direntNameOffset {
			break
		}
		name := rec[direntNameOffset:]
		name = name[:clen(name)]
		if string(name) == "." || string(name) == ".." {
			continue
		}
		max--
		count++
		names = append(names, string(name))
	}
	return origlen - len(buf), count, names
}
