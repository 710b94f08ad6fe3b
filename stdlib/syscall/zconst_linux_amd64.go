// Code generated from Go 1.19's syscall tables for linux/amd64 (names, numbers
// and messages are facts of the kernel and of Go's API); edit with care.

package syscall

// File access modes and flags for Open.
const (
	O_ACCMODE   = 0x3
	O_APPEND    = 0x400
	O_ASYNC     = 0x2000
	O_CLOEXEC   = 0x80000
	O_CREAT     = 0x40
	O_DIRECT    = 0x4000
	O_DIRECTORY = 0x10000
	O_DSYNC     = 0x1000
	O_EXCL      = 0x80
	O_FSYNC     = 0x101000
	O_LARGEFILE = 0x0
	O_NDELAY    = 0x800
	O_NOATIME   = 0x40000
	O_NOCTTY    = 0x100
	O_NOFOLLOW  = 0x20000
	O_NONBLOCK  = 0x800
	O_RDONLY    = 0x0
	O_RDWR      = 0x2
	O_RSYNC     = 0x101000
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_WRONLY    = 0x1
)

// fcntl commands and arguments.
const (
	FD_CLOEXEC      = 0x1
	FD_SETSIZE      = 0x400
	F_DUPFD         = 0x0
	F_DUPFD_CLOEXEC = 0x406
	F_EXLCK         = 0x4
	F_GETFD         = 0x1
	F_GETFL         = 0x3
	F_GETLEASE      = 0x401
	F_GETLK         = 0x5
	F_GETLK64       = 0x5
	F_GETOWN        = 0x9
	F_GETOWN_EX     = 0x10
	F_GETPIPE_SZ    = 0x408
	F_GETSIG        = 0xb
	F_LOCK          = 0x1
	F_NOTIFY        = 0x402
	F_OK            = 0x0
	F_RDLCK         = 0x0
	F_SETFD         = 0x2
	F_SETFL         = 0x4
	F_SETLEASE      = 0x400
	F_SETLK         = 0x6
	F_SETLK64       = 0x6
	F_SETLKW        = 0x7
	F_SETLKW64      = 0x7
	F_SETOWN        = 0x8
	F_SETOWN_EX     = 0xf
	F_SETPIPE_SZ    = 0x407
	F_SETSIG        = 0xa
	F_SHLCK         = 0x8
	F_TEST          = 0x3
	F_TLOCK         = 0x2
	F_ULOCK         = 0x0
	F_UNLCK         = 0x2
	F_WRLCK         = 0x1
)

// File types and permission bits (Stat_t.Mode).
const (
	S_BLKSIZE = 0x200
	S_IEXEC   = 0x40
	S_IFBLK   = 0x6000
	S_IFCHR   = 0x2000
	S_IFDIR   = 0x4000
	S_IFIFO   = 0x1000
	S_IFLNK   = 0xa000
	S_IFMT    = 0xf000
	S_IFREG   = 0x8000
	S_IFSOCK  = 0xc000
	S_IREAD   = 0x100
	S_IRGRP   = 0x20
	S_IROTH   = 0x4
	S_IRUSR   = 0x100
	S_IRWXG   = 0x38
	S_IRWXO   = 0x7
	S_IRWXU   = 0x1c0
	S_ISGID   = 0x400
	S_ISUID   = 0x800
	S_ISVTX   = 0x200
	S_IWGRP   = 0x10
	S_IWOTH   = 0x2
	S_IWRITE  = 0x80
	S_IWUSR   = 0x80
	S_IXGRP   = 0x8
	S_IXOTH   = 0x1
	S_IXUSR   = 0x40
)

// Directory entry types (Dirent.Type).
const (
	DT_BLK     = 0x6
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_FIFO    = 0x1
	DT_LNK     = 0xa
	DT_REG     = 0x8
	DT_SOCK    = 0xc
	DT_UNKNOWN = 0x0
	DT_WHT     = 0xe
)

// Flock operations.
const (
	LOCK_EX = 0x2
	LOCK_NB = 0x4
	LOCK_SH = 0x1
	LOCK_UN = 0x8
)

// Wait4 options.
const (
	WALL       = 0x40000000
	WCLONE     = 0x80000000
	WCONTINUED = 0x8
	WEXITED    = 0x4
	WNOHANG    = 0x1
	WNOTHREAD  = 0x20000000
	WNOWAIT    = 0x1000000
	WSTOPPED   = 0x2
	WUNTRACED  = 0x2
)

// clone flags.
const (
	CLONE_CHILD_CLEARTID = 0x200000
	CLONE_CHILD_SETTID   = 0x1000000
	CLONE_DETACHED       = 0x400000
	CLONE_FILES          = 0x400
	CLONE_FS             = 0x200
	CLONE_IO             = 0x80000000
	CLONE_NEWIPC         = 0x8000000
	CLONE_NEWNET         = 0x40000000
	CLONE_NEWNS          = 0x20000
	CLONE_NEWPID         = 0x20000000
	CLONE_NEWUSER        = 0x10000000
	CLONE_NEWUTS         = 0x4000000
	CLONE_PARENT         = 0x8000
	CLONE_PARENT_SETTID  = 0x100000
	CLONE_PTRACE         = 0x2000
	CLONE_SETTLS         = 0x80000
	CLONE_SIGHAND        = 0x800
	CLONE_SYSVSEM        = 0x40000
	CLONE_THREAD         = 0x10000
	CLONE_UNTRACED       = 0x800000
	CLONE_VFORK          = 0x4000
	CLONE_VM             = 0x100
)

