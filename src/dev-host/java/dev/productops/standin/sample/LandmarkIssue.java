package dev.productops.standin.sample;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An issue whose content is fixed whatever the seed, because tests and demos point at it: the Blocks
 * cycle and the date conflicts of {@link SampleOrganisation#LANDMARKS} are built on these.
 *
 * @param dueInDays due date relative to today; null for no due date
 * @param sprint    fix version; null for the backlog
 */
record LandmarkIssue(String key, String summary, String issueType, String statusName, Integer dueInDays,
                     SprintSlot sprint) {

    static final List<LandmarkIssue> ALL = List.of(
            // The cycle: no due dates and one shared release date, so the cycle itself is no date conflict.
            new LandmarkIssue("PAY-7", "Move the card vault to the new tokenisation service", "Story",
                    "In Progress", null, SprintSlot.CURRENT),
            new LandmarkIssue("CHK-12", "Switch checkout to the payment intents API", "Story",
                    "To Do", null, SprintSlot.CURRENT),
            new LandmarkIssue("PLAT-5", "Rotate card vault credentials without downtime", "Task",
                    "In Progress", null, SprintSlot.CURRENT),
            // Date conflicts: each blocker is due (or released) after the issue it blocks.
            new LandmarkIssue("PAY-15", "Support Apple Pay in the payment SDK", "Story",
                    "In Progress", 12, SprintSlot.CURRENT),
            new LandmarkIssue("MOB-3", "Ship Apple Pay in the iOS app", "Story",
                    "To Do", 4, SprintSlot.CURRENT),
            new LandmarkIssue("SRCH-8", "Index the product availability feed", "Story",
                    "To Do", 16, SprintSlot.NEXT),
            new LandmarkIssue("CHK-20", "Show stock availability on the checkout page", "Story",
                    "In Progress", 6, SprintSlot.CURRENT),
            new LandmarkIssue("DATA-4", "Publish payment events to the warehouse", "Task",
                    "In Review", 9, SprintSlot.CURRENT),
            new LandmarkIssue("PAY-22", "Daily reconciliation report for finance", "Story",
                    "In Progress", 2, SprintSlot.CURRENT),
            // No due date: only its fix version's release date makes this one late.
            new LandmarkIssue("PLAT-11", "Upgrade the Kafka cluster to 3.7", "Task",
                    "To Do", null, SprintSlot.NEXT),
            new LandmarkIssue("DATA-9", "Stream checkout events in real time", "Story",
                    "In Progress", 8, SprintSlot.CURRENT),
            new LandmarkIssue("CHK-30", "Support gift cards in the cart", "Story",
                    "In Progress", 5, SprintSlot.CURRENT),
            new LandmarkIssue("MOB-17", "Show gift card balance in the Android app", "Story",
                    "In Progress", -2, SprintSlot.CURRENT));

    static final Map<String, LandmarkIssue> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(LandmarkIssue::key, Function.identity()));
}
