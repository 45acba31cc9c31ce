package dev.productops.standin.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira's scheduler. {@code RUN_LOCALLY} jobs run on a thread of this node from their first run time. With a shared
 * database, {@code RUN_ONCE_PER_CLUSTER} jobs are kept in it ({@code clusteredjob}, as Jira's Caesium scheduler keeps
 * them) and every node polls for due jobs; a node runs a due job only after claiming it with one UPDATE that succeeds
 * for one node alone, and the claim is a lease, so a node that dies mid-run does not keep the job from the others.
 * Rescheduling a job id replaces its schedule, as in Jira. Jobs whose runner is not registered here are left to a node
 * that has it.
 */
public final class StandInScheduler implements SchedulerService, AutoCloseable {
    static final String TABLE = "clusteredjob";
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();
    private final Set<JobId> clustered = ConcurrentHashMap.newKeySet();
    private final Map<JobId, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final SharedDatabase database;
    private final String node;
    private final ScheduledExecutorService threads = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stand-in-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    /** One node on its own: every job runs here. */
    public StandInScheduler() {
        this(null, "standalone", Duration.ZERO);
    }

    /**
     * A node of a cluster: cluster-wide jobs live in {@code database}, and this node looks for due ones every
     * {@code poll}.
     */
    public StandInScheduler(SharedDatabase database, String node, Duration poll) {
        this.database = database;
        this.node = node;
        if (database != null) {
            database.createTable(TABLE, "job_id VARCHAR(255) NOT NULL PRIMARY KEY, job_runner_key VARCHAR(255) NOT NULL, "
                    + "interval_millis BIGINT NOT NULL, next_run BIGINT NOT NULL, claimed_by VARCHAR(255), "
                    + "lease_until BIGINT, last_run_by VARCHAR(255)");
            threads.scheduleWithFixedDelay(this::pollSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

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
        if (database != null && config.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER) {
            long next = firstRun == null ? System.currentTimeMillis() : firstRun.getTime();
            store(id, config.getJobRunnerKey(), schedule.getIntervalInMillis(), next);
            clustered.add(id);
            return;
        }
        long first = firstRun == null ? 0 : Math.max(0, firstRun.getTime() - System.currentTimeMillis());
        Runnable job = () -> run(id, config.getJobRunnerKey());
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
        if (clustered.remove(id)) {
            database.inTransaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE job_id = ?")) {
                    delete.setString(1, id.toString());
                    return delete.executeUpdate();
                }
            });
        }
    }

    /** Whether a job with this id is scheduled (for tests of the plugin's start-up). */
    public boolean isScheduled(JobId id) {
        return jobs.containsKey(id) || clustered.contains(id);
    }

    /** How often this node has run the job (for tests that a cluster-wide job ran once). */
    public int runCount(JobId id) {
        AtomicInteger count = runs.get(id);
        return count == null ? 0 : count.get();
    }

    /**
     * Runs the cluster-wide jobs due at {@code now} that this node can claim, as the poll does every few seconds;
     * tests call it with a time ahead to run a job without waiting for it. Returns how many jobs this node ran.
     */
    public int runDueJobs(Instant now) {
        if (database == null) {
            return 0;
        }
        int ran = 0;
        for (DueJob due : dueJobs(now.toEpochMilli())) {
            JobRunner runner = runners.get(due.runner());
            if (runner != null && claim(due, now.toEpochMilli())) {
                try {
                    run(due.id(), due.runner());
                    ran++;
                } finally {
                    release(due, now.toEpochMilli());
                }
            }
        }
        return ran;
    }

    private record DueJob(JobId id, JobRunnerKey runner, long interval, long nextRun) {
    }

    private void store(JobId id, JobRunnerKey runner, long interval, long next) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET job_runner_key = ?, interval_millis = ?, next_run = ? WHERE job_id = ?")) {
                update.setString(1, runner.toString());
                update.setLong(2, interval);
                update.setLong(3, next);
                update.setString(4, id.toString());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (job_id, job_runner_key, interval_millis, next_run) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id.toString());
                insert.setString(2, runner.toString());
                insert.setLong(3, interval);
                insert.setLong(4, next);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private List<DueJob> dueJobs(long now) {
        return database.inTransaction(connection -> {
            List<DueJob> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT job_id, job_runner_key, interval_millis, next_run FROM "
                    + TABLE + " WHERE next_run <= ? AND (claimed_by IS NULL OR lease_until < ?)")) {
                select.setLong(1, now);
                select.setLong(2, now);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new DueJob(JobId.of(rows.getString(1)), JobRunnerKey.of(rows.getString(2)), rows.getLong(3), rows.getLong(4)));
                    }
                }
            }
            return due;
        });
    }

    /** The one statement that decides which node runs the job: only one UPDATE finds the row still unclaimed. */
    private boolean claim(DueJob due, long now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET claimed_by = ?, lease_until = ? WHERE job_id = ? AND next_run = ? AND next_run <= ?"
                    + " AND (claimed_by IS NULL OR lease_until < ?)")) {
                update.setString(1, node);
                update.setLong(2, now + LEASE.toMillis());
                update.setString(3, due.id().toString());
                update.setLong(4, due.nextRun());
                update.setLong(5, now);
                update.setLong(6, now);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** The next run after this one (a run-once job is done), and the claim given back. */
    private void release(DueJob due, long now) {
        database.inTransaction(connection -> {
            if (due.interval() == 0) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + TABLE + " WHERE job_id = ? AND claimed_by = ?")) {
                    delete.setString(1, due.id().toString());
                    delete.setString(2, node);
                    return delete.executeUpdate();
                }
            }
            long next = due.nextRun() + due.interval();
            if (next <= now) {
                // Missed runs (every node was down) are not caught up one by one; the next is one interval from now.
                next = now + due.interval();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET next_run = ?, claimed_by = NULL, lease_until = NULL, last_run_by = ? WHERE job_id = ? AND claimed_by = ?")) {
                update.setLong(1, next);
                update.setString(2, node);
                update.setString(3, due.id().toString());
                update.setString(4, node);
                return update.executeUpdate();
            }
        });
    }

    private void pollSafely() {
        try {
            runDueJobs(Instant.now());
        } catch (RuntimeException e) {
            System.err.println("[stand-in scheduler] " + node + ": polling for due jobs failed: " + e.getMessage());
        }
    }

    private void run(JobId id, JobRunnerKey key) {
        JobRunner runner = runners.get(key);
        if (runner != null) {
            Date start = new Date();
            JobRunnerResponse response = runner.runJob(() -> start);
            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            System.out.println("[stand-in scheduler] " + node + " ran " + key + ": " + response);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
