package dev.productops.jira.adapter.schedule;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.productops.jira.application.metrics.DependencySnapshotJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dependency snapshot once a day on one node of the cluster (Jira's scheduler keeps the schedule in the
 * database, so a restart or a second node neither skips nor doubles it; a day run twice is replaced, not added).
 * Registered when the plugin starts, unregistered when it stops.
 */
public class DailyDependencySnapshot implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.productops.jira:dependency-snapshot");
    static final JobId JOB = JobId.of("dev.productops.jira:dependency-snapshot-daily");
    private static final long DAY = TimeUnit.DAYS.toMillis(1);
    /** Long enough after start for Jira to settle; the first snapshot must not wait a whole day. */
    private static final long FIRST_RUN_DELAY = TimeUnit.MINUTES.toMillis(5);
    private static final Logger LOG = LoggerFactory.getLogger(DailyDependencySnapshot.class);

    private final SchedulerService scheduler;
    private final DependencySnapshotJob job;

    public DailyDependencySnapshot(SchedulerService scheduler, DependencySnapshotJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(DAY, new Date(System.currentTimeMillis() + FIRST_RUN_DELAY))));
        } catch (SchedulerServiceException e) {
            LOG.error("Product Ops for Jira could not schedule the daily dependency snapshot; dependency-health trends will "
                    + "have no new points until the plugin is restarted.", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int recorded = job.takeSnapshot();
            return JobRunnerResponse.success("Recorded " + recorded + " open cross-team dependencies.");
        } catch (RuntimeException e) {
            LOG.error("The daily dependency snapshot failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
