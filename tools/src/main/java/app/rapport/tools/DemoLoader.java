package app.rapport.tools;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.TargetStatus;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.calendar.CalendarApi;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.common.ApiClients;
import app.rapport.api.common.Channel;
import app.rapport.api.common.PageView;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.PortfolioCell;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.TenantLocale;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.TiersApi;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo tenants of {@code infra/dev up} through the API's typed clients, as their users would: the
 * operator provisions the tenants, admins set up strategies, products, tiers and blueprints, managers own and move
 * clients and accept the suggestions, staff log touchpoints. Dates are relative to today, so forecasts are current.
 * Data already there is left alone. Usage: {@code DemoLoader API_URL KEYCLOAK_URL DEMO_DIR}.
 */
public final class DemoLoader {
    private static final String PASSWORD = "rapport-demo";
    private static final Pattern DAYS = Pattern.compile("@days:(-?\\d+)@");
    private static final Pattern STEP = Pattern.compile("@step:([^@]+)@");

    /** The demo tenants: slug, name, first admin, time zone, currency, language. */
    private static final List<String[]> TENANTS = List.of(
            new String[] {"harbour-hotel", "Harbour Hotel", "harbour.admin@example.test", "Asia/Shanghai", "CNY", "en"},
            new String[] {
                "northwind-telecom",
                "Northwind Telecom",
                "northwind.admin@example.test",
                "Asia/Shanghai",
                "CNY",
                "zh-CN"
            },
            new String[] {
                "meridian-card",
                "Meridian Card Services",
                "meridian.admin@example.test",
                "Asia/Hong_Kong",
                "HKD",
                "zh-TW"
            });

