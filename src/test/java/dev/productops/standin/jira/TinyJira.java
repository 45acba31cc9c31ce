package dev.productops.standin.jira;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.StatusCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Two projects, three issues and two links: PAY-1 blocks PAY-2 and SEC-1; bob may only see PAY. */
final class TinyJira {

    static final String BASE_URL = "http://localhost:2990/jira";
    static final HostProject PAY = new HostProject(10000, "PAY", "Payments", "alice");
    static final HostProject SEC = new HostProject(10001, "SEC", "Security", "alice");
    static final HostUser ALICE = new HostUser(2, "JIRAUSER2", "alice", "Alice Andersson", "alice@example.com",
            "alice", false, Set.of("PAY", "SEC"));
    static final HostUser BOB = new HostUser(3, "JIRAUSER3", "bob", "Bob Brown", "bob@example.com", "bob", false,
            Set.of("PAY"));

    private TinyJira() {
    }

    static HostData data() {
        HostVersion sprint = new HostVersion(10100, PAY.id(), "PAY Sprint 22", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15), false);
        HostIssue vault = new HostIssue(10000, "PAY-1", PAY.id(), "Move the card vault", "Why: PCI audit", "Story",
                "High", "In Progress", StatusCategory.IN_PROGRESS, "alice", "bob", LocalDate.of(2026, 11, 14),
                Instant.parse("2026-10-01T08:15:30.123Z"), Instant.parse("2026-10-20T17:00:00Z"), null,
                List.of(sprint.id()));
        HostIssue script = new HostIssue(10001, "PAY-2", PAY.id(), "<script>alert('x')</script> Fix login & logout",
                null, "Bug", null, "Done", StatusCategory.DONE, null, "alice", null,
                Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-09-05T08:00:00Z"),
                Instant.parse("2026-09-05T08:00:00Z"), List.of());
        HostIssue secret = new HostIssue(10002, "SEC-1", SEC.id(), "Rotate the HSM keys", null, "Task", "Highest",
                "To Do", StatusCategory.TO_DO, null, "alice", null, Instant.parse("2026-10-01T08:00:00Z"),
                Instant.parse("2026-10-01T08:00:00Z"), null, List.of());
        HostLinkType blocks = new HostLinkType(10000, "Blocks", "blocks", "is blocked by");
        return new HostData(List.of(PAY, SEC), List.of(sprint), List.of(vault, script, secret), List.of(blocks),
                List.of(new HostLink(20000, blocks.id(), vault.id(), script.id()),
                        new HostLink(20001, blocks.id(), vault.id(), secret.id()),
                        new HostLink(20002, blocks.id(), secret.id(), script.id())),
                List.of(ALICE, BOB));
    }
}
