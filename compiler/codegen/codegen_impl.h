// codegen_impl.h — the state of one lowering of checked packages to LLVM IR,
// shared by the files of codegen/, one per concern:
//   codegen.cpp        module, globals, functions, package initialisation
//   types.cpp          Go types -> LLVM types, zero values, constants
//   expr.cpp           expressions, operators, conversions
//   stmt.cpp           statements and control flow
//   call.cpp           calls and builtins (len, print, println)
//   string.cpp         string constants, concatenation, comparison, indexing
//   checks.cpp         run-time checks that panic (divide, index, shift, nil)
//   defer.cpp          defer statements, panic and recover
//   closure.cpp        function values, closures, captured variables
//   goroutine.cpp      go statements
//   channel.cpp        make(chan), send, receive, close, len/cap, range over channels
//   select.cpp         select statements
//   slice.cpp          arrays, slices, strings: indexing, slicing, literals,
//                      make/append/copy, conversions, range, variadic slices
//   map.cpp            maps: make, index, assign, delete, clear, len, range
//   struct.cpp         structs, pointers, field selection, methods
//   preempt.cpp        loop back-edge preemption checks
//   debuginfo.cpp      DWARF for -g
//   runtime_abi.cpp    declarations from runtime/abi.def
//
// Errors: anything the checker let through that codegen cannot lower yet is
// reported as "... not supported yet" at the node and abandons the current
// function (Abandon is thrown and caught per function), so no half-built IR
// is ever handed on; generate() then returns null.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include "ast/ast.h"
#include "codegen/codegen.h"
#include "codegen/runtime_abi.h"
#include "support/diagnostics.h"
#include "types/types.h"

namespace gosub::codegen {

// Thrown after an error has been reported; unwinds to the function driver.
struct Abandon {};

class DebugInfo;

// How CodeGen::typeName spells a type (typedesc.cpp).
enum class TypeNameStyle { Reflect, Link, Dwarf };

class CodeGen {
 public:
  CodeGen(llvm::LLVMContext& ctx, types::TypeTable& table, const Options& options, const SourceManager& sources,
          Diagnostics& diags);
  ~CodeGen();

  std::unique_ptr<llvm::Module> run(const std::vector<types::Package*>& packages);
  // The empty module with gosub's target and data layout, and rt_.
  void initModule(const std::string& mainFile);
  // Runs the jobs queued with later() until none is left.
  void drainPending();
  // module_ after LLVM's verifier, or null after reporting.
  std::unique_ptr<llvm::Module> verified();

  // ---- errors (codegen.cpp)
  [[noreturn]] void unsupported(ast::Pos pos, const std::string& what);
  [[noreturn]] void internalError(ast::Pos pos, const std::string& what);

  // ---- module-level (codegen.cpp)
  llvm::Function* declareFunc(types::Func* f, ast::Pos usePos);
  llvm::GlobalVariable* declareGlobal(types::Var* v);
  void emitFuncBody(types::Func* f);
  // The body of a Go function, declared or literal, into `fn`: parameters and
  // named results become locals (captured ones heap cells), then the
  // statements. `name` is the Go symbol (literals inside are named after it),
  // `isLit` says that `fn` is a literal whose last parameter is its closure
  // and `captures` the variables whose cells that closure holds.
  void emitBody(llvm::Function* fn, const std::string& name, bool isLit, types::Signature* sig,
                ast::FuncType* ftype, ast::BlockStmt* body, ast::Pos pos, const std::vector<types::Var*>& captures,
                ast::Field* recvField = nullptr);
  // Runs `job` (which builds one function with its own FunctionScope) after
  // the function being emitted: literals, thunks and go wrappers.
  void later(std::function<void()> job) { pending_.push_back(std::move(job)); }
  void emitPackageInit(types::Package* pkg);
  void setGoFuncAttrs(llvm::Function* fn, const ast::Directives* directives);
  std::string linkName(types::Func* f) const;

  // ---- types (types.cpp)
  llvm::Type* llvmType(types::Type* t);
  // The type of the code of a func value of type `sig`: funcType plus the
  // closure pointer as the last parameter (closure.cpp).
  llvm::FunctionType* closureFuncType(types::Signature* sig);
  llvm::StructType* stringType();
  llvm::Constant* zeroValue(types::Type* t) { return llvm::Constant::getNullValue(llvmType(t)); }
  llvm::Constant* constValue(const types::Constant& c, types::Type* t, ast::Pos pos);
  int bitWidth(types::Type* t);  // integer types

