package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.domain.insight.ExchangeRates;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exchange rates and segment weights in Jira's global plugin settings (shared by all cluster nodes through the
 * database), each as one String value: SAL's PluginSettings promise String, List, Map and Properties, and a String
 * is what every implementation keeps the same way. Format: "USD;EUR=1.08;GBP=1.27" and "Enterprise=1.5;SMB=0.8".
 */
public class PluginSettingsScoreSettings implements ScoreSettings {
    static final String RATES_KEY = "dev.productops.jira.exchange-rates";
    static final String WEIGHTS_KEY = "dev.productops.jira.segment-weights";

    private final PluginSettingsFactory settings;

    public PluginSettingsScoreSettings(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public ExchangeRates rates() {
        Object value = settings.createGlobalSettings().get(RATES_KEY);
        if (!(value instanceof String text) || text.isBlank()) {
            return ExchangeRates.DEFAULT;
        }
        String[] parts = text.split(";");
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            rates.put(pair[0], new BigDecimal(pair[1]));
        }
        return new ExchangeRates(parts[0], rates);
    }

    @Override
    public void changeRates(ExchangeRates rates) {
        StringBuilder text = new StringBuilder(rates.base());
        rates.rates().forEach((currency, rate) -> text.append(';').append(currency).append('=').append(rate.toPlainString()));
        settings.createGlobalSettings().put(RATES_KEY, text.toString());
    }

    @Override
    public Map<String, Double> segmentWeights() {
        Object value = settings.createGlobalSettings().get(WEIGHTS_KEY);
        Map<String, Double> weights = new LinkedHashMap<>();
        if (value instanceof String text && !text.isBlank()) {
            for (String part : text.split(";")) {
                int at = part.lastIndexOf('=');
                weights.put(part.substring(0, at), Double.parseDouble(part.substring(at + 1)));
            }
        }
        return weights;
    }

    @Override
    public void changeSegmentWeights(Map<String, Double> weights) {
        StringBuilder text = new StringBuilder();
        weights.forEach((segment, weight) -> text.append(text.length() == 0 ? "" : ";").append(segment).append('=').append(weight));
        settings.createGlobalSettings().put(WEIGHTS_KEY, text.toString());
    }
}
