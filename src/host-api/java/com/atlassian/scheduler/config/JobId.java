package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0, final value class); clean-room value behaviour. Never packaged. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String key;

    private JobId(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public int compareTo(JobId other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
