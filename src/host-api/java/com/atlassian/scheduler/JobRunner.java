package com.atlassian.scheduler;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0), complete: the app implements it. Never packaged. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
