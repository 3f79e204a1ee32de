package app.rapport.testing;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * One MySQL-compatible server and one Keycloak (realm {@code rapport} imported) for a whole test run, never a mock:
 * <ol>
 *   <li>the servers {@code infra/dev test} started, named by {@code RAPPORT_TEST_*} environment variables;</li>
 *   <li>otherwise, on a Docker host, MySQL 8.4 and Keycloak 26.7 through Testcontainers;</li>
 *   <li>otherwise the project's local MariaDB and Keycloak, started here by {@code infra/dev servers} and stopped
 *       when the JVM ends.</li>
 * </ol>
 */
public final class TestServers {
    private static TestServers instance;

    private final String jdbcBaseUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String keycloakUrl;
    private final String uiUrl;
    private final String origin;

    private TestServers(
            String jdbcBaseUrl, String dbUser, String dbPassword, String keycloakUrl, String uiUrl, String origin) {
        this.jdbcBaseUrl = jdbcBaseUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.keycloakUrl = keycloakUrl;
        this.uiUrl = uiUrl;
        this.origin = origin;
    }

    public static synchronized TestServers get() {
        if (instance == null) {
            instance = start();
            System.out.println("[rapport-tests] servers: " + instance.origin + " db=" + instance.jdbcBaseUrl
                    + " keycloak=" + instance.keycloakUrl);
        }
        return instance;
    }

    /** {@code jdbc:mysql://host:port/} — no default schema. */
    public String jdbcBaseUrl() {
        return jdbcBaseUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    /** {@code http://host:port} of Keycloak; the realm is {@code rapport}. */
    public String keycloakUrl() {
        return keycloakUrl;
    }

    /**
     * {@code http://127.0.0.1:port} reserved for the UI a test starts: the one address Keycloak's {@code rapport-ui}
     * client sends browsers back to in this run.
     */
    public String uiUrl() {
        return uiUrl;
    }

    /** The UI's port, taken from {@link #uiUrl()}. */
    public int uiPort() {
        return Integer.parseInt(uiUrl.substring(uiUrl.lastIndexOf(':') + 1));
    }

    /** Properties that point a Rapport server at these servers. */
    public Map<String, String> serverProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("rapport.database.url", jdbcBaseUrl);
        p.put("rapport.database.username", dbUser);
        p.put("rapport.database.password", dbPassword);
        p.put("rapport.keycloak.url", keycloakUrl);
        return p;
    }

    /** The same as environment variables, for a Rapport server started as a process. */
    public Map<String, String> serverEnvironment() {
        String hostPort = jdbcBaseUrl.replace("jdbc:mysql://", "").replaceAll("/.*$", "");
        return Map.of(
                "RAPPORT_DB_HOST", hostPort.substring(0, hostPort.lastIndexOf(':')),
                "RAPPORT_DB_PORT", hostPort.substring(hostPort.lastIndexOf(':') + 1),
                "RAPPORT_DB_USER", dbUser,
                "RAPPORT_DB_PASSWORD", dbPassword,
                "RAPPORT_KEYCLOAK_URL", keycloakUrl);
    }

    private static TestServers start() {
        String url = System.getenv("RAPPORT_TEST_DB_URL");
        String kc = System.getenv("RAPPORT_TEST_KEYCLOAK_URL");
        String ui = System.getenv("RAPPORT_TEST_UI_URL");
        if (url != null && kc != null && ui != null) {
            return new TestServers(
                    url,
                    env("RAPPORT_TEST_DB_USER", "rapport"),
                    env("RAPPORT_TEST_DB_PASSWORD", "rapport"),
                    kc,
                    ui,
                    "infra/dev test");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return containers();
        }
        return local();
    }

    @SuppressWarnings("resource") // the containers live as long as the test JVM (Testcontainers' reaper ends them)
    private static TestServers containers() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                .withUsername("root")
                .withPassword("rapport")
                .withCommand("--table-definition-cache=40000", "--table-open-cache=40000");
        mysql.start();
        String ui = "http://127.0.0.1:" + freePort();
        KeycloakContainer keycloak = new KeycloakContainer("quay.io/keycloak/keycloak:26.7")
                .withEnv("RAPPORT_UI_PUBLIC_URL", ui)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(repoRoot().resolve("infra/keycloak/rapport-realm.json")),
                        "/opt/keycloak/data/import/rapport-realm.json");
        keycloak.start();
        String jdbc = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
        return new TestServers(
                jdbc, "root", "rapport", keycloak.getAuthServerUrl().replaceAll("/$", ""), ui, "testcontainers");
    }

    private static TestServers local() {
        try {
            Path dir = Files.createTempDirectory("rapport-test-servers");
            Path dev = repoRoot().resolve("infra/dev");
            Process p = new ProcessBuilder(dev.toString(), "servers", "start", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            Map<String, String> values = new HashMap<>();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (line.startsWith("RAPPORT_TEST_") && eq > 0) {
                        values.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            if (p.waitFor() != 0 || !values.containsKey("RAPPORT_TEST_DB_URL")) {
                throw new IllegalStateException("infra/dev servers start failed (exit " + p.exitValue() + ")");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder(dev.toString(), "servers", "stop", dir.toString())
                            .inheritIO()
                            .start()
                            .waitFor();
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is ending; the servers' PIDs are in the temp folder
                }
            }));
            return new TestServers(
                    values.get("RAPPORT_TEST_DB_URL"),
                    values.get("RAPPORT_TEST_DB_USER"),
                    values.get("RAPPORT_TEST_DB_PASSWORD"),
                    values.get("RAPPORT_TEST_KEYCLOAK_URL"),
                    values.get("RAPPORT_TEST_UI_URL"),
                    "local servers");
        } catch (IOException e) {
            throw new IllegalStateException("could not start the local test servers", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The repository's top folder: the nearest parent of the working directory that holds {@code infra/dev}. */
    public static Path repoRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isExecutable(p.resolve("infra/dev"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("infra/dev not found above " + System.getProperty("user.dir"));
        }
        return p;
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
