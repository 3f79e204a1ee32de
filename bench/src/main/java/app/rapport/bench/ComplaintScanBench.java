package app.rapport.bench;

import app.rapport.api.sla.EscalationAction;
import app.rapport.api.sla.EscalationStep;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.SlaApi;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.testing.Keycloak;
import app.rapport.testing.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escalation scan and the complaints board (issue 15) on one tenant with 100,000 open complaints, each with a clock
 * running for every milestone of its policy: how long the minute's scan takes when every complaint must be looked at
 * (the first scan after an upgrade or a calendar change) and in the steady state (only the complaints whose next step
 * is due), read from the backend's own log of each run; and the board's first page, a deep page and the "mine" queue,
 * p50/p99.
 */
public final class ComplaintScanBench {
    private static final int COMPLAINTS = Integer.getInteger("bench.complaints", 100_000);
    private static final int CLIENTS = Integer.getInteger("bench.complaintClients", 2_000);
    private static final int STEADY_SCANS = Integer.getInteger("bench.scans", 6);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final Pattern SCAN = Pattern.compile(
            "escalations@([a-z0-9-]+): (\\d+) complaints scanned, (\\d+) escalation steps fired \\((\\d+) ms\\)");

    private final Path root;
    private final TestServers servers = TestServers.get();
    private final Keycloak keycloak = new Keycloak(servers.keycloakUrl());
    private final BenchReport report = new BenchReport();

    private ComplaintScanBench(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new ComplaintScanBench(Path.of(args.length > 0 ? args[0] : ".")
                        .toAbsolutePath()
                        .normalize())
                .run();
        // the typed clients' event loop would keep the JVM, and with it bench/run's servers, alive
        System.exit(0);
    }

    private void run() throws Exception {
        line("# Rapport complaint escalation scan and board benchmark, " + LocalDate.now());
        line("");
        int milestones = SlaMilestone.values().length;
        line(BenchReport.machine()
                + " One tenant, %,d open complaints of %,d clients received over the last 10 days, each with %d"
                        .formatted(COMPLAINTS, CLIENTS, milestones)
                + " milestone clocks running (targets 10 days and one hour more per milestone, a breach step each"
                + " that tells the owner); the backend scans every 5 s instead of every minute.");
        line("");
        String[] url = new String[1];
        Path log = root.resolve("bench/target/backend-complaints.log");
        Process backend = BenchData.backend(
                root,
                servers,
                Map.of(
                        "RAPPORT_MINUTE_TICK", "5s",
                        "RAPPORT_MINUTE_FIRST_TICK", "5s",
                        "LOGGER_LEVELS_APP_RAPPORT_PLATFORM_TENANT", "DEBUG"),
                "backend-complaints.log",
                url);
        try {
            BenchApi api = new BenchApi(url[0], keycloak);
            BenchApi.Tenant tenant = api.tenant("scan");
            String admin = tenant.admin();
            String staff = keycloak.createUser(tenant.slug(), "service-staff");
            List<MilestoneTarget> targets = new ArrayList<>();
            for (SlaMilestone m : SlaMilestone.values()) {
                targets.add(new MilestoneTarget(
                        m,
                        10 * 24 * 60 + 60 * m.ordinal(),
                        Set.of(),
                        null,
                        75,
                        List.of(new EscalationStep(100, Set.of(EscalationAction.NOTIFY_OWNER)))));
            }
            api.body(admin, () -> api.api(SlaApi.class).setPolicy("\"0\"", new SlaPolicyWrite(targets)));
            long t0 = System.nanoTime();
            seed(tenant.schema(), staff);
            line("Seeding by JDBC batch (complaints, %,d clock events, each due now): %.1f s."
                    .formatted((long) COMPLAINTS * milestones, (System.nanoTime() - t0) / 1e9));
            line("");
            List<long[]> scans = awaitScans(log, tenant.slug(), 1 + STEADY_SCANS);
            line("| scan | complaints looked at | steps fired | ms | ms per complaint looked at |");
            line("|---|---:|---:|---:|---:|");
            for (int i = 0; i < scans.size(); i++) {
                long[] s = scans.get(i);
                line("| %s | %,d | %,d | %,d | %s |"
                        .formatted(
                                i == 0 ? "first (every complaint due: after an upgrade or a calendar change)" : "steady " + i,
                                s[0],
                                s[1],
                                s[2],
                                s[0] == 0 ? "–" : "%.2f".formatted((double) s[2] / s[0])));
            }
            line("");
            line("| board request | p50 ms | p99 ms | max ms |");
            line("|---|---:|---:|---:|");
            board(api, admin, "/complaints?queue=OPEN&page=0&size=50", "open, first page of 50");
            board(api, admin, "/complaints?queue=OPEN&page=1000&size=50", "open, page 1,000 of 50");
            board(api, staff, "/complaints?queue=MINE&page=0&size=50", "mine (staff own them all), first page");
            board(api, admin, "/complaints?queue=OPEN&status=RECEIVED&page=0&size=50", "open, one status");
        } finally {
            backend.destroy();
        }
        report.write(root, "complaint-scan");
    }

