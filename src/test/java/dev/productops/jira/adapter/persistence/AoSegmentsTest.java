package dev.productops.jira.adapter.persistence;

import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/**
 * The segments customers already have, on the current schema (HSQLDB; PostgreSQL with -Dao.test.database=postgres):
 * what an install from before the managed list starts its list with, and what renaming a segment does to its rows.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AoInsightLinksTest.Schema.class)
@NameConverters
public class AoSegmentsTest {
    private EntityManager entityManager;
    private AoCustomerStore customers;
    private SqlSegmentUse use;

    @Before
    public void setUp() {
        customers = new AoCustomerStore(new EntityManagerActiveObjects(entityManager));
        use = new SqlSegmentUse(RunnerTables.of(entityManager));
        customers.add(CustomerDetails.of("Acme", "Enterprise", 300_000L, "USD"));
        customers.add(CustomerDetails.of("Globex", "enterprise", 20_000L, "EUR"));
        customers.add(CustomerDetails.of("Initech", "SMB", 1L, "USD"));
        customers.add(CustomerDetails.of("Hooli", null, 0L, "USD"));
    }

    @Test
    public void segmentsInUseAreCountedOncePerSegmentIgnoringCase() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Enterprise", 2);
        expected.put("SMB", 1);
        assertEquals(expected, use.customersBySegment());
    }

    @Test
    public void renamingMovesEveryCustomerOfTheSegmentAndTheSegmentFilterFollows() {
        assertEquals(2, customers.renameSegments(Map.of("ENTERPRISE", "Large enterprise")));
        assertEquals(Map.of("Large enterprise", 2, "SMB", 1), use.customersBySegment());
        assertEquals("Large enterprise", customers.findNamed("Globex").orElseThrow().segment());
        assertEquals(0, customers.renameSegments(Map.of("Agency", "Partner")));
    }

    @Test
    public void swappingTwoSegmentsMovesEachCustomerOnce() {
        Map<String, String> swap = new LinkedHashMap<>();
        swap.put("Enterprise", "SMB");
        swap.put("SMB", "Enterprise");
        assertEquals(3, customers.renameSegments(swap));
        assertEquals("SMB", customers.findNamed("Globex").orElseThrow().segment());
        assertEquals("Enterprise", customers.findNamed("Initech").orElseThrow().segment());
        assertEquals(Map.of("SMB", 2, "Enterprise", 1), use.customersBySegment());
    }
}
