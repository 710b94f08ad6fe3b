// checker_impl.h — the type checker's internal state, shared by checker.cpp
// (package-level declarations, initialisation order), expr.cpp (expressions,
// constants, conversions, calls) and stmt.cpp (statements, function bodies).
//
// The checker follows go/types: package-level objects are collected first and
// resolved lazily on first use (so declaration order does not matter), then
// function bodies are checked, then unused imports and the init order are
// computed. Messages use go/types' current wording.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "types/checker.h"
#include "types/constant.h"

namespace gosub::types {

// Spelling of an expression in messages, as go/types' ExprString.
std::string exprString(const ast::Expr* e);
// "(int, number)": the have/want lists of call and return messages.
std::string typeListString(const std::vector<Type*>& ts);
// "assignment mismatch: 2 variables but f returns 1 value"
std::string mismatchMessage(size_t nvars, const ast::Expr* rhs, size_t nvalues);

class Checker {
 public:
  Checker(TypeTable& table, Diagnostics& diags, Importer& importer) : T(table), diags(diags), importer(importer) {}

  Package* checkPackage(const std::string& path, const std::vector<ast::File*>& files, bool isStdlib);

  // ---- shared state
  TypeTable& T;
  Diagnostics& diags;
  Importer& importer;
  Package* pkg = nullptr;

  void error(ast::Pos pos, std::string msg) { diags.error(errpos.valid() ? errpos : pos, std::move(msg)); }
  // While an inherited constant expression (`const (a int8 = iota * 100; b)`)
  // is checked for b, errors are reported at b, as go/types' errpos does:
  // set by constDecl and localValueSpec, invalid otherwise.
  ast::Pos errpos;
  // Errors gc's parser reports (labels and branches): see Diagnostics.
  void branchError(ast::Pos pos, std::string msg) { diags.branchError(pos, std::move(msg)); }
  // "x redeclared in this block" and, as go/types adds, where prev is.
  void redeclared(ast::Pos pos, const std::string& name, const Object* prev) {
    std::string msg = name + " redeclared in this block";
    if (prev && prev->pos.valid()) msg += "\n\t" + diags.format(prev->pos) + ": other declaration of " + name;
    error(pos, std::move(msg));
  }
  void unsupported(ast::Pos pos, const std::string& what) { error(pos, what + " not supported by gosub yet"); }

  // ---- package-level declarations (checker.cpp)
  enum class Color : uint8_t { White, Grey, Black };
  struct DeclInfo {
    ast::File* file = nullptr;
    Scope* fileScope = nullptr;
    ast::ValueSpec* valueSpec = nullptr;  // const or var
    ast::TypeSpec* typeSpec = nullptr;
    ast::FuncDecl* funcDecl = nullptr;
    std::vector<Var*> lhs;  // all vars of a `var a, b = f()` spec share one DeclInfo
    int index = 0;          // position of this object in the spec
    Color color = Color::White;
    std::set<Object*> deps;  // package-level constants, variables and functions referenced (recordDep)
  };
  std::map<Object*, DeclInfo*> decls;
  std::vector<std::unique_ptr<DeclInfo>> declStore;
  std::vector<Object*> declOrder;  // package-level objects in source order
  std::map<ast::File*, Scope*> fileScopes;
  std::vector<PkgName*> pkgNames;
  DeclInfo* currentDecl = nullptr;  // the package-level declaration being checked
  std::map<Const*, int> constIota;   // iota of the spec each constant is written in
  std::vector<std::pair<DeclInfo*, Initializer>> pendingInits;  // var initialisers, source order

