package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.domain.insight.ExchangeRates;
import dev.productops.jira.domain.insight.SegmentList;

import java.util.ArrayList;
import java.util.List;

/** Exchange rates and the segment list in memory; starts as an install that never saved any. */
public final class FixedScoreSettings implements ScoreSettings {
    private ExchangeRates rates = ExchangeRates.DEFAULT;
    private SegmentList segments = SegmentList.EMPTY;

    @Override
    public ExchangeRates rates() {
        return rates;
    }

    @Override
    public void changeRates(ExchangeRates rates) {
        this.rates = rates;
    }

    @Override
    public SegmentList segments() {
        return segments;
    }

    @Override
    public void changeSegments(SegmentList segments) {
        this.segments = segments;
    }

    public FixedScoreSettings weigh(String segment, double weight) {
        List<SegmentList.Segment> next = new ArrayList<>(segments.segments());
        next.removeIf(s -> s.key().equals(SegmentList.keyOf(segment)));
        next.add(new SegmentList.Segment(segment, weight));
        segments = new SegmentList(next);
        return this;
    }
}
