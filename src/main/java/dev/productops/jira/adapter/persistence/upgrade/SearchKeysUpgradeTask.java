package dev.productops.jira.adapter.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.adapter.persistence.InsightTagEntity;
import dev.productops.jira.adapter.persistence.StoredInsights;
import net.java.ao.Query;

import java.util.Locale;

/**
 * Model version 2: adds the lower-case keys that search and filters compare (insight search text and
 * fingerprint, customer segment, tag) and fills them for rows written by version 1.
 *
 * <p>AO runs upgrade tasks before it migrates the schema, so the task migrates first. It uses today's entity
 * classes; when those change again, copy them into a frozen {@code v2} package for this task.
 */
public class SearchKeysUpgradeTask implements ActiveObjectsUpgradeTask {
    private final int batch;

    public SearchKeysUpgradeTask() {
        this(500);
    }

    /** Rows are read back in batches, so a large table never has to fit in memory. */
    SearchKeysUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class);
        fillInsights(ao);
        fillCustomers(ao);
        fillTags(ao);
    }

    private void fillInsights(ActiveObjects ao) {
        InsightEntity[] rows;
        do {
            rows = ao.find(InsightEntity.class, Query.select().where(InsightEntity.FINGERPRINT + " IS NULL").limit(batch));
            for (InsightEntity insight : rows) {
                StoredInsights.fillKeys(insight);
                insight.save();
            }
        } while (rows.length == batch);
    }

    private static void fillCustomers(ActiveObjects ao) {
        for (CustomerEntity customer : ao.find(CustomerEntity.class,
                Query.select().where(CustomerEntity.SEGMENT_KEY + " IS NULL AND " + CustomerEntity.SEGMENT + " IS NOT NULL"))) {
            customer.setSegmentKey(customer.getSegment().toLowerCase(Locale.ROOT));
            customer.save();
        }
    }

    private static void fillTags(ActiveObjects ao) {
        for (InsightTagEntity tag : ao.find(InsightTagEntity.class, Query.select().where(InsightTagEntity.TAG_KEY + " IS NULL"))) {
            tag.setTagKey(tag.getTag().toLowerCase(Locale.ROOT));
            tag.save();
        }
    }
}
