package app.rapport.quality;

import app.rapport.api.common.TenantRole;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityMetric;
import app.rapport.care.Members;
import app.rapport.inbox.Notifier;
import app.rapport.platform.tenant.NightlyJob;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Once a night (03:45 the tenant's time) every metric's chart is computed and each signal not seen before is recorded
 * ({@code chart_signal}, INSERT IGNORE: once, whichever replica runs it); one in the last four weeks is told to the
 * admins and account managers in their inbox. Older ones (a first run, a new baseline) are recorded quietly: the chart
 * lists them, nobody needs a notice about last spring.
 */
@Singleton
@Requires(property = "rapport.quality.nightly", notEquals = "false")
public class NightlyChartSignals implements NightlyJob {
    static final int RECENT_WEEKS = 4;

    private final QualityCharts charts;
    private final JdbcOperations jdbc;
    private final Members members;
    private final Notifier notifier;
    private final Clock clock;
    private final LocalTime at;

    NightlyChartSignals(
            QualityCharts charts,
            JdbcOperations jdbc,
            Members members,
            Notifier notifier,
            Clock clock,
            @Value("${rapport.quality.nightly-at:`03:45`}") String at) {
        this.charts = charts;
        this.jdbc = jdbc;
        this.members = members;
        this.notifier = notifier;
        this.clock = clock;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "chart-signals";
    }

    @Override
    public LocalTime at() {
        return at;
    }

    @Override
    @Transactional
    public String run() {
        LocalDate recent =
                WeeklySeries.monday(Instant.now(clock), clock.getZone()).minusWeeks(RECENT_WEEKS);
        List<String> to = members.all().stream()
                .filter(m -> m.role() == TenantRole.TENANT_ADMIN || m.role() == TenantRole.ACCOUNT_MANAGER)
                .map(app.rapport.api.care.Member::username)
                .toList();
        int fresh = 0;
        int told = 0;
        for (QualityMetric metric : QualityMetric.values()) {
            ControlChartView chart = charts.chart(metric);
            for (ChartSignalView s : chart.signals()) {
                if (record(metric, s) == 1) {
                    fresh++;
                    if (!s.week().isBefore(recent) && !to.isEmpty()) {
                        notifier.tell(
                                to,
                                NoticeKind.CHART_SIGNAL,
                                null,
                                Map.of(
                                        "metric",
                                        metric.name(),
                                        "week",
                                        s.week().toString(),
                                        "rule",
                                        s.rule().name()));
                        told++;
                    }
                }
            }
        }
        return fresh + " new signals, " + told + " told";
    }

    private int record(QualityMetric metric, ChartSignalView s) {
        return jdbc.prepareStatement(
                "INSERT IGNORE INTO chart_signal (metric, week, rule, seen_at) VALUES (?, ?, ?, ?)", st -> {
                    st.setString(1, metric.name());
                    st.setDate(2, Date.valueOf(s.week()));
                    st.setString(3, s.rule().name());
                    st.setTimestamp(4, Timestamp.from(Instant.now(clock)));
                    return st.executeUpdate();
                });
    }
}
