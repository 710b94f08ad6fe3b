// typedesc.cpp — run-time type descriptors (runtime/type.h; the LLVM side
// of the layout is typedesc_layout.h).
//
// typeDescriptor(t) emits, on first use, one constant global per type,
// named "type:" + the type's link string ("type:[]int", "type:main.T",
// "type:map[string]*main.T"), linkonce_odr so that identical types mentioned
// by several packages share one descriptor and descriptors can be compared
// by address. The link string is the type's identity: Go's spelling, with
// package paths for named types and unexported names, and "·N" after local
// named types (two `type T` in two functions are two types).
//
// A descriptor is the kind's struct (ptrtype, maptype, ...) starting with
// the _type header: size and alignment from the module's DataLayout, the
// pointer prefix, a hash of the link string, the kind (| kindDirectIface
// for pointer-shaped types, whose values an interface holds in its data
// word), equal/hasher, the name as Go prints it (typeString), and for named
// types and types with methods an uncommontype with the method table.
// Method tables hold, per method, its signature's descriptor and `ifn`: the
// code an itab calls with the interface's data word as receiver (the method
// itself for pointer receivers of direct types, else a wrapper, see
// interface.cpp).
//
// equal/hasher: the runtime's (alg.cpp, Go's names) for basic kinds and
// plain memory of 1, 2, 4, 8, 16 bytes; compiler-generated functions
// "type:.eq.<link string>" / "type:.hash.<link string>" for structs and
// arrays, composed from their fields' (blank fields are skipped); null for
// slices, maps, funcs and anything containing them.
#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>

#include "codegen/codegen_impl.h"
#include "codegen/typedesc_layout.h"

