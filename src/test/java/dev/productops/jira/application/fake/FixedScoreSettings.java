package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.domain.insight.ExchangeRates;

import java.util.HashMap;
import java.util.Map;

/** Exchange rates and segment weights in memory; starts as an install that never saved any. */
public final class FixedScoreSettings implements ScoreSettings {
    private ExchangeRates rates = ExchangeRates.DEFAULT;
    private final Map<String, Double> weights = new HashMap<>();

    @Override
    public ExchangeRates rates() {
        return rates;
    }

    @Override
    public void changeRates(ExchangeRates rates) {
        this.rates = rates;
    }

    @Override
    public Map<String, Double> segmentWeights() {
        return Map.copyOf(weights);
    }

    @Override
    public void changeSegmentWeights(Map<String, Double> weights) {
        this.weights.clear();
        this.weights.putAll(weights);
    }

    public FixedScoreSettings weigh(String segment, double weight) {
        weights.put(segment, weight);
        return this;
    }
}
