// GoParser.g4 — the syntax of Go (go.dev/ref/spec), shaped like gc's
// recursive-descent parser (cmd/compile/internal/syntax/parser.go) rather than
// like the spec's EBNF, for two reasons:
//  * decisions stay LL(1)/LL(2) (statements parse an expression list first and
//    decide by the token after it), so prediction is cheap and a syntax error
//    is detected in the rule that gc would detect it in, which is what lets
//    syntax_errors.cpp word the message as gc does;
//  * an if/for/switch header has its own copy of the top expression rules
//    (hdr*), which is how gc's xnest rule becomes grammar: a composite
//    literal whose type is a bare name may not appear at a header's top
//    level, so `if x == T {` ends the header. Elsewhere nothing but a
//    composite literal or function body may follow an operand with `{`, so
//    those decisions are LL(1) even in SLL mode (no long scans, and errors
//    inside literals and closures are found where they are);
//  * a few checks gc makes after parsing (an if condition that is really an
//    assignment, range outside a for header, ...) are left to the AST builder,
//    which reports them with gc's wording.
// Semicolons come from GoTokenSource: SEMI from the source or from automatic
// insertion, IMPLICIT_SEMI where the spec lets a program omit one before a
// closing } or the ) of a declaration group.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile
  : packageClause topEos (importDecl topEos)* (topLevelDecl topEos)* EOF
  ;

packageClause : PACKAGE IDENTIFIER ;

// After a top-level declaration (IMPLICIT_SEMI: before EOF).
topEos   : SEMI | IMPLICIT_SEMI ;
// After a spec in a grouped declaration.
groupEos : SEMI | IMPLICIT_SEMI ;
// After a statement, a struct field or an interface element.
eos      : SEMI | IMPLICIT_SEMI ;

importDecl : IMPORT (importSpec | L_PAREN (importSpec groupEos)* R_PAREN) ;
importSpec : (DOT | IDENTIFIER)? importPath ;
importPath : STRING_LIT | RAW_STRING_LIT ;

// Imports after other declarations are accepted here and rejected by the
// builder with gc's message.
topLevelDecl : declaration | funcDecl | importDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | L_PAREN (constSpec groupEos)* R_PAREN) ;
constSpec : identifierList (type_? ASSIGN expressionList)? ;

varDecl : VAR (varSpec | L_PAREN (varSpec groupEos)* R_PAREN) ;
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec groupEos)* R_PAREN) ;
// Array types come first: `type A [N]int` is an array, as in gc.
typeSpec
  : IDENTIFIER ASSIGN? type_
  | IDENTIFIER typeParams ASSIGN? type_
  ;

typeParams    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET ;
typeParamDecl : identifierList typeElem ;
typeElem      : TILDE? type_ (PIPE TILDE? type_)* ;

funcDecl : FUNC receiver=parameters? IDENTIFIER typeParams? signature block? ;

identifierList : IDENTIFIER (COMMA IDENTIFIER)* ;

// ---------------------------------------------------------------- types

type_
  : typeName typeArgs?
  | typeLit
  | L_PAREN type_ R_PAREN
  ;

typeName : IDENTIFIER (DOT IDENTIFIER)? ;
typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET ;

typeLit
  : arrayType
  | sliceType
  | pointerType
  | funcType
  | structType
  | interfaceType
  | mapType
  | chanType
  ;

arrayType   : L_BRACKET arrayLength R_BRACKET type_ ;
arrayLength : expression ;
sliceType   : L_BRACKET R_BRACKET type_ ;
pointerType : STAR type_ ;
funcType    : FUNC signature ;
mapType     : MAP L_BRACKET type_ R_BRACKET type_ ;
// `chan<- T` before `chan T`, so that `chan <-chan int` means chan<- (chan int)
// exactly when gc says so (gc binds <- to the left chan).
chanType
  : CHAN ARROW type_
  | CHAN type_
  | ARROW CHAN type_
  ;

structType : STRUCT L_CURLY (fieldDecl eos)* R_CURLY ;
fieldDecl
  : identifierList type_ tag=string_?
  | embeddedField tag=string_?
  ;
embeddedField : STAR? typeName typeArgs? ;
string_ : STRING_LIT | RAW_STRING_LIT ;

interfaceType : INTERFACE L_CURLY (interfaceElem eos)* R_CURLY ;
interfaceElem
  : IDENTIFIER signature
  | typeElem
  ;

signature  : parameters result? ;
result     : parameters | type_ ;
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN ;
// `a, b int`: a lone name is a type until a later parameter has a name and a
// type; the builder distributes types as gc's paramList does.
parameterDecl : IDENTIFIER? ELLIPSIS? type_ ;

// ---------------------------------------------------------------- statements

block : L_CURLY statementList R_CURLY ;

statementList : (statement? eos)* ;

statement
  : declaration
  | labeledStmt
  | simpleStmt
  | goStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  | deferStmt
  ;

