package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostProject;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The DCAPT-shaped instance at a small size: skewed projects, links over five types, the same for a seed. */
public class DcaptOrganisationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final DcaptOrganisation.Size SIZE = DcaptOrganisation.Size.parse("dcapt:20000");

    @Test
    public void scalesProjectsAndLinksWithTheIssues() {
        assertEquals(new DcaptOrganisation.Size(1_000_000, 500, 2_000_000), DcaptOrganisation.Size.parse("dcapt"));
        assertEquals(new DcaptOrganisation.Size(20_000, 10, 40_000), SIZE);
        HostData data = DcaptOrganisation.generate(SIZE, 1L, TODAY);
        assertEquals(20_000, data.issues().size());
        assertEquals(10, data.projects().size());
        assertEquals(40_000, data.links().size());
        assertEquals(5, data.links().stream().map(HostLink::linkTypeId).distinct().count());
    }

    @Test
    public void aFewProjectsAreHugeAndManyAreSmall() {
        HostData data = DcaptOrganisation.generate(DcaptOrganisation.Size.parse("dcapt:100000"), 1L, TODAY);
        List<Integer> sizes = data.projects().stream().map(p -> data.issuesOf(p.id()).size())
                .sorted(Comparator.reverseOrder()).toList();
        int median = sizes.get(sizes.size() / 2);
        assertTrue("largest " + sizes.get(0) + " vs median " + median, sizes.get(0) >= 10 * median);
        long crossProject = data.links().stream().filter(l -> project(data, l.sourceIssueId()) != project(data, l.destinationIssueId())).count();
        assertTrue("about a third of links cross projects: " + crossProject, crossProject > data.links().size() / 5
                && crossProject < data.links().size() / 2);
    }

    @Test
    public void theSameSeedMakesTheSameInstance() {
        HostData first = DcaptOrganisation.generate(SIZE, 7L, TODAY);
        HostData second = DcaptOrganisation.generate(SIZE, 7L, TODAY);
        assertEquals(first.issues(), second.issues());
        assertEquals(first.links(), second.links());
    }

    @Test
    public void aNeighbourhoodKeepsEveryLinkTouchingItsProjectsAndNothingElse() {
        HostData data = DcaptOrganisation.generate(SIZE, 1L, TODAY);
        Set<String> chosen = data.projects().stream().limit(3).map(HostProject::key).collect(Collectors.toSet());
        HostData small = DcaptOrganisation.neighbourhood(data, chosen);
        Set<Long> chosenIds = chosen.stream().map(k -> data.projectByKey(k).orElseThrow().id()).collect(Collectors.toSet());
        long touching = data.links().stream().filter(l -> chosenIds.contains(project(data, l.sourceIssueId()))
                || chosenIds.contains(project(data, l.destinationIssueId()))).count();
        assertEquals(touching, small.links().size());
        for (String key : chosen) {
            long id = data.projectByKey(key).orElseThrow().id();
            assertEquals(data.issuesOf(id), small.issuesOf(id));
        }
        Map<Long, HostIssue> smallIssues = small.issues().stream().collect(Collectors.toMap(HostIssue::id, i -> i));
        small.links().forEach(l -> assertTrue(smallIssues.containsKey(l.sourceIssueId()) && smallIssues.containsKey(l.destinationIssueId())));
        assertTrue(small.issues().size() < data.issues().size());
    }

    private static long project(HostData data, long issueId) {
        return data.issue(issueId).orElseThrow().projectId();
    }
}
