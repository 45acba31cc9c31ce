package dev.productops.jira.domain.dependency;

import dev.productops.jira.domain.dependency.DependencyPhrases.Direction;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** Which link phrases mean "must finish before", as Jira shows them from either end. */
public class DependencyPhrasesTest {
    @Test
    public void bothEndsOfTheKnownTypesPointTheSameWay() {
        DependencyPhrases phrases = DependencyPhrases.defaults();
        assertEquals(Direction.THIS_ISSUE_FIRST, phrases.direction("blocks"));
        assertEquals(Direction.LINKED_ISSUE_FIRST, phrases.direction("  Is Blocked By "));
        assertEquals(Direction.LINKED_ISSUE_FIRST, phrases.direction("depends on"));
        assertEquals(Direction.THIS_ISSUE_FIRST, phrases.direction("is depended on by"));
        assertEquals(Direction.LINKED_ISSUE_FIRST, phrases.direction("depends upon"));
        assertEquals(Direction.THIS_ISSUE_FIRST, phrases.direction("is depended upon by"));
        assertEquals(Direction.LINKED_ISSUE_FIRST, phrases.direction("requires"));
        assertEquals(Direction.THIS_ISSUE_FIRST, phrases.direction("is required by"));
        assertEquals(Direction.NOT_A_DEPENDENCY, phrases.direction("relates to"));
        assertEquals(Direction.NOT_A_DEPENDENCY, phrases.direction(null));
        assertEquals(8, phrases.table().size());
    }

    @Test
    public void anAdministratorsPhraseIsAddedToACopy() {
        DependencyPhrases none = DependencyPhrases.none();
        DependencyPhrases extended = none.with(" Needs ", Direction.LINKED_ISSUE_FIRST);
        assertEquals(Direction.LINKED_ISSUE_FIRST, extended.direction("NEEDS"));
        assertEquals(Direction.NOT_A_DEPENDENCY, none.direction("needs"));
    }
}
