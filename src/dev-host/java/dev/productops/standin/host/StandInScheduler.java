package dev.productops.standin.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.IntervalScheduleInfo;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Jira's scheduler, for one node: interval jobs run on a background thread from their first run time, and
 * rescheduling a job id replaces its schedule, as in Jira. Jobs whose runner is not registered are skipped.
 */
public final class StandInScheduler implements SchedulerService, AutoCloseable {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService threads = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stand-in-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId id, JobConfig config) {
        unscheduleJob(id);
        IntervalScheduleInfo schedule = config.getSchedule().getIntervalScheduleInfo();
        Date firstRun = schedule.getFirstRunTime();
        long first = firstRun == null ? 0 : Math.max(0, firstRun.getTime() - System.currentTimeMillis());
        Runnable job = () -> run(config.getJobRunnerKey());
        // An interval of 0 is Jira's "run once".
        jobs.put(id, schedule.getIntervalInMillis() == 0
                ? threads.schedule(job, first, TimeUnit.MILLISECONDS)
                : threads.scheduleAtFixedRate(job, first, schedule.getIntervalInMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void unscheduleJob(JobId id) {
        ScheduledFuture<?> job = jobs.remove(id);
        if (job != null) {
            job.cancel(false);
        }
    }

    /** Whether a job with this id is scheduled (for tests of the plugin's start-up). */
    public boolean isScheduled(JobId id) {
        return jobs.containsKey(id);
    }

    private void run(JobRunnerKey key) {
        JobRunner runner = runners.get(key);
        if (runner != null) {
            Date start = new Date();
            JobRunnerResponse response = runner.runJob(() -> start);
            System.out.println("[stand-in scheduler] " + key + ": " + response);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
