package dev.productops.jira.application.metrics;

import java.time.LocalDate;

/** For tests outside this package: the days a requested period covers for a viewer whose today is given. */
public final class MetricQueryDays {
    private MetricQueryDays() {
    }

    public static void resolve(RequestedPeriod period, LocalDate today) {
        period.on(today);
    }
}
