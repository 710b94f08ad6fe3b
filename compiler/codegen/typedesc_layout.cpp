// typedesc_layout.cpp — LLVM struct types mirroring runtime/type.h.
#include "codegen/typedesc_layout.h"

namespace gosub::codegen::typedesc {

static llvm::StructType* named(llvm::LLVMContext& ctx, const char* name, llvm::ArrayRef<llvm::Type*> fields) {
  if (llvm::StructType* t = llvm::StructType::getTypeByName(ctx, name)) return t;
  return llvm::StructType::create(ctx, fields, name);
}

Layout layout(llvm::LLVMContext& ctx) {
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx);
  llvm::Type* i8 = llvm::Type::getInt8Ty(ctx);
  llvm::Type* i16 = llvm::Type::getInt16Ty(ctx);
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  Layout l;
  // GoString is the same literal {ptr, i64} as a Go string value.
  l.string = llvm::StructType::get(ctx, {ptr, i64});
  l.type = named(ctx, "runtime._type",
                 {i64 /*size*/, i64 /*ptrdata*/, i32 /*hash*/, i8 /*tflag*/, i8 /*align*/, i8 /*fieldAlign*/,
                  i8 /*kind*/, ptr /*equal*/, ptr /*hasher*/, l.string /*str*/, ptr /*uncommon*/, ptr /*ptrToThis*/});
  l.method = named(ctx, "runtime.method", {l.string /*name*/, l.string /*pkgpath*/, ptr /*mtyp*/, ptr /*ifn*/});
  l.uncommon = named(ctx, "runtime.uncommontype", {l.string /*pkgpath*/, i64 /*mcount*/, ptr /*methods*/});
  l.arraytype = named(ctx, "runtime.arraytype", {l.type, ptr /*elem*/, ptr /*slice*/, i64 /*len*/});
  l.chantype = named(ctx, "runtime.chantype", {l.type, ptr /*elem*/, i64 /*dir*/});
  l.functype = named(ctx, "runtime.functype", {l.type, i64 /*inCount*/, i64 /*outCount*/, i8 /*variadic*/, ptr /*params*/});
  l.imethod = named(ctx, "runtime.imethod", {l.string /*name*/, l.string /*pkgpath*/, ptr /*typ*/});
  l.interfacetype = named(ctx, "runtime.interfacetype", {l.type, l.string /*pkgpath*/, i64 /*mcount*/, ptr /*methods*/});
  l.maptype = named(ctx, "runtime.maptype",
                    {l.type, ptr /*key*/, ptr /*elem*/, i8 /*keysize*/, i8 /*elemsize*/, i16 /*bucketsize*/, i32 /*flags*/});
  l.ptrtype = named(ctx, "runtime.ptrtype", {l.type, ptr /*elem*/});
  l.slicetype = named(ctx, "runtime.slicetype", {l.type, ptr /*elem*/});
  l.structfield = named(ctx, "runtime.structfield", {l.string /*name*/, ptr /*typ*/, i64 /*offset*/, i8 /*embedded*/});
  l.structtype = named(ctx, "runtime.structtype", {l.type, l.string /*pkgpath*/, i64 /*nfields*/, ptr /*fields*/});
  l.itabHeader = named(ctx, "runtime.itab.header", {ptr /*inter*/, ptr /*type*/, i32 /*hash*/, i32 /*unused*/});
  l.eface = named(ctx, "runtime.eface", {ptr /*type or itab*/, ptr /*data*/});
  return l;
}

llvm::StructType* itabType(llvm::LLVMContext& ctx, unsigned n) {
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx);
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);
  return llvm::StructType::get(ctx, {ptr, ptr, i32, i32, llvm::ArrayType::get(ptr, n)});
}

}  // namespace gosub::codegen::typedesc
