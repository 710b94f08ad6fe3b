#include "grammar/syntax_errors.h"

#include "GoLexer.h"
#include "GoParser.h"

namespace gosub::grammar {

using antlr4::Token;
using antlr4::misc::IntervalSet;

void GoErrorStrategy::record(antlr4::Parser* recognizer, Token* token, antlr4::ParserRuleContext* ctx,
                             IntervalSet expected, bool noViable, Token* start) {
  if (failure) return;
  (void)recognizer;
  failure = ParseFailure{token, ctx, std::move(expected), noViable, start};
}

void GoErrorStrategy::reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) {
  auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(e.getCtx());
  if (!ctx) ctx = recognizer->getContext();
  Token* start = nullptr;
  bool nva = false;
  if (auto* n = dynamic_cast<const antlr4::NoViableAltException*>(&e)) {
    start = n->getStartToken();
    nva = true;
  }
  IntervalSet expected;
  try {
    expected = e.getExpectedTokens();
  } catch (...) {
  }
  record(recognizer, e.getOffendingToken() ? e.getOffendingToken() : recognizer->getCurrentToken(), ctx,
         std::move(expected), nva, start);
}

void GoErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) { throw ParseAbort{}; }

Token* GoErrorStrategy::recoverInline(antlr4::Parser* recognizer) {
  record(recognizer, recognizer->getCurrentToken(), recognizer->getContext(), recognizer->getExpectedTokens(), false,
         nullptr);
  throw ParseAbort{};
}

// ANTLR calls sync before loops and optional blocks. Unlike the default
// strategy, which deletes or skips tokens, this only detects an error early
// (in the rule that cannot go on, where gc detects it too) and aborts.
void GoErrorStrategy::sync(antlr4::Parser* recognizer) {
  const antlr4::atn::ATN& atn = recognizer->getATN();
  antlr4::atn::ATNState* s = atn.states[recognizer->getState()];
  size_t la = recognizer->getTokenStream()->LA(1);
  const IntervalSet& next = atn.nextTokens(s);
  if (next.contains(static_cast<size_t>(Token::EPSILON)) || next.contains(la)) return;
  switch (s->getStateType()) {
    case antlr4::atn::ATNState::BLOCK_START:
    case antlr4::atn::ATNState::STAR_BLOCK_START:
    case antlr4::atn::ATNState::PLUS_BLOCK_START:
    case antlr4::atn::ATNState::STAR_LOOP_ENTRY:
    case antlr4::atn::ATNState::PLUS_LOOP_BACK:
    case antlr4::atn::ATNState::STAR_LOOP_BACK:
      record(recognizer, recognizer->getCurrentToken(), recognizer->getContext(), recognizer->getExpectedTokens(),
             false, nullptr);
      throw ParseAbort{};
    default:
      return;
  }
}

namespace {

bool isKeyword(size_t type) { return type >= GoLexer::BREAK && type <= GoLexer::VAR; }

bool isLiteral(size_t type) {
  switch (type) {
    case GoLexer::INT_LIT:
    case GoLexer::FLOAT_LIT:
    case GoLexer::IMAGINARY_LIT:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
      return true;
  }
  return false;
}

// gc's tokstring: the word for an expected token.
std::string tokString(size_t type, const antlr4::dfa::Vocabulary& vocab) {
  switch (type) {
    case GoLexer::COMMA: return "comma";
    case GoLexer::SEMI:
    case GoLexer::IMPLICIT_SEMI: return "semicolon or newline";
    case GoLexer::IDENTIFIER: return "name";
    case Token::EOF: return "EOF";
  }
  std::string lit = vocab.getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'') return lit.substr(1, lit.size() - 2);
  return vocab.getSymbolicName(type);
}

size_t ruleOf(antlr4::tree::ParseTree* t) {
  auto* c = dynamic_cast<antlr4::RuleContext*>(t); return c ? c->getRuleIndex() : static_cast<size_t>(-1); }

// The token before `t` on the default channel (the parser's view), or null.
Token* previousToken(GoParser& parser, Token* t) {
  auto* ts = dynamic_cast<antlr4::BufferedTokenStream*>(parser.getTokenStream());
  if (!ts || !t || t->getTokenIndex() == 0 || t->getTokenIndex() == static_cast<size_t>(-1)) return nullptr;
  return ts->get(t->getTokenIndex() - 1);
}

bool headerHasSemi(antlr4::ParserRuleContext* c) {
  for (auto* ch : c->children)
    if (auto* h = dynamic_cast<GoParser::HeaderContext*>(ch)) return h->semi != nullptr;
  return false;
}

}  // namespace

