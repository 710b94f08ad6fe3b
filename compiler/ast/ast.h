// ast.h — gosub's syntax tree.
//
// The parser (compiler/grammar/) turns ANTLR's parse tree into these nodes; the
// type checker (compiler/types/) annotates them in place (each Expr gets its
// type, mode and constant value, each Ident its object); codegen reads the
// annotated tree. The node set covers all of SUBSET.md's syntax, so a later
// feature adds meaning (types, codegen) without touching the parser.
//
// The shapes follow Go's go/ast where that reads well. Nodes live in an
// ast::Arena owned by the compilation and are never freed individually.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace gosub {
namespace types {
class Type;
class Object;
class Var;
struct Constant;
struct Selection;
}  // namespace types

namespace ast {

// A source position: file index into SourceManager, 1-based line and column
// (column counts bytes, as Go's does).
struct Pos {
  int file = -1;
  int line = 0;
  int col = 0;
  bool valid() const { return line > 0; }
  // Source order (diagnostics are sorted by it).
  friend bool operator<(const Pos& a, const Pos& b) {
    return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
  }
};

struct Node {
  Pos pos;
  virtual ~Node() = default;
};

// Owns every node of a compilation.
class Arena {
 public:
  template <class T, class... Args>
  T* make(Pos pos, Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    node->pos = pos;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// ---------------------------------------------------------------- expressions

// How the checker classified an expression (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // not checked, or an error was reported
  NoValue,   // a call of a function without results
  Builtin,   // a builtin function name (len, print, ...)
  TypeExpr,  // the expression denotes a type
  Constant,  // a compile-time constant; Expr::constant holds the value
  Variable,  // addressable
  MapIndex,  // m[k]: assignable but not addressable
  Value,     // any other value
  CommaOk,   // a value that may also be used in a two-value assignment
  Package,   // an imported package name
};

struct Expr : Node {
  // Filled in by the type checker.
  types::Type* type = nullptr;
  Mode mode = Mode::Invalid;
  std::shared_ptr<types::Constant> constant;  // set when mode == Constant
};

struct Ident : Expr {
  std::string name;
  types::Object* obj = nullptr;  // what the name resolves to (checker)
};

// Literal kinds as the lexer saw them; `value` is the source text.
enum class LitKind : uint8_t { Int, Float, Imag, Char, String };

struct BasicLit : Expr {
  LitKind kind = LitKind::Int;
  std::string value;
};

// Element of a composite literal: either Value alone or Key: Value.
struct KeyValueExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// T{...}; type may be null for elided types inside another literal.
struct CompositeLit : Expr {
  Expr* litType = nullptr;  // the written type; null when elided (not `type`: that is Expr::type)
  std::vector<Expr*> elts;  // KeyValueExpr or plain values
  Pos lbrace, rbrace;
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  FuncType* funcType = nullptr;  // (not `type`: that is Expr::type, the checked type)
  BlockStmt* body = nullptr;
  // Variables of enclosing functions the literal refers to (checker), in
  // first-use order. Each is captured by reference (Var::captured).
  std::vector<types::Var*> captures;
};

struct ParenExpr : Expr {
  Expr* x = nullptr;
};

// x.sel: field or method selection, qualified identifier, method expression.
struct SelectorExpr : Expr {
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // What x.sel selects when x is a value or type (checker); null for a
  // qualified identifier pkg.Name.
  types::Selection* selection = nullptr;
};

struct IndexExpr : Expr {
  Expr* x = nullptr;
  Expr* index = nullptr;
  // More than one index (generic instantiation syntax) is kept so the checker
  // can reject it with a clear message.
  std::vector<Expr*> extraIndices;
};

// x[low:high] or x[low:high:max]; absent bounds are null.
struct SliceExpr : Expr {
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

// x.(T); type is null for x.(type) in a type switch guard.
struct TypeAssertExpr : Expr {
  Expr* x = nullptr;
  Expr* assertType = nullptr;  // null for x.(type) (not `type`: that is Expr::type)
};

struct CallExpr : Expr {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(s...)
  Pos lparen, rparen;
};

// *x: pointer dereference, or a pointer type in type context.
struct StarExpr : Expr {
  Expr* x = nullptr;
};

// Operators, spelled as in Go.
enum class Op : uint8_t {
  // binary arithmetic / bitwise
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot,
  // logical
  LAnd, LOr,
  // comparison
  Eql, Neq, Lss, Leq, Gtr, Geq,
  // unary only
  Not, Arrow, Addr,  // !x  <-x  &x   (unary + - ^ reuse Add Sub Xor)
};

const char* opSpelling(Op op);  // "+", "&&", "<-", ...

struct UnaryExpr : Expr {
  Op op = Op::Add;  // Add Sub Xor Not Arrow Addr
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  Op op = Op::Add;
  Pos opPos;  // the operator (gc reports some errors there)
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// ---------------------------------------------------------------- type syntax

// [len]elt (len null for [...]T in composite literals: see `ellipsisLen`) or
// []elt (slice, when isSlice).
struct ArrayType : Expr {
  Expr* len = nullptr;
  bool isSlice = false;
  bool ellipsisLen = false;  // [...]T
  Expr* elt = nullptr;
};

// One field line: `a, b T`, or an embedded field `T` / `*T` (names empty).
struct Field : Node {
  std::vector<Ident*> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;  // parsed; the checker says tags are not supported
  bool variadic = false;     // ...T as the last parameter
};

struct StructType : Expr {
  std::vector<Field*> fields;
};

struct FuncType : Expr {
  std::vector<Field*> params;
  std::vector<Field*> results;
  // Type parameters are parsed so the checker can report generics clearly.
  std::vector<Field*> typeParams;
};

// Interface element: a method (name + FuncType) or an embedded type.
struct InterfaceType : Expr {
  std::vector<Field*> methods;  // names[0] = method, type = FuncType
  std::vector<Expr*> embeddeds;  // embedded interfaces / type-set terms
};

struct MapType : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

// `...` in a parameter list is Field::variadic; in [...]T it is
// ArrayType::ellipsisLen, so there is no Ellipsis node.

// ---------------------------------------------------------------- statements

struct Stmt : Node {};

struct Decl;

struct BadStmt : Stmt {};

struct DeclStmt : Stmt {
  Decl* decl = nullptr;  // GenDecl with const, type or var
};

struct EmptyStmt : Stmt {};

struct LabeledStmt : Stmt {
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  Expr* x = nullptr;
  bool inc = true;
};

// lhs = rhs, lhs := rhs, lhs op= rhs.
enum class AssignKind : uint8_t { Assign, Define, OpAssign };

struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  AssignKind kind = AssignKind::Assign;
  Op op = Op::Add;  // for OpAssign
  Pos opPos;        // the = := or op= token
};

struct GoStmt : Stmt {
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
};

enum class BranchKind : uint8_t { Break, Continue, Goto, Fallthrough };

struct BranchStmt : Stmt {
  BranchKind kind = BranchKind::Break;
  Ident* label = nullptr;  // may be null
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> stmts;
  Pos rbrace;  // position of the closing brace (for "missing return")
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* els = nullptr;  // IfStmt or BlockStmt, or null
};

// case x, y: body  (list empty for default)
struct CaseClause : Stmt {
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  // In a type switch with a binding (x := y.(type)): the clause's x, typed
  // as the case's one type, else as y's type (set by the checker).
  types::Var* implicit = nullptr;
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null for a tagless switch
  std::vector<CaseClause*> clauses;
  Pos lbrace;
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Ident* binding = nullptr;  // x in x := y.(type), may be null
  Expr* subject = nullptr;   // y
  std::vector<CaseClause*> clauses;  // list holds types (or nil)
};

// case comm: body  (comm null for default)
struct CommClause : Stmt {
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c)
  bool isDefault = false;
  std::vector<Stmt*> body;
};

struct SelectStmt : Stmt {
  std::vector<CommClause*> clauses;
};

// for init; cond; post { }   (all optional; cond null means forever)
struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for key, value := range x / for key, value = range x / for range x
struct RangeStmt : Stmt {
  Expr* key = nullptr;    // may be null
  Expr* value = nullptr;  // may be null
  bool define = false;    // := rather than =
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ---------------------------------------------------------------- declarations

struct Spec : Node {};

struct ImportSpec : Spec {
  Ident* name = nullptr;  // local name, "." or "_", or null
  BasicLit* path = nullptr;
};

// const or var: names [type] [= values]. For const specs with no type and no
// values, the parser leaves both empty and the checker repeats the previous
// spec's expressions (Go's implicit repetition), using `iota`.
struct ValueSpec : Spec {
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // index of this spec within its const group
};

// type Name T  or  type Name = T (alias)
struct TypeSpec : Spec {
  Ident* name = nullptr;
  std::vector<Field*> typeParams;  // parsed so generics can be rejected
  bool alias = false;
  Expr* type = nullptr;
};

struct Decl : Node {};

enum class DeclKind : uint8_t { Import, Const, Type, Var };

struct GenDecl : Decl {
  DeclKind kind = DeclKind::Var;
  std::vector<Spec*> specs;
};

// Directives written as //go:name immediately before a func declaration.
struct Directives {
  bool noinline = false;
  bool nosplit = false;
  // A function without a body whose pointer parameters do not escape
  // (escape analysis trusts it, as gc does).
  bool noescape = false;
};

struct FuncDecl : Decl {
  Field* recv = nullptr;  // method receiver, or null
  Ident* name = nullptr;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;  // null: declared without a body
  Directives directives;
};

struct File : Node {
  std::string path;  // as given on the command line
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;  // also present inside decls
  std::vector<Decl*> decls;
};

}  // namespace ast
}  // namespace gosub
