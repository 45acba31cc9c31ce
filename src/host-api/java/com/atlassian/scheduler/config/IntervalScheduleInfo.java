package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Declaration of the host type (atlassian-scheduler-api 4.1.0, final class): what {@code Schedule.forInterval} was
 * given, as the stand-in's scheduler reads it. Clean-room value behaviour; Jira supplies the real class. Never packaged.
 */
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    /** Null means "now". */
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
