package app.rapport.bench;

import app.rapport.testing.Keycloak;
import app.rapport.testing.LocalApp;
import app.rapport.testing.TestServers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking skeleton's numbers, against the real servers of a bench run (started by {@code bench/run}): start-up
 * time and memory of backend and UI, provisioning time, the tenant migration job over 100 tenants (fresh and no-op),
 * and throughput with p50/p99 of the clients API against raw JDBC point selects on the same database, for one
 * tenant and across 100 tenants, with the cost of the schema switch. Prints a Markdown report.
 */
public final class WalkingSkeletonBench {
    private static final int TENANTS = Integer.getInteger("bench.tenants", 100);
    private static final int CLIENTS_PER_TENANT = Integer.getInteger("bench.clients", 200);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 10_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

    private final Path root;
    private final String jdbcBase;
    private final String dbUser;
    private final String dbPassword;
    private final TestServers servers;
    private final Keycloak keycloak;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final StringBuilder report = new StringBuilder();
    private String api;
    private String operatorToken;

    private WalkingSkeletonBench(Path root) {
        this.root = root;
        this.servers = TestServers.get();
        this.jdbcBase = servers.jdbcBaseUrl();
        this.dbUser = servers.dbUser();
        this.dbPassword = servers.dbPassword();
        this.keycloak = new Keycloak(servers.keycloakUrl());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        new WalkingSkeletonBench(root).run();
        System.exit(0); // the typed clients' event loop would keep the JVM, and bench/run's servers, alive
    }

    private void run() throws Exception {
        line("# Rapport walking-skeleton benchmark, " + LocalDate.now());
        line("");
        line(
                "Machine: %d cores, %s %s; concurrency %d, %d warm-up and %d measured operations per row and round, %d rounds."
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.vm.name"),
                                System.getProperty("java.version"),
                                CONCURRENCY,
                                WARMUP,
                                REQUESTS,
                                ROUNDS));
        line("Database: MariaDB (bench run's own server, `infra/mariadb/rapport.cnf`); Keycloak 26.7.3 dev-mem.");
        line("");

