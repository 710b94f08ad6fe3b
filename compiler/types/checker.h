// checker.h — the type checker: resolves names, computes types and constant
// values, and reports Go's type errors with positions.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"
#include "types/types.h"

namespace gosub::types {

// Supplies imported packages; the driver implements it by finding the
// package's source in stdlib/, parsing and checking it. Returns null (after
// reporting an error at pos) when the package cannot be found.
class Importer {
 public:
  virtual ~Importer() = default;
  virtual Package* import(const std::string& path, ast::Pos pos) = 0;
};

// Checks one package made of `files`; annotates the AST in place (Expr::type,
// mode, constant; Ident::obj) and returns the package. Errors go to diags.
Package* checkPackage(TypeTable& table, Diagnostics& diags, Importer& importer, const std::string& path,
                      const std::vector<ast::File*>& files, bool isStdlib);

}  // namespace gosub::types
