package org.favornet.kinship;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured relation scopes: the national rules from the classpath resource
 * {@code kinship-scopes.json} (Civil Code art. 1045, Civil Servant Law art. 74, 民发〔2021〕57号),
 * then those of the optional file {@code favornet.kinship.scopes-file}, which may add provincial
 * scopes or replace a national one by name. No code change is needed for a new scope.
 *
 * <p>Reading of the 低保 rule (民发〔2021〕57号): it requires separate filing when the applicant is a
 * 近亲属 of a handler or committee member without defining the term; the Civil Code art. 1045 list is
 * the legal definition, and local practice (and the recusal logic the rule serves) adds the close
 * in-laws living in or next to the household: spouse's parents, children's spouses, spouse's
 * siblings and siblings' spouses. {@code DIBAO_FILING} is that union; a province that reads it
 * more narrowly or widely overrides it by name in the external file.
 */
@Component
public class RelationScopes {

    /** The file format. */
    record ScopeFile(List<RelationScope> scopes) {}

    private final Map<String, RelationScope> scopes = new LinkedHashMap<>();

    RelationScopes(KinshipProperties props) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = RelationScopes.class.getClassLoader().getResourceAsStream("kinship-scopes.json")) {
            add(json.readValue(in, ScopeFile.class));
            if (props.scopesFile() != null) {
                add(json.readValue(Files.readAllBytes(props.scopesFile()), ScopeFile.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read relation scopes: " + e.getMessage(), e);
        }
    }

    private void add(ScopeFile file) {
        for (RelationScope s : file.scopes()) {
            scopes.put(s.name(), s.validated());
        }
    }

    public List<String> names() {
        return new ArrayList<>(scopes.keySet());
    }

    public Optional<RelationScope> get(String name) {
        return Optional.ofNullable(scopes.get(name));
    }

    public List<RelationScope> all() {
        return List.copyOf(scopes.values());
    }
}