  void collectObjects(const std::vector<ast::File*>& files);
  void attachMethods(Named* named, const std::string& baseName, bool viaPointer = false);
  void badReceivers();
  static ast::Expr* receiverBase(ast::Expr* e);
  // Methods awaiting their receiver type, by the name of the receiver's base
  // type ("" when the base is not a name); filled by collectObjects, emptied
  // by attachMethods as types are declared and finally by badReceivers.
  std::map<std::string, std::vector<Func*>> methodsByBase;
  void objDecl(Object* obj);
  void constDecl(Const* obj, DeclInfo* d);
  void varDecl(Var* obj, DeclInfo* d);
  void typeDecl(TypeName* obj, DeclInfo* d);
  void funcDecl(Func* obj, DeclInfo* d);
  void computeInitOrder();  // initorder.cpp
  void checkMain();

  // ---- declaration cycles and recursive types (cycles.cpp)
  // Objects whose declarations are being checked, outermost first (go/types'
  // objPath): a reference to one of them is a cycle, valid or not.
  std::vector<Object*> objPath;
  // Named types of this package whose underlying type waits for a type that is
  // still being declared (`type C X` inside X's own declaration).
  std::vector<Named*> unresolvedNamed;
  // Package-level named types in the order their declarations began; each is
  // checked for infinite size (validType) once all declarations are done.
  std::vector<Named*> pendingValidType;
  std::set<Named*> validNamed;  // validType found no cycle through these
  void cycleDecl(Object* obj);
  bool validCycle(const std::vector<Object*>& cycle);
  void cycleError(const std::vector<Object*>& cycle, size_t start);
  void reportCycle(const std::vector<Object*>& cycle, size_t start, const std::string& self,
                   const std::string& head);
  bool isAliasDecl(Object* obj);
  // The invalid type (null, where checking failed), or a named type whose
  // declaration turned out invalid (an invalid recursive type): its uses are
  // invalid too, so that the one error about the declaration is not followed
  // by one per use. A named type whose right-hand side is still being checked,
  // or waits for one that is, has the invalid type only as a placeholder
  // underlying type and is valid: `type T struct{ next *T }`.
  bool isInvalidType(Type* t);
  void setRHS(Named* named, Type* rhs);
  bool resolveUnder(Named* named);
  void validType(Named* t);
  bool validType0(Type* t, std::vector<Named*>& nest);

  // ---- scopes and function context (stmt.cpp)
  Scope* scope = nullptr;
  struct FuncContext {
    Signature* sig = nullptr;
    std::string name;
    FuncContext* outer = nullptr;  // the enclosing function of a literal
    ast::FuncLit* lit = nullptr;   // this function, if it is a literal
    std::vector<Var*> locals;  // for "declared and not used"
    std::map<std::string, Label*> labels;
    std::map<std::string, ast::Stmt*> labeledStmts;
  };
  FuncContext* fn = nullptr;
  std::map<Var*, FuncContext*> varOwner;  // the function each local belongs to
  void noteCapture(Var* v);
  // Innermost-first stack of enclosing breakable/continuable statements.
  struct Target {
    ast::Stmt* stmt;
    bool isLoop;
    Label* label;
  };
  std::vector<Target> targets;
  // iota for the const spec being checked, or -1 outside const declarations.
  int64_t iota = -1;

  void openScope();
  void closeScope();
  void declare(Object* obj, ast::Pos pos);
  void funcBody(Func* f, ast::FuncLit* lit, ast::BlockStmt* body, Signature* sig);
  void stmtList(const std::vector<ast::Stmt*>& list);
  void stmt(ast::Stmt* s);
  void declStmt(ast::GenDecl* d);
  void localValueSpec(ast::ValueSpec* spec, ast::DeclKind kind, ast::ValueSpec* lastConstSpec);
  void assignStmt(ast::AssignStmt* s);
  void shortVarDecl(ast::AssignStmt* s);
  bool singleValue(ast::Expr* r, size_t nvars);
  void countMismatch(const std::vector<ast::Expr*>& values, size_t nvars, bool varDecl);
  void ifStmt(ast::IfStmt* s);
  void forStmt(ast::ForStmt* s, Label* label);
  void switchStmt(ast::SwitchStmt* s, Label* label);
  void returnStmt(ast::ReturnStmt* s);
  void goStmt(ast::GoStmt* s);
  void deferStmt(ast::DeferStmt* s);
  void callStmt(ast::CallExpr* call, const std::string& what);  // go and defer
  void sendStmt(ast::SendStmt* s);
  void selectStmt(ast::SelectStmt* s, Label* label);
  void rangeStmt(ast::RangeStmt* s, Label* label);
  bool isReceive(ast::Expr* e);
  void branchStmt(ast::BranchStmt* s);
  void collectLabels(ast::BlockStmt* body);
  bool isTerminating(ast::Stmt* s, const std::string& label);
  bool hasBreak(ast::Stmt* s, ast::Stmt* target, const std::string& label, bool implicit);

