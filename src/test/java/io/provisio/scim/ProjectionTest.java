package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.schema.Schemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Projection#keeps}: whether a read must fill in a user's {@code groups}, asked before the
 * membership query runs. It must agree with what {@link Projection#apply} leaves of a real user.
 */
class ProjectionTest {

    private static final JsonObject USER = Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(Schemas.USER).add(Schemas.ENTERPRISE_USER))
            .add("id", "2819c223")
            .add("userName", "bjensen@example.com")
            .add("name", Json.createObjectBuilder().add("givenName", "Barbara"))
            .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("value", "bjensen@example.com").add("type", "work").add("primary", true)))
            .add("groups", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("value", "e9e30dba").add("$ref", "https://example.com/scim/v2/Groups/e9e30dba")
                    .add("display", "Tour Guides").add("type", "direct")))
            .add(Schemas.ENTERPRISE_USER, Json.createObjectBuilder().add("department", "Tours"))
            .build();

    @ParameterizedTest(name = "attributes={0} excludedAttributes={1}: groups kept {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                                         | -                                            | true",
        "-                                         | groups                                       | false",
        "-                                         | GROUPS                                       | false",
        "-                                         | userName,groups                              | false",
        "-                                         | urn:ietf:params:scim:schemas:core:2.0:User:groups | false",
        "-                                         | groups.display                               | true",
        "-                                         | emails                                       | true",
        "userName                                  | -                                            | false",
        "userName,emails.value                     | -                                            | false",
        "groups                                    | -                                            | true",
        "groups.value                              | -                                            | true",
        "userName,Groups.display                   | -                                            | true",
        "urn:ietf:params:scim:schemas:core:2.0:User:groups | -                                    | true",
        "urn:ietf:params:scim:schemas:core:2.0:User | -                                          | true",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | -                           | false",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department | -                | false",
    })
    void groupsAreKeptExactlyWhenTheProjectionLeavesThemInARealUser(String attributes, String excluded,
                                                                    boolean kept) {
        Projection projection = Projection.of(attributes, excluded);

        assertEquals(kept, projection.keeps(Schemas.USER, "groups"));
        assertEquals(kept, projection.apply(USER, Schemas.USER).containsKey("groups"),
                "keeps must agree with what apply leaves of a whole user");
    }

    @Test
    void aGroupsStreamedMembersKeepTheSubAttributesTheProjectionKeeps() {
        Set<String> all = Set.of("value", "$ref", "display", "type");
        assertEquals(all, Projection.ALL.keptSubAttributes(Schemas.GROUP, "members"));
        assertEquals(Set.of("value"), Projection.of("members.value", null).keptSubAttributes(Schemas.GROUP, "members"));
        assertEquals(Set.of("value", "$ref", "type"),
                Projection.of(null, "members.display").keptSubAttributes(Schemas.GROUP, "members"));
        assertEquals(Set.of(), Projection.of(null, "members").keptSubAttributes(Schemas.GROUP, "members"));
        assertEquals(Set.of(), Projection.of("displayName", null).keptSubAttributes(Schemas.GROUP, "members"));
        assertFalse(Projection.of("displayName", null).keeps(Schemas.GROUP, "members"));
    }

    @Test
    void withoutAProjectionEverythingIsKeptAndTheDocumentIsReturnedAsItIs() {
        assertTrue(Projection.ALL.keeps(Schemas.USER, "groups"));
        assertEquals(USER, Projection.ALL.apply(USER, Schemas.USER));
    }

    @Test
    void idAndSchemasStayWhateverIsAskedFor() {
        JsonObject projected = Projection.of("userName", null).apply(USER, Schemas.USER);

        assertEquals("2819c223", projected.getString("id"));
        assertTrue(projected.containsKey("schemas"));
        assertFalse(projected.containsKey("emails"));
    }

    @Test
    void aMalformedPathIsAScimInvalidValue() {
        ScimException e = assertThrows(ScimException.class, () -> Projection.of("groups[value eq", null));
        assertEquals(ScimType.INVALID_VALUE, e.scimType().orElseThrow());
    }
}
