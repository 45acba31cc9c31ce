package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.EvidenceLink;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.jira.domain.insight.LinkedInsight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The insights library and the issues a viewer may browse, in memory (customers: {@link InMemoryCustomers}). Searches filter the way the
 * stores' SQL does, by plain loops, so a use-case test sees what the library would answer. What the library tests
 * here never call (imports, merges, edits of customers) is refused rather than imitated.
 */
public final class InMemoryLibrary implements InsightStore, InsightLinks, IssueDirectory {
    private final Map<Integer, Insight> insights = new LinkedHashMap<>();
    private final InMemoryCustomers customers;
    private final Map<String, IssueReference> visibleIssues = new HashMap<>();
    private final List<EvidenceLink> links = new ArrayList<>();
    private int nextId = 1;

    public InMemoryLibrary(InMemoryCustomers customers) {
        this.customers = customers;
    }

    public InMemoryLibrary visibleIssue(IssueReference issue) {
        visibleIssues.put(issue.key(), issue);
        return this;
    }

    /** Stores an insight created at {@code created}, so "newest first" has something to order by. */
    public Insight insight(InsightContent content, String authorKey, Instant created) {
        Insight insight = new Insight(nextId++, content, authorKey, created, created, 1);
        insights.put(insight.id(), insight);
        return insight;
    }

    @Override
    public Insight add(InsightContent content, String fingerprint, String authorKey, Instant now) {
        return insight(content, authorKey, now);
    }

    @Override
    public Optional<Insight> find(int id) {
        return Optional.ofNullable(insights.get(id));
    }

    @Override
    public Page<Insight> search(InsightSearch search, int startAt, int maxResults) {
        List<Insight> found = insights.values().stream().filter(i -> matches(i, search))
                .sorted(Comparator.comparing(Insight::created).reversed()).toList();
        return new Page<>(startAt, maxResults, found.size(), found.subList(Math.min(startAt, found.size()),
                Math.min(startAt + maxResults, found.size())));
    }

    private boolean matches(Insight insight, InsightSearch search) {
        InsightContent c = insight.content();
        String text = (c.title() + " " + c.quote()).toLowerCase(Locale.ROOT);
        Customer customer = c.customerId() == null ? null : customers.find(c.customerId()).orElse(null);
        return search.words().stream().allMatch(text::contains)
                && (search.source() == null || search.source() == c.source())
                && (search.customerId() == null || search.customerId().equals(c.customerId()))
                && (search.segment() == null || customer != null && search.segment().equalsIgnoreCase(customer.segment()))
                && (search.tag() == null || c.tags().stream().anyMatch(search.tag()::equalsIgnoreCase))
                && (search.issueId() == null || links.stream().anyMatch(l -> l.insightId() == insight.id() && l.issueId() == search.issueId()));
    }

    @Override
    public boolean link(int insightId, long issueId, Importance importance, String note, String linkedBy, Instant linkedAt) {
        boolean created = unlink(insightId, issueId);
        links.add(new EvidenceLink(insightId, issueId, importance, note, linkedBy, linkedAt));
        return !created;
    }

    @Override
    public boolean unlink(int insightId, long issueId) {
        return links.removeIf(l -> l.insightId() == insightId && l.issueId() == issueId);
    }

    @Override
    public Map<Integer, List<EvidenceLink>> linksOf(Collection<Integer> insightIds) {
        Map<Integer, List<EvidenceLink>> found = new HashMap<>();
        links.stream().filter(l -> insightIds.contains(l.insightId()))
                .forEach(l -> found.computeIfAbsent(l.insightId(), id -> new ArrayList<>()).add(l));
        return found;
    }

    @Override
    public Optional<IssueReference> findVisible(String issueKey) {
        return Optional.ofNullable(visibleIssues.get(issueKey));
    }

    @Override
    public Map<String, IssueReference> findVisibleByCurrentKey(Collection<String> issueKeys) {
        Map<String, IssueReference> found = new HashMap<>();
        issueKeys.forEach(key -> findVisible(key.toUpperCase(java.util.Locale.ROOT)).ifPresent(i -> found.put(i.key(), i)));
        return found;
    }

    @Override
    public Map<Long, IssueReference> visible(Collection<Long> ids) {
        Map<Long, IssueReference> found = new HashMap<>();
        visibleIssues.values().stream().filter(i -> ids.contains(i.id())).forEach(i -> found.put(i.id(), i));
        return found;
    }

    @Override
    public Insight addImported(InsightContent content, String fingerprint, String authorKey, Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Insight> replace(int id, int expectedVersion, InsightContent content, String fingerprint, Instant now) {
        Insight current = insights.get(id);
        if (current == null || current.version() != expectedVersion) {
            return Optional.empty();
        }
        Insight replaced = new Insight(id, content, current.authorKey(), current.created(), now, expectedVersion + 1);
        insights.put(id, replaced);
        return Optional.of(replaced);
    }

    @Override
    public void remove(int id) {
        insights.remove(id);
        links.removeIf(l -> l.insightId() == id);
    }

    @Override
    public Set<String> existingFingerprints(Collection<String> fingerprints) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Integer, Integer> countByCustomer(Collection<Integer> customerIds) {
        Map<Integer, Integer> counts = new HashMap<>();
        insights.values().stream().map(i -> i.content().customerId()).filter(customerIds::contains)
                .forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    @Override
    public List<LinkedInsight> linkedTo(long issueId) {
        throw new UnsupportedOperationException();
    }
}
