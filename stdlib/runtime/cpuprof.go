package runtime

// SetCPUProfileRate sets the CPU profiling rate to hz samples per second.
// If hz <= 0, SetCPUProfileRate turns off profiling. If the profiler is on,
// the rate cannot be changed without first turning it off.
//
// Most clients should use the runtime/pprof package instead of calling
// SetCPUProfileRate directly. Its body is the runtime's (runtime/cpuprof.cpp,
// an RT_FUNC in runtime/abi.def).
func SetCPUProfileRate(hz int)
