package dev.productops.jira.domain.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The customer segments administrators manage, in their order, each with the evidence score's weight (1 is
 * neutral). A name appears once, ignoring case: "enterprise" typed in a CSV is the segment "Enterprise".
 */
public record SegmentList(List<Segment> segments) {
    public static final double MAX_WEIGHT = 10;
    public static final double DEFAULT_WEIGHT = 1;
    public static final int SEGMENTS_MAX = 100;
    public static final SegmentList EMPTY = new SegmentList(List.of());

    public SegmentList {
        segments = List.copyOf(segments);
    }

    public record Segment(String name, double weight) {
        public String key() {
            return keyOf(name);
        }
    }

    /** One line of what an administrator sends; {@code renamedFrom} names the segment this one was before. */
    public record Entry(String name, Number weight, String renamedFrom) {
    }

    /** What an administrator sends, checked against the list as it is ({@code current}), so renames can be matched. */
    public record Change(SegmentList next, Map<String, String> renames, List<String> removed) {
    }

    public static String keyOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public Optional<Segment> named(String name) {
        String key = keyOf(name.strip());
        return segments.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Weights by segment name for the score; every listed segment is there, unweighted ones at 1. */
    public Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        segments.forEach(s -> weights.put(s.name(), s.weight()));
        return weights;
    }

    /** This list, then each segment customers use that it lacks (at weight 1), so no customer loses its segment. */
    public SegmentList withSegmentsInUse(Collection<String> inUse) {
        List<Segment> all = new ArrayList<>(segments);
        Set<String> keys = new HashSet<>();
        segments.forEach(s -> keys.add(s.key()));
        inUse.stream().filter(name -> name != null && !name.isBlank()).sorted(String.CASE_INSENSITIVE_ORDER).forEach(name -> {
            if (keys.add(keyOf(name))) {
                all.add(new Segment(name, DEFAULT_WEIGHT));
            }
        });
        return new SegmentList(all);
    }

    /**
     * Checks a new list against this one: names of 1 to 100 characters without ';' (it separates entries where the
     * list is stored), weights from 0 to 10 (1 when left out), no name twice, and a rename only of a segment this
     * list has. Every broken rule is reported at once, by line ({@code segments[2].weight}).
     */
    public Change change(List<Entry> entries) {
        InputCheck check = new InputCheck();
        List<Segment> next = new ArrayList<>();
        Map<String, String> renames = new LinkedHashMap<>();
        if (entries == null) {
            check.fail("segments", "Must be a list of segments, such as [{\"name\": \"Enterprise\", \"weight\": 1.5}].");
        } else if (entries.size() > SEGMENTS_MAX) {
            check.fail("segments", "At most " + SEGMENTS_MAX + " segments.");
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String field = "segments[" + i + "]";
                Entry entry = entries.get(i);
                if (entry == null) {
                    check.fail(field, "Must be a segment, not null.");
                    continue;
                }
                String name = check.required(field + ".name", entry.name(), CustomerDetails.SEGMENT_MAX);
                if (name != null && name.contains(";")) {
                    check.fail(field + ".name", "Must not contain ';'.");
                } else if (name != null && !names.add(keyOf(name))) {
                    check.fail(field + ".name", "'" + name + "' is in the list twice.");
                }
                double weight = entry.weight() == null ? DEFAULT_WEIGHT : entry.weight().doubleValue();
                if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
                    check.fail(field + ".weight", "Must be a number from 0 to " + (int) MAX_WEIGHT + " (1 is neutral).");
                }
                if (entry.renamedFrom() != null && name != null) {
                    Optional<Segment> old = named(entry.renamedFrom());
                    if (old.isEmpty()) {
                        check.fail(field + ".renamedFrom", "There is no segment '" + entry.renamedFrom().strip() + "' to rename.");
                    } else if (renames.containsKey(old.get().key())) {
                        check.fail(field + ".renamedFrom", "'" + old.get().name() + "' is renamed twice.");
                    } else {
                        renames.put(old.get().key(), name);
                    }
                }
                if (name != null) {
                    next.add(new Segment(name, weight));
                }
            }
        }
        check.throwIfAny();
        Set<String> kept = new HashSet<>(renames.keySet());
        next.forEach(s -> kept.add(s.key()));
        List<String> removed = segments.stream().filter(s -> !kept.contains(s.key())).map(Segment::name).toList();
        renames.entrySet().removeIf(rename -> named(rename.getKey()).map(Segment::name).orElseThrow().equals(rename.getValue()));
        Map<String, String> byName = new LinkedHashMap<>();
        renames.forEach((key, name) -> byName.put(named(key).orElseThrow().name(), name));
        return new Change(new SegmentList(next), byName, removed);
    }
}
