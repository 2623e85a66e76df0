package io.provisio.attributes;

import java.time.OffsetDateTime;

/** What an admin sees of a custom attribute; {@code type} is the SCIM keyword ({@code dateTime}). */
public record CustomAttributeView(String id, String name, String type, OffsetDateTime createdAt, long valuesInUse) {

    static CustomAttributeView of(CustomAttribute attribute, long valuesInUse) {
        return new CustomAttributeView(attribute.id(), attribute.name(), attribute.type().keyword(),
                attribute.createdAt(), valuesInUse);
    }
}
