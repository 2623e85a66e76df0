package io.provisio.users;

import io.provisio.attributes.CustomAttribute;
import io.provisio.scim.ScimDateTime;
import io.provisio.scim.ScimException;
import io.provisio.scim.ScimType;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema-validated user document (canonical attribute names, extension objects under
 * their URNs) into {@link UserAttributes}; checks what the schema alone cannot: lengths, one
 * primary email, value types of custom attributes.
 */
final class UserReader {

    static final int MAX_STRING = 256;
    static final int MAX_EMAILS = 20;
    /** The column limits of V2__users_custom_attributes.sql, checked here so none is met as a database failure. */
    static final int MAX_EMAIL_TYPE = 64;
    static final int MAX_CUSTOM_STRING = 2048;
    static final int DECIMAL_SCALE = 10;
    static final int DECIMAL_INTEGER_DIGITS = 28;

    private UserReader() {
    }

    static UserAttributes read(JsonObject user, List<CustomAttribute> custom) {
        JsonObject name = object(user, "name");
        JsonObject enterprise = object(user, Schemas.ENTERPRISE_USER);
        return new UserAttributes(
                string(user, "userName", "userName"),
                string(user, "externalId", "externalId"),
                string(user, "displayName", "displayName"),
                string(name, "givenName", "name.givenName"),
                string(name, "familyName", "name.familyName"),
                bool(user.get("active")),
                string(enterprise, "department", Schemas.ENTERPRISE_USER + ":department"),
                emails(user.get("emails")),
                customValues(object(user, Schemas.CUSTOM_USER), custom));
    }

    private static List<Email> emails(JsonValue value) {
        if (value == null || value.getValueType() != ValueType.ARRAY) {
            return List.of();
        }
        if (value.asJsonArray().size() > MAX_EMAILS) {
            throw invalid("At most " + MAX_EMAILS + " emails are kept per user");
        }
        List<Email> emails = new ArrayList<>();
        int primaries = 0;
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != ValueType.OBJECT) {
                throw invalid("Each of emails must be an object with a value");
            }
            JsonObject email = element.asJsonObject();
            String address = string(email, "value", "emails.value");
            if (address == null || address.isBlank()) {
                throw invalid("emails.value is required for each email");
            }
            boolean primary = Boolean.TRUE.equals(bool(email.get("primary")));
            primaries += primary ? 1 : 0;
            emails.add(new Email(address, string(email, "type", "emails.type", MAX_EMAIL_TYPE), primary));
        }
        if (primaries > 1) {
            throw invalid("At most one email may be primary (RFC 7643 section 2.4)");
        }
        return emails;
    }

    private static Map<String, CustomValue> customValues(JsonObject values, List<CustomAttribute> custom) {
        Map<String, CustomValue> out = new HashMap<>();
        for (CustomAttribute attribute : custom) {
            JsonValue value = values.get(attribute.name());
            if (value != null && value.getValueType() != ValueType.NULL) {
                out.put(attribute.id(), customValue(attribute, value));
            }
        }
        return out;
    }

    private static CustomValue customValue(CustomAttribute attribute, JsonValue value) {
        String where = Schemas.CUSTOM_USER + ":" + attribute.name();
        try {
            return switch (attribute.type()) {
                case STRING -> CustomValue.ofString(clip(((JsonString) value).getString(), MAX_CUSTOM_STRING, where));
                case BOOLEAN -> CustomValue.ofBoolean(value.getValueType() == ValueType.TRUE);
                case INTEGER -> CustomValue.ofInteger(integer((JsonNumber) value, where));
                case DECIMAL -> CustomValue.ofDecimal(decimal((JsonNumber) value, where));
                case DATE_TIME -> CustomValue.ofTime(ScimDateTime.parse(((JsonString) value).getString())
                        .orElseThrow(() -> invalid(where + " must be an xsd:dateTime"))
                        .atOffset(ZoneOffset.UTC));
            };
        } catch (ClassCastException | ArithmeticException e) {
            throw invalid(where + " must be of type " + attribute.type().keyword() + ", not " + value);
        }
    }

    private static long integer(JsonNumber number, String where) {
        try {
            return number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(where + " must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + ", not " + number);
        }
    }

    /** Refused rather than rounded: the column holds 28 digits before the point and 10 after. */
    private static BigDecimal decimal(JsonNumber number, String where) {
        BigDecimal exact = number.bigDecimalValue().stripTrailingZeros();
        if (exact.scale() > DECIMAL_SCALE || exact.precision() - exact.scale() > DECIMAL_INTEGER_DIGITS) {
            throw invalid(where + " must have at most " + DECIMAL_INTEGER_DIGITS + " digits before the decimal point and "
                    + DECIMAL_SCALE + " after it; " + number + " cannot be stored exactly");
        }
        return number.bigDecimalValue();
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value != null && value.getValueType() == ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String string(JsonObject parent, String key, String where) {
        return string(parent, key, where, MAX_STRING);
    }

    private static String string(JsonObject parent, String key, String where, int max) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != ValueType.STRING) {
            throw invalid(where + " must be a string");
        }
        return clip(((JsonString) value).getString(), max, where);
    }

    private static String clip(String value, int max, String where) {
        if (value.length() > max) {
            throw invalid(where + " is longer than " + max + " characters");
        }
        return value;
    }

    private static Boolean bool(JsonValue value) {
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == ValueType.TRUE || value.getValueType() == ValueType.FALSE) {
            return value.getValueType() == ValueType.TRUE;
        }
        throw invalid("Expected a boolean, not " + value);
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_VALUE, detail);
    }
}
