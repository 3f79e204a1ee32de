package app.rapport.bench;

import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Classification of one tenant with 10,000 clients and 200,000 purchases (issue 3), for each method: the first run
 * (every client gets a tier and a history row) and repeated runs (nothing changes), the server's own timing and the
 * wall time of the request; then the read endpoints that work over the same data (distribution, ranking,
 * replenishment). Purchases are written straight into the tenant schema; values follow a long-tailed distribution so
 * that Pareto tiers are meaningful.
 */
public final class TierClassificationBench {
    private static final int CLIENTS = Integer.getInteger("bench.tierClients", 10_000);
    private static final int PURCHASES = Integer.getInteger("bench.purchases", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private final Path root;
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = new Keycloak(servers.keycloakUrl());
    private final BenchReport report = new BenchReport();
    private String api;
    private BenchApi client;
    private String admin;

    private TierClassificationBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new TierClassificationBench(Path.of(args.length > 0 ? args[0] : ".")
                        .toAbsolutePath()
                        .normalize())
                .run();
        System.exit(0); // the typed clients' event loop would keep the JVM, and bench/run's servers, alive
    }

    private void run() throws Exception {
        line("# Rapport tier classification benchmark, " + LocalDate.now());
        line("");
        line(BenchReport.machine()
                + " One tenant, %,d clients, %,d purchases over 400 days (about %d%% older than"
                        .formatted(CLIENTS, PURCHASES, 9)
                + " 12 months), %d rounds per row; times are medians.".formatted(ROUNDS));
        line("");
        String[] url = new String[1];
        Process backend = BenchData.backend(root, servers, Map.of(), "backend-tiers.log", url);
        api = url[0];
        try {
            client = new BenchApi(api, keycloak);
            BenchApi.Tenant tenant = client.tenant("tiers");
            admin = tenant.admin();
            long t0 = System.nanoTime();
            BenchData.seedValue(servers, tenant.schema(), CLIENTS, PURCHASES);
            line("Seeding by JDBC batch: %.1f s.".formatted((System.nanoTime() - t0) / 1e9));
            line("");
            line(
                    "| method | first run: server ms | first run: wall ms | tiers changed | repeat run: server ms | repeat run: wall ms | changed |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            measure(TierMethod.THRESHOLD, ValueMeasure.REVENUE, new String[] {"20000", "5000", "1000", "0"});
            measure(TierMethod.PARETO, ValueMeasure.MARGIN, new String[] {"50", "80", "95", "100"});
            measure(TierMethod.RFM, ValueMeasure.REVENUE, new String[] {"13", "10", "7", "0"});
            line("");
            line("## Reads over the same data (median of %d, wall ms)".formatted(5 * ROUNDS));
            line("");
            line("| endpoint | ms |");
            line("|---|---:|");
            for (String path : List.of(
                    "/tiers/distribution",
                    "/tiers/ranking?limit=20",
                    "/tiers/ranking?measure=MARGIN&limit=200",
                    "/replenishment",
                    "/replenishment?withinDays=30",
                    "/directory?size=50",
                    "/directory?sort=-revenue12m&size=50",
                    "/directory?silentDays=30&sort=lastContactAt&size=50")) {
                double[] ms = new double[5 * ROUNDS];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    client.send(admin, "GET", path, null);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                line("| `GET %s` | %.0f |".formatted(path, BenchApi.median(ms)));
            }
        } finally {
            backend.destroy();
        }
        report.write(root, "tier-classification");
    }

    private void measure(TierMethod method, ValueMeasure measure, String[] limits) {
        BenchData.tiers(client, admin, method, measure, limits);
        TiersApi tiers = client.api(TiersApi.class);
        long s = System.nanoTime();
        ClassificationResult first = client.body(admin, tiers::classify);
        double firstWall = (System.nanoTime() - s) / 1e6;
        double[] server = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        int changed = 0;
        for (int i = 0; i < ROUNDS; i++) {
            s = System.nanoTime();
            ClassificationResult again = client.body(admin, tiers::classify);
            wall[i] = (System.nanoTime() - s) / 1e6;
            server[i] = again.millis();
            changed += again.changed();
        }
        line("| %s (%s) | %d | %.0f | %,d | %.0f | %.0f | %d |"
                .formatted(
                        method,
                        measure,
                        first.millis(),
                        firstWall,
                        first.changed(),
                        BenchApi.median(server),
                        BenchApi.median(wall),
                        changed));
    }

    private void line(String s) {
        report.line(s);
    }
}