namespace gosub::codegen {

using types::TypeKind;
namespace td = typedesc;

namespace {

types::Type* under(types::Type* t) { return t->underlying(); }

uint8_t basicKindOf(types::BasicKind k) {
  using types::BasicKind;
  switch (k) {
    case BasicKind::Bool: return td::kindBool;
    case BasicKind::Int: return td::kindInt;
    case BasicKind::Int8: return td::kindInt8;
    case BasicKind::Int16: return td::kindInt16;
    case BasicKind::Int32: return td::kindInt32;
    case BasicKind::Int64: return td::kindInt64;
    case BasicKind::Uint: return td::kindUint;
    case BasicKind::Uint8: return td::kindUint8;
    case BasicKind::Uint16: return td::kindUint16;
    case BasicKind::Uint32: return td::kindUint32;
    case BasicKind::Uint64: return td::kindUint64;
    case BasicKind::Uintptr: return td::kindUintptr;
    case BasicKind::Float32: return td::kindFloat32;
    case BasicKind::Float64: return td::kindFloat64;
    case BasicKind::Complex64: return td::kindComplex64;
    case BasicKind::Complex128: return td::kindComplex128;
    case BasicKind::String: return td::kindString;
    case BasicKind::UnsafePointer: return td::kindUnsafePointer;
    default: return 0;
  }
}

// FNV-1a: the descriptor's hash field (quick inequality, itab hashing).
uint32_t fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

bool isBlankOrExported(const std::string& name) { return name == "_" || (!name.empty() && name[0] >= 'A' && name[0] <= 'Z'); }

}  // namespace

// ---------------------------------------------------------------- names

// Go's reflect spelling (runtime type names): "main.T", "[]uint8",
// "struct { X int; main.T }", "interface { M() }", "func(int, ...string) bool".
// Link: the identity string instead (package paths, unexported names
// qualified, local types numbered). Dwarf: gc's DWARF names (package paths,
// local types numbered, nothing else qualified).
std::string CodeGen::typeName(types::Type* t, TypeNameStyle style) {
  auto name = [&](types::Type* x) { return typeName(x, style); };
  bool link = style == TypeNameStyle::Link;
  bool paths = style != TypeNameStyle::Reflect;
  switch (t->kind()) {
    case TypeKind::Basic: {
      const char* n = types::kindName(static_cast<types::Basic*>(t)->basicKind);
      return n ? n : "invalid";
    }
    case TypeKind::Named: {
      auto* n = static_cast<types::Named*>(t);
      types::Package* pkg = n->obj->pkg;
      if (!pkg) return n->obj->name;  // error
      std::string s = (paths ? pkg->path : pkg->name) + "." + n->obj->name;
      // A type declared in a function: its own symbol (Go's "·N").
      if (paths && n->obj->parent != pkg->scope) {
        auto [it, inserted] = localTypeIndex_.emplace(n, static_cast<int>(localTypeIndex_.size()) + 1);
        s += "·" + std::to_string(it->second);
      }
      return s;
    }
    case TypeKind::Pointer: return "*" + name(static_cast<types::Pointer*>(t)->elem);
    case TypeKind::Slice: return "[]" + name(static_cast<types::Slice*>(t)->elem);
    case TypeKind::Array: {
      auto* a = static_cast<types::Array*>(t);
      return "[" + std::to_string(a->len) + "]" + name(a->elem);
    }
    case TypeKind::Map: {
      auto* m = static_cast<types::Map*>(t);
      return "map[" + name(m->key) + "]" + name(m->elem);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<types::Chan*>(t);
      switch (c->dir) {
        case ast::ChanDir::Recv: return "<-chan " + name(c->elem);
        case ast::ChanDir::Send: return "chan<- " + name(c->elem);
        case ast::ChanDir::Both: {
          // chan (<-chan int): parenthesised, or it would read as chan<- chan.
          auto* e = c->elem->kind() == TypeKind::Chan ? static_cast<types::Chan*>(c->elem) : nullptr;
          if (e && e->dir == ast::ChanDir::Recv) return "chan (" + name(c->elem) + ")";
          return "chan " + name(c->elem);
        }
      }
      return "chan";
    }
    case TypeKind::Signature: {
      auto* sig = static_cast<types::Signature*>(t);
      std::string s = "func(";
      for (size_t i = 0; i < sig->params->size(); i++) {
        if (i) s += ", ";
        types::Type* pt = sig->params->vars[i]->type;
        if (sig->variadic && i + 1 == sig->params->size() && pt->kind() == TypeKind::Slice)
          s += "..." + name(static_cast<types::Slice*>(pt)->elem);
        else
          s += name(pt);
      }
      s += ")";
      size_t nr = sig->results->size();
      if (nr == 1) return s + " " + name(sig->results->vars[0]->type);
      if (nr > 1) {
        s += " (";
        for (size_t i = 0; i < nr; i++) s += (i ? ", " : "") + name(sig->results->vars[i]->type);
        s += ")";
      }
      return s;
    }
    case TypeKind::Struct: {
      auto* st = static_cast<types::Struct*>(t);
      if (st->fields.empty()) return "struct {}";
      std::string s = "struct { ";
      for (size_t i = 0; i < st->fields.size(); i++) {
        types::Var* f = st->fields[i];
        if (i) s += "; ";
        if (!f->embedded) {
          if (link && !isBlankOrExported(f->name) && f->pkg) s += f->pkg->path + ".";
          s += f->name + " ";
        } else if (link) {
          s += "embed ";
        }
        s += name(f->type);
      }
      return s + " }";
    }
    case TypeKind::Interface: {
      types::Interface* it = types::asInterface(t);
      if (it->allMethods.empty()) return "interface {}";
      std::string s = "interface { ";
      for (size_t i = 0; i < it->allMethods.size(); i++) {
        types::Func* m = it->allMethods[i];
        if (i) s += "; ";
        if (link && !m->exported() && m->pkg) s += m->pkg->path + ".";
        s += m->name + name(m->type).substr(4);
      }
      return s + " }";
    }
    case TypeKind::Tuple: break;
  }
  internalError({}, "no descriptor name for " + t->string());
}

// ---------------------------------------------------------------- layout facts

bool CodeGen::isDirectIface(types::Type* t) {
  // Exactly the types whose LLVM value is one pointer: the data word holds
  // the value itself. (Go also counts single-pointer structs and arrays;
  // gosub boxes those, so that an itab's ifn always receives `ptr`.)
  switch (under(t)->kind()) {
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature: return true;
    case TypeKind::Basic: return static_cast<types::Basic*>(under(t))->basicKind == types::BasicKind::UnsafePointer;
    default: return false;
  }
}

uint64_t CodeGen::typePtrdata(types::Type* t) {
  types::Type* u = under(t);
  switch (u->kind()) {
    case TypeKind::Basic: {
      auto k = static_cast<types::Basic*>(u)->basicKind;
      return k == types::BasicKind::String || k == types::BasicKind::UnsafePointer ? 8 : 0;
    }
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
    case TypeKind::Slice: return 8;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      auto* a = static_cast<types::Array*>(u);
      uint64_t ep = typePtrdata(a->elem);
      if (a->len == 0 || ep == 0) return 0;
      return static_cast<uint64_t>(a->len - 1) * typeSize(a->elem) + ep;
    }
    case TypeKind::Struct: {
      auto* st = static_cast<types::Struct*>(u);
      auto* sl = module_->getDataLayout().getStructLayout(llvm::cast<llvm::StructType>(llvmType(t)));
      uint64_t pd = 0;
      for (size_t i = 0; i < st->fields.size(); i++)
        if (uint64_t fp = typePtrdata(st->fields[i]->type)) pd = sl->getElementOffset(static_cast<unsigned>(i)) + fp;
      return pd;
    }
    default: return 0;
  }
}

