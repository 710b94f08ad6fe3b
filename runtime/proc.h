// runtime/proc.h — the scheduler's internal steps, shared by the files that
// together make up Go's proc.go: proc.cpp (start-up, goroutines' life
// cycle), schedule.cpp (the scheduler loop), ps_and_ms.cpp (Ps and Ms),
// runq.cpp (run queues, free Gs), sysmon.cpp, stoptheworld.cpp, syscall.cpp
// (entersyscall/exitsyscall) and lockosthread.cpp. Nothing outside the
// scheduler uses these; the rest of the runtime sees runtime.h.
#pragma once

#include "runtime.h"

namespace gosub::rt {

// allpLock guards allp and gomaxprocs for readers without a P (sysmon's
// retake), as Go's allpLock. newprocs: GOMAXPROCS to apply at the next
// startTheWorld [worldsema].
extern mutex allpLock;
extern int32_t newprocs;
// Coprimes of gomaxprocs: steal orders visit every P once (Go's randomOrder).
extern uint32_t stealcoprimes[_MaxGomaxprocs];
extern uint32_t nstealcoprimes;
// A goroutine that has run this long without a scheduler call is preempted.
constexpr int64_t forcePreemptNS = 10 * 1000 * 1000;  // 10 ms
// freezetheworld's stopwait: so large that it never reaches 0.
constexpr int32_t freezeStopWait = 0x7fffffff;

// ---- the scheduler loop (schedule.cpp)
[[noreturn]] void schedule();
g* findRunnable(bool* inheritTime);
[[noreturn]] void execute(g* gp, bool inheritTime);

// ---- start-up, goroutines (proc.cpp)
// mcommoninit: an M's id (a new one if id < 0), fastrand seed and allm link.
void mcommoninit(m* mp, int64_t id);
void dropg();

// ---- Ms: idle list, starting and stopping (ps_and_ms.cpp)
// resetspinning: a spinning M that found work stops spinning, wakes another.
void resetspinning();
void stopm();
void stopmTimed(int64_t ns);
void startm(p* pp, bool spinning);
// mspinning: the start function of an M that startm made spinning.
void mspinning();
void mput(m* mp);
m* mget();
int64_t mReserveID();
void newm(void (*fn)(), p* pp, int64_t id);
// newm1 starts the thread of an M that newm allocated (directly, or from
// the template thread when the creating M is locked: lockosthread.cpp).
void newm1(m* mp);
int32_t mcount();

// ---- Ps (ps_and_ms.cpp)
void pidleput(p* pp);
p* pidleget();
void acquirep(p* pp);
p* releasep();
// handoffp hands off pp from an M that is blocking (in a system call, or
// locked to a goroutine that is not runnable): start an M if there is work,
// else put pp on the idle list.
void handoffp(p* pp);
void gcstopm();
p* procresize(int32_t nprocs);
void globrunqputhead(g* gp);

// ---- stop the world, preemption (stoptheworld.cpp)
bool preemptall();
bool preemptone(p* pp);

// ---- sysmon and the deadlock detector (sysmon.cpp)
void sysmon();
// wakesysmon: with sched.lock held, wake sysmon if it sleeps because every
// P looked idle (sched.sysmonwait) — the caller is making one busy.
void wakesysmon();
// checkdead: with sched.lock held, whenever an M goes idle.
void checkdead();
// incidlelocked adds v to the Ms idle because they are locked to a
// goroutine that is not running (checkdead does not count them).
void incidlelocked(int32_t v);

// ---- locked threads (lockosthread.cpp)
// startlockedm hands the current M's P to the M that gp is locked to and
// stops this M; stoplockedm parks a locked M whose goroutine blocked until
// startlockedm gives it a P again.
void startlockedm(g* gp);
void stoplockedm();
// newmFromLockedM queues mp for the template thread when the current M is
// locked (and reports whether it did).
bool newmFromLockedM(m* mp);
// mexit ends the thread of an M whose locked goroutine exited (Go's mexit).
[[noreturn]] void mexit();

// ---- fork and exec (exec_linux.cpp)
// execLock: held by exec (syscall.Exec) and by newm1 while it creates a
// thread.
extern mutex execLock;

// ---- system calls (syscall.cpp)
// exitsyscall0: exitsyscall's slow path, on g0 (no P was free).
void exitsyscall0(g* gp);

}  // namespace gosub::rt
