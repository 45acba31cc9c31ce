package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Customers and customer evidence for the sample organisation, captured through the plugin's REST API as admin
 * (so validation and permissions apply) the first time the stand-in starts with an empty database. Every piece of
 * evidence is about the issue it is linked to: the landmark issues have their own, hand-written; the others get evidence
 * written from their own summary (feature and area) in the voice its source would use.
 */
public final class SampleInsights {
    /** Five segments, three currencies, a few large customers and many small ones. */
    private static final String[][] CUSTOMERS = {
            {"Northwind Traders", "Enterprise", "480000", "USD"},
            {"Umbrella Health", "Enterprise", "610000", "EUR"},
            {"Globex Retail Group", "Enterprise", "350000", "USD"},
            {"Stark Logistics", "Mid-market", "150000", "GBP"},
            {"Soylent Foods", "Mid-market", "120000", "EUR"},
            {"Initech Supplies", "Mid-market", "90000", "USD"},
            {"Hooli Home", "SMB", "24000", "USD"},
            {"Wayne Garden Centres", "SMB", "18000", "GBP"},
            {"City of Rotterdam", "Public sector", "75000", "EUR"},
            {"NHS Supply Partners", "Public sector", "140000", "GBP"},
            {"Blue Harbour Agency", "Partner", "36000", "EUR"},
            {"Peak Commerce Consulting", "Partner", "28000", "USD"},
    };

    /** {issue keys, title, quote, source, importance}: the evidence behind the issues the README's examples use. */
    private static final String[][] LANDMARK_EVIDENCE = {
            {"PAY-7", "PCI audit flags the legacy card vault",
                    "Auditor's finding: card data in the legacy vault must move to tokenised storage before the next assessment.",
                    "interview", "3"},
            {"PAY-7,PLAT-5", "Card payments failed during a credential rotation",
                    "Support ticket: \"Card payments failed for twenty minutes while you rotated the card vault's credentials.\"",
                    "support-ticket", "2"},
            {"PAY-15,MOB-3", "Wants Apple Pay at checkout",
                    "\"Most of our shoppers are on iPhones. Without Apple Pay they give up at the card form.\"", "sales-call", "3"},
            {"MOB-3", "App reviews ask for Apple Pay",
                    "App Store review: \"Please add Apple Pay, typing my card number on the phone is painful.\"", "review", "2"},
            {"CHK-20,SRCH-8", "Orders taken for items out of stock",
                    "\"We refund about forty orders a week because checkout sold items we no longer had.\"", "interview", "3"},
            {"PAY-22", "Finance reconciles payouts by hand",
                    "\"Every morning two people match payouts to orders in a spreadsheet.\"", "interview", "2"},
            {"CHK-30", "Gift cards before the holiday season",
                    "Three retail customers asked for gift cards in the cart before November.", "sales-call", "2"},
            {"DATA-9", "Blind during flash sales",
                    "\"During a flash sale we are blind for an hour: we need the checkout events as they happen.\"", "interview", "1"},
    };

    /** How each source speaks about an issue of each type: {title, quote, source, importance}; %1$s feature, %2$s area. */
    private static final Map<String, String[][]> VOICES = Map.of(
            "Story", new String[][]{
                    {"Asks for %1$s in %2$s", "\"Our team keeps asking when %1$s comes to %2$s. It is the first thing they miss.\"",
                            "interview", "2"},
                    {"Renewal depends on %1$s", "Renewal call: the buyer named %1$s in %2$s as a condition for the next term.",
                            "sales-call", "3"},
                    {"Survey: %1$s among the top requests", "Quarterly survey: %1$s in %2$s is among the three most requested improvements.",
                            "survey", "1"}},
            "Bug", new String[][]{
                    {"Errors with %1$s in %2$s", "Support ticket: \"Since this morning we see errors with %1$s in %2$s, and our customers are calling us.\"",
                            "support-ticket", "3"},
                    {"Users drop off after %1$s errors", "Session data: one session in twenty ends in %2$s right after a %1$s error.",
                            "usage-data", "2"},
                    {"Store review complains about %1$s", "\"Two stars: I keep getting errors with %1$s in %2$s.\"", "review", "1"}},
            "Task", new String[][]{
                    {"Incident report names %1$s", "Post-incident review: %1$s in %2$s made the outage longer for this customer.",
                            "support-ticket", "2"},
                    {"Wants an SLA covering %1$s", "Procurement asks for a written SLA on %1$s in %2$s before expanding the contract.",
                            "sales-call", "2"}},
            "Epic", new String[][]{
                    {"Bets the roll-out on %1$s", "Executive sponsor: \"If %1$s lands in %2$s this year, we roll you out to every region.\"",
                            "interview", "3"}});

    /** Teams whose work customers do not see: their evidence is the landmark incidents above, not customer voices. */
    private static final java.util.Set<String> INTERNAL_TEAMS = java.util.Set.of("PLAT");

    /** Insights linked to open work, landmark evidence included. */
    public static final int OPEN_EVIDENCE = 36;
    /** Insights linked to recently delivered issues. */
    public static final int DELIVERED_EVIDENCE = 16;

    private SampleInsights() {
    }