// Plain memory: equal and hash are a comparison and hash of all the bytes
// (no floats, strings, interfaces, padding or blank fields).
bool CodeGen::isRegularMemory(types::Type* t) {
  types::Type* u = under(t);
  switch (u->kind()) {
    case TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      return !b->isFloat() && b->basicKind != types::BasicKind::Complex64 &&
             b->basicKind != types::BasicKind::Complex128 && b->basicKind != types::BasicKind::String;
    }
    case TypeKind::Pointer: case TypeKind::Chan: return true;
    case TypeKind::Array: return isRegularMemory(static_cast<types::Array*>(u)->elem);
    case TypeKind::Struct: {
      auto* st = static_cast<types::Struct*>(u);
      uint64_t end = 0;
      auto* sl = module_->getDataLayout().getStructLayout(llvm::cast<llvm::StructType>(llvmType(t)));
      for (size_t i = 0; i < st->fields.size(); i++) {
        types::Var* f = st->fields[i];
        if (f->name == "_" || !isRegularMemory(f->type)) return false;
        if (sl->getElementOffset(static_cast<unsigned>(i)) != end) return false;  // padding before
        end += typeSize(f->type);
      }
      return end == typeSize(t);  // no trailing padding
    }
    default: return false;
  }
}

bool CodeGen::isComparableType(types::Type* t) {
  types::Type* u = under(t);
  switch (u->kind()) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Signature: return false;
    case TypeKind::Array: return isComparableType(static_cast<types::Array*>(u)->elem);
    case TypeKind::Struct:
      for (types::Var* f : static_cast<types::Struct*>(u)->fields)
        if (!isComparableType(f->type)) return false;
      return true;
    default: return true;
  }
}

// ---------------------------------------------------------------- equal and hash

// The runtime's functions for a type, or the generated ones; null pair for
// uncomparable types.
std::pair<llvm::Constant*, llvm::Constant*> CodeGen::typeAlg(types::Type* t) {
  if (!isComparableType(t)) return {nullptr, nullptr};
  types::Type* u = under(t);
  auto rt = [&](RtFunc eq, RtFunc h) -> std::pair<llvm::Constant*, llvm::Constant*> {
    return {rt_->get(eq), rt_->get(h)};
  };
  if (u->kind() == TypeKind::Interface)
    return types::asInterface(u)->allMethods.empty() ? rt(RtFunc::nilinterequal, RtFunc::nilinterhash)
                                                     : rt(RtFunc::interequal, RtFunc::interhash);
  if (u->kind() == TypeKind::Basic) {
    switch (static_cast<types::Basic*>(u)->basicKind) {
      case types::BasicKind::Float32: return rt(RtFunc::f32equal, RtFunc::f32hash);
      case types::BasicKind::Float64: return rt(RtFunc::f64equal, RtFunc::f64hash);
      case types::BasicKind::Complex64: return rt(RtFunc::c64equal, RtFunc::c64hash);
      case types::BasicKind::Complex128: return rt(RtFunc::c128equal, RtFunc::c128hash);
      case types::BasicKind::String: return rt(RtFunc::strequal, RtFunc::strhash);
      default: break;
    }
  }
  if (isRegularMemory(t)) {
    switch (typeSize(t)) {
      case 0: return rt(RtFunc::memequal0, RtFunc::memhash0);
      case 1: return rt(RtFunc::memequal8, RtFunc::memhash8);
      case 2: return rt(RtFunc::memequal16, RtFunc::memhash16);
      case 4: return rt(RtFunc::memequal32, RtFunc::memhash32);
      case 8: return rt(RtFunc::memequal64, RtFunc::memhash64);
      case 16: return rt(RtFunc::memequal128, RtFunc::memhash128);
      default: break;
    }
  }
  return generatedAlg(t);
}

