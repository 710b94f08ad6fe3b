#include "grammar/ast_builder.h"

#include <algorithm>

#include "GoLexer.h"
#include "grammar/syntax_errors.h"

namespace gosub::grammar {

using antlr4::Token;
using antlr4::tree::TerminalNode;
using P = GoParser;

namespace {

template <class T>
T* as(antlr4::tree::ParseTree* t) {
  return dynamic_cast<T*>(t);
}

size_t tokType(antlr4::tree::ParseTree* t) {
  auto* n = dynamic_cast<TerminalNode*>(t);
  return n ? n->getSymbol()->getType() : static_cast<size_t>(-1);
}

bool binaryOp(size_t type, ast::Op& op) {
  switch (type) {
    case GoLexer::STAR: op = ast::Op::Mul; return true;
    case GoLexer::DIV: op = ast::Op::Quo; return true;
    case GoLexer::MOD: op = ast::Op::Rem; return true;
    case GoLexer::SHL: op = ast::Op::Shl; return true;
    case GoLexer::SHR: op = ast::Op::Shr; return true;
    case GoLexer::AMP: op = ast::Op::And; return true;
    case GoLexer::AND_NOT: op = ast::Op::AndNot; return true;
    case GoLexer::PLUS: op = ast::Op::Add; return true;
    case GoLexer::MINUS: op = ast::Op::Sub; return true;
    case GoLexer::PIPE: op = ast::Op::Or; return true;
    case GoLexer::CARET: op = ast::Op::Xor; return true;
    case GoLexer::EQL: op = ast::Op::Eql; return true;
    case GoLexer::NEQ: op = ast::Op::Neq; return true;
    case GoLexer::LESS: op = ast::Op::Lss; return true;
    case GoLexer::LEQ: op = ast::Op::Leq; return true;
    case GoLexer::GREATER: op = ast::Op::Gtr; return true;
    case GoLexer::GEQ: op = ast::Op::Geq; return true;
    case GoLexer::LOGICAL_AND: op = ast::Op::LAnd; return true;
    case GoLexer::LOGICAL_OR: op = ast::Op::LOr; return true;
  }
  return false;
}

ast::Op assignOpOf(size_t type) {
  switch (type) {
    case GoLexer::ADD_ASSIGN: return ast::Op::Add;
    case GoLexer::SUB_ASSIGN: return ast::Op::Sub;
    case GoLexer::MUL_ASSIGN: return ast::Op::Mul;
    case GoLexer::QUO_ASSIGN: return ast::Op::Quo;
    case GoLexer::REM_ASSIGN: return ast::Op::Rem;
    case GoLexer::AND_ASSIGN: return ast::Op::And;
    case GoLexer::OR_ASSIGN: return ast::Op::Or;
    case GoLexer::XOR_ASSIGN: return ast::Op::Xor;
    case GoLexer::SHL_ASSIGN: return ast::Op::Shl;
    case GoLexer::SHR_ASSIGN: return ast::Op::Shr;
    default: return ast::Op::AndNot;
  }
}

const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = dynamic_cast<const ast::ParenExpr*>(e)) e = p->x;
  return e;
}

}  // namespace

// ---------------------------------------------------------------- helpers

ast::Pos AstBuilder::pos(const Token* t) const {
  return text_.posOfCodePoint(std::min(t->getStartIndex(), text_.codePoints().size()));
}

std::string AstBuilder::src(const Token* t) const {
  return std::string(text_.slice(t->getStartIndex(), t->getStopIndex()));
}

void AstBuilder::syntaxErrorAt(ast::Pos p, std::string msg) {
  errors_.push_back(SyntaxErrorInfo{p, 0, std::move(msg), true});
}

void AstBuilder::syntaxError(const Token* at, std::string msg) { syntaxErrorAt(pos(at), std::move(msg)); }

void AstBuilder::plainError(ast::Pos p, std::string msg) {
  errors_.push_back(SyntaxErrorInfo{p, 0, std::move(msg), false});
}

ast::Ident* AstBuilder::ident(Token* t) {
  auto* id = arena_.make<ast::Ident>(pos(t));
  id->name = src(t);
  return id;
}

ast::Ident* AstBuilder::ident(TerminalNode* n) { return ident(n->getSymbol()); }

std::vector<ast::Ident*> AstBuilder::identList(P::IdentifierListContext* c) {
  std::vector<ast::Ident*> out;
  for (auto* n : c->IDENTIFIER()) out.push_back(ident(n));
  return out;
}

ast::BasicLit* AstBuilder::basicLit(Token* t) {
  auto* lit = arena_.make<ast::BasicLit>(pos(t));
  lit->value = src(t);
  switch (t->getType()) {
    case GoLexer::INT_LIT: lit->kind = ast::LitKind::Int; break;
    case GoLexer::FLOAT_LIT: lit->kind = ast::LitKind::Float; break;
    case GoLexer::IMAGINARY_LIT: lit->kind = ast::LitKind::Imag; break;
    case GoLexer::RUNE_LIT: lit->kind = ast::LitKind::Char; break;
    default: lit->kind = ast::LitKind::String; break;
  }
  return lit;
}

// ---------------------------------------------------------------- file

