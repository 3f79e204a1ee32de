package app.rapport.bench;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Service blueprints and benchmark targets (issue 5) for one tenant: a published six-step blueprint with 100,000
 * touchpoints at its two touchpoint steps over a year, 20,000 done care actions (a quarter of them answers to
 * inquiries): the per-step overlay over 30 and 365 days, the diagram as SVG and PNG with the overlay, and the
 * computation of five computed targets. Percentiles of repeated requests, wall time at the client.
 */
public final class BlueprintDesignBench {
    private static final int TOUCHPOINTS = Integer.getInteger("bench.touchpoints", 100_000);
    private static final int ACTIONS = Integer.getInteger("bench.actions", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

    private final Path root;
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = new Keycloak(servers.keycloakUrl());
    private final BenchReport report = new BenchReport();

    private BlueprintDesignBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new BlueprintDesignBench(Path.of(args.length > 0 ? args[0] : ".")
                        .toAbsolutePath()
                        .normalize())
                .run();
        System.exit(0); // the typed clients' event loop would keep the JVM, and bench/run's servers, alive
    }

    private void run() throws Exception {
        line("# Rapport blueprint and benchmark benchmark, " + LocalDate.now());
        line("");
        line(BenchReport.machine()
                + " One tenant, a published six-step blueprint, %,d touchpoints at its two touchpoint"
                        .formatted(TOUCHPOINTS)
                + " steps over 365 days, %,d done care actions; %d requests each, wall time at the client."
                        .formatted(ACTIONS, ROUNDS));
        line("");
        String[] url = new String[1];
        Process backend = BenchData.backend(
                root,
                servers,
                Map.of("RAPPORT_LIFECYCLE_NIGHTLY", "false", "RAPPORT_BENCHMARK_NIGHTLY", "false"),
                "backend-design.log",
                url);
        try {
            BenchApi api = new BenchApi(url[0], keycloak);
            BenchApi.Tenant tenant = api.tenant("design");
            String admin = tenant.admin();
            String schema = tenant.schema();
            BlueprintApi blueprints = api.api(BlueprintApi.class);
            BlueprintImport blueprint = api.read(
                    Files.readString(root.resolve("infra/demo/harbour-hotel.blueprint.json")), BlueprintImport.class);
            String version = api.body(admin, () -> blueprints.importBlueprint(blueprint))
                    .versions()
                    .getFirst()
                    .id();
            api.body(admin, () -> blueprints.publish(version));
            List<TouchpointStep> steps = api.as(admin, blueprints::touchpointSteps);
            String greet = stepId(steps, "Greet the guest");
            String key = stepId(steps, "Hand over the key");
            long t0 = System.nanoTime();
            String[] clients = BenchData.seedValue(servers, schema, 2_000, 2_000);
            seed(schema, clients, new String[] {greet, key});
            line("Seeding by JDBC batch: %.1f s.".formatted((System.nanoTime() - t0) / 1e9));
            for (Object[] t : new Object[][] {
                {"Greeting", MetricSource.STEP_DURATION, greet, "6", "2"},
                {"On time", MetricSource.CARE_ON_TIME_RATE, null, "60", "95"},
                {"Reaction", MetricSource.AVERAGE_REACTION, null, "3", "4.5"},
                {"Surprise", MetricSource.SURPRISE_SHARE, null, "10", "40"},
                {"Inquiries", MetricSource.INQUIRY_RESPONSE, null, "5", "1"}
            }) {
                TargetWrite target = new TargetWrite(
                        (String) t[0],
                        (MetricSource) t[1],
                        (String) t[2],
                        Dimension.TIMELINESS,
                        null,
                        null,
                        new BigDecimal((String) t[3]),
                        LocalDate.now().minusDays(30),
                        null,
                        null,
                        null,
                        new BigDecimal((String) t[4]),
                        LocalDate.now().plusDays(60),
                        admin,
                        null);
                api.body(admin, () -> api.api(BenchmarkApi.class).create(target));
            }
            LocalDate today = LocalDate.now();
            String v = "/blueprint-versions/" + version;
            String month = "from=" + today.minusDays(29) + "&to=" + today;
            String year = "from=" + today.minusDays(364) + "&to=" + today;
            line("");
            line("| request | median ms | p90 ms | max ms |");
            line("|---|---:|---:|---:|");
            double[] m30 = time(api, admin, "GET", v + "/performance?" + month);
            double[] m365 = time(api, admin, "GET", v + "/performance?" + year);
            row("GET performance, 30 days (~8,200 touchpoints)", m30);
            row("GET performance, 365 days (100,000 touchpoints)", m365);
            row("GET diagram.svg, no overlay", time(api, admin, "GET", v + "/diagram.svg"));
            row("GET diagram.svg, 365-day overlay", time(api, admin, "GET", v + "/diagram.svg?" + year));
            row("GET diagram.png, 365-day overlay", time(api, admin, "GET", v + "/diagram.png?" + year));
            double[] compute = time(api, admin, "POST", "/benchmark-targets/computations");
            row("POST computations (5 computed targets)", compute);
            row("GET benchmark-targets (the board)", time(api, admin, "GET", "/benchmark-targets"));
            line("");
            line("Overlay cost ratio, 365 days against 30 days (medians): %.1f× for %.1f× the touchpoints."
                    .formatted(median(m365) / median(m30), 365.0 / 30));
            MeasurementRun run =
                    api.body(admin, () -> api.api(BenchmarkApi.class).computeAll());
            line("Last computation: %d targets, %d measured, server %d ms."
                    .formatted(run.targets(), run.measured(), run.millis()));
        } finally {
            backend.destroy();
        }
        report.write(root, "blueprint-design");
    }

