// constant.h — exact arithmetic on Go constants (the checker's constant
// folding). Mirrors go/constant in spirit: untyped integers are exact,
// floats are IEEE quad; representability checks say whether a value fits a
// typed basic type.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "ast/ast.h"
#include "types/types.h"

namespace gosub::types {

using ConstPtr = std::shared_ptr<Constant>;

ConstPtr makeBool(bool b);
ConstPtr makeString(std::string s);
ConstPtr makeInt(int64_t v);
ConstPtr makeIntAP(const llvm::APInt& v);
ConstPtr makeFloatAP(const llvm::APFloat& v);

// Parses a literal's source text. Returns null and sets `error` for a
// malformed literal (e.g. an invalid escape) with gc's wording.
ConstPtr parseLiteral(ast::LitKind kind, const std::string& text, std::string& error);

// Int -> Float and Float -> Int (the latter only if exactly integral).
ConstPtr toFloat(const Constant& c);
ConstPtr toIntExact(const Constant& c);  // null if not an integer value

// Fits within gc's 512-bit limit for untyped integers.
bool intInRange(const Constant& c);

// Can `c` be represented in basic kind `k`? On success, `rounded` receives the
// value converted for that type (floats rounded to float32/float64).
bool representable(const Constant& c, BasicKind k, ConstPtr* rounded);

// Arithmetic; operands have already been converted to a common kind.
// `integerDivision` chooses truncated integer division for Quo.
ConstPtr unaryOp(ast::Op op, const Constant& x, BasicKind typeKind);
ConstPtr binaryOp(ast::Op op, const Constant& x, const Constant& y, bool integerDivision);
ConstPtr shiftOp(ast::Op op, const Constant& x, uint64_t count);
bool compareOp(ast::Op op, const Constant& x, const Constant& y);
bool isZero(const Constant& c);

}  // namespace gosub::types
