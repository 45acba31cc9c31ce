package dev.productops.jira.adapter.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.DependencyAttributesEntity;
import dev.productops.jira.adapter.persistence.DependencySnapshotEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.adapter.persistence.InsightTagEntity;
import dev.productops.jira.adapter.persistence.UniqueKeyEntity;
import dev.productops.jira.adapter.persistence.UniqueKeys;
import dev.productops.jira.domain.insight.CustomerDetails;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Model version 3: the unique keys ({@link UniqueKeys}) that stop concurrent writes from storing one thing twice,
 * and the insight version. Rows written by versions 1 and 2 get their keys here, oldest row first. Those versions
 * could store duplicates under READ COMMITTED: of duplicate links and attribute rows the oldest is kept (the one
 * they read and updated) and the others are deleted; duplicate customers keep their rows, since insights point at
 * them, and only the oldest holds the name until the others are renamed. Customer name keys are recomputed with
 * today's normalisation (invisible characters removed, NFKC), which may reveal more duplicates, handled the same way.
 * Insights imported before keep no import key: a new import still finds them by fingerprint.
 */
public class UniqueKeysUpgradeTask implements ActiveObjectsUpgradeTask {
    private final int batch;

    public UniqueKeysUpgradeTask() {
        this(500);
    }

    UniqueKeysUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class,
                DependencyAttributesEntity.class, DependencySnapshotEntity.class, UniqueKeyEntity.class);
        UniqueKeys keys = UniqueKeys.of(ao);
        claimAll(ao, InsightLinkEntity.class, link -> UniqueKeys.link(link.getInsightId(), link.getIssueId()),
                link -> UniqueKeys.insight(link.getInsightId()), link -> ao.delete(link), keys);
        claimAll(ao, DependencyAttributesEntity.class, row -> UniqueKeys.dependency(row.getLinkId()),
                row -> UniqueKeys.dependency(row.getLinkId()), row -> ao.delete(row), keys);
        claimAll(ao, CustomerEntity.class, customer -> {
            String nameKey = CustomerDetails.nameKey(customer.getName());
            if (!nameKey.equals(customer.getNameKey())) {
                customer.setNameKey(nameKey);
                customer.save();
            }
            return UniqueKeys.customerName(nameKey);
        }, customer -> UniqueKeys.customer(customer.getID()), customer -> { }, keys);
    }

    /** Claims each row's key in ID order, a batch at a time (one query per batch for the keys already taken). */
    private <E extends Entity> void claimAll(ActiveObjects ao, Class<E> type, Function<E, String> keyOf, Function<E, String> ownerOf,
                                             Consumer<E> duplicate, UniqueKeys keys) {
        int after = 0;
        E[] rows;
        do {
            rows = ao.find(type, Query.select().where("ID > ?", after).order("ID ASC").limit(batch));
            if (rows.length == 0) {
                return;
            }
            List<String> wanted = Arrays.stream(rows).map(keyOf).toList();
            Set<String> taken = new HashSet<>();
            for (UniqueKeyEntity key : ao.find(UniqueKeyEntity.class, Query.select().where(UniqueKeyEntity.KEY_VALUE + " IN ("
                    + String.join(", ", Collections.nCopies(wanted.size(), "?")) + ")", wanted.toArray()))) {
                taken.add(key.getKeyValue());
            }
            for (int i = 0; i < rows.length; i++) {
                if (taken.add(wanted.get(i))) {
                    keys.claim(wanted.get(i), ownerOf.apply(rows[i]));
                } else {
                    duplicate.accept(rows[i]);
                }
            }
            after = rows[rows.length - 1].getID();
        } while (rows.length == batch);
    }
}
