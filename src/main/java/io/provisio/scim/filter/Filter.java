package io.provisio.scim.filter;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A parsed SCIM filter (RFC 7644 section 3.4.2.2). The tree is immutable and carries no
 * evaluation logic, so the storage layer can translate it to SQL and {@link FilterEvaluator} can
 * run it in memory.
 */
public sealed interface Filter {

    /** {@code path op value}, e.g. {@code userName eq "bjensen"}. */
    record Compare(AttrPath path, Operator op, JsonValue value) implements Filter {
        public Compare {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code path pr}: the attribute has a non-empty value. */
    record Present(AttrPath path) implements Filter {
        public Present {
            Objects.requireNonNull(path, "path");
        }
    }

    record And(Filter left, Filter right) implements Filter {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Or(Filter left, Filter right) implements Filter {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Not(Filter inner) implements Filter {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /**
     * {@code emails[type eq "work" and value co "@x"]}: some element of the multi-valued
     * {@code attribute} matches {@code inner}, whose paths are relative to the element.
     */
    record ValuePath(AttrPath attribute, Filter inner) implements Filter {
        public ValuePath {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(inner, "inner");
        }
    }
}
