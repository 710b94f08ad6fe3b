#include "grammar/ast_dump.h"

#include <string>

namespace gosub::grammar {

namespace {

using namespace ast;

class Dumper {
 public:
  Dumper(std::ostream& os, bool withPos) : os_(os), withPos_(withPos) {}

  void file(const File* f) {
    open("File", f);
    ident(f->packageName);
    for (const Decl* d : f->decls) {
      nl();
      decl(d);
    }
    close();
    os_ << "\n";
  }

 private:
  void open(const char* head, const Node* n) {
    os_ << "(" << head;
    if (withPos_ && n) os_ << "@" << n->pos.line << ":" << n->pos.col;
    ++depth_;
  }
  void close() {
    --depth_;
    os_ << ")";
  }
  void nl() {
    os_ << "\n";
    for (int i = 0; i < depth_; ++i) os_ << "  ";
  }
  void sp() { os_ << " "; }
  void word(const std::string& w) { os_ << " " << w; }
  void nil() { os_ << " _"; }

  void ident(const Ident* id) {
    if (!id) return nil();
    os_ << " " << id->name;
    if (withPos_) os_ << "@" << id->pos.line << ":" << id->pos.col;
  }

  void fields(const char* head, const std::vector<Field*>& fs) {
    sp();
    open(head, nullptr);
    for (const Field* f : fs) field(f);
    close();
  }
  void field(const Field* f) {
    sp();
    open("Field", f);
    for (const Ident* n : f->names) ident(n);
    if (f->variadic) word("...");
    expr(f->type);
    if (f->tag) expr(f->tag);
    close();
  }

  void exprs(const std::vector<Expr*>& l) {
    sp();
    os_ << "(";
    bool first = true;
    for (const Expr* e : l) {
      if (!first) sp();
      first = false;
      exprNoSpace(e);
    }
    os_ << ")";
  }

  void expr(const Expr* e) {
    sp();
    exprNoSpace(e);
  }

  void exprNoSpace(const Expr* e) {
    if (!e) {
      os_ << "_";
      return;
    }
    if (auto* x = dynamic_cast<const Ident*>(e)) {
      os_ << x->name;
      if (withPos_) os_ << "@" << x->pos.line << ":" << x->pos.col;
      return;
    }
    if (auto* x = dynamic_cast<const BasicLit*>(e)) {
      os_ << x->value;
      if (withPos_) os_ << "@" << x->pos.line << ":" << x->pos.col;
      return;
    }
    if (auto* x = dynamic_cast<const BinaryExpr*>(e)) {
      open("Binary", e);
      word(opSpelling(x->op));
      expr(x->x);
      expr(x->y);
    } else if (auto* x = dynamic_cast<const UnaryExpr*>(e)) {
      open("Unary", e);
      word(opSpelling(x->op));
      expr(x->x);
    } else if (auto* x = dynamic_cast<const StarExpr*>(e)) {
      open("Star", e);
      expr(x->x);
    } else if (auto* x = dynamic_cast<const ParenExpr*>(e)) {
      open("Paren", e);
      expr(x->x);
    } else if (auto* x = dynamic_cast<const SelectorExpr*>(e)) {
      open("Sel", e);
      expr(x->x);
      ident(x->sel);
    } else if (auto* x = dynamic_cast<const IndexExpr*>(e)) {
      open("Index", e);
      expr(x->x);
      expr(x->index);
      for (const Expr* i : x->extraIndices) expr(i);
    } else if (auto* x = dynamic_cast<const SliceExpr*>(e)) {
      open(x->slice3 ? "Slice3" : "Slice", e);
      expr(x->x);
      expr(x->low);
      expr(x->high);
      if (x->slice3) expr(x->max);
    } else if (auto* x = dynamic_cast<const TypeAssertExpr*>(e)) {
      open("Assert", e);
      expr(x->x);
      if (x->assertType)
        expr(x->assertType);
      else
        word("type");
    } else if (auto* x = dynamic_cast<const CallExpr*>(e)) {
      open("Call", e);
      expr(x->fun);
      for (const Expr* a : x->args) expr(a);
      if (x->hasEllipsis) word("...");
    } else if (auto* x = dynamic_cast<const KeyValueExpr*>(e)) {
      open("KV", e);
      expr(x->key);
      expr(x->value);
    } else if (auto* x = dynamic_cast<const CompositeLit*>(e)) {
      open("Composite", e);
      expr(x->litType);
      for (const Expr* el : x->elts) expr(el);
    } else if (auto* x = dynamic_cast<const FuncLit*>(e)) {
      open("FuncLit", e);
      expr(x->funcType);
      stmt(x->body);
    } else if (auto* x = dynamic_cast<const ArrayType*>(e)) {
      if (x->isSlice) {
        open("SliceType", e);
      } else {
        open("ArrayType", e);
        if (x->ellipsisLen)
          word("...");
        else
          expr(x->len);
      }
      expr(x->elt);
    } else if (auto* x = dynamic_cast<const MapType*>(e)) {
      open("MapType", e);
      expr(x->key);
      expr(x->value);
    } else if (auto* x = dynamic_cast<const ChanType*>(e)) {
      open(x->dir == ChanDir::Both ? "ChanType" : x->dir == ChanDir::Send ? "SendChanType" : "RecvChanType", e);
      expr(x->value);
    } else if (auto* x = dynamic_cast<const StructType*>(e)) {
      open("StructType", e);
      for (const Field* f : x->fields) field(f);
    } else if (auto* x = dynamic_cast<const InterfaceType*>(e)) {
      open("InterfaceType", e);
      for (const Field* f : x->methods) field(f);
      for (const Expr* t : x->embeddeds) {
        sp();
        open("Embed", t);
        expr(t);
        close();
      }
    } else if (auto* x = dynamic_cast<const FuncType*>(e)) {
      open("FuncType", e);
      if (!x->typeParams.empty()) fields("TypeParams", x->typeParams);
      fields("Params", x->params);
      if (!x->results.empty()) fields("Results", x->results);
    } else {
      open("?", e);
    }
    close();
  }

