package io.provisio.attributes;

import io.provisio.platform.UniqueViolations;
import io.provisio.scim.schema.AttributeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Defines, lists and removes custom attributes. Every change fires a {@link CustomAttributeChanged}
 * inside its transaction, so the change and its audit row commit or roll back together.
 */
@ApplicationScoped
@Transactional
public class CustomAttributeService {

    @PersistenceContext(unitName = "provisio")
    EntityManager em;

    @Inject
    Event<CustomAttributeChanged> events;

    @Inject
    DefinitionCache cache;

    @Inject
    Clock clock;

    /** Every definition with how many user values it holds, by name. Two queries, whatever the count. */
    public List<CustomAttributeView> list() {
        Map<String, Long> counts = valueCounts();
        return all().stream()
                .map(attribute -> CustomAttributeView.of(attribute, counts.getOrDefault(attribute.id(), 0L)))
                .toList();
    }

    /** The definitions for building the custom extension schema; cached, see {@link DefinitionCache}. */
    @Transactional(TxType.SUPPORTS)
    public List<AttributeDefinition> definitions() {
        return attributes().stream().map(CustomAttribute::definition).toList();
    }

    /**
     * The defined attributes, from the same cache: every SCIM user request needs them. Joins the
     * caller's transaction and begins none, so a user read (the look-up an IdP makes before each
     * create) stays without one; a load on a cache miss is a read like any other.
     */
    @Transactional(TxType.SUPPORTS)
    public List<CustomAttribute> attributes() {
        return cache.get(this::all);
    }

    /** The attribute with this name, ignoring case as SCIM attribute names do. */
    public Optional<CustomAttribute> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(CustomAttribute.BY_NAME, CustomAttribute.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /**
     * Defines an attribute. The look-up gives the clear message; the unique key on the lower-cased
     * name decides a race between two admins, and the loser gets the same answer.
     */
    public CustomAttributeView define(String name, String typeKeyword, String actor) {
        String checked = DefinitionRules.name(name);
        CustomAttributeType type = DefinitionRules.type(typeKeyword);
        byName(checked).ifPresent(existing -> {
            throw new CustomAttributeConflictException(checked, existing.name());
        });
        CustomAttribute attribute = new CustomAttribute(checked, type, OffsetDateTime.now(clock));
        try {
            em.persist(attribute);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new CustomAttributeConflictException(checked, checked);
            }
            throw e;
        }
        fire(CustomAttributeChanged.Action.DEFINED, attribute, actor, 0);
        return CustomAttributeView.of(attribute, 0);
    }

    /** Removes the definition; the database deletes its user values with it (ON DELETE CASCADE). */
    public void remove(String id, String actor) {
        CustomAttribute attribute = id == null ? null : em.find(CustomAttribute.class, id);
        if (attribute == null) {
            throw new CustomAttributeNotFoundException(id);
        }
        long values = ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM user_custom_value WHERE attribute_id = ?1")
                .setParameter(1, id)
                .getSingleResult()).longValue();
        em.remove(attribute);
        em.flush();
        fire(CustomAttributeChanged.Action.REMOVED, attribute, actor, values);
    }

    private List<CustomAttribute> all() {
        return em.createNamedQuery(CustomAttribute.ALL, CustomAttribute.class).getResultList();
    }

    private Map<String, Long> valueCounts() {
        // user_custom_value has no entity here: its owner is the users feature.
        List<?> rows = em.createNativeQuery(
                "SELECT attribute_id, COUNT(*) FROM user_custom_value GROUP BY attribute_id").getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private void fire(CustomAttributeChanged.Action action, CustomAttribute attribute, String actor, long values) {
        events.fire(new CustomAttributeChanged(action, attribute.id(), attribute.name(), attribute.type().keyword(),
                actor, clock.instant(), values));
    }
}
