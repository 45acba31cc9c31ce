package dev.productops.jira.application.insight;

import dev.productops.jira.application.insight.TagSuggestions.TagQuery;
import dev.productops.jira.application.port.TagCounts;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** What the tag field asks for: the typed start of a tag, in lower case, and a short list. */
public class TagSuggestionsTest {
    private final List<String> asked = new ArrayList<>();
    private final TagSuggestions suggestions = new TagSuggestions((keyPrefix, limit) -> {
        asked.add(keyPrefix + "/" + limit);
        return List.of(new TagCounts.TagUse("Renewal", 3));
    });

    @Test
    public void asksForTheLowerCaseStartOfTheTagAndPassesTheAnswerOn() {
        assertEquals(List.of(new TagCounts.TagUse("Renewal", 3)), suggestions.suggest(new TagQuery("  ReNe ", 10)));
        assertEquals(List.of("rene/10"), asked);
    }

    @Test
    public void aLongListIsCutToTwentyAndNothingTypedAsksForTheMostUsed() {
        suggestions.suggest(new TagQuery(null, 500));
        assertEquals(List.of("/20"), asked);
    }

    @Test
    public void moreThanATagCanHoldIsCutToTheLongestTag() {
        suggestions.suggest(new TagQuery("x".repeat(80), 5));
        assertEquals(List.of("x".repeat(50) + "/5"), asked);
    }
}
