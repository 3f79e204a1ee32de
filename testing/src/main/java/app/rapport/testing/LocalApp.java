package app.rapport.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Runs a packaged Rapport jar (backend or UI) as its own process, as browser tests and benchmarks need it. */
public final class LocalApp {
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private LocalApp() {}

    /** Starts {@code java -Xmx512m -jar jar} with the same JDK as this JVM, its output in {@code log}. */
    public static Process launch(Path jar, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /**
     * Waits until {@code url} answers {@code status} (redirects not followed) and returns the seconds since the
     * process started; fails when the process exits or is not ready within two minutes.
     */
    public static double awaitStatus(Process process, String url, int status) throws InterruptedException {
        Instant started = process.info().startInstant().orElse(Instant.now());
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(url + ": the process exited with " + process.exitValue());
            }
            try {
                int answered = NO_REDIRECTS
                        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (answered == status) {
                    return Duration.between(started, Instant.now()).toMillis() / 1000.0;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(url + " did not answer " + status + " within " + READY_WITHIN);
    }

    /** A loopback port free at the time of asking. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
