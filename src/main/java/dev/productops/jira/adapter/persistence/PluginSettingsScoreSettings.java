package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.domain.insight.ExchangeRates;
import dev.productops.jira.domain.insight.SegmentList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exchange rates and the segment list in Jira's global plugin settings (shared by all cluster nodes through the
 * database), each as one String value: SAL's PluginSettings promise String, List, Map and Properties, and a String
 * is what every implementation keeps the same way. Format: "USD;EUR=1.08;GBP=1.27" and "Enterprise=1.5;SMB=0.8"
 * (a segment name has no ';'; its weight follows the last '=').
 */
public class PluginSettingsScoreSettings implements ScoreSettings {
    static final String RATES_KEY = "dev.productops.jira.exchange-rates";
    /** Only read: the weights of versions before the segment list, the list's starting point. */
    static final String WEIGHTS_KEY = "dev.productops.jira.segment-weights";
    static final String SEGMENTS_KEY = "dev.productops.jira.segments";

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

    /** Until the list is first saved, the weights saved before it existed, so an upgrade keeps them. */
    @Override
    public SegmentList segments() {
        PluginSettings global = settings.createGlobalSettings();
        Object value = global.get(SEGMENTS_KEY);
        if (value == null) {
            value = global.get(WEIGHTS_KEY);
        }
        List<SegmentList.Segment> segments = new ArrayList<>();
        if (value instanceof String text && !text.isBlank()) {
            for (String part : text.split(";")) {
                int at = part.lastIndexOf('=');
                segments.add(new SegmentList.Segment(part.substring(0, at), Double.parseDouble(part.substring(at + 1))));
            }
        }
        return new SegmentList(segments);
    }

    @Override
    public void changeSegments(SegmentList segments) {
        StringBuilder text = new StringBuilder();
        segments.segments().forEach(s -> text.append(text.length() == 0 ? "" : ";").append(s.name()).append('=').append(s.weight()));
        settings.createGlobalSettings().put(SEGMENTS_KEY, text.toString());
    }
}
