package com.atlassian.scheduler;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0): a checked exception. Never packaged. */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