  // ---- expressions (expr.cpp)
  llvm::Value* emitExpr(ast::Expr* e);
  llvm::Value* emitCond(ast::Expr* e) { return emitExpr(e); }
  // The address of an assignable operand, or null for the blank identifier.
  // `define` allocates a new local for an Ident whose Var has no storage yet.
  llvm::Value* emitAddr(ast::Expr* e, bool define);
  llvm::Value* varAddr(types::Var* v, ast::Pos pos);
  llvm::Value* emitUnary(ast::UnaryExpr* e);
  llvm::Value* emitBinary(ast::BinaryExpr* e);
  llvm::Value* emitLogical(ast::BinaryExpr* e);
  // x op y for arithmetic, bitwise and shift operators, with Go's checks; `y`
  // is the right operand's syntax when known (constant divisors and shift
  // counts need no checks), `yType` its type (shift counts differ from x).
  llvm::Value* emitArith(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr,
                         types::Type* yType, ast::Pos pos);
  llvm::Value* emitDivision(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr, ast::Pos pos);
  llvm::Value* emitShift(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Expr* yExpr,
                         types::Type* yType, ast::Pos pos);
  llvm::Value* emitCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos);
  llvm::Value* emitConversion(llvm::Value* v, types::Type* from, types::Type* to, ast::Pos pos);
  llvm::Value* floatToInt(llvm::Value* v, types::Type* to);
  // Checks that a value of type `from` may be stored as `to` (the checker
  // has verified assignability; this guards against invalid IR).
  llvm::Value* coerce(llvm::Value* v, types::Type* to, ast::Pos pos);
  // Operand type of a binary expression: the typed side of the two.
  types::Type* operandType(ast::BinaryExpr* e);

  // ---- statements (stmt.cpp)
  // A statement is the live range of the large temporaries it makes
  // (aggregate.cpp, tempSlot): they are released when it ends.
  void emitStmt(ast::Stmt* s);
  void emitStmtKind(ast::Stmt* s);
  void emitStmtList(const std::vector<ast::Stmt*>& list);
  void emitAssign(ast::AssignStmt* s);
  void emitOpAssign(ast::AssignStmt* s);
  void emitIncDec(ast::IncDecStmt* s);
  void emitDecl(ast::DeclStmt* s);
  void emitIf(ast::IfStmt* s);
  void emitFor(ast::ForStmt* s);
  void emitSwitch(ast::SwitchStmt* s);
  void emitBranch(ast::BranchStmt* s);
  void emitReturn(ast::ReturnStmt* s);
  // Stores values into addresses (null address: blank, value discarded).
  void storeAll(const std::vector<llvm::Value*>& addrs, const std::vector<llvm::Value*>& values,
                const std::vector<types::Type*>& types, ast::Pos pos);
  // The values of `rhs` for `n` left-hand sides: n expressions, or one call
  // returning n results.
  std::vector<llvm::Value*> emitRHS(const std::vector<ast::Expr*>& rhs, size_t n, ast::Pos pos);

  // ---- the calling convention of Go functions (callconv.cpp)
  // The scalar leaves of an LLVM type, as LLVM's lowering splits it.
  struct ScalarCount {
    uint64_t ints = 0;    // integers and pointers
    uint64_t floats = 0;  // float, double
  };
  static ScalarCount countScalars(llvm::Type* t);
  llvm::FunctionType* funcType(types::Signature* sig);
  // The results as one value: void, the single result's type, or a struct.
  llvm::Type* resultsType(types::Signature* sig);
  // Results that do not fit rax, rdx, rcx, xmm0, xmm1 go through memory: a
  // pointer parameter at resultsParamIndex, and the function returns void.
  bool resultsInMemory(types::Signature* sig);
  unsigned resultsParamIndex(types::Signature* sig);
  void nameResultsParam(llvm::Function* fn, types::Signature* sig);
  // Returns `results` (null: none) from the function being emitted.
  void emitResults(llvm::Value* results);
  // For a call of `sig`: appends the results pointer to `args` when the
  // results go through memory (`slot`, or a new entry-block slot) and
  // returns it; null otherwise.
  llvm::Value* resultsSlotFor(types::Signature* sig, std::vector<llvm::Value*>* args, llvm::Value* slot = nullptr);
  // Stores the results value (several: a struct of their values) into a
  // results slot, and makes the value of the results in a slot.
  void storeResults(llvm::Value* results, llvm::Value* slot, types::Signature* sig);
  llvm::Value* loadResults(llvm::Value* slot, types::Signature* sig);
  bool hasLargeResult(types::Signature* sig);