// type:.eq.T(p, q) and type:.hash.T(p, seed) for a struct or array T:
// field by field (element by element) through the fields' own functions;
// plain memory of an odd size through runtime.memequal/memhash.
std::pair<llvm::Constant*, llvm::Constant*> CodeGen::generatedAlg(types::Type* t) {
  std::string link = typeName(t, true);
  if (auto it = generatedAlgs_.find(link); it != generatedAlgs_.end()) return it->second;
  llvm::Type* ptr = b_.getPtrTy();
  llvm::Type* i64 = b_.getInt64Ty();
  auto* eqTy = llvm::FunctionType::get(b_.getInt1Ty(), {ptr, ptr}, false);
  auto* hashTy = llvm::FunctionType::get(i64, {ptr, i64}, false);
  auto* eq = llvm::Function::Create(eqTy, llvm::GlobalValue::LinkOnceODRLinkage, "type:.eq." + link, *module_);
  auto* hash = llvm::Function::Create(hashTy, llvm::GlobalValue::LinkOnceODRLinkage, "type:.hash." + link, *module_);
  for (llvm::Function* f : {eq, hash}) {
    setGoFuncAttrs(f, nullptr);
    f->setDSOLocal(false);
  }
  eq->getArg(0)->setName("p");
  eq->getArg(1)->setName("q");
  eq->addRetAttr(llvm::Attribute::ZExt);
  hash->getArg(0)->setName("p");
  hash->getArg(1)->setName("seed");
  generatedAlgs_[link] = {eq, hash};

  // The pieces: (offset, type) of each compared field or element.
  std::vector<std::pair<uint64_t, types::Type*>> parts;
  types::Type* u = under(t);
  bool memory = isRegularMemory(t);
  if (!memory && u->kind() == TypeKind::Struct) {
    auto* st = static_cast<types::Struct*>(u);
    auto* sl = module_->getDataLayout().getStructLayout(llvm::cast<llvm::StructType>(llvmType(t)));
    for (size_t i = 0; i < st->fields.size(); i++)
      if (st->fields[i]->name != "_" && typeSize(st->fields[i]->type) > 0)
        parts.push_back({sl->getElementOffset(static_cast<unsigned>(i)), st->fields[i]->type});
  }
  auto* arr = u->kind() == TypeKind::Array ? static_cast<types::Array*>(u) : nullptr;
  uint64_t size = typeSize(t);
  later([this, eq, hash, parts, arr, memory, size] {
    // ---- equal
    {
      FunctionScope scope(*this, eq);
      llvm::Value* p = eq->getArg(0);
      llvm::Value* q = eq->getArg(1);
      if (memory) {
        b_.CreateRet(callRuntime(RtFunc::memequal, {p, q, b_.getInt64(size)}));
      } else if (arr) {
        // for i := 0; i < len; i++ { if !elem.equal(p+i*es, q+i*es) { return false } }
        uint64_t es = typeSize(arr->elem);
        llvm::Constant* elemEq = typeAlg(arr->elem).first;
        llvm::BasicBlock* entry = b_.GetInsertBlock();
        llvm::BasicBlock* loop = newBlock("loop");
        llvm::BasicBlock* next = newBlock("next");
        llvm::BasicBlock* done = newBlock("done");
        llvm::BasicBlock* fail = newBlock("fail");
        b_.CreateBr(loop);
        b_.SetInsertPoint(loop);
        llvm::PHINode* i = b_.CreatePHI(b_.getInt64Ty(), 2, "i");
        i->addIncoming(b_.getInt64(0), entry);
        llvm::Value* off = b_.CreateMul(i, b_.getInt64(es));
        llvm::Value* r = b_.CreateCall(llvm::cast<llvm::Function>(elemEq)->getFunctionType(), elemEq,
                                       {b_.CreateGEP(b_.getInt8Ty(), p, off), b_.CreateGEP(b_.getInt8Ty(), q, off)});
        b_.CreateCondBr(r, next, fail);
        b_.SetInsertPoint(next);
        llvm::Value* i1 = b_.CreateAdd(i, b_.getInt64(1));
        i->addIncoming(i1, next);
        b_.CreateCondBr(b_.CreateICmpULT(i1, b_.getInt64(static_cast<uint64_t>(arr->len))), loop, done);
        b_.SetInsertPoint(done);
        b_.CreateRet(b_.getTrue());
        b_.SetInsertPoint(fail);
        b_.CreateRet(b_.getFalse());
      } else {
        llvm::BasicBlock* fail = newBlock("fail");
        for (auto& [off, ft] : parts) {
          llvm::Constant* feq = typeAlg(ft).first;
          llvm::Value* r = b_.CreateCall(llvm::cast<llvm::Function>(feq)->getFunctionType(), feq,
                                         {b_.CreateConstGEP1_64(b_.getInt8Ty(), p, off),
                                          b_.CreateConstGEP1_64(b_.getInt8Ty(), q, off)});
          llvm::BasicBlock* next = newBlock("next");
          b_.CreateCondBr(r, next, fail);
          b_.SetInsertPoint(next);
        }
        b_.CreateRet(b_.getTrue());
        b_.SetInsertPoint(fail);
        b_.CreateRet(b_.getFalse());
      }
      scope.finish();
    }
    // ---- hash
    {
      FunctionScope scope(*this, hash);
      llvm::Value* p = hash->getArg(0);
      llvm::Value* h = hash->getArg(1);
      if (memory) {
        b_.CreateRet(callRuntime(RtFunc::memhash, {p, h, b_.getInt64(size)}));
      } else if (arr) {
        uint64_t es = typeSize(arr->elem);
        llvm::Constant* elemHash = typeAlg(arr->elem).second;
        llvm::BasicBlock* entry = b_.GetInsertBlock();
        llvm::BasicBlock* loop = newBlock("loop");
        llvm::BasicBlock* done = newBlock("done");
        b_.CreateBr(loop);
        b_.SetInsertPoint(loop);
        llvm::PHINode* i = b_.CreatePHI(b_.getInt64Ty(), 2, "i");
        llvm::PHINode* hv = b_.CreatePHI(b_.getInt64Ty(), 2, "h");
        i->addIncoming(b_.getInt64(0), entry);
        hv->addIncoming(h, entry);
        llvm::Value* off = b_.CreateMul(i, b_.getInt64(es));
        llvm::Value* nh = b_.CreateCall(llvm::cast<llvm::Function>(elemHash)->getFunctionType(), elemHash,
                                        {b_.CreateGEP(b_.getInt8Ty(), p, off), hv});
        llvm::Value* i1 = b_.CreateAdd(i, b_.getInt64(1));
        i->addIncoming(i1, loop);
        hv->addIncoming(nh, loop);
        b_.CreateCondBr(b_.CreateICmpULT(i1, b_.getInt64(static_cast<uint64_t>(arr->len))), loop, done);
        b_.SetInsertPoint(done);
        b_.CreateRet(nh);
      } else {
        for (auto& [off, ft] : parts) {
          llvm::Constant* fh = typeAlg(ft).second;
          h = b_.CreateCall(llvm::cast<llvm::Function>(fh)->getFunctionType(), fh,
                            {b_.CreateConstGEP1_64(b_.getInt8Ty(), p, off), h});
        }
        b_.CreateRet(h);
      }
      scope.finish();
    }
  });
  return {eq, hash};
}

