package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.dependency.port.DependencyHistory;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

/** The history of dependency attributes in Active Objects: one row per changed attribute. */
public class AoDependencyHistory implements DependencyHistory {
    private final ActiveObjects ao;

    public AoDependencyHistory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(List<Change> changes) {
        for (Change change : changes) {
            ao.create(DependencyChangeEntity.class,
                    new DBParam(DependencyChangeEntity.LINK_ID, change.linkId()),
                    new DBParam("FIELD", change.field()),
                    new DBParam("OLD_VALUE", change.oldValue()),
                    new DBParam("NEW_VALUE", change.newValue()),
                    new DBParam("AUTHOR_KEY", change.authorKey()),
                    new DBParam(DependencyChangeEntity.CHANGED_AT, Date.from(change.at())));
        }
    }

    @Override
    public List<Change> of(long linkId) {
        DependencyChangeEntity[] rows = ao.find(DependencyChangeEntity.class, Query.select()
                .where(DependencyChangeEntity.LINK_ID + " = ?", linkId).order(DependencyChangeEntity.CHANGED_AT + " DESC, ID ASC"));
        return Arrays.stream(rows).map(r -> new Change(r.getLinkId(), r.getField(), r.getOldValue(), r.getNewValue(), r.getAuthorKey(),
                r.getChangedAt().toInstant())).toList();
    }

    @Override
    public void forget(long linkId) {
        ao.deleteWithSQL(DependencyChangeEntity.class, DependencyChangeEntity.LINK_ID + " = ?", linkId);
    }
}