// `L: }` labels an empty statement, as in gc.
labeledStmt : IDENTIFIER COLON statement? ;

// Left-factored like gc's simpleStmt. `range` is accepted anywhere and
// rejected by the builder outside for headers.
simpleStmt
  : RANGE expression
  | expressionList
      ( op=(DEFINE | ASSIGN) (RANGE expression | expressionList)
      | assignOp expression
      | op=(INC | DEC)
      | op=ARROW expression
      )?
  ;

assignOp
  : ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
  | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
  ;

goStmt          : GO expression ;
deferStmt       : DEFER expression ;
returnStmt      : RETURN expressionList? ;
breakStmt       : BREAK IDENTIFIER? ;
continueStmt    : CONTINUE IDENTIFIER? ;
gotoStmt        : GOTO IDENTIFIER ;
fallthroughStmt : FALLTHROUGH ;

// Headers: gc parses `[init ;] cond` as simple statements and checks their
// kinds afterwards (builder).
ifStmt : IF header block (ELSE elseBranch)? ;
elseBranch : ifStmt | block ;

header : init=hdrSimpleStmt? (semi=SEMI cond=hdrSimpleStmt?)? ;

switchStmt : SWITCH header L_CURLY caseClause* R_CURLY ;
caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

selectStmt : SELECT L_CURLY commClause* R_CURLY ;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

forStmt : FOR forHeader block ;
forHeader : init=hdrSimpleStmt? (SEMI cond=hdrSimpleStmt? SEMI post=hdrSimpleStmt?)? ;

// The header copies of simpleStmt .. operand. Brackets inside a header lead
// back to the ordinary rules (gc's xnest >= 0 again).
hdrSimpleStmt
  : RANGE hdrExpression
  | hdrExpressionList
      ( op=(DEFINE | ASSIGN) (RANGE hdrExpression | hdrExpressionList)
      | assignOp hdrExpression
      | op=(INC | DEC)
      | op=ARROW hdrExpression
      )?
  ;
hdrExpressionList : hdrExpression (COMMA hdrExpression)* ;
hdrExpression
  : hdrUnaryExpr
  | hdrExpression mulOp=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) hdrExpression
  | hdrExpression addOp=(PLUS | MINUS | PIPE | CARET) hdrExpression
  | hdrExpression relOp=(EQL | NEQ | LESS | LEQ | GREATER | GEQ) hdrExpression
  | hdrExpression LOGICAL_AND hdrExpression
  | hdrExpression LOGICAL_OR hdrExpression
  ;
hdrUnaryExpr
  : hdrPrimaryExpr
  | unaryOp=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | ARROW) hdrUnaryExpr
  ;
hdrPrimaryExpr
  : hdrOperand
  | hdrPrimaryExpr DOT IDENTIFIER
  | hdrPrimaryExpr DOT L_PAREN (TYPE | type_) R_PAREN
  | hdrPrimaryExpr indexSuffix
  | hdrPrimaryExpr arguments
  ;
hdrOperand
  : basicLit
  | IDENTIFIER
  | L_PAREN expression R_PAREN
  | FUNC signature block?
  | literalType literalValue?
  | chanType
  | interfaceType
  ;

// ---------------------------------------------------------------- expressions

expressionList : expression (COMMA expression)* ;

// Go's five binary precedence levels; unary operators bind tighter than all.
expression
  : unaryExpr
  | expression mulOp=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression
  | expression addOp=(PLUS | MINUS | PIPE | CARET) expression
  | expression relOp=(EQL | NEQ | LESS | LEQ | GREATER | GEQ) expression
  | expression LOGICAL_AND expression
  | expression LOGICAL_OR expression
  ;

unaryExpr
  : primaryExpr
  | unaryOp=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | ARROW) unaryExpr
  ;

primaryExpr
  : operand
  | primaryExpr DOT IDENTIFIER
  | primaryExpr DOT L_PAREN (TYPE | type_) R_PAREN
  | primaryExpr indexSuffix
  | primaryExpr arguments
  ;

indexSuffix
  : L_BRACKET (expression (sliceTail | (COMMA expression)* COMMA?) | sliceTail) R_BRACKET
  ;
sliceTail : c1=COLON high=expression? (c2=COLON max=expression?)? ;

arguments
  : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
  ;

operand
  : basicLit
  | typeName typeArgs? literalValue
  | IDENTIFIER
  | L_PAREN expression R_PAREN
  | FUNC signature block?
  | literalType literalValue?
  | chanType
  | interfaceType
  ;

basicLit : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | STRING_LIT | RAW_STRING_LIT ;

// Types that may be written before a literal value regardless of xnest.
literalType
  : structType
  | arrayType
  | L_BRACKET ELLIPSIS R_BRACKET type_
  | sliceType
  | mapType
  ;

literalValue : L_CURLY (element (COMMA element)* COMMA?)? IMPLICIT_SEMI? R_CURLY ;
element      : elementValue (COLON elementValue)? ;
elementValue : expression | literalValue ;
