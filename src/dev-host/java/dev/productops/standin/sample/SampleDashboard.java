package dev.productops.standin.sample;

import dev.productops.standin.dashboard.SystemDashboard;

import java.util.List;
import java.util.Map;

/**
 * The system dashboard a first start of the sample organisation opens on: the four product-ops metrics, each set up
 * as a program manager would (teams, period, threshold), so the gadget is seen working before anyone configures it.
 */
public final class SampleDashboard {
    static final String METRICS_ITEM = "dev.productops.jira:metrics-dashboard-item";
    private static final String CUSTOMER_FACING = "PAY,CHK,MOB,SRCH";
    private static final String ALL_TEAMS = "PAY,CHK,MOB,PLAT,SRCH,DATA";

    /** Top to bottom as shown; preferences are the strings the gadget saves (metrics-client.js). */
    static final List<Map<String, String>> GADGETS = List.of(
            Map.of("metric", "evidence-coverage", "projects", CUSTOMER_FACING, "period", "12", "threshold", "3", "refresh", "false"),
            Map.of("metric", "top-evidence", "projects", CUSTOMER_FACING, "period", "12", "refresh", "false"),
            Map.of("metric", "dependency-health", "projects", ALL_TEAMS, "period", "12", "refresh", "false"),
            Map.of("metric", "insight-intake", "projects", "", "period", "12", "refresh", "false"));

    private SampleDashboard() {
    }

    /** The dashboard puts a new gadget first, so they are added bottom up. */
    public static void layOut(SystemDashboard dashboard) {
        for (int i = GADGETS.size() - 1; i >= 0; i--) {
            dashboard.savePreferences(dashboard.add(METRICS_ITEM).id(), GADGETS.get(i));
        }
    }
}
