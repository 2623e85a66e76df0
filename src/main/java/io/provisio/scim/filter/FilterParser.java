package io.provisio.scim.filter;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.FilterLexer.Kind;
import io.provisio.scim.filter.FilterLexer.Token;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written recursive-descent parser for RFC 7644 section 3.4.2.2 filters. Precedence is
 * {@code not} over {@code and} over {@code or}; {@code and}/{@code or} are left-associative.
 * Every failure is a 400 {@code invalidFilter} naming the position, and the length and nesting
 * limits keep a hostile filter from costing more than a small, fixed amount of stack.
 */
public final class FilterParser {

    /** Longer filters are refused; real IdP filters are well under 200 characters. */
    public static final int MAX_LENGTH = 4096;
    /** Deepest nesting of parentheses, {@code not} and value paths accepted. */
    public static final int MAX_DEPTH = 32;

    private final List<Token> tokens;
    private int index;
    private int depth;
    private boolean inValuePath;

    private FilterParser(String text) {
        this.tokens = FilterLexer.tokenize(text);
    }

    /** Parses a complete filter, e.g. the {@code filter} query parameter. */
    public static Filter parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses the text between the brackets of a value path, where attribute names are relative to
     * the element and a further value path is not allowed (RFC 7644 section 3.4.2.2, valFilter).
     */
    public static Filter parseValueFilter(String text) {
        return parse(text, true);
    }

    private static Filter parse(String text, boolean valueFilter) {
        if (text == null || text.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER, "Invalid filter: empty filter");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER,
                    "Invalid filter: longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(text);
        parser.inValuePath = valueFilter;
        Filter filter = parser.parseOr();
        if (parser.current().kind() != Kind.END) {
            throw parser.unexpected("'and', 'or' or end of filter");
        }
        return filter;
    }

    private Filter parseOr() {
        Filter left = parseAnd();
        while (isKeyword("or")) {
            index++;
            left = new Filter.Or(left, parseAnd());
        }
        return left;
    }

    private Filter parseAnd() {
        Filter left = parseUnary();
        while (isKeyword("and")) {
            index++;
            left = new Filter.And(left, parseUnary());
        }
        return left;
    }

    private Filter parseUnary() {
        Token token = current();
        if (isKeyword("not") && peek().kind() == Kind.LPAREN) {
            index++;
            return new Filter.Not(parseGroup());
        }
        if (token.kind() == Kind.LPAREN) {
            return parseGroup();
        }
        if (token.kind() == Kind.WORD) {
            return parseAttributeExpression();
        }
        throw unexpected("an attribute path, '(' or 'not'");
    }

    private Filter parseGroup() {
        expect(Kind.LPAREN, "'('");
        enter();
        Filter inner = parseOr();
        expect(Kind.RPAREN, "')'");
        depth--;
        return inner;
    }

    private Filter parseAttributeExpression() {
        Token token = current();
        AttrPath path = attrPath(token);
        index++;
        if (current().kind() == Kind.LBRACKET) {
            return parseValuePath(path, token);
        }
        Token opToken = current();
        if (isKeyword("pr")) {
            index++;
            return new Filter.Present(path);
        }
        Optional<Operator> op = opToken.kind() == Kind.WORD
                ? Operator.fromKeyword(opToken.text()) : Optional.empty();
        if (op.isEmpty()) {
            throw unexpected("an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '"
                    + token.text() + "'");
        }
        index++;
        return new Filter.Compare(path, op.get(), parseValue(op.get()));
    }

    private Filter parseValuePath(AttrPath path, Token pathToken) {
        if (inValuePath) {
            throw FilterLexer.error("value paths cannot be nested", current().position());
        }
        if (path.subAttribute() != null) {
            throw FilterLexer.error("a value path needs a plain attribute, not '"
                    + pathToken.text() + "'", pathToken.position());
        }
        index++;
        enter();
        inValuePath = true;
        Filter inner = parseOr();
        expect(Kind.RBRACKET, "']'");
        inValuePath = false;
        depth--;
        return new Filter.ValuePath(path, inner);
    }

    private JsonValue parseValue(Operator op) {
        Token token = current();
        JsonValue value = switch (token.kind()) {
            case STRING, NUMBER -> token.value();
            case WORD -> literal(token);
            default -> throw unexpected("a value (string, number, true, false or null)");
        };
        if (op.isOrdering() && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE
                || value.getValueType() == JsonValue.ValueType.NULL)) {
            // RFC 7644 section 3.4.2.2: ordering booleans is an invalidFilter.
            throw FilterLexer.error("'" + op.keyword() + "' cannot compare with " + token.text(),
                    token.position());
        }
        index++;
        return value;
    }

    /** JSON literals; accepted in any case because IdPs are not consistent about it. */
    private JsonValue literal(Token token) {
        return switch (token.text().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> JsonValue.TRUE;
            case "false" -> JsonValue.FALSE;
            case "null" -> JsonValue.NULL;
            default -> throw unexpected("a value (string, number, true, false or null)");
        };
    }

    private AttrPath attrPath(Token token) {
        try {
            return AttrPath.parse(token.text(), ScimType.INVALID_FILTER);
        } catch (ScimException e) {
            throw FilterLexer.error(e.detail(), token.position());
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw FilterLexer.error("nesting deeper than " + MAX_DEPTH, current().position());
        }
    }

    private void expect(Kind kind, String description) {
        if (current().kind() != kind) {
            throw unexpected(description);
        }
        index++;
    }

    private boolean isKeyword(String keyword) {
        Token token = current();
        return token.kind() == Kind.WORD && token.text().equalsIgnoreCase(keyword);
    }

    private Token current() {
        return tokens.get(index);
    }

    private Token peek() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    private ScimException unexpected(String expected) {
        Token token = current();
        return FilterLexer.error("expected " + expected + " but found " + token.describe(),
                token.position());
    }
}
