package app.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A bench's Markdown report: printed as it grows, written to bench/results/<name>-<date>.md at the end. */
final class BenchReport {
    private final StringBuilder text = new StringBuilder();

    /** "Machine: 2 cores, <vm> <version>." — how every report starts to describe where it ran. */
    static String machine() {
        return "Machine: %d cores, %s %s."
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.version"));
    }

    void line(String s) {
        text.append(s).append('\n');
        System.out.println(s);
        System.out.flush();
    }

    void write(Path root, String name) throws IOException {
        Path out = root.resolve("bench/results/" + name + "-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println("written " + out);
    }
}