    private final String keycloak;
    private final Path dir;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private final OperatorApi operator;
    private final ClientsApi clients;
    private final ProductsApi products;
    private final PurchasesApi purchases;
    private final TiersApi tiers;
    private final LifecycleApi lifecycle;
    private final CareApi care;
    private final BlueprintApi blueprints;
    private final BenchmarkApi benchmarks;
    private final CalendarApi calendars;
    private final DemoComplaints complaints;
    private final DemoSurveys surveys;
    private final app.rapport.api.gaps.FiveGapsApi gaps;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private DemoLoader(ApiClients api, String keycloak, Path dir) {
        this.keycloak = keycloak;
        this.dir = dir;
        this.json = api.bean(JsonMapper.class);
        this.operator = api.get(OperatorApi.class);
        this.clients = api.get(ClientsApi.class);
        this.products = api.get(ProductsApi.class);
        this.purchases = api.get(PurchasesApi.class);
        this.tiers = api.get(TiersApi.class);
        this.lifecycle = api.get(LifecycleApi.class);
        this.care = api.get(CareApi.class);
        this.blueprints = api.get(BlueprintApi.class);
        this.benchmarks = api.get(BenchmarkApi.class);
        this.calendars = api.get(CalendarApi.class);
        this.gaps = api.get(app.rapport.api.gaps.FiveGapsApi.class);
        this.surveys = new DemoSurveys(
                api.get(app.rapport.api.survey.SurveyApi.class),
                api.get(app.rapport.api.survey.PublicSurveyApi.class),
                new DemoSurveys.As() {
                    @Override
                    public <T> T as(String token, java.util.function.Supplier<T> call) {
                        return DemoLoader.as(token, call);
                    }
                });
        this.complaints = new DemoComplaints(
                api.get(app.rapport.api.complaint.ComplaintApi.class),
                api.get(app.rapport.api.complaint.DepartmentApi.class),
                api.get(app.rapport.api.sla.SlaApi.class),
                api.get(TiersApi.class),
                new DemoComplaints.As() {
                    @Override
                    public <T> T as(String token, java.util.function.Supplier<T> call) {
                        return DemoLoader.as(token, call);
                    }
                });
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DemoLoader API_URL KEYCLOAK_URL DEMO_DIR");
            System.exit(2);
        }
        try (ApiClients api = ApiClients.at(args[0], Duration.ofSeconds(120))) {
            new DemoLoader(api, args[1], Path.of(args[2])).load();
        } catch (Failure e) {
            log("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private void load() throws Exception {
        String op = token("operator");
        migrateLaggingTenants(op);
        for (String[] t : TENANTS) {
            String slug = t[0];
            String prefix = slug.substring(0, slug.indexOf('-'));
            String admin = tokenOrNull(prefix + ".admin");
            if (admin == null) {
                log("tenant " + slug + ": skipped, Keycloak has no " + prefix + ".admin (its realm predates that user:"
                        + " infra/dev down, remove the dev Keycloak's data/h2, infra/dev up)");
                continue;
            }
            provision(op, t);
            admin = token(prefix + ".admin");
            long total = as(admin, () -> clients.list(null, 0, 1, null)).total();
            if (!Files.exists(file(slug, "jsonl"))) {
                log("tenant " + slug + ": no demo clients");
            } else if (total == 0) {
                playbook(slug, admin);
                int n = 0;
                for (String line : lines(slug, "jsonl")) {
                    ClientWrite c = read(line, ClientWrite.class);
                    as(admin, () -> clients.create(c));
                    n++;
                }
                log("tenant " + slug + ": " + n + " demo clients loaded");
                value(slug, admin);
                lifecycle(slug, admin, prefix);
            } else {
                log("tenant " + slug + ": has " + total + " clients, demo data left as it is");
            }
            design(slug, admin, prefix);
            calendar(slug, admin);
            complaints(slug, admin, prefix);
            surveys(slug, admin, prefix, t[5]);
            questionnaires(slug, admin, prefix);
        }
    }

    /**
     * What each demo member believes clients expect of each SERVQUAL dimension and how fully the standards specify it
     * (1–7), in the order tangibles, reliability, responsiveness, assurance, empathy. The story: the office underrates
     * how much clients expect prompt help, which the front line knows better, and no standard spells it out — gaps 1
     * and 2 on responsiveness, where the SERVQUAL wave falls short too.
     */
    private static final int[][][] QUESTIONNAIRES = {
        {{5, 7, 5, 6, 6}, {6, 6, 3, 5, 4}}, // admin
        {{5, 6, 4, 6, 5}, {6, 5, 3, 5, 4}}, // manager
        {{6, 7, 7, 6, 6}, {5, 5, 2, 4, 4}} // staff
    };

    /** The three demo members' quality questionnaires; each left alone once that member has answered. */
    private void questionnaires(String slug, String admin, String prefix) {
        List<String> tokens = List.of(admin, token(prefix + ".manager"), token(prefix + ".staff"));
        int answered = 0;
        for (int m = 0; m < tokens.size(); m++) {
            String member = tokens.get(m);
            if (as(member, gaps::myAssessment).body().version() > 0) {
                continue;
            }
            int[][] q = QUESTIONNAIRES[m];
            List<app.rapport.api.gaps.DimensionAssessment> dims = new java.util.ArrayList<>();
            app.rapport.api.survey.ServqualDimension[] all = app.rapport.api.survey.ServqualDimension.values();
            for (int d = 0; d < all.length; d++) {
                dims.add(new app.rapport.api.gaps.DimensionAssessment(all[d], q[0][d], q[1][d]));
            }
            as(member, () -> gaps.assess("\"0\"", new app.rapport.api.gaps.GapAssessmentWrite(dims)));
            answered++;
        }
        log("tenant " + slug + ": " + answered + " members answered the quality questionnaire");
    }

    /** The tenant's survey forms, rules and a first set of answers; left alone once it has survey forms. */
    private void surveys(String slug, String admin, String prefix, String language) {
        List<String> ids = as(admin, () -> clients.list(null, 0, 40, null)).items().stream()
                .map(ClientView::id)
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        int n = surveys.load(admin, token(prefix + ".manager"), ids, language);
        log(
                n < 0
                        ? "tenant " + slug + ": has survey forms, surveys left as they are"
                        : "tenant " + slug + ": four survey forms, two rules and " + n
                                + " answers loaded, a year of them recorded from paper and phone");
    }

    /** The tenant's department and complaints in every state, from its demo file; left alone once it has departments. */
    private void complaints(String slug, String admin, String prefix) throws IOException {
        if (!Files.exists(file(slug, "complaints.tsv"))) {
            return;
        }
        int n = complaints.load(
                tsv(slug, "complaints.tsv"),
                prefix,
                admin,
                token(prefix + ".manager"),
                token(prefix + ".staff"),
                this::clientId);
        log(
                n < 0
                        ? "tenant " + slug + ": has departments, complaints left as they are"
                        : "tenant " + slug + ": a department and " + n + " complaints in their states loaded");
    }

    /**
     * The tenant's business hours from its demo file (Northwind's office week with a lunch break and the statutory
     * holidays); a tenant without one stays open round the clock. Left alone once an admin has set hours.
     */
    private void calendar(String slug, String admin) throws IOException {
        Path f = file(slug, "calendar.json");
        if (!Files.exists(f)) {
            return;
        }
        if (as(admin, calendars::calendar).body().version() > 0) {
            log("tenant " + slug + ": has business hours, left as they are");
            return;
        }
        CalendarWrite hours = read(Files.readString(f), CalendarWrite.class);
        as(admin, () -> calendars.setCalendar("\"0\"", hours));
        log("tenant " + slug + ": business hours set");
    }

    /** Tenants of an earlier run whose schemas lag this code are migrated first, as an operator does after an upgrade. */
    private void migrateLaggingTenants(String op) throws InterruptedException {
        MigrationRunView run = as(op, () -> operator.migrate(null)).body();
        for (int i = 0; i < 120 && run != null && "RUNNING".equals(run.state()); i++) {
            Thread.sleep(500);
            String id = run.id();
            run = as(op, () -> operator.migration(id));
        }
    }

    private void provision(String op, String[] t) {
        CreateTenant command = new CreateTenant(t[0], t[1], t[2], new TenantLocale(t[3], t[4], t[5]));
        try {
            as(op, () -> operator.create(command));
            log("tenant " + t[0] + ": provisioned");
        } catch (Failure e) {
            if (!e.conflict) {
                throw e;
            }
            log("tenant " + t[0] + ": already there");
        }
    }

    /** Strategies: each stage's playbook, loaded before the clients so that registering them schedules their calls. */
    private void playbook(String slug, String admin) throws IOException {
        for (String line : lines(slug, "playbook.jsonl")) {
            PlaybookStepWrite step = read(line, PlaybookStepWrite.class);
            as(admin, () -> lifecycle.addStep(step));
        }
    }

    /** Products, a year of purchases through the CSV import, the tenant's tiers and a first classification. */
    private void value(String slug, String admin) throws IOException {
        for (String line : lines(slug, "products.jsonl")) {
            ProductWrite p = read(line, ProductWrite.class);
            try {
                as(admin, () -> products.create(p));
            } catch (Failure e) {
                if (!e.conflict) {
                    throw e;
                }
            }
        }
        StringBuilder csv = new StringBuilder("client,product,date,quantity,amount,margin,channel\n");
        int n = 0;
        for (String[] f : tsv(slug, "purchases.tsv")) {
            csv.append('"')
                    .append(f[0])
                    .append("\",\"")
                    .append(f[1])
                    .append("\",")
                    .append(today.minusDays(Long.parseLong(f[2])))
                    .append(',')
                    .append(String.join(",", f[3], f[4], f[5], f[6]))
                    .append('\n');
            n++;
        }
        PurchaseImport file = new PurchaseImport(csv.toString(), null);
        as(admin, () -> purchases.commit(file));
        String etag = as(admin, tiers::settings).header("ETag");
        TierSettingsWrite settings = read(Files.readString(file(slug, "tiers.json")), TierSettingsWrite.class);
        as(admin, () -> tiers.configure(etag, settings));
        as(admin, tiers::classify);
        log("tenant " + slug + ": demo products, " + n + " purchases and tiers loaded; clients classified");
    }

    /**
     * Owners, a few stage moves by hand, touchpoints, then the signals: every suggestion is accepted, as an account
     * manager going through the inbox would. Ends with the tenant's stage distribution.
     */
    private void lifecycle(String slug, String admin, String prefix) throws IOException {
        String manager = token(prefix + ".manager");
        String staff = token(prefix + ".staff");
        int owned = 0;
        int staffed = 0;
        for (ClientView c : as(admin, () -> clients.list(null, 0, 100, null)).items()) {
            // a tier may reserve its clients for service staff
            try {
                as(admin, () -> lifecycle.assignOwner(c.id(), new Assignment(prefix + ".manager")));
                owned++;
            } catch (Failure e) {
                if (e.status != 422) {
                    throw e;
                }
                as(admin, () -> lifecycle.assignOwner(c.id(), new Assignment(prefix + ".staff")));
                staffed++;
            }
        }
        for (String[] f : tsv(slug, "stages.tsv")) {
            String id = clientId(manager, f[0]);
            as(manager, () -> lifecycle.changeStage(id, new StageChangeWrite(Stage.valueOf(f[1]), f[2])));
        }
        for (String[] f : tsv(slug, "touchpoints.tsv")) {
            String id = clientId(staff, f[0]);
            Integer rating = "-".equals(f[3]) ? null : Integer.valueOf(f[3]);
            TouchpointWrite t = new TouchpointWrite(
                    id, Channel.valueOf(f[1]), f[4], daysAgo(f[2]), null, rating, null, null, null, null, null);
            as(staff, () -> care.log(t));
        }
        as(manager, lifecycle::computeAll);
        for (SuggestionView s : as(manager, () -> lifecycle.suggestions(null))) {
            as(manager, () -> lifecycle.accept(s.id(), new SuggestionDecision(null)));
        }
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            byStage.put(s, 0);
        }
        for (PortfolioCell cell : as(manager, () -> lifecycle.portfolio(null)).cells()) {
            byStage.merge(cell.stage(), cell.clients(), Integer::sum);
        }
        log("tenant " + slug + ": " + owned + " clients owned by " + prefix + ".manager, " + staffed + " by " + prefix
                + ".staff (as their tier asks); stages: EXPLORATION " + byStage.get(Stage.EXPLORATION)
                + ", FORMATION " + byStage.get(Stage.FORMATION) + ", STABILITY " + byStage.get(Stage.STABILITY)
                + ", DECLINE " + byStage.get(Stage.DECLINE));
    }

