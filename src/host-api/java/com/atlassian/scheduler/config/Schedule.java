package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Declaration of the host type (atlassian-scheduler-api 4.1.0, final class); only the interval form, which is what
 * the app schedules. Never packaged.
 */
public final class Schedule {
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(IntervalScheduleInfo intervalScheduleInfo) {
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    /** Never null here: the cron form, for which Jira returns null, is not declared. */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }
}
