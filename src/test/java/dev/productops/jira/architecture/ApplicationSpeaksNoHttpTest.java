package dev.productops.jira.architecture;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;

/**
 * What ArchUnit cannot see, because it reads bytecode: the text of the use cases' messages. Parameter names, query
 * strings and paths belong to the REST adapter; a use case that names them can only be called over HTTP.
 */
public class ApplicationSpeaksNoHttpTest {
    private static final Path APPLICATION = Path.of("src/main/java/dev/productops/jira/application");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final List<Pattern> HTTP = List.of(
            Pattern.compile("'\\w+' parameter"), Pattern.compile("parameter", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\w=\\w*KEY"), Pattern.compile("/rest/"), Pattern.compile("/plugins/servlet"),
            Pattern.compile("\\?\\w+="), Pattern.compile("jql", Pattern.CASE_INSENSITIVE));

    @Test
    public void noStringInTheApplicationLayerNamesAParameterAPathOrAQuery() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APPLICATION)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = STRING.matcher(lines.get(i));
                    while (literal.find()) {
                        String text = literal.group();
                        if (HTTP.stream().anyMatch(p -> p.matcher(text).find())) {
                            found.add(APPLICATION.relativize(file) + ":" + (i + 1) + " " + text);
                        }
                    }
                }
            }
        }
        assertEquals("strings that speak HTTP", List.of(), found);
    }

    @Test
    public void theCheckFindsWhatItLooksFor() {
        String literal = "\"The 'from' parameter must be a date.\"";
        assertEquals(true, HTTP.stream().anyMatch(p -> p.matcher(literal).find()));
    }
}
