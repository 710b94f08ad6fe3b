// exprstring.cpp — an expression's source-like spelling for messages, as
// go/types' ExprString prints it (binary operators spaced, literals as
// written, function literals and composite literals abbreviated).
#include "types/checker_impl.h"

namespace gosub::types {

static void write(std::string& out, const ast::Expr* e);

static void writeList(std::string& out, const std::vector<ast::Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    write(out, list[i]);
  }
}

static void writeFields(std::string& out, const std::vector<ast::Field*>& fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); i++) {
    if (i) out += sep;
    const ast::Field* f = fields[i];
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += " ";
    if (f->variadic) out += "...";
    write(out, f->type);
  }
}

static void writeSignature(std::string& out, const ast::FuncType* ft) {
  out += "(";
  writeFields(out, ft->params, ", ");
  out += ")";
  if (ft->results.empty()) return;
  out += " ";
  if (ft->results.size() == 1 && ft->results[0]->names.empty()) {
    write(out, ft->results[0]->type);
    return;
  }
  out += "(";
  writeFields(out, ft->results, ", ");
  out += ")";
}

static void write(std::string& out, const ast::Expr* e) {
  if (!e) return;
  if (auto* id = dynamic_cast<const ast::Ident*>(e)) { out += id->name; return; }
  if (auto* lit = dynamic_cast<const ast::BasicLit*>(e)) { out += lit->value; return; }
  if (auto* p = dynamic_cast<const ast::ParenExpr*>(e)) { out += "("; write(out, p->x); out += ")"; return; }
  if (auto* s = dynamic_cast<const ast::SelectorExpr*>(e)) { write(out, s->x); out += "." + s->sel->name; return; }
  if (auto* i = dynamic_cast<const ast::IndexExpr*>(e)) {
    write(out, i->x);
    out += "[";
    write(out, i->index);
    for (auto* x : i->extraIndices) { out += ", "; write(out, x); }
    out += "]";
    return;
  }
  if (auto* s = dynamic_cast<const ast::SliceExpr*>(e)) {
    write(out, s->x);
    out += "[";
    write(out, s->low);
    out += ":";
    write(out, s->high);
    if (s->slice3) { out += ":"; write(out, s->max); }
    out += "]";
    return;
  }
  if (auto* t = dynamic_cast<const ast::TypeAssertExpr*>(e)) {
    write(out, t->x);
    out += ".(";
    if (t->assertType) write(out, t->assertType); else out += "type";
    out += ")";
    return;
  }
  if (auto* c = dynamic_cast<const ast::CallExpr*>(e)) {
    write(out, c->fun);
    out += "(";
    writeList(out, c->args);
    if (c->hasEllipsis) out += "...";
    out += ")";
    return;
  }
  if (auto* s = dynamic_cast<const ast::StarExpr*>(e)) { out += "*"; write(out, s->x); return; }
  if (auto* u = dynamic_cast<const ast::UnaryExpr*>(e)) {
    out += ast::opSpelling(u->op);
    write(out, u->x);
    return;
  }
  if (auto* b = dynamic_cast<const ast::BinaryExpr*>(e)) {
    write(out, b->x);
    out += " ";
    out += ast::opSpelling(b->op);
    out += " ";
    write(out, b->y);
    return;
  }
  if (auto* kv = dynamic_cast<const ast::KeyValueExpr*>(e)) { write(out, kv->key); out += ": "; write(out, kv->value); return; }
  if (auto* cl = dynamic_cast<const ast::CompositeLit*>(e)) { write(out, cl->litType); out += cl->elts.empty() ? "{}" : "{…}"; return; }
  if (auto* fl = dynamic_cast<const ast::FuncLit*>(e)) {
    // syntax's ShortForm: a body with statements is elided, an empty one is {}.
    out += "func";
    writeSignature(out, fl->funcType);
    out += fl->body && !fl->body->stmts.empty() ? " {…}" : " {}";
    return;
  }
  if (auto* a = dynamic_cast<const ast::ArrayType*>(e)) {
    out += "[";
    if (a->ellipsisLen) out += "...";
    else if (!a->isSlice) write(out, a->len);
    out += "]";
    write(out, a->elt);
    return;
  }
  if (auto* m = dynamic_cast<const ast::MapType*>(e)) { out += "map["; write(out, m->key); out += "]"; write(out, m->value); return; }
  if (auto* c = dynamic_cast<const ast::ChanType*>(e)) {
    out += c->dir == ast::ChanDir::Recv ? "<-chan " : (c->dir == ast::ChanDir::Send ? "chan<- " : "chan ");
    write(out, c->value);
    return;
  }
  if (auto* s = dynamic_cast<const ast::StructType*>(e)) { out += "struct{"; writeFields(out, s->fields, "; "); out += "}"; return; }
  if (auto* f = dynamic_cast<const ast::FuncType*>(e)) { out += "func"; writeSignature(out, f); return; }
  if (auto* i = dynamic_cast<const ast::InterfaceType*>(e)) {
    out += "interface{";
    for (size_t k = 0; k < i->methods.size(); k++) {
      if (k) out += "; ";
      out += i->methods[k]->names.empty() ? "" : i->methods[k]->names[0]->name;
      if (auto* ft = dynamic_cast<const ast::FuncType*>(i->methods[k]->type)) writeSignature(out, ft);
    }
    for (auto* x : i->embeddeds) {
      if (out.back() != '{') out += "; ";
      write(out, x);
    }
    out += "}";
    return;
  }
  out += "?";
}

static std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string mismatchMessage(size_t nvars, const ast::Expr* rhs, size_t nvalues) {
  // "assignment mismatch: 2 variables but f returns 1 value"
  const ast::Expr* x = rhs;
  while (auto* p = dynamic_cast<const ast::ParenExpr*>(x)) x = p->x;
  std::string what = plural(nvalues, "value");
  if (auto* c = dynamic_cast<const ast::CallExpr*>(x)) return "assignment mismatch: " + plural(nvars, "variable") + " but " + exprString(c->fun) + " returns " + what;
  return "assignment mismatch: " + plural(nvars, "variable") + " but " + what;
}

std::string exprString(const ast::Expr* e) {
  std::string out;
  write(out, e);
  return out;
}

}  // namespace gosub::types
