package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.InMemoryUsers;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.port.ProductOpsGroupSetting;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Choosing the curating group, against Jira's groups and the setting in memory. */
public class ProductOpsSettingsTest {
    private final InMemoryUsers jira = new InMemoryUsers().group("curators").group("product-ops");
    private final Setting setting = new Setting();

    private static final class Setting implements ProductOpsGroupSetting {
        private String name = DEFAULT_GROUP;

        @Override
        public String groupName() {
            return name;
        }

        @Override
        public void changeTo(String groupName) {
            name = groupName;
        }
    }

    private ProductOpsSettings as(SignedIn viewer) {
        return new ProductOpsSettings(setting, viewer, jira);
    }

    @Test
    public void anAdministratorChoosesAGroupJiraHas() {
        ProductOpsSettings admin = as(SignedIn.administrator("admin"));
        assertEquals("product-ops", admin.productOpsGroup());
        assertEquals(new GroupName("curators"), admin.changeProductOpsGroup(new GroupName("  curators\t")));
        assertEquals("curators", setting.groupName());
        assertEquals("curators", admin.productOpsGroup());
    }

    @Test
    public void aGroupJiraDoesNotHaveIsRefusedAndTheSettingStays() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> as(SignedIn.administrator("admin")).changeProductOpsGroup(new GroupName("no-such-group")));
        assertEquals(List.of("group"), List.copyOf(refused.errors().keySet()));
        assertEquals("Jira has no group 'no-such-group'.", refused.errors().get("group"));
        assertEquals("product-ops", setting.groupName());
    }

    @Test
    public void aGroupNameIsNeitherBlankNorLongerThanJiraAllows() {
        assertThrows(InvalidInput.class, () -> new GroupName(null));
        assertThrows(InvalidInput.class, () -> new GroupName(" \t "));
        assertEquals(255, new GroupName("g".repeat(255)).value().length());
        assertThrows(InvalidInput.class, () -> new GroupName("g".repeat(256)));
    }

    @Test
    public void onlyAdministratorsSeeOrChangeTheGroup() {
        ProductOpsSettings alice = as(SignedIn.as("alice", ZoneOffset.UTC));
        assertThrows(NotAllowed.class, alice::productOpsGroup);
        assertThrows(NotAllowed.class, () -> alice.changeProductOpsGroup(new GroupName("curators")));
        assertEquals("product-ops", setting.groupName());
    }
}