    /** Does nothing when customers already exist: the database is reused between runs. */
    public static void seedIfEmpty(HostData data, PluginRestClient api, long seed) {
        if (api.get("/customers?maxResults=1").path("total").asInt() > 0) {
            return;
        }
        // Customers choose from the managed segment list, so the sample's five segments are listed first.
        api.put("/settings/segments", Map.of("segments", Arrays.stream(CUSTOMERS).map(c -> c[1]).distinct()
                .map(segment -> Map.of("name", segment)).toList()));
        List<Integer> customers = new ArrayList<>();
        for (String[] c : CUSTOMERS) {
            customers.add(api.post("/customers", Map.of("name", c[0], "segment", c[1], "arr", Long.parseLong(c[2]), "currency", c[3]))
                    .path("id").asInt());
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int captured = 0;
        for (String[] e : LANDMARK_EVIDENCE) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (String key : e[0].split(",")) {
                links.add(link(key, Integer.parseInt(e[4])));
            }
            api.post("/insights", insight(e[1], e[2], e[3], customer(customers, random, captured), today.minusDays(40 - captured),
                    tagOf(e[3]), links));
            captured++;
        }
        List<HostIssue> open = new ArrayList<>(data.issues().stream()
                .filter(i -> !i.isDone() && !LandmarkIssue.BY_KEY.containsKey(i.key())).toList());
        Collections.shuffle(open, random);
        for (HostIssue issue : open) {
            if (captured == OPEN_EVIDENCE) {
                break;
            }
            Optional<Map<String, Object>> insight = aboutIssue(issue, open, customer(customers, random, captured),
                    today.minusDays(60 - captured), random, null);
            if (insight.isPresent()) {
                api.post("/insights", insight.get());
                captured++;
            }
        }
        captureEvidenceBehindDeliveredWork(data, api, customers, random, today);
    }

    /**
     * Evidence linked to issues resolved in the last twelve weeks, captured in the weeks before, so that the metrics
     * gadget's evidence coverage and insight intake have something true to show from the first start.
     */
    private static void captureEvidenceBehindDeliveredWork(HostData data, PluginRestClient api, List<Integer> customers,
                                                           Random random, LocalDate today) {
        List<HostIssue> delivered = new ArrayList<>(data.issues().stream()
                .filter(i -> i.isDone() && i.resolutionDate() != null)
                .filter(i -> !i.resolutionDate().isBefore(today.minusWeeks(12).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList());
        Collections.shuffle(delivered, random);
        int captured = 0;
        for (HostIssue issue : delivered) {
            if (captured == DELIVERED_EVIDENCE) {
                break;
            }
            LocalDate resolved = issue.resolutionDate().atZone(ZoneOffset.UTC).toLocalDate();
            Optional<Map<String, Object>> insight = aboutIssue(issue, List.of(), customer(customers, random, captured),
                    resolved.minusDays(10 + random.nextInt(30)), random, "delivered");
            if (insight.isPresent()) {
                api.post("/insights", insight.get());
                captured++;
            }
        }
    }

    /**
     * Evidence about this issue, from the feature and area its summary names; also linked, less strongly, to another
     * team's open issue about the same feature when there is one. Empty when the summary names no known feature.
     */
    private static Optional<Map<String, Object>> aboutIssue(HostIssue issue, List<HostIssue> others, Integer customerId,
                                                            LocalDate capturedOn, Random random, String tag) {
        Optional<SampleTeam> team = SampleTeam.ALL.stream().filter(t -> issue.key().startsWith(t.key() + "-"))
                .filter(t -> !INTERNAL_TEAMS.contains(t.key())).findFirst();
        String summary = issue.summary().toLowerCase(Locale.ROOT);
        Optional<String> feature = team.flatMap(t -> t.features().stream().filter(f -> summary.contains(f.toLowerCase(Locale.ROOT))).findFirst());
        Optional<String> area = team.flatMap(t -> t.areas().stream().filter(a -> summary.contains(a.toLowerCase(Locale.ROOT))).findFirst());
        String[][] voices = VOICES.get(issue.issueType());
        if (feature.isEmpty() || area.isEmpty() || voices == null) {
            return Optional.empty();
        }
        String[] voice = voices[random.nextInt(voices.length)];
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(issue.key(), Integer.parseInt(voice[3])));
        String about = feature.get().toLowerCase(Locale.ROOT);
        others.stream()
                .filter(other -> !other.key().split("-")[0].equals(issue.key().split("-")[0]))
                .filter(other -> other.summary().toLowerCase(Locale.ROOT).contains(about))
                .findFirst()
                .ifPresent(other -> links.add(link(other.key(), 1)));
        return Optional.of(insight(capitalised(String.format(voice[0], feature.get(), area.get())),
                String.format(voice[1], feature.get(), area.get()), voice[2], customerId, capturedOn,
                tag != null ? tag : tagOf(voice[2]), links));
    }

    /** Every fifth piece of evidence has no customer: a survey or a store review often cannot say who. */
    private static Integer customer(List<Integer> customers, Random random, int index) {
        // drawn even when unused, so that every later draw of the seed stays where it was
        Integer chosen = customers.get(random.nextInt(customers.size()));
        return index % 5 == 4 ? null : chosen;
    }

    private static String tagOf(String source) {
        return source.equals("sales-call") ? "renewal" : "feedback";
    }

    private static Map<String, Object> insight(String title, String quote, String source, Integer customerId, LocalDate capturedOn,
                                               String tag, List<Map<String, Object>> links) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("quote", quote);
        body.put("source", source);
        body.put("customerId", customerId);
        body.put("capturedOn", capturedOn.toString());
        body.put("tags", List.of(tag));
        body.put("links", links);
        return body;
    }

    private static Map<String, Object> link(String issueKey, int importance) {
        return Map.of("issueKey", issueKey, "importance", importance);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