std::string describeToken(const Token* t, const SourceText& text) {
  size_t type = t->getType();
  if (type == Token::EOF) return "EOF";
  if (type == GoLexer::SEMI) return t->getText() == ";" ? "semicolon" : t->getText();
  if (type == GoLexer::IMPLICIT_SEMI) return t->getText();  // the closer it stands for
  std::string src(text.slice(t->getStartIndex(), t->getStopIndex()));
  if (type == GoLexer::IDENTIFIER) return "name " + src;
  if (isLiteral(type)) return "literal " + src;
  if (isKeyword(type)) return "keyword " + src;
  return src;
}

SyntaxErrorInfo describeSyntaxError(const ParseFailure& f, GoParser& parser, const SourceText& text) {
  Token* t = f.token;
  size_t type = t->getType();
  SyntaxErrorInfo info;
  info.byteOffset = text.byteOffset(std::min(t->getStartIndex(), text.codePoints().size()));
  info.pos = text.posOfByte(info.byteOffset);
  std::string tok = describeToken(t, text);
  const IntervalSet& exp = f.expected;
  Token* prev = previousToken(parser, t);
  size_t prevType = prev ? prev->getType() : 0;
  auto has = [&](size_t type) { return exp.contains(type); };
  bool wantsExpr = has(GoLexer::INT_LIT);
  bool wantsType = !wantsExpr && has(GoLexer::MAP) && has(GoLexer::CHAN);

  auto unexpected = [&](const std::string& suffix) {
    info.message = "unexpected " + tok + suffix;
    return info;
  };
  auto plain = [&](const std::string& msg) {
    info.message = msg;
    return info;
  };
  // gc consumes `var` before complaining about it in a header.
  auto afterVar = [&](const std::string& msg) {
    if (auto* ts = dynamic_cast<antlr4::BufferedTokenStream*>(parser.getTokenStream())) {
      ts->fill();
      Token* next = ts->get(std::min(t->getTokenIndex() + 1, ts->size() - 1));
      info.byteOffset = text.byteOffset(std::min(next->getStartIndex(), text.codePoints().size()));
      info.pos = text.posOfByte(info.byteOffset);
    }
    return plain(msg);
  };

  antlr4::ParserRuleContext* ctx = f.ctx;
  size_t rule = ruleOf(ctx);
  // A block's '{' is wanted on behalf of the statement that owns the block.
  if (rule == GoParser::RuleBlock && has(GoLexer::L_CURLY) &&
      ctx->parent) {
    ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent);
    rule = ruleOf(ctx);
  }

  switch (rule) {
    case GoParser::RuleEos: {
      size_t parent = ruleOf(ctx->parent);
      if (parent == GoParser::RuleStructType) return unexpected(" in struct type; possibly missing semicolon or newline or }");
      if (parent == GoParser::RuleInterfaceType)
        return unexpected(" in interface type; possibly missing semicolon or newline or }");
      return unexpected(" at end of statement");
    }
    case GoParser::RuleGroupEos:
      return unexpected(" in grouped declaration; possibly missing semicolon or newline or )");
    case GoParser::RuleTopEos:
      if (prevType && prev->getTokenIndex() <= 1) return unexpected(", expected semicolon or newline");
      return unexpected(" after top level declaration");
    case GoParser::RulePackageClause:
      if (has(GoLexer::PACKAGE)) return plain("package statement must be first");
      break;
    case GoParser::RuleSourceFile: {
      if (f.noViableAlt && f.startToken && f.startToken->getType() == GoLexer::IMPORT)
        return plain(isLiteral(type) ? "import path must be a string" : "missing import path");
      if (type == GoLexer::L_CURLY) {
        auto decls = static_cast<GoParser::SourceFileContext*>(ctx)->topLevelDecl();
        if (!decls.empty() && decls.back()->funcDecl() && !decls.back()->funcDecl()->block())
          return plain("unexpected semicolon or newline before {");
      }
      return plain("non-declaration statement outside function body");
    }
    case GoParser::RuleImportDecl:
    case GoParser::RuleImportSpec:
    case GoParser::RuleImportPath:
      if (isLiteral(type)) return plain("import path must be a string");
      if (has(GoLexer::STRING_LIT)) return plain("missing import path");
      break;
    case GoParser::RuleArguments:
      if (wantsExpr && prevType == GoLexer::L_PAREN) return unexpected(", expected expression");
      return unexpected(" in argument list; possibly missing comma or )");
    case GoParser::RuleParameters:
      if (has(GoLexer::L_PAREN) && !has(GoLexer::R_PAREN)) return unexpected(", expected (");
      if (prevType == GoLexer::L_PAREN || prevType == GoLexer::COMMA) return unexpected(", expected )");
      return unexpected(" in parameter list; possibly missing comma or )");
    case GoParser::RuleLiteralValue:
      if (wantsExpr && (prevType == GoLexer::L_CURLY || prevType == GoLexer::COMMA)) return unexpected(", expected expression");
      return unexpected(" in composite literal; possibly missing comma or }");
    case GoParser::RuleOperand:
    case GoParser::RuleHdrOperand:
      // A failed prediction that ran into T{...}: the literal is what broke.
      if (f.noViableAlt && f.startToken && f.startToken != t && f.startToken->getType() == GoLexer::IDENTIFIER)
        return unexpected(" in composite literal; possibly missing comma or }");
      // Inside [N]T / []T written as an operand.
      if (prevType == GoLexer::L_BRACKET) return unexpected(", expected expression");
      if (prevType == GoLexer::R_BRACKET) return unexpected(", expected type");
      break;
    case GoParser::RuleIndexSuffix: {
      if (type == GoLexer::R_BRACKET && prevType == GoLexer::L_BRACKET) return unexpected(", expected operand");
      if (wantsExpr && prevType == GoLexer::L_BRACKET) return unexpected(", expected expression");
      for (auto* ch : ctx->children)
        if (dynamic_cast<GoParser::SliceTailContext*>(ch)) return unexpected(", expected ]");
      return unexpected(", expected comma, : or ]");
    }
    case GoParser::RulePrimaryExpr:
    case GoParser::RuleHdrPrimaryExpr:
      if (prevType == GoLexer::DOT) return unexpected(", expected name or (");
      break;
    case GoParser::RuleElseBranch:
      return plain("else must be followed by if or statement block");
    case GoParser::RuleIfStmt:
      if (prevType == GoLexer::ELSE) return plain("else must be followed by if or statement block");
      if (type == GoLexer::VAR && prevType == GoLexer::IF) return afterVar("var declaration not allowed in if initializer");
      if (has(GoLexer::L_CURLY))
        return unexpected(type == GoLexer::SEMI ? ", expected { after if clause" : ", expected {");
      break;
    case GoParser::RuleForStmt: {
      if (type == GoLexer::VAR && prevType == GoLexer::FOR) return afterVar("var declaration not allowed in for initializer");
      auto* fh = static_cast<GoParser::ForStmtContext*>(ctx)->forHeader();
      bool complete = type == GoLexer::SEMI;
      if (fh) {
        complete = complete || fh->SEMI().size() == 2;
        if (fh->init && fh->init->RANGE()) complete = true;
      }
      if (has(GoLexer::L_CURLY)) return unexpected(complete ? ", expected { after for clause" : ", expected {");
      break;
    }
    case GoParser::RuleSwitchStmt:
      if (type == GoLexer::VAR && prevType == GoLexer::SWITCH)
        return afterVar("var declaration not allowed in switch initializer");
      if (has(GoLexer::CASE)) return unexpected(", expected case or default or }");
      if (has(GoLexer::L_CURLY)) {
        if (headerHasSemi(ctx)) return plain("missing { after switch clause");
        return unexpected(", expected {");
      }
      break;
    case GoParser::RuleSelectStmt:
      if (has(GoLexer::CASE)) return unexpected(", expected case or default or }");
      return plain("missing { after select clause");
    case GoParser::RuleFuncDecl:
      if (prevType == GoLexer::FUNC) return unexpected(", expected name or (");
      if (has(GoLexer::IDENTIFIER) && !has(GoLexer::L_PAREN)) return unexpected(", expected name");
      break;
    case GoParser::RuleChanType:
      if (wantsType || has(GoLexer::IDENTIFIER)) return plain("missing channel element type");
      break;
    case GoParser::RuleStructType:
      if (has(GoLexer::IDENTIFIER)) return unexpected(", expected field name or embedded type");
      break;
    case GoParser::RuleBlock:
    case GoParser::RuleStatementList:
      if (has(GoLexer::R_CURLY)) return unexpected(", expected }");
      break;
    case GoParser::RuleLabeledStmt:
      break;
    default:
      break;
  }

  if (wantsExpr) return unexpected(", expected expression");
  if (wantsType) return unexpected(", expected type");
  if (exp.size() == 1) return unexpected(", expected " + tokString(exp.getMinElement(), parser.getVocabulary()));
  // A statement list or block ends where a statement cannot start.
  if (has(GoLexer::R_CURLY)) return unexpected(", expected }");
  if (has(GoLexer::IDENTIFIER)) return unexpected(", expected name");
  if (has(GoLexer::L_PAREN)) return unexpected(", expected (");
  return unexpected("");
}

}  // namespace gosub::grammar
