package dev.productops.jira.adapter.rest;

import com.atlassian.sal.api.message.I18nResolver;
import dev.productops.jira.application.dependency.BoardView;
import dev.productops.jira.domain.dependency.ReasonCode;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/** Reasons rendered through the bundle, as Jira's I18nResolver renders them (MessageFormat), with plurals. */
public class ReasonTextsTest {
    private static final Properties BUNDLE = bundle();

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = ReasonTextsTest.class.getResourceAsStream("/i18n/productops.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static final ReasonTexts TEXTS = new ReasonTexts(new I18nResolver() {
        @Override
        public String getText(String key, Serializable... arguments) {
            return new MessageFormat(BUNDLE.getProperty(key, key), Locale.ENGLISH).format(arguments);
        }

        @Override
        public String getText(String key) {
            return BUNDLE.getProperty(key, key);
        }
    });

    private static String text(ReasonCode code, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return TEXTS.text(new BoardView.Reason(code.name(), code.englishText(), parameters));
    }

    @Test
    public void everyReasonCodeHasAText() {
        for (ReasonCode code : ReasonCode.values()) {
            assertNotNull(code.name(), BUNDLE.getProperty(ReasonTexts.PREFIX + code.name()));
        }
    }

    @Test
    public void daysArePluralisedAndWhatStartedIsNamed() {
        assertEquals("The blocker was due 2026-11-28 (1 day ago) and is not done.", text(ReasonCode.BLOCKER_OVERDUE, "due", "2026-11-28", "daysLate", "1"));
        assertEquals("The blocker was due 2026-11-26 (3 days ago) and is not done.", text(ReasonCode.BLOCKER_OVERDUE, "due", "2026-11-26", "daysLate", "3"));
        assertEquals("Needed by 2026-11-28, 1 day ago, and the blocker is not done.", text(ReasonCode.NEEDED_BY_PASSED, "neededBy", "2026-11-28", "daysLate", "1"));
        assertEquals("PAY-1 has not been updated for 1 day (since 2026-11-28).",
                text(ReasonCode.BLOCKER_STALE, "blocker", "PAY-1", "lastUpdated", "2026-11-28", "days", "1"));
        assertEquals("CHK-12 is still to do, but its CHK Sprint 23 started 2026-11-16: it is waiting for PAY-7.",
                text(ReasonCode.DEPENDENT_WINDOW_STARTED, "dependent", "CHK-12", "blocker", "PAY-7", "window", "CHK Sprint 23", "windowStart", "2026-11-16"));
        assertEquals("CHK-12 is in progress and is waiting for PAY-7.",
                text(ReasonCode.DEPENDENT_IN_PROGRESS, "dependent", "CHK-12", "blocker", "PAY-7"));
    }
}
