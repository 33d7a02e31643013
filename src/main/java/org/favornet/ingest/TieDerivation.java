package org.favornet.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.favornet.graph.CypherWork;

/**
 * Ties derived after a load (docs/data-model.md): kinship from household relation codes
 * ({@link HouseholdKinship}), and {@code SHARES_PHONE} / {@code SHARES_ADDRESS} /
 * {@code SHARES_ACCOUNT} between persons who share a normalised phone, a normalised address,
 * or an account that received payments for grants of different beneficiaries (those
 * beneficiaries and the owner). Groups above the cap derive nothing and are reported. Works on
 * the keys a load touched, in batches (one read and one write query per batch), with MERGE, so
 * re-running changes nothing. Cost O(sum of group sizes squared) ties, bounded by the cap.
 *
 * <p>Shared ties are written by {@code writers} threads while the next batch of groups is read,
 * partitioned by group (a shared phone, address or account), so the ties of one group are written
 * by one thread in order. Persons have one phone and one address, so two threads rarely touch the
 * same person; when they do (an account's owner) the managed transaction retries the lock
 * conflict. Household kinship is written by one thread, chunk by chunk, since a chunk reads the kin
 * ties earlier chunks wrote. On {@link CypherWork#oneTransaction() one transaction} (strict mode)
 * every write runs on the caller's thread, in order, inside that transaction.
 */
final class TieDerivation implements AutoCloseable {

    private static final int KEYS_PER_QUERY = 1000;

    /** A shared key and the tie it derives. */
    enum Shared {
        PHONE("load/phone_groups.cypher", "load/merge_shares_phone.cypher", "phone"),
        ADDRESS("load/address_groups.cypher", "load/merge_shares_address.cypher", "address"),
        ACCOUNT("load/account_groups.cypher", "load/merge_shares_account.cypher", "account");

        final String groups;
        final String merge;
        final String prefix;

        Shared(String groups, String merge, String prefix) {
            this.groups = groups;
            this.merge = merge;
            this.prefix = prefix;
        }
    }

    private final CypherWork cypher;
    private final int batchSize;
    private final int cap;

    /** One thread per writer: a part's batches run in order on its own thread. */
    private final ExecutorService[] threads;
    private final int writers;
    /** Batches queued or running: at most two per writer, so reading stays at most one chunk ahead. */
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();

    TieDerivation(CypherWork cypher, int batchSize, int cap, int writers) {
        this.cypher = cypher;
        this.batchSize = batchSize;
        this.cap = cap;
        this.writers = Math.max(1, writers);
        this.inFlight = new Semaphore(2 * this.writers);
        this.threads = new ExecutorService[cypher.oneTransaction() ? 0 : this.writers];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "derive-writer");
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override
    public void close() {
        for (ExecutorService t : threads) {
            t.shutdownNow();
        }
    }

