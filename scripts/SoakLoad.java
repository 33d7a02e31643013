import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of scripts/soak.sh: a steady mixed load on a favornet service on loopback for a given
 * number of minutes, then p50/p99 latency per kind of request and the heap after a full GC at the
 * start, the middle and the end (jcmd GC.run, GC.heap_info). One request at a time, paced to a fixed
 * rate; kinds drawn from a seeded Random. Run with: java scripts/SoakLoad.java PORT MINUTES PID PERSONS_CSV [RATE]
 */
public final class SoakLoad {

    static final String[] FORMATS = {"graphml", "gexf", "cytoscape", "csv", "cypher", "dot"};
    static final Pattern UUID = Pattern.compile("\"id\":\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, List<Long>> latencies = new LinkedHashMap<>();
    final Map<String, Integer> failures = new LinkedHashMap<>();
    final Random random = new Random(15);
    List<String> leads = List.of();

    SoakLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        double minutes = Double.parseDouble(args[1]);
        long pid = Long.parseLong(args[2]);
        List<String> persons = Files.readAllLines(Path.of(args[3])).stream().skip(1)
                .map(l -> l.split(",", 2)[0]).filter(id -> id.length() == 18).toList();
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 8;
        new SoakLoad(port).run(minutes, pid, persons, rate);
    }

