package dev.productops.standin.store;

/** A directed issue link: for "Blocks", the source issue blocks the destination issue. */
public record HostLink(long id, long linkTypeId, long sourceIssueId, long destinationIssueId) {
}