// prctl operations and arguments.
const (
	PR_CAPBSET_DROP             = 0x18
	PR_CAPBSET_READ             = 0x17
	PR_ENDIAN_BIG               = 0x0
	PR_ENDIAN_LITTLE            = 0x1
	PR_ENDIAN_PPC_LITTLE        = 0x2
	PR_FPEMU_NOPRINT            = 0x1
	PR_FPEMU_SIGFPE             = 0x2
	PR_FP_EXC_ASYNC             = 0x2
	PR_FP_EXC_DISABLED          = 0x0
	PR_FP_EXC_DIV               = 0x10000
	PR_FP_EXC_INV               = 0x100000
	PR_FP_EXC_NONRECOV          = 0x1
	PR_FP_EXC_OVF               = 0x20000
	PR_FP_EXC_PRECISE           = 0x3
	PR_FP_EXC_RES               = 0x80000
	PR_FP_EXC_SW_ENABLE         = 0x80
	PR_FP_EXC_UND               = 0x40000
	PR_GET_DUMPABLE             = 0x3
	PR_GET_ENDIAN               = 0x13
	PR_GET_FPEMU                = 0x9
	PR_GET_FPEXC                = 0xb
	PR_GET_KEEPCAPS             = 0x7
	PR_GET_NAME                 = 0x10
	PR_GET_PDEATHSIG            = 0x2
	PR_GET_SECCOMP              = 0x15
	PR_GET_SECUREBITS           = 0x1b
	PR_GET_TIMERSLACK           = 0x1e
	PR_GET_TIMING               = 0xd
	PR_GET_TSC                  = 0x19
	PR_GET_UNALIGN              = 0x5
	PR_MCE_KILL                 = 0x21
	PR_MCE_KILL_CLEAR           = 0x0
	PR_MCE_KILL_DEFAULT         = 0x2
	PR_MCE_KILL_EARLY           = 0x1
	PR_MCE_KILL_GET             = 0x22
	PR_MCE_KILL_LATE            = 0x0
	PR_MCE_KILL_SET             = 0x1
	PR_SET_DUMPABLE             = 0x4
	PR_SET_ENDIAN               = 0x14
	PR_SET_FPEMU                = 0xa
	PR_SET_FPEXC                = 0xc
	PR_SET_KEEPCAPS             = 0x8
	PR_SET_NAME                 = 0xf
	PR_SET_PDEATHSIG            = 0x1
	PR_SET_PTRACER              = 0x59616d61
	PR_SET_SECCOMP              = 0x16
	PR_SET_SECUREBITS           = 0x1c
	PR_SET_TIMERSLACK           = 0x1d
	PR_SET_TIMING               = 0xe
	PR_SET_TSC                  = 0x1a
	PR_SET_UNALIGN              = 0x6
	PR_TASK_PERF_EVENTS_DISABLE = 0x1f
	PR_TASK_PERF_EVENTS_ENABLE  = 0x20
	PR_TIMING_STATISTICAL       = 0x0
	PR_TIMING_TIMESTAMP         = 0x1
	PR_TSC_ENABLE               = 0x1
	PR_TSC_SIGSEGV              = 0x2
	PR_UNALIGN_NOPRINT          = 0x1
	PR_UNALIGN_SIGBUS           = 0x2
)

// Getpriority/Setpriority targets.
const (
	PRIO_PGRP    = 0x1
	PRIO_PROCESS = 0x0
	PRIO_USER    = 0x2
)

// Getrlimit/Setrlimit resources.
const (
	RLIMIT_AS     = 0x9
	RLIMIT_CORE   = 0x4
	RLIMIT_CPU    = 0x0
	RLIMIT_DATA   = 0x2
	RLIMIT_FSIZE  = 0x1
	RLIMIT_NOFILE = 0x7
	RLIMIT_STACK  = 0x3
)

// Getrusage targets.
const (
	RUSAGE_CHILDREN = -0x1
	RUSAGE_SELF     = 0x0
	RUSAGE_THREAD   = 0x1
)

// Madvise, Mprotect and Mlockall arguments.
const (
	MADV_DOFORK      = 0xb
	MADV_DONTFORK    = 0xa
	MADV_DONTNEED    = 0x4
	MADV_HUGEPAGE    = 0xe
	MADV_HWPOISON    = 0x64
	MADV_MERGEABLE   = 0xc
	MADV_NOHUGEPAGE  = 0xf
	MADV_NORMAL      = 0x0
	MADV_RANDOM      = 0x1
	MADV_REMOVE      = 0x9
	MADV_SEQUENTIAL  = 0x2
	MADV_UNMERGEABLE = 0xd
	MADV_WILLNEED    = 0x3
	MCL_CURRENT      = 0x1
	MCL_FUTURE       = 0x2
	PROT_EXEC        = 0x4
	PROT_GROWSDOWN   = 0x1000000
	PROT_GROWSUP     = 0x2000000
	PROT_NONE        = 0x0
	PROT_READ        = 0x1
	PROT_WRITE       = 0x2
)
