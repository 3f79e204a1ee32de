package app.rapport.bench;

import app.rapport.testing.Keycloak;
import app.rapport.testing.LocalApp;
import app.rapport.testing.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern NUMBER = Pattern.compile("\"(millis|changed|evaluated|version)\":(\\d+)");

    private final Path root;
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = new Keycloak(servers.keycloakUrl());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();
    private String api;
    private String admin;

    private TierClassificationBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new TierClassificationBench(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize()).run();
    }

    private void run() throws Exception {
        line("# Rapport tier classification benchmark, " + LocalDate.now());
        line("");
        line("Machine: %d cores, %s %s. One tenant, %,d clients, %,d purchases over 400 days (about %d%% older than"
                .formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                        System.getProperty("java.version"), CLIENTS, PURCHASES, 9)
                + " 12 months), %d rounds per row; times are medians.".formatted(ROUNDS));
        line("");
        int port = LocalApp.freePort();
        api = "http://127.0.0.1:" + port;
        Map<String, String> env = new HashMap<>(servers.serverEnvironment());
        env.put("RAPPORT_API_PORT", String.valueOf(port));
        Process backend = LocalApp.launch(
                root.resolve("backend/server/target/rapport-server.jar"), env, root.resolve("bench/target/backend-tiers.log"));
        try {
            LocalApp.awaitStatus(backend, api + "/health", 200);
            String slug = "tiers-" + UUID.randomUUID().toString().substring(0, 6);
            send("operator", "POST", "/operator/tenants",
                    "{\"slug\":\"%s\",\"displayName\":\"Bench %s\",\"adminEmail\":\"%s@bench.example\"}".formatted(slug, slug, slug));
            admin = keycloak.createUser(slug, "tenant-admin");
            long t0 = System.nanoTime();
            seed("t_" + slug.replace('-', '_'));
            line("Seeding by JDBC batch: %.1f s.".formatted((System.nanoTime() - t0) / 1e9));
            line("");
            line("| method | first run: server ms | first run: wall ms | tiers changed | repeat run: server ms | repeat run: wall ms | changed |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            measure("THRESHOLD", "REVENUE", "\"minValue\":%s", new String[] {"20000", "5000", "1000", "0"});
            measure("PARETO", "MARGIN", "\"cumulativeShare\":%s", new String[] {"50", "80", "95", "100"});
            measure("RFM", "REVENUE", "\"minRfmScore\":%s", new String[] {"13", "10", "7", "0"});
            line("");
            line("## Reads over the same data (median of %d, wall ms)".formatted(5 * ROUNDS));
            line("");
            line("| endpoint | ms |");
            line("|---|---:|");
            for (String path : List.of("/tiers/distribution", "/tiers/ranking?limit=20", "/tiers/ranking?measure=MARGIN&limit=200", "/replenishment", "/replenishment?withinDays=30")) {
                double[] ms = new double[5 * ROUNDS];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    send(admin, "GET", path, null);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                line("| `GET %s` | %.0f |".formatted(path, median(ms)));
            }
        } finally {
            backend.destroy();
        }
        Path out = root.resolve("bench/results/tier-classification-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("written " + out);
    }

    private void measure(String method, String measure, String parameter, String[] values) throws Exception {
        String etag = version(send(admin, "GET", "/tiers", null));
        String[] names = {"Strategic", "Key", "Standard", "Basic"};
        List<String> tiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tiers.add(("{\"rank\":%d,\"nameEn\":\"%s\",\"nameZhCn\":\"%s\",\"nameZhTw\":\"%s\",\"colour\":\"#1a7f5a\",%s,"
                    + "\"careCadenceDays\":30,\"responseHours\":24,\"ownerRoles\":[\"ACCOUNT_MANAGER\"]}")
                    .formatted(i + 1, names[i], names[i], names[i], parameter.formatted(values[i])));
        }
        send(admin, "PUT", "/tiers", "{\"method\":\"%s\",\"measure\":\"%s\",\"replenishmentDays\":7,\"tiers\":[%s]}"
                .formatted(method, measure, String.join(",", tiers)), "\"" + etag + "\"");
        long s = System.nanoTime();
        String first = send(admin, "POST", "/tiers/classifications", "");
        double firstWall = (System.nanoTime() - s) / 1e6;
        double[] server = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        int changed = 0;
        for (int i = 0; i < ROUNDS; i++) {
            s = System.nanoTime();
            String again = send(admin, "POST", "/tiers/classifications", "");
            wall[i] = (System.nanoTime() - s) / 1e6;
            server[i] = number(again, "millis");
            changed += number(again, "changed");
        }
        line("| %s (%s) | %d | %.0f | %,d | %.0f | %.0f | %d |".formatted(method, measure, number(first, "millis"), firstWall,
                number(first, "changed"), median(server), median(wall), changed));
    }

    private void seed(String schema) throws Exception {
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(servers.jdbcBaseUrl() + schema + "?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true", servers.dbUser(), servers.dbPassword())) {
            c.setAutoCommit(false);
            String[] products = new String[5];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (id, name, unit, typical_daily_usage, version, created_at) VALUES (?, ?, 'kg', NULL, 0, ?)")) {
                for (int i = 0; i < products.length; i++) {
                    products[i] = UUID.randomUUID().toString();
                    ps.setString(1, products[i]);
                    ps.setString(2, "Product " + i);
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] clients = new String[CLIENTS];
            double[] weight = new double[CLIENTS];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO client (id, kind, name, version, created_at, created_by, updated_at, updated_by) VALUES (?, 'ORGANISATION', ?, 0, ?, 'bench', ?, 'bench')")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < CLIENTS; i++) {
                    clients[i] = UUID.randomUUID().toString();
                    weight[i] = Math.pow(random.nextDouble(), 3) * 1000 + 10; // long tail: few big spenders
                    ps.setString(1, clients[i]);
                    ps.setString(2, "Client %05d".formatted(i));
                    ps.setTimestamp(3, now);
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO purchase (id, client_id, product_id, purchased_on, quantity, unit, amount, margin, channel, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'kg', ?, ?, 'counter', ?, 'bench')")) {
                Timestamp now = Timestamp.from(Instant.now());
                LocalDate today = LocalDate.now();
                for (int i = 0; i < PURCHASES; i++) {
                    int client = random.nextInt(CLIENTS);
                    double amount = Math.round(weight[client] * (0.5 + random.nextDouble()) * 100) / 100.0;
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, clients[client]);
                    ps.setString(3, products[random.nextInt(products.length)]);
                    ps.setDate(4, Date.valueOf(today.minusDays(random.nextInt(400))));
                    ps.setBigDecimal(5, java.math.BigDecimal.valueOf(1 + random.nextInt(20)));
                    ps.setBigDecimal(6, java.math.BigDecimal.valueOf(amount));
                    ps.setBigDecimal(7, java.math.BigDecimal.valueOf(Math.round(amount * 25) / 100.0));
                    ps.setTimestamp(8, now);
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

    private String send(String user, String method, String path, String json) throws Exception {
        return send(user, method, path, json, null);
    }

    private String send(String user, String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + "/api/v1" + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + keycloak.token(user))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String version(String json) {
        return String.valueOf(number(json, "version"));
    }

    private static int number(String json, String field) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                return Integer.parseInt(m.group(2));
            }
        }
        throw new IllegalStateException("no " + field + " in " + json);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.out.println(s);
        System.out.flush();
    }
}
