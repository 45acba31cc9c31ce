package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.SegmentList;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers in Active Objects. Name uniqueness is checked through the indexed name key and kept by the name's
 * {@link UniqueKeys unique key}: a concurrent add of the same name fails to claim it, and the rerun reports the
 * duplicate (409).
 */
public class AoCustomerStore implements CustomerStore {
    private final ActiveObjects ao;
    private final UniqueKeys keys;

    public AoCustomerStore(ActiveObjects ao) {
        this.ao = ao;
        this.keys = new UniqueKeys(ao);
    }

    @Override
    public Customer add(CustomerDetails details) {
        CustomerEntity entity = ao.create(CustomerEntity.class,
                new DBParam(CustomerEntity.NAME, details.name()), new DBParam(CustomerEntity.NAME_KEY, details.nameKey()),
                new DBParam(CustomerEntity.SEGMENT, details.segment()), new DBParam(CustomerEntity.SEGMENT_KEY, details.segmentKey()),
                new DBParam(CustomerEntity.ANNUAL_REVENUE, details.annualRevenue()),
                new DBParam(CustomerEntity.CURRENCY, details.currency()));
        keys.claim(UniqueKeys.customerName(details.nameKey()), UniqueKeys.customer(entity.getID()));
        return toCustomer(entity);
    }

    @Override
    public Customer replace(int id, CustomerDetails details) {
        CustomerEntity entity = ao.get(CustomerEntity.class, id);
        if (!details.nameKey().equals(entity.getNameKey())) {
            keys.releaseAllOf(UniqueKeys.customer(id));
            keys.claim(UniqueKeys.customerName(details.nameKey()), UniqueKeys.customer(id));
        }
        entity.setName(details.name());
        entity.setNameKey(details.nameKey());
        entity.setSegment(details.segment());
        entity.setSegmentKey(details.segmentKey());
        entity.setAnnualRevenue(details.annualRevenue());
        entity.setCurrency(details.currency());
        entity.save();
        return toCustomer(entity);
    }

    @Override
    public Optional<Customer> find(int id) {
        return Optional.ofNullable(ao.get(CustomerEntity.class, id)).map(AoCustomerStore::toCustomer);
    }

    @Override
    public void remove(int id) {
        keys.releaseAllOf(UniqueKeys.customer(id));
        ao.deleteWithSQL(CustomerEntity.class, "ID = ?", id);
    }

    @Override
    public Optional<Customer> findNamed(String name) {
        CustomerEntity[] found = ao.find(CustomerEntity.class,
                Query.select().where(CustomerEntity.NAME_KEY + " = ?", CustomerDetails.nameKey(name)).limit(1));
        return Arrays.stream(found).findFirst().map(AoCustomerStore::toCustomer);
    }

    @Override
    public Map<String, Customer> namedAnyOf(Collection<String> nameKeys) {
        Map<String, Customer> byKey = new LinkedHashMap<>();
        for (List<String> chunk : IdChunks.of(new HashSet<>(nameKeys))) {
            for (CustomerEntity entity : ao.find(CustomerEntity.class,
                    Query.select().where(IdChunks.inClause(CustomerEntity.NAME_KEY, chunk.size()), chunk.toArray()))) {
                byKey.put(entity.getNameKey(), toCustomer(entity));
            }
        }
        return byKey;
    }

    @Override
    public Map<Integer, Customer> byIds(Collection<Integer> ids) {
        Map<Integer, Customer> byId = new LinkedHashMap<>();
        for (List<Integer> chunk : IdChunks.of(new HashSet<>(ids))) {
            for (CustomerEntity entity : ao.find(CustomerEntity.class,
                    Query.select().where(IdChunks.inClause("ID", chunk.size()), chunk.toArray()))) {
                byId.put(entity.getID(), toCustomer(entity));
            }
        }
        return byId;
    }

    @Override
    public Page<Customer> search(String nameContains, int startAt, int maxResults) {
        Query filter = nameContains.isEmpty() ? Query.select()
                : Query.select().where(CustomerEntity.NAME_KEY + " LIKE ? ESCAPE '!'",
                "%" + InsightQuery.likeEscaped(CustomerDetails.nameKey(nameContains)) + "%");
        int total = ao.count(CustomerEntity.class, filter);
        CustomerEntity[] rows = ao.find(CustomerEntity.class, filter.order(CustomerEntity.NAME_KEY + " ASC, ID ASC")
                .offset(startAt).limit(maxResults));
        return new Page<>(startAt, maxResults, total, Arrays.stream(rows).map(AoCustomerStore::toCustomer).toList());
    }

    @Override
    public Page<Customer> inCurrenciesOtherThan(Collection<String> currencies, int maxResults) {
        List<String> codes = List.copyOf(currencies);
        Query filter = Query.select().where(CustomerEntity.CURRENCY + " NOT IN (" + PluginTables.placeholders(codes.size()) + ")",
                codes.toArray());
        int total = ao.count(CustomerEntity.class, filter);
        CustomerEntity[] rows = ao.find(CustomerEntity.class, filter.order(CustomerEntity.NAME_KEY + " ASC, ID ASC").limit(maxResults));
        return new Page<>(0, maxResults, total, Arrays.stream(rows).map(AoCustomerStore::toCustomer).toList());
    }

    @Override
    public int renameSegments(Map<String, String> renames) {
        Map<String, String> toByKey = new HashMap<>();
        renames.forEach((from, to) -> toByKey.put(SegmentList.keyOf(from), to));
        // Every row is read before any is changed: renaming one by one would move a swapped segment's customers twice.
        List<CustomerEntity> moving = new ArrayList<>();
        for (List<String> chunk : IdChunks.of(toByKey.keySet())) {
            moving.addAll(Arrays.asList(ao.find(CustomerEntity.class,
                    Query.select().where(IdChunks.inClause(CustomerEntity.SEGMENT_KEY, chunk.size()), chunk.toArray()))));
        }
        for (CustomerEntity entity : moving) {
            String to = toByKey.get(entity.getSegmentKey());
            entity.setSegment(to);
            entity.setSegmentKey(SegmentList.keyOf(to));
            entity.save();
        }
        return moving.size();
    }

    static Customer toCustomer(CustomerEntity entity) {
        return new Customer(entity.getID(), entity.getName(), entity.getSegment(), entity.getAnnualRevenue(), entity.getCurrency());
    }
}
