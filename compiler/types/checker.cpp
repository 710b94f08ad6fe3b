// checker.cpp — package-level declarations: collecting objects, resolving
// them on first use, initialisation order, and the checks on main/init.
#include <algorithm>
#include <functional>

#include "types/checker_impl.h"

namespace gosub::types {

Package* checkPackage(TypeTable& table, Diagnostics& diags, Importer& importer, const std::string& path,
                      const std::vector<ast::File*>& files, bool isStdlib) {
  Checker checker(table, diags, importer);
  return checker.checkPackage(path, files, isStdlib);
}

namespace {
// Scopes the unqualified package of type names to one package's check
// (imports are checked from inside their importer's check).
struct UnqualifiedScope {
  explicit UnqualifiedScope(const Package* p) { setUnqualifiedPackage(p); }
  ~UnqualifiedScope() { setUnqualifiedPackage(nullptr); }
};
}  // namespace

static std::string importPathOf(const ast::ImportSpec* spec) {
  const std::string& raw = spec->path->value;
  return raw.size() >= 2 ? raw.substr(1, raw.size() - 2) : raw;
}

Package* Checker::checkPackage(const std::string& path, const std::vector<ast::File*>& files, bool isStdlib) {
  pkg = T.make<Package>();
  pkg->path = path;
  pkg->isStdlib = isStdlib;
  pkg->files = files;
  pkg->scope = T.make<Scope>(T.universe());
  if (!files.empty()) pkg->name = files[0]->packageName->name;
  for (ast::File* f : files) {
    if (f->packageName->name != pkg->name) {
      error(f->packageName->pos, "package " + f->packageName->name + "; expected package " + pkg->name);
      return pkg;
    }
  }

  collectObjects(files);  // imports are checked in here, each in its own scope
  UnqualifiedScope unqualified(pkg);

  // Resolve every package-level object (those used earlier are done already):
  // as go/types does, defined types first, then aliases, then the rest, which
  // avoids most uses of an alias before its type is known.
  for (int phase = 0; phase < 3; phase++)
    for (Object* obj : declOrder) {
      if (obj->kind == ObjectKind::Func && static_cast<Func*>(obj)->decl && static_cast<Func*>(obj)->decl->recv)
        continue;
      int objPhase = obj->kind != ObjectKind::TypeName ? 2 : isAliasDecl(obj) ? 1 : 0;
      if (objPhase == phase) objDecl(obj);
    }
  // Types that contain themselves, in the order their declarations began.
  for (Named* t : pendingValidType) validType(t);
  pendingValidType.clear();
  badReceivers();
  checkPendingMapKeys();
  checkPendingEmbeddeds();
  // Function bodies come last so that every package-level name is known.
  for (Object* obj : declOrder) {
    if (obj->kind != ObjectKind::Func) continue;
    auto* f = static_cast<Func*>(obj);
    DeclInfo* d = decls[obj];
    if (!f->decl->body || !f->type) continue;
    Scope* saved = scope;
    scope = d->fileScope;
    DeclInfo* savedDecl = currentDecl;
    currentDecl = d;
    funcBody(f, nullptr, f->decl->body, f->signature());
    currentDecl = savedDecl;
    scope = saved;
  }
  for (PkgName* p : pkgNames)
    if (!p->used) {
      const std::string ipath = p->imported ? p->imported->path : p->name;
      if (p->imported && p->name != p->imported->name)
        error(p->pos, "\"" + ipath + "\" imported as " + p->name + " and not used");
      else
        error(p->pos, "\"" + ipath + "\" imported and not used");
    }
  checkPendingMapKeys();  // of local type declarations
  checkPendingEmbeddeds();
  computeInitOrder();
  if (pkg->name == "main" && !isStdlib) checkMain();
  return pkg;
}

void Checker::collectObjects(const std::vector<ast::File*>& files) {
  auto newDecl = [&](ast::File* f) {
    declStore.push_back(std::make_unique<DeclInfo>());
    DeclInfo* d = declStore.back().get();
    d->file = f;
    d->fileScope = fileScopes[f];
    return d;
  };
  auto declarePkg = [&](Object* obj, DeclInfo* d) {
    declOrder.push_back(obj);
    decls[obj] = d;
    if (obj->name == "_") return;
    if (obj->kind != ObjectKind::Func && (obj->name == "init" || (obj->name == "main" && pkg->name == "main"))) {
      error(obj->pos, "cannot declare " + obj->name + " - must be func");
    }
    if (Object* prev = pkg->scope->insert(obj)) redeclared(obj->pos, obj->name, prev);
  };

  for (ast::File* f : files) {
    Scope* fileScope = T.make<Scope>(pkg->scope);
    fileScopes[f] = fileScope;
    for (ast::ImportSpec* spec : f->imports) {
      std::string ipath = importPathOf(spec);
      Package* imported = nullptr;
      if (ipath != "unsafe") {
        imported = importer.import(ipath, spec->path->pos);
      } else {
        // The standard library may look beneath the type system (fmt's
        // reflection reads type descriptors); user programs may not yet.
        // The package is declared either way, so its uses do not cascade.
        if (!pkg->isStdlib) unsupported(spec->path->pos, "package unsafe is");
        imported = T.unsafePackage();
      }
      if (!imported) continue;
      if (std::find(pkg->imports.begin(), pkg->imports.end(), imported) == pkg->imports.end())
        pkg->imports.push_back(imported);
      std::string local = spec->name ? spec->name->name : imported->name;
      if (local == "_") continue;
      if (local == ".") {
        unsupported(spec->name->pos, "dot imports are");
        continue;
      }
      auto* pn = T.make<PkgName>(local, spec->name ? spec->name->pos : spec->path->pos, pkg, imported);
      pkgNames.push_back(pn);
      if (Object* prev = fileScope->insert(pn)) redeclared(pn->pos, local, prev);
    }
  }

  // Imports live in file scopes; a package-level name may not reuse one.
  auto checkImportClashes = [&] {
    for (auto& [file, fileScope] : fileScopes)
      for (Object* o : fileScope->ordered) {
        auto* pn = static_cast<PkgName*>(o);
        if (Object* clash = pkg->scope->lookupLocal(pn->name))
          error(clash->pos, pn->name + " already declared through import of package " + pn->imported->name +
                                " (\"" + pn->imported->path + "\")\n\t" + diags.format(pn->pos) +
                                ": other declaration of " + pn->name);
      }
  };

  for (ast::File* f : files) {
    for (ast::Decl* decl : f->decls) {
      if (auto* g = dynamic_cast<ast::GenDecl*>(decl)) {
        ast::ValueSpec* lastConst = nullptr;
        for (ast::Spec* spec : g->specs) {
          if (g->kind == ast::DeclKind::Const) {
            auto* vs = static_cast<ast::ValueSpec*>(spec);
            // Go's implicit repetition: a spec without type and values repeats
            // the previous one's, with its own iota.
            ast::ValueSpec* src = vs;
            if (!vs->type && vs->values.empty()) {
              if (!lastConst) {
                error(vs->names[0]->pos, "missing init expr for " + vs->names[0]->name);
                continue;
              }
              src = lastConst;
            } else {
              lastConst = vs;
            }
            for (size_t i = 0; i < vs->names.size(); i++) {
              DeclInfo* d = newDecl(f);
              // valueSpec points at the spec holding the expressions; iota
              // comes from the spec the name is written in.
              d->valueSpec = src;
              d->index = static_cast<int>(i);
              auto* c = T.make<Const>(vs->names[i]->name, vs->names[i]->pos, pkg, nullptr, nullptr);
              vs->names[i]->obj = c;
              constIota[c] = vs->iota;
              declarePkg(c, d);
              if (i >= src->values.size()) error(vs->names[i]->pos, "missing init expr for " + vs->names[i]->name);
            }
            if (vs->names.size() < src->values.size()) {
              ast::Expr* extra = src->values[vs->names.size()];
              if (src == vs)
                error(extra->pos, "extra init expr " + exprString(extra));
              else
                error(vs->pos, "extra init expr at " + diags.format(extra->pos));
            }
          } else if (g->kind == ast::DeclKind::Var) {
            auto* vs = static_cast<ast::ValueSpec*>(spec);
            DeclInfo* shared = nullptr;
            for (size_t i = 0; i < vs->names.size(); i++) {
              DeclInfo* d = (vs->values.size() == 1 && vs->names.size() > 1 && shared) ? shared : newDecl(f);
              if (vs->values.size() == 1 && vs->names.size() > 1) shared = d;
              d->valueSpec = vs;
              auto* v = T.make<Var>(vs->names[i]->name, vs->names[i]->pos, pkg, nullptr);
              v->isGlobal = true;
              v->used = true;  // package-level variables may be unused
              vs->names[i]->obj = v;
              d->lhs.push_back(v);
              if (d != shared || i == 0) d->index = static_cast<int>(i);
              declarePkg(v, d);
              if (v->name != "_") pkg->globals.push_back(v);
            }
          } else if (g->kind == ast::DeclKind::Type) {
            auto* ts = static_cast<ast::TypeSpec*>(spec);
            DeclInfo* d = newDecl(f);
            d->typeSpec = ts;
            auto* tn = T.make<TypeName>(ts->name->name, ts->name->pos, pkg, nullptr);
            ts->name->obj = tn;
            declarePkg(tn, d);
          }
        }
      } else if (auto* fd = dynamic_cast<ast::FuncDecl*>(decl)) {
        DeclInfo* d = newDecl(f);
        d->funcDecl = fd;
        auto* fn = T.make<Func>(fd->name->name, fd->name->pos, pkg, nullptr);
        fn->decl = fd;
        fd->name->obj = fn;
        if (fd->recv) {
          // Methods are not in the package scope: they attach to their
          // receiver's named type when that type is declared (typeDecl).
          declOrder.push_back(fn);
          decls[fn] = d;
          // Keyed by the base type's name; a receiver that is no name is
          // diagnosed with those whose name is no local type (badReceivers).
          if (auto* id = dynamic_cast<ast::Ident*>(receiverBase(fd->recv->type)))
            methodsByBase[id->name].push_back(fn);
          else
            methodsByBase[""].push_back(fn);
          continue;
        }
        if (fd->name->name == "init") {
          // init functions are not declared in the package scope.
          fn->linkName = pkg->path + ".init." + std::to_string(pkg->initFuncs.size());
          pkg->initFuncs.push_back(fn);
          declOrder.push_back(fn);
          decls[fn] = d;
          continue;
        }
        fn->linkName = pkg->path + "." + fn->name;
        declarePkg(fn, d);
      }
    }
  }
  checkImportClashes();
}


void Checker::objDecl(Object* obj) {
  auto it = decls.find(obj);
  if (it == decls.end()) return;
  DeclInfo* d = it->second;
  if (d->color == Color::Black) return;
  if (d->color == Color::Grey) return cycleDecl(obj);
  d->color = Color::Grey;
  objPath.push_back(obj);
  Scope* savedScope = scope;
  scope = d->fileScope;
  DeclInfo* savedDecl = currentDecl;
  FuncContext* savedFn = fn;
  fn = nullptr;
  int64_t savedIota = iota;
  iota = -1;
  auto savedTargets = std::move(targets);
  targets.clear();
  switch (obj->kind) {
    case ObjectKind::Const: currentDecl = d; constDecl(static_cast<Const*>(obj), d); break;
    case ObjectKind::Var: currentDecl = d; varDecl(static_cast<Var*>(obj), d); break;
    case ObjectKind::TypeName: typeDecl(static_cast<TypeName*>(obj), d); break;
    case ObjectKind::Func:
      if (!d->funcDecl->recv) funcDecl(static_cast<Func*>(obj), d);
      break;
    default: break;
  }
  targets = std::move(savedTargets);
  iota = savedIota;
  fn = savedFn;
  currentDecl = savedDecl;
  scope = savedScope;
  objPath.pop_back();
  d->color = Color::Black;
}

void Checker::constDecl(Const* obj, DeclInfo* d) {
  ast::ValueSpec* spec = d->valueSpec;
  iota = constIota[obj];
  obj->type = T.basic(BasicKind::Invalid);
  Type* declared = spec->type ? typExpr(spec->type) : nullptr;
  if (static_cast<size_t>(d->index) >= spec->values.size()) {
    if (spec->values.empty() || d->index > 0) return;  // reported in collectObjects
  }
  if (static_cast<size_t>(d->index) >= spec->values.size()) return;
  ast::Expr* init = spec->values[d->index];
  // A repeated spec's expressions are re-checked with the new iota; the AST
  // keeps the annotations of the last check, which codegen never reads for
  // constants (it uses the Const object's value).
  bool inherited = spec->names[d->index]->obj != obj;
  struct ErrPos {
    ast::Pos& p;
    ast::Pos saved;
    ~ErrPos() { p = saved; }
  } restore{errpos, errpos};
  if (inherited) errpos = obj->pos;
  expr(init);
  if (!valid(init)) return;
  if (init->mode != ast::Mode::Constant) {
    error(init->pos, operandString(init) + " is not constant");
    return;
  }
  if (declared) {
    if (!asBasic(declared) || asBasic(declared)->basicKind == BasicKind::Invalid) {
      if (asBasic(declared) == nullptr) error(spec->type->pos, "invalid constant type " + declared->string());
      return;
    }
    if (!assignment(init, declared, "constant declaration")) return;
  }
  obj->type = init->type;
  obj->value = init->constant;
}

void Checker::varDecl(Var* obj, DeclInfo* d) {
  ast::ValueSpec* spec = d->valueSpec;
  Type* declared = spec->type ? typExpr(spec->type) : nullptr;
  for (Var* v : d->lhs) v->type = declared ? declared : T.basic(BasicKind::Invalid);
  // Mark every var of the spec as in progress so a self-reference is a cycle.
  for (Var* v : d->lhs)
    if (v != obj && decls.count(v)) decls[v]->color = Color::Grey;
  if (spec->values.empty()) {
    if (!declared) error(spec->pos, "missing type or init expr");
  } else if (spec->values.size() == spec->names.size()) {
    ast::Expr* init = spec->values[d->index];
    expr(init);
    if (valid(init)) {
      if (declared) {
        assignment(init, declared, "variable declaration");
      } else {
        if (init->type && init->type->kind() == TypeKind::Basic &&
            static_cast<Basic*>(init->type)->basicKind == BasicKind::UntypedNil) {
          error(init->pos, "use of untyped nil in variable declaration");
        } else {
          defaultType(init);
          obj->type = init->type;
        }
      }
    }
    Initializer in;
    in.lhs = {obj};
    in.rhs = init;
    pendingInits.push_back({d, in});
  } else if (spec->values.size() == 1) {
    ast::Expr* init = spec->values[0];
    std::vector<Type*> results = unpackCall(init, std::vector<Type*>(d->lhs.size(), declared));
    for (size_t i = 0; i < results.size(); i++)
      if (!declared) d->lhs[i]->type = results[i];
    Initializer in;
    in.lhs = d->lhs;
    in.rhs = init;
    pendingInits.push_back({d, in});
  } else {
    if (d->index == 0) countMismatch(spec->values, spec->names.size(), true);
  }
  for (Var* v : d->lhs)
    if (v != obj && decls.count(v)) decls[v]->color = Color::Black;
}

void Checker::typeDecl(TypeName* obj, DeclInfo* d) {
  ast::TypeSpec* ts = d->typeSpec;
  if (!ts->typeParams.empty()) {
    error(ts->typeParams[0]->pos, "generics are not supported by gosub");
    obj->type = T.basic(BasicKind::Invalid);
    return;
  }
  if (ts->alias) {
    // The type stays null while the right-hand side is checked: a reference
    // to the alias from there is a cycle (cycleDecl, ident).
    obj->isAlias = true;
    obj->type = nullptr;
    Type* t = typExpr(ts->type);
    // A cycle of aliases made the type invalid already; keep that.
    if (!obj->type) obj->type = t;
    // Methods declared on an alias of a local defined type are its methods.
    if (obj->parent == pkg->scope) {
      // (`type P = *T`: a receiver of type P is a *T.)
      bool viaPointer = obj->type->kind() == TypeKind::Pointer;
      Type* base = viaPointer ? static_cast<Pointer*>(obj->type)->elem : obj->type;
      auto* named = base->kind() == TypeKind::Named ? static_cast<Named*>(base) : nullptr;
      if (named && named->obj->pkg == pkg && named->obj->parent == pkg->scope)
        attachMethods(named, obj->name, viaPointer);
    }
    return;
  }
  auto* named = T.make<Named>(obj);
  obj->type = named;
  // A placeholder until the right-hand side is known, so that a use in its
  // own declaration (`type T struct{ *T }`) has an underlying type to ask for.
  named->under = T.basic(BasicKind::Invalid);
  if (obj->parent == pkg->scope) pendingValidType.push_back(named);
  setRHS(named, typExpr(ts->type));
  if (obj->parent == pkg->scope) attachMethods(named, obj->name);
}

// The receiver's base type expression: the type with its `*`s and
// parentheses removed, where go/types reports what is wrong with a receiver.
ast::Expr* Checker::receiverBase(ast::Expr* e) {
  for (;;) {
    if (auto* p = dynamic_cast<ast::ParenExpr*>(e)) e = p->x;
    else if (auto* star = dynamic_cast<ast::StarExpr*>(e)) e = star->x;
    else return e;
  }
}

// Methods whose receiver base is not a defined type of this package (no
// type of that name was declared here): the receiver type is checked as any
// type and go/types' rules say what is wrong with it (validRecv).
void Checker::badReceivers() {
  for (auto& [name, methods] : methodsByBase)
    for (Func* m : methods) {
      ast::Field* recv = m->decl->recv;
      if (recv->variadic) {
        error(recv->pos, "can only use ... with final parameter in list");
        continue;
      }
      Scope* saved = scope;
      scope = decls[m]->fileScope;
      Type* t = typExpr(recv->type);
      scope = saved;
      if (isInvalidType(t)) continue;  // undefined, or not a type: reported
      ast::Pos pos = receiverBase(recv->type)->pos;
      // Only one pointer is taken off: **T is a pointer base type.
      Type* base = t->kind() == TypeKind::Pointer ? static_cast<Pointer*>(t)->elem : t;
      if (base->kind() == TypeKind::Named) {
        auto* named = static_cast<Named*>(base);
        if (named->obj->pkg != pkg) {
          error(pos, "cannot define new methods on non-local type " + base->string());
        } else if (named->under->kind() == TypeKind::Pointer || named->under->kind() == TypeKind::Interface) {
          error(pos, "invalid receiver type " + base->string() + " (pointer or interface type)");
        } else {
          // A local type reached another way (a local alias's methods are
          // attached when the alias is declared): nothing else is wrong.
          error(pos, "invalid receiver type " + t->string());
        }
      } else if (base->kind() == TypeKind::Basic) {
        error(pos, "cannot define new methods on non-local type " + base->string());
      } else {
        error(pos, "invalid receiver type " + t->string());
      }
    }
  methodsByBase.clear();
}

// Gives a package-level named type its methods: checks each receiver and
// signature and records the method under Go's symbol (main.T.M or
// main.(*T).M). Bodies are checked later with the other functions.
void Checker::attachMethods(Named* named, const std::string& baseName, bool viaPointer) {
  auto it = methodsByBase.find(baseName);
  if (it == methodsByBase.end()) return;
  for (Func* m : it->second) {
    ast::FuncDecl* fd = m->decl;
    ast::Field* recv = fd->recv;
    if (recv->variadic) {
      error(recv->pos, "can only use ... with final parameter in list");
      continue;
    }
    ast::Expr* rt = recv->type;
    while (auto* p = dynamic_cast<ast::ParenExpr*>(rt)) rt = p->x;
    bool ptr = viaPointer;
    if (auto* star = dynamic_cast<ast::StarExpr*>(rt)) {
      rt = star->x;
      while (auto* p = dynamic_cast<ast::ParenExpr*>(rt)) rt = p->x;
      if (ptr || dynamic_cast<ast::StarExpr*>(rt)) {  // **T
        error(receiverBase(recv->type)->pos, "invalid receiver type **" + named->string());
        continue;
      }
      ptr = true;
    }
    if (named->under->kind() == TypeKind::Pointer || named->under->kind() == TypeKind::Interface) {
      error(receiverBase(recv->type)->pos,
            "invalid receiver type " + named->string() + " (pointer or interface type)");
      continue;
    }
    Scope* saved = scope;
    scope = decls[m]->fileScope;
    Signature* sig = funcType(fd->type, nullptr);
    scope = saved;
    auto* rv = T.make<Var>(recv->names.empty() ? "" : recv->names[0]->name, recv->pos, pkg,
                           ptr ? static_cast<Type*>(T.pointer(named)) : named);
    rv->isParam = true;
    if (!recv->names.empty()) recv->names[0]->obj = rv;
    sig->recv = rv;
    m->type = sig;
    m->linkName = pkg->path + "." + (ptr ? "(*" + named->obj->name + ")" : named->obj->name) + "." + m->name;
    bool dup = false;
    for (Func* other : named->methods)
      if (other->name == m->name && m->name != "_") {
        error(fd->name->pos, "method " + named->obj->name + "." + m->name + " already declared at " +
                                 diags.format(other->pos));
        dup = true;
      }
    if (auto* st = named->under->kind() == TypeKind::Struct ? static_cast<Struct*>(named->under) : nullptr)
      for (Var* f : st->fields)
        if (f->name == m->name) {
          error(fd->name->pos, "field and method with the same name " + m->name + "\n\t" + diags.format(f->pos) +
                                   ": other declaration of " + m->name);
          dup = true;
        }
    if (dup) continue;
    named->methods.push_back(m);
    if (m->name != "_") pkg->funcs.push_back(m);
  }
  methodsByBase.erase(it);
}

void Checker::funcDecl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->funcDecl;
  if (!fd->type->typeParams.empty()) {
    // Checking the signature or body would only add noise about T.
    error(fd->type->typeParams[0]->pos, "generics are not supported by gosub");
    obj->type = nullptr;
    return;
  }
  // An empty signature guards against a use of f in its own signature
  // (`func f(x f)`), which is then "not a type" rather than a cycle.
  auto* guard = T.make<Signature>();
  guard->params = T.make<Tuple>();
  guard->results = T.make<Tuple>();
  obj->type = guard;
  obj->type = funcType(fd->type, nullptr);
  if (obj->name == "init" || (obj->name == "main" && pkg->name == "main")) {
    Signature* sig = obj->signature();
    if (sig->params->size() || sig->results->size())
      error(fd->name->pos, "func " + obj->name + " must have no arguments and no return values");
  }
  if (!fd->body) {
    // Only the stdlib may declare functions that the runtime implements.
    if (!pkg->isStdlib) error(fd->name->pos, "missing function body");
  } else if (fd->directives.noescape) {
    error(fd->name->pos, "can only use //go:noescape with external func implementations");
  }
  // Blank functions are checked but cannot be called, so are not emitted.
  if (obj->name != "_") pkg->funcs.push_back(obj);
}

void Checker::checkMain() {
  Object* m = pkg->scope->lookupLocal("main");
  if (!m) {
    // gc reports this at link time without a position; gosub points at the
    // package clause so every diagnostic has one.
    error(pkg->files[0]->packageName->pos, "function main is undeclared in the main package");
  }
}

// Package-level constants, variables and functions (methods too) that the
// declaration being checked refers to: the edges of computeInitOrder's graph.
void Checker::recordDep(Object* obj) {
  // decls holds only this package's objects.
  if (!currentDecl || !decls.count(obj)) return;
  if (obj->kind == ObjectKind::Const || obj->kind == ObjectKind::Var || obj->kind == ObjectKind::Func)
    currentDecl->deps.insert(obj);
}

}  // namespace gosub::types
