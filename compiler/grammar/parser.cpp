// parser.cpp — parseFile: lexing, semicolon insertion, two-stage parsing,
// AST building, and the one syntax error gc would print first.
#include "grammar/parser.h"

#include <pthread.h>


#include "GoLexer.h"
#include "GoParser.h"
#include "grammar/ast_builder.h"
#include "grammar/source_text.h"
#include "grammar/syntax_errors.h"
#include "grammar/token_source.h"

namespace gosub::grammar {

namespace {

// Feeds our own UTF-32 decoding to ANTLR (its UTF-8 converter throws on
// malformed input).
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(const std::u32string& cps) {
    _data = cps;
    p = 0;
  }
};

// ANTLR's generated parser recurses on the native stack once per rule, so
// deeply nested input (((((...))))) could overflow it. The guard measures the
// stack itself on every rule entry (cheap, unlike a parse listener, and
// Parser::exitRule is not virtual so a counter could not be kept) and
// abandons the parse once it has used a quarter of the stack left to the
// calling thread, keeping the rest for ANTLR's prediction and for the later
// passes, whose recursion follows the same tree. The driver compiles on a
// thread with a 1 GiB stack, which allows hundreds of thousands of levels.
static size_t parserStackBudget(const char* base) {
  pthread_attr_t attr;
  size_t budget = 1 << 20;  // if the thread's stack cannot be found
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* lo = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &lo, &size) == 0 && lo && base > static_cast<const char*>(lo))
      budget = static_cast<size_t>(base - static_cast<const char*>(lo)) / 4;
    pthread_attr_destroy(&attr);
  }
  return budget;
}

class GuardedParser : public GoParser {
 public:
  using GoParser::GoParser;
  const char* stackBase = nullptr;
  size_t stackBudget = 0;
  bool tooDeep = false;
  antlr4::Token* at = nullptr;

  void enterRule(antlr4::ParserRuleContext* c, size_t state, size_t rule) override {
    check();
    GoParser::enterRule(c, state, rule);
  }
  void enterRecursionRule(antlr4::ParserRuleContext* c, size_t state, size_t rule, int precedence) override {
    check();
    GoParser::enterRecursionRule(c, state, rule, precedence);
  }

 private:
  void check() {
    auto* sp = static_cast<const char*>(__builtin_frame_address(0));
    if (stackBase && stackBase - sp > static_cast<std::ptrdiff_t>(stackBudget)) {
      tooDeep = true;
      at = getCurrentToken();
      throw ParseAbort{};
    }
  }
};

}  // namespace

ast::File* parseFile(const SourceManager& sources, int fileIndex, ast::Arena& arena, Diagnostics& diags) {
  SourceText text(fileIndex, sources.contents(fileIndex));
  CodePointStream input(text.codePoints());
  input.name = sources.path(fileIndex);
  GoLexer lexer(&input);
  lexer.removeErrorListeners();  // every lexical error is a token we check
  GoTokenSource tokenSource(lexer, text);
  antlr4::CommonTokenStream tokens(&tokenSource);
  GuardedParser parser(&tokens);
  parser.removeErrorListeners();  // errors go through GoErrorStrategy only
  parser.stackBase = static_cast<const char*>(__builtin_frame_address(0));
  parser.stackBudget = parserStackBudget(parser.stackBase);

  auto report = [&](const SyntaxErrorInfo& e) {
    if (e.syntaxPrefix)
      diags.syntaxError(e.pos, e.message);
    else
      diags.error(e.pos, e.message);
  };

  // Stage 1: SLL prediction, which is exact for almost every correct program
  // and much faster. Stage 2 (full LL) runs only if stage 1 fails, both to
  // accept what SLL cannot decide and to find the error as LL sees it.
  GoParser::SourceFileContext* tree = nullptr;
  auto attempt = [&](antlr4::atn::PredictionMode mode) -> std::shared_ptr<GoErrorStrategy> {
    auto strategy = std::make_shared<GoErrorStrategy>();
    parser.setErrorHandler(strategy);
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(mode);
    tree = nullptr;
    try {
      tree = parser.sourceFile();
    } catch (ParseAbort&) {
      tree = nullptr;
    } catch (std::exception&) {  // an ANTLR runtime exception: never crash
      tree = nullptr;
    }
    return strategy;
  };
  auto strategy = attempt(antlr4::atn::PredictionMode::SLL);
  if (!tree && !parser.tooDeep) {
    tokens.seek(0);
    parser.reset();
    strategy = attempt(antlr4::atn::PredictionMode::LL);
  }

  std::optional<SyntaxErrorInfo> first;
  if (parser.tooDeep) {
    first = SyntaxErrorInfo{};
    first->byteOffset = text.byteOffset(std::min(parser.at->getStartIndex(), text.codePoints().size()));
    first->pos = text.posOfByte(first->byteOffset);
    first->message = "too deeply nested";
  } else if (!tree && strategy->failure) {
    first = describeSyntaxError(*strategy->failure, parser, text);
  } else if (!tree) {
    first = SyntaxErrorInfo{text.posOfByte(0), 0, "unexpected error", true};
  }
  if (const auto& lex = tokenSource.lexError(); lex && (!first || lex->byteOffset <= first->byteOffset)) first = lex;
  if (first) {
    report(*first);
    return nullptr;
  }

  AstBuilder builder(arena, text, tokenSource, tokens);
  ast::File* file = builder.build(tree, sources.path(fileIndex));
  if (!builder.errors().empty()) {
    for (const auto& e : builder.errors()) report(e);
    return nullptr;
  }
  return file;
}

}  // namespace gosub::grammar
