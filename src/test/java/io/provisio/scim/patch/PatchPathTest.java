package io.provisio.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.AttrPath;
import io.provisio.scim.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchPathTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @Test
    void plainAndSubAttributePaths() {
        assertEquals(new PatchPath(null, "active", null, null), PatchPath.parse("active"));
        assertEquals(new PatchPath(null, "name", "familyName", null), PatchPath.parse("name.familyName"));
        assertEquals(new PatchPath(ENTERPRISE, "department", null, null), PatchPath.parse(ENTERPRISE + ":department"));
        assertEquals(new AttrPath(ENTERPRISE, "manager", "value"), PatchPath.parse(ENTERPRISE + ":manager.value").attrPath());
    }

    @Test
    void bareExtensionUrnNamesTheWholeExtension() {
        PatchPath path = PatchPath.parse(ENTERPRISE);
        assertTrue(path.isExtensionRoot());
        assertEquals(ENTERPRISE, path.schemaUrn());
    }

    @Test
    void valueFilterPaths() {
        PatchPath work = PatchPath.parse("emails[type eq \"work\"]");
        assertEquals("emails", work.attribute());
        assertNull(work.subAttribute());
        assertInstanceOf(Filter.Compare.class, work.valueFilter());

        PatchPath value = PatchPath.parse("emails[type eq \"work\"].value");
        assertEquals(new AttrPath(null, "emails", "value"), value.attrPath());

        PatchPath member = PatchPath.parse("members[value eq \"2819c223-7f76-453a-919d-413861904646\"]");
        assertEquals("members", member.attribute());

        PatchPath bracketInString = PatchPath.parse("emails[value eq \"a]b\"].display");
        assertEquals("display", bracketInString.subAttribute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "emails[", "emails[type eq \"work\"", "emails[type eq]", "emails[]",
        "emails[type eq \"work\"]value", "emails[type eq \"work\"].", "emails[type eq \"work\"].a.b",
        "name.givenName[value pr]", "a.b.c", "1abc", "emails[type eq \"work\"][value pr]",
        "emails[type[value pr]]", "urn:x:y z", "bad name"})
    void malformedPathsAreInvalidPath(String path) {
        ScimException e = assertThrows(ScimException.class, () -> PatchPath.parse(path));
        assertEquals(ScimType.INVALID_PATH, e.scimType().orElseThrow());
    }

    @Test
    void overlongPathIsInvalidPath() {
        ScimException e = assertThrows(ScimException.class,
                () -> PatchPath.parse("emails[value eq \"" + "x".repeat(5000) + "\"]"));
        assertEquals(ScimType.INVALID_PATH, e.scimType().orElseThrow());
    }
}
