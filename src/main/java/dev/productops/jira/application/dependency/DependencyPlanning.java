package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyHistory;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.UserDirectory;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute layer people edit on the board: needed-by, owner, agreed state and a note per dependency.
 * Anyone who can see both ends of the Jira link may edit it, except that only someone who may edit the issues at
 * both ends (or an administrator) may decline it: declining makes a conflict disappear from the board, so it is a
 * decision for both teams. Every change is recorded (who, when, old and new value). The Jira link itself is never
 * changed.
 */
public class DependencyPlanning {
    public static final String LINK_NOT_FOUND = "Dependency does not exist or you do not have permission to see it.";

    /** The attributes as the API shows them: the owner by username. */
    public record Plan(long linkId, LocalDate neededBy, String owner, AgreementState state, String note) {
    }

    public static String noSuchUser(String username) {
        return "No user has the username '" + username.strip() + "'.";
    }

    /** One recorded change as people read it: the author by display name, the owner by username. */
    public record Change(String field, String from, String to, String author, java.time.Instant at) {
    }

    static final String DECLINE_NOT_ALLOWED = "Only someone who may edit the issues of both teams, or an administrator, "
            + "may decline a dependency.";

    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore store;
    private final DependencyHistory history;
    private final UserDirectory users;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;

    public DependencyPlanning(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore store,
                              DependencyHistory history, UserDirectory users, CurrentViewer viewers, Transactions transactions,
                              Clock clock) {
        this.source = source;
        this.rules = rules;
        this.store = store;
        this.history = history;
        this.users = users;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Plan get(long linkId) {
        viewers.require();
        BoardLink link = visible(linkId);
        return store.forLink(link.linkId()).map(this::plan).orElse(new Plan(link.linkId(), null, null, null, null));
    }

    /** Whether Jira has a user of this name: lets a caller report a wrong owner together with its own refusals. */
    public boolean isUser(String username) {
        return users.keyOf(username.strip()).isPresent();
    }

    public Plan set(long linkId, PlanChange change) {
        Viewer viewer = viewers.require();
        BoardLink link = visible(linkId);
        String ownerKey = change.owner().map(owner -> users.keyOf(owner)
                .orElseThrow(() -> InvalidInput.of("owner", noSuchUser(owner)))).orElse(null);
        String agreed = change.state().map(AgreementState::id).orElse(null);
        LocalDate day = change.neededBy().orElse(null);
        String cleanNote = change.note().orElse(null);
        Optional<DependencyAttributes> before = store.forLink(link.linkId());
        String wasAgreed = before.map(DependencyAttributes::state).orElse(null);
        if (AgreementState.DECLINED.id().equals(agreed) && !AgreementState.DECLINED.id().equals(wasAgreed)
                && !viewer.administrator() && !source.mayEditBothEnds(link)) {
            throw new NotAllowed(DECLINE_NOT_ALLOWED);
        }
        java.time.Instant now = clock.instant();
        DependencyAttributes saved = new DependencyAttributes(link.linkId(), day, ownerKey, agreed, cleanNote, viewer.key(), now);
        List<DependencyHistory.Change> changes = changes(before.orElse(null), saved, viewer.key(), now);
        return plan(transactions.inTransaction(() -> {
            DependencyAttributes stored = store.save(saved);
            history.record(changes);
            return stored;
        }));
    }

    /** The history of a dependency the viewer can see, newest first. */
    public List<Change> history(long linkId) {
        viewers.require();
        BoardLink link = visible(linkId);
        Map<String, String> names = new java.util.HashMap<>();
        return history.of(link.linkId()).stream().map(c -> new Change(c.field(),
                "owner".equals(c.field()) ? username(c.oldValue()) : c.oldValue(),
                "owner".equals(c.field()) ? username(c.newValue()) : c.newValue(),
                c.authorKey() == null ? null : names.computeIfAbsent(c.authorKey(), viewers::displayName), c.at())).toList();
    }

    private String username(String userKey) {
        return userKey == null ? null : users.usernameOf(userKey).orElse(userKey);
    }

    private static List<DependencyHistory.Change> changes(DependencyAttributes before, DependencyAttributes after, String author,
                                                         java.time.Instant at) {
        List<DependencyHistory.Change> changes = new ArrayList<>();
        compare(changes, after.linkId(), "neededBy", before == null || before.neededBy() == null ? null : before.neededBy().toString(),
                after.neededBy() == null ? null : after.neededBy().toString(), author, at);
        compare(changes, after.linkId(), "owner", before == null ? null : before.ownerKey(), after.ownerKey(), author, at);
        compare(changes, after.linkId(), "state", before == null ? null : before.state(), after.state(), author, at);
        compare(changes, after.linkId(), "note", before == null ? null : before.note(), after.note(), author, at);
        return changes;
    }

    private static void compare(List<DependencyHistory.Change> changes, long linkId, String field, String old, String now,
                                String author, java.time.Instant at) {
        if (!java.util.Objects.equals(old, now)) {
            changes.add(new DependencyHistory.Change(linkId, field, old, now, author, at));
        }
    }

    /** A link deleted in Jira takes its attributes with it: they are removed here, never shown. */
    private BoardLink visible(long linkId) {
        Optional<BoardLink> link = source.visibleLink(linkId, rules.current());
        if (link.isEmpty() && !source.linkExists(linkId)) {
            transactions.inTransaction(() -> {
                store.forget(linkId);
                history.forget(linkId);
                return null;
            });
        }
        return link.orElseThrow(() -> new NotFound(LINK_NOT_FOUND));
    }

    private Plan plan(DependencyAttributes attributes) {
        String owner = attributes.ownerKey() == null ? null : users.usernameOf(attributes.ownerKey()).orElse(attributes.ownerKey());
        AgreementState state = attributes.state() == null ? null : AgreementState.ofId(attributes.state()).orElse(null);
        return new Plan(attributes.linkId(), attributes.neededBy(), owner, state, attributes.note());
    }
}
