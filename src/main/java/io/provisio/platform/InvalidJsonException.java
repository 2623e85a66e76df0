package io.provisio.platform;

/** A request body that is not the JSON it should be. */
public class InvalidJsonException extends RuntimeException {

    public InvalidJsonException(String message) {
        super(message);
    }
}
