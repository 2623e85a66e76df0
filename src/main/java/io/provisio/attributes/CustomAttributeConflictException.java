package io.provisio.attributes;

/** A custom attribute of that name, in any letter case, already exists. */
public class CustomAttributeConflictException extends RuntimeException {

    public CustomAttributeConflictException(String requested, String existing) {
        super("A custom attribute named '" + existing + "' already exists; names are case-insensitive, so '"
                + requested + "' cannot be defined as well.");
    }
}
