package io.provisio.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provisio.scim.filter.FilterParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a filter that is exactly {@code userName eq <string>} takes the one-statement look-up. */
class UserNameLookupTest {

    @Test
    void userNameEqualsAStringInAnySpelling() {
        assertEquals(Optional.of("Bjensen@Example.com"), lookup("userName eq \"Bjensen@Example.com\""));
        assertEquals(Optional.of("b"), lookup("USERNAME EQ \"b\""));
        assertEquals(Optional.of("b"), lookup("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"b\""));
    }

    @Test
    void anyOtherFilterTakesTheGeneralPath() {
        assertEquals(Optional.empty(), lookup("userName co \"b\""));
        assertEquals(Optional.empty(), lookup("userName ne \"b\""));
        assertEquals(Optional.empty(), lookup("userName eq null"));
        assertEquals(Optional.empty(), lookup("externalId eq \"b\""));
        assertEquals(Optional.empty(), lookup("userName eq \"b\" and active eq true"));
        assertEquals(Optional.empty(), lookup("not (userName eq \"b\")"));
        assertEquals(Optional.empty(), lookup("emails[value eq \"b\"]"));
        assertEquals(Optional.empty(), lookup("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq \"b\""));
        assertEquals(Optional.empty(), UserRepository.userNameEquals(null));
    }

    private static Optional<String> lookup(String filter) {
        return UserRepository.userNameEquals(FilterParser.parse(filter));
    }
}