  // ---- types (expr.cpp)
  Type* typExpr(ast::Expr* e);
  Signature* funcType(ast::FuncType* ft, ast::Field* recv);
  Type* structType(ast::StructType* e);
  Tuple* fieldList(const std::vector<ast::Field*>& fields, bool isParams, bool* variadic);

  // ---- expressions (expr.cpp)
  void rawExpr(ast::Expr* e);
  void expr(ast::Expr* e);           // a single value (or reports)
  void singleValue(ast::Expr* e);    // expr's checks on an already checked e
  void exprOrType(ast::Expr* e);     // a value or a type
  void multiExpr(ast::Expr* e);      // a value or a multi-value call
  void ident(ast::Ident* e, bool wantType);
  void basicLit(ast::BasicLit* e);
  void funcLit(ast::FuncLit* e);
  void receive(ast::UnaryExpr* e);
  void indirect(ast::StarExpr* e);
  void markAddressTaken(ast::Expr* e);
  void compositeLit(ast::CompositeLit* e, Type* hint);
  void elementValue(ast::Expr* v, Type* t, const char* context);
  Object* lookupFieldOrMethod(Type* t, const std::string& name, Selection* sel, bool* ambiguous);
  bool sizeArgument(ast::Expr* x, const char* what);
  void selector(ast::SelectorExpr* e);
  void call(ast::CallExpr* e);
  void builtinCall(ast::CallExpr* e, Builtin* b);
  bool oneArgument(ast::CallExpr* e);
  bool printArguments(ast::CallExpr* e, const std::string& context);
  void conversion(ast::CallExpr* e, Type* t);
  void arguments(ast::CallExpr* e, Signature* sig, const std::string& fname);
  void unary(ast::UnaryExpr* e);
  void binary(ast::BinaryExpr* e);
  void shift(ast::BinaryExpr* e);
  void comparison(ast::BinaryExpr* e);
  void index(ast::IndexExpr* e);
  bool checkIndex(ast::Expr* index, int64_t length, int64_t* value);

  void invalidate(ast::Expr* e) { e->mode = ast::Mode::Invalid; }
  bool valid(const ast::Expr* e) const { return e->mode != ast::Mode::Invalid; }
  // `x (variable of type int)`, `1 (untyped int constant)`, ...
  std::string operandString(const ast::Expr* e);

  // Untyped handling.
  void convertUntyped(ast::Expr* e, Type* target);
  void defaultType(ast::Expr* e);
  void defaultTypeIn(ast::Expr* e, const std::string& context);
  Type* defaultTypeOf(Type* t);
  void updateExprType(ast::Expr* e, Type* t);
  bool matchOperands(ast::BinaryExpr* e, bool opAssign);
  bool arithmeticOperands(ast::BinaryExpr* e, bool opAssign);
  // Checks a constant fits its (typed) type; reports "overflows" if not.
  bool representableConst(ast::Expr* e, Type* t, bool report);

  // Assignability of e to `target` in `context` ("assignment", "argument to
  // f", "return statement", "variable declaration"). Converts untyped values.
  bool assignment(ast::Expr* e, Type* target, const std::string& context);
  bool assignableTo(ast::Expr* e, Type* target);
  bool assignableType(Type* v, Type* target);
  std::vector<Type*> unpackCall(ast::Expr* rhs, const std::vector<Type*>& lhs);
  bool convertibleTo(ast::Expr* e, Type* target);
  bool comparable(Type* t);
  std::string incomparableCause(Type* t);
  static std::string compositeKind(Type* t);
  bool comparable(Type* t, std::set<Type*>& seen);

