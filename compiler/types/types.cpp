#include "types/types.h"

#include "types/constant.h"

#include <algorithm>

namespace gosub::types {

// ---------------------------------------------------------------- Basic

const char* kindName(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: return "bool";
    case BasicKind::Int: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: return "float64";
    case BasicKind::Complex64: return "complex64";
    case BasicKind::Complex128: return "complex128";
    case BasicKind::String: return "string";
    case BasicKind::UnsafePointer: return "unsafe.Pointer";
    default: return nullptr;  // untyped kinds never reach a variable
  }
}

bool Basic::isInteger() const {
  return (basicKind >= BasicKind::Int && basicKind <= BasicKind::Uintptr) || basicKind == BasicKind::UntypedInt ||
         basicKind == BasicKind::UntypedRune;
}

bool Basic::isUnsigned() const { return basicKind >= BasicKind::Uint && basicKind <= BasicKind::Uintptr; }

bool Basic::isFloat() const {
  return basicKind == BasicKind::Float32 || basicKind == BasicKind::Float64 || basicKind == BasicKind::UntypedFloat;
}

int Basic::size() const {
  switch (basicKind) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    case BasicKind::String: case BasicKind::Complex128: return 16;
    default: return 8;
  }
}

// ---------------------------------------------------------------- strings

// Messages name types of the package being checked without a qualifier, as
// go/types' relative qualifier does: "Point", but "time.Duration".
static const Package* unqualifiedPackage = nullptr;

void setUnqualifiedPackage(const Package* pkg) { unqualifiedPackage = pkg; }

std::string Named::string() const {
  if (obj->pkg && !obj->pkg->path.empty() && obj->pkg != unqualifiedPackage) return obj->pkg->name + "." + obj->name;
  return obj->name;
}

std::string Chan::string() const {
  switch (dir) {
    case ast::ChanDir::Send: return "chan<- " + elem->string();
    case ast::ChanDir::Recv: return "<-chan " + elem->string();
    default: return "chan " + elem->string();
  }
}

std::string Struct::string() const {
  std::string s = "struct{";
  for (size_t i = 0; i < fields.size(); i++) {
    if (i) s += "; ";
    if (!fields[i]->embedded) s += fields[i]->name + " ";
    s += fields[i]->type->string();
  }
  return s + "}";
}

std::string Tuple::string() const {
  std::string s = "(";
  for (size_t i = 0; i < vars.size(); i++) {
    if (i) s += ", ";
    if (!vars[i]->name.empty()) s += vars[i]->name + " ";
    s += vars[i]->type->string();
  }
  return s + ")";
}

// Parameters print with their names when they have them, each one on its
// own (`func(a int, b int)`), as go/types' TypeString does.
static std::string paramList(const Signature& sig) {
  std::string s = "(";
  const auto& vars = sig.params->vars;
  for (size_t i = 0; i < vars.size(); i++) {
    if (i) s += ", ";
    if (!vars[i]->name.empty()) s += vars[i]->name + " ";
    if (sig.variadic && i + 1 == vars.size())
      s += "..." + static_cast<Slice*>(vars[i]->type)->elem->string();
    else
      s += vars[i]->type->string();
  }
  return s + ")";
}

std::string Signature::string() const {
  std::string s = "func" + paramList(*this);
  if (results->size() == 1 && results->vars[0]->name.empty()) return s + " " + results->vars[0]->type->string();
  if (results->size() >= 1) return s + " " + results->string();
  return s;
}

std::string Interface::string() const {
  if (isUniverseAny) return "any";
  if (methods.empty() && embeddeds.empty()) return "interface{}";
  std::string s = "interface{";
  bool first = true;
  for (Type* e : embeddeds) {
    if (!first) s += "; ";
    first = false;
    s += e->string();
  }
  for (Func* m : methods) {
    if (!first) s += "; ";
    first = false;
    s += m->name + m->type->string().substr(4);
  }
  return s + "}";
}

void completeInterface(Interface* t) {
  if (t->complete) return;
  t->complete = true;  // set first: an invalid embedding cycle ends here
  std::vector<Func*> all = t->methods;
  for (Type* e : t->embeddeds) {
    Interface* ei = e && e->underlying() && e->underlying()->kind() == TypeKind::Interface
                        ? static_cast<Interface*>(e->underlying())
                        : nullptr;
    if (!ei) continue;
    completeInterface(ei);
    for (Func* m : ei->allMethods) {
      bool dup = false;
      for (Func* have : all) dup = dup || have->name == m->name;
      if (!dup) all.push_back(m);
    }
  }
  // Sorted by name, as Go's runtime sorts method tables (exported names,
  // upper case, before unexported ones).
  std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  t->allMethods = std::move(all);
}

Interface* asInterface(Type* t) {
  Type* u = t ? t->underlying() : nullptr;
  if (!u || u->kind() != TypeKind::Interface) return nullptr;
  auto* i = static_cast<Interface*>(u);
  completeInterface(i);
  return i;
}