    /**
     * A published service blueprint, touchpoints logged against its steps, benchmark targets with their
     * measurements, then every computed target measured. Left alone when the tenant has a blueprint already.
     */
    private void design(String slug, String admin, String prefix) throws IOException {
        long existing = as(admin, () -> blueprints.blueprints(null, 0, 1)).total();
        if (existing > 0) {
            log("tenant " + slug + ": has blueprints, design demo data left as it is");
            return;
        }
        BlueprintImport imported = read(Files.readString(file(slug, "blueprint.json")), BlueprintImport.class);
        BlueprintSummary blueprint =
                as(admin, () -> blueprints.importBlueprint(imported)).body();
        String version = blueprint.versions().get(0).id();
        as(admin, () -> blueprints.publish(version));
        String staff = token(prefix + ".staff");
        int n = 0;
        if (Files.exists(file(slug, "step-touchpoints.tsv"))) {
            String client = as(staff, () -> clients.list(null, 0, 1, "name"))
                    .items()
                    .get(0)
                    .id();
            for (String[] f : tsv(slug, "step-touchpoints.tsv")) {
                String step = stepId(staff, f[0]);
                TouchpointWrite t = new TouchpointWrite(
                        client,
                        Channel.valueOf(f[1]),
                        f[5],
                        daysAgo(f[2]),
                        Integer.valueOf(f[3]),
                        Integer.valueOf(f[4]),
                        null,
                        null,
                        null,
                        step,
                        null);
                as(staff, () -> care.log(t));
                n++;
            }
        }
        int t = 0;
        for (String line : lines(slug, "targets.jsonl")) {
            TargetWrite target = read(expand(admin, line), TargetWrite.class);
            as(admin, () -> benchmarks.create(target));
            t++;
        }
        for (String[] f : tsv(slug, "measurements.tsv")) {
            String id = as(admin, () -> benchmarks.targets(null, 0, 200)).items().stream()
                    .filter(x -> x.metric().equals(f[0]))
                    .findFirst()
                    .orElseThrow(() -> new Failure("no demo target \"" + f[0] + "\"", 0))
                    .id();
            MeasurementWrite m = new MeasurementWrite(today.minusDays(Long.parseLong(f[1])), number(f[2]), null);
            as(admin, () -> benchmarks.measure(id, m));
        }
        as(admin, benchmarks::computeAll);
        Map<TargetStatus, Integer> statuses = new TreeMap<>();
        for (TargetView v : as(admin, () -> benchmarks.targets(null, 0, 200)).items()) {
            statuses.merge(v.status(), 1, Integer::sum);
        }
        List<String> counts = new ArrayList<>();
        statuses.forEach((s, c) -> counts.add(s + " " + c));
        log("tenant " + slug + ": blueprint published, " + n + " touchpoints at its steps, " + t
                + " benchmark targets: " + String.join(", ", counts));
    }

