package dev.productops.jira.application.dependency.port;

import java.time.LocalDate;

/** A fix version used as a planning window; dates may be missing, as in real Jira data. */
public record BoardVersion(long id, String name, LocalDate start, LocalDate release, boolean released) {
}
