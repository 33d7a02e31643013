package org.favornet.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ties a bulk load derives in memory, by the same rules as an incremental load: household
 * kinship ({@link HouseholdKinship}) and shared-identifier ties (the {@link TieDerivation} cap).
 */
final class BulkDerivation {

    private BulkDerivation() {}

    /**
     * Kin ties a household's relation codes imply (the head's spouse, children, parents, siblings),
     * with the heads' children and siblings already known from kinship rows, as
     * {@code load/head_relatives.cypher} reads them for an incremental load; returns how many.
     */
    static long households(BulkRows s) {
        Map<String, Set<String>> children = new HashMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        Map<String, Set<String>> siblings = new HashMap<>();
        for (Object[] t : s.kin.values()) {
            String a = (String) t[1];
            String b = (String) t[2];
            switch ((String) t[0]) {
                case "PARENT_OF" -> {
                    children.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    parents.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
                case "SIBLING_OF" -> {
                    siblings.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    siblings.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
                default -> { }
            }
        }
        long derived = 0;
        for (var e : s.households.entrySet()) {
            List<HouseholdKinship.Member> members = new ArrayList<>(e.getValue().values());
            members.sort(Comparator.comparing(HouseholdKinship.Member::personId));
            List<String> heads = members.stream().filter(m -> Gb4761.HEAD.contains(m.code()))
                    .map(HouseholdKinship.Member::personId).toList();
            if (heads.size() != 1) {
                continue;
            }
            String head = heads.get(0);
            Set<String> headSiblings = new HashSet<>(siblings.getOrDefault(head, Set.of()));
            for (String parent : parents.getOrDefault(head, Set.of())) {
                headSiblings.addAll(children.getOrDefault(parent, Set.of()));
            }
            headSiblings.remove(head);
            for (DerivedTie t : HouseholdKinship.derive(e.getKey(), members, children.getOrDefault(head, Set.of()),
                    headSiblings)) {
                if (t.relation().equals("PARENT_OF")) {
                    if (s.parents.violation(t.from(), t.to()) != null) {
                        continue;
                    }
                    s.parents.add(t.from(), t.to());
                }
                s.kin(t.row());
                derived++;
            }
        }
        return derived;
    }

    /** Shared phone, address and account ties within groups of at most {@code cap} persons; returns how many. */
    static long shared(BulkRows s, int cap) {
        long derived = 0;
        derived += pairs(s, cap, "SHARES_PHONE", "phone", s.phoneGroups);
        derived += pairs(s, cap, "SHARES_ADDRESS", "address", s.addressGroups);
        Map<String, Set<String>> accounts = new LinkedHashMap<>();
        for (var e : s.accountBeneficiaries.entrySet()) {
            if (e.getValue().size() >= 2) {
                Set<String> group = new TreeSet<>(e.getValue());
                String owner = s.accountOwner.get(e.getKey());
                if (owner != null) {
                    group.add(owner);
                }
                accounts.put(e.getKey(), group);
            }
        }
        derived += pairs(s, cap, "SHARES_ACCOUNT", "account", accounts);
        return derived;
    }

    private static long pairs(BulkRows s, int cap, String type, String prefix, Map<String, ? extends Set<String>> groups) {
        ImporterFiles.RelFile file = s.files.rel(type, "Person", "Person", "derived:boolean", "provenance:string[]");
        long derived = 0;
        for (var e : groups.entrySet()) {
            Set<String> group = e.getValue();
            if (group.size() < 2 || group.size() > cap) {
                continue;
            }
            List<String> ids = new ArrayList<>(new TreeSet<>(group));
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    file.row(ids.get(i), ids.get(j), true, List.of(prefix + ":" + e.getKey()));
                    derived++;
                }
            }
        }
        return derived;
    }
}
