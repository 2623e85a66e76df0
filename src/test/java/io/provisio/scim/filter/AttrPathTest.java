package io.provisio.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import org.junit.jupiter.api.Test;

class AttrPathTest {

    @Test
    void parsesAllShapes() {
        assertEquals(new AttrPath(null, "userName", null), AttrPath.parse("userName"));
        assertEquals(new AttrPath(null, "emails", "value"), AttrPath.parse("emails.value"));
        assertEquals(new AttrPath(null, "members", "$ref"), AttrPath.parse("members.$ref"));
        assertEquals(new AttrPath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value"),
                AttrPath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"));
    }

    @Test
    void keepsSpellingButComparesIgnoringCase() {
        AttrPath a = AttrPath.parse("Name.GivenName");
        assertEquals("GivenName", a.subAttribute());
        assertNotEquals(AttrPath.parse("name.givenName"), a);
        assertTrue(a.sameAs(AttrPath.parse("name.givenname")));
        assertEquals("name.givenname", a.normalized().toString());
        assertEquals("Name.GivenName", a.toString());
    }

    @Test
    void bareSchemaUrnIsRecognised() {
        assertTrue(AttrPath.isSchemaUrn("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
        assertFalse(AttrPath.isSchemaUrn("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"));
        assertFalse(AttrPath.isSchemaUrn("userName"));
        ScimException e = assertThrows(ScimException.class,
                () -> AttrPath.parse("urn:ietf:params:scim:schemas:core:2.0:User"));
        assertEquals(ScimType.INVALID_PATH, e.scimType().orElseThrow());
    }
}
