package io.provisio.tokens;

import java.util.Optional;

/** The outcome of presenting a secret: the principal it admits, or why it was refused. */
public record TokenCheck(TokenPrincipal principal, String refusal) {

    static TokenCheck admitted(TokenPrincipal principal) {
        return new TokenCheck(principal, null);
    }

    static TokenCheck refused(String why) {
        return new TokenCheck(null, why);
    }

    public Optional<TokenPrincipal> admitted() {
        return Optional.ofNullable(principal);
    }
}
