package dev.productops.jira.adapter.web;

import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.insight.EvidenceQuery;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.standin.host.StandInSal;
import dev.productops.standin.host.VelocityTemplateRenderer;
import org.junit.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The real panel template under Velocity with Jira's escaping rule: people's words are text, never markup. */
public class EvidencePanelTemplateTest {
    private static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final InsightLinks links = mock(InsightLinks.class);

    private EvidencePanel panel() throws Exception {
        StandInSal sal = new StandInSal(null, StandInSal.loadBundle(getClass().getClassLoader(), "i18n/productops"), "/jira",
                Files.createTempFile("settings", ".properties"));
        return new EvidencePanel(new EvidenceQuery(issues, links, new FixedScoreSettings()), sal, new VelocityTemplateRenderer(getClass().getClassLoader()));
    }

    @Test
    public void insightTextIsEscaped() throws Exception {
        when(issues.findVisible("PAY-1")).thenReturn(Optional.of(new IssueReference(1L, "PAY-1", "PAY", "s")));
        Customer evil = new Customer(1, PAYLOAD, PAYLOAD, 10, "USD");
        when(links.linkedTo(1L)).thenReturn(List.of(new LinkedInsight(5, PAYLOAD, PAYLOAD, SourceType.REVIEW, evil,
                Importance.CRITICAL, PAYLOAD, Instant.EPOCH)));

        String html = panel().render("PAY-1").orElseThrow();

        assertThat(html, not(containsString("<script>")));
        assertThat(html, not(containsString("<img")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("Critical"));
        assertThat(html, containsString("Review"));
    }

    @Test
    public void theBreakdownExplainsTheScorePerCustomerAndNamesTheArrsCurrency() throws Exception {
        when(issues.findVisible("PAY-3")).thenReturn(Optional.of(new IssueReference(3L, "PAY-3", "PAY", "s")));
        Customer euros = new Customer(7, "Umbrella Health", "Enterprise", 610_000, "EUR");
        when(links.linkedTo(3L)).thenReturn(List.of(
                new LinkedInsight(1, "Quote", "q", SourceType.INTERVIEW, euros, Importance.CRITICAL, null, Instant.EPOCH),
                new LinkedInsight(2, "Survey", "q", SourceType.SURVEY, null, Importance.IMPORTANT, null, Instant.EPOCH)));

        String html = panel().render("PAY-3").orElseThrow();

        // 610,000 EUR × 1.08 = 658,800 USD; revenue factor 1 + log10(1 + 6.588) = 1.88
        double factor = 1 + Math.log10(1 + 658_800 / 100_000.0);
        assertThat(html, containsString("658,800 USD"));
        assertThat(html, containsString("How is the score computed?"));
        assertThat(html, containsString("Umbrella Health: 3 × 1 × " + String.format(java.util.Locale.ROOT, "%.2f", factor)
                + " = " + String.format(java.util.Locale.ROOT, "%.2f", 3 * factor)));
        assertThat(html, containsString("Without a customer: 2 × 0.5 = 1"));
        assertThat(html, containsString(">" + Math.round((3 * factor + 1) * 10) / 10.0 + "<"));
    }

    @Test
    public void anIssueWithoutEvidenceSaysWhatToDo() throws Exception {
        when(issues.findVisible("PAY-2")).thenReturn(Optional.of(new IssueReference(2L, "PAY-2", "PAY", "s")));
        when(links.linkedTo(2L)).thenReturn(List.of());
        String html = panel().render("PAY-2").orElseThrow();
        assertThat(html, containsString("No customer evidence is linked to this issue yet"));
    }

    @Test
    public void aBusyIssueShowsItsStrongestInsightsAndCountsTheRest() throws Exception {
        String html = issueWithInsights(EvidencePanel.SHOWN_INSIGHTS + 5);
        assertEquals(EvidencePanel.SHOWN_INSIGHTS, html.split("class=\"productops-evidence-item\"", -1).length - 1);
        assertThat(html, containsString("Insight 24"));
        assertThat(html, containsString("And 5 more, weaker insights"));
        assertThat(html, containsString(">25<"));
    }

    @Test
    public void oneInsightLeftOutIsCountedInTheSingular() throws Exception {
        String html = issueWithInsights(EvidencePanel.SHOWN_INSIGHTS + 1);
        assertThat(html, containsString("And 1 more, weaker insight: open the library to see it."));
    }

    /** An issue with this many insights, the 25th critical and the others nice to have. */
    private String issueWithInsights(int count) throws Exception {
        when(issues.findVisible("PAY-4")).thenReturn(Optional.of(new IssueReference(4L, "PAY-4", "PAY", "s")));
        List<LinkedInsight> many = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(new LinkedInsight(i + 1, "Insight " + i, "q", SourceType.SURVEY, null,
                    i == 24 ? Importance.CRITICAL : Importance.NICE_TO_HAVE, null, Instant.EPOCH));
        }
        when(links.linkedTo(4L)).thenReturn(many);
        return panel().render("PAY-4").orElseThrow();
    }

    @Test
    public void aHiddenIssueRendersNothing() throws Exception {
        when(issues.findVisible("PAY-3")).thenReturn(Optional.empty());
        assertTrue(panel().render("PAY-3").isEmpty());
        Map<String, Object> model = panel().model("PAY-3");
        assertEquals(null, model.get("evidence"));
    }
}
