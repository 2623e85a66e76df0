package io.provisio.tokens;

/** A token together with its secret: returned once, on generate and on renew, never stored. */
public record IssuedToken(TokenView token, String secret) {
}
