package dev.productops.jira.domain.insight;

import java.util.Objects;

/** A customer whose voice an insight carries; annual revenue (ARR) is in whole units of {@code currency}. */
public record Customer(int id, String name, String segment, long annualRevenue, String currency) {
    public Customer {
        Objects.requireNonNull(name, "name");
        if (annualRevenue < 0) {
            throw new IllegalArgumentException("annual revenue must not be negative");
        }
    }
}
