// token_source.h — GoTokenSource: the stage between GoLexer and the parser.
//
// It does three things Go's scanner does and an ANTLR lexer cannot express
// well:
//  1. automatic semicolon insertion (go.dev/ref/spec#Semicolons): a newline,
//     a /* */ comment containing a newline, or EOF after an identifier, a
//     literal, break/continue/fallthrough/return, or ++ -- ) ] } becomes a
//     SEMI token whose text is "newline" or "EOF" (gc names such a token that
//     way in "unexpected newline, ..."); a written ';' keeps the text ";";
//  2. it validates literals and reports gc's lexical errors (bad escapes,
//     unterminated literals, invalid characters, bad octal digits);
//  3. it makes the semicolon a program may omit before a closing } or the )
//     of a declaration group explicit as an IMPLICIT_SEMI token (and one
//     before EOF), so the grammar needs no predicates to end statements;
//  4. it drops comments and newlines, remembering //go:noinline and
//     //go:nosplit written directly before a `func` keyword.
// After the first lexical error it ends the stream (EOF), because only the
// first error of a file is reported (see parser.cpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "antlr4-runtime.h"
#include "ast/ast.h"
#include "grammar/source_text.h"

namespace gosub::grammar {

class GoLexer;

struct SyntaxErrorInfo {
  ast::Pos pos;
  size_t byteOffset = 0;  // orders a lexical error against a parser error
  std::string message;    // without the "syntax error: " prefix
  bool syntaxPrefix = true;  // false for gc's plain lexical messages
};

class GoTokenSource : public antlr4::TokenSource {
 public:
  GoTokenSource(GoLexer& lexer, const SourceText& text);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override;
  size_t getCharPositionInLine() override;
  antlr4::CharStream* getInputStream() override;
  std::string getSourceName() override;
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  const std::optional<SyntaxErrorInfo>& lexError() const { return lexError_; }
  // Directives seen directly before the `func` token starting at code point `cp`.
  ast::Directives directivesAt(size_t cp) const {
    auto it = directives_.find(cp);
    return it == directives_.end() ? ast::Directives{} : it->second;
  }

 private:
  std::unique_ptr<antlr4::Token> rawNext();
  void noteEmitted(size_t type);
  std::unique_ptr<antlr4::Token> makeToken(size_t type, const std::string& text, size_t start);
  void checkToken(const antlr4::Token& t);
  void error(size_t byteOff, std::string msg);
  void checkEscapes(size_t startByte, std::string_view lit, char quote, size_t* chars);
  bool failed() const { return lexError_.has_value(); }

  GoLexer& lexer_;
  const SourceText& text_;
  bool needSemi_ = false;  // the last significant token allows insertion
  bool atEOF_ = false;
  size_t lastType_ = 0;  // last token handed to the parser (0: none yet)
  std::unique_ptr<antlr4::Token> pending_tok_;
  std::vector<bool> brackets_;  // open brackets; true for a declaration group's (
  ast::Directives pending_;
  std::unordered_map<size_t, ast::Directives> directives_;
  std::optional<SyntaxErrorInfo> lexError_;
};

}  // namespace gosub::grammar
