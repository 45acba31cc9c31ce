package dev.productops.standin.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SystemDashboardTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static final String ITEM = "dev.productops.jira:metrics-dashboard-item";

    @Test
    public void gadgetsAndTheirPreferencesOutliveARestart() throws Exception {
        Path file = folder.getRoot().toPath().resolve("data/dashboard.json");
        SystemDashboard first = SystemDashboard.open(file, new ObjectMapper());
        SystemDashboard.Gadget older = first.add(ITEM);
        SystemDashboard.Gadget newer = first.add(ITEM);
        first.savePreferences(older.id(), Map.of("metric", "evidence-coverage", "projects", "PAY,CHK"));

        SystemDashboard reopened = SystemDashboard.open(file, new ObjectMapper());

        assertEquals("newest first, as Jira places an added gadget", List.of(newer.id(), older.id()),
                reopened.gadgets().stream().map(SystemDashboard.Gadget::id).toList());
        assertEquals("PAY,CHK", reopened.gadget(older.id()).orElseThrow().preferences().get("projects"));
        assertTrue(reopened.gadget(newer.id()).orElseThrow().preferences().isEmpty());
        assertTrue("ids are never reused after a restart", reopened.add(ITEM).id() > newer.id());
    }

    @Test
    public void removingOrSavingAGadgetThatIsNotThereChangesNothing() {
        SystemDashboard dashboard = SystemDashboard.open(folder.getRoot().toPath().resolve("dashboard.json"), new ObjectMapper());
        SystemDashboard.Gadget gadget = dashboard.add(ITEM);

        assertFalse(dashboard.remove(gadget.id() + 1));
        assertTrue(dashboard.savePreferences(gadget.id() + 1, Map.of("metric", "x")).isEmpty());
        assertEquals(1, dashboard.gadgets().size());
        assertTrue(dashboard.remove(gadget.id()));
        assertTrue(dashboard.gadgets().isEmpty());
    }
}
