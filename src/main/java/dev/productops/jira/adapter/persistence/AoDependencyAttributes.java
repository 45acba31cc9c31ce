package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.Date;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Dependency attributes in Active Objects. */
public class AoDependencyAttributes implements DependencyAttributesStore {
    private final ActiveObjects ao;
    private final UniqueKeys keys;

    public AoDependencyAttributes(ActiveObjects ao) {
        this.ao = ao;
        this.keys = new UniqueKeys(ao);
    }

    /**
     * One statement either way: an IN list for a small board; for a large one, the whole table (it holds only
     * the links people annotated, far fewer than the links on a large board) filtered here.
     */
    @Override
    public Map<Long, DependencyAttributes> forLinks(Collection<Long> linkIds) {
        Set<Long> wanted = new HashSet<>(linkIds);
        Map<Long, DependencyAttributes> byLink = new HashMap<>();
        if (wanted.isEmpty()) {
            return byLink;
        }
        Query query = wanted.size() <= IdChunks.MAX_IN_LIST
                ? Query.select().where(IdChunks.inClause(DependencyAttributesEntity.LINK_ID, wanted.size()), wanted.toArray())
                : Query.select();
        for (DependencyAttributesEntity row : ao.find(DependencyAttributesEntity.class, query)) {
            if (wanted.contains(row.getLinkId())) {
                byLink.put(row.getLinkId(), toAttributes(row));
            }
        }
        return byLink;
    }

    @Override
    public Optional<DependencyAttributes> forLink(long linkId) {
        return Arrays.stream(rows(linkId)).findFirst().map(AoDependencyAttributes::toAttributes);
    }

    /** A concurrent first save of the same link fails to claim the link's key; the rerun updates the row. */
    @Override
    public DependencyAttributes save(DependencyAttributes attributes) {
        DependencyAttributesEntity[] existing = rows(attributes.linkId());
        if (existing.length == 0) {
            keys.claim(UniqueKeys.dependency(attributes.linkId()), UniqueKeys.dependency(attributes.linkId()));
        }
        DependencyAttributesEntity row = existing.length > 0 ? existing[0]
                : ao.create(DependencyAttributesEntity.class, new DBParam(DependencyAttributesEntity.LINK_ID, attributes.linkId()));
        row.setNeededBy(attributes.neededBy() == null ? null : Date.valueOf(attributes.neededBy()));
        row.setOwnerKey(attributes.ownerKey());
        row.setState(attributes.state());
        row.setNote(attributes.note());
        row.setUpdatedBy(attributes.updatedBy());
        row.setUpdated(attributes.updated() == null ? null : java.util.Date.from(attributes.updated()));
        row.save();
        return toAttributes(row);
    }

    @Override
    public void forget(long linkId) {
        keys.releaseAllOf(UniqueKeys.dependency(linkId));
        ao.deleteWithSQL(DependencyAttributesEntity.class, DependencyAttributesEntity.LINK_ID + " = ?", linkId);
    }

    private DependencyAttributesEntity[] rows(long linkId) {
        return ao.find(DependencyAttributesEntity.class, Query.select().where(DependencyAttributesEntity.LINK_ID + " = ?", linkId));
    }

    private static DependencyAttributes toAttributes(DependencyAttributesEntity row) {
        return new DependencyAttributes(row.getLinkId(),
                row.getNeededBy() == null ? null : new Date(row.getNeededBy().getTime()).toLocalDate(),
                row.getOwnerKey(), row.getState(), row.getNote(), row.getUpdatedBy(),
                row.getUpdated() == null ? null : row.getUpdated().toInstant());
    }
}
