// Package fmt implements formatted I/O.
//
// For now Print and Println are compiler intrinsics: the type checker puts
// them into this package's scope (types::Intrinsic::FmtPrint/FmtPrintln)
// and codegen (compiler/codegen/fmt_intrinsic.cpp) formats each operand as
// %v would and writes the result to standard output with one write. They
// become ordinary Go functions taking ...any when the language has
// interfaces and variadic functions.
package fmt
