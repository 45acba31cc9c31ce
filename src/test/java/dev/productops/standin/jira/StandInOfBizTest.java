package dev.productops.standin.jira;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.host.StandInOfBiz;
import org.junit.Test;
import org.ofbiz.core.entity.EntityConditionList;
import org.ofbiz.core.entity.EntityExpr;
import org.ofbiz.core.entity.EntityOperator;
import org.ofbiz.core.entity.GenericModelException;
import org.ofbiz.core.entity.GenericValue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The stand-in's entity engine answers {@code IssueLink} reads by source or destination as Jira's does, charges one
 * call and a row per link, and refuses what Jira refuses: another entity, an unknown field, an IN list Oracle rejects.
 * Expected links are read off TinyJira's fixture: PAY-1 (10000) blocks PAY-2 (10001) and SEC-1 (10002); SEC-1 blocks PAY-2.
 */
public class StandInOfBizTest {
    private final JiraCalls calls = new JiraCalls();
    private final OfBizDelegator entities = new StandInOfBiz(TinyJira.data(), calls);

    @Test
    public void readsTheLinksOfManyIssuesBySourceOrDestinationInOneCall() {
        List<?> outward = entities.findByCondition("IssueLink", new EntityExpr("source", EntityOperator.IN, List.of(10000L, 10002L)),
                List.of("id", "destination"));
        assertEquals(Set.of(20000L, 20001L, 20002L), ids(outward));
        GenericValue first = (GenericValue) outward.get(0);
        assertNull("a field that was not selected reads as null", first.get("linktype"));

        List<?> inward = entities.findByCondition("IssueLink", new EntityExpr("destination", EntityOperator.IN, List.of(10001L)), null);
        assertEquals(Set.of(20000L, 20002L), ids(inward));
        assertEquals(Long.valueOf(10000L), ((GenericValue) inward.get(0)).getLong("linktype"));

        assertEquals(List.of(new JiraCalls.MethodCalls("OfBizDelegator.findByCondition", 2, 5)), calls.snapshot());
    }

    @Test
    public void narrowsWhatTheIndexFoundByMoreInListsJoinedByAnd() {
        EntityExpr fromVaultOrSecret = new EntityExpr("source", EntityOperator.IN, List.of(10000L, 10002L));
        List<?> blocks = entities.findByCondition("IssueLink", new EntityConditionList(List.of(fromVaultOrSecret,
                new EntityExpr("linktype", EntityOperator.IN, List.of(10000L))), EntityOperator.AND), List.of("id"));
        assertEquals(Set.of(20000L, 20001L, 20002L), ids(blocks));
        List<?> otherType = entities.findByCondition("IssueLink", new EntityConditionList(List.of(fromVaultOrSecret,
                new EntityExpr("linktype", EntityOperator.IN, List.of(10003L))), EntityOperator.AND), List.of("id"));
        assertEquals(Set.of(), ids(otherType));
        List<?> toScript = entities.findByCondition("IssueLink", new EntityConditionList(List.of(
                new EntityExpr("linktype", EntityOperator.IN, List.of(10000L)), fromVaultOrSecret,
                new EntityExpr("destination", EntityOperator.IN, List.of(10001L))), EntityOperator.AND), List.of("id"));
        assertEquals("the indexed condition drives whichever place it has", Set.of(20000L, 20002L), ids(toScript));
        assertEquals(List.of(new JiraCalls.MethodCalls("OfBizDelegator.findByCondition", 3, 5)), calls.snapshot());

        assertModelError(() -> entities.findByCondition("IssueLink", new EntityConditionList(List.of(fromVaultOrSecret,
                new EntityExpr("type", EntityOperator.IN, List.of(10000L))), EntityOperator.AND), null),
                "Field with name type not found in the IssueLink Entity");
        try {
            entities.findByCondition("IssueLink", new EntityConditionList(List.of(fromVaultOrSecret,
                    new EntityExpr("destination", EntityOperator.IN, List.of(10001L))), new EntityOperator(11, "OR")), null);
            fail("the stand-in refuses by name what it does not implement");
        } catch (UnsupportedOperationException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("AND only"));
        }
    }

    @Test
    public void refusesWhatJirasEntityEngineRefuses() {
        assertModelError(() -> entities.findByCondition("IssueLinks", new EntityExpr("source", EntityOperator.IN, List.of(1L)), null),
                "Could not find definition for entity name IssueLinks");
        assertModelError(() -> entities.findByCondition("IssueLink", new EntityExpr("sourceId", EntityOperator.IN, List.of(1L)), null),
                "Field with name sourceId not found in the IssueLink Entity");
        assertModelError(() -> entities.findByCondition("IssueLink", new EntityExpr("source", EntityOperator.IN, List.of(10000L)),
                List.of("id", "type")), "invalid field names specified: [type]");
        try {
            GenericValue row = (GenericValue) entities.findByCondition("IssueLink",
                    new EntityExpr("source", EntityOperator.IN, List.of(10000L)), null).get(0);
            row.get("linkType");
            fail("a name the entity does not define is refused when read");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("\"linkType\" is not a field of IssueLink"));
        }
        List<Long> tooMany = LongStream.rangeClosed(1, 1001).boxed().toList();
        try {
            entities.findByCondition("IssueLink", new EntityExpr("source", EntityOperator.IN, tooMany), null);
            fail("Oracle rejects an IN list of more than 1,000 values, so Jira on Oracle does too");
        } catch (DataAccessException expected) {
            assertTrue(expected.getCause().getMessage(), expected.getCause().getMessage().contains("ORA-01795"));
        }
    }

    private static void assertModelError(Runnable read, String message) {
        try {
            read.run();
            fail("expected Jira's DataAccessException: " + message);
        } catch (DataAccessException expected) {
            assertTrue("the entity engine's model error is the cause", expected.getCause() instanceof GenericModelException);
            assertTrue(expected.getCause().getMessage(), expected.getCause().getMessage().contains(message));
        }
    }

    private static Set<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((GenericValue) r).getLong("id")).collect(Collectors.toCollection(TreeSet::new));
    }
}
