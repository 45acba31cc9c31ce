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

    public static JobRunnerResponse failed(String message) {
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
