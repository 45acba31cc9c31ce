package dev.productops.jira.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, paged the way Jira pages: startAt, maxResults, total. */
public record Page<T>(int startAt, int maxResults, int total, List<T> values) {
    public Page {
        values = List.copyOf(values);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(startAt, maxResults, total, values.stream().map(mapping).toList());
    }
}
