package dev.productops.jira.domain.dependency;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the people on both sides of a dependency agreed, as set by a person in the attribute layer
 * (not derived from Jira). The id is what the API and the UI speak.
 */
public enum AgreementState {
    PROPOSED("proposed"), COMMITTED("committed"), AT_RISK("at-risk"), DONE("done"), DECLINED("declined");

    private final String id;

    AgreementState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AgreementState> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
