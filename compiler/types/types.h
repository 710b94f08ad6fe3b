// types.h — Go's types, the objects names denote, scopes and packages.
//
// The model follows go/types: a Type is Basic, Named, Pointer, Array, Slice,
// Map, Chan, Struct, Tuple, Signature or Interface; an Object is what an
// identifier denotes (Var, Const, TypeName, Func, PkgName, Builtin, Label,
// Nil). Types are interned where Go's identity rules allow (see TypeTable) so
// codegen can use pointers as keys. All of them are owned by a TypeTable.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APInt.h>

#include "ast/ast.h"

namespace gosub {
namespace types {

class Object;
class Var;
class Func;
class TypeName;
class Scope;
struct Package;

// ---------------------------------------------------------------- types

enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Array, Slice, Map, Chan, Struct, Tuple, Signature, Interface,
};

class Type {
 public:
  explicit Type(TypeKind kind) : kind_(kind) {}
  virtual ~Type() = default;
  TypeKind kind() const { return kind_; }
  // The underlying type (itself for everything but Named).
  virtual Type* underlying() { return this; }
  // Go's spelling, as in error messages: "int", "[]string", "main.T".
  virtual std::string string() const = 0;

 private:
  TypeKind kind_;
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,
  String,
  UnsafePointer,
  // untyped kinds, for constants and nil
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
};

// kindName: the Go spelling of a typed basic kind ("uint8", never the alias
// "byte"); nullptr for Invalid and the untyped kinds.
const char* kindName(BasicKind k);

class Basic final : public Type {
 public:
  Basic(BasicKind kind, std::string name) : Type(TypeKind::Basic), basicKind(kind), name(std::move(name)) {}
  std::string string() const override { return name; }

  BasicKind basicKind;
  std::string name;  // "int", "untyped int", "byte" for the byte alias, ...

  bool isBoolean() const { return basicKind == BasicKind::Bool || basicKind == BasicKind::UntypedBool; }
  bool isInteger() const;   // typed or untyped integer, rune
  bool isUnsigned() const;  // uint..uintptr
  bool isFloat() const;     // float32/64, untyped float
  bool isNumeric() const { return isInteger() || isFloat(); }
  bool isString() const { return basicKind == BasicKind::String || basicKind == BasicKind::UntypedString; }
  bool isUntyped() const { return basicKind >= BasicKind::UntypedBool; }
  // Size in bytes of typed numeric and bool kinds (int/uint/uintptr are 8).
  int size() const;
};

class Named final : public Type {
 public:
  explicit Named(TypeName* obj) : Type(TypeKind::Named), obj(obj) {}
  Type* underlying() override { return under; }
  std::string string() const override;

