// runtime_abi.h — the runtime entry points generated code may call, read from
// runtime/abi.def (the one table shared with the runtime; see DESIGN.md).
//
// Codegen never declares a runtime function by hand: it asks RuntimeABI for
// an RtFunc, which declares it in the module on first use with the signature
// and attributes the table gives.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <llvm/IR/Module.h>

namespace gosub::codegen {

enum class RtFunc : int {
#define RT_FUNC(id, name, result, params, attrs) id,
#define GO_FUNC(id, name, result, params)
#define GO_TYPE(id, gotype)
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
  Count
};

class RuntimeABI {
 public:
  explicit RuntimeABI(llvm::Module& m) : module_(m) {}

  // The declaration of `f` in the module (created on first use).
  llvm::Function* get(RtFunc f);
  // The table entry whose link name is `linkName` (for stdlib functions
  // declared without a body), or false.
  bool lookup(const std::string& linkName, RtFunc* out) const;
  const char* linkName(RtFunc f) const;
  bool isNoReturn(RtFunc f) const;
  // True if `linkName` is a GO_FUNC: generated code the runtime calls.
  static bool isGoFunc(const std::string& linkName);
  // The Go types (GO_TYPE, "runtime.boundsError", "*runtime.TypeAssertionError",
  // "error") whose descriptors the runtime refers to by symbol.
  static const std::vector<std::string>& runtimeTypes();

 private:
  llvm::Module& module_;
  std::array<llvm::Function*, static_cast<size_t>(RtFunc::Count)> decls_{};
};

}  // namespace gosub::codegen
