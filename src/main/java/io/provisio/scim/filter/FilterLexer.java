package io.provisio.scim.filter;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.StorableText;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a filter into tokens. The input is bounded by {@link FilterParser#MAX_LENGTH}, so the
 * whole token list is built up front; that gives the parser free look-ahead.
 */
final class FilterLexer {

    enum Kind { WORD, STRING, NUMBER, LPAREN, RPAREN, LBRACKET, RBRACKET, END }

    /** A token; {@code position} is 1-based so error messages match what an editor shows. */
    record Token(Kind kind, String text, int position, JsonValue value) {
        String describe() {
            return kind == Kind.END ? "end of filter" : "'" + text + "'";
        }
    }

    private static final Pattern NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** As in request bodies: no attribute holds a number with more digits than this. */
    private static final int MAX_NUMBER_LENGTH = 64;

    private final String text;
    private int pos;

    private FilterLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new FilterLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", pos + 1, null));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = text.charAt(pos);
        return switch (c) {
            case '(' -> single(Kind.LPAREN);
            case ')' -> single(Kind.RPAREN);
            case '[' -> single(Kind.LBRACKET);
            case ']' -> single(Kind.RBRACKET);
            case '"' -> string();
            default -> {
                if (c == '-' || Character.isDigit(c)) {
                    yield number();
                }
                if (isWordChar(c)) {
                    yield word();
                }
                throw error("unexpected character " + (Character.isISOControl(c) || Character.isSurrogate(c)
                        ? String.format("U+%04X", (int) c) : "'" + c + "'"), pos + 1);
            }
        };
    }

    private Token single(Kind kind) {
        pos++;
        return new Token(kind, text.substring(pos - 1, pos), pos, null);
    }

    private Token word() {
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        return new Token(Kind.WORD, text.substring(start, pos), start + 1, null);
    }

    private Token number() {
        int start = pos;
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (!m.lookingAt() || (m.end() < text.length() && isWordChar(text.charAt(m.end())))) {
            throw error("malformed number", start + 1);
        }
        pos = m.end();
        String literal = text.substring(start, pos);
        if (literal.length() > MAX_NUMBER_LENGTH) {
            throw error("a number longer than " + MAX_NUMBER_LENGTH + " characters", start + 1);
        }
        try {
            return new Token(Kind.NUMBER, literal, start + 1, JSON.createValue(new BigDecimal(literal)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error("number out of range", start + 1);
        }
    }

    private Token string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                String decoded = value.toString();
                StorableText.problem(decoded).ifPresent(problem -> {
                    throw error("the string contains " + problem + ", which no attribute can hold", start + 1);
                });
                return new Token(Kind.STRING, text.substring(start, pos), start + 1, JSON.createValue(decoded));
            }
            value.append(c == '\\' ? escape(start) : c);
        }
        throw error("unterminated string", start + 1);
    }

    private char escape(int stringStart) {
        if (pos >= text.length()) {
            throw error("unterminated string", stringStart + 1);
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("invalid escape '\\" + c + "'", pos - 1);
        };
    }

    private char unicode() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape", pos - 1);
        }
        String hex = text.substring(pos, pos + 4);
        if (!hex.matches("[0-9A-Fa-f]{4}")) {
            throw error("invalid \\u escape", pos - 1);
        }
        pos += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Characters of attribute paths (URNs included) and keywords. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == ':' || c == '.' || c == '_' || c == '-' || c == '$';
    }

    static ScimException error(String what, int position) {
        return ScimException.badRequest(ScimType.INVALID_FILTER,
                "Invalid filter: " + what + " at position " + position);
    }
}
