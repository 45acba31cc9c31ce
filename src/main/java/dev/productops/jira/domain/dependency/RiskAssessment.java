package dev.productops.jira.domain.dependency;

import java.util.List;
import java.util.Objects;

/** The verdict on one dependency: its state and why, strongest reason first. */
public record RiskAssessment(RiskState state, List<RiskReason> reasons) {
    public RiskAssessment {
        Objects.requireNonNull(state, "state");
        reasons = List.copyOf(reasons);
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
