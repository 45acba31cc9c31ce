package dev.productops.jira.application.port;

import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.insight.ExchangeRates;

import java.util.Map;

/** What administrators set for money and the evidence score: exchange rates and segment weights. */
public interface ScoreSettings {
    ExchangeRates rates();

    void changeRates(ExchangeRates rates);

    /** Weights by segment name; a segment not listed weighs 1. */
    Map<String, Double> segmentWeights();

    void changeSegmentWeights(Map<String, Double> weights);

    default EvidenceScore score() {
        return new EvidenceScore(rates(), segmentWeights());
    }
}
