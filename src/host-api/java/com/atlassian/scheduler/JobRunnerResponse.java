package com.atlassian.scheduler;

/**
 * Declaration of the host type (atlassian-scheduler-api 4.1.0, a final class with static factories); a small
 * clean-room behaviour so the stand-in can report outcomes. Never packaged.
 */
public final class JobRunnerResponse {
    private final boolean success;
    private final String message;

    private JobRunnerResponse(boolean success, String message) {
        this.success = success;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    /** Jira refuses a failure without a reason, so the stand-in does too. */
    public static JobRunnerResponse failed(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse(false, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return (success ? "success: " : "failed: ") + message;
    }
}
