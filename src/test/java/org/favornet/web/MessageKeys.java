package org.favornet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.favornet.detection.concentration.AllocatorCommunities;
import org.favornet.detection.concentration.AllocatorConcentration;

/** Message keys the code builds from codes and rule ids rather than naming them as literals. */
final class MessageKeys {

    /** The programme codes of the data model (records.md), each named in both languages. */
    static final List<String> PROGRAMS = List.of("DIBAO", "TEKUN", "LINSHI", "ZUNLAO", "STUDENT_AID", "HOUSING");

    private MessageKeys() {}

    static Set<String> fromEnums() {
        Set<String> keys = new TreeSet<>();
        PROGRAMS.forEach(code -> keys.add("program." + code));
        ruleIds().forEach(id -> keys.add("lead.title." + id));
        return keys;
    }

    /** Every rule's id: the rule files' headers and the statistical rules in Java. */
    static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>(List.of(AllocatorCommunities.RULE_ID, AllocatorConcentration.RULE_ID));
        try (Stream<Path> files = Files.list(Path.of("cypher/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                Files.readAllLines(f).stream().filter(l -> l.startsWith("// id:"))
                        .forEach(l -> ids.add(l.substring("// id:".length()).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