ast::File* AstBuilder::build(P::SourceFileContext* c, const std::string& path) {
  auto* file = arena_.make<ast::File>(pos(c));
  file->path = path;
  file->packageName = ident(c->packageClause()->IDENTIFIER());
  for (auto* d : c->importDecl()) file->decls.push_back(importDecl(d, file));
  bool other = false;
  for (auto* d : c->topLevelDecl()) {
    if (auto* imp = d->importDecl()) {
      if (other) syntaxError(imp->getStart(), "imports must appear before other declarations");
      file->decls.push_back(importDecl(imp, file));
      continue;
    }
    other = true;
    if (d->declaration())
      file->decls.push_back(declaration(d->declaration()));
    else
      file->decls.push_back(funcDecl(d->funcDecl()));
  }
  for (auto* g : typeGuards_) plainError(g->pos, "use of .(type) outside type switch");
  return file;
}

ast::GenDecl* AstBuilder::importDecl(P::ImportDeclContext* c, ast::File* file) {
  auto* g = arena_.make<ast::GenDecl>(pos(c));
  g->kind = ast::DeclKind::Import;
  for (auto* s : c->importSpec()) {
    auto* spec = arena_.make<ast::ImportSpec>(pos(s));
    if (s->DOT()) {
      spec->name = arena_.make<ast::Ident>(pos(s->DOT()));
      spec->name->name = ".";
    } else if (s->IDENTIFIER()) {
      spec->name = ident(s->IDENTIFIER());
    }
    spec->path = basicLit(s->importPath()->getStart());
    g->specs.push_back(spec);
    file->imports.push_back(spec);
  }
  return g;
}

ast::GenDecl* AstBuilder::declaration(P::DeclarationContext* c) {
  auto* g = arena_.make<ast::GenDecl>(pos(c));
  if (auto* cd = c->constDecl()) {
    g->kind = ast::DeclKind::Const;
    int iota = 0;
    for (auto* s : cd->constSpec()) {
      auto* spec = arena_.make<ast::ValueSpec>(pos(s));
      spec->names = identList(s->identifierList());
      if (s->type_()) spec->type = type(s->type_());
      if (s->expressionList()) spec->values = exprList(s->expressionList());
      spec->iota = iota++;
      g->specs.push_back(spec);
    }
  } else if (auto* vd = c->varDecl()) {
    g->kind = ast::DeclKind::Var;
    for (auto* s : vd->varSpec()) {
      auto* spec = arena_.make<ast::ValueSpec>(pos(s));
      spec->names = identList(s->identifierList());
      if (s->type_()) spec->type = type(s->type_());
      if (s->expressionList()) spec->values = exprList(s->expressionList());
      g->specs.push_back(spec);
    }
  } else {
    g->kind = ast::DeclKind::Type;
    for (auto* s : c->typeDecl()->typeSpec()) {
      auto* spec = arena_.make<ast::TypeSpec>(pos(s));
      spec->name = ident(s->IDENTIFIER());
      if (s->typeParams()) spec->typeParams = typeParams(s->typeParams());
      spec->alias = s->ASSIGN() != nullptr;
      spec->type = type(s->type_());
      g->specs.push_back(spec);
    }
  }
  return g;
}

std::vector<ast::Field*> AstBuilder::typeParams(P::TypeParamsContext* c) {
  std::vector<ast::Field*> out;
  for (auto* d : c->typeParamDecl()) {
    auto* f = arena_.make<ast::Field>(pos(d));
    f->names = identList(d->identifierList());
    f->type = typeElem(d->typeElem());
    out.push_back(f);
  }
  return out;
}

// ~T and T1 | T2 only occur in constraints, which gosub rejects with the rest
// of generics; the first term stands for the element.
ast::Expr* AstBuilder::typeElem(P::TypeElemContext* c) { return type(c->type_(0)); }

ast::FuncDecl* AstBuilder::funcDecl(P::FuncDeclContext* c) {
  auto* fd = arena_.make<ast::FuncDecl>(pos(c));
  fd->directives = tokens_.directivesAt(c->FUNC()->getSymbol()->getStartIndex());
  if (c->receiver) {
    auto recv = parameters(c->receiver);
    size_t n = 0;
    for (auto* f : recv) n += std::max<size_t>(1, f->names.size());
    if (n == 0)
      plainError(pos(c->receiver), "method has no receiver");
    else if (n > 1)
      plainError(pos(c->receiver), "method has multiple receivers");
    if (!recv.empty()) fd->recv = recv[0];
  }
  fd->name = ident(c->IDENTIFIER());
  fd->type = signature(c->signature(), pos(c));
  if (c->typeParams()) fd->type->typeParams = typeParams(c->typeParams());
  if (c->block()) fd->body = block(c->block());
  return fd;
}

// ---------------------------------------------------------------- types

ast::Expr* AstBuilder::type(P::Type_Context* c) {
  if (c->typeName()) return typeName(c->typeName(), c->typeArgs());
  if (c->typeLit()) return typeLit(c->typeLit());
  auto* p = arena_.make<ast::ParenExpr>(pos(c));
  p->x = type(c->type_());
  return p;
}

ast::Expr* AstBuilder::typeName(P::TypeNameContext* c, P::TypeArgsContext* args) {
  auto ids = c->IDENTIFIER();
  ast::Expr* x = ident(ids[0]);
  if (ids.size() > 1) {
    auto* sel = arena_.make<ast::SelectorExpr>(x->pos);
    sel->x = x;
    sel->sel = ident(ids[1]);
    x = sel;
  }
  if (args) {
    auto* ix = arena_.make<ast::IndexExpr>(x->pos);
    ix->x = x;
    auto ts = args->type_();
    ix->index = type(ts[0]);
    for (size_t i = 1; i < ts.size(); ++i) ix->extraIndices.push_back(type(ts[i]));
    x = ix;
  }
  return x;
}

