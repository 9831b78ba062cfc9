package org.matcha.parser;

import java.util.ArrayList;
import org.matcha.ast.*;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;

/**
 * Statements of CPython 3.11's grammar (Grammar/python.gram, "STATEMENTS" and "COMPOUND
 * STATEMENTS"). Compound statements end where their last body statement ends, as in CPython.
 */
abstract class StatementParser extends PatternParser {

    StatementParser(Lexer lexer, WarningSink warnings) {
        super(lexer, warnings);
    }

    // statements: statement+
    protected final ArrayList<AstStmt> statements(TokenKind until) {
        ArrayList<AstStmt> body = new ArrayList<>();
        while (!at(until) && !at(TokenKind.ENDMARKER)) {
            if (!statement(body)) {
                return null;
            }
        }
        return body;
    }

    // statement: compound_stmt | simple_stmts
    protected final boolean statement(ArrayList<AstStmt> out) {
        enter();
        try {
            AstStmt compound = compoundStatement();
            if (compound != null) {
                out.add(compound);
                return true;
            }
            return simpleStatements(out);
        } finally {
            leave();
        }
    }

    // simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
    protected final boolean simpleStatements(ArrayList<AstStmt> out) {
        while (true) {
            AstStmt s = simpleStatement();
            if (s == null) {
                return false;
            }
            out.add(s);
            if (accept(TokenKind.SEMI)) {
                if (accept(TokenKind.NEWLINE)) {
                    return true;
                }
                continue;
            }
            if (accept(TokenKind.NEWLINE)) {
                return true;
            }
            if (invalidRules) {
                invalidAfterSimpleStatement(s);
            }
            return false;
        }
    }

    /** Second-pass messages for a simple statement followed by something unexpected. */
    private void invalidAfterSimpleStatement(AstStmt s) {
        // invalid_legacy_expression: NAME !'(' star_expressions, for print and exec
        if (s instanceof Expr e && e.value instanceof Name n && (n.id.equals("print") || n.id.equals("exec"))
                && !at(TokenKind.LPAR)) {
            int mark = pos;
            AstExpr arg = starExpressions();
            if (arg != null) {
                throw errorBetween(n, arg, "Missing parentheses in call to '" + n.id + "'. Did you mean "
                        + n.id + "(...)?");
            }
            pos = mark;
        }
    }

    // simple_stmt
    private AstStmt simpleStatement() {
        Token start = peek();
        if (start.kind() == TokenKind.NAME) {
            switch (start.text()) {
                case "pass":
                    next();
                    return finish(new Pass(0, 0, 0, 0), start);
                case "break":
                    next();
                    return finish(new Break(0, 0, 0, 0), start);
                case "continue":
                    next();
                    return finish(new Continue(0, 0, 0, 0), start);
                case "return":
                    return returnStatement();
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                case "raise":
                    return raiseStatement();
                case "global":
                case "nonlocal":
                    return globalStatement();
                case "del":
                    return delStatement();
                case "assert":
                    return assertStatement();
                default:
                    break;
            }
        }
        return expressionOrAssignment();
    }

    private AstStmt returnStatement() {
        Token start = next();
        AstExpr value = null;
        if (!at(TokenKind.NEWLINE) && !at(TokenKind.SEMI)) {
            value = starExpressions();
            if (value == null) {
                return null;
            }
        }
        return finish(new Return(value, 0, 0, 0, 0), start);
    }

    private AstStmt raiseStatement() {
        Token start = next();
        AstExpr exc = null;
        AstExpr cause = null;
        if (!at(TokenKind.NEWLINE) && !at(TokenKind.SEMI)) {
            exc = expression();
            if (exc == null) {
                return null;
            }
            if (acceptKeyword("from")) {
                cause = expression();
                if (cause == null) {
                    return null;
                }
            }
        }
        return finish(new Raise(exc, cause, 0, 0, 0, 0), start);
    }

