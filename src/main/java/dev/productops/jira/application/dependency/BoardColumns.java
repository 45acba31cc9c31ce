package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.BoardView.Column;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardVersion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lays issues out in time. Versions of different teams that share a planning window (same dates) become one
 * column, named by what the teams call it without their project key ("PAY Sprint 22" and "CHK Sprint 22"
 * are "Sprint 22"). Months use the due date. Anything unplanned goes to the last column, "Unscheduled".
 */
final class BoardColumns {
    static final String UNSCHEDULED = "unscheduled";

    private final BoardQuery.Layout mode;
    private final List<Column> columns = new ArrayList<>();
    private final Map<Long, String> columnOfVersion = new LinkedHashMap<>();

    /** Versions of other teams' projects: their issues are placed by these versions' dates. */
    private final Map<Long, BoardVersion> otherVersions = new LinkedHashMap<>();

    BoardColumns(BoardQuery.Layout mode, List<BoardProject> projects, List<BoardProject> otherProjects, List<BoardIssue> issues,
                 LocalDate from, LocalDate to) {
        this.mode = mode;
        otherProjects.forEach(p -> p.versions().forEach(v -> otherVersions.put(v.id(), v)));
        if (mode == BoardQuery.Layout.MONTH) {
            TreeMap<YearMonth, Column> months = new TreeMap<>();
            for (BoardIssue issue : issues) {
                if (issue.dueDate() != null) {
                    YearMonth month = YearMonth.from(issue.dueDate());
                    months.putIfAbsent(month, new Column(month.toString(), month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                            java.util.Locale.ENGLISH) + " " + month.getYear(), month.atDay(1), month.atEndOfMonth()));
                }
            }
            months.values().stream().filter(c -> overlaps(c, from, to)).forEach(columns::add);
        } else {
            Map<String, List<String>> namesByWindow = new LinkedHashMap<>();
            Map<String, BoardVersion> firstByWindow = new LinkedHashMap<>();
            List<BoardVersion> all = new ArrayList<>();
            for (BoardProject project : projects) {
                for (BoardVersion version : project.versions()) {
                    String window = window(project, version);
                    namesByWindow.computeIfAbsent(window, w -> new ArrayList<>()).add(withoutProjectKey(project.key(), version.name()));
                    firstByWindow.putIfAbsent(window, version);
                    columnOfVersion.put(version.id(), window);
                    all.add(version);
                }
            }
            firstByWindow.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, BoardVersion> e) -> e.getValue().release(), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> new Column(e.getKey(), name(namesByWindow.get(e.getKey())), e.getValue().start(), e.getValue().release()))
                    .filter(c -> overlaps(c, from, to))
                    .forEach(columns::add);
        }
        columns.add(new Column(UNSCHEDULED, "Unscheduled", null, null));
    }

    List<Column> columns() {
        return columns;
    }

    String nameOf(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).map(Column::name).findFirst().orElse(null);
    }

    /** The column an issue belongs in, or empty when its column is outside the chosen dates. */
    Optional<String> columnOf(BoardIssue issue) {
        String id;
        if (mode == BoardQuery.Layout.MONTH) {
            id = issue.dueDate() == null ? UNSCHEDULED : YearMonth.from(issue.dueDate()).toString();
        } else if (issue.versionId() == null) {
            id = UNSCHEDULED;
        } else if (columnOfVersion.containsKey(issue.versionId())) {
            id = columnOfVersion.get(issue.versionId());
        } else {
            id = columnByDates(otherVersions.get(issue.versionId()));
        }
        return columns.stream().map(Column::id).filter(id::equals).findFirst();
    }

    /**
     * The column of another team's version: the board's window with the same dates, else the first window that
     * contains its end (its release date), else unscheduled.
     */
    private String columnByDates(BoardVersion version) {
        if (version == null || version.release() == null) {
            return UNSCHEDULED;
        }
        for (Column column : columns) {
            if (column.end() != null && column.end().equals(version.release()) && java.util.Objects.equals(column.start(), version.start())) {
                return column.id();
            }
        }
        for (Column column : columns) {
            if (column.end() != null && !version.release().isAfter(column.end())
                    && (column.start() == null || !version.release().isBefore(column.start()))) {
                return column.id();
            }
        }
        return UNSCHEDULED;
    }

    private static String window(BoardProject project, BoardVersion version) {
        if (version.start() == null && version.release() == null) {
            return "version-" + version.id();
        }
        return version.start() + "_" + version.release();
    }

    static String withoutProjectKey(String projectKey, String name) {
        String prefix = projectKey + " ";
        return name.regionMatches(true, 0, prefix, 0, prefix.length()) ? name.substring(prefix.length()) : name;
    }

    private static String name(List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : String.join(" / ", distinct.subList(0, Math.min(3, distinct.size())))
                + (distinct.size() > 3 ? " …" : "");
    }

    private static boolean overlaps(Column column, LocalDate from, LocalDate to) {
        boolean endsBefore = from != null && column.end() != null && column.end().isBefore(from);
        boolean startsAfter = to != null && column.start() != null && column.start().isAfter(to);
        return !endsBefore && !startsAfter;
    }
}
