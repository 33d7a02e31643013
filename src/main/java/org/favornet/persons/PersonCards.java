package org.favornet.persons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.favornet.graph.CypherRunner;
import org.favornet.persons.PersonViews.PersonCard;
import org.favornet.security.Masking;
import org.favornet.security.PersonRefs;
import org.favornet.security.Sensitive;
import org.favornet.security.Viewer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Person cards from the graph ({@code cypher/persons/cards.cypher}), as a viewer may see them. */
@Component
class PersonCards {

    private final CypherRunner cypher;
    private final PersonRefs refs;

    PersonCards(CypherRunner cypher, PersonRefs refs) {
        this.cypher = cypher;
        this.refs = refs;
    }

    /** A card and the region it lies in, so callers can drop what the viewer may not see. */
    record Found(String id, PersonCard card, String regionCode) {}

    /** The cards of these persons in the order given; unknown ids are skipped, regions not checked. */
    List<Found> of(Collection<String> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Found> byId = new HashMap<>();
        cypher.lookup("persons/cards.cypher", Map.of("ids", List.copyOf(ids)), r -> {
            Found f = new Found(r.get("id").asString(), card(r, viewer), text(r.get("regionCode")));
            byId.put(f.id(), f);
            return f;
        });
        List<Found> out = new ArrayList<>(byId.size());
        for (String id : ids) {
            Found f = byId.get(id);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    Optional<Found> one(String id, Viewer viewer) {
        return of(List.of(id), viewer).stream().findFirst();
    }

    private PersonCard card(Record r, Viewer viewer) {
        String id = r.get("id").asString();
        String address = text(r.get("address"));
        return new PersonCard(refs.ref(id), text(r.get("name")), text(r.get("gender")),
                r.get("birthYear").isNull() ? null : r.get("birthYear").asInt(), PersonTexts.village(address),
                text(r.get("regionCode")), Masking.forViewer(viewer, Sensitive.Kind.PERSON_ID, id),
                viewer.clearData() ? id : null, text(r.get("householdId")), r.get("roles").asList(Value::asString));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asObject().toString();
    }
}
