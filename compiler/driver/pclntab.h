// pclntab.h — the runtime's pc->line table (runtime/pclntab_layout.h), built from
// the line tables and inline trees (DWARF) of the program's object files.
//
// Codegen always emits line-table debug info; after the back end has
// written the objects, buildPclntab reads their DWARF in memory and returns
// a small module holding the table, compiled to one more object and linked
// with them. Run time never reads DWARF: the table is in .rodata, so it
// survives `strip`, and the executable may drop .debug_* when built
// without -g.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include "codegen/codegen.h"

namespace gosub::driver {

using codegen::kNoArgsAttr;
using codegen::kWrapperAttr;

// Returns the table module for the given object files (nullptr and `error`
// if one cannot be read). flags: the pcln::func flags of functions by name.
std::unique_ptr<llvm::Module> buildPclntab(llvm::LLVMContext& ctx, const std::vector<std::string>& objects,
                                           const std::map<std::string, uint32_t>& flags, std::string& error);

// keepCallSitesApart marks every call (but intrinsics and inline asm)
// nomerge, so that the optimiser keeps one call per source site, as gc
// does: calls merged, hoisted or sunk from several lines would have one
// line (or none) for all, and runtime.Caller, tracebacks and `created by`
// would name the wrong line. Panic sites, Go calls and runtime calls alike
// can be a frame's pc.
void keepCallSitesApart(llvm::Module& m);

// The table's flags of the functions codegen marked (the function
// attributes kNoArgsAttr and kWrapperAttr), for buildPclntab.
std::map<std::string, uint32_t> functionFlags(const llvm::Module& m);

// anchorSections gives each text section of m that holds no global symbol
// (section gosub_deferwrap, whose functions are all internal) a hidden
// global label `<prefix>.<n>`: the table places a section's functions by
// one global symbol in it. prefix must be unique in the link.
void anchorSections(llvm::Module& m, const std::string& prefix);

}  // namespace gosub::driver
