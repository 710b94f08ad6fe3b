// runtime/cpuprof.h — the CPU profiler's hooks (cpuprof.cpp).
#pragma once

#include <ucontext.h>

#include "runtime.h"

namespace gosub::rt {

// sigprof records one sample of the code SIGPROF interrupted (uc) on this
// M. Called by sighandler on the M's signal stack: allocates nothing,
// takes no lock, grows no stack.
void sigprof(ucontext_t* uc);
// validSIGPROF: whether a SIGPROF with this si_code comes from the
// profiling source this M counts (Go's validSIGPROF: its per-thread timer
// if it has one, else the process's ITIMER_PROF; any other sender passes).
bool validSIGPROF(m* mp, int code);
// cpuprofMinit / cpuprofUnminit: a new M starts its CPU timer if a profile
// is on (end of minit, on the M's thread); an exiting M deletes its own
// (unminit, after mexit took it off allm).
void cpuprofMinit(m* mp);
void cpuprofUnminit(m* mp);

}  // namespace gosub::rt
