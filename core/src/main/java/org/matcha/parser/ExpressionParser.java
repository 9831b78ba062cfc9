package org.matcha.parser;

import java.util.ArrayList;
import org.matcha.ast.*;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;

/**
 * Expressions of CPython 3.11's grammar (Grammar/python.gram, "EXPRESSIONS" onwards).
 * Each rule method returns the node, or null when the rule does not match at the current
 * position (PEG failure; the caller resets {@code pos}).
 */
abstract class ExpressionParser extends LiteralParser {

    ExpressionParser(Lexer lexer, WarningSink warnings) {
        super(lexer, warnings);
    }

    // expressions: expression (',' expression)* [',']
    protected final AstExpr expressions() {
        return commaTuple(this::expression, Load.INSTANCE);
    }

    /**
     * item (',' item)* [','] — the item alone, or a Tuple of the items when a comma follows
     * (CPython: the expressions, star_expressions and star_targets rules).
     */
    private AstExpr commaTuple(java.util.function.Supplier<AstExpr> item, AstExprContext ctx) {
        Token start = peek();
        AstExpr first = item.get();
        if (first == null || !at(TokenKind.COMMA)) {
            return first;
        }
        ArrayList<AstExpr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            int mark = pos;
            AstExpr e = item.get();
            if (e == null) {
                pos = mark;
                break;
            }
            elts.add(e);
        }
        return finish(new Tuple(elts, ctx, 0, 0, 0, 0), start);
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    protected final AstExpr expression() {
        if (atKeyword("lambda")) {
            // CPython's parser counts two levels here: expression, then lambdef
            enter();
            enter();
            try {
                return lambdef();
            } finally {
                leave();
                leave();
            }
        }
        enter();
        try {
            Token start = peek();
            AstExpr body = disjunction();
            if (body == null) {
                return null;
            }
            if (atKeyword("if")) {
                int mark = pos;
                next();
                AstExpr test = disjunction();
                if (test != null && acceptKeyword("else")) {
                    AstExpr orelse = expression();
                    if (orelse != null) {
                        return finish(new IfExp(test, body, orelse, 0, 0, 0, 0), start);
                    }
                } else if (test != null && invalidRules && !atKeyword("else")) {
                    throw errorBetween(body, test, "expected 'else' after 'if' expression");
                }
                pos = mark;
            }
            if (invalidRules && bracketDepth > 0) {
                invalidExpression(body);
            }
            return body;
        } finally {
            leave();
        }
    }

    /** Depth of (), [] and {} displays being parsed, for rules that apply only inside brackets. */
    protected int bracketDepth;

    @Override
    protected final AstExpr starExpressionInvalidPass() {
        boolean saved = invalidRules;
        invalidRules = true;
        bracketDepth++;
        try {
            return starExpression();
        } finally {
            invalidRules = saved;
            bracketDepth--;
        }
    }