ast::Expr* AstBuilder::typeLit(P::TypeLitContext* c) {
  if (c->arrayType()) return arrayType(c->arrayType());
  if (c->sliceType()) return sliceType(c->sliceType());
  if (auto* p = c->pointerType()) {
    auto* s = arena_.make<ast::StarExpr>(pos(p));
    s->x = type(p->type_());
    return s;
  }
  if (auto* f = c->funcType()) return signature(f->signature(), pos(f));
  if (c->structType()) return structType(c->structType());
  if (c->interfaceType()) return interfaceType(c->interfaceType());
  if (c->mapType()) return mapType(c->mapType());
  return chanType(c->chanType());
}

ast::Expr* AstBuilder::arrayType(P::ArrayTypeContext* c) {
  auto* a = arena_.make<ast::ArrayType>(pos(c));
  a->len = expr(c->arrayLength()->expression());
  a->elt = type(c->type_());
  return a;
}

ast::Expr* AstBuilder::sliceType(P::SliceTypeContext* c) {
  auto* a = arena_.make<ast::ArrayType>(pos(c));
  a->isSlice = true;
  a->elt = type(c->type_());
  return a;
}

ast::Expr* AstBuilder::mapType(P::MapTypeContext* c) {
  auto* m = arena_.make<ast::MapType>(pos(c));
  m->key = type(c->type_(0));
  m->value = type(c->type_(1));
  return m;
}

ast::Expr* AstBuilder::chanType(P::ChanTypeContext* c) {
  auto* ch = arena_.make<ast::ChanType>(pos(c));
  if (c->ARROW())
    ch->dir = tokType(c->children[0]) == GoLexer::ARROW ? ast::ChanDir::Recv : ast::ChanDir::Send;
  ch->value = type(c->type_());
  return ch;
}

ast::Expr* AstBuilder::structType(P::StructTypeContext* c) {
  auto* st = arena_.make<ast::StructType>(pos(c));
  for (auto* fc : c->fieldDecl()) {
    auto* f = arena_.make<ast::Field>(pos(fc));
    if (fc->identifierList()) {
      f->names = identList(fc->identifierList());
      f->type = type(fc->type_());
    } else {
      auto* e = fc->embeddedField();
      ast::Expr* t = typeName(e->typeName(), e->typeArgs());
      if (e->STAR()) {
        auto* s = arena_.make<ast::StarExpr>(pos(e));
        s->x = t;
        t = s;
      }
      f->type = t;
    }
    if (fc->tag) f->tag = basicLit(fc->tag->getStart());
    st->fields.push_back(f);
  }
  return st;
}

ast::Expr* AstBuilder::interfaceType(P::InterfaceTypeContext* c) {
  auto* it = arena_.make<ast::InterfaceType>(pos(c));
  for (auto* e : c->interfaceElem()) {
    if (e->IDENTIFIER()) {
      auto* f = arena_.make<ast::Field>(pos(e));
      f->names.push_back(ident(e->IDENTIFIER()));
      f->type = signature(e->signature(), pos(e));
      it->methods.push_back(f);
    } else {
      it->embeddeds.push_back(typeElem(e->typeElem()));
    }
  }
  return it;
}

ast::FuncType* AstBuilder::signature(P::SignatureContext* c, ast::Pos at) {
  auto* ft = arena_.make<ast::FuncType>(at);
  ft->params = parameters(c->parameters());
  if (auto* r = c->result()) {
    if (r->parameters()) {
      ft->results = parameters(r->parameters());
    } else {
      auto* f = arena_.make<ast::Field>(pos(r));
      f->type = type(r->type_());
      ft->results.push_back(f);
    }
  }
  return ft;
}

// gc's paramList: if any parameter has a name and a type, every parameter is
// named, and a lone name takes the type of the next parameter that has one.
std::vector<ast::Field*> AstBuilder::parameters(P::ParametersContext* c) {
  struct Param {
    P::ParameterDeclContext* ctx;
    ast::Ident* name = nullptr;
    ast::Expr* type = nullptr;
    bool variadic = false;
  };
  std::vector<Param> ps;
  size_t named = 0;
  for (auto* d : c->parameterDecl()) {
    Param p{d};
    if (d->IDENTIFIER()) {
      p.name = ident(d->IDENTIFIER());
      ++named;
    }
    p.variadic = d->ELLIPSIS() != nullptr;
    p.type = type(d->type_());
    ps.push_back(p);
  }
  std::vector<ast::Field*> out;
  if (named == 0) {
    for (auto& p : ps) {
      auto* f = arena_.make<ast::Field>(pos(p.ctx));
      f->type = p.type;
      f->variadic = p.variadic;
      out.push_back(f);
    }
    return out;
  }
  // Turn lone type names into names, right to left, sharing the type of the
  // next typed parameter.
  ast::Expr* typ = nullptr;
  ast::Pos errPos;
  for (size_t i = ps.size(); i-- > 0;) {
    Param& p = ps[i];
    if (p.name) {
      typ = p.type;
      continue;
    }
    auto* id = dynamic_cast<ast::Ident*>(p.type);
    auto* tn = p.ctx->type_()->typeName();
    if (id && tn && !p.ctx->type_()->typeArgs() && !p.variadic && typ) {
      p.name = id;
      p.type = typ;
    } else {
      errPos = p.type->pos;
    }
  }
  if (errPos.valid()) {
    syntaxErrorAt(errPos, "mixed named and unnamed parameters");
    return out;
  }
  // Group `a, b int` into one Field.
  for (size_t i = 0; i < ps.size(); ++i) {
    if (!out.empty() && out.back()->type == ps[i].type && !ps[i].variadic) {
      out.back()->names.push_back(ps[i].name);
      continue;
    }
    auto* f = arena_.make<ast::Field>(pos(ps[i].ctx));
    f->names.push_back(ps[i].name);
    f->type = ps[i].type;
    f->variadic = ps[i].variadic;
    out.push_back(f);
  }
  return out;
}