// ---------------------------------------------------------------- predicates

Basic* asBasic(Type* t) {
  if (!t) return nullptr;
  Type* u = t->underlying();
  return u && u->kind() == TypeKind::Basic ? static_cast<Basic*>(u) : nullptr;
}

bool isTyped(Type* t) { return !isUntyped(t); }
bool isInteger(Type* t) { auto b = asBasic(t); return b && b->isInteger(); }
bool isUnsigned(Type* t) { auto b = asBasic(t); return b && b->isUnsigned(); }
bool isFloat(Type* t) { auto b = asBasic(t); return b && b->isFloat(); }
bool isNumeric(Type* t) { auto b = asBasic(t); return b && b->isNumeric(); }
bool isString(Type* t) { auto b = asBasic(t); return b && b->isString(); }
bool isBoolean(Type* t) { auto b = asBasic(t); return b && b->isBoolean(); }
bool isUntyped(Type* t) {
  // Only Basic types can be untyped; a Named type never is.
  return t && t->kind() == TypeKind::Basic && static_cast<Basic*>(t)->isUntyped();
}

bool identical(Type* a, Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind() != b->kind()) return false;
  switch (a->kind()) {
    case TypeKind::Basic:
      // byte and uint8, rune and int32 are the same type.
      return static_cast<Basic*>(a)->basicKind == static_cast<Basic*>(b)->basicKind;
    case TypeKind::Pointer: return identical(static_cast<Pointer*>(a)->elem, static_cast<Pointer*>(b)->elem);
    case TypeKind::Slice: return identical(static_cast<Slice*>(a)->elem, static_cast<Slice*>(b)->elem);
    case TypeKind::Array: {
      auto x = static_cast<Array*>(a), y = static_cast<Array*>(b);
      return x->len == y->len && identical(x->elem, y->elem);
    }
    case TypeKind::Map: {
      auto x = static_cast<Map*>(a), y = static_cast<Map*>(b);
      return identical(x->key, y->key) && identical(x->elem, y->elem);
    }
    case TypeKind::Chan: {
      auto x = static_cast<Chan*>(a), y = static_cast<Chan*>(b);
      return x->dir == y->dir && identical(x->elem, y->elem);
    }
    case TypeKind::Tuple: {
      auto x = static_cast<Tuple*>(a), y = static_cast<Tuple*>(b);
      if (x->size() != y->size()) return false;
      for (size_t i = 0; i < x->size(); i++)
        if (!identical(x->vars[i]->type, y->vars[i]->type)) return false;
      return true;
    }
    case TypeKind::Signature: {
      auto x = static_cast<Signature*>(a), y = static_cast<Signature*>(b);
      return x->variadic == y->variadic && identical(x->params, y->params) && identical(x->results, y->results);
    }
    case TypeKind::Struct: {
      auto x = static_cast<Struct*>(a), y = static_cast<Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        auto f = x->fields[i], g = y->fields[i];
        if (f->name != g->name || f->embedded != g->embedded || !identical(f->type, g->type)) return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
      }
      return true;
    }
    case TypeKind::Interface: {
      auto x = static_cast<Interface*>(a), y = static_cast<Interface*>(b);
      completeInterface(x);
      completeInterface(y);
      if (x->allMethods.size() != y->allMethods.size()) return false;
      for (size_t i = 0; i < x->allMethods.size(); i++)
        if (x->allMethods[i]->name != y->allMethods[i]->name ||
            !identical(x->allMethods[i]->type, y->allMethods[i]->type))
          return false;
      return true;
    }
    case TypeKind::Named: return false;  // named types are identical only to themselves
  }
  return false;
}

// ---------------------------------------------------------------- scopes

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = objects.emplace(obj->name, obj);
  if (!inserted) return it->second;
  ordered.push_back(obj);
  obj->parent = this;
  return nullptr;
}

Object* Scope::lookupLocal(const std::string& name) const {
  auto it = objects.find(name);
  return it == objects.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent)
    if (Object* o = s->lookupLocal(name)) return o;
  return nullptr;
}

// ---------------------------------------------------------------- type table

