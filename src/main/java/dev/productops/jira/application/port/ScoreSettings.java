package dev.productops.jira.application.port;

import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.insight.ExchangeRates;
import dev.productops.jira.domain.insight.SegmentList;

/** What administrators set for money and the evidence score: exchange rates, and the segments with their weights. */
public interface ScoreSettings {
    ExchangeRates rates();

    void changeRates(ExchangeRates rates);

    /** The segment list as administrators saved it (empty until then); segments customers use are added by the caller. */
    SegmentList segments();

    void changeSegments(SegmentList segments);

    default EvidenceScore score() {
        return new EvidenceScore(rates(), segments().weights());
    }
}
