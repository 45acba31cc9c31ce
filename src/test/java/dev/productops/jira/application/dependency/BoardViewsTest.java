package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardViewStore;
import dev.productops.jira.application.dependency.port.BoardViewStore.SavedBoard;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Each person's last and saved boards, against Jira's per-user settings in memory. */
public class BoardViewsTest {
    private final Store store = new Store();
    private final BoardViews alice = new BoardViews(store, SignedIn.as("alice", ZoneOffset.UTC));
    private final BoardViews bob = new BoardViews(store, SignedIn.as("bob", ZoneOffset.UTC));

    private static final class Store implements BoardViewStore {
        private final Map<String, String> last = new HashMap<>();
        private final Map<String, List<SavedBoard>> saved = new HashMap<>();

        @Override
        public Optional<String> last(String userKey) {
            return Optional.ofNullable(last.get(userKey));
        }

        @Override
        public void rememberLast(String userKey, String view) {
            last.put(userKey, view);
        }

        @Override
        public void forgetLast(String userKey) {
            last.remove(userKey);
        }

        @Override
        public List<SavedBoard> saved(String userKey) {
            return saved.getOrDefault(userKey, List.of());
        }

        @Override
        public void replaceSaved(String userKey, List<SavedBoard> boards) {
            saved.put(userKey, new ArrayList<>(boards));
        }
    }

    @Test
    public void theLastBoardIsEachPersonsOwnUntilForgotten() {
        alice.rememberLast("  projects=PAY,CHK ");
        assertEquals(Optional.of("projects=PAY,CHK"), alice.mine().last());
        assertEquals(Optional.empty(), bob.mine().last());
        alice.forgetLast();
        assertEquals(Optional.empty(), alice.mine().last());
    }

    @Test
    public void savingUnderANameTakenIgnoringCaseReplacesThatBoard() {
        alice.save(new BoardToSave("Payments", "projects=PAY"));
        alice.save(new BoardToSave("Checkout", "projects=CHK"));
        List<SavedBoard> boards = alice.save(new BoardToSave(" PAYMENTS ", "projects=PAY,CHK"));
        List<SavedBoard> expected = List.of(new SavedBoard("Checkout", "projects=CHK"), new SavedBoard("PAYMENTS", "projects=PAY,CHK"));
        assertEquals(expected, boards);
        assertEquals(expected, alice.mine().saved());
        assertEquals(List.of(), bob.mine().saved());
        assertEquals(List.of(new SavedBoard("PAYMENTS", "projects=PAY,CHK")), alice.remove(" checkout"));
        assertEquals("removing a name nobody saved changes nothing", 1, alice.remove("nothing").size());
    }

    @Test
    public void tenBoardsAtMostAndAnEleventhIsRefusedLeavingTheTen() {
        IntStream.range(0, BoardViews.MAX_SAVED).forEach(i -> alice.save(new BoardToSave("Board " + i, "projects=P" + i)));
        assertEquals(BoardViews.MAX_SAVED, alice.mine().saved().size());
        assertThrows(InvalidInput.class, () -> alice.save(new BoardToSave("Board 10", "projects=X")));
        assertEquals("replacing one of the ten is still allowed", "projects=Y",
                alice.save(new BoardToSave("board 3", "projects=Y")).get(BoardViews.MAX_SAVED - 1).view());
        assertEquals(BoardViews.MAX_SAVED, alice.mine().saved().size());
    }

    @Test
    public void aNameOrAnAddressOutsideItsLimitsIsRefused() {
        assertEquals("x".repeat(BoardToSave.NAME_MAX), new BoardToSave("x".repeat(BoardToSave.NAME_MAX), "v").name());
        assertThrows(InvalidInput.class, () -> new BoardToSave("x".repeat(BoardToSave.NAME_MAX + 1), "v"));
        assertThrows(InvalidInput.class, () -> new BoardToSave(" ", "v"));
        assertThrows(InvalidInput.class, () -> new BoardToSave(null, "v"));
        assertEquals(BoardViews.VIEW_MAX, new BoardToSave("n", "v".repeat(BoardViews.VIEW_MAX)).view().length());
        assertThrows(InvalidInput.class, () -> new BoardToSave("n", "v".repeat(BoardViews.VIEW_MAX + 1)));
        assertThrows(InvalidInput.class, () -> new BoardToSave("n", "a\nb"));
        assertThrows(InvalidInput.class, () -> new BoardToSave("n", " "));
        assertThrows(InvalidInput.class, () -> alice.rememberLast(null));
        assertEquals(Optional.empty(), alice.mine().last());
    }

    @Test
    public void nobodySignedInHasNoBoards() {
        BoardViews nobody = new BoardViews(store, SignedIn.nobody());
        assertThrows(NotAllowed.class, nobody::mine);
        assertThrows(NotAllowed.class, () -> nobody.save(new BoardToSave("n", "v")));
    }
}