  // ---- calls (call.cpp)
  // What a call calls: a known function (called directly) or a func value.
  struct Callee {
    types::Func* func = nullptr;     // a declared function, or null
    llvm::Value* closure = nullptr;  // the func value otherwise
    llvm::Function* code = nullptr;  // its code when known (a literal): no load, no nil check
    types::Signature* sig = nullptr;
    llvm::Value* recv = nullptr;     // a method's receiver argument (passed first)
    llvm::Value* ifaceFn = nullptr;  // an interface method's code from the itab (recv: the data word)
  };
  // Evaluates the function operand of a call that is not a conversion or
  // a builtin.
  Callee emitCallee(ast::CallExpr* call);
  // Calls `c` with evaluated arguments; returns the result or null. Results
  // that go through memory land in `resultsSlot` if given (and null is
  // returned), else in a fresh slot whose value is returned.
  llvm::Value* emitCallTo(const Callee& c, std::vector<llvm::Value*> args, llvm::Value* resultsSlot = nullptr);
  // Returns the call's value (a literal struct for several results) or null
  // for a call without results. `wantValue` is false for expression
  // statements (builtins such as copy need not produce their result).
  llvm::Value* emitCall(ast::CallExpr* call, bool wantValue);
  llvm::Value* emitBuiltinCall(ast::CallExpr* call, types::Builtin* b, bool wantValue);
  void emitPrint(ast::CallExpr* call, bool ln);
  // The operands of print/println/fmt.Print*: each argument, or the results
  // of a single multi-value call argument, with their types.
  struct Operand {
    llvm::Value* value;
    types::Type* type;
    ast::Pos pos;
  };
  std::vector<Operand> emitOperands(ast::CallExpr* call);
  // go/defer of a builtin (defer.cpp): the types of the values evaluated at
  // the statement (constants and nil are not stored), those values, and the
  // call made later from them.
  std::vector<types::Type*> builtinStoredTypes(ast::CallExpr* call);
  std::vector<llvm::Value*> emitBuiltinStored(ast::CallExpr* call);
  void emitBuiltinFromStored(ast::CallExpr* call, types::Builtin* b, const std::vector<llvm::Value*>& values);
  void printOperands(const std::vector<Operand>& ops, bool ln, ast::Pos pos);
  std::vector<llvm::Value*> emitArgs(ast::CallExpr* call, types::Signature* sig);
  // Calls a runtime function; string arguments are split into (ptr, len) as
  // the ABI table says. A noreturn call ends the block with `unreachable`.
  llvm::Value* callRuntime(RtFunc f, std::vector<llvm::Value*> args);
  llvm::Value* callDirect(llvm::FunctionCallee callee, const std::vector<llvm::Value*>& args, bool noreturn);

  // ---- function values and closures (closure.cpp)
  // The func value of a declared function: a static closure whose code is a
  // thunk taking (and ignoring) the closure pointer.
  llvm::Constant* funcValue(types::Func* f, ast::Pos pos);
  // A closure object for a literal; `code` receives the literal's function.
  llvm::Value* emitFuncLit(ast::FuncLit* lit, llvm::Function** code = nullptr);
  llvm::Function* litFunction(ast::FuncLit* lit);
  // Calls the code of func value `fv` (checked against nil unless `code` is known).
  llvm::Value* callClosure(llvm::Value* fv, llvm::Function* code, types::Signature* sig,
                           std::vector<llvm::Value*> args);
  // The closure object of a literal capturing `captures`: {code, then per
  // variable its value (captured by value) or its cell's address}.
  llvm::StructType* closureObjectType(const std::vector<types::Var*>& captures);
  // A new heap cell for captured variable `v` at its declaration (also each
  // iteration for loop variables); returns the cell, which is v's address.
  llvm::Value* newCell(types::Var* v);
  // A static closure object {code} named `name`.
  llvm::GlobalVariable* staticClosure(llvm::Function* code, const std::string& name);
  // The next name for a literal or wrapper in the current function:
  // main.main.func1, main.main.func1.1, main.main.gowrap1.
  std::string nextLitName();
  std::string nextGowrapName();

  // ---- go statements (goroutine.cpp)
  void emitGo(ast::GoStmt* s);
  void emitGoBuiltin(ast::GoStmt* s);
  // Marks a generated wrapper: no frame in tracebacks and Callers, and,
  // with recoverLooksThrough, where recover() looks through it (defer.cpp).
  void markWrapper(llvm::Function* f, bool recoverLooksThrough = true);
  // Marks a Go function without parameters or receiver: tracebacks print
  // f(), not f(...) (defer.cpp, beside markWrapper).
  void markNoArgs(llvm::Function* f);

  // ---- channels (channel.cpp)
  types::Chan* chanType(types::Type* t, ast::Pos pos);
  // The entry-block slot through which elements of LLVM type `t` pass to
  // and from the runtime (one per type and function).
  llvm::AllocaInst* elemSlot(llvm::Type* t);
  llvm::Value* emitMakeChan(ast::CallExpr* call);
  void emitSend(ast::SendStmt* s);
  // <-c: the element, or the literal struct {elem, ok} when the checker
  // typed the receive as a tuple (v, ok := <-c). `discard`: the value is not
  // used (an expression statement), and null is returned.
  llvm::Value* emitRecv(ast::UnaryExpr* e, bool discard);
  void emitRange(ast::RangeStmt* s);