// ---------------------------------------------------------------- statements

ast::BlockStmt* AstBuilder::block(P::BlockContext* c) {
  auto* b = arena_.make<ast::BlockStmt>(pos(c));
  b->stmts = statementList(c->statementList());
  b->rbrace = pos(c->R_CURLY());
  return b;
}

std::vector<ast::Stmt*> AstBuilder::statementList(P::StatementListContext* c) {
  std::vector<ast::Stmt*> out;
  for (auto* s : c->statement())
    if (ast::Stmt* st = statement(s)) out.push_back(st);
  return out;
}

ast::CallExpr* AstBuilder::callStmt(Token* kw, P::ExpressionContext* e) {
  ast::Expr* x = expr(e);
  std::string what = kw->getType() == GoLexer::GO ? "go" : "defer";
  if (dynamic_cast<ast::ParenExpr*>(x)) {
    plainError(x->pos, "expression in " + what + " must not be parenthesized");
    x = const_cast<ast::Expr*>(unparen(x));
  }
  auto* call = dynamic_cast<ast::CallExpr*>(x);
  if (!call) plainError(x->pos, "expression in " + what + " must be function call");
  return call;
}

ast::Stmt* AstBuilder::statement(P::StatementContext* c) {
  ast::Pos p = pos(c);
  if (auto* d = c->declaration()) {
    auto* s = arena_.make<ast::DeclStmt>(p);
    s->decl = declaration(d);
    return s;
  }
  if (auto* l = c->labeledStmt()) {
    auto* s = arena_.make<ast::LabeledStmt>(p);
    s->label = ident(l->IDENTIFIER());
    if (l->statement())
      s->stmt = statement(l->statement());
    else
      s->stmt = arena_.make<ast::EmptyStmt>(pos(l->getStop()));
    if (!s->stmt) s->stmt = arena_.make<ast::EmptyStmt>(p);
    return s;
  }
  if (auto* ss = c->simpleStmt()) return simpleStmt(ss, false);
  if (auto* g = c->goStmt()) {
    auto* s = arena_.make<ast::GoStmt>(p);
    s->call = callStmt(g->GO()->getSymbol(), g->expression());
    return s;
  }
  if (auto* d = c->deferStmt()) {
    auto* s = arena_.make<ast::DeferStmt>(p);
    s->call = callStmt(d->DEFER()->getSymbol(), d->expression());
    return s;
  }
  if (auto* r = c->returnStmt()) {
    auto* s = arena_.make<ast::ReturnStmt>(p);
    if (r->expressionList()) s->results = exprList(r->expressionList());
    return s;
  }
  if (auto* b = c->breakStmt()) {
    auto* s = arena_.make<ast::BranchStmt>(p);
    s->kind = ast::BranchKind::Break;
    if (b->IDENTIFIER()) s->label = ident(b->IDENTIFIER());
    return s;
  }
  if (auto* b = c->continueStmt()) {
    auto* s = arena_.make<ast::BranchStmt>(p);
    s->kind = ast::BranchKind::Continue;
    if (b->IDENTIFIER()) s->label = ident(b->IDENTIFIER());
    return s;
  }
  if (auto* b = c->gotoStmt()) {
    auto* s = arena_.make<ast::BranchStmt>(p);
    s->kind = ast::BranchKind::Goto;
    s->label = ident(b->IDENTIFIER());
    return s;
  }
  if (c->fallthroughStmt()) {
    auto* s = arena_.make<ast::BranchStmt>(p);
    s->kind = ast::BranchKind::Fallthrough;
    return s;
  }
  if (c->block()) return block(c->block());
  if (c->ifStmt()) return ifStmt(c->ifStmt());
  if (c->switchStmt()) return switchStmt(c->switchStmt());
  if (c->selectStmt()) return selectStmt(c->selectStmt());
  if (c->forStmt()) return forStmt(c->forStmt());
  return arena_.make<ast::BadStmt>(p);
}

namespace {

// The parts of a simpleStmt / hdrSimpleStmt, read off its children.
struct SimpleParts {
  antlr4::ParserRuleContext* lhs = nullptr;      // expression list
  Token* op = nullptr;                           // := = op= ++ -- <-
  Token* range = nullptr;
  antlr4::ParserRuleContext* rhsList = nullptr;  // after := or =
  antlr4::ParserRuleContext* rhsExpr = nullptr;  // after op=, <-, range
};

SimpleParts simpleParts(antlr4::ParserRuleContext* c) {
  SimpleParts sp;
  for (auto* ch : c->children) {
    if (auto* t = dynamic_cast<TerminalNode*>(ch)) {
      if (t->getSymbol()->getType() == GoLexer::RANGE)
        sp.range = t->getSymbol();
      else
        sp.op = t->getSymbol();
      continue;
    }
    auto* r = static_cast<antlr4::ParserRuleContext*>(ch);
    switch (r->getRuleIndex()) {
      case P::RuleExpressionList:
      case P::RuleHdrExpressionList:
        (sp.lhs ? sp.rhsList : sp.lhs) = r;
        break;
      case P::RuleAssignOp:
        sp.op = r->getStart();
        break;
      default:
        sp.rhsExpr = r;
        break;
    }
  }
  return sp;
}

}  // namespace

