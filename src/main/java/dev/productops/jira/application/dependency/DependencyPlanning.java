package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.UserDirectory;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;
import dev.productops.jira.domain.CalendarDate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute layer people edit on the board: needed-by, owner, agreed state and a note per dependency.
 * Anyone who can see both ends of the Jira link may edit it; the Jira link itself is never changed.
 */
public class DependencyPlanning {
    public static final String LINK_NOT_FOUND = "Dependency does not exist or you do not have permission to see it.";
    static final int NOTE_MAX = 255;

    /** The attributes as the API shows them: the owner by username. */
    public record Plan(long linkId, LocalDate neededBy, String owner, String state, String note) {
    }

    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore store;
    private final UserDirectory users;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;

    public DependencyPlanning(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore store,
                              UserDirectory users, CurrentViewer viewers, Transactions transactions, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.store = store;
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

    public Plan set(long linkId, String neededBy, String owner, String state, String note) {
        Viewer viewer = viewers.require();
        BoardLink link = visible(linkId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = null;
        if (neededBy != null && !neededBy.isBlank()) {
            try {
                day = CalendarDate.parse(neededBy).value();
            } catch (IllegalArgumentException e) {
                errors.put("neededBy", e.getMessage());
            }
        }
        String ownerKey = null;
        if (owner != null && !owner.isBlank()) {
            ownerKey = users.keyOf(owner).orElse(null);
            if (ownerKey == null) {
                errors.put("owner", "No user has the username '" + owner.strip() + "'.");
            }
        }
        String agreed = null;
        if (state != null && !state.isBlank()) {
            agreed = AgreementState.ofId(state.strip()).map(AgreementState::id).orElse(null);
            if (agreed == null) {
                errors.put("state", "Must be one of " + Arrays.stream(AgreementState.values()).map(AgreementState::id).toList() + ".");
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            errors.put("note", "Must be at most " + NOTE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        DependencyAttributes saved = new DependencyAttributes(link.linkId(), day, ownerKey, agreed, cleanNote, viewer.key(), clock.instant());
        return plan(transactions.inTransaction(() -> store.save(saved)));
    }

    /** A link deleted in Jira takes its attributes with it: they are removed here, never shown. */
    private BoardLink visible(long linkId) {
        Optional<BoardLink> link = source.visibleLink(linkId, rules.current());
        if (link.isEmpty() && !source.linkExists(linkId)) {
            transactions.inTransaction(() -> {
                store.forget(linkId);
                return null;
            });
        }
        return link.orElseThrow(() -> new NotFound(LINK_NOT_FOUND));
    }

    private Plan plan(DependencyAttributes attributes) {
        String owner = attributes.ownerKey() == null ? null : users.usernameOf(attributes.ownerKey()).orElse(attributes.ownerKey());
        return new Plan(attributes.linkId(), attributes.neededBy(), owner, attributes.state(), attributes.note());
    }
}