  // ---- maps (map.cpp)
  types::Map* mapType(types::Type* t, ast::Pos pos);
  // The runtime entries a map type uses: generic, or a fast path by key.
  enum class MapFast { None, U32, U64, Str };
  enum class MapOp { Access1, Access2, Assign, Delete };
  MapFast mapFast(types::Map* m);
  std::vector<llvm::Value*> mapKeyArgs(types::Map* m, llvm::Value* key, ast::Pos pos);
  // Calls the entry for op on map h with key (a value of the key type).
  llvm::Value* mapCall(types::Map* m, MapOp op, llvm::Value* desc, llvm::Value* h, llvm::Value* key, ast::Pos pos);
  llvm::Value* emitMakeMap(ast::CallExpr* call);
  llvm::Value* emitMapLit(ast::CompositeLit* lit);
  llvm::Value* emitMapIndex(ast::IndexExpr* e);
  // m[k] on the left of an assignment: m and k evaluated, the assignment
  // (mapassign) still to come.
  struct MapLvalue {
    types::Map* m = nullptr;
    llvm::Value* desc = nullptr;
    llvm::Value* h = nullptr;
    llvm::Value* key = nullptr;
    ast::Pos pos;
  };
  MapLvalue emitMapLvalue(ast::IndexExpr* e);
  llvm::Value* mapAssignAddr(const MapLvalue& lv);
  llvm::Value* mapLoad(const MapLvalue& lv);
  void emitMapDelete(ast::CallExpr* call);
  void emitMapClear(ast::CallExpr* call);
  llvm::Value* emitMapLen(llvm::Value* h);
  void emitMapRange(ast::RangeStmt* s, const std::string& label);
  // (Map descriptors come from typeDescriptor, typedesc.cpp.)
  bool isMapClearLoop(ast::RangeStmt* s);

  // ---- select statements (select.cpp)
  void emitSelect(ast::SelectStmt* s);

