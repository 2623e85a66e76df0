package io.provisio.platform;

/**
 * A request body that is not the JSON it should be: malformed (a syntax error), or well-formed
 * with a value no attribute can hold (a number too long to be one, text a database cannot store).
 */
public class InvalidJsonException extends RuntimeException {

    private final boolean invalidValue;

    public InvalidJsonException(String message) {
        this(message, false);
    }

    private InvalidJsonException(String message, boolean invalidValue) {
        super(message);
        this.invalidValue = invalidValue;
    }

    /** Well-formed JSON holding a value Provisio refuses. */
    public static InvalidJsonException ofValue(String message) {
        return new InvalidJsonException(message, true);
    }

    /** True for a refused value, false for malformed JSON. */
    public boolean invalidValue() {
        return invalidValue;
    }
}