    private String clientId(String token, String name) {
        PageView<ClientView> found = as(token, () -> clients.list(name, 0, 1, null));
        if (found.items().isEmpty()) {
            throw new Failure("demo client not found: " + name, 0);
        }
        return found.items().get(0).id();
    }

    private String stepId(String token, String name) {
        return as(token, blueprints::touchpointSteps).stream()
                .filter(s -> s.stepName().equals(name))
                .map(TouchpointStep::stepId)
                .findFirst()
                .orElseThrow(() -> new Failure("no touchpoint step \"" + name + "\"", 0));
    }

    /** {@code @days:N@} becomes the date N days from today, {@code @step:NAME@} that touchpoint step's id. */
    private String expand(String token, String line) {
        Matcher d = DAYS.matcher(line);
        StringBuilder out = new StringBuilder();
        while (d.find()) {
            d.appendReplacement(out, today.plusDays(Long.parseLong(d.group(1))).toString());
        }
        d.appendTail(out);
        Matcher s = STEP.matcher(out.toString());
        StringBuilder stepped = new StringBuilder();
        while (s.find()) {
            s.appendReplacement(stepped, Matcher.quoteReplacement(stepId(token, s.group(1))));
        }
        s.appendTail(stepped);
        return stepped.toString();
    }

    private Instant daysAgo(String days) {
        return Instant.now().minus(Long.parseLong(days), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.strip());
    }