    private void board(BenchApi api, String user, String path, String what) throws Exception {
        for (int i = 0; i < 10; i++) {
            api.send(user, "GET", path, null);
        }
        double[] ms = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            api.send(user, "GET", path, null);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        line("| %s | %.1f | %.1f | %.1f |"
                .formatted(what, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1]));
    }

    /** The next {@code n} scans of the tenant that the backend logged after seeding: looked at, fired, ms. */
    private List<long[]> awaitScans(Path log, String slug, int n) throws Exception {
        long seen = Files.exists(log) ? Files.readAllLines(log).size() : 0;
        List<long[]> out = new ArrayList<>();
        Instant until = Instant.now().plus(Duration.ofMinutes(30));
        while (out.size() < n && Instant.now().isBefore(until)) {
            List<String> lines = Files.readAllLines(log);
            for (int i = (int) seen; i < lines.size() && out.size() < n; i++) {
                Matcher m = SCAN.matcher(lines.get(i));
                if (m.find() && m.group(1).equals(slug)) {
                    long looked = Long.parseLong(m.group(2));
                    if (out.isEmpty() && looked < COMPLAINTS / 2) {
                        continue; // a scan that ran while the seed was being written
                    }
                    out.add(new long[] {looked, Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
                }
            }
            seen = lines.size();
            Thread.sleep(1000);
        }
        return out;
    }

    private void seed(String schema, String owner) throws Exception {
        Random random = new Random(15);
        Instant now = Instant.now();
        try (Connection c = BenchData.connect(servers, schema)) {
            c.setAutoCommit(false);
            String policy;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id FROM sla_policy WHERE current")) {
                rs.next();
                policy = rs.getString(1);
            }
            String[] clients = new String[CLIENTS];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO client (id, kind, name, version, created_at,"
                    + " created_by, updated_at, updated_by) VALUES (?, 'ORGANISATION', ?, 0, ?, 'bench', ?, 'bench')")) {
                for (int i = 0; i < CLIENTS; i++) {
                    clients[i] = UUID.randomUUID().toString();
                    ps.setString(1, clients[i]);
                    ps.setString(2, "Client %05d".formatted(i));
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setTimestamp(4, Timestamp.from(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] severities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
            String[] statuses = {"RECEIVED", "UPHELD", "ASSIGNED", "ANALYSED", "REMEDY_PROPOSED", "IN_RECOVERY"};
            try (PreparedStatement complaint = c.prepareStatement("INSERT INTO complaint (id, client_id, channel,"
                            + " severity, what_happened, status, owner, received_at, received_by, reopened, version,"
                            + " sla_policy_id, due_next_step) VALUES (?, ?, 'PHONE', ?, 'bench', ?, ?, ?, ?, 0, 0, ?, ?)");
                    PreparedStatement clock = c.prepareStatement("INSERT INTO complaint_clock (id, complaint_id,"
                            + " milestone, kind, at) VALUES (?, ?, ?, 'STARTED', ?)");
                    ) {
                for (int i = 0; i < COMPLAINTS; i++) {
                    String id = UUID.randomUUID().toString();
                    Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(10 * 24 * 3600)));
                    complaint.setString(1, id);
                    complaint.setString(2, clients[random.nextInt(CLIENTS)]);
                    complaint.setString(3, severities[random.nextInt(severities.length)]);
                    complaint.setString(4, statuses[random.nextInt(statuses.length)]);
                    complaint.setString(5, owner);
                    complaint.setTimestamp(6, at);
                    complaint.setString(7, owner);
                    complaint.setString(8, policy);
                    complaint.setTimestamp(9, at); // due now, as the migration leaves them: the first scan writes each in full
                    complaint.addBatch();
                    for (SlaMilestone m : SlaMilestone.values()) {
                        clock.setString(1, UUID.randomUUID().toString());
                        clock.setString(2, id);
                        clock.setString(3, m.name());
                        clock.setTimestamp(4, at);
                        clock.addBatch();
                    }
                    if (i % 2000 == 1999) {
                        complaint.executeBatch();
                        clock.executeBatch();
                    }
                }
                complaint.executeBatch();
                clock.executeBatch();
            }
            c.commit();
        }
    }

    private void line(String s) {
        report.line(s);
    }
}
