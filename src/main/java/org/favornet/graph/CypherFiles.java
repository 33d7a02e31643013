package org.favornet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Cypher of the product, read from {@code cypher/} on the classpath (the repo's top-level
 * {@code cypher} folder). Java names a file; it never builds query text.
 */
public final class CypherFiles {

    private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** The text of {@code cypher/<name>}, e.g. {@code load/persons.cypher}. */
    public String text(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream("cypher/" + n)) {
                if (in == null) {
                    throw new IllegalArgumentException("No Cypher file cypher/" + n + " on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Names (relative to {@code cypher/}) of the files in a folder, sorted. */
    public List<String> list(String folder) {
        try {
            Resource[] found = resolver.getResources("classpath*:cypher/" + folder + "/*.cypher");
            List<String> names = new ArrayList<>();
            for (Resource r : found) {
                names.add(folder + "/" + r.getFilename());
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statements of a multi-statement file (schema scripts), split at a {@code ;} ending a line. */
    public List<String> statements(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text(name).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