  void recordDep(Object* obj);

  // ---- arrays, slices and strings (slice.cpp)
  Type* arrayType(ast::ArrayType* a);
  int64_t arrayLength(ast::Expr* e);
  bool indexArrayOrSlice(ast::IndexExpr* e);
  void sliceExpr(ast::SliceExpr* e);
  int64_t indexedElts(const std::vector<ast::Expr*>& elts, Type* elem, int64_t length);
  bool arrayOrSliceLit(ast::CompositeLit* e, Type* t);
  bool lenCapArrayOrSlice(ast::CallExpr* e, ast::Expr* x);
  void makeSlice(ast::CallExpr* e, Type* t);
  void appendCall(ast::CallExpr* e);
  void copyCall(ast::CallExpr* e);
  bool stringConvertible(Type* from, Type* to);
  bool rangeTypes(ast::Expr* x, Type** key, Type** value);

  // ---- maps (maps.cpp)
  Type* mapType(ast::MapType* e);
  bool checkMapKey(ast::Pos pos, Type* key);
  // Map key types not complete when their map type was checked.
  std::vector<std::pair<ast::Pos, Type*>> pendingMapKeys;
  void checkPendingMapKeys();
  // Embedded fields whose type's declaration was under way (typexpr.cpp).
  std::vector<std::pair<ast::Pos, Type*>> pendingEmbeddeds;
  bool checkEmbedded(ast::Pos pos, Type* t);
  void checkPendingEmbeddeds();
  void mapIndex(ast::IndexExpr* e, Map* m);
  void mapLiteral(ast::CompositeLit* e, Type* t, Map* m);
  void deleteCall(ast::CallExpr* e);
  void minMax(ast::CallExpr* e, bool isMax);
  bool clearMap(ast::CallExpr* e);
  bool isMapElemField(ast::Expr* l);

  // ---- interfaces, method sets, type assertions (interfaces.cpp)
  Type* interfaceType(ast::InterfaceType* e);
  // The first method of Ti (in sorted order) that V lacks, or null. *alt is
  // V's method of that name when it has one of another type, or one with a
  // pointer receiver outside V's method set (*ptrRecv).
  Func* missingMethod(Type* V, Interface* Ti, Func** alt, bool* ptrRecv);
  Func* sameNameFoldingCase(Type* V, const std::string& name);
  std::string missingReason(Func* m, Func* alt, bool ptrRecv);
  // Empty when V implements Tt, else "V does not implement Tt (reason)".
  std::string implementsError(Type* V, Type* Tt);
  void typeAssertion(ast::TypeAssertExpr* e);
  void typeSwitchStmt(ast::TypeSwitchStmt* s, Label* label);
  void methodExpr(ast::SelectorExpr* e);
};

// The UTF-8 of string(c) for an integer constant c ("\uFFFD" if invalid).
std::string runeString(const Constant& c);

inline bool isUntypedNil(Type* t) {
  return t && t->kind() == TypeKind::Basic && static_cast<Basic*>(t)->basicKind == BasicKind::UntypedNil;
}

// Types whose zero value is nil, so that nil converts to them.
inline bool hasNil(Type* t) {
  switch (t->underlying()->kind()) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface:
      return true;
    case TypeKind::Basic:
      return static_cast<Basic*>(t->underlying())->basicKind == BasicKind::UnsafePointer;
    default:
      return false;
  }
}

// Whether e (parentheses aside) is the predeclared nil.
inline bool isNilIdent(const ast::Expr* e) {
  while (auto* p = dynamic_cast<const ast::ParenExpr*>(e)) e = p->x;
  auto* id = dynamic_cast<const ast::Ident*>(e);
  return id && id->obj && id->obj->kind == ObjectKind::Nil;
}

}  // namespace gosub::types