// A RangeStmt without body stands for a range clause until forStmt takes it.
ast::Stmt* AstBuilder::simpleStmt(Ctx* c, bool rangeOk) {
  ast::Pos p = pos(c);
  SimpleParts sp = simpleParts(c);
  if (sp.range) {
    if (!rangeOk) {
      syntaxError(sp.range, "unexpected keyword range, expected expression");
      return arena_.make<ast::BadStmt>(p);
    }
    auto* r = arena_.make<ast::RangeStmt>(p);
    r->x = expr(sp.rhsExpr);
    if (!sp.lhs) return r;
    auto lhs = exprList(sp.lhs);
    if (lhs.size() > 2) plainError(lhs[2]->pos, "range clause permits at most two iteration variables");
    r->key = lhs[0];
    if (lhs.size() > 1) r->value = lhs[1];
    r->define = sp.op->getType() == GoLexer::DEFINE;
    return r;
  }
  auto lhs = exprList(sp.lhs);
  if (!sp.op) {
    if (lhs.size() > 1) {
      Token* next = stream_.get(sp.lhs->getStop()->getTokenIndex() + 1);
      syntaxError(next, "unexpected " + describeToken(next, text_) + ", expected := or = or comma");
    }
    auto* s = arena_.make<ast::ExprStmt>(p);
    s->x = lhs[0];
    return s;
  }
  size_t op = sp.op->getType();
  if (lhs.size() > 1 && op != GoLexer::DEFINE && op != GoLexer::ASSIGN) {
    syntaxError(sp.op, "unexpected " + describeToken(sp.op, text_) + ", expected := or = or comma");
    return arena_.make<ast::BadStmt>(p);
  }
  switch (op) {
    case GoLexer::DEFINE:
    case GoLexer::ASSIGN: {
      auto* a = arena_.make<ast::AssignStmt>(p);
      a->kind = op == GoLexer::DEFINE ? ast::AssignKind::Define : ast::AssignKind::Assign;
      a->opPos = pos(sp.op);
      a->lhs = lhs;
      a->rhs = exprList(sp.rhsList);
      return a;
    }
    case GoLexer::INC:
    case GoLexer::DEC: {
      auto* s = arena_.make<ast::IncDecStmt>(p);
      s->x = lhs[0];
      s->inc = op == GoLexer::INC;
      return s;
    }
    case GoLexer::ARROW: {
      auto* s = arena_.make<ast::SendStmt>(p);
      s->chan = lhs[0];
      s->value = expr(sp.rhsExpr);
      return s;
    }
    default: {
      auto* a = arena_.make<ast::AssignStmt>(p);
      a->kind = ast::AssignKind::OpAssign;
      a->opPos = pos(sp.op);
      a->op = assignOpOf(op);
      a->lhs = lhs;
      a->rhs.push_back(expr(sp.rhsExpr));
      return a;
    }
  }
}

namespace {

std::string listString(const std::vector<ast::Expr*>& l, bool emphasize) {
  std::string s;
  for (size_t i = 0; i < l.size(); ++i) {
    if (i) s += ", ";
    bool bin = emphasize && dynamic_cast<const ast::BinaryExpr*>(l[i]);
    s += bin ? "(" + exprString(l[i]) + ")" : exprString(l[i]);
  }
  return s;
}

std::string stmtString(const ast::Stmt* s) {
  if (auto* a = dynamic_cast<const ast::AssignStmt*>(s)) {
    bool single = a->lhs.size() == 1 && a->rhs.size() == 1;
    switch (a->kind) {
      case ast::AssignKind::Define: return listString(a->lhs, false) + " := " + listString(a->rhs, false);
      case ast::AssignKind::Assign:
        return "assignment " + listString(a->lhs, single) + " = " + listString(a->rhs, single);
      case ast::AssignKind::OpAssign:
        return listString(a->lhs, false) + " " + ast::opSpelling(a->op) + "= " + listString(a->rhs, false);
    }
  }
  if (auto* i = dynamic_cast<const ast::IncDecStmt*>(s)) return exprString(i->x) + (i->inc ? "++" : "--");
  if (auto* se = dynamic_cast<const ast::SendStmt*>(s)) return exprString(se->chan) + " <- " + exprString(se->value);
  return "statement";
}

}  // namespace

// The condition of an if/for/switch header: must be an expression statement.
ast::Expr* AstBuilder::conditionOf(ast::Stmt* s, Ctx* c) {
  if (!s) return nullptr;
  if (auto* e = dynamic_cast<ast::ExprStmt*>(s)) return e->x;
  if (dynamic_cast<ast::BadStmt*>(s)) return nullptr;
  SimpleParts sp = simpleParts(c);
  Token* at = sp.op ? sp.op : c->getStart();
  syntaxError(at, "cannot use " + stmtString(s) + " as value");
  return nullptr;
}

