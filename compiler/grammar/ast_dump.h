// ast_dump.h — a compact S-expression rendering of an ast::File, for tests
// (gosub-parse-test -dump-ast) and debugging. Null children print as `_`.
#pragma once

#include <ostream>

#include "ast/ast.h"

namespace gosub::grammar {

// withPos appends @line:col to every node's head word.
void dumpAst(const ast::File* file, std::ostream& os, bool withPos = false);

}  // namespace gosub::grammar
