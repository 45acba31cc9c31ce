package dev.productops.jira.domain.dependency;

/**
 * When an issue is planned: its sprint, or its fix version, with dates where Jira has them.
 *
 * @param name     what people call it ("PAY Sprint 12", "2.4.0"), for reasons
 * @param sequence the sprint board or the version's project the window belongs to; windows of one
 *                 sequence are ordered by {@code position}, windows of different sequences only by
 *                 dates. {@link #NO_SEQUENCE} when the order is unknown.
 * @param position the place in the sequence (sprint or version order), lower = earlier
 * @param start    first day, or null (versions often have only a release date)
 * @param end      last day (sprint end, version release date), or null
 */
public record PlannedWindow(String name, long sequence, int position, java.time.LocalDate start, java.time.LocalDate end) {
    public static final long NO_SEQUENCE = Long.MIN_VALUE;

    /** A window known only by its dates, comparable to others by dates alone. */
    public static PlannedWindow dated(String name, java.time.LocalDate start, java.time.LocalDate end) {
        return new PlannedWindow(name, NO_SEQUENCE, 0, start, end);
    }
}