  TypeName* obj;
  // The type the declaration names (`type T U`: U), set once the right-hand
  // side is checked; a chain of such names is followed to find `under`.
  Type* fromRHS = nullptr;
  Type* under = nullptr;       // set once the declaration is checked
  std::vector<Func*> methods;  // declared methods, in source order
};

class Pointer final : public Type {
 public:
  explicit Pointer(Type* elem) : Type(TypeKind::Pointer), elem(elem) {}
  std::string string() const override { return "*" + elem->string(); }
  Type* elem;
};

class Array final : public Type {
 public:
  Array(Type* elem, int64_t len) : Type(TypeKind::Array), elem(elem), len(len) {}
  std::string string() const override { return "[" + std::to_string(len) + "]" + elem->string(); }
  Type* elem;
  int64_t len;
};

class Slice final : public Type {
 public:
  explicit Slice(Type* elem) : Type(TypeKind::Slice), elem(elem) {}
  std::string string() const override { return "[]" + elem->string(); }
  Type* elem;
};

class Map final : public Type {
 public:
  Map(Type* key, Type* elem) : Type(TypeKind::Map), key(key), elem(elem) {}
  std::string string() const override { return "map[" + key->string() + "]" + elem->string(); }
  Type* key;
  Type* elem;
};

class Chan final : public Type {
 public:
  Chan(ast::ChanDir dir, Type* elem) : Type(TypeKind::Chan), dir(dir), elem(elem) {}
  std::string string() const override;
  ast::ChanDir dir;
  Type* elem;
};

class Struct final : public Type {
 public:
  Struct() : Type(TypeKind::Struct) {}
  std::string string() const override;
  std::vector<Var*> fields;  // Var::embedded marks embedded fields
};

// The parameter or result list of a signature, and multi-value expressions.
class Tuple final : public Type {
 public:
  Tuple() : Type(TypeKind::Tuple) {}
  std::string string() const override;
  std::vector<Var*> vars;
  size_t size() const { return vars.size(); }
};

class Signature final : public Type {
 public:
  Signature() : Type(TypeKind::Signature) {}
  std::string string() const override;  // "func(int, string) (bool, error)"
  Var* recv = nullptr;
  Tuple* params = nullptr;
  Tuple* results = nullptr;
  bool variadic = false;  // last param is ...T, stored as []T
};

class Interface final : public Type {
 public:
  Interface() : Type(TypeKind::Interface) {}
  std::string string() const override;
  std::vector<Func*> methods;   // explicitly declared
  std::vector<Type*> embeddeds;
  std::vector<Func*> allMethods;  // complete method set, sorted by name (completeInterface)
  bool complete = false;          // allMethods is computed
  // The universe's `any` (set once, by TypeTable): identical to every other
  // interface{}, but printed as "any", as go/types prints it.
  bool isUniverseAny = false;
};

// Computes allMethods from the explicit methods and the embedded interfaces
// (which must have their underlying types by then); idempotent. Duplicate
// methods are the checker's to report (interfaces.cpp).
void completeInterface(Interface* t);
// The underlying interface of t, completed, or null.
Interface* asInterface(Type* t);

// Named types of this package print without their package name (set by the
// checker while it checks a package; null: always qualify).
void setUnqualifiedPackage(const Package* pkg);

// Helpers that look through Named.
Basic* asBasic(Type* t);            // underlying Basic or null
bool isTyped(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
// The length of the array a slice literal allocates: its largest index + 1.
int64_t sliceLitLength(const ast::CompositeLit* lit);
bool isBoolean(Type* t);
bool isUntyped(Type* t);
bool identical(Type* a, Type* b);

// ---------------------------------------------------------------- constants

// An exact compile-time value (see constant.h for the arithmetic).
// Integers are exact up to 512 bits (gc's limit; beyond it "constant
// overflow"). Floats are exact rationals ratNum/ratDen, as Go's big.Rat
// representation, so 0.1+0.2 == 0.3; when a rational grows too large (huge
// exponents) the value falls back to IEEE quad precision in floatVal.
struct Constant {
  enum class Kind : uint8_t { Bool, String, Int, Float };
  Kind kind = Kind::Int;
  bool boolVal = false;
  std::string strVal;
  llvm::APInt intVal{kConstIntBits, 0};
  bool ratExact = true;  // Float: ratNum/ratDen is the value (else floatVal)
  llvm::APInt ratNum{kConstIntBits, 0};
  llvm::APInt ratDen{kConstIntBits, 1};
  llvm::APFloat floatVal{llvm::APFloat::IEEEquad()};

  static constexpr unsigned kConstIntBits = 1024;  // room to detect > 512 bits

  // Conversions for codegen; the checker has already verified
  // representability in the target type.
  int64_t toInt64() const;
  uint64_t toUint64() const;
  double toDouble() const;
  float toFloat() const;
  std::string toString() const;  // Go's spelling for messages: 1, 1.5, "s", true
};

// ---------------------------------------------------------------- objects

enum class ObjectKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

class Object {
 public:
  Object(ObjectKind kind, std::string name, ast::Pos pos, Package* pkg, Type* type)
      : kind(kind), name(std::move(name)), pos(pos), pkg(pkg), type(type) {}
  virtual ~Object() = default;

  ObjectKind kind;
  std::string name;
  ast::Pos pos;
  Package* pkg;  // null for universe objects
  Type* type;
  Scope* parent = nullptr;  // scope the object is declared in
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

class Var final : public Object {
 public:
  Var(std::string name, ast::Pos pos, Package* pkg, Type* type) : Object(ObjectKind::Var, std::move(name), pos, pkg, type) {}
  bool isField = false;
  bool embedded = false;
  bool isParam = false;    // parameter or named result
  bool isGlobal = false;   // package-level variable
  bool used = false;       // for "declared and not used"
  // Referenced by a function literal: it must outlive its frame, so codegen
  // keeps it in a heap cell shared by the function and its closures.
  bool captured = false;
  // Its address is taken (&x, or a pointer method called on it): like a
  // captured variable it lives in a heap cell (there is no escape analysis
  // yet).
  bool addressTaken = false;
  // Filled by codegen: where the variable lives (alloca, global, heap cell).
  void* storage = nullptr;
};

class Const final : public Object {
 public:
  Const(std::string name, ast::Pos pos, Package* pkg, Type* type, std::shared_ptr<Constant> value)
      : Object(ObjectKind::Const, std::move(name), pos, pkg, type), value(std::move(value)) {}
  std::shared_ptr<Constant> value;
};

class TypeName final : public Object {
 public:
  TypeName(std::string name, ast::Pos pos, Package* pkg, Type* type)
      : Object(ObjectKind::TypeName, std::move(name), pos, pkg, type) {}
  bool isAlias = false;
};


class Func final : public Object {
 public:
  Func(std::string name, ast::Pos pos, Package* pkg, Signature* sig) : Object(ObjectKind::Func, std::move(name), pos, pkg, sig) {}
  Signature* signature() const { return static_cast<Signature*>(type); }
  ast::FuncDecl* decl = nullptr;
  // The symbol: "main.fib", "main.(*T).M", "os.Exit"; init functions are
  // "main.init.0", "main.init.1", ... (the package initialiser is "main.init").
  std::string linkName;
};

class PkgName final : public Object {
 public:
  PkgName(std::string name, ast::Pos pos, Package* pkg, Package* imported)
      : Object(ObjectKind::PkgName, std::move(name), pos, pkg, nullptr), imported(imported) {}
  Package* imported;
  bool used = false;
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println,
  Real, Recover,
};

class Builtin final : public Object {
 public:
  Builtin(std::string name, BuiltinId id) : Object(ObjectKind::Builtin, std::move(name), {}, nullptr, nullptr), id(id) {}
  BuiltinId id;
};

class Label final : public Object {
 public:
  Label(std::string name, ast::Pos pos) : Object(ObjectKind::Label, std::move(name), pos, nullptr, nullptr) {}
  bool used = false;
};

class Nil final : public Object {
 public:
  explicit Nil(Type* untypedNil) : Object(ObjectKind::Nil, "nil", {}, nullptr, untypedNil) {}
};

// What a selector x.f denotes once checked (go/types' Selection).
enum class SelectionKind : uint8_t {
  FieldVal,    // x.f is a struct field
  MethodVal,   // x.m is a method of x's type, bound to x
  MethodExpr,  // T.m is a method used as a function taking the receiver first
};

struct Selection {
  SelectionKind kind = SelectionKind::FieldVal;
  Type* recv = nullptr;    // the type of x
  Object* obj = nullptr;   // Var (field) or Func (method)
  // Field indices from x's struct through embedded fields to the selected
  // field (for methods: to the embedded field whose type has the method).
  std::vector<int> index;
  // Whether a pointer is dereferenced on the way (x itself or an embedded
  // field is a pointer).
  bool indirect = false;
};

// Finds field or method `name` of t through embedded fields at the
// shallowest depth (go/types' LookupFieldOrMethod); null when there is none
// or it is ambiguous (*ambiguous).
Object* lookupFieldOrMethod(Type* t, const std::string& name, Selection* sel, bool* ambiguous);

// One method of a method set: the method and how it is reached from the
// receiver (sel.index through embedded fields, sel.indirect).
struct MethodSetEntry {
  Func* func = nullptr;
  Selection sel;
};
// The method set of t (Go spec "Method sets": value receivers for T, all
// for *T, promoted methods through embedded fields), sorted by name.
std::vector<MethodSetEntry> methodSet(Type* t);

// ---------------------------------------------------------------- scopes

class Scope {
 public:
  explicit Scope(Scope* parent) : parent(parent) {}
  // Returns the object already declared under that name, or null after
  // inserting obj.
  Object* insert(Object* obj);
  Object* lookupLocal(const std::string& name) const;
  // Walks outwards through parents.
  Object* lookup(const std::string& name) const;

  Scope* parent;
  std::map<std::string, Object*> objects;
  std::vector<Object*> ordered;  // declaration order
  bool isFunction = false;       // the outermost scope of a function body
};

// ---------------------------------------------------------------- packages

// A package-level variable initialisation: lhs = rhs, in the order Go's
// dependency analysis gives (lhs has several entries for `var a, b = f()`).
struct Initializer {
  std::vector<Var*> lhs;
  ast::Expr* rhs = nullptr;
};

struct Package {
  std::string path;  // import path, "main" for the program
  std::string name;
  Scope* scope = nullptr;
  std::vector<ast::File*> files;
  std::vector<Package*> imports;      // direct imports, in first-seen order
  std::vector<Initializer> initOrder;
  std::vector<Func*> initFuncs;       // func init() declarations, in order
  std::vector<Func*> funcs;           // every function and method with a body or a runtime symbol
  std::vector<Var*> globals;          // package-level variables
  bool isStdlib = false;
};

// ---------------------------------------------------------------- type table

// Owns every type and object, and interns composite types so identical types
// share one pointer where Go's identity rules allow (everything but Struct,
// Signature, Interface and Named, which are compared by identical()).
class TypeTable {
 public:
  TypeTable();

  Basic* basic(BasicKind kind) { return basics_[static_cast<int>(kind)]; }
  Basic* byteType() { return byte_; }  // alias of uint8 spelled "byte"
  Basic* runeType() { return rune_; }  // alias of int32 spelled "rune"
  Pointer* pointer(Type* elem);
  Slice* slice(Type* elem);
  Array* array(Type* elem, int64_t len);
  Map* map(Type* key, Type* elem);
  Chan* chan(ast::ChanDir dir, Type* elem);

  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    owned_.push_back(std::unique_ptr<void, void (*)(void*)>(p.release(), [](void* v) { delete static_cast<T*>(v); }));
    return raw;
  }

  // ---- defer/panic/recover: interface{}, the type of panic's argument and
  // recover's result.
  Interface* emptyInterface();
  Scope* universe() { return universe_; }
  // The predeclared error type (a Named with underlying interface{ Error() string }).
  Type* errorType() { return error_; }
  // The built-in package unsafe (only Pointer so far), made on first use.
  Package* unsafePackage();

 private:
  std::vector<std::unique_ptr<void, void (*)(void*)>> owned_;
  std::vector<Basic*> basics_;
  Basic* byte_ = nullptr;
  Basic* rune_ = nullptr;
  std::map<Type*, Pointer*> pointers_;
  std::map<Type*, Slice*> slices_;
  std::map<std::pair<Type*, int64_t>, Array*> arrays_;
  std::map<std::pair<Type*, Type*>, Map*> maps_;
  std::map<std::pair<int, Type*>, Chan*> chans_;
  Interface* emptyInterface_ = nullptr;
  Scope* universe_ = nullptr;
  Type* error_ = nullptr;
  Package* unsafe_ = nullptr;
};

}  // namespace types
}  // namespace gosub
