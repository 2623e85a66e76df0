package io.provisio.tokens;

/** Both token slots are taken. */
public class TokenLimitException extends RuntimeException {

    public TokenLimitException() {
        super("At most " + TokenService.MAX_TOKENS + " SCIM tokens can exist at any time. "
                + "Remove one of the existing tokens first, then generate a new one.");
    }
}
