// GoLexer.g4 — tokens of the Go language (go.dev/ref/spec#Lexical_elements).
//
// The lexer is deliberately a little permissive where Go's scanner gives a
// precise message (string escapes, octal digits, unterminated literals): it
// produces one token for the malformed text and GoTokenSource (token_source.cpp)
// validates it and reports gc's wording. Newlines and comments are real tokens
// because automatic semicolon insertion needs them; GoTokenSource drops them
// before the parser sees the stream.
lexer grammar GoLexer;

// Produced only by GoTokenSource: the semicolon Go lets a program omit before
// a closing ) or } (spec rule 2), made explicit so that the grammar needs no
// predicates to end a statement (predicates are invisible to ANTLR's
// prediction after the first token, which would let a statement run on).
tokens { IMPLICIT_SEMI }

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation; op-assign tokens are single tokens as in Go.
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
LOGICAL_AND    : '&&';
LOGICAL_OR     : '||';
ARROW          : '<-';
INC            : '++';
DEC            : '--';
EQL            : '==';
NEQ            : '!=';
LEQ            : '<=';
GEQ            : '>=';
DEFINE         : ':=';
ELLIPSIS       : '...';
AND_NOT        : '&^';
SHL            : '<<';
SHR            : '>>';
PLUS           : '+';
MINUS          : '-';
STAR           : '*';
DIV            : '/';
MOD            : '%';
AMP            : '&';
PIPE           : '|';
CARET          : '^';
LESS           : '<';
GREATER        : '>';
ASSIGN         : '=';
EXCLAMATION    : '!';
TILDE          : '~';
L_PAREN        : '(';
R_PAREN        : ')';
L_BRACKET      : '[';
R_BRACKET      : ']';
L_CURLY        : '{';
R_CURLY        : '}';
COMMA          : ',';
DOT            : '.';
SEMI           : ';';
COLON          : ':';

// Numbers. Leading-zero decimals are legacy octal ints (checked in C++), but
// they are valid mantissas of floats and imaginary literals (089.5, 089i).
INT_LIT
  : '0' [xX] ('_'? HEX_DIGIT)+
  | '0' [bB] ('_'? [01])+
  | '0' [oO] ('_'? [0-7])+
  | DECIMALS
  ;
FLOAT_LIT
  : DECIMALS '.' DECIMALS? DEC_EXP?
  | DECIMALS DEC_EXP
  | '.' DECIMALS DEC_EXP?
  | '0' [xX] HEX_MANTISSA HEX_EXP
  ;
IMAGINARY_LIT : (INT_LIT | FLOAT_LIT) 'i';
// A base prefix without digits ("0x"): reported as gc does.
BAD_NUMBER : '0' [xXbBoO];

// Runes and strings are matched loosely (any escaped character) and checked
// in C++, so that a bad escape gets gc's message rather than a token error.
RUNE_LIT            : '\'' (~['\\\n] | '\\' ~[\n])* '\'';
UNTERMINATED_RUNE   : '\'' (~['\\\n] | '\\' ~[\n])* ('\\')?;
STRING_LIT          : '"' (~["\\\n] | '\\' ~[\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\n] | '\\' ~[\n])* ('\\')?;
RAW_STRING_LIT      : '`' ~'`'* '`';
UNTERMINATED_RAW    : '`' ~'`'*;

// Whitespace and comments. A comment is a token so that semicolon insertion
// can see newlines inside /* */ and the builder can read //go: directives.
WS                 : [ \t\r]+ -> skip;
NEWLINE            : '\n';
LINE_COMMENT       : '//' ~[\n]*;
BLOCK_COMMENT      : '/*' .*? '*/';
// Cannot contain "*/", so it is only the longest match when no "*/" follows.
UNTERMINATED_BLOCK : '/*' (~'*' | '*'+ ~[*/])* '*'*;

// Anything else: reported as "invalid character U+XXXX".
INVALID : .;

fragment DECIMALS     : [0-9] ('_'? [0-9])*;
fragment DEC_EXP      : [eE] [+-]? DECIMALS;
fragment HEX_DIGIT    : [0-9a-fA-F];
fragment HEX_DIGITS   : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment HEX_MANTISSA : '_'? HEX_DIGITS '.'? HEX_DIGITS? | '.' HEX_DIGITS;
fragment HEX_EXP      : [pP] [+-]? DECIMALS;
fragment LETTER       : [\p{L}] | '_';
fragment UNICODE_DIGIT: [\p{Nd}];