  void stmts(const std::vector<Stmt*>& l) {
    for (const Stmt* s : l) {
      nl();
      stmtNoSpace(s);
    }
  }

  void stmt(const Stmt* s) {
    sp();
    stmtNoSpace(s);
  }

  void clauses(const std::vector<CaseClause*>& cs) {
    for (const CaseClause* c : cs) {
      nl();
      if (c->isDefault) {
        open("Default", c);
      } else {
        open("Case", c);
        exprs(c->list);
      }
      stmts(c->body);
      close();
    }
  }

  void stmtNoSpace(const Stmt* s) {
    if (!s) {
      os_ << "_";
      return;
    }
    if (auto* x = dynamic_cast<const BlockStmt*>(s)) {
      open("Block", s);
      stmts(x->stmts);
    } else if (auto* x = dynamic_cast<const ExprStmt*>(s)) {
      open("ExprStmt", s);
      expr(x->x);
    } else if (auto* x = dynamic_cast<const AssignStmt*>(s)) {
      if (x->kind == AssignKind::Define) {
        open("Define", s);
      } else if (x->kind == AssignKind::Assign) {
        open("Assign", s);
      } else {
        open("OpAssign", s);
        word(std::string(opSpelling(x->op)) + "=");
      }
      exprs(x->lhs);
      exprs(x->rhs);
    } else if (auto* x = dynamic_cast<const IncDecStmt*>(s)) {
      open(x->inc ? "Inc" : "Dec", s);
      expr(x->x);
    } else if (auto* x = dynamic_cast<const SendStmt*>(s)) {
      open("Send", s);
      expr(x->chan);
      expr(x->value);
    } else if (auto* x = dynamic_cast<const GoStmt*>(s)) {
      open("Go", s);
      expr(x->call);
    } else if (auto* x = dynamic_cast<const DeferStmt*>(s)) {
      open("Defer", s);
      expr(x->call);
    } else if (auto* x = dynamic_cast<const ReturnStmt*>(s)) {
      open("Return", s);
      for (const Expr* r : x->results) expr(r);
    } else if (auto* x = dynamic_cast<const BranchStmt*>(s)) {
      static const char* names[] = {"Break", "Continue", "Goto", "Fallthrough"};
      open(names[static_cast<int>(x->kind)], s);
      if (x->label) ident(x->label);
    } else if (auto* x = dynamic_cast<const LabeledStmt*>(s)) {
      open("Labeled", s);
      ident(x->label);
      stmt(x->stmt);
    } else if (dynamic_cast<const EmptyStmt*>(s)) {
      open("Empty", s);
    } else if (auto* x = dynamic_cast<const DeclStmt*>(s)) {
      open("DeclStmt", s);
      sp();
      decl(x->decl);
    } else if (auto* x = dynamic_cast<const IfStmt*>(s)) {
      open("If", s);
      stmt(x->init);
      expr(x->cond);
      stmt(x->body);
      if (x->els) stmt(x->els);
    } else if (auto* x = dynamic_cast<const SwitchStmt*>(s)) {
      open("Switch", s);
      stmt(x->init);
      expr(x->tag);
      clauses(x->clauses);
    } else if (auto* x = dynamic_cast<const TypeSwitchStmt*>(s)) {
      open("TypeSwitch", s);
      stmt(x->init);
      ident(x->binding);
      expr(x->subject);
      clauses(x->clauses);
    } else if (auto* x = dynamic_cast<const SelectStmt*>(s)) {
      open("Select", s);
      for (const CommClause* c : x->clauses) {
        nl();
        if (c->isDefault) {
          open("Default", c);
        } else {
          open("Comm", c);
          stmt(c->comm);
        }
        stmts(c->body);
        close();
      }
    } else if (auto* x = dynamic_cast<const ForStmt*>(s)) {
      open("For", s);
      stmt(x->init);
      expr(x->cond);
      stmt(x->post);
      stmt(x->body);
    } else if (auto* x = dynamic_cast<const RangeStmt*>(s)) {
      open("Range", s);
      expr(x->key);
      expr(x->value);
      word(x->define ? ":=" : "=");
      expr(x->x);
      stmt(x->body);
    } else {
      open("BadStmt", s);
    }
    close();
  }

