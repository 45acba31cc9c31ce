package com.atlassian.scheduler.config;

import java.util.Date;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0, final class); only the interval form. Never packaged. */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    /** Stand-in only (the real class exposes the interval through {@code getIntervalScheduleInfo()}). */
    public long intervalInMillis() {
        return intervalInMillis;
    }

    public Date firstRunTime() {
        return firstRunTime;
    }
}
