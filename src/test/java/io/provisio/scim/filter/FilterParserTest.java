package io.provisio.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.filter.Filter.And;
import io.provisio.scim.filter.Filter.Compare;
import io.provisio.scim.filter.Filter.Not;
import io.provisio.scim.filter.Filter.Or;
import io.provisio.scim.filter.Filter.Present;
import io.provisio.scim.filter.Filter.ValuePath;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static Compare compare(String filter) {
        return assertInstanceOf(Compare.class, FilterParser.parse(filter));
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    void parsesEveryComparisonOperatorInAnyCase(Operator op) {
        for (String keyword : new String[] {op.keyword(), op.name(), op.keyword().substring(0, 1).toUpperCase() + op.keyword().charAt(1)}) {
            Compare c = compare("title " + keyword + " \"x\"");
            assertEquals(op, c.op());
            assertEquals(new AttrPath("title"), c.path());
            assertEquals(Json.createValue("x"), c.value());
        }
    }

    @Test
    void oktaUserNameFilter() {
        Compare c = compare("userName eq \"isaac.brock@example.com\"");
        assertEquals("userName", c.path().attribute());
        assertEquals(Json.createValue("isaac.brock@example.com"), c.value());
    }

    @Test
    void entraGuidFilter() {
        Compare c = compare("id eq \"8c1e7b2e-6a1d-4c4f-9f0e-2b7d5c3a1e90\"");
        assertEquals(new AttrPath("id"), c.path());
        assertEquals(Json.createValue("8c1e7b2e-6a1d-4c4f-9f0e-2b7d5c3a1e90"), c.value());
    }

    @Test
    void present() {
        Present p = assertInstanceOf(Present.class, FilterParser.parse("title PR"));
        assertEquals(new AttrPath("title"), p.path());
    }

    @Test
    void literalValues() {
        assertEquals(JsonValue.TRUE, compare("active eq true").value());
        assertEquals(JsonValue.FALSE, compare("active eq False").value());
        assertEquals(JsonValue.NULL, compare("title eq null").value());
        assertEquals(new BigDecimal("42"), ((jakarta.json.JsonNumber) compare("n gt 42").value()).bigDecimalValue());
        assertEquals(new BigDecimal("-1.5e3"), ((jakarta.json.JsonNumber) compare("n lt -1.5e3").value()).bigDecimalValue());
    }

    @Test
    void stringEscapes() {
        assertEquals(Json.createValue("a\"b\\c/d\n\té"),
                compare("displayName eq \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\"").value());
    }

    @Test
    void plusIsNotASpace() {
        // URL decoding belongs to the web layer; here '+' is just a character.
        assertEquals(Json.createValue("a+b@x.org"), compare("userName eq \"a+b@x.org\"").value());
    }

    @Test
    void subAttributeAndUrnPaths() {
        assertEquals(new AttrPath(null, "name", "givenName"), compare("name.givenName sw \"A\"").path());
        assertEquals(new AttrPath(null, "meta", "lastModified"),
                compare("meta.lastModified gt \"2011-05-13T04:42:34Z\"").path());
        assertEquals(new AttrPath(ENTERPRISE, "department", null),
                compare(ENTERPRISE + ":department eq \"Sales\"").path());
        assertEquals(new AttrPath("urn:ietf:params:scim:schemas:extension:ivanti:2.0:User", "costCenter", null),
                compare("urn:ietf:params:scim:schemas:extension:ivanti:2.0:User:costCenter eq \"1\"").path());
        assertEquals(new AttrPath("urn:ietf:params:scim:schemas:core:2.0:User", "userName", null),
                compare("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"b\"").path());
    }

    @Test
    void precedenceNotOverAndOverOr() {
        Filter f = FilterParser.parse("a pr or b pr and not (c pr)");
        Or or = assertInstanceOf(Or.class, f);
        assertEquals(new Present(new AttrPath("a")), or.left());
        And and = assertInstanceOf(And.class, or.right());
        assertEquals(new Present(new AttrPath("b")), and.left());
        assertEquals(new Not(new Present(new AttrPath("c"))), and.right());
    }

    @Test
    void andOrAreLeftAssociative() {
        Filter f = FilterParser.parse("a pr AND b pr and c pr");
        And outer = assertInstanceOf(And.class, f);
        assertInstanceOf(And.class, outer.left());
        assertEquals(new Present(new AttrPath("c")), outer.right());
    }

    @Test
    void parenthesesOverridePrecedence() {
        And and = assertInstanceOf(And.class, FilterParser.parse("(a pr OR b pr) and c pr"));
        assertInstanceOf(Or.class, and.left());
    }

    @Test
    void valuePath() {
        ValuePath vp = assertInstanceOf(ValuePath.class,
                FilterParser.parse("emails[type eq \"work\" and value co \"@example.com\"]"));
        assertEquals(new AttrPath("emails"), vp.attribute());
        And inner = assertInstanceOf(And.class, vp.inner());
        assertEquals(new Compare(new AttrPath("type"), Operator.EQ, Json.createValue("work")), inner.left());
    }

    @Test
    void valuePathCombinedWithOtherExpressions() {
        Filter f = FilterParser.parse("userType eq \"Employee\" and (emails[type eq \"work\"] or not (emails pr))");
        assertInstanceOf(And.class, f);
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String f = "(".repeat(FilterParser.MAX_DEPTH) + "a pr" + ")".repeat(FilterParser.MAX_DEPTH);
        assertInstanceOf(Present.class, FilterParser.parse(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "userName", "userName eq", "userName eq \"unterminated", "userName xx \"a\"",
        "userName eq \"a\" and", "and userName eq \"a\"", "userName eq \"a\" or", "(userName pr",
        "userName pr)", "emails[type eq \"work\"", "emails[type eq \"work\"]]", "emails[]",
        "emails[type[value eq 1]]", "name.givenName[value pr]", "not userName pr", "userName eq bob",
        "userName eq \"a\" \"b\"", "userName gt true", "title lt null", "n eq 01", "n eq 1.", "n eq 1x",
        "userName eq \"\\q\"", "userName eq \"\\u12\"", "a.b.c pr", "1abc pr", "#x pr", "urn:a b pr",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr", "a pr not (b pr)", "()"
    })
    void malformedFiltersAreInvalidFilter(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(filter));
        assertEquals(ScimType.INVALID_FILTER, e.scimType().orElseThrow());
        assertEquals(400, e.status());
        assertTrue(e.detail().startsWith("Invalid filter"), e.detail());
    }

    @Test
    void messagesNamePositionAndToken() {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse("userName xx \"a\""));
        assertEquals("Invalid filter: expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after "
                + "'userName' but found 'xx' at position 10", e.detail());
        e = assertThrows(ScimException.class, () -> FilterParser.parse("title eq \"abc"));
        assertEquals("Invalid filter: unterminated string at position 10", e.detail());
    }

    @Test
    void tooDeepIsRefusedNotStackOverflow() {
        int n = FilterParser.MAX_DEPTH + 1;
        assertInvalid("(".repeat(n) + "a pr" + ")".repeat(n));
        assertInvalid("not (".repeat(n) + "a pr" + ")".repeat(n));
        assertInvalid("(".repeat(100_000));
    }

    @Test
    void tooLongIsRefused() {
        assertInvalid("userName eq \"" + "x".repeat(FilterParser.MAX_LENGTH) + "\"");
    }

    @Test
    void longFlatChainsParseWithoutRecursion() {
        String f = String.join(" and ", java.util.Collections.nCopies(400, "a pr"));
        assertInstanceOf(And.class, FilterParser.parse(f));
    }

    private static void assertInvalid(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parse(filter));
        assertEquals(ScimType.INVALID_FILTER, e.scimType().orElseThrow());
    }
}