// ---------------------------------------------------------------- descriptors

llvm::Constant* CodeGen::goString(const std::string& s) { return stringConstant(s); }

llvm::StructType* CodeGen::descriptorType(types::Type* t) {
  td::Layout l = td::layout(ctx_);
  switch (under(t)->kind()) {
    case TypeKind::Array: return l.arraytype;
    case TypeKind::Chan: return l.chantype;
    case TypeKind::Signature: return l.functype;
    case TypeKind::Interface: return l.interfacetype;
    case TypeKind::Map: return l.maptype;
    case TypeKind::Pointer: return l.ptrtype;
    case TypeKind::Slice: return l.slicetype;
    case TypeKind::Struct: return l.structtype;
    default: return l.type;
  }
}

llvm::GlobalVariable* CodeGen::typeDescriptor(types::Type* t) {
  // byte and uint8, rune and int32 are one type.
  if (t->kind() == TypeKind::Basic) t = table_.basic(static_cast<types::Basic*>(t)->basicKind);
  std::string link = typeName(t, true);
  if (auto it = typeDescs_.find(link); it != typeDescs_.end()) return it->second;
  llvm::StructType* dty = descriptorType(t);
  // Created before its contents: a recursive type refers to itself.
  auto* gv = new llvm::GlobalVariable(*module_, dty, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr,
                                      "type:" + link);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[link] = gv;
  descTypes_[gv] = t;
  gv->setInitializer(descriptorInit(t, link, dty));
  return gv;
}

