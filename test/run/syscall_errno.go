// syscall.Errno (stdlib/syscall/errno.go): Go's message for every number in
// its table and "errno N" past it, the second names (EWOULDBLOCK...), Errno
// as an error through errors.Is/As and %w, Is against unrelated errors,
// Temporary and Timeout, constant values. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:0 errno 0
// OUT-NEXT:1 operation not permitted
// OUT-NEXT:2 no such file or directory
// OUT-NEXT:3 no such process
// OUT-NEXT:4 interrupted system call
// OUT-NEXT:5 input/output error
// OUT-NEXT:6 no such device or address
// OUT-NEXT:7 argument list too long
// OUT-NEXT:8 exec format error
// OUT-NEXT:9 bad file descriptor
// OUT-NEXT:10 no child processes
// OUT-NEXT:11 resource temporarily unavailable
// OUT-NEXT:12 cannot allocate memory
// OUT-NEXT:13 permission denied
// OUT-NEXT:14 bad address
// OUT-NEXT:15 block device required
// OUT-NEXT:16 device or resource busy
// OUT-NEXT:17 file exists
// OUT-NEXT:18 invalid cross-device link
// OUT-NEXT:19 no such device
// OUT-NEXT:20 not a directory
// OUT-NEXT:21 is a directory
// OUT-NEXT:22 invalid argument
// OUT-NEXT:23 too many open files in system
// OUT-NEXT:24 too many open files
// OUT-NEXT:25 inappropriate ioctl for device
// OUT-NEXT:26 text file busy
// OUT-NEXT:27 file too large
// OUT-NEXT:28 no space left on device
// OUT-NEXT:29 illegal seek
// OUT-NEXT:30 read-only file system
// OUT-NEXT:31 too many links
// OUT-NEXT:32 broken pipe
// OUT-NEXT:33 numerical argument out of domain
// OUT-NEXT:34 numerical result out of range
// OUT-NEXT:35 resource deadlock avoided
// OUT-NEXT:36 file name too long
// OUT-NEXT:37 no locks available
// OUT-NEXT:38 function not implemented
// OUT-NEXT:39 directory not empty
// OUT-NEXT:40 too many levels of symbolic links
// OUT-NEXT:41 errno 41
// OUT-NEXT:42 no message of desired type
// OUT-NEXT:43 identifier removed
// OUT-NEXT:44 channel number out of range
// OUT-NEXT:45 level 2 not synchronized
// OUT-NEXT:46 level 3 halted
// OUT-NEXT:47 level 3 reset
// OUT-NEXT:48 link number out of range
// OUT-NEXT:49 protocol driver not attached
// OUT-NEXT:50 no CSI structure available
// OUT-NEXT:51 level 2 halted
// OUT-NEXT:52 invalid exchange
// OUT-NEXT:53 invalid request descriptor
// OUT-NEXT:54 exchange full
// OUT-NEXT:55 no anode
// OUT-NEXT:56 invalid request code
// OUT-NEXT:57 invalid slot
// OUT-NEXT:58 errno 58
// OUT-NEXT:59 bad font file format
// OUT-NEXT:60 device not a stream
// OUT-NEXT:61 no data available
// OUT-NEXT:62 timer expired
// OUT-NEXT:63 out of streams resources
// OUT-NEXT:64 machine is not on the network
// OUT-NEXT:65 package not installed
// OUT-NEXT:66 object is remote
// OUT-NEXT:67 link has been severed
// OUT-NEXT:68 advertise error
// OUT-NEXT:69 srmount error
// OUT-NEXT:70 communication error on send
// OUT-NEXT:71 protocol error
// OUT-NEXT:72 multihop attempted
// OUT-NEXT:73 RFS specific error
// OUT-NEXT:74 bad message
// OUT-NEXT:75 value too large for defined data type
// OUT-NEXT:76 name not unique on network
// OUT-NEXT:77 file descriptor in bad state
// OUT-NEXT:78 remote address changed
// OUT-NEXT:79 can not access a needed shared library
// OUT-NEXT:80 accessing a corrupted shared library
// OUT-NEXT:81 .lib section in a.out corrupted
// OUT-NEXT:82 attempting to link in too many shared libraries
// OUT-NEXT:83 cannot exec a shared library directly
// OUT-NEXT:84 invalid or incomplete multibyte or wide character
// OUT-NEXT:85 interrupted system call should be restarted
// OUT-NEXT:86 streams pipe error
// OUT-NEXT:87 too many users
// OUT-NEXT:88 socket operation on non-socket
// OUT-NEXT:89 destination address required
// OUT-NEXT:90 message too long
// OUT-NEXT:91 protocol wrong type for socket
// OUT-NEXT:92 protocol not available
// OUT-NEXT:93 protocol not supported
// OUT-NEXT:94 socket type not supported
// OUT-NEXT:95 operation not supported
// OUT-NEXT:96 protocol family not supported
// OUT-NEXT:97 address family not supported by protocol
// OUT-NEXT:98 address already in use
// OUT-NEXT:99 cannot assign requested address
// OUT-NEXT:100 network is down
// OUT-NEXT:101 network is unreachable
// OUT-NEXT:102 network dropped connection on reset
// OUT-NEXT:103 software caused connection abort
// OUT-NEXT:104 connection reset by peer
// OUT-NEXT:105 no buffer space available
// OUT-NEXT:106 transport endpoint is already connected
// OUT-NEXT:107 transport endpoint is not connected
// OUT-NEXT:108 cannot send after transport endpoint shutdown
// OUT-NEXT:109 too many references: cannot splice
// OUT-NEXT:110 connection timed out
// OUT-NEXT:111 connection refused
// OUT-NEXT:112 host is down
// OUT-NEXT:113 no route to host
// OUT-NEXT:114 operation already in progress
// OUT-NEXT:115 operation now in progress
// OUT-NEXT:116 stale NFS file handle
// OUT-NEXT:117 structure needs cleaning
// OUT-NEXT:118 not a XENIX named type file
// OUT-NEXT:119 no XENIX semaphores available
// OUT-NEXT:120 is a named type file
// OUT-NEXT:121 remote I/O error
// OUT-NEXT:122 disk quota exceeded
// OUT-NEXT:123 no medium found
// OUT-NEXT:124 wrong medium type
// OUT-NEXT:125 operation canceled
// OUT-NEXT:126 required key not available
// OUT-NEXT:127 key has expired
// OUT-NEXT:128 key has been revoked
// OUT-NEXT:129 key was rejected by service
// OUT-NEXT:130 owner died
// OUT-NEXT:131 state not recoverable
// OUT-NEXT:132 operation not possible due to RF-kill
// OUT-NEXT:133 errno 133
// OUT-NEXT:134 errno 134
// OUT-NEXT:135 errno 135
// OUT-NEXT:200 errno 200
// OUT-NEXT:4095 errno 4095
// OUT-NEXT:1048576 errno 1048576
// OUT-NEXT:true true true
// OUT-NEXT:no such file or directory|2|syscall.Errno
// OUT-NEXT:true false
// OUT-NEXT:true
// OUT-NEXT:true broken pipe 32
// OUT-NEXT:false false
// OUT-NEXT:interrupted system call true false
// OUT-NEXT:too many open files true false
// OUT-NEXT:too many open files in system true false
// OUT-NEXT:resource temporarily unavailable true true
// OUT-NEXT:connection timed out true true
// OUT-NEXT:no such file or directory false false
// OUT-NEXT:operation not permitted false false
// OUT-NEXT:1 2 4 7 8 10 11 13 17 20 21 22 32 38 39 54
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"syscall"
)