        int apiPort = LocalApp.freePort();
        api = "http://127.0.0.1:" + apiPort;
        Map<String, String> env = new HashMap<>(servers.serverEnvironment());
        env.put("RAPPORT_API_PORT", String.valueOf(apiPort));
        Process backend = LocalApp.launch(
                root.resolve("backend/server/target/rapport-server.jar"),
                env,
                root.resolve("bench/target/backend.log"));
        try {
            double backendStart = LocalApp.awaitStatus(backend, api + "/health", 200);
            long backendRssIdle = rssKb(backend);

            int uiPort = servers.uiPort();
            Map<String, String> uiEnv = new HashMap<>(servers.serverEnvironment());
            uiEnv.put("RAPPORT_UI_PORT", String.valueOf(uiPort));
            uiEnv.put("RAPPORT_UI_PUBLIC_URL", servers.uiUrl());
            uiEnv.put("RAPPORT_API_URL", api);
            Process ui = LocalApp.launch(
                    root.resolve("ui/target/rapport-ui.jar"), uiEnv, root.resolve("bench/target/ui.log"));
            double uiStart;
            long uiRss;
            try {
                uiStart = LocalApp.awaitStatus(ui, "http://127.0.0.1:" + uiPort + "/", 302);
                uiRss = rssKb(ui);
            } finally {
                ui.destroy();
            }

            operatorToken = keycloak.token("operator");
            List<BenchTenant> tenants = provision();
            seed(tenants);
            refreshTokens(tenants);
            api("get", tenants); // warms the backend's JIT before anything is measured

            line("");
            line("## Reads: API against raw JDBC on the same server");
            line("");
            line("| what | ops/s | p50 ms | p99 ms | API ÷ JDBC throughput |");
            line("|---|---:|---:|---:|---:|");
            BenchTenant one = tenants.get(0);
            String many = tenants.size() + " tenants";
            Map<String, Long> before = switchCounters();
            // every row runs ROUNDS times, interleaved, so that warm-up and background noise spread over all rows;
            // the round with the median throughput is reported
            List<String> labels = List.of(
                    "JDBC point select, 1 tenant (schema-qualified)",
                    "JDBC point select, " + many + " (schema-qualified)",
                    "JDBC point select, " + many + ", `USE` before each",
                    "JDBC 25-row page + count, 1 tenant",
                    "JDBC 25-row page + count, " + many,
                    "API `GET /clients/{id}`, 1 tenant",
                    "API `GET /clients/{id}`, " + many,
                    "API `GET /clients?size=25`, 1 tenant",
                    "API `GET /clients?size=25`, " + many);
            List<Callable<Result>> rows = List.of(
                    () -> jdbc("point", List.of(one), false),
                    () -> jdbc("point", tenants, false),
                    () -> jdbc("point", tenants, true),
                    () -> jdbc("page", List.of(one), false),
                    () -> jdbc("page", tenants, false),
                    () -> api("get", List.of(one)),
                    () -> api("get", tenants),
                    () -> api("page", List.of(one)),
                    () -> api("page", tenants));
            List<List<Result>> results = new ArrayList<>();
            labels.forEach(l -> results.add(new ArrayList<>()));
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < rows.size(); i++) {
                    if (i >= 5) {
                        refreshTokens(tenants);
                    }
                    results.get(i).add(rows.get(i).call());
                }
            }
            Map<String, Long> after = switchCounters();
            Result[] median = new Result[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                List<Result> r = new ArrayList<>(results.get(i));
                r.sort(java.util.Comparator.comparingDouble(Result::opsPerSecond));
                median[i] = r.get(r.size() / 2);
            }
            int[] jdbcFor = {-1, -1, -1, -1, -1, 0, 1, 3, 4};
            for (int i = 0; i < rows.size(); i++) {
                row(labels.get(i), median[i], jdbcFor[i] < 0 ? null : median[jdbcFor[i]]);
            }
            line("");
            Result plain = median[1];
            Result switched = median[2];
            line(("Schema switch: a `USE` before every point select adds %.0f µs per query (mean %.3f → %.3f ms);"
                            + " throughput falls to %.0f%%.")
                    .formatted(
                            (switched.meanMs() - plain.meanMs()) * 1000,
                            plain.meanMs(),
                            switched.meanMs(),
                            100.0 * switched.opsPerSecond() / plain.opsPerSecond()));
            long switches = after.get("schemaSwitches") - before.get("schemaSwitches");
            long skipped = after.get("schemaSwitchesSkipped") - before.get("schemaSwitchesSkipped");
            line(("During the API rows the backend switched schema on %d checkouts and skipped the switch on %d"
                            + " (%.0f%% skipped: every checkout in the 1-tenant rows, about 1 in %d in the %s rows).")
                    .formatted(
                            switches,
                            skipped,
                            100.0 * skipped / Math.max(1, switches + skipped),
                            tenants.size(),
                            many));
            line("");
            line("## Tenant migrations (job over %d tenants, 4 workers)".formatted(tenants.size()));
            line("");
            resetToFresh(tenants);
            Migration fresh = migrate();
            Migration noop = migrate();
            line("| run | wall time s | migrated | skipped | failed |");
            line("|---|---:|---:|---:|---:|");
            line("| fresh (schemas dropped, versions cleared) | %.1f | %d | %d | %d |"
                    .formatted(fresh.seconds, fresh.migrated, fresh.skipped, fresh.failed));
            line("| no-op (every tenant current) | %.2f | %d | %d | %d |"
                    .formatted(noop.seconds, noop.migrated, noop.skipped, noop.failed));

            long backendRssLoaded = rssKb(backend);
            line("");
            line("## Start-up and memory");
            line("");
            line("| process | ready after s | RSS idle MB | RSS after the run MB |");
            line("|---|---:|---:|---:|");
            line("| backend (`java -Xmx512m -jar rapport-server.jar`) | %.1f | %d | %d |"
                    .formatted(backendStart, backendRssIdle / 1024, backendRssLoaded / 1024));
            line("| UI (`java -Xmx512m -jar rapport-ui.jar`) | %.1f | %d | – |".formatted(uiStart, uiRss / 1024));
        } finally {
            backend.destroy();
        }
        Path out = root.resolve("bench/results/walking-skeleton-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nreport written to " + root.relativize(out));
    }

    // ---- set-up -------------------------------------------------------------------------------------------------

    private record BenchTenant(String slug, String schema, String user, List<String> ids, String[] token) {}

    private List<BenchTenant> provision() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 4);
        List<Double> seconds = new ArrayList<>();
        List<BenchTenant> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            String slug = "bench-%s-%03d".formatted(run, i);
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/operator/tenants"))
                    .header("Authorization", "Bearer " + operatorToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"slug\":\"%s\",\"displayName\":\"Bench %s\",\"adminEmail\":\"%s@bench.example\"}"
                                    .formatted(slug, slug, slug))));
            seconds.add((System.nanoTime() - t0) / 1e9);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("provisioning " + slug + ": " + r.statusCode() + " " + r.body());
            }
            String user = keycloak.createUser(slug, "account-manager");
            tenants.add(new BenchTenant(slug, "t_" + slug.replace('-', '_'), user, new ArrayList<>(), new String[1]));
        }
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        line("## Provisioning (`POST /api/v1/operator/tenants`: catalog row, schema, Flyway, Keycloak admin)");
        line("");
        line("%d tenants one after another: mean %.2f s, p50 %.2f s, p99 %.2f s, max %.2f s per tenant."
                .formatted(
                        s.length,
                        Arrays.stream(s).average().orElse(0),
                        percentile(s, 50),
                        percentile(s, 99),
                        s[s.length - 1]));
        return tenants;
    }

    /** Clients written straight into each tenant schema: the API's write path is not what these rows measure. */
    private void seed(List<BenchTenant> tenants) throws SQLException {
        try (Connection c =
                DriverManager.getConnection(jdbcBase + "?rewriteBatchedStatements=true", dbUser, dbPassword)) {
            for (BenchTenant t : tenants) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.schema()
                        + ".client (id, kind, name, city, email, version, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, 'ORGANISATION', ?, ?, ?, 0, ?, 'bench', ?, 'bench')")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (int i = 0; i < CLIENTS_PER_TENANT; i++) {
                        String id = UUID.randomUUID().toString();
                        t.ids().add(id);
                        ps.setString(1, id);
                        ps.setString(2, "Client %04d of %s".formatted(i, t.slug()));
                        ps.setString(3, i % 2 == 0 ? "Qingdao" : "Shenzhen");
                        ps.setString(4, "c%d@%s.example".formatted(i, t.slug()));
                        ps.setTimestamp(5, now);
                        ps.setTimestamp(6, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }
    }

    private void refreshTokens(List<BenchTenant> tenants) {
        tenants.parallelStream().forEach(t -> t.token()[0] = keycloak.token(t.user()));
    }

    // ---- measured loops ---------------------------------------------------------------------------------------

    private record Result(double opsPerSecond, double p50, double p99, double meanMs) {}

    private Result jdbc(String kind, List<BenchTenant> tenants, boolean switchEachTime) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            connections.add(DriverManager.getConnection(jdbcBase + "?useServerPrepStmts=false", dbUser, dbPassword));
        }
        try {
            AtomicInteger slot = new AtomicInteger();
            ThreadLocal<Connection> mine = ThreadLocal.withInitial(() -> connections.get(slot.getAndIncrement()));
            return measure(() -> {
                BenchTenant t = tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
                Connection c = mine.get();
                String schema = t.schema() + ".";
                if (switchEachTime) {
                    try (Statement use = c.createStatement()) {
                        use.execute("USE " + t.schema());
                    }
                    schema = "";
                }
                if (kind.equals("point")) {
                    try (PreparedStatement ps =
                            c.prepareStatement("SELECT id, kind, name, industry, email, phone, city,"
                                    + " website, notes, version, created_at, created_by, updated_at, updated_by FROM "
                                    + schema + "client WHERE id = ?")) {
                        ps.setString(
                                1,
                                t.ids()
                                        .get(ThreadLocalRandom.current()
                                                .nextInt(t.ids().size())));
                        drain(ps);
                    }
                } else {
                    try (PreparedStatement ps =
                            c.prepareStatement("SELECT id, kind, name, industry, email, phone, city,"
                                    + " website, notes, version, created_at, created_by, updated_at, updated_by FROM "
                                    + schema + "client ORDER BY name LIMIT 25 OFFSET ?")) {
                        ps.setInt(1, 25 * ThreadLocalRandom.current().nextInt(CLIENTS_PER_TENANT / 25));
                        drain(ps);
                    }
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + "client")) {
                        rs.next();
                    }
                }
                return true;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                rs.getString(1);
                rs.getString(3);
                n++;
            }
            if (n == 0) {
                throw new IllegalStateException("no rows");
            }
        }
    }

    private Result api(String kind, List<BenchTenant> tenants) throws Exception {
        return measure(() -> {
            BenchTenant t = tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
            String path = kind.equals("get")
                    ? "/api/v1/clients/"
                            + t.ids()
                                    .get(ThreadLocalRandom.current()
                                            .nextInt(t.ids().size()))
                    : "/api/v1/clients?size=25&sort=name&page="
                            + ThreadLocalRandom.current().nextInt(CLIENTS_PER_TENANT / 25);
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", "Bearer " + t.token()[0])
                    .GET());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
            }
            return true;
        });
    }

    private static Result measure(Callable<Boolean> op) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
            runAll(pool, op, WARMUP, null);
            long[] nanos = new long[REQUESTS];
            long t0 = System.nanoTime();
            runAll(pool, op, REQUESTS, nanos);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double[] ms =
                    Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Result(
                    REQUESTS / seconds,
                    percentile(ms, 50),
                    percentile(ms, 99),
                    Arrays.stream(ms).average().orElse(0));
        }
    }

    private static void runAll(ExecutorService pool, Callable<Boolean> op, int count, long[] nanos) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long t0 = System.nanoTime();
                    op.call();
                    if (nanos != null) {
                        nanos[i] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
    }

    // ---- migrations -------------------------------------------------------------------------------------------

    private record Migration(double seconds, int migrated, int skipped, int failed) {}

    private void resetToFresh(List<BenchTenant> tenants) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcBase, dbUser, dbPassword);
                Statement s = c.createStatement()) {
            for (BenchTenant t : tenants) {
                s.execute("DROP SCHEMA " + t.schema());
            }
            s.executeUpdate("UPDATE rapport_control.tenant SET schema_version = NULL WHERE slug LIKE 'bench-%'");
        }
    }

    private Migration migrate() throws Exception {
        operatorToken = keycloak.token("operator");
        long t0 = System.nanoTime();
        HttpResponse<String> started =
                send(HttpRequest.newBuilder(URI.create(api + "/api/v1/operator/tenants/migrations?workers=4"))
                        .header("Authorization", "Bearer " + operatorToken)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 202 && started.statusCode() != 200) {
            throw new IllegalStateException("migration job: " + started.statusCode() + " " + started.body());
        }
        Matcher id = ID.matcher(started.body());
        if (!id.find()) {
            throw new IllegalStateException("migration job gave no id: " + started.body());
        }
        while (true) {
            HttpResponse<String> r =
                    send(HttpRequest.newBuilder(URI.create(api + "/api/v1/operator/tenants/migrations/" + id.group(1)))
                            .header("Authorization", "Bearer " + operatorToken)
                            .GET());
            Matcher state = STATE.matcher(r.body());
            if (state.find() && !state.group(1).equals("RUNNING")) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                return new Migration(
                        seconds, number(r.body(), "migrated"), number(r.body(), "skipped"), number(r.body(), "failed"));
            }
            Thread.sleep(50);
        }
    }

    private static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private Map<String, Long> switchCounters() throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/operator/tenants/health"))
                        .header("Authorization", "Bearer " + keycloak.token("operator"))
                        .GET())
                .body();
        Map<String, Long> counters = new HashMap<>();
        for (String k : List.of("schemaSwitches", "schemaSwitchesSkipped")) {
            Matcher m = Pattern.compile("\"" + k + "\":(\\d+)").matcher(body);
            counters.put(k, m.find() ? Long.parseLong(m.group(1)) : 0L);
        }
        return counters;
    }

    // ---- processes and helpers --------------------------------------------------------------------------------

    private static long rssKb(Process p) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private void row(String what, Result r, Result jdbc) {
        line("| %s | %.0f | %.2f | %.2f | %s |"
                .formatted(
                        what,
                        r.opsPerSecond(),
                        r.p50(),
                        r.p99(),
                        jdbc == null ? "" : "%.2f".formatted(r.opsPerSecond() / jdbc.opsPerSecond())));
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.out.println(s);
        System.out.flush();
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
