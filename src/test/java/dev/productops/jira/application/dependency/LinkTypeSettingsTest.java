package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.LinkTypeChange.Blocker;
import dev.productops.jira.application.dependency.LinkTypeChange.Rule;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource.LinkTypeInfo;
import dev.productops.jira.application.fake.InMemoryJira;
import dev.productops.jira.application.fake.InMemoryPlanning;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Choosing the dependency link types, against Jira's link types and the stored rules in memory. */
public class LinkTypeSettingsTest {
    private final InMemoryJira jira = new InMemoryJira().linkType(new LinkTypeInfo(2, "Dependency", "depends on", "is needed by"));
    private final InMemoryPlanning stored = new InMemoryPlanning();

    private LinkTypeSettings as(SignedIn viewer) {
        return new LinkTypeSettings(stored, jira, viewer);
    }

    @Test
    public void untilChangedTheSourceOfABlocksLinkIsTheBlocker() {
        assertEquals(List.of(new DependencyLinkRule("Blocks", true)), as(SignedIn.administrator("admin")).current().rules());
        assertEquals(List.of("Blocks", "Dependency"), as(SignedIn.administrator("admin")).current().available().stream()
                .map(LinkTypeInfo::name).toList());
    }

    @Test
    public void namesMatchJirasTypesIgnoringCaseAndAreStoredAsJiraSpellsThem() {
        LinkTypeSettings.LinkTypes changed = as(SignedIn.administrator("admin")).change(new LinkTypeChange(List.of(
                new Rule(" blocks ", Blocker.SOURCE), new Rule("DEPENDENCY", Blocker.DESTINATION))));
        List<DependencyLinkRule> expected = List.of(new DependencyLinkRule("Blocks", true), new DependencyLinkRule("Dependency", false));
        assertEquals(expected, changed.rules());
        assertEquals(expected, stored.current());
    }

    @Test
    public void anUnknownTypeOrNoTypeIsRefusedAndTheRulesStay() {
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> as(SignedIn.administrator("admin")).change(new LinkTypeChange(List.of(
                new Rule("Dependency", Blocker.DESTINATION), new Rule("Nope", Blocker.SOURCE)))));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("'Nope'"));
        assertThrows(InvalidInput.class, () -> new LinkTypeChange(List.of()));
        assertEquals(DependencyLinkRules.DEFAULT, stored.current());
    }

    @Test
    public void onlyAdministratorsReadOrChangeTheRules() {
        LinkTypeSettings alice = as(SignedIn.as("alice", ZoneOffset.UTC));
        assertThrows(NotAllowed.class, alice::current);
        assertThrows(NotAllowed.class, () -> alice.change(new LinkTypeChange(List.of(new Rule("Dependency", Blocker.SOURCE)))));
        assertEquals(DependencyLinkRules.DEFAULT, stored.current());
    }

    @Test
    public void theBlockerSideIsSpokenAsSourceOrDestination() {
        assertEquals(List.of("source", "destination"), List.of(Blocker.values()).stream().map(Blocker::id).toList());
        assertEquals(Blocker.DESTINATION, Blocker.ofId("destination").orElseThrow());
        assertTrue(Blocker.ofId("Destination").isEmpty());
    }
}
