package io.provisio.groups;

import static io.provisio.scim.JsonProviders.JSON;

import io.provisio.scim.ScimException;
import io.provisio.scim.ScimJson;
import io.provisio.scim.ScimType;
import io.provisio.scim.patch.PatchOp;
import io.provisio.scim.patch.PatchOperation;
import io.provisio.scim.patch.PatchPath;
import io.provisio.scim.patch.PatchRequest;
import io.provisio.scim.schema.Schemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group PATCH split in two: membership operations, which become SQL on the rows they name, and
 * the other operations (displayName, externalId), which {@link io.provisio.scim.patch.PatchApplier}
 * applies to a member-less document. Members never pass through a JSON document of the group.
 */
record GroupPatch(List<PatchOperation> attributeOperations, List<MemberChange> memberChanges) {

    static GroupPatch of(PatchRequest request) {
        List<PatchOperation> attributes = new ArrayList<>();
        List<MemberChange> members = new ArrayList<>();
        for (PatchOperation operation : request.operations()) {
            if (operation.path() == null) {
                splitAttributes(operation, attributes, members);
            } else if (isMembers(operation.path())) {
                members.add(memberChange(operation));
            } else {
                attributes.add(operation);
            }
        }
        return new GroupPatch(List.copyOf(attributes), List.copyOf(members));
    }

    /** Okta: {"op":"replace","value":{"id":"…","displayName":"…"}}; members may ride along. */
    private static void splitAttributes(PatchOperation operation, List<PatchOperation> attributes,
                                        List<MemberChange> members) {
        JsonObject value = operation.value().asJsonObject();
        Optional<String> membersKey = ScimJson.findKey(value, "members");
        if (membersKey.isEmpty()) {
            attributes.add(operation);
            return;
        }
        JsonValue ids = value.get(membersKey.get());
        members.add(new MemberChange(operation.op() == PatchOp.ADD ? MemberChange.Kind.ADD : MemberChange.Kind.REPLACE,
                MemberValues.ids(ids)));
        var rest = JSON.createObjectBuilder(value);
        rest.remove(membersKey.get());
        JsonObject others = rest.build();
        if (!others.isEmpty()) {
            attributes.add(new PatchOperation(operation.op(), null, others));
        }
    }

    private static MemberChange memberChange(PatchOperation operation) {
        PatchPath path = operation.path();
        if (path.subAttribute() != null) {
            throw ScimException.badRequest(ScimType.INVALID_PATH,
                    "Members are added, removed or replaced whole; '" + path.attrPath() + "' cannot be changed");
        }
        if (path.valueFilter() != null) {
            if (operation.op() != PatchOp.REMOVE) {
                throw ScimException.badRequest(ScimType.INVALID_PATH,
                        "A members[...] filter is supported for remove; use add or replace on members");
            }
            return new MemberChange(MemberChange.Kind.REMOVE, MemberValues.idsOf(path.valueFilter()));
        }
        return switch (operation.op()) {
            case ADD -> new MemberChange(MemberChange.Kind.ADD, MemberValues.ids(operation.value()));
            case REPLACE -> new MemberChange(MemberChange.Kind.REPLACE, MemberValues.ids(operation.value()));
            // RFC 7644 section 3.5.2.2: remove of "members" without a filter removes them all
            case REMOVE -> operation.value() == null
                    ? new MemberChange(MemberChange.Kind.REPLACE, Set.of())
                    : new MemberChange(MemberChange.Kind.REMOVE, MemberValues.ids(operation.value()));
        };
    }

    private static boolean isMembers(PatchPath path) {
        return !path.isExtensionRoot() && path.attribute().equalsIgnoreCase("members")
                && (path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(Schemas.GROUP));
    }
}