    void run(double minutes, long pid, List<String> persons, double rate) throws Exception {
        for (String user : List.of("officer", "investigator", "analyst", "auditor")) {
            String body = send("token", user, HttpRequest.newBuilder(uri("/api/tokens"))
                    .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()));
            tokens.put(user, body.replaceAll(".*\"token\":\"([^\"]*)\".*", "$1"));
        }
        analyse();
        refreshLeads();
        List<String> heap = new ArrayList<>();
        heap.add("start  " + heapAfterFullGc(pid));
        System.out.println(Instant.now() + " heap at start: " + heap.get(0));

        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long middle = start + (end - start) / 2;
        long periodNanos = (long) (1e9 / rate);
        long next = start;
        long nextAnalysis = start + TimeUnit.MINUTES.toNanos(5);
        long nextImport = start + TimeUnit.MINUTES.toNanos(2);
        long nextReport = start + TimeUnit.MINUTES.toNanos(1);
        boolean middleTaken = false;
        int importRound = 0;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now < next) {
                TimeUnit.NANOSECONDS.sleep(next - now);
            }
            next += periodNanos;
            if (System.nanoTime() > next + 10 * periodNanos) {
                next = System.nanoTime();   // fell behind (a slow request): do not burst to catch up
            }
            if (!middleTaken && System.nanoTime() >= middle) {
                heap.add("middle " + heapAfterFullGc(pid));
                System.out.println(Instant.now() + " heap at middle: " + heap.get(1));
                middleTaken = true;
                continue;
            }
            if (System.nanoTime() >= nextAnalysis) {
                analyse();
                refreshLeads();
                nextAnalysis += TimeUnit.MINUTES.toNanos(5);
                continue;
            }
            if (System.nanoTime() >= nextImport) {
                importPersons(importRound++);
                nextImport += TimeUnit.MINUTES.toNanos(2);
                continue;
            }
            if (System.nanoTime() >= nextReport) {
                System.out.println(Instant.now() + " " + count() + " requests, " + failures);
                nextReport += TimeUnit.MINUTES.toNanos(1);
            }
            oneRequest(persons);
        }
        heap.add("end    " + heapAfterFullGc(pid));
        System.out.println(Instant.now() + " heap at end: " + heap.get(heap.size() - 1));
        report(heap);
    }

    void oneRequest(List<String> persons) throws Exception {
        String a = persons.get(random.nextInt(persons.size()));
        String b = persons.get(random.nextInt(persons.size()));
        String lead = leads.isEmpty() ? null : leads.get(random.nextInt(leads.size()));
        int pick = random.nextInt(100);
        if (pick < 10) {
            get("stats", "officer", "/api/stats");
        } else if (pick < 25) {
            get("relatives", "auditor", "/api/persons/" + a + "/relatives?scope=CIVIL_SERVANT_RECUSAL");
        } else if (pick < 40) {
            get("relations", "auditor", "/api/relations?a=" + a + "&b=" + b);
        } else if (pick < 55) {
            get("paths", "auditor", "/api/paths?from=" + a + "&to=" + b + "&k=5&maxHops=6");
        } else if (pick < 65) {
            get("circle", "auditor", "/api/persons/" + a + "/circle?hops=2");
        } else if (pick < 75) {
            get("leads-list", "investigator", "/api/leads?sort=priority&size=20");
        } else if (pick < 88 && lead != null) {
            get("lead-detail", "investigator", "/api/leads/" + lead);
        } else if (pick < 97 && lead != null) {
            get("lead-export", "analyst", "/api/leads/" + lead + "/export?format=" + FORMATS[random.nextInt(FORMATS.length)]);
        } else {
            send("seed-export", "analyst", HttpRequest.newBuilder(uri("/api/exports"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"seeds\":[\"" + a + "\"],\"hops\":2,\"ties\":[\"KIN\",\"KNOWS\"],\"format\":\""
                            + FORMATS[random.nextInt(FORMATS.length)] + "\"}")));
        }
    }

    /** Starts an analysis and waits for it: its latency is the whole run. */
    void analyse() throws Exception {
        long t0 = System.nanoTime();
        String body = send(null, "analyst", HttpRequest.newBuilder(uri("/api/analyses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        Matcher m = UUID.matcher(body == null ? "" : body);
        if (!m.find()) {
            fail("analysis");
            return;
        }
        String id = m.group(1);
        for (int i = 0; i < 600; i++) {
            String status = send(null, "analyst", HttpRequest.newBuilder(uri("/api/analyses/" + id)).GET());
            Matcher s = STATUS.matcher(status == null ? "" : status);
            if (s.find() && !s.group(1).equals("QUEUED") && !s.group(1).equals("RUNNING")) {
                System.out.println(Instant.now() + " analysis " + id + " " + s.group(1));
                if (s.group(1).equals("DONE")) {
                    record("analysis", System.nanoTime() - t0);
                } else {
                    fail("analysis");
                }
                return;
            }
            Thread.sleep(500);
        }
        fail("analysis");
    }

    /** A small import of 50 persons, the same 50 each time: updated in place, the graph does not grow. */
    void importPersons(int round) throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name,gender,birth_date,region_code\n");
        for (int i = 0; i < 50; i++) {
            csv.append(String.format("S%06d,浸泡%d轮%d,%s,1970-01-%02d,410728101201%n", i, i, round, i % 2 == 0 ? "F" : "M", 1 + i % 28));
        }
        send("import", "officer", HttpRequest.newBuilder(uri("/api/imports/persons"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
    }

    void refreshLeads() throws Exception {
        String body = send(null, "investigator", HttpRequest.newBuilder(uri("/api/leads?sort=priority&size=50")).GET());
        List<String> ids = new ArrayList<>();
        Matcher m = UUID.matcher(body == null ? "" : body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        leads = ids;
        System.out.println(Instant.now() + " " + ids.size() + " leads");
    }

    void get(String kind, String user, String path) throws Exception {
        send(kind, user, HttpRequest.newBuilder(uri(path)).GET());
    }

    /**
     * Sends with the user's token, or with Basic for the token itself and for exports (a streamed
     * export to a token user is cut off on this version: issue 15, item 3); records latency under kind
     * unless null.
     */
    String send(String kind, String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (kind != null && kind.endsWith("export")) {
            request.header("Authorization", basic(user));
        } else if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.timeout(Duration.ofSeconds(120));
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            boolean ok = response.statusCode() / 100 == 2
                    || (response.statusCode() == 404 && kind != null && !kind.startsWith("lead"));
            if (kind != null) {
                if (ok) {
                    record(kind, took);
                } else {
                    fail(kind + "-" + response.statusCode());
                }
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (kind != null) {
                fail(kind + "-io");
            }
            return null;
        }
    }

    void record(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    }

    void fail(String what) {
        failures.merge(what, 1, Integer::sum);
    }

    int count() {
        return latencies.values().stream().mapToInt(List::size).sum();
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** Used heap after a full collection, as GC.heap_info prints it. */
    static String heapAfterFullGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return m.find() ? String.format("used %.1f MB of %.1f MB committed", Long.parseLong(m.group(2)) / 1024.0,
                Long.parseLong(m.group(1)) / 1024.0) : info.replace('\n', ' ');
    }

    static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    void report(List<String> heap) {
        System.out.println();
        System.out.println("| kind | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        latencies.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", kind, sorted.length, ms(quantile(sorted, 0.50)),
                    ms(quantile(sorted, 0.99)), ms(sorted[sorted.length - 1]));
        });
        System.out.println();
        System.out.println("failures: " + (failures.isEmpty() ? "none" : failures));
        System.out.println("heap after full GC:");
        heap.forEach(h -> System.out.println("  " + h));
    }

    static long quantile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