    /**
     * invalid_expression: two expressions in a row inside brackets, "Perhaps you forgot a comma?"
     * (not after NAME STRING, a soft keyword, or a legacy print/exec).
     */
    private void invalidExpression(AstExpr a) {
        Token t = peek();
        if (!startsExpression(t)) {
            return;
        }
        if (a instanceof Name n && (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START
                || n.id.equals("match") || n.id.equals("case") || n.id.equals("_")
                || n.id.equals("print") || n.id.equals("exec"))) {
            return;
        }
        int mark = pos;
        boolean saved = invalidRules;
        invalidRules = false;
        AstExpr b;
        try {
            b = expression();
        } finally {
            invalidRules = saved;
        }
        if (b != null) {
            throw errorBetween(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
        pos = mark;
    }

    static boolean startsExpression(Token t) {
        switch (t.kind()) {
            case NAME:
                return !isKeyword(t.text()) || t.text().equals("None") || t.text().equals("True")
                        || t.text().equals("False") || t.text().equals("lambda") || t.text().equals("not")
                        || t.text().equals("await");
            case NUMBER: case STRING: case FSTRING_START: case LPAR: case LSQB: case LBRACE:
            case MINUS: case PLUS: case TILDE: case ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    protected final AstExpr yieldExpr() {
        Token start = peek();
        if (!acceptKeyword("yield")) {
            return null;
        }
        if (acceptKeyword("from")) {
            AstExpr value = expression();
            if (value == null) {
                return null;
            }
            return finish(new YieldFrom(value, 0, 0, 0, 0), start);
        }
        int mark = pos;
        AstExpr value = starExpressions();
        if (value == null) {
            pos = mark;
        }
        return finish(new Yield(value, 0, 0, 0, 0), start);
    }

    // star_expressions: star_expression (',' star_expression)* [',']
    protected final AstExpr starExpressions() {
        return commaTuple(this::starExpression, Load.INSTANCE);
    }

    // star_expression: '*' bitwise_or | expression
    protected final AstExpr starExpression() {
        if (at(TokenKind.STAR)) {
            Token start = next();
            AstExpr value = bitwiseOr();
            if (value == null) {
                return null;
            }
            return finish(new Starred(value, Load.INSTANCE, 0, 0, 0, 0), start);
        }
        return expression();
    }

    /** The rest of star_named_expressions after an already parsed first element. */
    private ArrayList<AstExpr> restOfStarNamedExpressions(AstExpr first) {
        ArrayList<AstExpr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            int mark = pos;
            AstExpr e = starNamedExpression();
            if (e == null) {
                pos = mark;
                break;
            }
            elts.add(e);
        }
        return elts;
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    protected final ArrayList<AstExpr> starNamedExpressions() {
        ArrayList<AstExpr> elts = new ArrayList<>();
        AstExpr first = starNamedExpression();
        if (first == null) {
            return null;
        }
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            int mark = pos;
            AstExpr e = starNamedExpression();
            if (e == null) {
                pos = mark;
                break;
            }
            elts.add(e);
        }
        return elts;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    protected final AstExpr starNamedExpression() {
        if (at(TokenKind.STAR)) {
            Token start = next();
            AstExpr value = bitwiseOr();
            if (value == null) {
                return null;
            }
            return finish(new Starred(value, Load.INSTANCE, 0, 0, 0, 0), start);
        }
        return namedExpression();
    }

    // named_expression: NAME ':=' expression | invalid_named_expression | expression !':='
    protected final AstExpr namedExpression() {
        return namedExpression(true);
    }

    /**
     * named_expression; {@code invalidRule} false for CPython's {@code assignment_expression |
     * expression !':='}, which has no invalid_named_expression.
     */
    private AstExpr namedExpression(boolean invalidRule) {
        if (atName() && peek(1).kind() == TokenKind.COLONEQUAL) {
            Token start = next();
            next();
            AstExpr value = expression();
            if (value == null) {
                return null;
            }
            Name target = spanTokens(new Name(start.text(), Store.INSTANCE, 0, 0, 0, 0), start, start);
            checkVersion(8, "Assignment expressions are");
            return finish(new NamedExpr(target, value, 0, 0, 0, 0), start);
        }
        Token start = peek();
        AstExpr e = expression();
        if (e == null) {
            return null;
        }
        if (at(TokenKind.COLONEQUAL)) {
            if (invalidRules && invalidRule) {
                throw errorAt(e, "cannot use assignment expressions with " + exprName(e));
            }
            return null;
        }
        if (invalidRules && invalidRule && at(TokenKind.EQUAL)) {
            invalidNamedAssignment(e, start);
        }
        return e;
    }

    /**
     * invalid_named_expression's '=' alternatives: {@code NAME '=' bitwise_or !('='|':=')} and
     * {@code !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')}.
     */
    private void invalidNamedAssignment(AstExpr a, Token start) {
        if (a instanceof Compare || a instanceof BoolOp || a instanceof IfExp || a instanceof Lambda
                || (a instanceof UnaryOp u && u.op instanceof Not)) {
            return; // not a bitwise_or
        }
        int mark = pos;
        next();
        AstExpr b = bitwiseOr();
        boolean fits = b != null && !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL);
        pos = mark;
        if (!fits) {
            return;
        }
        if (a instanceof Name && start.kind() == TokenKind.NAME && a.endColOffset == start.endCol()
                && a.endLineno == start.endLine()) {
            throw errorBetween(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        AstExpr leftmost = a;
        while (true) {
            if (leftmost instanceof Attribute x) {
                leftmost = x.value;
            } else if (leftmost instanceof Subscript x) {
                leftmost = x.value;
            } else if (leftmost instanceof Call x) {
                leftmost = x.func;
            } else if (leftmost instanceof BinOp x) {
                leftmost = x.left;
            } else {
                break;
            }
        }
        boolean startsDisplay = (start.kind() == TokenKind.LSQB && leftmost instanceof List)
                || (start.kind() == TokenKind.LPAR && (leftmost instanceof Tuple || leftmost instanceof GeneratorExp)
                    && leftmost.colOffset == start.startCol() && leftmost.lineno == start.startLine())
                || start.isName("True") || start.isName("None") || start.isName("False");
        if (!startsDisplay) {
            throw errorAt(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    protected final AstExpr disjunction() {
        return boolOp("or", Or.INSTANCE, this::conjunction);
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    protected final AstExpr conjunction() {
        return boolOp("and", And.INSTANCE, this::inversion);
    }

    /** operand (keyword operand)* — one BoolOp for two or more operands. */
    private AstExpr boolOp(String keyword, AstBoolop op, java.util.function.Supplier<AstExpr> operand) {
        Token start = peek();
        AstExpr first = operand.get();
        if (first == null || !atKeyword(keyword)) {
            return first;
        }
        ArrayList<AstExpr> values = new ArrayList<>();
        values.add(first);
        while (atKeyword(keyword)) {
            int mark = pos;
            next();
            AstExpr e = operand.get();
            if (e == null) {
                pos = mark;
                break;
            }
            values.add(e);
        }
        if (values.size() == 1) {
            return first;
        }
        return finish(new BoolOp(op, values, 0, 0, 0, 0), start);
    }

    // inversion: 'not' inversion | comparison
    protected final AstExpr inversion() {
        if (atKeyword("not")) {
            Token start = next();
            enter();
            try {
                AstExpr operand = inversion();
                if (operand == null) {
                    return null;
                }
                return finish(new UnaryOp(Not.INSTANCE, operand, 0, 0, 0, 0), start);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    protected final AstExpr comparison() {
        Token start = peek();
        AstExpr left = bitwiseOr();
        if (left == null) {
            return null;
        }
        ArrayList<AstCmpop> ops = null;
        ArrayList<AstExpr> comparators = null;
        while (true) {
            int mark = pos;
            AstCmpop op = compareOp();
            if (op == null) {
                break;
            }
            AstExpr right = bitwiseOr();
            if (right == null) {
                pos = mark;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) {
            return left;
        }
        return finish(new Compare(left, ops, comparators, 0, 0, 0, 0), start);
    }

    private AstCmpop compareOp() {
        Token t = peek();
        switch (t.kind()) {
            case EQEQUAL: next(); return Eq.INSTANCE;
            case NOTEQUAL: next(); return NotEq.INSTANCE;
            case LESS: next(); return Lt.INSTANCE;
            case LESSEQUAL: next(); return LtE.INSTANCE;
            case GREATER: next(); return Gt.INSTANCE;
            case GREATEREQUAL: next(); return GtE.INSTANCE;
            case NAME:
                switch (t.text()) {
                    case "in":
                        next();
                        return In.INSTANCE;
                    case "not":
                        if (peek(1).isName("in")) {
                            pos += 2;
                            return NotIn.INSTANCE;
                        }
                        return null;
                    case "is":
                        next();
                        return acceptKeyword("not") ? IsNot.INSTANCE : Is.INSTANCE;
                    default:
                        return null;
                }
            default:
                return null;
        }
    }

    // bitwise_or / bitwise_xor / bitwise_and / shift_expr / sum / term: left-associative binary levels
    protected final AstExpr bitwiseOr() {
        return binary(0);
    }

    private static final int LEVELS = 6;

    private AstExpr binary(int level) {
        if (level == LEVELS) {
            return factor();
        }
        Token start = peek();
        AstExpr left = binary(level + 1);
        if (left == null) {
            return null;
        }
        while (true) {
            AstOperator op = binaryOp(level, kind());
            if (op == null) {
                return left;
            }
            int mark = pos;
            next();
            AstExpr right = binary(level + 1);
            if (right == null) {
                pos = mark;
                return left;
            }
            if (op == MatMult.INSTANCE) {
                checkVersion(5, "The '@' operator is");
            }
            left = finish(new BinOp(left, op, right, 0, 0, 0, 0), start);
        }
    }

    private static AstOperator binaryOp(int level, TokenKind k) {
        switch (level) {
            case 0: return k == TokenKind.VBAR ? BitOr.INSTANCE : null;
            case 1: return k == TokenKind.CIRCUMFLEX ? BitXor.INSTANCE : null;
            case 2: return k == TokenKind.AMPER ? BitAnd.INSTANCE : null;
            case 3:
                return k == TokenKind.LEFTSHIFT ? LShift.INSTANCE : k == TokenKind.RIGHTSHIFT ? RShift.INSTANCE : null;
            case 4: return k == TokenKind.PLUS ? Add.INSTANCE : k == TokenKind.MINUS ? Sub.INSTANCE : null;
            default:
                switch (k) {
                    case STAR: return Mult.INSTANCE;
                    case SLASH: return Div.INSTANCE;
                    case DOUBLESLASH: return FloorDiv.INSTANCE;
                    case PERCENT: return Mod.INSTANCE;
                    case AT: return MatMult.INSTANCE;
                    default: return null;
                }
        }
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    protected final AstExpr factor() {
        AstUnaryop op;
        switch (kind()) {
            case PLUS: op = UAdd.INSTANCE; break;
            case MINUS: op = USub.INSTANCE; break;
            case TILDE: op = Invert.INSTANCE; break;
            default: return power();
        }
        Token start = next();
        enter();
        try {
            AstExpr operand = factor();
            if (operand == null) {
                return null;
            }
            return finish(new UnaryOp(op, operand, 0, 0, 0, 0), start);
        } finally {
            leave();
        }
    }

    // power: await_primary '**' factor | await_primary
    protected final AstExpr power() {
        Token start = peek();
        AstExpr base = awaitPrimary();
        if (base == null || !at(TokenKind.DOUBLESTAR)) {
            return base;
        }
        int mark = pos;
        next();
        AstExpr exp = factor();
        if (exp == null) {
            pos = mark;
            return base;
        }
        return finish(new BinOp(base, Pow.INSTANCE, exp, 0, 0, 0, 0), start);
    }

    // await_primary: AWAIT primary | primary
    protected final AstExpr awaitPrimary() {
        if (atKeyword("await")) {
            Token start = next();
            AstExpr value = primary();
            if (value == null) {
                return null;
            }
            checkVersion(5, "Await expressions are");
            return finish(new Await(value, 0, 0, 0, 0), start);
        }
        return primary();
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    protected final AstExpr primary() {
        Token start = peek();
        AstExpr e = atom();
        if (e == null) {
            return null;
        }
        enter();
        try {
            while (true) {
                switch (kind()) {
                    case DOT: {
                        int mark = pos;
                        next();
                        if (!atName()) {
                            pos = mark;
                            return e;
                        }
                        Token name = next();
                        e = finish(new Attribute(e, name.text(), Load.INSTANCE, 0, 0, 0, 0), start);
                        break;
                    }
                    case LPAR: {
                        int mark = pos;
                        AstExpr call = callTrailer(e, start);
                        if (call == null) {
                            pos = mark;
                            return e;
                        }
                        e = call;
                        break;
                    }
                    case LSQB: {
                        int mark = pos;
                        next();
                        bracketDepth++;
                        AstExpr slice;
                        try {
                            slice = slices();
                        } finally {
                            bracketDepth--;
                        }
                        if (slice == null || !accept(TokenKind.RSQB)) {
                            pos = mark;
                            return e;
                        }
                        e = finish(new Subscript(e, slice, Load.INSTANCE, 0, 0, 0, 0), start);
                        break;
                    }
                    default:
                        return e;
                }
            }
        } finally {
            leave();
        }
    }

    /** '(' [arguments] ')' or a sole generator argument, applied to {@code func}. */
    private AstExpr callTrailer(AstExpr func, Token start) {
        bracketDepth++;
        try {
            return callTrailerInside(func, start);
        } finally {
            bracketDepth--;
        }
    }

    private AstExpr callTrailerInside(AstExpr func, Token start) {
        Token open = next();
        ArrayList<AstExpr> args = new ArrayList<>();
        ArrayList<Keyword> keywords = new ArrayList<>();
        if (!at(TokenKind.RPAR)) {
            if (!arguments(args, keywords, open)) {
                return null;
            }
        }
        if (!accept(TokenKind.RPAR)) {
            return null;
        }
        return finish(new Call(func, args, keywords, 0, 0, 0, 0), start);
    }

    /**
     * arguments: args [','] &')'. Positional and starred arguments go to {@code args} in order,
     * keyword and '**' arguments to {@code keywords}. CPython: _PyPegen_collect_call_seqs.
     */
    protected final boolean arguments(ArrayList<AstExpr> args, ArrayList<Keyword> keywords) {
        return arguments(args, keywords, null);
    }

    /**
     * As above; with {@code callOpen} (the call's '('), a sole argument followed by 'for' is the
     * call's generator expression (CPython: primary genexp), spanning the parentheses.
     */
    protected final boolean arguments(ArrayList<AstExpr> args, ArrayList<Keyword> keywords, Token callOpen) {
        boolean seenKeyword = false;
        while (true) {
            Token start = peek();
            if (at(TokenKind.STAR)) {
                if (hasDoubleStar(keywords)) {
                    // kwargs: after '**' only keyword and '**' arguments (invalid_arguments: args ',' '*')
                    if (invalidRules) {
                        throw errorAt(start, "iterable argument unpacking follows keyword argument unpacking");
                    }
                    return false;
                }
                next();
                AstExpr value = expression();
                if (value == null) {
                    return false;
                }
                Starred starred = finish(new Starred(value, Load.INSTANCE, 0, 0, 0, 0), start);
                if (invalidRules && callOpen != null && args.isEmpty() && keywords.isEmpty() && atFor()) {
                    // genexp: invalid_comprehension '(' starred_expression for_if_clauses
                    int mark = pos;
                    if (forIfClauses() != null) {
                        throw errorAt(starred, "iterable unpacking cannot be used in comprehension");
                    }
                    pos = mark;
                }
                args.add(starred);
            } else if (at(TokenKind.DOUBLESTAR)) {
                next();
                AstExpr value = expression();
                if (value == null) {
                    return false;
                }
                keywords.add(finish(new Keyword(null, value, 0, 0, 0, 0), start));
                seenKeyword = true;
            } else if (atName() && peek(1).kind() == TokenKind.EQUAL) {
                Token name = next();
                Token equals = next();
                AstExpr value = expression();
                if (value == null) {
                    return false;
                }
                if (invalidRules && atFor()) {
                    // invalid_kwarg: a=NAME b='=' expression for_if_clauses
                    int mark = pos;
                    if (forIfClauses() != null) {
                        throw errorBetween(name, equals, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                    pos = mark;
                }
                keywords.add(finish(new Keyword(name.text(), value, 0, 0, 0, 0), start));
                seenKeyword = true;
            } else {
                AstExpr value = namedExpression(false);
                if (value == null) {
                    return false;
                }
                if (at(TokenKind.EQUAL)) {
                    if (invalidRules) {
                        throw invalidKeywordArgument(value);
                    }
                    return false;
                }
                if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
                    if (callOpen != null && args.isEmpty() && keywords.isEmpty() && !(value instanceof Starred)) {
                        int genMark = pos;
                        ArrayList<Comprehension> gens = forIfClauses();
                        if (gens != null && at(TokenKind.RPAR)) {
                            args.add(spanTokens(new GeneratorExp(value, gens, 0, 0, 0, 0), callOpen, peek()));
                            return true;
                        }
                        pos = genMark;
                    }
                    if (invalidRules) {
                        // _PyPegen_nonparen_genexp_in_call: only when other arguments come with it
                        int mark = pos;
                        forIfClauses();
                        Token end = last();
                        if (!args.isEmpty() || !keywords.isEmpty() || at(TokenKind.COMMA)) {
                            throw src.error("SyntaxError", "Generator expression must be parenthesized",
                                    value.lineno, value.colOffset, end.endLine(), end.endCol());
                        }
                        pos = mark;
                    }
                    return false;
                }
                if (seenKeyword) {
                    if (invalidRules) {
                        throw errorAtLastFetched(hasDoubleStar(keywords)
                                ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument");
                    }
                    return false;
                }
                args.add(value);
            }
            if (!accept(TokenKind.COMMA)) {
                return true;
            }
            if (at(TokenKind.RPAR)) {
                return true;
            }
        }
    }

    private static boolean hasPlainKeyword(ArrayList<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.arg != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDoubleStar(ArrayList<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.arg == null) {
                return true;
            }
        }
        return false;
    }

    private PySyntaxError invalidKeywordArgument(AstExpr value) {
        Token eq = peek();
        if (value instanceof Constant c && (c.value == Boolean.TRUE || c.value == Boolean.FALSE || c.value == null)
                && c.kind == null) {
            return errorStartingAt(value, eq, "cannot assign to " + exprName(value));
        }
        return src.error("SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                value.lineno, value.colOffset, eq.endLine(), eq.endCol());
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    protected final AstExpr slices() {
        Token start = peek();
        AstExpr first = sliceOrStarred();
        if (first == null) {
            return null;
        }
        if (!at(TokenKind.COMMA)) {
            if (first instanceof Starred) {
                // 3.11: a lone starred slice is a one-element tuple (PEP 646)
                ArrayList<AstExpr> one = new ArrayList<>();
                one.add(first);
                return finish(new Tuple(one, Load.INSTANCE, 0, 0, 0, 0), start);
            }
            return first;
        }
        ArrayList<AstExpr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RSQB)) {
                break;
            }
            AstExpr e = sliceOrStarred();
            if (e == null) {
                return null;
            }
            elts.add(e);
        }
        return finish(new Tuple(elts, Load.INSTANCE, 0, 0, 0, 0), start);
    }

    private AstExpr sliceOrStarred() {
        if (at(TokenKind.STAR)) {
            Token start = next();
            AstExpr value = expression();
            if (value == null) {
                return null;
            }
            return finish(new Starred(value, Load.INSTANCE, 0, 0, 0, 0), start);
        }
        return slice();
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private AstExpr slice() {
        Token start = peek();
        int mark = pos;
        AstExpr lower = null;
        if (!at(TokenKind.COLON)) {
            if (atName() && peek(1).kind() == TokenKind.COLONEQUAL) {
                return namedExpression();
            }
            lower = expression();
            if (lower == null) {
                return null;
            }
            if (!at(TokenKind.COLON)) {
                if (invalidRules && at(TokenKind.EQUAL)) {
                    pos = mark;
                    return namedExpression(); // slice: named_expression, with invalid_named_expression
                }
                return at(TokenKind.COLONEQUAL) ? null : lower;
            }
        }
        next(); // ':'
        AstExpr upper = null;
        if (!at(TokenKind.COLON) && !at(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
            int m = pos;
            upper = expression();
            if (upper == null) {
                pos = m;
            }
        }
        AstExpr step = null;
        if (accept(TokenKind.COLON)) {
            if (!at(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
                int m = pos;
                step = expression();
                if (step == null) {
                    pos = m;
                }
            }
        }
        return finish(new Slice(lower, upper, step, 0, 0, 0, 0), start);
    }

    // atom
    protected final AstExpr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                switch (t.text()) {
                    case "True":
                        next();
                        return finish(new Constant(Boolean.TRUE, null, 0, 0, 0, 0), t);
                    case "False":
                        next();
                        return finish(new Constant(Boolean.FALSE, null, 0, 0, 0, 0), t);
                    case "None":
                        next();
                        return finish(new Constant(null, null, 0, 0, 0, 0), t);
                    default:
                        if (isKeyword(t.text())) {
                            return null;
                        }
                        next();
                        return finish(new Name(t.text(), Load.INSTANCE, 0, 0, 0, 0), t);
                }
            case NUMBER:
                next();
                return finish(new Constant(numberValue(t), null, 0, 0, 0, 0), t);
            case STRING:
            case FSTRING_START:
                return strings();
            case LPAR:
                return parenAtom();
            case LSQB:
                return listAtom();
            case LBRACE:
                return braceAtom();
            case ELLIPSIS:
                next();
                return finish(new Constant(AstConstant.ELLIPSIS, null, 0, 0, 0, 0), t);
            default:
                return null;
        }
    }

    // tuple | group | genexp
    private AstExpr parenAtom() {
        Token open = next();
        enter();
        bracketDepth++;
        try {
            if (accept(TokenKind.RPAR)) {
                return finish(new Tuple(new ArrayList<>(), Load.INSTANCE, 0, 0, 0, 0), open);
            }
            int mark = pos;
            if (atKeyword("yield")) {
                AstExpr y = yieldExpr();
                if (y != null && accept(TokenKind.RPAR)) {
                    return y;
                }
                pos = mark;
                return null;
            }
            AstExpr first = starNamedExpression();
            if (first == null) {
                return null;
            }
            if (accept(TokenKind.RPAR)) {
                if (first instanceof Starred && invalidRules) {
                    throw errorAt(first, "cannot use starred expression here");
                }
                return first instanceof Starred ? null : first;
            }
            if (atFor()) {
                if (first instanceof Starred) {
                    return starredComprehensionElement(first);
                }
                ArrayList<Comprehension> gens = forIfClauses();
                if (gens == null || !accept(TokenKind.RPAR)) {
                    return null;
                }
                return finish(new GeneratorExp(first, gens, 0, 0, 0, 0), open);
            }
            if (!at(TokenKind.COMMA)) {
                return null;
            }
            ArrayList<AstExpr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(TokenKind.COMMA)) {
                if (at(TokenKind.RPAR)) {
                    break;
                }
                AstExpr e = starNamedExpression();
                if (e == null) {
                    return null;
                }
                elts.add(e);
            }
            if (!accept(TokenKind.RPAR)) {
                return null;
            }
            return finish(new Tuple(elts, Load.INSTANCE, 0, 0, 0, 0), open);
        } finally {
            bracketDepth--;
            leave();
        }
    }

    // list | listcomp
    private AstExpr listAtom() {
        Token open = next();
        enter();
        bracketDepth++;
        try {
            if (accept(TokenKind.RSQB)) {
                return finish(new List(new ArrayList<>(), Load.INSTANCE, 0, 0, 0, 0), open);
            }
            int mark = pos;
            AstExpr first = starNamedExpression();
            if (first == null) {
                return null;
            }
            if (atFor()) {
                if (first instanceof Starred) {
                    return starredComprehensionElement(first);
                }
                ArrayList<Comprehension> gens = forIfClauses();
                if (gens == null || !accept(TokenKind.RSQB)) {
                    return null;
                }
                return finish(new ListComp(first, gens, 0, 0, 0, 0), open);
            }
            if (invalidRules && at(TokenKind.COMMA)) {
                invalidComprehensionTarget(first);
            }
            ArrayList<AstExpr> elts = restOfStarNamedExpressions(first);
            if (elts == null || !accept(TokenKind.RSQB)) {
                return null;
            }
            return finish(new List(elts, Load.INSTANCE, 0, 0, 0, 0), open);
        } finally {
            bracketDepth--;
            leave();
        }
    }

    // dict | set | dictcomp | setcomp
    private AstExpr braceAtom() {
        Token open = next();
        enter();
        bracketDepth++;
        try {
            if (accept(TokenKind.RBRACE)) {
                return finish(new Dict(new ArrayList<>(), new ArrayList<>(), 0, 0, 0, 0), open);
            }
            if (at(TokenKind.DOUBLESTAR)) {
                if (invalidRules) {
                    invalidDictComprehension();
                }
                return dictTail(open, null, null);
            }
            int mark = pos;
            AstExpr first = starNamedExpression();
            if (first == null) {
                return null;
            }
            if (at(TokenKind.COLON) && !(first instanceof Starred)) {
                AstExpr key = first;
                if (key instanceof NamedExpr && !(tok(mark).kind() == TokenKind.LPAR)) {
                    return null; // a key is an 'expression': an unparenthesized walrus is not one
                }
                Token colon = next();
                AstExpr value = expression();
                if (value == null) {
                    if (invalidRules && (at(TokenKind.RBRACE) || at(TokenKind.COMMA))) {
                        throw errorAt(colon, "expression expected after dictionary key and ':'");
                    }
                    if (invalidRules) {
                        invalidStarredValue();
                    }
                    return null;
                }
                if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
                    ArrayList<Comprehension> gens = forIfClauses();
                    if (gens == null || !accept(TokenKind.RBRACE)) {
                        return null;
                    }
                    return finish(new DictComp(key, value, gens, 0, 0, 0, 0), open);
                }
                return dictTail(open, key, value);
            }
            if (atFor()) {
                if (first instanceof Starred) {
                    return starredComprehensionElement(first);
                }
                ArrayList<Comprehension> gens = forIfClauses();
                if (gens == null || !accept(TokenKind.RBRACE)) {
                    return null;
                }
                return finish(new SetComp(first, gens, 0, 0, 0, 0), open);
            }
            if (invalidRules && at(TokenKind.COMMA)) {
                invalidComprehensionTarget(first);
            }
            ArrayList<AstExpr> elts = restOfStarNamedExpressions(first);
            if (elts == null || !accept(TokenKind.RBRACE)) {
                return null;
            }
            return finish(new Set(elts, 0, 0, 0, 0), open);
        } finally {
            bracketDepth--;
            leave();
        }
    }

    /** The rest of a dict display after an optional first key/value pair. */
    private AstExpr dictTail(Token open, AstExpr firstKey, AstExpr firstValue) {
        ArrayList<AstExpr> keys = new ArrayList<>();
        ArrayList<AstExpr> values = new ArrayList<>();
        boolean needItem = firstKey == null;
        if (!needItem) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (true) {
            if (!needItem) {
                if (!accept(TokenKind.COMMA)) {
                    break;
                }
                if (at(TokenKind.RBRACE)) {
                    break;
                }
            }
            needItem = false;
            if (accept(TokenKind.DOUBLESTAR)) {
                AstExpr value = bitwiseOr();
                if (value == null) {
                    return null;
                }
                keys.add(null);
                values.add(value);
            } else {
                AstExpr key = expression();
                if (key == null) {
                    return null;
                }
                if (!at(TokenKind.COLON)) {
                    if (invalidRules && !keys.isEmpty()) {
                        // invalid_kvpair: located at the key's last character, no end
                        throw new PySyntaxError("SyntaxError", "':' expected after dictionary key", src.filename(),
                                key.lineno, src.byteColToCharCol(key.endLineno, key.endColOffset), key.endLineno, -1,
                                src.line(key.lineno));
                    }
                    return null;
                }
                Token colon = next();
                AstExpr value = expression();
                if (value == null) {
                    if (invalidRules && (at(TokenKind.RBRACE) || at(TokenKind.COMMA))) {
                        throw errorAt(colon, "expression expected after dictionary key and ':'");
                    }
                    if (invalidRules) {
                        invalidStarredValue();
                    }
                    return null;
                }
                keys.add(key);
                values.add(value);
            }
        }
        if (!accept(TokenKind.RBRACE)) {
            return null;
        }
        return finish(new Dict(keys, values, 0, 0, 0, 0), open);
    }

    protected final boolean atFor() {
        return atKeyword("for") || (atKeyword("async") && peek(1).isName("for"));
    }

    /** invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses. */
    private AstExpr starredComprehensionElement(AstExpr starred) {
        if (invalidRules && forIfClauses() != null) {
            throw errorAt(starred, "iterable unpacking cannot be used in comprehension");
        }
        return null;
    }

    /**
     * invalid_comprehension: ('[' | '{') star_named_expression ',' [star_named_expressions]
     * for_if_clauses, "did you forget parentheses around the comprehension target?".
     */
    private void invalidComprehensionTarget(AstExpr first) {
        int mark = pos;
        Token comma = next();
        if (atFor()) {
            if (forIfClauses() != null) {
                throw errorStartingAt(first, comma, "did you forget parentheses around the comprehension target?");
            }
        } else {
            ArrayList<AstExpr> rest = starNamedExpressions();
            if (rest != null && atFor() && forIfClauses() != null) {
                throw errorBetween(first, rest.get(rest.size() - 1),
                        "did you forget parentheses around the comprehension target?");
            }
        }
        pos = mark;
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'. */
    private void invalidDictComprehension() {
        int mark = pos;
        Token doubleStar = next();
        if (bitwiseOr() != null && atFor() && forIfClauses() != null && at(TokenKind.RBRACE)) {
            throw errorAt(doubleStar, "dict unpacking cannot be used in dict comprehension");
        }
        pos = mark;
    }

    /** invalid_kvpair / invalid_double_starred_kvpairs: expression ':' '*' bitwise_or. */
    private void invalidStarredValue() {
        if (!at(TokenKind.STAR)) {
            return;
        }
        int mark = pos;
        Token star = next();
        if (bitwiseOr() != null) {
            throw errorAt(star, "cannot use a starred expression in a dictionary value");
        }
        pos = mark;
    }

    // for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
    protected final ArrayList<Comprehension> forIfClauses() {
        ArrayList<Comprehension> gens = new ArrayList<>();
        while (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            int isAsync = 0;
            if (acceptKeyword("async")) {
                isAsync = 1;
            }
            next(); // 'for'
            int targetStart = pos;
            AstExpr target = starTargets();
            if (target == null || !acceptKeyword("in")) {
                if (invalidRules) {
                    invalidForTarget(targetStart, target);
                }
                return null;
            }
            AstExpr iter = disjunction();
            if (iter == null) {
                return null;
            }
            ArrayList<AstExpr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                int mark = pos;
                next();
                AstExpr cond = disjunction();
                if (cond == null) {
                    pos = mark;
                    break;
                }
                ifs.add(cond);
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens.isEmpty() ? null : gens;
    }

    /** invalid_for_target, and two expressions in a row before 'in' inside brackets. */
    protected final void invalidForTarget(int targetStart, AstExpr target) {
        if (target != null && !atKeyword("in") && startsExpression(peek())) {
            int mark = pos;
            boolean saved = invalidRules;
            invalidRules = false;
            AstExpr next;
            try {
                next = expression();
            } finally {
                invalidRules = saved;
            }
            if (next != null && bracketDepth > 0) {
                throw errorBetween(target, next, "invalid syntax. Perhaps you forgot a comma?");
            }
            pos = mark;
        }
        int mark = pos;
        pos = targetStart;
        AstExpr e = starExpressions();
        if (e != null) {
            AstExpr bad = invalidTarget(e, false);
            if (bad != null) {
                throw errorAt(bad, "cannot assign to " + exprName(bad));
            }
        }
        pos = mark;
    }

    // ---- targets ----------------------------------------------------------------------------

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    protected final AstExpr starTargets() {
        return commaTuple(this::starTarget, Store.INSTANCE);
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    protected final AstExpr starTarget() {
        if (at(TokenKind.STAR)) {
            Token start = next();
            if (at(TokenKind.STAR)) {
                return null;
            }
            enter();
            try {
                AstExpr inner = starTarget();
                if (inner == null) {
                    return null;
                }
                return finish(new Starred(inner, Store.INSTANCE, 0, 0, 0, 0), start);
            } finally {
                leave();
            }
        }
        int mark = pos;
        AstExpr e = primary();
        if (e == null || !setContext(e, Store.INSTANCE)) {
            pos = mark;
            return null;
        }
        return e;
    }

    /**
     * Gives a target expression the Store or Del context, recursively; false when the expression
     * cannot be a target. CPython: _PyPegen_set_expr_context plus the target grammar rules.
     */
    protected static boolean setContext(AstExpr e, AstExprContext ctx) {
        if (e instanceof Name n) {
            n.ctx = ctx;
            return true;
        } else if (e instanceof Attribute a) {
            a.ctx = ctx;
            return true;
        } else if (e instanceof Subscript s) {
            s.ctx = ctx;
            return true;
        } else if (e instanceof Starred s && ctx != Del.INSTANCE) {
            s.ctx = ctx;
            return setContext(s.value, ctx);
        } else if (e instanceof Tuple t) {
            for (AstExpr x : t.elts) {
                if (!setContext(x, ctx)) {
                    return false;
                }
            }
            t.ctx = ctx;
            return true;
        } else if (e instanceof List l) {
            for (AstExpr x : l.elts) {
                if (!setContext(x, ctx)) {
                    return false;
                }
            }
            l.ctx = ctx;
            return true;
        }
        return false;
    }

    /** The first sub-expression that cannot be assigned to, for "cannot assign to X". */
    protected static AstExpr invalidTarget(AstExpr e, boolean forDel) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        } else if (e instanceof Starred s) {
            return forDel ? e : invalidTarget(s.value, false);
        } else if (e instanceof Tuple t) {
            for (AstExpr x : t.elts) {
                AstExpr bad = invalidTarget(x, forDel);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof List l) {
            for (AstExpr x : l.elts) {
                AstExpr bad = invalidTarget(x, forDel);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof Compare c && !forDel && c.ops.size() == 1 && c.ops.get(0) == In.INSTANCE) {
            return invalidTarget(c.left, false);
        }
        return e;
    }

    /** CPython: _PyPegen_get_expr_name, the noun in "cannot assign to X". */
    protected static String exprName(AstExpr e) {
        if (e instanceof Attribute) return "attribute";
        if (e instanceof Subscript) return "subscript";
        if (e instanceof Starred) return "starred";
        if (e instanceof Name) return "name";
        if (e instanceof List) return "list";
        if (e instanceof Tuple) return "tuple";
        if (e instanceof Lambda) return "lambda";
        if (e instanceof Call) return "function call";
        if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) return "expression";
        if (e instanceof GeneratorExp) return "generator expression";
        if (e instanceof Yield || e instanceof YieldFrom) return "yield expression";
        if (e instanceof Await) return "await expression";
        if (e instanceof ListComp) return "list comprehension";
        if (e instanceof SetComp) return "set comprehension";
        if (e instanceof DictComp) return "dict comprehension";
        if (e instanceof Dict) return "dict literal";
        if (e instanceof Set) return "set display";
        if (e instanceof JoinedStr || e instanceof FormattedValue) return "f-string expression";
        if (e instanceof Constant c) {
            if (c.value == null) return "None";
            if (c.value == Boolean.TRUE) return "True";
            if (c.value == Boolean.FALSE) return "False";
            if (c.value == AstConstant.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Compare) return "comparison";
        if (e instanceof IfExp) return "conditional expression";
        if (e instanceof NamedExpr) return "named expression";
        return "expression";
    }

    // ---- lambda and parameters --------------------------------------------------------------

    // lambdef: 'lambda' [lambda_params] ':' expression
    protected final AstExpr lambdef() {
        Token start = next();
        Arguments args;
        if (at(TokenKind.COLON)) {
            args = emptyArguments();
        } else {
            args = parameters(false, TokenKind.COLON);
            if (args == null) {
                return null;
            }
        }
        if (!accept(TokenKind.COLON)) {
            return null;
        }
        AstExpr body = expression();
        if (body == null) {
            return null;
        }
        return finish(new Lambda(args, body, 0, 0, 0, 0), start);
    }

    /**
     * invalid_parameters: param_no_default* '(' param_no_default+ ','? ')', and
     * invalid_lambda_parameters: lambda_param_no_default* '(' ','.lambda_param+ ','? ')'.
     */
    private void invalidParenthesizedParameters(boolean annotations, TokenKind closer) {
        int mark = pos;
        Token open = next();
        boolean any = false;
        while (atName()) {
            next();
            any = true;
            if (annotations && accept(TokenKind.COLON) && expression() == null) {
                break;
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (any && at(TokenKind.RPAR)) {
            throw errorBetween(open, peek(), closer == TokenKind.COLON
                    ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized");
        }
        pos = mark;
    }

    protected static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(),
                null, new ArrayList<>());
    }

    /**
     * The parameter list of a def (annotations allowed) or a lambda, up to {@code closer}.
     * CPython grammar: parameters / lambda_parameters, with invalid_parameters' messages.
     */
    protected final Arguments parameters(boolean annotations, TokenKind closer) {
        Arguments a = emptyArguments();
        ArrayList<Arg> plain = new ArrayList<>();
        boolean star = false;
        boolean seenDefault = false;
        boolean seenSlash = false;
        while (!at(closer)) {
            Token t = peek();
            if (t.kind() == TokenKind.SLASH) {
                if (seenSlash || star || plain.isEmpty()) {
                    // invalid_parameters: a="/" ',' — a lone '/' before ')' is plain invalid syntax
                    if (invalidRules && (seenSlash || star || peek(1).kind() == TokenKind.COMMA)) {
                        throw errorAt(t, seenSlash ? "/ may appear only once"
                                : star ? "/ must be ahead of *" : "at least one argument must precede /");
                    }
                    return null;
                }
                next();
                if (invalidRules && at(TokenKind.STAR)) {
                    throw errorAt(peek(), "expected comma between / and *");
                }
                checkVersion(8, "Positional-only parameters are");
                seenSlash = true;
                a.posonlyargs.addAll(plain);
                plain.clear();
            } else if (t.kind() == TokenKind.STAR) {
                if (star) {
                    if (invalidRules) {
                        throw errorAt(t, "* argument may appear only once");
                    }
                    return null;
                }
                next();
                star = true;
                if (at(closer) || (at(TokenKind.COMMA)
                        && (peek(1).kind() == closer || peek(1).kind() == TokenKind.DOUBLESTAR))) {
                    if (invalidRules) {
                        // invalid_star_etc names the '*'; invalid_lambda_star_etc has no location
                        throw closer == TokenKind.COLON ? errorAtLastFetched("named arguments must follow bare *")
                                : errorAt(t, "named arguments must follow bare *");
                    }
                    return null;
                } else if (!at(TokenKind.COMMA)) {
                    Arg vararg = param(annotations, true);
                    if (vararg == null) {
                        return null;
                    }
                    if (at(TokenKind.EQUAL)) {
                        if (invalidRules) {
                            throw errorAt(peek(), "var-positional argument cannot have default value");
                        }
                        return null;
                    }
                    a.vararg = vararg;
                }
            } else if (t.kind() == TokenKind.DOUBLESTAR) {
                next();
                Arg kwarg = param(annotations, false);
                if (kwarg == null) {
                    return null;
                }
                if (at(TokenKind.EQUAL)) {
                    if (invalidRules) {
                        throw errorAt(peek(), "var-keyword argument cannot have default value");
                    }
                    return null;
                }
                a.kwarg = kwarg;
                accept(TokenKind.COMMA);
                if (!at(closer)) {
                    if (invalidRules) {
                        throw errorAt(peek(), "arguments cannot follow var-keyword argument");
                    }
                    return null;
                }
                break;
            } else {
                if (invalidRules && t.kind() == TokenKind.LPAR && !star && !seenSlash && !seenDefault) {
                    invalidParenthesizedParameters(annotations, closer);
                }
                Arg p = param(annotations, false);
                if (p == null) {
                    return null;
                }
                AstExpr dflt = null;
                if (accept(TokenKind.EQUAL)) {
                    Token equals = last();
                    dflt = expression();
                    if (dflt == null) {
                        if (invalidRules && (at(TokenKind.RPAR) || at(TokenKind.COMMA))) {
                            throw errorAt(equals, "expected default value expression"); // invalid_default
                        }
                        return null;
                    }
                }
                if (star) {
                    a.kwonlyargs.add(p);
                    a.kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        seenDefault = true;
                        a.defaults.add(dflt);
                    } else if (seenDefault) {
                        if (invalidRules) {
                            throw errorAt(p, "non-default argument follows default argument");
                        }
                        return null;
                    }
                    plain.add(p);
                }
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        a.args.addAll(plain);
        return a;
    }

    /** param: NAME annotation? (a '*' parameter may be annotated with a starred expression). */
    private Arg param(boolean annotations, boolean starAnnotation) {
        if (!atName()) {
            return null;
        }
        Token name = next();
        AstExpr annotation = null;
        if (annotations && accept(TokenKind.COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
            if (annotation == null) {
                return null;
            }
        }
        return finish(new Arg(name.text(), annotation, null, 0, 0, 0, 0), name);
    }
}