TypeTable::TypeTable() {
  static const std::pair<BasicKind, const char*> kBasics[] = {
      {BasicKind::Invalid, "invalid type"}, {BasicKind::Bool, "bool"},
      {BasicKind::Int, "int"}, {BasicKind::Int8, "int8"}, {BasicKind::Int16, "int16"}, {BasicKind::Int32, "int32"},
      {BasicKind::Int64, "int64"}, {BasicKind::Uint, "uint"}, {BasicKind::Uint8, "uint8"},
      {BasicKind::Uint16, "uint16"}, {BasicKind::Uint32, "uint32"}, {BasicKind::Uint64, "uint64"},
      {BasicKind::Uintptr, "uintptr"}, {BasicKind::Float32, "float32"}, {BasicKind::Float64, "float64"},
      {BasicKind::Complex64, "complex64"}, {BasicKind::Complex128, "complex128"}, {BasicKind::String, "string"},
      {BasicKind::UnsafePointer, "unsafe.Pointer"}, {BasicKind::UntypedBool, "untyped bool"},
      {BasicKind::UntypedInt, "untyped int"}, {BasicKind::UntypedRune, "untyped rune"},
      {BasicKind::UntypedFloat, "untyped float"}, {BasicKind::UntypedString, "untyped string"},
      {BasicKind::UntypedNil, "untyped nil"},
  };
  for (auto& [kind, name] : kBasics) basics_.push_back(make<Basic>(kind, name));
  byte_ = make<Basic>(BasicKind::Uint8, "byte");
  rune_ = make<Basic>(BasicKind::Int32, "rune");

  // The universe scope: predeclared types, constants, nil and builtins.
  universe_ = make<Scope>(nullptr);
  auto declareType = [&](const std::string& name, Type* t) {
    universe_->insert(make<TypeName>(name, ast::Pos{}, nullptr, t));
  };
  for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); k++) {
    Basic* b = basics_[k];
    declareType(b->name, b);
  }
  declareType("byte", byte_);
  declareType("rune", rune_);
  // ---- the predeclared error interface (interfaces.cpp)
  {
    auto* obj = make<TypeName>("error", ast::Pos{}, nullptr, nullptr);
    auto* named = make<Named>(obj);
    obj->type = named;
    auto* iface = make<Interface>();
    auto* sig = make<Signature>();
    sig->params = make<Tuple>();
    sig->results = make<Tuple>();
    sig->results->vars.push_back(make<Var>("", ast::Pos{}, nullptr, basic(BasicKind::String)));
    sig->recv = make<Var>("", ast::Pos{}, nullptr, named);
    auto* m = make<Func>("Error", ast::Pos{}, nullptr, sig);
    iface->methods.push_back(m);
    completeInterface(iface);
    named->fromRHS = iface;
    named->under = iface;
    universe_->insert(obj);
    error_ = named;
  }
  universe_->insert(make<Const>("true", ast::Pos{}, nullptr, basic(BasicKind::UntypedBool), makeBool(true)));
  universe_->insert(make<Const>("false", ast::Pos{}, nullptr, basic(BasicKind::UntypedBool), makeBool(false)));
  // iota's value depends on the const spec; the checker substitutes it.
  universe_->insert(make<Const>("iota", ast::Pos{}, nullptr, basic(BasicKind::UntypedInt), makeInt(0)));
  universe_->insert(make<Nil>(basic(BasicKind::UntypedNil)));
  static const std::pair<const char*, BuiltinId> kBuiltins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap}, {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close}, {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag}, {"len", BuiltinId::Len},
      {"make", BuiltinId::Make}, {"max", BuiltinId::Max}, {"min", BuiltinId::Min}, {"new", BuiltinId::New},
      {"panic", BuiltinId::Panic}, {"print", BuiltinId::Print}, {"println", BuiltinId::Println},
      {"real", BuiltinId::Real}, {"recover", BuiltinId::Recover},
  };
  for (auto& [name, id] : kBuiltins) universe_->insert(make<Builtin>(name, id));

  // ---- any: an alias of interface{} (Go 1.18), predeclared like byte and rune.
  auto* anyIface = make<Interface>();
  anyIface->isUniverseAny = true;
  auto* anyName = make<TypeName>("any", ast::Pos{}, nullptr, anyIface);
  anyName->isAlias = true;
  universe_->insert(anyName);
}

Interface* TypeTable::emptyInterface() {
  if (!emptyInterface_) emptyInterface_ = make<Interface>();
  return emptyInterface_;
}

Package* TypeTable::unsafePackage() {
  if (unsafe_) return unsafe_;
  unsafe_ = make<Package>();
  unsafe_->path = unsafe_->name = "unsafe";
  unsafe_->scope = make<Scope>(universe_);
  unsafe_->isStdlib = true;
  unsafe_->scope->insert(make<TypeName>("Pointer", ast::Pos{}, unsafe_, basic(BasicKind::UnsafePointer)));
  return unsafe_;
}

Pointer* TypeTable::pointer(Type* elem) {
  auto& p = pointers_[elem];
  if (!p) p = make<Pointer>(elem);
  return p;
}

Slice* TypeTable::slice(Type* elem) {
  auto& p = slices_[elem];
  if (!p) p = make<Slice>(elem);
  return p;
}

Array* TypeTable::array(Type* elem, int64_t len) {
  auto& p = arrays_[{elem, len}];
  if (!p) p = make<Array>(elem, len);
  return p;
}

Map* TypeTable::map(Type* key, Type* elem) {
  auto& p = maps_[{key, elem}];
  if (!p) p = make<Map>(key, elem);
  return p;
}

Chan* TypeTable::chan(ast::ChanDir dir, Type* elem) {
  auto& p = chans_[{static_cast<int>(dir), elem}];
  if (!p) p = make<Chan>(dir, elem);
  return p;
}

}  // namespace gosub::types
