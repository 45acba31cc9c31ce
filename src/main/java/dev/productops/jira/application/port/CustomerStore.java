package dev.productops.jira.application.port;

import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerStore {
    Customer add(CustomerDetails details);

    Customer replace(int id, CustomerDetails details);

    Optional<Customer> find(int id);

    /** Removes the customer and frees its name; its insights are the caller's business. */
    void remove(int id);

    /** By name, ignoring case. */
    Optional<Customer> findNamed(String name);

    /** Customers by lower-case name, for matching many names at once (CSV import). */
    Map<String, Customer> namedAnyOf(Collection<String> nameKeys);

    Map<Integer, Customer> byIds(Collection<Integer> ids);

    /** Customers whose name contains the text, by name. */
    Page<Customer> search(String nameContains, int startAt, int maxResults);

    /** Customers whose currency is none of these, by name: the first maxResults and how many in all. */
    Page<Customer> inCurrenciesOtherThan(Collection<String> currencies, int maxResults);

    /**
     * Moves the customers of each segment (old name, ignoring case → new name), all judged by the segment they had
     * before any rename, so a swap or a chain moves each customer once; answers how many moved.
     */
    int renameSegments(Map<String, String> renames);
}