ast::Stmt* AstBuilder::ifStmt(P::IfStmtContext* c) {
  auto* s = arena_.make<ast::IfStmt>(pos(c));
  P::HeaderContext* h = c->header();
  Ctx* condCtx = h->semi ? h->cond : h->init;
  if (h->semi && h->init) s->init = simpleStmt(h->init, false);
  ast::Stmt* cond = condCtx ? simpleStmt(condCtx, false) : nullptr;
  if (!condCtx) {
    if (!h->semi)
      syntaxError(c->block()->getStart(), "missing condition in if statement");
    else if (h->semi->getText() != ";")
      syntaxError(h->semi, "unexpected " + h->semi->getText() + ", expected { after if clause");
    else
      syntaxError(h->semi, "missing condition in if statement");
  }
  s->cond = conditionOf(cond, condCtx);
  s->body = block(c->block());
  if (auto* e = c->elseBranch()) s->els = e->ifStmt() ? ifStmt(e->ifStmt()) : block(e->block());
  return s;
}

ast::Stmt* AstBuilder::switchStmt(P::SwitchStmtContext* c) {
  P::HeaderContext* h = c->header();
  Ctx* tagCtx = h->semi ? h->cond : h->init;
  ast::Stmt* init = h->semi && h->init ? simpleStmt(h->init, false) : nullptr;
  ast::Stmt* tagStmt = tagCtx ? simpleStmt(tagCtx, false) : nullptr;

  // A type switch guard: x.(type) or v := x.(type).
  ast::TypeAssertExpr* guard = nullptr;
  ast::Ident* binding = nullptr;
  if (auto* e = dynamic_cast<ast::ExprStmt*>(tagStmt)) {
    guard = dynamic_cast<ast::TypeAssertExpr*>(e->x);
  } else if (auto* a = dynamic_cast<ast::AssignStmt*>(tagStmt)) {
    if (a->kind == ast::AssignKind::Define && a->lhs.size() == 1 && a->rhs.size() == 1) {
      auto* g = dynamic_cast<ast::TypeAssertExpr*>(a->rhs[0]);
      auto* id = dynamic_cast<ast::Ident*>(a->lhs[0]);
      if (g && !g->assertType && id) guard = g, binding = id;
    }
  }
  if (guard && guard->assertType) guard = nullptr;

  auto clauses = [&](std::vector<ast::CaseClause*>& out) {
    for (auto* cc : c->caseClause()) {
      auto* cl = arena_.make<ast::CaseClause>(pos(cc));
      cl->isDefault = cc->DEFAULT() != nullptr;
      if (cc->expressionList()) cl->list = exprList(cc->expressionList());
      cl->body = statementList(cc->statementList());
      out.push_back(cl);
    }
  };
  if (guard) {
    typeGuards_.erase(guard);
    auto* s = arena_.make<ast::TypeSwitchStmt>(pos(c));
    s->init = init;
    s->binding = binding;
    s->subject = guard->x;
    clauses(s->clauses);
    return s;
  }
  auto* s = arena_.make<ast::SwitchStmt>(pos(c));
  s->init = init;
  s->tag = conditionOf(tagStmt, tagCtx);
  s->lbrace = pos(c->L_CURLY());
  clauses(s->clauses);
  return s;
}

ast::Stmt* AstBuilder::selectStmt(P::SelectStmtContext* c) {
  auto* s = arena_.make<ast::SelectStmt>(pos(c));
  for (auto* cc : c->commClause()) {
    auto* cl = arena_.make<ast::CommClause>(pos(cc));
    cl->isDefault = cc->DEFAULT() != nullptr;
    if (cc->simpleStmt()) cl->comm = simpleStmt(cc->simpleStmt(), false);
    cl->body = statementList(cc->statementList());
    s->clauses.push_back(cl);
  }
  return s;
}

ast::Stmt* AstBuilder::forStmt(P::ForStmtContext* c) {
  P::ForHeaderContext* h = c->forHeader();
  ast::Pos p = pos(c);
  if (h->SEMI().empty()) {
    ast::Stmt* only = h->init ? simpleStmt(h->init, true) : nullptr;
    if (auto* r = dynamic_cast<ast::RangeStmt*>(only)) {
      r->pos = p;
      r->body = block(c->block());
      return r;
    }
    auto* f = arena_.make<ast::ForStmt>(p);
    f->cond = conditionOf(only, h->init);
    f->body = block(c->block());
    return f;
  }
  auto* f = arena_.make<ast::ForStmt>(p);
  if (h->init) f->init = simpleStmt(h->init, false);
  if (h->cond) f->cond = conditionOf(simpleStmt(h->cond, false), h->cond);
  if (h->post) {
    f->post = simpleStmt(h->post, false);
    auto* a = dynamic_cast<ast::AssignStmt*>(f->post);
    if (a && a->kind == ast::AssignKind::Define)
      syntaxError(simpleParts(h->post).op, "cannot declare in post statement of for loop");
  }
  f->body = block(c->block());
  return f;
}

// ---------------------------------------------------------------- expressions

std::vector<ast::Expr*> AstBuilder::exprList(Ctx* c) {
  std::vector<ast::Expr*> out;
  for (auto* ch : c->children)
    if (auto* e = dynamic_cast<Ctx*>(ch)) out.push_back(expr(e));
  return out;
}

