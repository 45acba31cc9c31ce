package dev.productops.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A DCAPT-style load on the stand-in: Jira's own actions in DCAPT's proportions (view issue 34%) plus ours, at DCAPT's
 * pace per user, first with the evidence panel enabled, then, in the same run, with the panel switched off through UPM
 * as an administrator would. {@code -Dload.pacing=think} drops the pace for a stress run (users act again after a short
 * think time).
 * The ratio of the two view-issue timings is the panel's cost, which DCAPT flags above 1.2.
 */
public class ProductOpsLoadSimulation extends Simulation {
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 120));
    /**
     * DCAPT's pace: its Jira run is 54,500 actions an hour from 200 virtual users (the toolkit's jira.yml:
     * {@code concurrency: 200}, {@code total_actions_per_hour: 54500}), one action per user every 13.2 s. Each user here
     * starts an action at that pace, so the load scales with the users as DCAPT's does.
     */
    static final Duration DCAPT_PACE = Duration.ofMillis(Math.round(3_600_000.0 * 200 / 54_500));
    /** {@code dcapt} (DCAPT's pace, users ramped up) or {@code think} (as fast as users can go, with a short think time). */
    private static final boolean STRESS = "think".equals(System.getProperty("load.pacing", "dcapt"));
    private static final Duration THINK = Duration.ofMillis(Long.getLong("load.thinkMillis", 500));
    /** DCAPT spins its users up over 3 of its 45 minutes; the same share of a phase here. */
    private static final Duration RAMP = PHASE.dividedBy(15);
    /** Only the issue view, to measure the panel's cost alone when the full mix saturates the machine. */
    private static final boolean VIEW_ISSUE_ONLY = Boolean.getBoolean("load.viewIssueOnly");
    private static final String PANEL_MODULE = "/rest/plugins/1.0/dev.productops.jira-key/modules/evidence-panel-key";

    private final LoadTarget target;

    public ProductOpsLoadSimulation() throws Exception {
        target = LoadTarget.start();
        HttpProtocolBuilder protocol = http.baseUrl(target.standIn.baseUrl())
                .basicAuth(LoadTarget.USER, LoadTarget.USER)
                .acceptHeader("text/html,application/json")
                .disableCaching();
        // Each virtual user loops for the phase and then stops, so the next phase starts on a quiet instance.
        PopulationBuilder withPanel = load("with panel").injectOpen(users());
        PopulationBuilder switchOff = scenario("switch the panel off")
                .exec(http("disable evidence panel").put(PANEL_MODULE)
                        .header("Content-Type", "application/vnd.atl.plugins.plugin.module+json")
                        .body(StringBody("{\"enabled\":false}")).check(status().is(200)))
                .injectOpen(atOnceUsers(1));
        PopulationBuilder withoutPanel = load("without panel").injectOpen(users());
        setUp(withPanel.andThen(switchOff.andThen(withoutPanel)))
                .protocols(protocol)
                .assertions(global().successfulRequests().percent().gte(99.0));
    }

    private static io.gatling.javaapi.core.OpenInjectionStep users() {
        return STRESS ? atOnceUsers(USERS) : rampUsers(USERS).during(RAMP);
    }

    @Override
    public void after() {
        target.close();
    }

    /** One virtual user's loop: DCAPT's Jira actions, then ours, each followed by a short think time. */
    private ScenarioBuilder load(String phase) {
        Iterator<Map<String, Object>> data = Stream.generate(this::nextRequestData).iterator();
        if (VIEW_ISSUE_ONLY) {
            ChainBuilder view = feed(data).exec(http("view issue (" + phase + ")").get("/browse/#{issue}").check(status().is(200)));
            return scenario(phase).exec(during(PHASE).on(paced(view)));
        }
        ChainBuilder actions = feed(data).exec(randomSwitch().on(
                percent(34).then(exec(http("view issue (" + phase + ")").get("/browse/#{issue}").check(status().is(200)))),
                percent(16).then(exec(http("search (" + phase + ")").get("/rest/api/2/search?jql=project%20%3D%20#{searchProject}&maxResults=50")
                        .check(status().is(200)))),
                percent(10).then(exec(http("browse projects (" + phase + ")").get("/rest/api/2/project").check(status().is(200)))),
                percent(16).then(exec(http("view dashboard (" + phase + ")").get("/secure/Dashboard.jspa").check(status().is(200)))),
                percent(8).then(exec(http("dependency board 5 projects (" + phase + ")")
                        .get("/rest/productops/1.0/board?projects=#{boardProjects}").check(status().is(200)))),
                percent(8).then(exec(http("metrics gadget (" + phase + ")")
                        .get("/rest/productops/1.0/metrics/evidence-coverage?projects=#{boardProjects}").check(status().is(200)))),
                percent(8).then(exec(http("insights library (" + phase + ")")
                        .get("/rest/productops/1.0/insights?query=load&maxResults=25").check(status().is(200))))
        ));
        return scenario(phase).exec(during(PHASE).on(paced(actions)));
    }

    private static ChainBuilder paced(ChainBuilder action) {
        return STRESS ? action.pause(THINK) : pace(DCAPT_PACE).exec(action);
    }

    private Map<String, Object> nextRequestData() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Map.of(
                "issue", target.viewedIssues.get(random.nextInt(target.viewedIssues.size())),
                "searchProject", target.searchProjects.get(random.nextInt(target.searchProjects.size())),
                "boardProjects", String.join(",", target.boardProjects));
    }
}
