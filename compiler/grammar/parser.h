// parser.h — Go source text to ast::File.
#pragma once

#include "ast/ast.h"
#include "support/diagnostics.h"

namespace gosub::grammar {

// Parses file `fileIndex` of `sources`. Syntax errors are reported to diags as
// gc words them; the result is null if the file has any syntax error.
ast::File* parseFile(const SourceManager& sources, int fileIndex, ast::Arena& arena, Diagnostics& diags);

}  // namespace gosub::grammar
