package dev.productops.standin.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * axe-core (WCAG 2.1 A and AA rules) over the page as it is now, for any browser test: fails on a critical or serious
 * violation inside our markup, an element whose id or one of whose classes starts with "productops", or one inside
 * such an element. The host's own chrome (header, dialogs, gadget frame) is counted in target/axe/counts.tsv but not
 * failed on: it is not ours to fix. Each call appends one line per page state to that file.
 */
public final class Accessibility {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path COUNTS = Paths.get("target/axe/counts.tsv");
    private static final String OURS = """
            var el = document.querySelector(arguments[0]);
            for (; el; el = el.parentElement) {
                if ((el.id || '').indexOf('productops') === 0) { return true; }
                for (var i = 0; i < el.classList.length; i++) {
                    if (el.classList[i].indexOf('productops') === 0) { return true; }
                }
            }
            return false;""";

    private Accessibility() {
    }

    /** @param state what the page shows, for the report ("board PAY,CHK,PLAT with the popover pinned, admin") */
    public static void assertNoSeriousViolations(WebDriver driver, String state) {
        assertEquals("axe-core, critical or serious, in our markup: " + state, List.of(), seriousViolationsInOurMarkup(driver, state));
    }

    /**
     * The critical and serious violations inside our markup, one line each, recorded as {@link #assertNoSeriousViolations}
     * does; for a test that scans many states and reports them all at once.
     */
    public static List<String> seriousViolationsInOurMarkup(WebDriver driver, String state) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<String> ours = new ArrayList<>();
        int host = 0;
        for (Rule rule : results.getViolations()) {
            boolean serious = "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact());
            for (CheckedNode node : rule.getNodes()) {
                String selector = selector(node.getTarget());
                boolean inOurMarkup = selector != null && Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(OURS, selector));
                if (inOurMarkup && serious) {
                    ours.add(rule.getImpact() + " " + rule.getId() + " " + selector + ": " + node.getHtml());
                } else if (serious) {
                    host++;
                }
            }
        }
        record(state, ours.size(), host);
        return ours;
    }

    /** The last selector of a target (frames and shadow roots come first). */
    private static String selector(Object target) {
        if (target instanceof List<?> list && !list.isEmpty()) {
            return selector(list.get(list.size() - 1));
        }
        return target == null ? null : target.toString();
    }

    private static synchronized void record(String state, int ours, int host) {
        try {
            Files.createDirectories(COUNTS.getParent());
            Files.writeString(COUNTS, state + "\t" + ours + "\t" + host + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
