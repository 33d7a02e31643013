package org.favornet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.favornet.ingest.ValidRow.Ref;
import org.favornet.ingest.ValidRow.Target;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The first load of a whole county into an empty store, through Neo4j's offline importer
 * ({@code neo4j-admin database import full}, shipped in {@code org.neo4j:neo4j}): every row passes
 * the same {@link RowValidator} and reference, parent-cycle and two-parent checks as an
 * incremental load, household kinship and shared-identifier ties are derived in memory with the
 * same rules ({@link HouseholdKinship}, the {@link TieDerivation} cap), and the result is written
 * as importer CSVs and imported in one pass, with no transactions. The graph is the one an
 * incremental load of the same files would build. A later row for a key that was already seen
 * is kept aside ({@link Result#leftovers()}) and applied afterwards by the incremental loader,
 * so "a later row updates the record" holds here too.
 *
 * <p>Memory: O(keys) for the reference sets plus O(kin ties) for de-duplication; about 1.5 GB
 * for a county of 1M persons.
 */
public final class BulkLoader {

    private final Path storeHome;
    private final Path work;
    private final int sharedCap;
    private final int reportRejects;
    private final PrintStream out;
    private final LocalDate today;

    /** What the bulk load did. */
    public record Result(long rows, long accepted, long rejected, long derived, long nodes, long relationships,
            Map<RecordKind, Path> leftovers, List<ImportReport> reports, long validateMillis, long importMillis) {}

    /**
     * @param storeHome the embedded Neo4j home ({@code <dataDir>/neo4j}); must hold no database yet
     * @param work folder for the importer CSVs, rejects and leftovers
     */
    public BulkLoader(Path storeHome, Path work, int sharedCap, int reportRejects, PrintStream out) {
        this.storeHome = storeHome;
        this.work = work;
        this.sharedCap = sharedCap;
        this.reportRejects = reportRejects;
        this.out = out;
        this.today = LocalDate.now();
    }

    /** True when the embedded home has no database a bulk load would overwrite. */
    public static boolean storeIsEmpty(Path storeHome) {
        return !Files.exists(storeHome.resolve("data/databases/neo4j/neostore.counts.db"))
                && !Files.exists(storeHome.resolve("data/databases/neo4j/neostore"))
                && !Files.isDirectory(storeHome.resolve("data/databases/neo4j"));
    }

    public Result load(Map<RecordKind, ImportSource> files) throws IOException {
        if (!storeIsEmpty(storeHome)) {
            throw new IllegalStateException("the database in " + storeHome + " already exists: a bulk load only fills an"
                    + " empty data directory; use 'import' to load into a live database");
        }
        long started = System.nanoTime();
        Files.createDirectories(work);
        Validated v = validate(files);
        long validated = System.nanoTime();
        out.printf("validated %,d rows (%,d rejected) and derived %,d ties in %.1f s; importing%n",
                v.rows, v.rejected, v.derived, (validated - started) / 1e9);
        runImporter(v);
        long imported = System.nanoTime();
        long nodes = v.nodeFiles.stream().mapToLong(ImporterCsv::rows).sum();
        long rels = v.relFiles.stream().mapToLong(ImporterCsv::rows).sum();
        return new Result(v.rows, v.accepted, v.rejected, v.derived, nodes, rels, v.leftovers, v.reports,
                (validated - started) / 1_000_000, (imported - validated) / 1_000_000);
    }

    /** What validation hands the importer; the in-memory state (a gigabyte or more) is garbage by then. */
    private record Validated(long rows, long accepted, long rejected, long derived, List<ImporterCsv> nodeFiles,
            List<ImporterCsv> relFiles, Map<ImporterCsv, String> labelOf, Map<RecordKind, Path> leftovers,
            List<ImportReport> reports) {}

    private Validated validate(Map<RecordKind, ImportSource> files) throws IOException {
        State s = new State(files);
        for (RecordKind kind : RecordKind.values()) {
            ImportSource source = files.get(kind);
            if (source != null) {
                s.reports.add(read(kind, source, s));
            }
            if (kind == RecordKind.PERSONS) {
                s.writeContacts();
            }
            if (kind == RecordKind.HOUSEHOLDS) {
                s.derived += deriveHouseholds(s);
            }
        }
        s.derived += deriveShared(s);
        s.writeKin();
        s.closeAll();
        return new Validated(s.rows, s.accepted, s.rejected, s.derived, s.nodeFiles, s.relFiles, s.labelOf,
                s.leftovers, s.reports);
    }

    private ImportReport read(RecordKind kind, ImportSource source, State s) throws IOException {
        long started = System.nanoTime();
        TextEncoding encoding = TextEncoding.detect(source);
        long rows = 0;
        long accepted = 0;
        List<String> warnings = new ArrayList<>();
        try (Rejects rejects = new Rejects(reportRejects, work.resolve("rejects").resolve(kind.fileName() + ".csv"));
                InputStream raw = source.open();
                CsvReader reader = new CsvReader(encoding.reader(raw))) {
            Header header = Header.of(kind, reader.next());
            rejects.start(header.columns());
            if (!kind.keepsExtraColumns()) {
                header.extras().forEach(x -> warnings.add("column '" + x + "' is not part of " + kind.fileName()
                        + " and was ignored"));
            }
            RowValidator validator = new RowValidator(kind, header, today, source.name());
            s.open(kind, header);
            CsvRecord record;
            long rejectedBefore = s.rejected;
            while ((record = reader.next()) != null) {
                rows++;
                RowValidator.Outcome outcome = validator.validate(record);
                if (outcome instanceof RowValidator.Invalid invalid) {
                    rejects.reject(invalid.rejects());
                    s.rejected++;
                    continue;
                }
                ValidRow row = ((RowValidator.Valid) outcome).row();
                List<Reject> problems = unknownRefs(row, s);
                if (problems.isEmpty() && kind == RecordKind.KINSHIP) {
                    problems = parentProblems(row, s);
                }
                if (!problems.isEmpty()) {
                    rejects.reject(problems);
                    s.rejected++;
                    continue;
                }
                if (s.isNodeKind(kind) && s.known(kind, row.key())) {
                    s.leftover(kind, header, row);
                } else {
                    s.emit(kind, row);
                }
                accepted++;
            }
            s.rows += rows;
            s.accepted += accepted;
            if (s.rejected > rejectedBefore) {
                out.printf("  %-14s %,d rows, %,d rejected (see %s)%n", kind.fileName(), rows, s.rejected - rejectedBefore,
                        work.resolve("rejects").resolve(kind.fileName() + ".csv"));
            } else {
                out.printf("  %-14s %,d rows%n", kind.fileName(), rows);
            }
            return new ImportReport(null, kind.fileName(), source.name(), encoding.label(), false, rows, accepted,
                    rows - accepted, warnings, rejects.listed(), rejects.truncated(), 0,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Reject> unknownRefs(ValidRow row, State s) {
        List<Reject> problems = new ArrayList<>(0);
        for (Ref ref : row.refs()) {
            RecordKind target = switch (ref.target()) {
                case PERSON -> RecordKind.PERSONS;
                case GRANT -> RecordKind.GRANTS;
                case ACCOUNT -> RecordKind.ACCOUNTS;
            };
            if (!s.known(target, ref.id())) {
                problems.add(new Reject(row.line(), ref.column(), ref.id(), ref.column() + " " + ref.id()
                        + ": no such " + ref.target().noun + " in the graph (load " + ref.target().noun
                        + "s first, or fix the id)", row.raw()));
            }
        }
        return problems;
    }

    private static List<Reject> parentProblems(ValidRow row, State s) {
        if (!"PARENT_OF".equals(row.params().get("relation"))) {
            return List.of();
        }
        String parent = (String) row.params().get("fromId");
        String child = (String) row.params().get("toId");
        String why = s.parents.violation(parent, child);
        if (why == null) {
            s.parents.add(parent, child);
            return List.of();
        }
        String column = why.contains("two parents") ? "to_id" : "from_id";
        return List.of(new Reject(row.line(), column, column.equals("to_id") ? child : parent,
                "PARENT_OF " + parent + " -> " + child + ": " + why, row.raw()));
    }

    private long deriveHouseholds(State s) {
        // The heads' children and siblings already known (kinship loads before households), as
        // load/head_relatives.cypher reads them for an incremental load.
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

    private long deriveShared(State s) {
        long derived = 0;
        derived += shared(s, "SHARES_PHONE", "phone", s.phoneGroups);
        derived += shared(s, "SHARES_ADDRESS", "address", s.addressGroups);
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
        derived += shared(s, "SHARES_ACCOUNT", "account", accounts);
        return derived;
    }

    private long shared(State s, String type, String prefix, Map<String, ? extends Set<String>> groups) {
        RelFile file = s.rel(type, "Person", "Person", "derived:boolean", "provenance:string[]");
        long derived = 0;
        for (var e : groups.entrySet()) {
            Set<String> group = e.getValue();
            if (group.size() < 2 || group.size() > sharedCap) {
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

    private void runImporter(Validated s) {
        List<String> args = new ArrayList<>();
        for (ImporterCsv f : s.nodeFiles) {
            args.add("--nodes=" + s.labelOf.get(f) + "=" + f.file());
        }
        for (ImporterCsv f : s.relFiles) {
            args.add("--relationships=" + s.labelOf.get(f) + "=" + f.file());
        }
        List<String> multiline = new ArrayList<>();
        for (ImporterCsv f : s.nodeFiles) {
            if (f.multiline()) {
                multiline.add(f.file().toString());
            }
        }
        if (multiline.isEmpty()) {
            args.add("--multiline-fields=false");
        } else {
            // only the files that hold a line break pay for multiline parsing; naming files needs v2
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + String.join(",", multiline));
        }
        args.add("--array-delimiter=" + ImporterCsv.ARRAY_DELIMITER);
        args.add("--id-type=actual");
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + work.resolve("importer-report.txt"));
        args.add("neo4j");
        int rc = neo4jImport(storeHome, args, out);
        if (rc != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + rc + "); see " + work.resolve("importer-report.txt"));
        }
    }

    /**
     * Runs Neo4j's offline importer ({@code neo4j-admin database import full}) in this process on
     * the Neo4j home {@code home}; returns its exit code.
     */
    public static int neo4jImport(Path home, List<String> args, PrintStream out) {
        Path conf = home.resolve("conf");
        try {
            Files.createDirectories(conf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var ctx = new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction());
        return new CommandLine(new ImportCommand.Full(ctx)).execute(args.toArray(String[]::new));
    }

    /**
     * One importer node file. Every node gets its store id here, in the order written, so the
     * relationship files name their ends by id and the importer needs no id map: looking up string
     * keys was 38 % of its CPU and half its time on the 1M county.
     */
    private final class NodeFile {
        final State owner;
        final String label;
        final ImporterCsv csv;
        final Map<String, Long> ids;

        NodeFile(State owner, String label, ImporterCsv csv, long expected) {
            this.ids = new HashMap<>(capacity(expected));
            this.owner = owner;
            this.label = label;
            this.csv = csv;
        }

        /** Writes a node whose first value is its key (unique per label: the caller sees to it); returns its id. */
        long add(Object... values) {
            long id = owner.nextNodeId++;
            if (ids.put((String) values[0], id) != null) {
                throw new IllegalStateException(label + " " + values[0] + " written twice to the importer");
            }
            Object[] row = new Object[values.length + 1];
            row[0] = id;
            System.arraycopy(values, 0, row, 1, values.length);
            csv.row(row);
            return id;
        }

        long id(Object key) {
            Long id = ids.get((String) key);
            if (id == null) {
                throw new IllegalStateException("no " + label + " " + key + " among the nodes written to the importer");
            }
            return id;
        }
    }

    /** One importer relationship file; its rows name their ends by key and are written by node id. */
    private record RelFile(NodeFile from, NodeFile to, ImporterCsv csv) {
        void row(Object... values) {
            Object[] row = values.clone();
            row[0] = from.id(values[0]);
            row[1] = to.id(values[1]);
            csv.row(row);
        }

        /** A tie without properties between nodes whose ids the caller already has. */
        void ids(long fromId, long toId) {
            csv.row(fromId, toId);
        }
    }

    private static long rowsAbout(Map<RecordKind, ImportSource> files, RecordKind kind, int bytesPerRow) {
        ImportSource source = files.get(kind);
        return source == null || source.size() <= 0 ? 0 : source.size() / bytesPerRow;
    }

    /** A hash map capacity that holds {@code expected} entries without growing (capped). */
    private static int capacity(long expected) {
        return (int) Math.min(1 << 28, expected * 4 / 3 + 16);
    }

    /** Everything one bulk load accumulates. */
    private final class State {
        long rows;
        long accepted;
        long rejected;
        long derived;
        final List<ImportReport> reports = new ArrayList<>();
        final ParentGraph parents = ParentGraph.inMemory();
        final Map<String, Map<String, HouseholdKinship.Member>> households = new LinkedHashMap<>();
        final Map<String, Set<String>> phoneGroups;
        final Map<String, Set<String>> addressGroups;
        final Map<String, Object> addressText;
        final Map<String, String> grantBeneficiary = new HashMap<>();
        final Map<String, String> accountOwner = new HashMap<>();
        final Map<String, Set<String>> accountBeneficiaries = new LinkedHashMap<>();
        final Map<String, Object[]> kin;
        final Map<String, Object[]> pairTies;
        final long expectedPersons;

        /**
         * Sizes the large maps from the files' sizes (bytes per row of the generated county,
         * rounded down so the guess errs high): growing them rehashed every entry about twice,
         * 7 % of validation's time.
         */
        State(Map<RecordKind, ImportSource> files) {
            expectedPersons = rowsAbout(files, RecordKind.PERSONS, 90);
            long kinship = rowsAbout(files, RecordKind.KINSHIP, 55);
            long households = rowsAbout(files, RecordKind.HOUSEHOLDS, 32);
            phoneGroups = new HashMap<>(capacity(expectedPersons / 2));
            addressGroups = new HashMap<>(capacity(expectedPersons / 3));
            addressText = new HashMap<>(capacity(expectedPersons / 3));
            kin = new LinkedHashMap<>(capacity(kinship + households));
            pairTies = new LinkedHashMap<>(capacity(households + rowsAbout(files, RecordKind.ACQUAINTANCES, 60)));
        }
        final Map<RecordKind, Path> leftovers = new EnumMap<>(RecordKind.class);
        final Map<RecordKind, ImporterCsv> leftoverFiles = new EnumMap<>(RecordKind.class);
        final List<ImporterCsv> nodeFiles = new ArrayList<>();
        final List<ImporterCsv> relFiles = new ArrayList<>();
        final Map<ImporterCsv, String> labelOf = new HashMap<>();
        final Map<String, NodeFile> nodes = new HashMap<>();
        final Map<String, RelFile> rels = new HashMap<>();
        /** The next node id: the importer runs with {@code --id-type=actual}, so ids are the store's own. */
        long nextNodeId;
        List<String> personExtras = List.of();

        /** Whether a node of this kind with this key was written (the reference and later-row check). */
        boolean known(RecordKind kind, String key) {
            NodeFile f = nodes.get(switch (kind) {
                case PERSONS -> "Person";
                case POSTS -> "Post";
                case GRANTS -> "Grant";
                case ACCOUNTS -> "Account";
                case PAYMENTS -> "Payment";
                case TRANSFERS -> "Transfer";
                case ASSETS -> "Asset";
                case TIPS -> "Tip";
                default -> throw new IllegalArgumentException(kind + " rows are not nodes");
            });
            return f != null && f.ids.containsKey(key);
        }

        boolean isNodeKind(RecordKind kind) {
            return switch (kind) {
                case HOUSEHOLDS, KINSHIP, ACQUAINTANCES -> false;
                default -> true;
            };
        }

        NodeFile node(String label, String... header) {
            return nodes.computeIfAbsent(label, n -> {
                List<String> columns = new ArrayList<>(header.length + 1);
                columns.add(":ID");
                columns.addAll(List.of(header));
                ImporterCsv f = new ImporterCsv(work.resolve("node-" + label + ".csv"), columns);
                nodeFiles.add(f);
                labelOf.put(f, label);
                return new NodeFile(this, label, f, label.equals("Person") ? expectedPersons : 0);
            });
        }

        NodeFile written(String label) {
            NodeFile f = nodes.get(label);
            if (f == null) {
                throw new IllegalStateException("no " + label + " node written before a relationship to it");
            }
            return f;
        }

        RelFile rel(String type, String from, String to, String... props) {
            return rels.computeIfAbsent(type + ":" + from + ":" + to, n -> {
                List<String> header = new ArrayList<>();
                header.add(":START_ID");
                header.add(":END_ID");
                header.addAll(List.of(props));
                ImporterCsv f = new ImporterCsv(work.resolve("rel-" + type + "-" + from + "-" + to + ".csv"), header);
                relFiles.add(f);
                labelOf.put(f, type);
                return new RelFile(written(from), written(to), f);
            });
        }

        void open(RecordKind kind, Header header) {
            if (kind == RecordKind.PERSONS) {
                personExtras = header.extras().stream().map(x -> "x_" + x).toList();
                List<String> h = new ArrayList<>(List.of("id", "name", "gender", "birthDate:date",
                        "deathDate:date", "householdId", "regionCode", "address", "phone", "source"));
                h.addAll(personExtras);
                node("Person", h.toArray(String[]::new));
            }
        }

        /**
         * Phone and Address nodes with their HAS_PHONE and LIVES_AT ties, once every person has
         * its id: the store then holds each label's nodes side by side, as the importer lays
         * them out when it numbers them itself (written as they turned up, persons, phones and
         * addresses were interleaved).
         */
        void writeContacts() {
            if (phoneGroups.isEmpty() && addressGroups.isEmpty()) {
                return;
            }
            NodeFile persons = written("Person");
            if (!phoneGroups.isEmpty()) {
                NodeFile phones = node("Phone", "number");
                RelFile hasPhone = rel("HAS_PHONE", "Person", "Phone");
                for (var e : phoneGroups.entrySet()) {
                    long phone = phones.add(e.getKey());
                    for (String person : e.getValue()) {
                        hasPhone.ids(persons.id(person), phone);
                    }
                }
            }
            if (!addressGroups.isEmpty()) {
                NodeFile addresses = node("Address", "key", "text");
                RelFile livesAt = rel("LIVES_AT", "Person", "Address");
                for (var e : addressGroups.entrySet()) {
                    long address = addresses.add(e.getKey(), addressText.get(e.getKey()));
                    for (String person : e.getValue()) {
                        livesAt.ids(persons.id(person), address);
                    }
                }
            }
            addressText.clear();
        }

        void leftover(RecordKind kind, Header header, ValidRow row) {
            ImporterCsv f = leftoverFiles.computeIfAbsent(kind, k -> {
                Path p = work.resolve("leftover-" + k.fileName() + ".csv");
                leftovers.put(k, p);
                return new ImporterCsv(p, header.columns());
            });
            f.row((Object[]) row.raw());
        }

        @SuppressWarnings("unchecked")
        void emit(RecordKind kind, ValidRow row) {
            Map<String, Object> p = row.params();
            switch (kind) {
                case PERSONS -> {
                    Map<String, Object> props = (Map<String, Object>) p.get("props");
                    Object[] values = new Object[10 + personExtras.size()];
                    values[0] = p.get("id");
                    values[1] = props.get("name");
                    values[2] = props.get("gender");
                    values[3] = props.get("birthDate");
                    values[4] = props.get("deathDate");
                    values[5] = props.get("householdId");
                    values[6] = props.get("regionCode");
                    values[7] = props.get("address");
                    values[8] = props.get("phone");
                    values[9] = props.get("source");
                    for (int i = 0; i < personExtras.size(); i++) {
                        values[10 + i] = props.get(personExtras.get(i));
                    }
                    written("Person").add(values);
                    // phones and addresses become nodes after the last person (writeContacts)
                    String id = (String) p.get("id");
                    String phone = (String) p.get("phoneKey");
                    if (phone != null) {
                        phoneGroups.computeIfAbsent(phone, k -> new HashSet<>(2)).add(id);
                    }
                    String address = (String) p.get("addressKey");
                    if (address != null) {
                        addressGroups.computeIfAbsent(address, k -> new HashSet<>(2)).add(id);
                        addressText.putIfAbsent(address, p.get("addressText"));
                    }
                }
                case HOUSEHOLDS -> {
                    String household = (String) p.get("householdId");
                    String person = (String) p.get("personId");
                    String code = (String) p.get("relationCode");
                    households.computeIfAbsent(household, k -> {
                        node("Household", "id").add(k);
                        return new LinkedHashMap<>(4);
                    }).put(person, new HouseholdKinship.Member(person, code));
                    String key = person + "\u0000" + household;
                    pairTies.put("M" + key, new Object[] {person, household, code, p.get("source"), p.get("since")});
                }
                case KINSHIP -> kin(p);
                case ACQUAINTANCES -> pairTies.put("K" + p.get("kind") + "\u0000" + p.get("fromId") + "\u0000" + p.get("toId"),
                        new Object[] {p.get("fromId"), p.get("toId"), p.get("kind"), p.get("source"), p.get("since")});
                case POSTS -> {
                    node("Post", "id", "title", "unit", "regionCode", "startDate:date", "endDate:date",
                            "programs:string[]").add(p.get("id"), p.get("title"), p.get("unit"), p.get("regionCode"),
                            p.get("startDate"), p.get("endDate"), p.get("programs"));
                    rel("HOLDS", "Person", "Post").row(p.get("personId"), p.get("id"));
                }
                case GRANTS -> {
                    String id = (String) p.get("id");
                    node("Grant", "id", "program", "amount:double", "regionCode", "appliedDate:date",
                            "approvedDate:date", "declaredRelative:boolean", "endDate:date").add(id, p.get("program"),
                            p.get("amount"), p.get("regionCode"), p.get("appliedDate"), p.get("approvedDate"),
                            p.get("declaredRelative"), p.get("endDate"));
                    rel("RECEIVED", "Person", "Grant").row(p.get("beneficiaryId"), id);
                    if (p.get("handledBy") != null) {
                        rel("HANDLED", "Person", "Grant").row(p.get("handledBy"), id);
                    }
                    if (p.get("approvedBy") != null) {
                        rel("APPROVED", "Person", "Grant").row(p.get("approvedBy"), id);
                    }
                    grantBeneficiary.put(id, (String) p.get("beneficiaryId"));
                }
                case ACCOUNTS -> {
                    node("Account", "id", "bank", "openedDate:date").add(p.get("id"), p.get("bank"),
                            p.get("openedDate"));
                    rel("OWNS", "Person", "Account").row(p.get("ownerId"), p.get("id"));
                    accountOwner.put((String) p.get("id"), (String) p.get("ownerId"));
                }
                case PAYMENTS -> {
                    node("Payment", "id", "amount:double", "paidDate:date").add(p.get("id"), p.get("amount"),
                            p.get("paidDate"));
                    rel("DISBURSED", "Grant", "Payment").row(p.get("grantId"), p.get("id"));
                    rel("INTO", "Payment", "Account").row(p.get("id"), p.get("accountId"));
                    accountBeneficiaries.computeIfAbsent((String) p.get("accountId"), k -> new LinkedHashSet<>(2))
                            .add(grantBeneficiary.get((String) p.get("grantId")));
                }
                case TRANSFERS -> {
                    node("Transfer", "id", "amount:double", "date:date").add(p.get("id"), p.get("amount"),
                            p.get("date"));
                    rel("SENT", "Account", "Transfer").row(p.get("fromAccount"), p.get("id"));
                    rel("TO", "Transfer", "Account").row(p.get("id"), p.get("toAccount"));
                }
                case ASSETS -> {
                    node("Asset", "id", "kind", "value:double", "registeredDate:date").add(p.get("id"),
                            p.get("kind"), p.get("value"), p.get("registeredDate"));
                    rel("OWNS", "Person", "Asset").row(p.get("ownerId"), p.get("id"));
                }
                case TIPS -> {
                    node("Tip", "id", "date:date", "text", "channel").add(p.get("id"), p.get("date"),
                            p.get("text"), p.get("channel"));
                    rel("ABOUT", "Tip", "Person").row(p.get("id"), p.get("subjectId"));
                }
            }
        }

        /** One kin tie per type and pair, merged as {@code load/load_kinship.cypher} merges them. */
        @SuppressWarnings("unchecked")
        void kin(Map<String, Object> row) {
            String key = row.get("relation") + "\u0000" + row.get("fromId") + "\u0000" + row.get("toId");
            Object[] agg = kin.get(key);
            if (agg == null) {
                agg = new Object[] {row.get("relation"), row.get("fromId"), row.get("toId"), row.get("kind"),
                    row.get("basis"), new ArrayList<String>(1), row.get("startDate"), row.get("endDate")};
                kin.put(key, agg);
            } else {
                if (agg[3] == null || "UNKNOWN".equals(agg[3])) {
                    agg[3] = row.get("kind");
                }
                if ("STATED".equals(row.get("basis"))) {
                    agg[4] = "STATED";
                }
                if (row.get("startDate") != null) {
                    agg[6] = row.get("startDate");
                }
                if (row.get("endDate") != null) {
                    agg[7] = row.get("endDate");
                }
            }
            List<String> provenance = (List<String>) agg[5];
            String prov = (String) row.get("provenance");
            if (prov != null && !provenance.contains(prov)) {
                provenance.add(prov);
            }
        }

        void writeKin() {
            for (Object[] a : kin.values()) {
                String relation = (String) a[0];
                switch (relation) {
                    case "PARENT_OF" -> rel("PARENT_OF", "Person", "Person", "kind", "basis", "provenance:string[]",
                            "startDate:date", "endDate:date").row(a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
                    case "SPOUSE_OF" -> rel("SPOUSE_OF", "Person", "Person", "basis", "provenance:string[]",
                            "startDate:date", "endDate:date").row(a[1], a[2], a[4], a[5], a[6], a[7]);
                    default -> rel("SIBLING_OF", "Person", "Person", "basis", "provenance:string[]")
                            .row(a[1], a[2], a[4], a[5]);
                }
            }
            for (var e : pairTies.entrySet()) {
                Object[] v = e.getValue();
                if (e.getKey().charAt(0) == 'M') {
                    rel("MEMBER_OF", "Person", "Household", "relationCode", "source", "since:date").row(v);
                } else {
                    rel("KNOWS", "Person", "Person", "kind", "source", "since:date").row(v);
                }
            }
        }

        void closeAll() {
            nodeFiles.forEach(ImporterCsv::close);
            relFiles.forEach(ImporterCsv::close);
            leftoverFiles.values().forEach(ImporterCsv::close);
        }
    }
}
