package app.rapport.bench;

import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The nightly signal computation (issue 4) for one tenant with 10,000 clients, 200,000 purchases and 50,000
 * touchpoints, classified into four tiers: the first run (suggestions opened, a tier cadence check-in planned for
 * every client) and repeated runs (nothing new), the server's own timing and the wall time of the request.
 */
public final class LifecycleSignalsBench {
    private static final int CLIENTS = Integer.getInteger("bench.tierClients", 10_000);
    private static final int PURCHASES = Integer.getInteger("bench.purchases", 200_000);
    private static final int TOUCHPOINTS = Integer.getInteger("bench.touchpoints", 50_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private final Path root;
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = new Keycloak(servers.keycloakUrl());
    private final BenchReport report = new BenchReport();

    private LifecycleSignalsBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new LifecycleSignalsBench(Path.of(args.length > 0 ? args[0] : ".")
                        .toAbsolutePath()
                        .normalize())
                .run();
        System.exit(0); // the typed clients' event loop would keep the JVM, and bench/run's servers, alive
    }

    private void run() throws Exception {
        line("# Rapport lifecycle signals benchmark, " + LocalDate.now());
        line("");
        line(BenchReport.machine()
                + " One tenant, %,d clients, %,d purchases over 400 days, %,d touchpoints over"
                        .formatted(CLIENTS, PURCHASES, TOUCHPOINTS)
                + " 200 days (ratings 1–5), four revenue tiers with a 30-day care cadence; %d repeat runs, medians."
                        .formatted(ROUNDS));
        line("");
        String[] url = new String[1];
        Process backend = BenchData.backend(
                root, servers, Map.of("RAPPORT_LIFECYCLE_NIGHTLY", "false"), "backend-signals.log", url);
        try {
            BenchApi api = new BenchApi(url[0], keycloak);
            BenchApi.Tenant tenant = api.tenant("life");
            String admin = tenant.admin();
            String schema = tenant.schema();
            long t0 = System.nanoTime();
            String[] clients = BenchData.seedValue(servers, schema, CLIENTS, PURCHASES);
            seedTouchpoints(schema, clients);
            line("Seeding by JDBC batch: %.1f s.".formatted((System.nanoTime() - t0) / 1e9));
            BenchData.tiers(
                    api, admin, TierMethod.THRESHOLD, ValueMeasure.REVENUE, new String[] {"20000", "5000", "1000", "0"
                    });
            api.body(admin, () -> api.api(TiersApi.class).classify());
            LifecycleApi lifecycle = api.api(LifecycleApi.class);
            line("");
            line("| run | server ms | wall ms | clients | suggestions opened | withdrawn | check-ins planned |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            long s = System.nanoTime();
            SignalRun first = api.body(admin, lifecycle::computeAll);
            row("first", first, (System.nanoTime() - s) / 1e6);
            double[] server = new double[ROUNDS];
            double[] wall = new double[ROUNDS];
            SignalRun last = first;
            for (int i = 0; i < ROUNDS; i++) {
                s = System.nanoTime();
                last = api.body(admin, lifecycle::computeAll);
                wall[i] = (System.nanoTime() - s) / 1e6;
                server[i] = last.millis();
            }
            line("| repeat (median of %d) | %.0f | %.0f | %,d | %d | %d | %d |"
                    .formatted(
                            ROUNDS,
                            BenchApi.median(server),
                            BenchApi.median(wall),
                            last.clients(),
                            last.suggested(),
                            last.withdrawn(),
                            last.checkInsScheduled()));
            line("");
            line("Open suggestions after the runs, by target stage:");
            line("");
            line("| to stage | suggestions |");
            line("|---|---:|");
            List<SuggestionView> open = api.as(admin, () -> lifecycle.suggestions(null));
            for (Stage stage : Stage.values()) {
                long n = open.stream().filter(o -> o.to() == stage).count();
                line("| %s | %,d |".formatted(stage, n));
            }
            double[] reads = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                s = System.nanoTime();
                api.send(admin, "GET", "/portfolio", null);
                reads[i] = (System.nanoTime() - s) / 1e6;
            }
            line("");
            line("`GET /portfolio` over the whole tenant: %.0f ms (median of %d)."
                    .formatted(BenchApi.median(reads), ROUNDS));
        } finally {
            backend.destroy();
        }
        report.write(root, "lifecycle-signals");
    }

    private void row(String name, SignalRun run, double wallMs) {
        line("| %s | %d | %.0f | %,d | %,d | %d | %,d |"
                .formatted(
                        name,
                        run.millis(),
                        wallMs,
                        run.clients(),
                        run.suggested(),
                        run.withdrawn(),
                        run.checkInsScheduled()));
    }

    private void seedTouchpoints(String schema, String[] clients) throws Exception {
        Random random = new Random(7);
        try (Connection c = BenchData.connect(servers, schema)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO touchpoint (id, client_id, channel, at, what,"
                            + " rating, sentiment, recorded_by, recorded_at) VALUES (?, ?, 'PHONE', ?, 'bench', ?, ?, 'bench', ?)")) {
                Instant now = Instant.now();
                for (int i = 0; i < TOUCHPOINTS; i++) {
                    int rating = 1 + random.nextInt(5);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, clients[random.nextInt(clients.length)]);
                    ps.setTimestamp(3, Timestamp.from(now.minus(random.nextInt(200 * 24), ChronoUnit.HOURS)));
                    ps.setInt(4, rating);
                    ps.setString(5, rating <= 2 ? "NEGATIVE" : rating == 3 ? "NEUTRAL" : "POSITIVE");
                    ps.setTimestamp(6, Timestamp.from(now));
                    ps.addBatch();
                    if (i % 5000 == 4999) {
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
}
