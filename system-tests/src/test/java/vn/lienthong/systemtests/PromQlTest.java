package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheMetricsOfAnExpressionAndNothingElse() {
        assertThat(PromQl.metricNames("""
                sum by (step) (rate(lienthong_dossier_step_duration_seconds_bucket{step=~"$step", le!="+Inf"}[$__rate_interval]))
                / on(step) group_left sum(increase(lienthong_dossiers_completed_total[5m] offset 1h)) > 0.5
                and max_over_time(up{job="lienthong"}[10m:1m]) == 1 or vector(0) * 1e3""")).containsExactly(
                "lienthong_dossier_step_duration_seconds_bucket", "lienthong_dossiers_completed_total", "up");
    }

    @Test
    void aMisspelledMetricIsStillAMetric() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, rate(lienthong_dosier_step_bucket[5m]))"))
                .containsExactly("lienthong_dosier_step_bucket");
    }
}