llvm::Constant* CodeGen::descriptorInit(types::Type* t, const std::string& link, llvm::StructType* dty) {
  td::Layout l = td::layout(ctx_);
  llvm::Type* ptr = b_.getPtrTy();
  llvm::Constant* null = llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_));
  auto i8 = [&](uint64_t v) { return llvm::ConstantInt::get(b_.getInt8Ty(), v); };
  auto i16 = [&](uint64_t v) { return llvm::ConstantInt::get(b_.getInt16Ty(), v); };
  auto i32 = [&](uint64_t v) { return llvm::ConstantInt::get(b_.getInt32Ty(), v); };
  auto i64 = [&](uint64_t v) { return llvm::ConstantInt::get(b_.getInt64Ty(), v); };
  // An array constant of `elemTy` in its own private global; null if empty.
  auto table = [&](llvm::StructType* elemTy, const std::vector<llvm::Constant*>& elems, const std::string& suffix) {
    if (elems.empty()) return null;
    auto* at = llvm::ArrayType::get(elemTy, elems.size());
    auto* g = new llvm::GlobalVariable(*module_, at, true, llvm::GlobalValue::PrivateLinkage,
                                       llvm::ConstantArray::get(at, elems), "type:" + link + suffix);
    g->setAlignment(llvm::Align(8));
    return static_cast<llvm::Constant*>(g);
  };
  types::Type* u = under(t);
  llvm::Type* lt = llvmType(t);
  const llvm::DataLayout& dl = module_->getDataLayout();

  // ---- the header
  uint8_t kind = u->kind() == TypeKind::Basic ? basicKindOf(static_cast<types::Basic*>(u)->basicKind) : 0;
  switch (u->kind()) {
    case TypeKind::Array: kind = td::kindArray; break;
    case TypeKind::Chan: kind = td::kindChan; break;
    case TypeKind::Signature: kind = td::kindFunc; break;
    case TypeKind::Interface: kind = td::kindInterface; break;
    case TypeKind::Map: kind = td::kindMap; break;
    case TypeKind::Pointer: kind = td::kindPointer; break;
    case TypeKind::Slice: kind = td::kindSlice; break;
    case TypeKind::Struct: kind = td::kindStruct; break;
    default: break;
  }
  if (isDirectIface(t)) kind |= td::kindDirectIface;
  std::vector<types::MethodSetEntry> methods;
  if (u->kind() != TypeKind::Interface) methods = types::methodSet(t);
  bool named = t->kind() == TypeKind::Named;
  uint8_t tflag = 0;
  if (named) tflag |= td::tflagNamed;
  if (named || !methods.empty()) tflag |= td::tflagUncommon;
  if (isRegularMemory(t)) tflag |= td::tflagRegularMemory;
  auto [eq, hash] = typeAlg(t);
  llvm::Constant* uncommon = null;
  if (tflag & td::tflagUncommon) {
    std::vector<llvm::Constant*> ms;
    for (const types::MethodSetEntry& e : methods)
      ms.push_back(llvm::ConstantStruct::get(l.method, {goString(e.func->name), goString(methodPkgPath(e.func)),
                                                        typeDescriptor(methodSigType(e.func)), ifnFor(t, e)}));
    std::string pkgpath;
    if (named && static_cast<types::Named*>(t)->obj->pkg) pkgpath = static_cast<types::Named*>(t)->obj->pkg->path;
    else if (t->kind() == TypeKind::Pointer && static_cast<types::Pointer*>(t)->elem->kind() == TypeKind::Named &&
             static_cast<types::Named*>(static_cast<types::Pointer*>(t)->elem)->obj->pkg)
      pkgpath = static_cast<types::Named*>(static_cast<types::Pointer*>(t)->elem)->obj->pkg->path;
    llvm::Constant* mtab = table(l.method, ms, "..methods");
    auto* ug = new llvm::GlobalVariable(
        *module_, l.uncommon, true, llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantStruct::get(l.uncommon, {goString(pkgpath), i64(ms.size()), mtab}), "type:" + link + "..uncommon");
    ug->setAlignment(llvm::Align(8));
    uncommon = ug;
  }
  llvm::Constant* header = llvm::ConstantStruct::get(
      l.type, {i64(dl.getTypeAllocSize(lt)), i64(typePtrdata(t)), i32(fnv1a(link)), i8(tflag),
               i8(dl.getABITypeAlign(lt).value()), i8(dl.getABITypeAlign(lt).value()), i8(kind),
               eq ? eq : null, hash ? hash : null, goString(typeName(t, false)), uncommon, null});
  if (dty == l.type) return header;

  // ---- the kind's own fields
  switch (u->kind()) {
    case TypeKind::Pointer:
      return llvm::ConstantStruct::get(dty, {header, typeDescriptor(static_cast<types::Pointer*>(u)->elem)});
    case TypeKind::Slice:
      return llvm::ConstantStruct::get(dty, {header, typeDescriptor(static_cast<types::Slice*>(u)->elem)});
    case TypeKind::Array: {
      auto* a = static_cast<types::Array*>(u);
      return llvm::ConstantStruct::get(
          dty, {header, typeDescriptor(a->elem), typeDescriptor(table_.slice(a->elem)), i64(a->len)});
    }
    case TypeKind::Chan: {
      auto* c = static_cast<types::Chan*>(u);
      uint64_t dir = c->dir == ast::ChanDir::Recv ? 1 : c->dir == ast::ChanDir::Send ? 2 : 3;
      return llvm::ConstantStruct::get(dty, {header, typeDescriptor(c->elem), i64(dir)});
    }
    case TypeKind::Signature: {
      auto* sig = static_cast<types::Signature*>(u);
      std::vector<llvm::Constant*> ps;
      for (types::Var* v : sig->params->vars) ps.push_back(typeDescriptor(v->type));
      for (types::Var* v : sig->results->vars) ps.push_back(typeDescriptor(v->type));
      llvm::Constant* params = null;
      if (!ps.empty()) {
        auto* at = llvm::ArrayType::get(ptr, ps.size());
        auto* g = new llvm::GlobalVariable(*module_, at, true, llvm::GlobalValue::PrivateLinkage,
                                           llvm::ConstantArray::get(at, ps), "type:" + link + "..params");
        g->setAlignment(llvm::Align(8));
        params = g;
      }
      return llvm::ConstantStruct::get(
          dty, {header, i64(sig->params->size()), i64(sig->results->size()), i8(sig->variadic ? 1 : 0), params});
    }
    case TypeKind::Interface: {
      types::Interface* it = types::asInterface(u);
      std::vector<llvm::Constant*> ims;
      std::string pkgpath;
      for (types::Func* m : it->allMethods) {
        ims.push_back(llvm::ConstantStruct::get(
            l.imethod, {goString(m->name), goString(methodPkgPath(m)), typeDescriptor(methodSigType(m))}));
        if (!m->exported() && m->pkg) pkgpath = m->pkg->path;
      }
      return llvm::ConstantStruct::get(dty, {header, goString(pkgpath), i64(ims.size()), table(l.imethod, ims, "..imethods")});
    }
    case TypeKind::Map: {
      auto* m = static_cast<types::Map*>(u);
      uint64_t ks = typeSize(m->key), es = typeSize(m->elem);
      uint32_t flags = 0;
      if (ks > td::kMaxKeySize) {
        ks = 8;
        flags |= td::mapIndirectKey;
      }
      if (es > td::kMaxElemSize) {
        es = 8;
        flags |= td::mapIndirectElem;
      }
      if (isReflexive(m->key)) flags |= td::mapReflexiveKey;
      if (needKeyUpdate(m->key)) flags |= td::mapNeedKeyUpdate;
      // tophash [8]uint8, keys [8]K, elems [8]E, overflow *bucket: every
      // part's size is a multiple of 8, so there is no padding.
      uint64_t bucket = td::kBucketCnt + td::kBucketCnt * ks + td::kBucketCnt * es + 8;
      return llvm::ConstantStruct::get(
          dty, {header, typeDescriptor(m->key), typeDescriptor(m->elem), i8(ks), i8(es), i16(bucket), i32(flags)});
    }
    case TypeKind::Struct: {
      auto* st = static_cast<types::Struct*>(u);
      auto* sl = dl.getStructLayout(llvm::cast<llvm::StructType>(lt));
      std::vector<llvm::Constant*> fs;
      std::string pkgpath;
      for (size_t i = 0; i < st->fields.size(); i++) {
        types::Var* f = st->fields[i];
        if (!isBlankOrExported(f->name) && f->pkg) pkgpath = f->pkg->path;
        fs.push_back(llvm::ConstantStruct::get(
            l.structfield, {goString(f->name), typeDescriptor(f->type), i64(sl->getElementOffset(static_cast<unsigned>(i))),
                            i8(f->embedded ? 1 : 0)}));
      }
      return llvm::ConstantStruct::get(dty, {header, goString(pkgpath), i64(fs.size()), table(l.structfield, fs, "..fields")});
    }
    default: break;
  }
  internalError({}, "no descriptor layout for " + t->string());
}

