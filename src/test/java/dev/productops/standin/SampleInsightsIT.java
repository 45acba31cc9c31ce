package dev.productops.standin;

import dev.productops.standin.sample.SampleOrganisation;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Paths;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The stand-in seeds customers and evidence once, and keeps its database between runs. */
public class SampleInsightsIT {
    @Rule
    public final TemporaryFolder data = new TemporaryFolder();

    @Test
    public void seedsOnFirstStartAndReusesTheDatabaseAfterwards() throws Exception {
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, data.getRoot().toPath(), Optional.empty(),
                Paths.get("target/npm/node_modules"), 42L);
        int insights;
        try (JiraStandIn first = JiraStandIn.start(settings)) {
            insights = count(first, "AO_81842C_INSIGHT");
            assertEquals(8, count(first, "AO_81842C_CUSTOMER"));
            assertEquals(36 + 16, insights);
        }
        try (JiraStandIn second = JiraStandIn.start(settings)) {
            assertEquals(insights, count(second, "AO_81842C_INSIGHT"));
            assertEquals(SampleOrganisation.generate(42L).issues().size(), second.data().issues().size());
        }
    }

    private static int count(JiraStandIn standIn, String table) throws Exception {
        try (var connection = standIn.entityManager().getProvider().getConnection();
             var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}