// Binary chains are left-deep in the parse tree (a+b+c+...); walk the left
// spine with a loop so that long chains do not recurse.
ast::Expr* AstBuilder::expr(Ctx* c) {
  std::vector<Ctx*> spine;
  while (c->children.size() == 3) {
    spine.push_back(c);
    c = as<Ctx>(c->children[0]);
  }
  ast::Expr* x = unary(as<Ctx>(c->children[0]));
  for (size_t i = spine.size(); i-- > 0;) {
    Ctx* b = spine[i];
    auto* bin = arena_.make<ast::BinaryExpr>(x->pos);
    binaryOp(tokType(b->children[1]), bin->op);
    bin->opPos = pos(as<antlr4::tree::TerminalNode>(b->children[1]));
    bin->x = x;
    bin->y = expr(as<Ctx>(b->children[2]));
    x = bin;
  }
  return x;
}

ast::Expr* AstBuilder::unary(Ctx* c) {
  if (c->children.size() == 1) return primary(as<Ctx>(c->children[0]));
  ast::Pos p = pos(c);
  size_t op = tokType(c->children[0]);
  ast::Expr* x = unary(as<Ctx>(c->children[1]));
  switch (op) {
    case GoLexer::STAR: {
      auto* s = arena_.make<ast::StarExpr>(p);
      s->x = x;
      return s;
    }
    case GoLexer::ARROW:
      // <-chan T written where an expression may stand is a channel type.
      if (auto* ch = dynamic_cast<ast::ChanType*>(x); ch && ch->dir == ast::ChanDir::Both) {
        ch->dir = ast::ChanDir::Recv;
        ch->pos = p;
        return ch;
      }
      break;
  }
  auto* u = arena_.make<ast::UnaryExpr>(p);
  u->x = x;
  switch (op) {
    case GoLexer::PLUS: u->op = ast::Op::Add; break;
    case GoLexer::MINUS: u->op = ast::Op::Sub; break;
    case GoLexer::EXCLAMATION: u->op = ast::Op::Not; break;
    case GoLexer::CARET: u->op = ast::Op::Xor; break;
    case GoLexer::AMP: u->op = ast::Op::Addr; break;
    default: u->op = ast::Op::Arrow; break;
  }
  return u;
}

// Suffix chains (a.b(c)[d]...) are left-deep too: loop over the spine.
ast::Expr* AstBuilder::primary(Ctx* c) {
  std::vector<Ctx*> spine;
  while (c->children.size() > 1) {
    spine.push_back(c);
    c = as<Ctx>(c->children[0]);
  }
  ast::Expr* x = operand(as<Ctx>(c->children[0]));
  for (size_t i = spine.size(); i-- > 0;) {
    Ctx* s = spine[i];
    ast::Pos p = x->pos;
    if (auto* args = as<P::ArgumentsContext>(s->children[1])) {
      auto* call = arena_.make<ast::CallExpr>(p);
      call->fun = x;
      if (args->expressionList()) call->args = exprList(args->expressionList());
      call->hasEllipsis = args->ELLIPSIS() != nullptr;
      call->lparen = pos(args->L_PAREN());
      call->rparen = pos(args->R_PAREN());
      x = call;
    } else if (auto* ix = as<P::IndexSuffixContext>(s->children[1])) {
      auto exprs = ix->expression();
      auto* tail = ix->sliceTail();
      if (tail) {
        auto* sl = arena_.make<ast::SliceExpr>(p);
        sl->x = x;
        if (!exprs.empty()) sl->low = expr(exprs[0]);
        if (tail->high) sl->high = expr(tail->high);
        if (tail->c2) {
          sl->slice3 = true;
          if (tail->max) sl->max = expr(tail->max);
          if (!sl->high)
            plainError(pos(tail->c2), "middle index required in 3-index slice");
          else if (!sl->max)
            plainError(pos(ix->R_BRACKET()), "final index required in 3-index slice");
        }
        x = sl;
      } else {
        auto* ie = arena_.make<ast::IndexExpr>(p);
        ie->x = x;
        ie->index = expr(exprs[0]);
        for (size_t k = 1; k < exprs.size(); ++k) ie->extraIndices.push_back(expr(exprs[k]));
        x = ie;
      }
    } else if (tokType(s->children[2]) == GoLexer::L_PAREN) {
      auto* ta = arena_.make<ast::TypeAssertExpr>(p);
      ta->x = x;
      if (auto* t = as<P::Type_Context>(s->children[3]))
        ta->assertType = type(t);
      else
        typeGuards_.insert(ta);
      x = ta;
    } else {
      auto* sel = arena_.make<ast::SelectorExpr>(p);
      sel->x = x;
      sel->sel = ident(as<TerminalNode>(s->children[2]));
      x = sel;
    }
  }
  return x;
}

