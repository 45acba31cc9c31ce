package com.atlassian.scheduler;

import java.util.Date;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0); only the methods this app calls. Never packaged. */
public interface JobRunnerRequest {
    Date getStartTime();
}