    private double[] time(BenchApi api, String user, String method, String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            api.send(user, method, path, method.equals("POST") ? "" : null);
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long s = System.nanoTime();
            api.send(user, method, path, method.equals("POST") ? "" : null);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        return ms;
    }

    private void row(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        line("| %s | %.1f | %.1f | %.1f |"
                .formatted(
                        name, median(ms), sorted[(int) Math.ceil(0.9 * sorted.length) - 1], sorted[sorted.length - 1]));
    }

    private static double median(double[] ms) {
        return BenchApi.median(ms);
    }

    /** Done care actions (a quarter answering an inquiry touchpoint), then touchpoints at the two steps. */
    private void seed(String schema, String[] clients, String[] steps) throws Exception {
        Random random = new Random(11);
        Instant now = Instant.now();
        String[] actionIds = new String[ACTIONS];
        Instant[] closed = new Instant[ACTIONS];
        try (Connection c = BenchData.connect(servers, schema)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO care_action (id, client_id, kind, title, due_on,"
                            + " owner_role, source, status, delivered_level, outcome, closed_at, closed_by, created_at, created_by)"
                            + " VALUES (?, ?, 'CALL', 'bench', ?, 'SERVICE_STAFF', 'MANUAL', 'DONE', 'EXPECTED', 'done', ?, 'bench',"
                            + " ?, 'bench')")) {
                for (int i = 0; i < ACTIONS; i++) {
                    actionIds[i] = UUID.randomUUID().toString();
                    closed[i] = now.minus(random.nextInt(365 * 24), ChronoUnit.HOURS);
                    LocalDate due = closed[i]
                            .atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate()
                            .plusDays(random.nextInt(5) - 2);
                    ps.setString(1, actionIds[i]);
                    ps.setString(2, clients[random.nextInt(clients.length)]);
                    ps.setDate(3, Date.valueOf(due));
                    ps.setTimestamp(4, Timestamp.from(closed[i]));
                    ps.setTimestamp(5, Timestamp.from(closed[i].minus(10, ChronoUnit.DAYS)));
                    ps.addBatch();
                    if (i % 2_000 == 1_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO touchpoint (id, client_id, channel, at, what,"
                    + " duration_minutes, rating, service_level, blueprint_step_id, follow_up_action_id, recorded_by,"
                    + " recorded_at) VALUES (?, ?, 'COUNTER', ?, 'bench', ?, ?, ?, ?, ?, 'bench', ?)")) {
                String[] levels = {"BASIC", "EXPECTED", "EXPECTED", "SURPRISE"};
                for (int i = 0; i < TOUCHPOINTS; i++) {
                    boolean inquiry = i < ACTIONS / 4;
                    Instant at = inquiry
                            ? closed[i].minus(1 + random.nextInt(96), ChronoUnit.HOURS)
                            : now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, clients[random.nextInt(clients.length)]);
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setInt(4, 1 + random.nextInt(6));
                    ps.setInt(5, 1 + random.nextInt(5));
                    ps.setString(6, levels[random.nextInt(levels.length)]);
                    ps.setString(7, steps[i % 2]);
                    ps.setString(8, inquiry ? actionIds[i] : null);
                    ps.setTimestamp(9, Timestamp.from(at));
                    ps.addBatch();
                    if (i % 2_000 == 1_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private void line(String s) {
        report.line(s);
    }

    private static String stepId(List<TouchpointStep> steps, String name) {
        return steps.stream()
                .filter(t -> t.stepName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no touchpoint step " + name))
                .stepId();
    }
}
