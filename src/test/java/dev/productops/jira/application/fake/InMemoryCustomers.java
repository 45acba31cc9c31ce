package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.SegmentUse;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.SegmentList;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The customer list in memory, and the segments its customers are in; the name rules are the domain's, as the stores'
 * unique key applies them.
 */
public final class InMemoryCustomers implements CustomerStore, SegmentUse {
    private final Map<Integer, Customer> customers = new LinkedHashMap<>();
    private int nextId = 1000;

    public InMemoryCustomers customer(Customer customer) {
        customers.put(customer.id(), customer);
        return this;
    }

    @Override
    public Optional<Customer> find(int id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public Map<Integer, Customer> byIds(Collection<Integer> ids) {
        Map<Integer, Customer> found = new HashMap<>();
        ids.stream().filter(customers::containsKey).forEach(id -> found.put(id, customers.get(id)));
        return found;
    }

    @Override
    public Customer add(CustomerDetails details) {
        return replace(nextId++, details);
    }

    @Override
    public Customer replace(int id, CustomerDetails details) {
        Customer customer = new Customer(id, details.name(), details.segment(), details.annualRevenue(), details.currency());
        customers.put(id, customer);
        return customer;
    }

    @Override
    public void remove(int id) {
        customers.remove(id);
    }

    /** The same name as the database's unique key sees it. */
    @Override
    public Optional<Customer> findNamed(String name) {
        return customers.values().stream().filter(c -> CustomerDetails.nameKey(c.name()).equals(CustomerDetails.nameKey(name))).findFirst();
    }

    @Override
    public Map<String, Customer> namedAnyOf(Collection<String> nameKeys) {
        Map<String, Customer> named = new HashMap<>();
        customers.values().stream().filter(c -> nameKeys.contains(CustomerDetails.nameKey(c.name())))
                .forEach(c -> named.put(CustomerDetails.nameKey(c.name()), c));
        return named;
    }

    @Override
    public Page<Customer> search(String nameContains, int startAt, int maxResults) {
        List<Customer> found = customers.values().stream()
                .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(nameContains.toLowerCase(java.util.Locale.ROOT)))
                .sorted(Comparator.comparing(Customer::name)).toList();
        return new Page<>(startAt, maxResults, found.size(), found.subList(Math.min(startAt, found.size()),
                Math.min(startAt + maxResults, found.size())));
    }

    @Override
    public Page<Customer> inCurrenciesOtherThan(Collection<String> currencies, int maxResults) {
        List<Customer> others = customers.values().stream().filter(c -> !currencies.contains(c.currency()))
                .sorted(Comparator.comparing(Customer::name)).toList();
        return new Page<>(0, maxResults, others.size(), others.subList(0, Math.min(maxResults, others.size())));
    }

    @Override
    public int renameSegments(Map<String, String> renames) {
        Map<String, String> toByKey = new HashMap<>();
        renames.forEach((from, to) -> toByKey.put(SegmentList.keyOf(from), to));
        List<Customer> moving = customers.values().stream()
                .filter(c -> c.segment() != null && toByKey.containsKey(SegmentList.keyOf(c.segment()))).toList();
        moving.forEach(c -> customers.put(c.id(), new Customer(c.id(), c.name(), toByKey.get(SegmentList.keyOf(c.segment())),
                c.annualRevenue(), c.currency())));
        return moving.size();
    }

    /** As the database groups them: by segment ignoring case, under the first spelling in name order (MIN). */
    @Override
    public Map<String, Integer> customersBySegment() {
        Map<String, String> spelling = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        customers.values().stream().filter(c -> c.segment() != null && !c.segment().isEmpty()).forEach(c -> {
            String key = SegmentList.keyOf(c.segment());
            spelling.merge(key, c.segment(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            counts.merge(key, 1, Integer::sum);
        });
        Map<String, Integer> bySpelling = new LinkedHashMap<>();
        counts.forEach((key, count) -> bySpelling.put(spelling.get(key), count));
        return bySpelling;
    }
}