// k == k for every k (false for floats and interfaces, which may hold NaNs).
bool CodeGen::isReflexive(types::Type* t) {
  types::Type* u = under(t);
  switch (u->kind()) {
    case TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      return !b->isFloat() && b->basicKind != types::BasicKind::Complex64 && b->basicKind != types::BasicKind::Complex128;
    }
    case TypeKind::Interface: return false;
    case TypeKind::Array: return isReflexive(static_cast<types::Array*>(u)->elem);
    case TypeKind::Struct:
      for (types::Var* f : static_cast<types::Struct*>(u)->fields)
        if (!isReflexive(f->type)) return false;
      return true;
    default: return true;
  }
}

// Overwriting an equal key must store the new one: +0/-0, and strings and
// interfaces (equal values, different memory to keep alive or not).
bool CodeGen::needKeyUpdate(types::Type* t) {
  types::Type* u = under(t);
  switch (u->kind()) {
    case TypeKind::Basic: {
      auto* b = static_cast<types::Basic*>(u);
      return b->isFloat() || b->basicKind == types::BasicKind::Complex64 ||
             b->basicKind == types::BasicKind::Complex128 || b->basicKind == types::BasicKind::String;
    }
    case TypeKind::Interface: return true;
    case TypeKind::Array: return needKeyUpdate(static_cast<types::Array*>(u)->elem);
    case TypeKind::Struct:
      for (types::Var* f : static_cast<types::Struct*>(u)->fields)
        if (needKeyUpdate(f->type)) return true;
      return false;
    default: return false;
  }
}

