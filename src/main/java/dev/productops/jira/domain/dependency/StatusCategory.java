package dev.productops.jira.domain.dependency;

/** Jira's status category of an issue: the only part of a workflow status the risk rules rely on. */
public enum StatusCategory {
    TO_DO, IN_PROGRESS, DONE
}