  void decl(const Decl* d) {
    if (auto* g = dynamic_cast<const GenDecl*>(d)) {
      static const char* names[] = {"Import", "Const", "Type", "Var"};
      open(names[static_cast<int>(g->kind)], g);
      for (const Spec* s : g->specs) {
        sp();
        if (auto* i = dynamic_cast<const ImportSpec*>(s)) {
          open("ImportSpec", i);
          if (i->name) ident(i->name);
          expr(i->path);
        } else if (auto* v = dynamic_cast<const ValueSpec*>(s)) {
          open("ValueSpec", v);
          if (g->kind == DeclKind::Const) word("iota=" + std::to_string(v->iota));
          exprs(std::vector<Expr*>(v->names.begin(), v->names.end()));
          expr(v->type);
          exprs(v->values);
        } else if (auto* t = dynamic_cast<const TypeSpec*>(s)) {
          open("TypeSpec", t);
          ident(t->name);
          if (!t->typeParams.empty()) fields("TypeParams", t->typeParams);
          if (t->alias) word("=");
          expr(t->type);
        }
        close();
      }
      close();
      return;
    }
    auto* f = dynamic_cast<const FuncDecl*>(d);
    open("Func", f);
    if (f->recv) {
      sp();
      open("Recv", f->recv);
      field(f->recv);
      close();
    }
    ident(f->name);
    if (f->directives.noinline) word("noinline");
    if (f->directives.nosplit) word("nosplit");
    if (f->directives.noescape) word("noescape");
    expr(f->type);
    if (f->body) stmt(f->body);
    close();
  }

  std::ostream& os_;
  bool withPos_;
  int depth_ = 0;
};

}  // namespace

void dumpAst(const File* file, std::ostream& os, bool withPos) { Dumper(os, withPos).file(file); }

}  // namespace gosub::grammar
