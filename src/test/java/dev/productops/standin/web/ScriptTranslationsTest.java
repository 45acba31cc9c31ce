package dev.productops.standin.web;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;

/** The stand-in's jsI18n transformer rewrites literal keys only, like Jira's; anything else reaches AUI's getText. */
public class ScriptTranslationsTest {
    private final ScriptTranslations translations = new ScriptTranslations(Map.of("a.b", "Hello", "c.d", "Hi {0}"));

    @Test
    public void literalKeysBecomeTheirTranslation() {
        assertEquals("x = \"Hello\"; y = AJS.format(\"Hi {0}\", name);",
                translations.translate("x = AJS.I18n.getText('a.b'); y = AJS.I18n.getText(\"c.d\", name);"));
    }

    @Test
    public void aComputedKeyIsLeftAsItIs() {
        String script = "AJS.I18n.getText(editable ? 'a.b' : 'c.d'); AJS.I18n.getText(key);";
        assertEquals(script, translations.translate(script));
    }
}