    private AstStmt globalStatement() {
        Token start = next();
        ArrayList<String> names = new ArrayList<>();
        do {
            if (!atName()) {
                return null;
            }
            names.add(next().text());
        } while (accept(TokenKind.COMMA));
        if (start.text().equals("global")) {
            return finish(new Global(names, 0, 0, 0, 0), start);
        }
        return finish(new Nonlocal(names, 0, 0, 0, 0), start);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    private AstStmt delStatement() {
        Token start = next();
        int mark = pos;
        ArrayList<AstExpr> targets = new ArrayList<>();
        while (true) {
            AstExpr t = delTarget();
            if (t == null) {
                break;
            }
            targets.add(t);
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (!targets.isEmpty() && (at(TokenKind.SEMI) || at(TokenKind.NEWLINE))) {
            return finish(new Delete(targets, 0, 0, 0, 0), start);
        }
        if (invalidRules) {
            pos = mark;
            AstExpr e = starExpressions();
            if (e != null) {
                AstExpr bad = invalidTarget(e, true);
                if (bad != null) {
                    throw errorAt(bad, "cannot delete " + exprName(bad));
                }
            }
        }
        return null;
    }

    private AstExpr delTarget() {
        int mark = pos;
        AstExpr e = primary();
        if (e == null || !setContext(e, Del.INSTANCE)) {
            pos = mark;
            return null;
        }
        return e;
    }

    private AstStmt assertStatement() {
        Token start = next();
        AstExpr test = expression();
        if (test == null) {
            return null;
        }
        AstExpr msg = null;
        if (accept(TokenKind.COMMA)) {
            msg = expression();
            if (msg == null) {
                return null;
            }
        }
        return finish(new Assert(test, msg, 0, 0, 0, 0), start);
    }

    // import_name: 'import' dotted_as_names
    private AstStmt importName() {
        Token start = next();
        ArrayList<Alias> names = new ArrayList<>();
        do {
            Alias a = dottedAsName();
            if (a == null) {
                return null;
            }
            names.add(a);
        } while (accept(TokenKind.COMMA));
        return finish(new Import(names, 0, 0, 0, 0), start);
    }

    private Alias dottedAsName() {
        Token start = peek();
        String name = dottedName();
        if (name == null) {
            return null;
        }
        String asname = null;
        if (acceptKeyword("as")) {
            if (!atName()) {
                return null;
            }
            asname = next().text();
        }
        return finish(new Alias(name, asname, 0, 0, 0, 0), start);
    }

    private String dottedName() {
        if (!atName()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(next().text());
        while (at(TokenKind.DOT) && peek(1).kind() == TokenKind.NAME && !isKeyword(peek(1).text())) {
            next();
            sb.append('.').append(next().text());
        }
        return sb.toString();
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
    private AstStmt importFrom() {
        Token start = next();
        int level = 0;
        while (at(TokenKind.DOT) || at(TokenKind.ELLIPSIS)) {
            level += next().kind() == TokenKind.DOT ? 1 : 3;
        }
        String module = null;
        if (!atKeyword("import")) {
            module = dottedName();
            if (module == null) {
                return null;
            }
        } else if (level == 0) {
            return null;
        }
        if (!acceptKeyword("import")) {
            return null;
        }
        ArrayList<Alias> names = new ArrayList<>();
        if (at(TokenKind.STAR)) {
            Token star = next();
            names.add(finish(new Alias("*", null, 0, 0, 0, 0), star));
        } else if (accept(TokenKind.LPAR)) {
            if (!importAsNames(names)) {
                return null;
            }
            accept(TokenKind.COMMA);
            if (!accept(TokenKind.RPAR)) {
                return null;
            }
        } else {
            if (!importAsNames(names)) {
                return null;
            }
            if (at(TokenKind.COMMA)) {
                if (invalidRules && peek(1).kind() == TokenKind.NEWLINE) {
                    throw errorAt(peek(1), "trailing comma not allowed without surrounding parentheses");
                }
                return null;
            }
        }
        return finish(new ImportFrom(module, names, level, 0, 0, 0, 0), start);
    }

    private boolean importAsNames(ArrayList<Alias> names) {
        while (true) {
            if (!atName()) {
                return false;
            }
            Token start = next();
            String asname = null;
            if (acceptKeyword("as")) {
                if (!atName()) {
                    return false;
                }
                asname = next().text();
            }
            names.add(finish(new Alias(start.text(), asname, 0, 0, 0, 0), start));
            if (!at(TokenKind.COMMA) || !(peek(1).kind() == TokenKind.NAME)) {
                return true;
            }
            next();
        }
    }

    /** Expression statements, assignments, annotated and augmented assignments. */
    private AstStmt expressionOrAssignment() {
        Token start = peek();
        AstExpr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (first == null) {
            return null;
        }
        TokenKind k = kind();
        if (k == TokenKind.COLON) {
            return annotatedAssignment(start, first);
        }
        if (k == TokenKind.EQUAL) {
            ArrayList<AstExpr> targets = new ArrayList<>();
            AstExpr value = first;
            while (accept(TokenKind.EQUAL)) {
                if (!setContext(value, Store.INSTANCE)) {
                    if (invalidRules) {
                        throw invalidAssignment(value, targets.isEmpty() && singleAssignmentFollows());
                    }
                    return null;
                }
                targets.add(value);
                value = atKeyword("yield") ? yieldExpr() : starExpressions();
                if (value == null) {
                    return null;
                }
            }
            return finish(new Assign(targets, value, null, 0, 0, 0, 0), start);
        }
        AstOperator op = augmentedOperator(k);
        if (op != null) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                if (invalidRules) {
                    throw errorAt(first, "'" + exprName(first) + "' is an illegal expression for augmented assignment");
                }
                return null;
            }
            setContext(first, Store.INSTANCE);
            next();
            AstExpr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            if (value == null) {
                return null;
            }
            return finish(new AugAssign(first, op, value, 0, 0, 0, 0), start);
        }
        return finish(new Expr(first, 0, 0, 0, 0), start);
    }

    /** After '=': true when a bitwise_or value follows that is not itself followed by '=' or ':='. */
    private boolean singleAssignmentFollows() {
        int mark = pos;
        boolean saved = invalidRules;
        invalidRules = false;
        try {
            AstExpr value = bitwiseOr();
            return value != null && !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL);
        } finally {
            invalidRules = saved;
            pos = mark;
        }
    }

    /** invalid_assignment for a target before '=' (consumed), and invalid_named_expression at statement level. */
    private PySyntaxError invalidAssignment(AstExpr target, boolean namedExpressionRule) {
        Token beforeEquals = tokens.get(pos - 2);
        boolean bare = endsWith(target, beforeEquals); // not wrapped in parentheses
        if ((target instanceof Yield || target instanceof YieldFrom) && bare) {
            // invalid_assignment: (star_targets '=')* a=yield_expr '='
            return errorAt(target, "assignment to yield expression not possible");
        }
        AstExpr bad = invalidTarget(target, false);
        if (bad == null) {
            bad = target;
        }
        if (bad instanceof Starred) {
            return errorAt(bad, "starred assignment target must be in a list or tuple");
        }
        if (namedExpressionRule) {
            // invalid_named_expression applies to the whole target, or to the last element of a bare tuple
            AstExpr last = target;
            if (target instanceof Tuple t && bare && !t.elts.isEmpty() && t.colOffset == t.elts.get(0).colOffset
                    && t.lineno == t.elts.get(0).lineno) {
                last = t.elts.get(t.elts.size() - 1);
            }
            if (last instanceof Name && beforeEquals.kind() == TokenKind.NAME && endsWith(last, beforeEquals)) {
                return errorAt(last, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            boolean bitwiseOrLevel = !(last instanceof Compare || last instanceof BoolOp || last instanceof Lambda
                    || last instanceof IfExp || last instanceof Starred || last instanceof List || last instanceof Tuple
                    || last instanceof GeneratorExp || (last instanceof UnaryOp u && u.op == Not.INSTANCE)
                    || (last instanceof Constant c && (c.value == null || c.value instanceof Boolean)));
            if (bitwiseOrLevel) {
                return errorAt(last, "cannot assign to " + exprName(last) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        return errorAt(bad, "cannot assign to " + exprName(bad));
    }

    private static boolean endsWith(AstExpr e, Token t) {
        return e.endLineno == t.endLine() && e.endColOffset == t.endCol();
    }

    private AstStmt annotatedAssignment(Token start, AstExpr target) {
        int simple = 0;
        if (target instanceof Name) {
            simple = start.kind() == TokenKind.LPAR ? 0 : 1;
        } else if (!(target instanceof Attribute || target instanceof Subscript)) {
            if (invalidRules) {
                String what = target instanceof Tuple ? "tuple" : target instanceof List ? "list" : "expression";
                if (target instanceof Tuple || target instanceof List) {
                    throw errorAt(target, "only single target (not " + what + ") can be annotated");
                }
                throw errorAt(target, "illegal target for annotation");
            }
            return null;
        }
        setContext(target, Store.INSTANCE);
        next(); // ':'
        AstExpr annotation = expression();
        if (annotation == null) {
            return null;
        }
        AstExpr value = null;
        if (accept(TokenKind.EQUAL)) {
            value = atKeyword("yield") ? yieldExpr() : starExpressions();
            if (value == null) {
                return null;
            }
        }
        checkVersion(6, "Variable annotation syntax is");
        return finish(new AnnAssign(target, annotation, value, simple, 0, 0, 0, 0), start);
    }

    private static AstOperator augmentedOperator(TokenKind k) {
        switch (k) {
            case PLUSEQUAL: return Add.INSTANCE;
            case MINEQUAL: return Sub.INSTANCE;
            case STAREQUAL: return Mult.INSTANCE;
            case ATEQUAL: return MatMult.INSTANCE;
            case SLASHEQUAL: return Div.INSTANCE;
            case PERCENTEQUAL: return Mod.INSTANCE;
            case AMPEREQUAL: return BitAnd.INSTANCE;
            case VBAREQUAL: return BitOr.INSTANCE;
            case CIRCUMFLEXEQUAL: return BitXor.INSTANCE;
            case LEFTSHIFTEQUAL: return LShift.INSTANCE;
            case RIGHTSHIFTEQUAL: return RShift.INSTANCE;
            case DOUBLESTAREQUAL: return Pow.INSTANCE;
            case DOUBLESLASHEQUAL: return FloorDiv.INSTANCE;
            default: return null;
        }
    }

    // ---- compound statements ----------------------------------------------------------------

    private AstStmt compoundStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.AT) {
            return decorated();
        }
        if (t.kind() != TokenKind.NAME) {
            return null;
        }
        switch (t.text()) {
            case "def":
                return functionDef(new ArrayList<>(), null);
            case "class":
                return classDef(new ArrayList<>());
            case "if":
                return ifStatement();
            case "while":
                return whileStatement();
            case "for":
                return forStatement(null);
            case "with":
                return withStatement(null);
            case "try":
                return tryStatement();
            case "async": {
                Token after = peek(1);
                if (after.isName("def")) {
                    next();
                    return functionDef(new ArrayList<>(), t);
                }
                if (after.isName("for")) {
                    next();
                    return forStatement(t);
                }
                if (after.isName("with")) {
                    next();
                    return withStatement(t);
                }
                return null;
            }
            case "match":
                return matchStatement();
            default:
                return null;
        }
    }

    // decorators: ('@' named_expression NEWLINE)+
    private AstStmt decorated() {
        ArrayList<AstExpr> decorators = new ArrayList<>();
        while (accept(TokenKind.AT)) {
            AstExpr d = namedExpression();
            if (d == null || !accept(TokenKind.NEWLINE)) {
                return failCompound();
            }
            decorators.add(d);
        }
        if (atKeyword("def")) {
            return functionDef(decorators, null);
        }
        if (atKeyword("async") && peek(1).isName("def")) {
            Token async = next();
            return functionDef(decorators, async);
        }
        if (atKeyword("class")) {
            return classDef(decorators);
        }
        return failCompound();
    }

    /** A compound statement that cannot parse: the whole statement fails (no simple fallback). */
    private AstStmt failCompound() {
        throw new CompoundFailure();
    }

    /** Ends the parse of a compound statement whose keyword committed us to it. */
    static final class CompoundFailure extends RuntimeException {
        CompoundFailure() {
            super(null, null, false, false);
        }
    }

    // function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
    private AstStmt functionDef(ArrayList<AstExpr> decorators, Token async) {
        Token defTok = next();
        Token start = async != null ? async : defTok;
        if (!atName()) {
            return failCompound();
        }
        String name = next().text();
        if (!accept(TokenKind.LPAR)) {
            if (invalidRules) {
                throw errorAt(peek(), "expected '('");
            }
            return failCompound();
        }
        Arguments args = at(TokenKind.RPAR) ? emptyArguments() : parameters(true, TokenKind.RPAR);
        if (args == null || !accept(TokenKind.RPAR)) {
            return failCompound();
        }
        AstExpr returns = null;
        if (at(TokenKind.RARROW)) {
            int arrow = pos;
            next();
            returns = expression();
            if (returns == null) {
                pos = arrow; // ['->' expression] &&':' — the forced ':' is reported at the arrow
            }
        }
        ArrayList<AstStmt> body = blockAfterColon(defTok, "function definition");
        if (async != null) {
            checkVersion(5, "Async functions are");
        }
        AstStmt def = async != null
                ? new AsyncFunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0)
                : new FunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0);
        return endAtBlock(def, start, body);
    }

    // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    private AstStmt classDef(ArrayList<AstExpr> decorators) {
        Token start = next();
        if (!atName()) {
            return failCompound();
        }
        String name = next().text();
        ArrayList<AstExpr> bases = new ArrayList<>();
        ArrayList<Keyword> keywords = new ArrayList<>();
        if (accept(TokenKind.LPAR)) {
            if (!at(TokenKind.RPAR) && !arguments(bases, keywords)) {
                return failCompound();
            }
            if (!accept(TokenKind.RPAR)) {
                return failCompound();
            }
        }
        ArrayList<AstStmt> body = blockAfterColon(start, "class definition");
        return endAtBlock(new ClassDef(name, bases, keywords, body, decorators, 0, 0, 0, 0), start, body);
    }

    // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    private AstStmt ifStatement() {
        Token start = next();
        AstExpr test = namedExpression();
        if (test == null) {
            return failCompound();
        }
        ArrayList<AstStmt> body = blockAfterColon(start, "'if' statement");
        ArrayList<AstStmt> orelse = elseOrElif();
        return endAtBlock(new If(test, body, orelse, 0, 0, 0, 0), start, orelse.isEmpty() ? body : orelse);
    }

