// ast_builder.h — ANTLR parse tree (GoParser contexts) to ast.h nodes.
//
// Besides translating, the builder makes the checks gc's parser makes after
// recognising a construct (an if condition that is an assignment, a
// parameter list mixing named and unnamed parameters, `range` outside a for
// header, ...), with gc's wording. Positions are those of each node's first
// token (1-based line and byte column); see ast.h for the exceptions that are
// stored separately (lparen, rparen, lbrace, rbrace).
#pragma once

#include <set>
#include <vector>

#include "GoParser.h"
#include "ast/ast.h"
#include "grammar/source_text.h"
#include "grammar/token_source.h"

namespace gosub::grammar {

class AstBuilder {
 public:
  AstBuilder(ast::Arena& arena, const SourceText& text, const GoTokenSource& tokens, antlr4::BufferedTokenStream& stream)
      : arena_(arena), text_(text), tokens_(tokens), stream_(stream) {}

  ast::File* build(GoParser::SourceFileContext* ctx, const std::string& path);
  const std::vector<SyntaxErrorInfo>& errors() const { return errors_; }

 private:
  using Ctx = antlr4::ParserRuleContext;

  // positions and errors
  ast::Pos pos(const antlr4::Token* t) const;
  ast::Pos pos(Ctx* c) const { return pos(c->getStart()); }
  ast::Pos pos(antlr4::tree::TerminalNode* n) const { return pos(n->getSymbol()); }
  void syntaxError(const antlr4::Token* at, std::string msg);  // "syntax error: " + msg
  void syntaxErrorAt(ast::Pos p, std::string msg);
  void plainError(ast::Pos p, std::string msg);
  std::string src(const antlr4::Token* t) const;

  // declarations
  ast::GenDecl* importDecl(GoParser::ImportDeclContext* c, ast::File* file);
  ast::GenDecl* declaration(GoParser::DeclarationContext* c);
  ast::FuncDecl* funcDecl(GoParser::FuncDeclContext* c);
  std::vector<ast::Field*> typeParams(GoParser::TypeParamsContext* c);
  std::vector<ast::Ident*> identList(GoParser::IdentifierListContext* c);
  ast::Ident* ident(antlr4::tree::TerminalNode* n);
  ast::Ident* ident(antlr4::Token* t);

  // types
  ast::Expr* type(GoParser::Type_Context* c);
  ast::Expr* typeName(GoParser::TypeNameContext* c, GoParser::TypeArgsContext* args);
  ast::Expr* typeLit(GoParser::TypeLitContext* c);
  ast::Expr* arrayType(GoParser::ArrayTypeContext* c);
  ast::Expr* sliceType(GoParser::SliceTypeContext* c);
  ast::Expr* mapType(GoParser::MapTypeContext* c);
  ast::Expr* chanType(GoParser::ChanTypeContext* c);
  ast::Expr* structType(GoParser::StructTypeContext* c);
  ast::Expr* interfaceType(GoParser::InterfaceTypeContext* c);
  ast::FuncType* signature(GoParser::SignatureContext* c, ast::Pos at);
  std::vector<ast::Field*> parameters(GoParser::ParametersContext* c);
  ast::Expr* typeElem(GoParser::TypeElemContext* c);

  // statements
  ast::BlockStmt* block(GoParser::BlockContext* c);
  std::vector<ast::Stmt*> statementList(GoParser::StatementListContext* c);
  ast::Stmt* statement(GoParser::StatementContext* c);
  ast::Stmt* simpleStmt(Ctx* c, bool rangeOk);  // simpleStmt or hdrSimpleStmt
  ast::Stmt* ifStmt(GoParser::IfStmtContext* c);
  ast::Stmt* switchStmt(GoParser::SwitchStmtContext* c);
  ast::Stmt* selectStmt(GoParser::SelectStmtContext* c);
  ast::Stmt* forStmt(GoParser::ForStmtContext* c);
  ast::CallExpr* callStmt(antlr4::Token* kw, GoParser::ExpressionContext* e);
  ast::Expr* conditionOf(ast::Stmt* s, Ctx* c);

  // expressions
  // These take the ordinary rule or its header copy (hdr*): same shapes.
  std::vector<ast::Expr*> exprList(Ctx* c);
  ast::Expr* expr(Ctx* c);
  ast::Expr* unary(Ctx* c);
  ast::Expr* primary(Ctx* c);
  ast::Expr* operand(Ctx* c);
  ast::CompositeLit* literalValue(GoParser::LiteralValueContext* c, ast::Expr* type, ast::Pos at);
  ast::Expr* elementValue(GoParser::ElementValueContext* c);
  ast::BasicLit* basicLit(antlr4::Token* t);

  ast::Arena& arena_;
  const SourceText& text_;
  const GoTokenSource& tokens_;
  antlr4::BufferedTokenStream& stream_;
  std::vector<SyntaxErrorInfo> errors_;
  std::set<ast::TypeAssertExpr*> typeGuards_;  // x.(type) not yet claimed by a type switch
};

// gc's rendering of statements in "cannot use ... as value" (syntax.String).
std::string exprString(const ast::Expr* e);

}  // namespace gosub::grammar
