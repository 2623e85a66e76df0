package io.provisio.scim.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FilterEvaluatorTest {

    private static final JsonObject USER = json("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "id":"2819c223","userName":"BJensen","active":true,"loginCount":12,
             "name":{"givenName":"Barbara","familyName":"Jensen"},
             "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                       {"value":"babs@jensen.org","type":"home"}],
             "meta":{"lastModified":"2024-05-13T04:42:34Z"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Tour Operations"}}
            """);

    private final FilterEvaluator evaluator = new FilterEvaluator(p -> p.sameAs(new AttrPath("id")));

    private boolean matches(String filter) {
        return evaluator.matches(FilterParser.parse(filter), USER);
    }

    @Test
    void stringsIgnoreCaseUnlessCaseExact() {
        assertTrue(matches("username eq \"bjensen\""));
        assertTrue(matches("id eq \"2819c223\""));
        assertFalse(matches("id eq \"2819C223\""));
    }

    @Test
    void substringOperators() {
        assertTrue(matches("userName sw \"bj\" and userName ew \"SEN\" and userName co \"jen\""));
        assertFalse(matches("userName co \"xyz\""));
    }

    @Test
    void numbersBooleansAndNull() {
        assertTrue(matches("loginCount gt 11 and loginCount le 12.0 and not (loginCount lt 12)"));
        assertTrue(matches("active eq true and active ne false"));
        assertTrue(matches("title eq null and userName ne null"));
        assertFalse(matches("active eq \"true\""));
    }

    @Test
    void dateTimesCompareAsInstants() {
        assertTrue(matches("meta.lastModified gt \"2024-05-13T06:00:00+02:00\""));
        assertTrue(matches("meta.lastModified eq \"2024-05-13T06:42:34+02:00\""));
        assertFalse(matches("meta.lastModified lt \"2024-05-13T04:42:34Z\""));
    }

    @Test
    void multiValuedMatchesAnyElement() {
        assertTrue(matches("emails.value ew \"jensen.org\""));
        assertTrue(matches("emails co \"babs\""));
        assertTrue(matches("emails[type eq \"work\" and value co \"@example.com\"]"));
        assertFalse(matches("emails[type eq \"home\" and value co \"@example.com\"]"));
        assertTrue(matches("emails pr and not (phoneNumbers pr)"));
    }

    @Test
    void extensionAndCoreUrnPaths() {
        assertTrue(matches("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"tour operations\""));
        assertTrue(matches("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bjensen\""));
    }

    @Test
    void elementMatchingForPatch() {
        Filter inner = FilterParser.parseValueFilter("type eq \"WORK\"");
        AttrPath emails = new AttrPath("emails");
        assertTrue(evaluator.matchesElement(inner, USER.getJsonArray("emails").get(0), emails));
        assertFalse(evaluator.matchesElement(inner, USER.getJsonArray("emails").get(1), emails));
        assertTrue(evaluator.matchesElement(FilterParser.parseValueFilter("value sw \"urn:\""),
                Json.createValue("urn:x"), new AttrPath("schemas")));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
