package org.matcha.parser;

import java.util.ArrayList;
import org.matcha.ast.*;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;

/** The patterns of match statements (PEP 634). CPython 3.11: Grammar/python.gram "patterns". */
abstract class PatternParser extends ExpressionParser {

    PatternParser(Lexer lexer, WarningSink warnings) {
        super(lexer, warnings);
    }

    // patterns: open_sequence_pattern | pattern
    protected final AstPattern patterns() {
        Token start = peek();
        int mark = pos;
        AstPattern first = maybeStarPattern();
        if (first != null && at(TokenKind.COMMA)) {
            ArrayList<AstPattern> items = new ArrayList<>();
            items.add(first);
            while (accept(TokenKind.COMMA)) {
                if (at(TokenKind.COLON) || atKeyword("if")) {
                    break;
                }
                AstPattern p = maybeStarPattern();
                if (p == null) {
                    return null;
                }
                items.add(p);
            }
            return finish(new MatchSequence(items, 0, 0, 0, 0), start);
        }
        pos = mark;
        return pattern();
    }

    // pattern: as_pattern | or_pattern
    protected final AstPattern pattern() {
        enter();
        try {
            Token start = peek();
            AstPattern p = orPattern();
            if (p == null) {
                return null;
            }
            if (atKeyword("as")) {
                int mark = pos;
                next();
                Token name = peek();
                if (atName() && !name.text().equals("_")) {
                    next();
                    return finish(new MatchAs(p, name.text(), 0, 0, 0, 0), start);
                }
                if (invalidRules) {
                    if (name.isName("_")) {
                        throw errorAt(name, "cannot use '_' as a target");
                    }
                    AstExpr e = expression();
                    if (e != null) {
                        throw errorAt(e, "invalid pattern target");
                    }
                }
                pos = mark;
                return null;
            }
            return p;
        } finally {
            leave();
        }
    }

