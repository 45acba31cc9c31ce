package dev.productops.standin.host;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostLink;
import org.ofbiz.core.entity.EntityCondition;
import org.ofbiz.core.entity.EntityConditionList;
import org.ofbiz.core.entity.EntityExpr;
import org.ofbiz.core.entity.EntityOperator;
import org.ofbiz.core.entity.GenericModelException;
import org.ofbiz.core.entity.GenericValue;
import org.ofbiz.core.entity.model.ModelEntity;
import org.ofbiz.core.entity.model.ModelField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's entity engine over the stand-in's links: the {@code IssueLink} entity (fields {@code id}, {@code linktype},
 * {@code source}, {@code destination}, {@code sequence}, as in Jira's entitymodel.xml), read by {@code field IN (…)}
 * through the indexes by source and destination that Jira's {@code issuelink} table has, optionally ANDed with more
 * {@code IN} lists (e.g. {@code linktype IN (…)}) that filter what the index found. It fails where Jira fails:
 * another entity, a field the entity lacks, or an IN list longer than Oracle accepts (1,000) throws
 * {@link DataAccessException} around a {@link GenericModelException}, as {@code DefaultOfBizDelegator} wraps the
 * engine's error. Conditions the app does not use are refused by name rather than half-implemented.
 */
public final class StandInOfBiz implements OfBizDelegator {
    /** Oracle refuses more items in one IN list (ORA-01795); Jira runs on Oracle, so the stand-in refuses them too. */
    static final int MAX_IN_LIST = 1000;
    private static final List<String> ISSUE_LINK_FIELDS = List.of("id", "linktype", "source", "destination", "sequence");

    private final HostData data;
    private final JiraCalls calls;
    private final ModelEntity issueLink = new ModelEntity();

    public StandInOfBiz(HostData data, JiraCalls calls) {
        this.data = data;
        this.calls = calls;
        issueLink.setEntityName(ISSUE_LINK);
        for (String name : ISSUE_LINK_FIELDS) {
            ModelField field = new ModelField();
            field.setName(name);
            issueLink.addField(field);
        }
    }

    @Override
    public List findByCondition(String entityName, EntityCondition entityCondition, Collection fieldsToSelect) {
        if (!ISSUE_LINK.equals(entityName)) {
            throw modelError("Could not find definition for entity name " + entityName);
        }
        List<InList> conditions = inLists(entityCondition);
        InList driving = conditions.stream().filter(c -> INDEXED.contains(c.field())).findFirst()
                .orElseThrow(() -> new UnsupportedOperationException("The stand-in's entity engine reads IssueLink through its indexes, "
                        + "by source, destination or id IN (…), not " + entityCondition));
        Map<Long, HostLink> matched = new LinkedHashMap<>();
        for (Object value : driving.values()) {
            for (HostLink link : linksWhere(driving.field(), ((Number) value).longValue())) {
                if (conditions.stream().allMatch(c -> c == driving || c.accepts(link))) {
                    matched.putIfAbsent(link.id(), link);
                }
            }
        }
        List<GenericValue> rows = new ArrayList<>(matched.size());
        for (HostLink link : matched.values()) {
            rows.add(row(link, fieldsToSelect));
        }
        calls.record("OfBizDelegator.findByCondition", rows.size());
        return rows;
    }

    private static final List<String> INDEXED = List.of("source", "destination", "id");

    /** {@code field IN (values)}, its values as longs for the look-ups. */
    private record InList(String field, Collection<?> values, Set<Long> longs) {
        boolean accepts(HostLink link) {
            long value = switch (field) {
                case "id" -> link.id();
                case "linktype" -> link.linkTypeId();
                case "source" -> link.sourceIssueId();
                case "destination" -> link.destinationIssueId();
                default -> throw new UnsupportedOperationException("The stand-in's entity engine filters IssueLink." + field + " not");
            };
            return longs.contains(value);
        }
    }

    /** One {@code field IN (…)}, or several joined by AND: what the app asks; anything else is refused by name. */
    private List<InList> inLists(EntityCondition condition) {
        if (condition instanceof EntityConditionList list) {
            if (!EntityOperator.AND.equals(list.getOperator())) {
                throw new UnsupportedOperationException("The stand-in's entity engine joins IssueLink conditions with AND only, not "
                        + list.getOperator().getCode());
            }
            List<InList> all = new ArrayList<>();
            for (int i = 0; i < list.getConditionListSize(); i++) {
                all.add(inList(list.getCondition(i)));
            }
            return all;
        }
        return List.of(inList(condition));
    }

    private InList inList(EntityCondition condition) {
        if (!(condition instanceof EntityExpr expr) || !(expr.getLhs() instanceof String field)) {
            throw new UnsupportedOperationException("The stand-in's entity engine reads IssueLink by field IN (…) only, not " + condition);
        }
        if (issueLink.getField(field) == null) {
            throw modelError("Field with name " + field + " not found in the " + ISSUE_LINK + " Entity");
        }
        if (!EntityOperator.IN.equals(expr.getOperator()) || !(expr.getRhs() instanceof Collection<?> values)) {
            throw new UnsupportedOperationException("The stand-in's entity engine reads IssueLink by " + field + " IN (…) only");
        }
        if (values.size() > MAX_IN_LIST) {
            throw new DataAccessException(new GenericEntityExceptionOnOracle(values.size()));
        }
        Set<Long> longs = new HashSet<>();
        values.forEach(v -> longs.add(((Number) v).longValue()));
        return new InList(field, values, longs);
    }

    private List<HostLink> linksWhere(String field, long value) {
        return switch (field) {
            case "source" -> data.outwardLinks(value);
            case "destination" -> data.inwardLinks(value);
            case "id" -> data.link(value).map(List::of).orElse(List.of());
            default -> throw new UnsupportedOperationException("The stand-in's entity engine has no index on IssueLink." + field
                    + "; Jira's issuelink table is indexed by source, destination and link type");
        };
    }

    private GenericValue row(HostLink link, Collection<?> fieldsToSelect) {
        Map<String, Object> all = new HashMap<>();
        all.put("id", link.id());
        all.put("linktype", link.linkTypeId());
        all.put("source", link.sourceIssueId());
        all.put("destination", link.destinationIssueId());
        all.put("sequence", null);
        if (fieldsToSelect == null || fieldsToSelect.isEmpty()) {
            return new GenericValue(issueLink, all);
        }
        Map<String, Object> selected = new HashMap<>();
        for (Object name : fieldsToSelect) {
            if (issueLink.getField((String) name) == null) {
                throw modelError("In selectListIteratorByCondition invalid field names specified: [" + name + "]");
            }
            selected.put((String) name, all.get(name));
        }
        return new GenericValue(issueLink, selected);
    }

    private static DataAccessException modelError(String message) {
        return new DataAccessException(new GenericModelException(message));
    }

    /** What the database reports for an IN list past Oracle's limit, as the engine passes it on. */
    private static final class GenericEntityExceptionOnOracle extends org.ofbiz.core.entity.GenericEntityException {
        GenericEntityExceptionOnOracle(int size) {
            super("ORA-01795: maximum number of expressions in a list is 1000 (IN list of " + size + " values)");
        }
    }
}
