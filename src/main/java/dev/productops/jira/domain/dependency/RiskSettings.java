package dev.productops.jira.domain.dependency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The inputs the rules need besides the facts: the day to judge on (the domain never reads a clock,
 * so a board can be replayed for any date and tests are exact) and after how many days without an
 * update a blocker counts as stale.
 */
public record RiskSettings(LocalDate today, int staleAfterDays) {
    public static final int DEFAULT_STALE_AFTER_DAYS = 14;

    public RiskSettings {
        Objects.requireNonNull(today, "today");
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException("staleAfterDays must be at least 1, was " + staleAfterDays);
        }
    }

    public static RiskSettings on(LocalDate today) {
        return new RiskSettings(today, DEFAULT_STALE_AFTER_DAYS);
    }

    public RiskSettings staleAfter(int days) {
        return new RiskSettings(today, days);
    }
}