func main() {
	// Every number 0..135 with Go's message, then a few past the table.
	for e := syscall.Errno(0); e < 136; e++ {
		fmt.Printf("%d %s\n", uintptr(e), e.Error())
	}
	for _, e := range []syscall.Errno{200, 4095, 1 << 20} {
		fmt.Println(uintptr(e), e)
	}

	// Second names are the same numbers.
	fmt.Println(syscall.EWOULDBLOCK == syscall.EAGAIN, syscall.EDEADLOCK == syscall.EDEADLK, syscall.ENOTSUP == syscall.EOPNOTSUPP)

	// An Errno is an error; printed with %v, %d and %#v.
	var err error = syscall.ENOENT
	fmt.Printf("%v|%d|%T\n", err, err, err)
	fmt.Println(errors.Is(err, syscall.ENOENT), errors.Is(err, syscall.EEXIST))
	fmt.Println(errors.Is(fmt.Errorf("open x: %w", syscall.EACCES), syscall.EACCES))
	var target syscall.Errno
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", syscall.EPIPE), &target), target, uintptr(target))

	// Is matches only the portable errors; an unrelated error is false.
	fmt.Println(syscall.ENOENT.Is(errors.New("file does not exist")), syscall.EPERM.Is(nil))

	// Temporary and Timeout.
	for _, e := range []syscall.Errno{syscall.EINTR, syscall.EMFILE, syscall.ENFILE, syscall.EAGAIN, syscall.ETIMEDOUT, syscall.ENOENT, syscall.EPERM} {
		fmt.Println(e, e.Temporary(), e.Timeout())
	}

	// A few constants' values.
	fmt.Println(uintptr(syscall.EPERM), uintptr(syscall.ENOENT), uintptr(syscall.EINTR), uintptr(syscall.E2BIG), uintptr(syscall.ENOEXEC), uintptr(syscall.ECHILD), uintptr(syscall.EAGAIN), uintptr(syscall.EACCES), uintptr(syscall.EEXIST), uintptr(syscall.ENOTDIR), uintptr(syscall.EISDIR), uintptr(syscall.EINVAL), uintptr(syscall.EPIPE), uintptr(syscall.ENOSYS), uintptr(syscall.ENOTEMPTY), uintptr(syscall.EXFULL))
}
