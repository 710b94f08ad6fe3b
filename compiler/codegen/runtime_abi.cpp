// runtime_abi.cpp — turns runtime/abi.def into LLVM declarations.
//
// abi.def is written with type and attribute macros (VOID, STR, NORETURN...)
// that each includer defines; here they become AbiType values, and the
// lowering of each AbiType to LLVM follows the x86-64 SysV ABI the runtime's
// C++ definitions are compiled with (clang-19, like the generated code):
//   BOOL -> i1 zeroext, STR param -> (ptr, i64), STR result -> {ptr, i64},
//   U64PAIR result -> {i64, i64} (two uintptr results, as syscall's).
#include "codegen/runtime_abi.h"

#include <cstring>
#include <vector>

#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/Function.h>
#include <llvm/Support/ModRef.h>

namespace gosub::codegen {
namespace {

enum class AbiType : uint8_t { Void, Bool, I32, I64, U64, F64, Ptr, Str, U64Pair };

// The ATTRS column of abi.def (its header says what each promises).
enum class AbiAttr : uint8_t { None, NoReturn, Alloc, NoUserMem, ArgRead, PureArgRead, ReadUserMem, Yield };

struct Entry {
  const char* name;
  AbiType result;
  std::vector<AbiType> params;
  AbiAttr attr;
};

// The macros live only inside this table, after every header, so that names
// such as VOID or NONE cannot collide with anything else.
#define VOID AbiType::Void
#define BOOL AbiType::Bool
#define I32 AbiType::I32
#define I64 AbiType::I64
#define U64 AbiType::U64
#define F64 AbiType::F64
#define PTR AbiType::Ptr
#define STR AbiType::Str
#define U64PAIR AbiType::U64Pair
#define NONE AbiAttr::None
#define NORETURN AbiAttr::NoReturn
#define ALLOC AbiAttr::Alloc
#define NOUSERMEM AbiAttr::NoUserMem
#define ARGREAD AbiAttr::ArgRead
#define PUREARGREAD AbiAttr::PureArgRead
#define READUSERMEM AbiAttr::ReadUserMem
#define YIELD AbiAttr::Yield
#define ABI_PARAMS(...) {__VA_ARGS__}

const Entry kRuntimeFuncs[] = {
#define RT_FUNC(id, name, result, params, attrs) {name, result, ABI_PARAMS params, attrs},
#define GO_FUNC(id, name, result, params)
#define GO_TYPE(id, gotype)
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
};

const char* const kGoFuncs[] = {
#define RT_FUNC(id, name, result, params, attrs)
#define GO_FUNC(id, name, result, params) name,
#define GO_TYPE(id, gotype)
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
};

const char* const kGoTypes[] = {
#define RT_FUNC(id, name, result, params, attrs)
#define GO_FUNC(id, name, result, params)
#define GO_TYPE(id, gotype) gotype,
#include "abi.def"
#undef RT_FUNC
#undef GO_FUNC
#undef GO_TYPE
};

#undef VOID
#undef BOOL
#undef I32
#undef I64
#undef U64
#undef F64
#undef PTR
#undef STR
#undef U64PAIR
#undef NONE
#undef NORETURN
#undef ALLOC
#undef NOUSERMEM
#undef ARGREAD
#undef PUREARGREAD
#undef READUSERMEM
#undef YIELD
#undef ABI_PARAMS

static_assert(sizeof(kRuntimeFuncs) / sizeof(kRuntimeFuncs[0]) == static_cast<size_t>(RtFunc::Count));

llvm::Type* scalarType(llvm::LLVMContext& ctx, AbiType t) {
  switch (t) {
    case AbiType::Void: return llvm::Type::getVoidTy(ctx);
    case AbiType::Bool: return llvm::Type::getInt1Ty(ctx);
    case AbiType::I32: return llvm::Type::getInt32Ty(ctx);
    case AbiType::I64:
    case AbiType::U64: return llvm::Type::getInt64Ty(ctx);
    case AbiType::F64: return llvm::Type::getDoubleTy(ctx);
    case AbiType::Ptr: return llvm::PointerType::getUnqual(ctx);
    case AbiType::Str:
      return llvm::StructType::get(ctx, {llvm::PointerType::getUnqual(ctx), llvm::Type::getInt64Ty(ctx)});
    case AbiType::U64Pair:
      return llvm::StructType::get(ctx, {llvm::Type::getInt64Ty(ctx), llvm::Type::getInt64Ty(ctx)});
  }
  return nullptr;
}

}  // namespace

llvm::Function* RuntimeABI::get(RtFunc f) {
  auto& slot = decls_[static_cast<size_t>(f)];
  if (slot) return slot;
  const Entry& e = kRuntimeFuncs[static_cast<size_t>(f)];
  llvm::LLVMContext& ctx = module_.getContext();

  std::vector<llvm::Type*> params;
  std::vector<bool> zext;  // per LLVM parameter
  for (AbiType p : e.params) {
    if (p == AbiType::Str) {
      params.push_back(llvm::PointerType::getUnqual(ctx));
      params.push_back(llvm::Type::getInt64Ty(ctx));
      zext.push_back(false);
      zext.push_back(false);
    } else {
      params.push_back(scalarType(ctx, p));
      zext.push_back(p == AbiType::Bool);
    }
  }
  auto* fty = llvm::FunctionType::get(scalarType(ctx, e.result), params, false);
  llvm::Function* fn = module_.getFunction(e.name);
  if (!fn) {
    fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, e.name, module_);
  }
  // The runtime is linked statically into the executable.
  fn->setDSOLocal(true);
  for (unsigned i = 0; i < zext.size(); ++i)
    if (zext[i]) fn->addParamAttr(i, llvm::Attribute::ZExt);
  if (e.result == AbiType::Bool) fn->addRetAttr(llvm::Attribute::ZExt);
  // Nothing in gosub unwinds (panics are not C++ exceptions).
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  using llvm::MemoryEffects;
  using llvm::ModRefInfo;
  switch (e.attr) {
    case AbiAttr::None: break;
    case AbiAttr::NoReturn: fn->addFnAttr(llvm::Attribute::NoReturn); break;
    case AbiAttr::Alloc:
      // An allocation function LLVM may delete when its result is unused,
      // whose memory reads as zero, and which touches nothing else the
      // program can see.
      {
        llvm::AttrBuilder ab(ctx);
        ab.addAllocKindAttr(llvm::AllocFnKind::Alloc | llvm::AllocFnKind::Zeroed);
        ab.addAllocSizeAttr(0, std::nullopt);
        ab.addAttribute("alloc-family", e.name);
        fn->addFnAttrs(ab);
      }
      fn->setMemoryEffects(MemoryEffects::inaccessibleMemOnly());
      // Not noalias: a function with defers resumes a recovered frame
      // through llvm.eh.sjlj.setjmp, whose second return LLVM does not see
      // as following the calls that captured an object allocated before it;
      // with noalias it proved such an object (a named result's heap cell)
      // unchanged on the recovered path (test/run/defer_records.go).
      fn->addRetAttr(llvm::Attribute::NonNull);
      fn->addRetAttr(llvm::Attribute::NoUndef);
      fn->addRetAttr(llvm::Attribute::getWithAlignment(ctx, llvm::Align(8)));
      break;
    case AbiAttr::NoUserMem: fn->setMemoryEffects(MemoryEffects::inaccessibleMemOnly()); break;
    case AbiAttr::ArgRead:
      fn->setMemoryEffects(MemoryEffects::argMemOnly(ModRefInfo::Ref) | MemoryEffects::inaccessibleMemOnly());
      break;
    case AbiAttr::PureArgRead:
      fn->setMemoryEffects(MemoryEffects::argMemOnly(ModRefInfo::Ref));
      fn->addFnAttr(llvm::Attribute::WillReturn);
      break;
    case AbiAttr::ReadUserMem:
      fn->setMemoryEffects(MemoryEffects::readOnly() | MemoryEffects::inaccessibleMemOnly());
      break;
    case AbiAttr::Yield:
      fn->setMemoryEffects(MemoryEffects::inaccessibleMemOnly());
      fn->addFnAttr(llvm::Attribute::WillReturn);
      break;
  }
  slot = fn;
  return fn;
}

bool RuntimeABI::lookup(const std::string& linkName, RtFunc* out) const {
  for (size_t i = 0; i < static_cast<size_t>(RtFunc::Count); ++i) {
    if (linkName == kRuntimeFuncs[i].name) {
      *out = static_cast<RtFunc>(i);
      return true;
    }
  }
  return false;
}

const char* RuntimeABI::linkName(RtFunc f) const { return kRuntimeFuncs[static_cast<size_t>(f)].name; }

bool RuntimeABI::isNoReturn(RtFunc f) const { return kRuntimeFuncs[static_cast<size_t>(f)].attr == AbiAttr::NoReturn; }

bool RuntimeABI::isGoFunc(const std::string& linkName) {
  for (const char* n : kGoFuncs)
    if (linkName == n) return true;
  return false;
}

const std::vector<std::string>& RuntimeABI::runtimeTypes() {
  static const std::vector<std::string> types(std::begin(kGoTypes), std::end(kGoTypes));
  return types;
}

}  // namespace gosub::codegen