// The package that qualifies an unexported method name: the package that
// declared the method (for a promoted method, the embedded type's, not the
// outer type's), so that getitab matches a.m only with a.m. Empty for
// exported names.
std::string CodeGen::methodPkgPath(types::Func* m) {
  return m->exported() || !m->pkg ? std::string() : m->pkg->path;
}

// A method's signature without its receiver (the `mtyp` of method tables).
types::Signature* CodeGen::methodSigType(types::Func* m) {
  types::Signature* sig = m->signature();
  if (!sig->recv) return sig;
  auto& s = methodSigs_[sig];
  if (!s) {
    s = table_.make<types::Signature>();
    s->params = sig->params;
    s->results = sig->results;
    s->variadic = sig->variadic;
  }
  return s;
}

// The runtime builds values of some Go types (run-time errors) and asserts
// to some interfaces; abi.def lists them (GO_TYPE) and the runtime refers
// to their descriptors by symbol. They are emitted in every program (package
// runtime is always loaded) and kept through llvm.used: nothing in the
// module may refer to them, and the optimiser would drop a linkonce_odr
// global nobody uses.
void CodeGen::emitRuntimeTypes(const std::vector<types::Package*>& packages) {
  std::vector<llvm::Constant*> used;
  for (const std::string& spelling : RuntimeABI::runtimeTypes()) {
    std::string s = spelling;
    int ptrs = 0;
    for (; !s.empty() && s[0] == '*'; s.erase(0, 1)) ptrs++;
    types::Object* obj = nullptr;
    if (size_t dot = s.rfind('.'); dot != std::string::npos) {
      for (types::Package* p : packages)
        if (p->path == s.substr(0, dot) && p->scope) obj = p->scope->lookupLocal(s.substr(dot + 1));
    } else {
      obj = table_.universe()->lookupLocal(s);
    }
    if (!obj || obj->kind != types::ObjectKind::TypeName || !obj->type)
      internalError({}, "the runtime refers to type " + spelling + ", which the program does not declare");
    types::Type* t = obj->type;
    for (int i = 0; i < ptrs; i++) t = table_.pointer(t);
    used.push_back(typeDescriptor(t));
  }
  auto* at = llvm::ArrayType::get(b_.getPtrTy(), used.size());
  auto* g = new llvm::GlobalVariable(*module_, at, false, llvm::GlobalValue::AppendingLinkage,
                                     llvm::ConstantArray::get(at, used), "llvm.used");
  g->setSection("llvm.metadata");
}

// Fills ptrToThis of descriptors whose pointer type was emitted too (at the
// end of the module, when every descriptor is known).
void CodeGen::finishTypeDescriptors() {
  for (auto& [gv, t] : descTypes_) {
    if (t->kind() != TypeKind::Pointer) continue;
    types::Type* elem = static_cast<types::Pointer*>(t)->elem;
    if (elem->kind() == TypeKind::Basic) elem = table_.basic(static_cast<types::Basic*>(elem)->basicKind);
    auto it = typeDescs_.find(typeName(elem, true));
    if (it == typeDescs_.end()) continue;
    llvm::GlobalVariable* eg = it->second;
    llvm::Constant* init = eg->getInitializer();
    bool bare = init->getType() == td::layout(ctx_).type;
    llvm::Constant* header = bare ? init : init->getAggregateElement(0u);
    header = llvm::ConstantFoldInsertValueInstruction(header, gv, {td::kTypePtrToThis});
    eg->setInitializer(bare ? header : llvm::ConstantFoldInsertValueInstruction(init, header, {0u}));
  }
}

}  // namespace gosub::codegen