ast::Expr* AstBuilder::operand(Ctx* c) {
  ast::Pos p = pos(c);
  auto& ch = c->children;
  if (auto* b = as<P::BasicLitContext>(ch[0])) return basicLit(b->getStart());
  if (auto* tn = as<P::TypeNameContext>(ch[0])) {
    auto* args = ch.size() == 3 ? as<P::TypeArgsContext>(ch[1]) : nullptr;
    return literalValue(as<P::LiteralValueContext>(ch.back()), typeName(tn, args), p);
  }
  switch (tokType(ch[0])) {
    case GoLexer::IDENTIFIER:
      return ident(as<TerminalNode>(ch[0]));
    case GoLexer::L_PAREN: {
      auto* pe = arena_.make<ast::ParenExpr>(p);
      pe->x = expr(as<Ctx>(ch[1]));
      return pe;
    }
    case GoLexer::FUNC: {
      ast::FuncType* ft = signature(as<P::SignatureContext>(ch[1]), p);
      if (ch.size() < 3) return ft;
      auto* fl = arena_.make<ast::FuncLit>(p);
      fl->funcType = ft;
      fl->body = block(as<P::BlockContext>(ch[2]));
      return fl;
    }
  }
  if (auto* lt = as<P::LiteralTypeContext>(ch[0])) {
    ast::Expr* t;
    if (lt->structType())
      t = structType(lt->structType());
    else if (lt->arrayType())
      t = arrayType(lt->arrayType());
    else if (lt->sliceType())
      t = sliceType(lt->sliceType());
    else if (lt->mapType())
      t = mapType(lt->mapType());
    else {
      auto* a = arena_.make<ast::ArrayType>(pos(lt));
      a->ellipsisLen = true;
      a->elt = type(lt->type_());
      t = a;
    }
    if (ch.size() < 2) return t;
    return literalValue(as<P::LiteralValueContext>(ch[1]), t, p);
  }
  if (auto* ct = as<P::ChanTypeContext>(ch[0])) return chanType(ct);
  return interfaceType(as<P::InterfaceTypeContext>(ch[0]));
}

ast::CompositeLit* AstBuilder::literalValue(P::LiteralValueContext* c, ast::Expr* type, ast::Pos at) {
  auto* cl = arena_.make<ast::CompositeLit>(at);
  cl->litType = type;
  cl->lbrace = pos(c->L_CURLY());
  cl->rbrace = pos(c->R_CURLY());
  for (auto* e : c->element()) {
    auto vals = e->elementValue();
    if (vals.size() == 2) {
      // At the colon, as gc positions key:value elements in its messages.
      auto* kv = arena_.make<ast::KeyValueExpr>(pos(e->COLON()));
      kv->key = elementValue(vals[0]);
      kv->value = elementValue(vals[1]);
      cl->elts.push_back(kv);
    } else {
      cl->elts.push_back(elementValue(vals[0]));
    }
  }
  return cl;
}

ast::Expr* AstBuilder::elementValue(P::ElementValueContext* c) {
  if (c->expression()) return expr(c->expression());
  return literalValue(c->literalValue(), nullptr, pos(c));
}

// ---------------------------------------------------------------- printing

std::string exprString(const ast::Expr* e) {
  using namespace ast;
  if (!e) return "";
  if (auto* x = dynamic_cast<const Ident*>(e)) return x->name;
  if (auto* x = dynamic_cast<const BasicLit*>(e)) return x->value;
  if (auto* x = dynamic_cast<const ParenExpr*>(e)) return "(" + exprString(x->x) + ")";
  if (auto* x = dynamic_cast<const SelectorExpr*>(e)) return exprString(x->x) + "." + x->sel->name;
  if (auto* x = dynamic_cast<const IndexExpr*>(e)) return exprString(x->x) + "[" + exprString(x->index) + "]";
  if (auto* x = dynamic_cast<const SliceExpr*>(e)) {
    std::string s = exprString(x->x) + "[" + exprString(x->low) + ":" + exprString(x->high);
    if (x->slice3) s += ":" + exprString(x->max);
    return s + "]";
  }
  if (auto* x = dynamic_cast<const TypeAssertExpr*>(e))
    return exprString(x->x) + ".(" + (x->assertType ? exprString(x->assertType) : "type") + ")";
  if (auto* x = dynamic_cast<const CallExpr*>(e)) {
    std::string s = exprString(x->fun) + "(";
    for (size_t i = 0; i < x->args.size(); ++i) s += (i ? ", " : "") + exprString(x->args[i]);
    return s + (x->hasEllipsis ? "...)" : ")");
  }
  if (auto* x = dynamic_cast<const StarExpr*>(e)) return "*" + exprString(x->x);
  if (auto* x = dynamic_cast<const UnaryExpr*>(e)) return std::string(opSpelling(x->op)) + exprString(x->x);
  if (auto* x = dynamic_cast<const BinaryExpr*>(e))
    return exprString(x->x) + " " + opSpelling(x->op) + " " + exprString(x->y);
  if (auto* x = dynamic_cast<const CompositeLit*>(e)) return exprString(x->litType) + "{…}";
  if (dynamic_cast<const FuncLit*>(e)) return "func(…) {…}";
  if (auto* x = dynamic_cast<const ArrayType*>(e))
    return (x->isSlice ? "[]" : x->ellipsisLen ? "[...]" : "[" + exprString(x->len) + "]") + exprString(x->elt);
  if (auto* x = dynamic_cast<const MapType*>(e)) return "map[" + exprString(x->key) + "]" + exprString(x->value);
  if (dynamic_cast<const StructType*>(e)) return "struct{…}";
  if (dynamic_cast<const InterfaceType*>(e)) return "interface{…}";
  if (dynamic_cast<const FuncType*>(e)) return "func(…)";
  if (auto* x = dynamic_cast<const ChanType*>(e))
    return std::string(x->dir == ChanDir::Recv ? "<-chan " : x->dir == ChanDir::Send ? "chan<- " : "chan ") +
           exprString(x->value);
  return "…";
}

}  // namespace gosub::grammar