    /** Calls the API as the holder of {@code token}; a refusal becomes a {@link Failure} naming the problem. */
    private static <T> T as(String token, Supplier<T> call) {
        try {
            return ApiClients.as(token, call);
        } catch (ApiClients.Refused e) {
            throw new Failure(e.getMessage(), e.status());
        }
    }

    /** An access token through the rapport-cli client (the dev realm's demo users). */
    private String token(String user) {
        String t = tokenOrNull(user);
        if (t == null) {
            throw new Failure(user + " cannot log in", 401);
        }
        return t;
    }

    private String tokenOrNull(String user) {
        String form = "grant_type=password&client_id=rapport-cli&scope=openid&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/realms/rapport/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return String.valueOf(json.readValue(response.body(), Map.class).get("access_token"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", 0);
        }
    }

    private Path file(String slug, String suffix) {
        return dir.resolve(slug + "." + suffix);
    }

    private List<String> lines(String slug, String suffix) throws IOException {
        Path f = file(slug, suffix);
        return Files.exists(f)
                ? Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList()
                : List.of();
    }

    private List<String[]> tsv(String slug, String suffix) throws IOException {
        return lines(slug, suffix).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .toList();
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new Failure("cannot read " + type.getSimpleName() + " from " + text + ": " + e.getMessage(), 0);
        }
    }

    private static void log(String message) {
        System.err.println("[rapport] " + message);
    }

    /** The API refused something the demo needs; {@code conflict} when it is there already (409). */
    private static final class Failure extends RuntimeException {
        final int status;
        final boolean conflict;

        Failure(String message, int status) {
            super(message);
            this.status = status;
            this.conflict = status == 409;
        }
    }
}
