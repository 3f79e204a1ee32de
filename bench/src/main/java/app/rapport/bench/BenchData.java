package app.rapport.bench;

import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.testing.LocalApp;
import app.rapport.testing.TestServers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Bench data written straight into a tenant schema by JDBC batches: products, clients and purchases over 400 days
 * whose values follow a long-tailed distribution (few big spenders), from a fixed seed.
 */
final class BenchData {
    private BenchData() {}

    /** The packaged backend on a free port against the bench's servers, started and healthy; its URL in {@code base[0]}. */
    static Process backend(Path root, TestServers servers, Map<String, String> extraEnv, String log, String[] base)
            throws Exception {
        int port = LocalApp.freePort();
        base[0] = "http://127.0.0.1:" + port;
        Map<String, String> env = new HashMap<>(servers.serverEnvironment());
        env.put("RAPPORT_API_PORT", String.valueOf(port));
        env.putAll(extraEnv);
        Process backend = LocalApp.launch(
                root.resolve("backend/server/target/rapport-server.jar"), env, root.resolve("bench/target/" + log));
        try {
            LocalApp.awaitStatus(backend, base[0] + "/health", 200);
        } catch (Exception | Error e) {
            backend.destroy();
            throw e;
        }
        return backend;
    }

    static Connection connect(TestServers servers, String schema) throws Exception {
        return DriverManager.getConnection(
                servers.jdbcBaseUrl() + schema
                        + "?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true",
                servers.dbUser(),
                servers.dbPassword());
    }

    static String[] seedValue(TestServers servers, String schema, int clientCount, int purchaseCount) throws Exception {
        Random random = new Random(42);
        try (Connection c = connect(servers, schema)) {
            c.setAutoCommit(false);
            String[] products = new String[5];
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO product (id, name, unit, typical_daily_usage, version, created_at) VALUES (?, ?, 'kg', NULL, 0, ?)")) {
                for (int i = 0; i < products.length; i++) {
                    products[i] = UUID.randomUUID().toString();
                    ps.setString(1, products[i]);
                    ps.setString(2, "Product " + i);
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] clients = new String[clientCount];
            double[] weight = new double[clientCount];
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO client (id, kind, name, version, created_at, created_by, updated_at, updated_by) VALUES (?, 'ORGANISATION', ?, 0, ?, 'bench', ?, 'bench')")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < clientCount; i++) {
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
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO purchase (id, client_id, product_id, purchased_on, quantity, unit, amount, margin, channel, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'kg', ?, ?, 'counter', ?, 'bench')")) {
                Timestamp now = Timestamp.from(Instant.now());
                LocalDate today = LocalDate.now();
                for (int i = 0; i < purchaseCount; i++) {
                    int client = random.nextInt(clientCount);
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
            return clients;
        }
    }

    /**
     * Four tiers (Strategic, Key, Standard, Basic; a 30-day care cadence) by {@code method} on {@code measure}, each
     * reached at the value, cumulative share or RFM score of {@code limits} (best tier first), saved over whatever the
     * tenant has.
     */
    static void tiers(BenchApi api, String admin, TierMethod method, ValueMeasure measure, String[] limits) {
        TiersApi tiers = api.api(TiersApi.class);
        long version = api.body(admin, tiers::settings).version();
        String[] names = {"Strategic", "Key", "Standard", "Basic"};
        List<TierDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BigDecimal limit = new BigDecimal(limits[i]);
            definitions.add(new TierDefinition(
                    null,
                    i + 1,
                    names[i],
                    names[i],
                    names[i],
                    "#1a7f5a",
                    method == TierMethod.THRESHOLD ? limit : null,
                    method == TierMethod.PARETO ? limit : null,
                    method == TierMethod.RFM ? limit.intValue() : null,
                    30,
                    24,
                    List.of(TenantRole.ACCOUNT_MANAGER),
                    null,
                    null,
                    null));
        }
        api.body(
                admin,
                () -> tiers.configure("\"" + version + "\"", new TierSettingsWrite(method, measure, 7, definitions)));
    }
}
