package io.provisio.tokens;

/** No token has that id: it never existed or was removed. */
public class TokenNotFoundException extends RuntimeException {

    public TokenNotFoundException(String id) {
        super("No SCIM token with id " + id + " exists; it may have been removed.");
    }
}
