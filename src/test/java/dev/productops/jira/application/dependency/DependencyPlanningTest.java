package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.DependencyPlanning.Plan;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.DependencyHistory;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryJira;
import dev.productops.jira.application.fake.InMemoryPlanning;
import dev.productops.jira.application.fake.InMemoryUsers;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Planning a dependency on its own, against Jira, users and the planning store in memory. */
public class DependencyPlanningTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final long LINK = 1001;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);

    private final InMemoryJira jira = new InMemoryJira()
            .project(new BoardProject(1, "PAY", "Payments", List.of())).project(new BoardProject(2, "CHK", "Checkout", List.of()))
            .issue(issue(11, "PAY-1", 1)).issue(issue(21, "CHK-1", 2))
            .link(new BoardLink(LINK, 11, 21, "Blocks"));
    private final InMemoryPlanning store = new InMemoryPlanning();
    private final InMemoryUsers users = new InMemoryUsers().user("alice").user("bob");
    private final Immediately transactions = new Immediately();

    private static BoardIssue issue(long id, String key, long projectId) {
        return new BoardIssue(id, key, key, "new", "To Do", null, null, NOW, NOW, projectId, key.substring(0, 3), null, true);
    }

    private DependencyPlanning as(SignedIn viewer) {
        return new DependencyPlanning(jira, store, store, store, users, viewer, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PlanChange change(LocalDate neededBy, String owner, AgreementState state, String note) {
        return new PlanChange(Optional.ofNullable(neededBy), Optional.ofNullable(owner), Optional.ofNullable(state), Optional.ofNullable(note));
    }

    @Test
    public void whatIsSetIsWhatIsReadWithTheOwnerByUsernameAndEveryChangeRecorded() {
        DependencyPlanning planning = as(SignedIn.as("alice", ZoneOffset.UTC));
        Plan saved = planning.set(LINK, change(DAY, " bob ", AgreementState.COMMITTED, "  after the freeze "));

        Plan expected = new Plan(LINK, DAY, "bob", AgreementState.COMMITTED, "after the freeze");
        assertEquals(expected, saved);
        assertEquals(expected, planning.get(LINK));
        assertEquals(List.of(
                new DependencyHistory.Change(LINK, "neededBy", null, "2026-12-14", "key-alice", NOW),
                new DependencyHistory.Change(LINK, "owner", null, "key-bob", "key-alice", NOW),
                new DependencyHistory.Change(LINK, "state", null, "committed", "key-alice", NOW),
                new DependencyHistory.Change(LINK, "note", null, "after the freeze", "key-alice", NOW)), store.of(LINK));
        assertEquals(List.of(new DependencyPlanning.Change("owner", null, "bob", "Name of key-alice", NOW)),
                planning.history(LINK).stream().filter(c -> c.field().equals("owner")).toList());
        assertEquals("one transaction for the attributes and their history", 1, transactions.transactions());
    }

    @Test
    public void aSecondSaveRecordsOnlyWhatChangedAndAnEmptyChangeClearsEverything() {
        DependencyPlanning planning = as(SignedIn.as("alice", ZoneOffset.UTC));
        planning.set(LINK, change(DAY, "bob", AgreementState.PROPOSED, "n"));
        planning.set(LINK, change(DAY, "bob", AgreementState.AT_RISK, "n"));
        assertEquals(List.of(new DependencyHistory.Change(LINK, "state", "proposed", "at-risk", "key-alice", NOW)),
                store.of(LINK).subList(0, 1));
        assertEquals(5, store.of(LINK).size());

        assertEquals(new Plan(LINK, null, null, null, null), planning.set(LINK, PlanChange.nothing()));
        assertEquals(List.of("neededBy", "owner", "state", "note"), store.of(LINK).subList(0, 4).stream().map(DependencyHistory.Change::field).toList());
        assertEquals(List.of(), store.of(LINK).subList(0, 4).stream().map(DependencyHistory.Change::newValue).filter(v -> v != null).toList());
    }

    @Test
    public void anUnknownOwnerIsRefusedAndNothingIsStored() {
        DependencyPlanning planning = as(SignedIn.as("alice", ZoneOffset.UTC));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> planning.set(LINK, change(DAY, "nobody", AgreementState.COMMITTED, null)));
        assertEquals(List.of("owner"), List.copyOf(refused.errors().keySet()));
        assertTrue(refused.getMessage().contains("'nobody'"));
        assertEquals(false, planning.isUser("nobody"));
        assertEquals(true, planning.isUser(" bob "));
        assertEquals(new Plan(LINK, null, null, null, null), planning.get(LINK));
        assertEquals(List.of(), store.of(LINK));
    }

    @Test
    public void onlySomeoneWhoMayEditBothEndsOrAnAdministratorDeclines() {
        jira.readOnly();
        DependencyPlanning alice = as(SignedIn.as("alice", ZoneOffset.UTC));
        assertThrows(NotAllowed.class, () -> alice.set(LINK, change(null, null, AgreementState.DECLINED, null)));
        assertEquals(new Plan(LINK, null, null, null, null), alice.get(LINK));

        alice.set(LINK, change(null, null, AgreementState.AT_RISK, null));
        assertEquals(AgreementState.AT_RISK, alice.get(LINK).state());

        as(SignedIn.administrator("admin")).set(LINK, change(null, null, AgreementState.DECLINED, null));
        Plan keptDeclined = alice.set(LINK, change(null, null, AgreementState.DECLINED, "still not this quarter"));
        assertEquals("a declined dependency keeps its state when a note is added", AgreementState.DECLINED, keptDeclined.state());
    }

    @Test
    public void aLinkDeletedInJiraTakesItsAttributesAndHistoryWithIt() {
        DependencyPlanning planning = as(SignedIn.as("alice", ZoneOffset.UTC));
        planning.set(LINK, change(DAY, "bob", AgreementState.COMMITTED, null));
        jira.unlink(LINK);

        assertThrows(NotFound.class, () -> planning.get(LINK));
        assertEquals(Optional.empty(), store.forLink(LINK));
        assertEquals(List.of(), store.of(LINK));
        assertThrows(NotFound.class, () -> planning.set(LINK, change(DAY, null, null, null)));
        assertEquals(Optional.empty(), store.forLink(LINK));
    }

    @Test
    public void nobodySignedInPlansNothing() {
        assertThrows(NotAllowed.class, () -> as(SignedIn.nobody()).set(LINK, PlanChange.nothing()));
        assertEquals(Optional.empty(), store.forLink(LINK));
    }

    @Test
    public void aNoteFitsItsColumnAndABlankOneIsNone() {
        assertEquals(PlanChange.NOTE_MAX, change(null, null, null, "n".repeat(PlanChange.NOTE_MAX)).note().orElseThrow().length());
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> change(null, null, null, "n".repeat(PlanChange.NOTE_MAX + 1)));
        assertEquals(List.of("note"), List.copyOf(tooLong.errors().keySet()));
        assertEquals(Optional.empty(), change(null, " \t", null, "  ").note());
        assertEquals(Optional.empty(), change(null, " \t", null, "  ").owner());
    }
}
