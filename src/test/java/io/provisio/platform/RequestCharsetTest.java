package io.provisio.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestCharsetTest {

    @Test
    void utf8AndItsAliasesPass() {
        assertTrue(RequestCharset.isUtf8("UTF-8"));
        assertTrue(RequestCharset.isUtf8("utf-8"));
        assertTrue(RequestCharset.isUtf8("\"utf-8\""));
        assertTrue(RequestCharset.isUtf8("UTF8"));
    }

    @Test
    void anyOtherKnownUnknownOrIllegalCharsetIsRefused() {
        assertFalse(RequestCharset.isUtf8("ISO-8859-1"));
        assertFalse(RequestCharset.isUtf8("UTF-16"));
        assertFalse(RequestCharset.isUtf8("bogus"));
        assertFalse(RequestCharset.isUtf8("in valid/name"));
        assertFalse(RequestCharset.isUtf8(""));
        assertFalse(RequestCharset.isUtf8(null));
    }
}