    // or_pattern: '|'.closed_pattern+
    private AstPattern orPattern() {
        Token start = peek();
        AstPattern first = closedPattern();
        if (first == null || !at(TokenKind.VBAR)) {
            return first;
        }
        ArrayList<AstPattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(TokenKind.VBAR)) {
            AstPattern p = closedPattern();
            if (p == null) {
                return null;
            }
            alts.add(p);
        }
        return finish(new MatchOr(alts, 0, 0, 0, 0), start);
    }

    private AstPattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
            case MINUS:
            case STRING:
            case FSTRING_START: {
                AstExpr value = literalExpr();
                if (value == null) {
                    return null;
                }
                return span(new MatchValue(value, 0, 0, 0, 0), value, value);
            }
            case LPAR:
                return parenPattern();
            case LSQB: {
                next();
                ArrayList<AstPattern> items = new ArrayList<>();
                if (!accept(TokenKind.RSQB)) {
                    if (!sequenceItems(items, TokenKind.RSQB)) {
                        return null;
                    }
                }
                return finish(new MatchSequence(items, 0, 0, 0, 0), t);
            }
            case LBRACE:
                return mappingPattern();
            case NAME:
                return namePattern();
            default:
                return null;
        }
    }

    private AstPattern namePattern() {
        Token t = peek();
        switch (t.text()) {
            case "None":
                next();
                return finish(new MatchSingleton(null, 0, 0, 0, 0), t);
            case "True":
                next();
                return finish(new MatchSingleton(Boolean.TRUE, 0, 0, 0, 0), t);
            case "False":
                next();
                return finish(new MatchSingleton(Boolean.FALSE, 0, 0, 0, 0), t);
            default:
                break;
        }
        if (!atName()) {
            return null;
        }
        AstExpr nameOrAttr = nameOrAttr();
        if (nameOrAttr == null) {
            return null; // "Color." not followed by a name: a syntax error, found by the VM fuzz test
        }
        if (at(TokenKind.LPAR)) {
            return classPattern(t, nameOrAttr);
        }
        if (nameOrAttr instanceof Name n) {
            if (n.id.equals("_")) {
                return finish(new MatchAs(null, null, 0, 0, 0, 0), t);
            }
            return finish(new MatchAs(null, n.id, 0, 0, 0, 0), t);
        }
        return span(new MatchValue(nameOrAttr, 0, 0, 0, 0), nameOrAttr, nameOrAttr);
    }

    // name_or_attr: attr | NAME
    private AstExpr nameOrAttr() {
        Token start = next();
        AstExpr e = finish(new Name(start.text(), Load.INSTANCE, 0, 0, 0, 0), start);
        while (at(TokenKind.DOT)) {
            next();
            if (!atName()) {
                return null;
            }
            Token attr = next();
            e = finish(new Attribute(e, attr.text(), Load.INSTANCE, 0, 0, 0, 0), start);
        }
        return e;
    }

    // class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
    private AstPattern classPattern(Token start, AstExpr cls) {
        if (cls == null) {
            return null;
        }
        next(); // '('
        ArrayList<AstPattern> positional = new ArrayList<>();
        ArrayList<String> kwdAttrs = new ArrayList<>();
        ArrayList<AstPattern> kwdPatterns = new ArrayList<>();
        while (!at(TokenKind.RPAR)) {
            if (atName() && peek(1).kind() == TokenKind.EQUAL) {
                Token name = next();
                next();
                AstPattern p = pattern();
                if (p == null) {
                    return null;
                }
                kwdAttrs.add(name.text());
                kwdPatterns.add(p);
            } else {
                AstPattern p = pattern();
                if (p == null) {
                    return null;
                }
                if (!kwdAttrs.isEmpty()) {
                    if (invalidRules) {
                        throw errorAt(p, "positional patterns follow keyword patterns");
                    }
                    return null;
                }
                positional.add(p);
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (!accept(TokenKind.RPAR)) {
            return null;
        }
        return finish(new MatchClass(cls, positional, kwdAttrs, kwdPatterns, 0, 0, 0, 0), start);
    }

    // group_pattern: '(' pattern ')' | sequence_pattern: '(' [open_sequence_pattern] ')'
    private AstPattern parenPattern() {
        Token open = next();
        if (accept(TokenKind.RPAR)) {
            return finish(new MatchSequence(new ArrayList<>(), 0, 0, 0, 0), open);
        }
        AstPattern first = maybeStarPattern();
        if (first == null) {
            return null;
        }
        if (accept(TokenKind.RPAR)) {
            if (first instanceof MatchStar) {
                ArrayList<AstPattern> items = new ArrayList<>();
                items.add(first);
                return finish(new MatchSequence(items, 0, 0, 0, 0), open);
            }
            return first;
        }
        if (!accept(TokenKind.COMMA)) {
            return null;
        }
        ArrayList<AstPattern> items = new ArrayList<>();
        items.add(first);
        if (accept(TokenKind.RPAR)) {
            return finish(new MatchSequence(items, 0, 0, 0, 0), open);
        }
        if (!sequenceItems(items, TokenKind.RPAR)) {
            return null;
        }
        return finish(new MatchSequence(items, 0, 0, 0, 0), open);
    }

    /** maybe_sequence_pattern up to and including {@code closer}. */
    private boolean sequenceItems(ArrayList<AstPattern> items, TokenKind closer) {
        while (true) {
            AstPattern p = maybeStarPattern();
            if (p == null) {
                return false;
            }
            items.add(p);
            if (!accept(TokenKind.COMMA)) {
                break;
            }
            if (at(closer)) {
                break;
            }
        }
        return accept(closer);
    }

    // maybe_star_pattern: star_pattern | pattern
    private AstPattern maybeStarPattern() {
        if (at(TokenKind.STAR)) {
            Token star = next();
            if (!atName()) {
                return null;
            }
            Token name = next();
            String id = name.text().equals("_") ? null : name.text();
            return finish(new MatchStar(id, 0, 0, 0, 0), star);
        }
        return pattern();
    }

    // mapping_pattern
    private AstPattern mappingPattern() {
        Token open = next();
        ArrayList<AstExpr> keys = new ArrayList<>();
        ArrayList<AstPattern> values = new ArrayList<>();
        String rest = null;
        while (!at(TokenKind.RBRACE)) {
            if (accept(TokenKind.DOUBLESTAR)) {
                if (!atName()) {
                    return null;
                }
                rest = next().text();
                accept(TokenKind.COMMA);
                if (!at(TokenKind.RBRACE)) {
                    if (invalidRules) {
                        throw errorAt(peek(), "invalid syntax");
                    }
                    return null;
                }
                break;
            }
            AstExpr key;
            if (atName() && !atKeyword("None") && !atKeyword("True") && !atKeyword("False")) {
                key = nameOrAttr();
                if (!(key instanceof Attribute)) {
                    return null;
                }
            } else {
                key = literalExpr();
            }
            if (key == null || !accept(TokenKind.COLON)) {
                return null;
            }
            AstPattern value = pattern();
            if (value == null) {
                return null;
            }
            keys.add(key);
            values.add(value);
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (!accept(TokenKind.RBRACE)) {
            return null;
        }
        return finish(new MatchMapping(keys, values, rest, 0, 0, 0, 0), open);
    }

    /** literal_expr: signed_number | complex_number | strings | None | True | False. */
    private AstExpr literalExpr() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START) {
            AstExpr s = strings();
            if (s instanceof JoinedStr) {
                if (invalidRules) {
                    throw errorAt(s, "patterns may only match literals and attribute lookups");
                }
                return null;
            }
            return s;
        }
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "None":
                    next();
                    return finish(new Constant(null, null, 0, 0, 0, 0), t);
                case "True":
                    next();
                    return finish(new Constant(Boolean.TRUE, null, 0, 0, 0, 0), t);
                case "False":
                    next();
                    return finish(new Constant(Boolean.FALSE, null, 0, 0, 0, 0), t);
                default:
                    return null;
            }
        }
        AstExpr real = signedNumber();
        if (real == null) {
            return null;
        }
        if (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
            AstOperator op = at(TokenKind.PLUS) ? Add.INSTANCE : Sub.INSTANCE;
            Token opTok = next();
            Token imagTok = peek();
            if (imagTok.kind() != TokenKind.NUMBER) {
                return null;
            }
            next();
            Constant imag = finish(new Constant(numberValue(imagTok), null, 0, 0, 0, 0), imagTok);
            if (real instanceof Constant c && c.value instanceof AstConstant.Imaginary
                    || real instanceof UnaryOp u && ((Constant) u.operand).value instanceof AstConstant.Imaginary) {
                if (invalidRules) {
                    throw errorAt(real, "real number required in complex literal");
                }
                return null;
            }
            if (!(imag.value instanceof AstConstant.Imaginary)) {
                if (invalidRules) {
                    throw errorAt(imag, "imaginary number required in complex literal");
                }
                return null;
            }
            return span(new BinOp(real, op, imag, 0, 0, 0, 0), real, imag);
        }
        return real;
    }

    // signed_number: NUMBER | '-' NUMBER
    private AstExpr signedNumber() {
        Token t = peek();
        if (t.kind() == TokenKind.NUMBER) {
            next();
            return finish(new Constant(numberValue(t), null, 0, 0, 0, 0), t);
        }
        if (t.kind() == TokenKind.MINUS && peek(1).kind() == TokenKind.NUMBER) {
            next();
            Token n = next();
            Constant c = finish(new Constant(numberValue(n), null, 0, 0, 0, 0), n);
            return finish(new UnaryOp(USub.INSTANCE, c, 0, 0, 0, 0), t);
        }
        return null;
    }
}
