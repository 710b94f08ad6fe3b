// dead_code.h — drops the parts of the imported packages a program never
// uses, before the optimiser sees them.
#pragma once

#include <llvm/IR/Module.h>

namespace gosub::driver {

// Deletes every function and global variable defined in m that no root
// reaches through code or initialisers, and returns how many. The roots are
// what the runtime calls or reads (abi.def's GO_FUNC entries, the
// descriptors kept in llvm.used) and llvm.global_ctors: an executable's
// whole entry surface. Only for executables, whose module is the whole Go
// program: a program that uses one function of package os would otherwise
// compile all of os, syscall and io at -O2. Reachable functions keep their
// linkage, so inlining and tracebacks are the same as without it.
unsigned dropUnreachable(llvm::Module& m);

}  // namespace gosub::driver
