// syntax_errors.h — stopping at the first syntax error and wording it as gc.
//
// GoErrorStrategy replaces ANTLR's recovery: at the first error it records
// where the parser was (offending token, rule context, expected tokens) and
// aborts the parse by throwing ParseAbort. Only the first error of a file is
// reported: ANTLR's single-token recovery differs from gc's and produces
// cascades that would not read like gc's output, while the first error is
// detected at the same token gc detects it at (the grammar is shaped like gc's
// parser for that). describeSyntaxError() then maps (rule, token, expected
// set) to the message gc's cmd/compile/internal/syntax/parser.go prints.
#pragma once

#include <optional>

#include "antlr4-runtime.h"
#include "grammar/source_text.h"
#include "grammar/token_source.h"

namespace gosub::grammar {

class GoParser;

// Thrown to end a parse (first error, or nesting beyond the depth limit).
struct ParseAbort {};

struct ParseFailure {
  antlr4::Token* token = nullptr;           // where the parser stopped
  antlr4::ParserRuleContext* ctx = nullptr;  // innermost rule at that point
  antlr4::misc::IntervalSet expected;
  bool noViableAlt = false;
  antlr4::Token* startToken = nullptr;  // start of a failed prediction
};

class GoErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  std::optional<ParseFailure> failure;

  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override;
  void sync(antlr4::Parser* recognizer) override;

 private:
  void record(antlr4::Parser* recognizer, antlr4::Token* token, antlr4::ParserRuleContext* ctx,
              antlr4::misc::IntervalSet expected, bool noViable, antlr4::Token* start);
};

// gc's description of a token: "name x", "literal 2", "keyword func",
// "newline", "EOF", or the operator itself.
std::string describeToken(const antlr4::Token* t, const SourceText& text);

SyntaxErrorInfo describeSyntaxError(const ParseFailure& f, GoParser& parser, const SourceText& text);

}  // namespace gosub::grammar