  // ---- structs, pointers and methods (struct.cpp)
  // Whether v lives in a heap cell: captured by a literal or address taken,
  // and escape analysis did not keep it in its frame; or too large for a
  // frame at all (aggregate.cpp).
  bool inCell(types::Var* v) const {
    if (const_cast<CodeGen*>(this)->heapLocal(v)) return true;
    if (options_.escapes && options_.escapes->onStack(v)) return false;
    return v->addressTaken || (v->captured && !capturedByValue(v));
  }
  bool capturedByValue(types::Var* v) const { return options_.escapes && options_.escapes->capturedByValue(v); }
  // p after Go's nil check (runtime.panicmem when nil).
  llvm::Value* derefPtr(llvm::Value* p);
  // The address of operand e: addressable operands' own address, else a
  // temporary holding e's value.
  llvm::Value* addressOf(ast::Expr* e);
  // From the address of a value of type t, the address at the end of the
  // field path (embedded pointers on the way are loaded and nil-checked);
  // t becomes the type there.
  llvm::Value* walkFields(llvm::Value* addr, types::Type*& t, const std::vector<int>& path, ast::Pos pos);
  llvm::Value* structBase(ast::Expr* x, types::Type*& t);
  llvm::Value* fieldAddr(ast::SelectorExpr* sel);
  // The receiver argument of method m selected by sel (a value or an address).
  llvm::Value* emitReceiver(ast::SelectorExpr* sel, types::Func* m);
  llvm::Value* emitCompositeLit(ast::CompositeLit* lit);
  // A zeroed object of type elem for &T{...} or new(T) at `site`: in the
  // frame when escape analysis says it does not escape, else on the heap.
  llvm::Value* newObject(types::Type* elem, const std::string& name, const ast::Node* site = nullptr);
  // An entry-block slot of type t for an allocation at `site` that escape
  // analysis kept in the frame, or null when it goes to the heap.
  llvm::AllocaInst* frameObject(llvm::Type* t, const ast::Node* site, const std::string& name);
  // A zeroed array of n elems backing the slice that make or a slice
  // literal at `site` creates: in the frame or on the heap, as frameObject.
  llvm::Value* backingArray(types::Type* elem, int64_t n, const ast::Node* site, const std::string& name);
  llvm::Value* emitAddrOf(ast::UnaryExpr* e);
  llvm::Value* emitStructCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos);
  llvm::Function* methodValueThunk(types::Func* m, ast::Pos pos);
  llvm::Value* emitMethodValue(ast::SelectorExpr* sel);

  // ---- type descriptors (typedesc.cpp)
  // The descriptor of t (runtime/type.h), emitted on first use.
  llvm::GlobalVariable* typeDescriptor(types::Type* t);
  // Go's run-time spelling of t ("main.T", "[]uint8", "interface {}"), or
  // with `link` its identity string for symbols (package paths, local types
  // numbered); or, by style, gc's DWARF name (typedesc.cpp).
  std::string typeName(types::Type* t, bool link) {
    return typeName(t, link ? TypeNameStyle::Link : TypeNameStyle::Reflect);
  }
  std::string typeName(types::Type* t, TypeNameStyle style);
  bool isDirectIface(types::Type* t);
  uint64_t typePtrdata(types::Type* t);
  bool isRegularMemory(types::Type* t);
  bool isComparableType(types::Type* t);
  bool isReflexive(types::Type* t);
  bool needKeyUpdate(types::Type* t);
  // equal and hasher of t (null for uncomparable types).
  std::pair<llvm::Constant*, llvm::Constant*> typeAlg(types::Type* t);
  std::pair<llvm::Constant*, llvm::Constant*> generatedAlg(types::Type* t);
  llvm::StructType* descriptorType(types::Type* t);
  llvm::Constant* descriptorInit(types::Type* t, const std::string& link, llvm::StructType* dty);
  llvm::Constant* goString(const std::string& s);
  types::Signature* methodSigType(types::Func* m);
  static std::string methodPkgPath(types::Func* m);
  void finishTypeDescriptors();
  // The descriptors the runtime names (GO_TYPE in abi.def), emitted and kept.
  void emitRuntimeTypes(const std::vector<types::Package*>& packages);

  // ---- interfaces (interface.cpp)
  static bool isIface(types::Type* t);
  static bool isEmptyIface(types::Type* t);
  // v of type `from` as a value of type `to` (assignability): interface
  // conversions, else coerce().
  llvm::Value* convertTo(llvm::Value* v, types::Type* from, types::Type* to, ast::Pos pos);
  llvm::Value* toIface(llvm::Value* v, types::Type* from, types::Type* to, ast::Pos pos);
  llvm::Value* dataWord(llvm::Value* v, types::Type* t);
  llvm::Value* fromDataWord(llvm::Value* data, types::Type* t);
  llvm::Value* makeIface(types::Type* t, llvm::Value* first, llvm::Value* data);
  bool identicalIfaces(types::Type* a, types::Type* b);
  llvm::Value* dynType(llvm::Value* iv, types::Type* t);
  llvm::Constant* itabFor(types::Type* concrete, types::Type* iface);
  llvm::FunctionType* ifaceFuncType(types::Signature* sig);
  static bool isIfaceMethod(types::Func* m);
  unsigned ifaceMethodIndex(types::Type* t, types::Func* m);
  llvm::Value* ifaceMethod(llvm::Value* iv, types::Type* t, types::Func* m, llvm::Value** data);
  llvm::Value* ifaceOperand(ast::SelectorExpr* sel, types::Type** ifaceType);
  llvm::Constant* ifnFor(types::Type* t, const types::MethodSetEntry& e);
  llvm::Function* methodWrapper(types::Type* base, const types::MethodSetEntry& e);
  llvm::Value* emitIfaceCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos);
  types::Type* mixedCompare(llvm::Value*& x, types::Type* xt, llvm::Value*& y, types::Type* yt, ast::Pos pos);
  llvm::Value* emitTypeAssert(ast::TypeAssertExpr* e, bool commaOk);
  void panicUnlessDottype(llvm::Value* ok, llvm::Value* have, types::Type* want, types::Type* iface);
  void panicUnlessNil(llvm::Value* ok, types::Type* want);
  void emitTypeSwitch(ast::TypeSwitchStmt* s);
  static bool isNilIdentExpr(ast::Expr* e);
  void printIface(llvm::Value* v);
  // The source types of emitRHS's values.
  std::vector<types::Type*> rhsTypes(const std::vector<ast::Expr*>& rhs, size_t n);
  llvm::Function* ifaceMethodValueThunk(types::Type* ifaceType, types::Func* m, ast::Pos pos);
  llvm::Value* emitMethodExpr(ast::SelectorExpr* sel);
  llvm::CallInst* callMethodOn(llvm::Value* addr, types::Type* base, const std::vector<int>& path, types::Func* m,
                               std::vector<llvm::Value*> rest);
  // ---- arrays, slices and strings (slice.cpp)
  llvm::StructType* sliceType();
  uint64_t typeSize(types::Type* t);
  llvm::Value* sliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap);
  // The per-function slot through which the runtime returns slices.
  llvm::AllocaInst* sliceSlot();
  // An integer operand of type t as an i64 (by t's signedness).
  llvm::Value* toInt64(llvm::Value* v, types::Type* t);
  // Panics with boundsError `code` unless x < y (index) or x <= y (slice
  // bounds); xType says whether x is printed as unsigned.
  void checkBound(llvm::Value* x, llvm::Value* y, int64_t code, types::Type* xType);
  void memCopy(llvm::Value* dst, llvm::Value* src, llvm::Value* bytes, bool overlap);
  void zeroMemory(llvm::Value* p, llvm::Type* ty);
  // (*[N]T)(s), with Go's length check.
  llvm::Value* sliceToArrayPointer(llvm::Value* s, types::Type* to, ast::Pos pos);
  llvm::Value* emitIndexAddr(ast::IndexExpr* ix);
  llvm::Value* emitIndex(ast::IndexExpr* ix);
  llvm::Value* emitSliceExpr(ast::SliceExpr* e);
  void storeLitElems(ast::CompositeLit* lit, llvm::Value* base, types::Type* elem);
  llvm::Value* emitArrayOrSliceLit(ast::CompositeLit* lit);
  // len/cap of slices, arrays and pointers to arrays (null for other types).
  llvm::Value* emitLenCap(ast::CallExpr* call, bool isCap);
  llvm::Value* emitMakeSlice(ast::CallExpr* call);
  std::pair<llvm::Value*, llvm::Value*> growIfNeeded(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap,
                                                     llvm::Value* newlen, uint64_t elemSize);
  llvm::Value* emitAppend(ast::CallExpr* call);
  llvm::Value* emitCopy(ast::CallExpr* call);
  void emitSliceClear(ast::CallExpr* call);
  llvm::Value* emitMinMax(ast::CallExpr* call, bool isMax);
  llvm::Value* variadicSlice(const std::vector<llvm::Value*>& extra, types::Type* sliceT);
  // string <-> []byte/[]rune and integer -> string; null for other conversions.
  llvm::Value* emitStringConversion(llvm::Value* v, types::Type* from, types::Type* to);
  llvm::Value* emitArrayCompare(ast::Op op, llvm::Value* x, llvm::Value* y, types::Type* t, ast::Pos pos);
  // The same for arrays in memory at xs and ys.
  llvm::Value* emitArrayCompareAddr(ast::Op op, llvm::Value* xs, llvm::Value* ys, types::Type* t, ast::Pos pos);
  // range over arrays, pointers to arrays, slices, strings and integers.
  void emitRangeIndexed(ast::RangeStmt* s);

  // ---- large values in memory (aggregate.cpp)
  uint64_t allocSize(llvm::Type* t);
  // Arrays and structs of more than kMemCopyBytes: never first-class LLVM
  // values; their Go values are pointers to memory holding them.
  bool inMemory(types::Type* t);
  // The LLVM type of a Go value of type t as codegen passes it around: ptr
  // for inMemory types, a struct of those for tuples, else llvmType(t).
  llvm::Type* valueType(types::Type* t);
  bool heapLocal(types::Var* v);
  // A fresh temporary for a value of type t (entry block; heap beyond the
  // stack variable limit).
  llvm::Value* newTemp(types::Type* t, const std::string& name);
  // A stack temporary of type t live until the innermost statement being
  // emitted ends (a plain entry alloca outside statements), reusing a slot
  // an earlier statement released; lifetime markers bracket its use.
  llvm::AllocaInst* tempSlot(llvm::Type* t, const std::string& name);
  // Ends the temporaries made since liveTemps_ had `mark` entries.
  void releaseTemps(size_t mark);
  // The value of type t at addr: a load, or a copy into a new temporary.
  llvm::Value* loadValue(llvm::Value* addr, types::Type* t, const std::string& name = "");
  // Stores value v of type t at addr (a store, memcpy or memset).
  void storeValue(llvm::Value* v, llvm::Value* addr, types::Type* t);
  void copyValue(llvm::Value* dst, llvm::Value* src, types::Type* t);
  void storeZero(llvm::Value* addr, types::Type* t);
  // Stores rhs (of type t) into addr through memory when t is inMemory and
  // rhs is addressable or a composite literal; false if it did nothing.
  bool emitInto(llvm::Value* addr, ast::Expr* rhs, types::Type* t);
  llvm::Value* valueAddr(ast::Expr* e);
  // x == y for values of type t in memory at xs and ys.
  llvm::Value* emitEqualAddr(llvm::Value* xs, llvm::Value* ys, types::Type* t, ast::Pos pos);

  // ---- defer, panic and recover (defer.cpp)
  // One deferred call: what its defer statement stores (slots) and how it
  // is called at the function's exit, by the open-coded runner, or by the
  // wrapper of its recorded closure.
  struct DeferSite {
    enum Kind { Func, Method, Value, Builtin } kind = Func;
    ast::DeferStmt* stmt = nullptr;
    ast::Pos pos;
    types::Func* func = nullptr;        // Func, Method
    types::Signature* sig = nullptr;    // not for Builtin
    types::Builtin* builtin = nullptr;  // Builtin
    llvm::Function* code = nullptr;     // Value: a literal's code, when known
    std::vector<llvm::Type*> slots;     // [receiver | func value], arguments
    std::vector<types::Type*> large;    // per slot: the Go type of a large value (aggregate.cpp), else null
    bool isLarge(size_t k) const { return k < large.size() && large[k]; }
  };
  struct DeferState {
    bool active = false;  // the function has defer statements
    bool open = false;    // open-coded (else recorded)
    bool inLoop = false;  // some defer is in a loop: records from the pool
    std::vector<DeferSite> sites;
    std::map<ast::DeferStmt*, int> index;
    llvm::StructType* frameTy = nullptr;  // runtime header, results, slots
    llvm::AllocaInst* frame = nullptr;
    unsigned firstResult = 0, firstSlot = 0;
    llvm::Value* g = nullptr;
    llvm::Function* runner = nullptr;  // <fn>.opendefers
  };
  DeferSite planDefer(ast::DeferStmt* d);
  void beginDefers(ast::BlockStmt* body);
  llvm::Value* deferResultAddr(unsigned i);
  void linkDeferFrame();
  void emitDeferResults();
  void deferReturn(const std::vector<llvm::Value*>& values, ast::Pos at);
  void emitDefer(ast::DeferStmt* s);
  void emitDeferredCall(const DeferSite& site, std::vector<llvm::Value*> values, ast::Pos at);
  void emitDeferredCall1(const DeferSite& site, std::vector<llvm::Value*> values, ast::Pos at);
  llvm::Function* deferWrapper(const DeferSite& site, llvm::StructType* closTy);
  void finishDefers();
  std::vector<llvm::Value*> loadDeferSlots(int i, llvm::Value* frame);
  // Calls open-coded defer i if its bit is set (clearing it first), then
  // goes on at `after` (null: the next defer's test); the call is at `at`.
  void emitOpenDeferCall(int i, llvm::Value* frame, llvm::Value* bitsAddr, ast::Pos at,
                         llvm::BasicBlock* after = nullptr);
  llvm::Value* panicValue(ast::Expr* x);
  void emitPanic(ast::CallExpr* call);
  llvm::Value* emitRecover(ast::CallExpr* call);
  llvm::StructType* efaceType();
  // The running g (inline asm, read afresh: never a cached TLS address).
  llvm::Value* emitGetg();

  // ---- preemption (preempt.cpp)
  // Ends the current block with a branch back to loop header `header`,
  // through the preemption check when the function has a stack check.
  void emitBackEdge(llvm::BasicBlock* header);
  // Emits a loop body (break -> end, continue -> latch) and leaves the
  // insertion point at the latch, laid out after the body.
  void emitLoopBody(ast::Stmt* body, const std::string& label, llvm::BasicBlock* end, llvm::BasicBlock* latch);

  // ---- strings (string.cpp)
  llvm::Constant* stringConstant(const std::string& s);
  llvm::Value* emitConcat(ast::BinaryExpr* e);
  // Joins the strings with one runtime.concatstrings call.
  llvm::Value* concatStrings(const std::vector<llvm::Value*>& pieces);
  llvm::Value* emitStringCompare(ast::Op op, llvm::Value* x, llvm::Value* y);
  llvm::Value* emitStringIndex(llvm::Value* s, llvm::Value* index, types::Type* indexType, ast::Pos pos);
  llvm::Value* stringLen(llvm::Value* s) { return b_.CreateExtractValue(s, 1, "len"); }

  // ---- run-time checks (checks.cpp)
  // Branches to a cold block calling `f(args)` (noreturn) unless `ok`.
  void panicUnless(llvm::Value* ok, RtFunc f, std::vector<llvm::Value*> args);
  void checkDivisor(llvm::Value* y);
  void checkBounds(llvm::Value* index, llvm::Value* len);
  void checkShiftCount(llvm::Value* count);
  // Go's nil dereference panic unless fv is non-nil.
  void checkNil(llvm::Value* p);

  // ---- function state helpers (codegen.cpp)
  llvm::AllocaInst* entryAlloca(llvm::Type* t, const std::string& name);
  // Starts a new block if the current one is already terminated (code after
  // return/break is unreachable but must still be well-formed).
  void ensureBlock();
  bool blockTerminated() const { return b_.GetInsertBlock()->getTerminator() != nullptr; }
  void branchTo(llvm::BasicBlock* bb) {
    if (!blockTerminated()) b_.CreateBr(bb);
  }
  llvm::BasicBlock* newBlock(const std::string& name) { return llvm::BasicBlock::Create(ctx_, name, fn_); }
  void setLocation(ast::Pos pos);

  // ---- shared state
  llvm::LLVMContext& ctx_;
  types::TypeTable& table_;
  const Options& options_;
  const SourceManager& sources_;
  Diagnostics& diags_;
  std::unique_ptr<llvm::Module> module_;
  std::unique_ptr<RuntimeABI> rt_;
  std::unique_ptr<DebugInfo> di_;
  llvm::IRBuilder<> b_;
  bool failed_ = false;

  std::map<types::Func*, llvm::Function*> funcs_;
  std::map<types::Package*, llvm::Function*> initFuncs_;
  std::map<std::string, llvm::GlobalVariable*> strings_;
  std::map<types::Func*, llvm::GlobalVariable*> funcValues_;  // static closures of declared functions
  std::map<ast::FuncLit*, llvm::Function*> litFuncs_;
  std::map<types::Func*, llvm::Function*> methodThunks_;
  std::map<types::Named*, llvm::StructType*> namedStructs_;  // %main.Point  // method value thunks main.T.M-fm
  std::map<std::string, int> litCounts_;     // per enclosing function name
  std::map<std::string, int> gowrapCounts_;
  std::map<std::string, int> deferwrapCounts_;
  // Expressions already evaluated (a go/defer builtin's arguments): emitExpr
  // returns these values instead of evaluating them again.
  std::map<ast::Expr*, llvm::Value*> presetExprs_;
  std::deque<std::function<void()>> pending_;
  // ---- type descriptors and interfaces (typedesc.cpp, interface.cpp)
  std::map<std::string, llvm::GlobalVariable*> typeDescs_;  // by link string
  std::map<llvm::GlobalVariable*, types::Type*> descTypes_;
  std::map<types::Named*, int> localTypeIndex_;             // local named types: their "·N"
  std::map<std::string, std::pair<llvm::Constant*, llvm::Constant*>> generatedAlgs_;
  std::map<types::Signature*, types::Signature*> methodSigs_;  // method signature without receiver
  std::map<std::string, llvm::Function*> ifaceThunks_;      // interface method values and expressions

  // ---- per function
  struct BranchTarget {
    std::string label;  // empty if the statement has no label
    llvm::BasicBlock* breakTo = nullptr;
    llvm::BasicBlock* continueTo = nullptr;  // null for switch
  };
  llvm::Function* fn_ = nullptr;
  types::Signature* sig_ = nullptr;
  std::string funcName_;  // Go symbol of the function being emitted
  ast::Pos funcPos_;      // its position, for errors without a better one
  bool isLit_ = false;    // it is a function literal
  // In a literal: the cells of the captured variables, loaded from its
  // closure at entry (Var::storage is the declaring function's).
  std::map<types::Var*, llvm::Value*> captureCells_;
  std::vector<types::Var*> resultVars_;  // named results (with storage)
  llvm::Instruction* allocaPoint_ = nullptr;
  std::vector<BranchTarget> targets_;
  std::string pendingLabel_;               // label of the statement being emitted
  llvm::BasicBlock* fallthroughTo_ = nullptr;  // next case body in a switch
  // One buffer of {ptr, len} pairs per function for runtime.concatstrings,
  // grown to the largest concatenation (its array type is fixed at the end).
  llvm::AllocaInst* concatBuf_ = nullptr;
  uint64_t concatBufLen_ = 0;
  // Channel element slots by LLVM type (channel.cpp).
  std::map<llvm::Type*, llvm::AllocaInst*> elemSlots_;
  // The slot runtime entry points return slices through (slice.cpp).
  llvm::AllocaInst* sliceSlot_ = nullptr;
  // Map key slots by LLVM type (map.cpp).
  std::map<llvm::Type*, llvm::AllocaInst*> mapKeySlots_;
  // defer statements of the function being emitted (defer.cpp).
  DeferState defer_;
  // Slots for results that come back through memory, by type (callconv.cpp).
  std::map<llvm::Type*, llvm::AllocaInst*> resultSlots_;
  // Large temporaries (aggregate.cpp): those in use by the statements
  // being emitted, innermost last; released slots free for reuse, by type;
  // how deep statements nest right now.
  std::vector<llvm::AllocaInst*> liveTemps_;
  std::map<llvm::Type*, std::vector<llvm::AllocaInst*>> freeTemps_;
  int stmtDepth_ = 0;
};

// Per-function set-up and tear-down (codegen.cpp): the entry block, the
// alloca insertion point, fresh per-function state; finish() completes a
// body, and a scope left without finish() (Abandon) drops the partial body.
struct FunctionScope {
  CodeGen& cg;
  FunctionScope(CodeGen& cg, llvm::Function* fn);
  void finish();
  ~FunctionScope();
};

// Strips parentheses.
ast::Expr* unparen(ast::Expr* e);

}  // namespace gosub::codegen
