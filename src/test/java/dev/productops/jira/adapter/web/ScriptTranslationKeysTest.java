package dev.productops.jira.adapter.web;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jira's jsI18n transformer replaces {@code AJS.I18n.getText('key', ...)} in a web resource's scripts with the
 * translation, but only where the key is a string literal; any other call reaches AUI's getText, which answers the
 * key itself. So every call in the plugin's scripts must name a literal key the plugin's bundle has.
 */
public class ScriptTranslationKeysTest {
    private static final Path SCRIPTS = Paths.get("src/main/resources/frontend");
    private static final Pattern CALL = Pattern.compile("I18n\\.getText\\(");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\s*(['\"])([\\w.\\-]+)\\1\\s*[,)]");

    @Test
    public void everyGetTextCallInTheScriptsHasALiteralKeyOfTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("src/main/resources/i18n/productops.properties"))) {
            bundle.load(in);
        }
        List<String> problems = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                String script = Files.readString(file, StandardCharsets.UTF_8);
                for (Call call : calls(script)) {
                    calls++;
                    String where = SCRIPTS.relativize(file) + ":" + call.line();
                    if (call.key() == null) {
                        problems.add(where + " has no literal key, so Jira leaves it untranslated");
                    } else if (!bundle.containsKey(call.key())) {
                        problems.add(where + " names " + call.key() + ", which i18n/productops.properties lacks");
                    }
                }
            }
        }
        assertTrue("the scripts were found", calls > 100);
        assertEquals(List.of(), problems);
    }

    @Test
    public void aComputedKeyIsReportedAndALiteralOneIsRead() {
        List<Call> found = calls("""
                AJS.I18n.getText(editable ? 'a.b' : 'c.d');
                AJS.I18n.getText( "a.b" , count);
                AJS.I18n.getText('x-y')""");
        assertEquals(List.of(new Call(1, null), new Call(2, "a.b"), new Call(3, "x-y")), found);
    }

    private record Call(int line, String key) {
    }

    private static List<Call> calls(String script) {
        List<Call> calls = new ArrayList<>();
        Matcher call = CALL.matcher(script);
        while (call.find()) {
            Matcher key = LITERAL_KEY.matcher(script).region(call.end(), script.length());
            int line = (int) script.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
            calls.add(new Call(line, key.lookingAt() ? key.group(2) : null));
        }
        return calls;
    }
}
