package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customer list in memory, as far as the library's use cases read it; changing it is the persistence tests' job. */
public final class InMemoryCustomers implements CustomerStore {
    private final Map<Integer, Customer> customers = new LinkedHashMap<>();

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
        throw new UnsupportedOperationException();
    }

    @Override
    public Customer replace(int id, CustomerDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(int id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Customer> findNamed(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Customer> namedAnyOf(Collection<String> nameKeys) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Customer> search(String nameContains, int startAt, int maxResults) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Customer> inCurrenciesOtherThan(Collection<String> currencies, int maxResults) {
        List<Customer> others = customers.values().stream().filter(c -> !currencies.contains(c.currency()))
                .sorted(Comparator.comparing(Customer::name)).toList();
        return new Page<>(0, maxResults, others.size(), others.subList(0, Math.min(maxResults, others.size())));
    }
}