    private ArrayList<AstStmt> elseOrElif() {
        ArrayList<AstStmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) {
            Token start = next();
            AstExpr test = namedExpression();
            if (test == null) {
                return failBlock();
            }
            ArrayList<AstStmt> body = blockAfterColon(start, "'elif' statement");
            ArrayList<AstStmt> rest = elseOrElif();
            orelse.add(endAtBlock(new If(test, body, rest, 0, 0, 0, 0), start, rest.isEmpty() ? body : rest));
        } else if (atKeyword("else")) {
            Token elseTok = next();
            return blockAfterColon(elseTok, "'else' statement");
        }
        return orelse;
    }

    private ArrayList<AstStmt> failBlock() {
        throw new CompoundFailure();
    }

    private ArrayList<AstStmt> optionalElse() {
        if (atKeyword("else")) {
            Token elseTok = next();
            return blockAfterColon(elseTok, "'else' statement");
        }
        return new ArrayList<>();
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    private AstStmt whileStatement() {
        Token start = next();
        AstExpr test = namedExpression();
        if (test == null) {
            return failCompound();
        }
        ArrayList<AstStmt> body = blockAfterColon(start, "'while' statement");
        ArrayList<AstStmt> orelse = optionalElse();
        return endAtBlock(new While(test, body, orelse, 0, 0, 0, 0), start, orelse.isEmpty() ? body : orelse);
    }

    // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    private AstStmt forStatement(Token async) {
        Token forTok = next();
        Token start = async != null ? async : forTok;
        int mark = pos;
        AstExpr target = starTargets();
        if (target == null || !acceptKeyword("in")) {
            if (invalidRules) {
                pos = mark;
                AstExpr e = starExpressions();
                if (e != null) {
                    AstExpr bad = invalidTarget(e, false);
                    if (bad != null) {
                        throw errorAt(bad, "cannot assign to " + exprName(bad));
                    }
                }
            }
            return failCompound();
        }
        AstExpr iter = starExpressions();
        if (iter == null) {
            return failCompound();
        }
        ArrayList<AstStmt> body = blockAfterColon(forTok, "'for' statement");
        ArrayList<AstStmt> orelse = optionalElse();
        if (async != null) {
            checkVersion(5, "Async for loops are");
        }
        AstStmt s = async != null ? new AsyncFor(target, iter, body, orelse, null, 0, 0, 0, 0)
                : new For(target, iter, body, orelse, null, 0, 0, 0, 0);
        return endAtBlock(s, start, orelse.isEmpty() ? body : orelse);
    }

    // with_stmt: ['async'] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block
    private AstStmt withStatement(Token async) {
        Token withTok = next();
        Token start = async != null ? async : withTok;
        ArrayList<Withitem> items = null;
        if (at(TokenKind.LPAR)) {
            int mark = pos;
            next();
            items = withItems(TokenKind.RPAR);
            if (items != null) {
                accept(TokenKind.COMMA);
                if (!accept(TokenKind.RPAR) || !at(TokenKind.COLON)) {
                    items = null;
                } else {
                    checkVersion(9, "Parenthesized context managers are");
                }
            }
            if (items == null) {
                pos = mark;
            }
        }
        if (items == null) {
            items = withItems(TokenKind.COLON);
            if (items == null) {
                return failCompound();
            }
        }
        ArrayList<AstStmt> body = blockAfterColon(withTok, "'with' statement");
        if (async != null) {
            checkVersion(5, "Async with statements are");
        }
        AstStmt s = async != null ? new AsyncWith(items, body, null, 0, 0, 0, 0)
                : new With(items, body, null, 0, 0, 0, 0);
        return endAtBlock(s, start, body);
    }

    private ArrayList<Withitem> withItems(TokenKind closer) {
        ArrayList<Withitem> items = new ArrayList<>();
        while (true) {
            AstExpr ctx = expression();
            if (ctx == null) {
                return null;
            }
            AstExpr vars = null;
            if (atKeyword("as")) {
                int mark = pos;
                next();
                int targetStart = pos;
                vars = starTarget();
                if (vars == null || !(at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                    if (invalidRules) {
                        // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                        pos = targetStart;
                        AstExpr e = expression();
                        if (e != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                            AstExpr bad = invalidTarget(e, false);
                            if (bad != null) {
                                throw errorAt(bad, "cannot assign to " + exprName(bad));
                            }
                        }
                    }
                    pos = mark;
                    return null;
                }
            }
            items.add(new Withitem(ctx, vars));
            if (!at(TokenKind.COMMA)) {
                return items;
            }
            if (peek(1).kind() == closer && closer == TokenKind.RPAR) {
                return items;
            }
            next();
        }
    }

    // try_stmt
    private AstStmt tryStatement() {
        Token start = next();
        ArrayList<AstStmt> body = blockAfterColon(start, "'try' statement");
        ArrayList<AstExcepthandler> handlers = new ArrayList<>();
        boolean star = false;
        while (atKeyword("except")) {
            Token exceptTok = next();
            boolean thisStar = accept(TokenKind.STAR);
            if (!handlers.isEmpty() && thisStar != star) {
                if (invalidRules) {
                    throw errorAt(exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
                }
                return failCompound();
            }
            star = thisStar;
            AstExpr type = null;
            String name = null;
            if (!at(TokenKind.COLON)) {
                type = expression();
                if (type == null) {
                    return failCompound();
                }
                if (at(TokenKind.COMMA)) {
                    if (invalidRules) {
                        int mark = pos;
                        next();
                        AstExpr more = expressions();
                        if (more != null) {
                            throw errorBetween(type, more, "multiple exception types must be parenthesized");
                        }
                        pos = mark;
                    }
                    return failCompound();
                }
                if (acceptKeyword("as")) {
                    if (!atName()) {
                        return failCompound();
                    }
                    name = next().text();
                }
            } else if (star) {
                if (invalidRules) {
                    throw errorAt(peek(), "expected one or more exception types");
                }
                return failCompound();
            }
            ArrayList<AstStmt> handlerBody = blockAfterColon(exceptTok, star ? "'except*' statement" : "'except' statement");
            handlers.add(endAtBlock(new ExceptHandler(type, name, handlerBody, 0, 0, 0, 0), exceptTok, handlerBody));
        }
        ArrayList<AstStmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty()) {
            orelse = optionalElse();
        }
        ArrayList<AstStmt> finalbody = new ArrayList<>();
        if (atKeyword("finally")) {
            Token finallyTok = next();
            finalbody = blockAfterColon(finallyTok, "'finally' statement");
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            if (invalidRules) {
                throw errorAt(peek(), "expected 'except' or 'finally' block");
            }
            return failCompound();
        }
        ArrayList<AstStmt> lastBlock = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse : null;
        if (star) {
            checkVersion(11, "Exception groups are");
        }
        AstStmt s = star ? new TryStar(body, handlers, orelse, finalbody, 0, 0, 0, 0)
                : new Try(body, handlers, orelse, finalbody, 0, 0, 0, 0);
        return endAtBlock(s, start, lastBlock);
    }

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    private AstStmt matchStatement() {
        Token start = peek();
        int mark = pos;
        next();
        AstExpr subject;
        try {
            subject = subjectExpression();
        } catch (PySyntaxError e) {
            pos = mark;
            return null;
        }
        if (subject == null || !at(TokenKind.COLON)) {
            pos = mark;
            return null;
        }
        next();
        if (!accept(TokenKind.NEWLINE)) {
            pos = mark;
            return null;
        }
        if (!at(TokenKind.INDENT)) {
            if (invalidRules) {
                throw indentationError(peek(), "expected an indented block after 'match' statement on line "
                        + start.startLine());
            }
            return failCompound();
        }
        next();
        ArrayList<MatchCase> cases = new ArrayList<>();
        while (atKeyword("case")) {
            Token caseTok = next();
            AstPattern pattern = patterns();
            if (pattern == null) {
                return failCompound();
            }
            AstExpr guard = null;
            if (acceptKeyword("if")) {
                guard = namedExpression();
                if (guard == null) {
                    return failCompound();
                }
            }
            ArrayList<AstStmt> body = blockAfterColon(caseTok, "'case' statement");
            cases.add(new MatchCase(pattern, guard, body));
        }
        if (cases.isEmpty() || !accept(TokenKind.DEDENT)) {
            return failCompound();
        }
        ArrayList<AstStmt> lastBody = new ArrayList<>(cases.get(cases.size() - 1).body);
        checkVersion(10, "Pattern matching is");
        return endAtBlock(new Match(subject, cases, 0, 0, 0, 0), start, lastBody);
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private AstExpr subjectExpression() {
        Token start = peek();
        AstExpr first = starNamedExpression();
        if (first == null) {
            return null;
        }
        if (!at(TokenKind.COMMA)) {
            return first instanceof Starred ? null : first;
        }
        ArrayList<AstExpr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.COLON)) {
                break;
            }
            AstExpr e = starNamedExpression();
            if (e == null) {
                return null;
            }
            elts.add(e);
        }
        return finish(new Tuple(elts, Load.INSTANCE, 0, 0, 0, 0), start);
    }

    // ---- blocks ------------------------------------------------------------------------------

    /** ':' block, with 3.11's "expected ':'" and "expected an indented block after ..." errors. */
    private ArrayList<AstStmt> blockAfterColon(Token keyword, String what) {
        if (!accept(TokenKind.COLON)) {
            if (invalidRules) {
                throw errorAt(peek(), "expected ':'");
            }
            return failBlock();
        }
        if (accept(TokenKind.NEWLINE)) {
            if (!at(TokenKind.INDENT)) {
                String msg = "expected an indented block after " + what + " on line " + keyword.startLine();
                throw indentationError(peek(), msg);
            }
            next();
            ArrayList<AstStmt> body = new ArrayList<>();
            while (!at(TokenKind.DEDENT)) {
                if (at(TokenKind.ENDMARKER) || !statement(body)) {
                    return failBlock();
                }
            }
            next();
            return body;
        }
        ArrayList<AstStmt> body = new ArrayList<>();
        if (!simpleStatements(body)) {
            return failBlock();
        }
        return body;
    }

    /**
     * Positions a compound statement from {@code start} to the last token it consumed that is
     * not NEWLINE, INDENT or DEDENT (so a trailing ';' counts). CPython: EXTRA with
     * _PyPegen_get_last_nonnwhitespace_token.
     */
    private <T extends Node> T endAtBlock(T node, Token start, java.util.List<AstStmt> lastBlock) {
        int k = pos - 1;
        while (k > 0) {
            TokenKind kind = tokens.get(k).kind();
            if (kind != TokenKind.NEWLINE && kind != TokenKind.INDENT && kind != TokenKind.DEDENT
                    && kind != TokenKind.ENDMARKER) {
                break;
            }
            k--;
        }
        Token end = tokens.get(k);
        node.setPosition(start.startLine(), start.startCol(), end.endLine(), end.endCol());
        return node;
    }
}
