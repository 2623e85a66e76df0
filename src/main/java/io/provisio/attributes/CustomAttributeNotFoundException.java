package io.provisio.attributes;

/** No custom attribute has that id: it never existed or was removed. */
public class CustomAttributeNotFoundException extends RuntimeException {

    public CustomAttributeNotFoundException(String id) {
        super("No custom attribute with id " + id + " exists; it may have been removed.");
    }
}