    /**
     * Kinship of the given households. Derived parent ties that would give a third parent or a
     * cycle are skipped with a warning, as rows of a kinship file would be rejected.
     *
     * @return ties written
     */
    long households(Collection<String> householdIds, ParentGraph parents, Consumer<String> warn) {
        long written = 0;
        List<String> ids = new ArrayList<>(householdIds);
        ids.sort(null);
        for (int from = 0; from < ids.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + KEYS_PER_QUERY));
            List<DerivedTie> ties = new ArrayList<>();
            Map<String, List<HouseholdKinship.Member>> members = new HashMap<>();
            cypher.read("load/household_members.cypher", Map.of("ids", chunk), r -> {
                List<HouseholdKinship.Member> list = new ArrayList<>(r.get("members").asList(v ->
                        new HouseholdKinship.Member(v.get("personId").asString(), v.get("code").asString())));
                list.sort(Comparator.comparing(HouseholdKinship.Member::personId));
                members.put(r.get("householdId").asString(), list);
                return null;
            });
            List<String> heads = new ArrayList<>();
            members.values().forEach(list -> list.stream().filter(x -> Gb4761.HEAD.contains(x.code()))
                    .forEach(x -> heads.add(x.personId())));
            Map<String, Set<String>> children = new HashMap<>();
            Map<String, Set<String>> siblings = new HashMap<>();
            cypher.read("load/head_relatives.cypher", Map.of("ids", heads), r -> {
                String id = r.get("id").asString();
                children.put(id, new java.util.HashSet<>(r.get("children").asList(v -> v.asString())));
                siblings.put(id, new java.util.HashSet<>(r.get("siblings").asList(v -> v.asString())));
                return null;
            });
            for (String h : chunk) {
                List<HouseholdKinship.Member> m = members.getOrDefault(h, List.of());
                List<String> headIds = m.stream().filter(x -> Gb4761.HEAD.contains(x.code()))
                        .map(HouseholdKinship.Member::personId).toList();
                if (headIds.size() != 1) {
                    if (m.size() > 1) {
                        warn.accept("household " + h + " has " + headIds.size()
                                + " heads (relation code 0, 01 or 02): no kinship derived from it");
                    }
                    continue;
                }
                String head = headIds.get(0);
                ties.addAll(HouseholdKinship.derive(h, m, children.getOrDefault(head, Set.of()),
                        siblings.getOrDefault(head, Set.of())));
            }
            Set<String> endpoints = new LinkedHashSet<>();
            ties.stream().filter(t -> t.relation().equals("PARENT_OF")).forEach(t -> {
                endpoints.add(t.from());
                endpoints.add(t.to());
            });
            parents.prefetch(endpoints);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DerivedTie t : ties) {
                if (t.relation().equals("PARENT_OF")) {
                    String why = parents.violation(t.from(), t.to());
                    if (why != null) {
                        warn.accept("household tie " + t.from() + " PARENT_OF " + t.to() + " (" + t.provenance()
                                + ") not derived: " + why);
                        continue;
                    }
                    parents.add(t.from(), t.to());
                }
                rows.add(t.row());
            }
            // one writer: a household's ties reach the head's relatives in other households, and
            // spread over two writers their lock conflicts cost more than the second thread gave
            // (100k county, warm: 11-16 s one writer, 21-23 s two)
            written += write("load/load_kinship.cypher", List.of(rows));
            // the next chunk reads heads' children and siblings, which this chunk's ties may add to:
            // it must see them, as a sequential load would
            awaitWrites();
        }
        return written;
    }

    /** Shared-phone, -address or -account ties among the persons of the given keys. @return ties written */
    long shared(Shared kind, Collection<String> keys, Consumer<String> warn) {
        long written = 0;
        List<String> all = new ArrayList<>(keys);
        all.sort(null);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            cypher.read(kind.groups, Map.of("keys", chunk), r -> {
                String key = r.get("key").asString();
                Set<String> group = new java.util.TreeSet<>(r.get(kind == Shared.ACCOUNT ? "beneficiaries" : "persons")
                        .asList(v -> v.asString()));
                if (kind == Shared.ACCOUNT) {
                    if (group.size() < 2) {
                        return null;
                    }
                    group.addAll(r.get("owners").asList(v -> v.asString()));
                }
                if (group.size() > cap) {
                    warn.accept(kind.prefix + " " + key + " is shared by " + group.size() + " persons (more than "
                            + cap + "): no SHARES_" + kind.name() + " ties derived from it");
                    return null;
                }
                List<String> ids = new ArrayList<>(group);
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        rows.add(Map.of("a", ids.get(i), "b", ids.get(j), "provenance", kind.prefix + ":" + key));
                        groups.add(key);
                    }
                }
                return null;
            });
            written += write(kind.merge, byGroup(rows, groups));
        }
        awaitWrites();
        return written;
    }

    /** The rows split over the writers, each row on the writer of its group. */
    private List<List<Map<String, Object>>> byGroup(List<Map<String, Object>> rows, List<String> groups) {
        List<List<Map<String, Object>>> parts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            parts.get(Math.floorMod(groups.get(i).hashCode(), writers)).add(rows.get(i));
        }
        return parts;
    }

    /** Queues part {@code i} in batches on writer {@code i}, in order; returns the number of rows. */
    private long write(String file, List<List<Map<String, Object>>> parts) {
        long rows = 0;
        for (int i = 0; i < parts.size(); i++) {
            List<Map<String, Object>> part = parts.get(i);
            for (int from = 0; from < part.size(); from += batchSize) {
                List<Map<String, Object>> batch = part.subList(from, Math.min(part.size(), from + batchSize));
                Runnable write = () -> cypher.writeAll(List.of(file), Map.of("rows", batch));
                if (threads.length == 0) {
                    write.run();
                } else {
                    submit(threads[i], write);
                }
            }
            rows += part.size();
        }
        return rows;
    }

    private void submit(ExecutorService thread, Runnable write) {
        rethrowFailed();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deriving ties", e);
        }
        pending.add(thread.submit(() -> {
            try {
                write.run();
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Rethrows the failure of a finished write, if any, and forgets the finished ones. */
    private void rethrowFailed() {
        pending.removeIf(f -> {
            if (!f.isDone()) {
                return false;
            }
            join(f);
            return true;
        });
    }

    /** Waits for every queued write; rethrows the first failure. */
    private void awaitWrites() {
        for (Future<?> f : pending) {
            join(f);
        }
        pending.clear();
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deriving ties", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
